//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Peacekeeping composition.
pub const TITLE: Text3 = Text3::new(
    "Kazakhstan's UN peacekeepers by role, {date}",
    "Миротворцы ООН от Казахстана по категориям, {date}",
    "Қазақстаннан БҰҰ бітімгерлері санаттар бойынша, {date}",
);

pub const TITLE_GENERIC: Text3 = Text3::new(
    "UN peacekeepers by role, {date}",
    "Миротворцы ООН по категориям, {date}",
    "БҰҰ бітімгерлері санаттар бойынша, {date}",
);

// One sentence for each combination the data allows: women or none, a goal or none, and
// the embedded figures (Kazakhstan's) or a newsroom's (whose deployer the chart does not
// know).
pub const TAKEAWAY: Text3 = Text3::new(
    "Women: {women} of {total} peacekeepers deployed ({share}), against a goal of {goal} women.",
    "Женщин — {women} из {total} направленных миротворцев ({share}) при цели {goal}.",
    "Жіберілген бітімгерлер: барлығы {total}, оның ішінде әйелдер — {women} ({share}), ал мақсат — {goal}.",
);

pub const TAKEAWAY_NO_GOAL: Text3 = Text3::new(
    "Women: {women} of {total} peacekeepers deployed ({share}).",
    "Женщин — {women} из {total} направленных миротворцев ({share}).",
    "Жіберілген бітімгерлер: барлығы {total}, оның ішінде әйелдер — {women} ({share}).",
);

pub const NONE: Text3 = Text3::new(
    "All {total} peacekeepers Kazakhstan deployed were men: 0 women, against a goal of {goal} women.",
    "Все {total} миротворцев, направленных Казахстаном, — мужчины: 0 женщин при цели {goal}.",
    "Қазақстан жіберген {total} бітімгердің бәрі ер адам: әйелдер — 0, ал мақсат — {goal}.",
);

pub const NONE_GENERIC: Text3 = Text3::new(
    "All {total} peacekeepers deployed were men: 0 women, against a goal of {goal} women.",
    "Все {total} направленных миротворцев — мужчины: 0 женщин при цели {goal}.",
    "Жіберілген {total} бітімгердің бәрі ер адам: әйелдер — 0, ал мақсат — {goal}.",
);

pub const NONE_GENERIC_NO_GOAL: Text3 = Text3::new(
    "All {total} peacekeepers deployed were men: 0 women.",
    "Все {total} направленных миротворцев — мужчины: 0 женщин.",
    "Жіберілген {total} бітімгердің бәрі ер адам: әйелдер — 0.",
);

pub const ROLE: Text3 = Text3::new("Role", "Категория", "Санат");

pub const WOMEN_ZERO: Text3 = Text3::new("0 women", "0 женщин", "0 әйел");

pub const SHARE_ROW: Text3 = Text3::new("Share of women", "Доля женщин", "Әйелдер үлесі");

pub const GOAL_MARK: Text3 = Text3::new("Goal {goal}", "Цель {goal}", "Мақсат {goal}");

pub const COUNTS: Text3 = Text3::new(
    "{men} men · {women} women",
    "{men} муж. · {women} жен.",
    "{men} ер · {women} әйел",
);

pub const UNBROKEN_NOTE: Text3 = Text3::new(
    "{n} of the {total} personnel are not broken down by role in the source.",
    "{n} из {total} человек в источнике не распределены по категориям.",
    "Дереккөзде санаттарға бөлінбеген адамдар: {n} (барлығы {total}).",
);
