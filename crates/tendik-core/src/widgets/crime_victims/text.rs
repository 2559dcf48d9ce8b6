//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Victims of crimes against women and girls.
pub const TITLE: Text3 = Text3::new(
    "Victims of crimes against women and girls, {from} to {to}",
    "Потерпевшие от преступлений против женщин и девочек с {from} по {to}",
    "Әйелдер мен қыздарға қарсы қылмыстардан жәбірленушілер, {from} – {to}",
);

pub const TAKEAWAY: Text3 = Text3::new(
    "{total} crimes against women and girls were recorded; the largest age group given is {age} ({age_count}), and {age_rest} by age and {eth_rest} by ethnicity are not specified in the source.",
    "Зарегистрировано преступлений против женщин и девочек: {total}; самая многочисленная из указанных возрастных групп — {age} ({age_count}), а {age_rest} по возрасту и {eth_rest} по национальности в источнике не указаны.",
    "Әйелдер мен қыздарға қарсы {total} қылмыс тіркелген; көрсетілген жас топтарының ең көбі — {age} ({age_count}), ал жасы бойынша {age_rest}, ұлты бойынша {eth_rest} дереккөзде көрсетілмеген.",
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

pub const TOTAL_MARK: Text3 = Text3::new(
    "All crimes: {total}",
    "Всего преступлений: {total}",
    "Барлық қылмыс: {total}",
);

pub const ALL: Text3 = Text3::new(
    "Crimes recorded (crimes, not victims)",
    "Зарегистрированные преступления (преступления, а не потерпевшие)",
    "Тіркелген қылмыстар (жәбірленушілер емес, қылмыстар)",
);

pub const COUNTS_NOTE: Text3 = Text3::new(
    "The total, {total}, counts crimes, as the source puts it, not victims: one woman or girl may have suffered several crimes, so the total is not a number of people and the “{unspecified}” bars are only an indication.",
    "Итог, {total}, — это число преступлений, как сказано в источнике, а не потерпевших: одна женщина или девочка могла пострадать от нескольких преступлений, поэтому итог не равен числу людей, а столбцы «{unspecified}» лишь ориентировочны.",
    "Жиынтық ({total}) — дереккөзде айтылғандай, жәбірленушілер емес, қылмыстар саны: бір әйел немесе қыз бірнеше қылмыстан зардап шегуі мүмкін, сондықтан жиынтық адамдар санына тең емес, ал «{unspecified}» бағандары шамамен ғана.",
);

pub const GROUPS_NOTE: Text3 = Text3::new(
    "The source gives only some groups: by age, {ages} years; by ethnicity, {ethnicities}. Everyone else is in the hatched “{unspecified}” bars.",
    "Источник приводит лишь часть групп: по возрасту — {ages} лет, по национальности — {ethnicities}. Все остальные — в заштрихованных столбцах «{unspecified}».",
    "Дереккөз топтардың бір бөлігін ғана береді: жасы бойынша — {ages} жас, ұлты бойынша — {ethnicities}. Қалғандарының бәрі «{unspecified}» деген штрихталған бағандарда.",
);
