//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Crisis centres.
pub const TITLE: Text3 = Text3::new(
    "Crisis centres and the people they aided",
    "Кризисные центры и получившие в них помощь",
    "Дағдарыс орталықтары және олардан көмек алғандар",
);

pub const TAKEAWAY: Text3 = Text3::new(
    "The sources give {counts} crisis centres; {aided} people were aided in {year} ({women} women, {minors} minors) and {aided_h1} in the first half of {year_h1} ({women_h1} women).",
    "Число кризисных центров по данным источников — {counts}; в {year} году помощь {aided:получил|получили|получили} {aided} {aided:человек|человека|человек} (женщин — {women}, несовершеннолетних — {minors}), в первом полугодии {year_h1} года — {aided_h1} (женщин — {women_h1}).",
    "Дереккөздер бойынша дағдарыс орталықтарының саны — {counts}; {year} жылы {aided} адам көмек алды ({women} әйел, {minors} кәмелетке толмаған), {year_h1} жылдың бірінші жартыжылдығында — {aided_h1} ({women_h1} әйел).",
);

pub const COUNT_HEADING: Text3 = Text3::new(
    "Number of crisis centres",
    "Число кризисных центров",
    "Дағдарыс орталықтарының саны",
);

pub const COUNT_CAPTION: Text3 = Text3::new(
    "The sources disagree; every figure they give is shown",
    "Источники расходятся; показаны все приведённые цифры",
    "Дереккөздердегі сандар әртүрлі; келтірілген сандардың бәрі көрсетілген",
);

// What each count of centres counts, in the words of its paragraph.
pub const IN_THE_COUNTRY: Text3 = Text3::new("In the country", "В стране", "Елде");

pub const IN_THE_NETWORK: Text3 =
    Text3::new("In the network", "В сети центров", "Орталықтар желісінде");

pub const LICENSED: Text3 = Text3::new("Licensed", "Лицензированные", "Лицензияланған");

/// A count's bar: what it counts, then where the source says so.
pub const COUNTED_IN_ONE: Text3 =
    Text3::new("{what} (para. {p})", "{what} (п. {p})", "{what} ({p} т.)");

pub const COUNTED_IN_MANY: Text3 =
    Text3::new("{what} (paras. {p})", "{what} (пп. {p})", "{what} ({p} т.)");

pub const AID_YEAR: Text3 = Text3::new(
    "People aided in {year}",
    "Получили помощь в {year} году",
    "{year} жылы көмек алғандар",
);

pub const AID_H1: Text3 = Text3::new(
    "People aided in the first half of {year}",
    "Получили помощь в первом полугодии {year} года",
    "{year} жылдың бірінші жартыжылдығында көмек алғандар",
);

pub const MINORS: Text3 = Text3::new("Minors", "Несовершеннолетние", "Кәмелетке толмағандар");

pub const TOTAL_MARK: Text3 = Text3::new("Total {total}", "Всего {total}", "Барлығы {total}");

pub const SHORTFALL: Text3 = Text3::new(
    "{parts} = {sum}, {gap} short of the {total} stated",
    "{parts} = {sum}, на {gap} меньше указанных {total}",
    "{parts} = {sum}, бұл көрсетілген {total} санынан {gap:dat} кем",
);

// A newsroom's own counts: nothing here names the embedded sources or years.
pub const OWN_CENTRES: Text3 = Text3::new(
    "Number of crisis centres: {counts}.",
    "Число кризисных центров: {counts}.",
    "Дағдарыс орталықтарының саны: {counts}.",
);

/// One of a newsroom's counts in its takeaway: "12 (run by the state)".
pub const OWN_COUNT: Text3 = Text3::new("{n} ({label})", "{n} ({label})", "{n} ({label})");

pub const OWN_AID: Text3 = Text3::new(
    "“{heading}”: {total} people in all.",
    "«{heading}»: всего {total} {total:человек|человека|человек|человека}.",
    "«{heading}»: барлығы {total} адам.",
);

pub const ERR_PARTS_OVER_TOTAL: Text3 = Text3::new(
    "the parts add up to {sum}, more than total {total}",
    "сумма частей — {sum}, это больше, чем total ({total})",
    "бөліктердің қосындысы — {sum}, бұл total мәнінен ({total}) көп",
);
