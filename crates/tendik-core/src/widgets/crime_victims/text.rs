//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Victims of crimes against women and girls.
pub const TITLE: Text3 = Text3::new(
    "Victims of crimes against women and girls, {from} to {to}",
    "Потерпевшие от преступлений против женщин и девочек с {from} по {to}",
    "Әйелдер мен қыздарға қарсы қылмыстардан жәбірленушілер, {from:abl} {to:dat} дейін",
);

pub const TAKEAWAY: Text3 = Text3::new(
    "Of the age groups the source gives, {age} has the most victims ({age_count}). Its total, {total}, counts crimes against women and girls, not victims.",
    "Из возрастных групп, которые приводит источник, больше всего потерпевших в группе {age} ({age_count}). Итог источника, {total}, — число преступлений против женщин и девочек, а не потерпевших.",
    "Дереккөз берген жас топтарының ішінде жәбірленушілер ең көп — {age} тобында ({age_count}). Дереккөздегі жиынтық ({total}) — жәбірленушілер емес, әйелдер мен қыздарға қарсы қылмыстар саны.",
);

pub const BY_AGE: Text3 = Text3::new(
    "Victims by age",
    "Потерпевшие по возрасту",
    "Жәбірленушілер жасы бойынша",
);

pub const BY_ETHNICITY: Text3 = Text3::new(
    "Victims by ethnicity",
    "Потерпевшие по национальности",
    "Жәбірленушілер ұлты бойынша",
);

pub const AGE: Text3 = Text3::new("{range} years", "{range} лет", "{range} жас");

pub const KAZAKHS: Text3 = Text3::new("Kazakhs", "Казашки", "Қазақтар");

pub const RUSSIANS: Text3 = Text3::new("Russians", "Русские", "Орыстар");

pub const UKRAINIANS: Text3 = Text3::new("Ukrainians", "Украинки", "Украиндар");

pub const UZBEKS: Text3 = Text3::new("Uzbeks", "Узбечки", "Өзбектер");

pub const TATARS: Text3 = Text3::new("Tatars", "Татарки", "Татарлар");

pub const CRIMES_SECTION: Text3 = Text3::new(
    "Crimes recorded",
    "Зарегистрированные преступления",
    "Тіркелген қылмыстар",
);

pub const ALL: Text3 = Text3::new(
    "All crimes against women and girls (crimes, not victims)",
    "Все преступления против женщин и девочек (преступления, а не потерпевшие)",
    "Әйелдер мен қыздарға қарсы барлық қылмыс (жәбірленушілер емес, қылмыстар)",
);

pub const COUNTS_NOTE: Text3 = Text3::new(
    "The source’s total, {total}, counts crimes, not victims, and the source gives no number of victims in all; so the bars are not parts of that total, and no remainder is shown.",
    "Итог источника, {total}, — это число преступлений, а не потерпевших, а общего числа потерпевших источник не приводит; поэтому столбцы — не части этого итога, и остаток не показан.",
    "Дереккөздің жиынтығы ({total}) — жәбірленушілер емес, қылмыстар саны, ал жәбірленушілердің жалпы санын дереккөз бермейді; сондықтан бағандар бұл жиынтықтың бөліктері емес, қалдық көрсетілмеген.",
);

pub const GROUPS_NOTE: Text3 = Text3::new(
    "The source gives only these groups: by age, {ages} years; by ethnicity, {ethnicities}. It gives no figures for other ages or ethnicities.",
    "Источник приводит только эти группы: по возрасту — {ages} лет, по национальности — {ethnicities}. Данных о других возрастах и национальностях в нём нет.",
    "Дереккөз тек осы топтарды береді: жасы бойынша — {ages} жас, ұлты бойынша — {ethnicities}. Басқа жас топтары мен ұлттар бойынша деректер онда жоқ.",
);

// A newsroom's own groups of victims: nothing here names the embedded source or period.
pub const OWN_TITLE: Text3 = Text3::new(
    "Victims of crimes against women and girls",
    "Потерпевшие от преступлений против женщин и девочек",
    "Әйелдер мен қыздарға қарсы қылмыстардан жәбірленушілер",
);

pub const OWN_TAKEAWAY: Text3 = Text3::new(
    "Under “{heading}”, {label} has the most victims ({count}).",
    "В разделе «{heading}» больше всего потерпевших в группе «{label}» ({count}).",
    "«{heading}» бөлімінде жәбірленушілер ең көп — «{label}» тобында ({count}).",
);

pub const OWN_TIED: Text3 = Text3::new(
    "Under “{heading}”, {labels} have the most victims ({count} each).",
    "В разделе «{heading}» больше всего потерпевших в группах {labels} (по {count}).",
    "«{heading}» бөлімінде жәбірленушілер ең көп — {labels} топтарында (әрқайсысында {count}).",
);

pub const OWN_ONE: Text3 = Text3::new(
    "Under “{heading}”: {label}, {count}.",
    "В разделе «{heading}»: {label} — {count}.",
    "«{heading}» бөлімінде: {label} — {count}.",
);

/// A label inside a list of tied groups.
pub const OWN_QUOTED: Text3 = Text3::new("{label}", "«{label}»", "«{label}»");
