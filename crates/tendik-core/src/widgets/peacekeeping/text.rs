//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Peacekeeping composition.
pub const TITLE: Text3 = Text3::new(
    "Kazakhstan's UN peacekeepers by role, {date}",
    "Миротворцы ООН от Казахстана по категориям, {date}",
    "Қазақстан жіберген БҰҰ бітімгерлері санаттар бойынша, {date}",
);

pub const TITLE_GENERIC: Text3 = Text3::new(
    "UN peacekeepers by role, {date}",
    "Миротворцы ООН по категориям, {date}",
    "БҰҰ бітімгерлері санаттар бойынша, {date}",
);

pub const TAKEAWAY: Text3 = Text3::new(
    "Women: {women} of {total} {total:peacekeeper|peacekeepers} deployed ({share}), against a goal of {goal} women.",
    "Женщин — {women} из {total} {total:направленного миротворца|направленных миротворцев|направленных миротворцев|направленного миротворца} ({share}) при цели {goal}.",
    "Жіберілген бітімгерлер: барлығы {total}, оның ішінде әйелдер — {women} ({share}), ал мақсат — {goal}.",
);

pub const TAKEAWAY_NO_GOAL: Text3 = Text3::new(
    "Women: {women} of {total} {total:peacekeeper|peacekeepers} deployed ({share}).",
    "Женщин — {women} из {total} {total:направленного миротворца|направленных миротворцев|направленных миротворцев|направленного миротворца} ({share}).",
    "Жіберілген бітімгерлер: барлығы {total}, оның ішінде әйелдер — {women} ({share}).",
);

// No women: the embedded data names who deployed them; a newsroom's data does not.
pub const NONE: Text3 = Text3::new(
    "No women among the peacekeepers Kazakhstan deployed: {total} {total:man|men} and 0 women, against a goal of {goal} women.",
    "Среди миротворцев, направленных Казахстаном, женщин нет: {total} {total:мужчина|мужчины|мужчин} и 0\u{a0}женщин при цели {goal}.",
    "Қазақстан жіберген бітімгерлер арасында әйелдер жоқ: {total} ер адам, 0\u{a0}әйел, ал мақсат — {goal}.",
);

pub const NONE_GENERIC: Text3 = Text3::new(
    "No women among the peacekeepers deployed: {total} {total:man|men} and 0 women, against a goal of {goal} women.",
    "Среди направленных миротворцев женщин нет: {total} {total:мужчина|мужчины|мужчин} и 0\u{a0}женщин при цели {goal}.",
    "Жіберілген бітімгерлер арасында әйелдер жоқ: {total} ер адам, 0\u{a0}әйел, ал мақсат — {goal}.",
);

pub const NONE_NO_GOAL: Text3 = Text3::new(
    "No women among the peacekeepers deployed: {total} {total:man|men} and 0 women.",
    "Среди направленных миротворцев женщин нет: {total} {total:мужчина|мужчины|мужчин} и 0\u{a0}женщин.",
    "Жіберілген бітімгерлер арасында әйелдер жоқ: {total} ер адам, 0\u{a0}әйел.",
);

pub const ROLE: Text3 = Text3::new("Role", "Категория", "Санат");

pub const WOMEN_ZERO: Text3 = Text3::new("0 women", "0\u{a0}женщин", "0\u{a0}әйел");

pub const SHARE_ROW: Text3 = Text3::new("Share of women", "Доля женщин", "Әйелдер үлесі");

pub const GOAL_MARK: Text3 = Text3::new("Goal {goal}", "Цель {goal}", "Мақсат {goal}");

pub const COUNTS: Text3 = Text3::new(
    "{men} men · {women} women",
    "{men} муж. · {women} жен.",
    "{men} ер · {women} әйел",
);

pub const UNBROKEN_NOTE: Text3 = Text3::new(
    "{n} of the {total} personnel {n:is|are} not broken down by role in the source.",
    "{n} из {total} {total:человека|человек|человек|человека} в источнике {n:не распределён|не распределены|не распределены} по категориям.",
    "Дереккөзде санаттарға бөлінбеген адамдар: {n} (барлығы {total}).",
);
