//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Family support centres: the rows are in the sources' order, and most have no date, so the
// title promises no timeline.
pub const TITLE: Text3 = Text3::new(
    "Family support centres: every count the sources give",
    "Центры поддержки семьи: все числа из источников",
    "Отбасын қолдау орталықтары: дереккөздердегі барлық сандар",
);

pub const TAKEAWAY: Text3 = Text3::new(
    "Only {first} ({first_date}, {first_source}) and {last} ({last_date}, {last_source}) are dated; {others} have no date.",
    "Датированы только {first} ({first_date}, {first_source}) и {last} ({last_date}, {last_source}); цифры {others} приведены без даты.",
    "Күні көрсетілген сандар тек {first} ({first_date}, {first_source}) және {last} ({last_date}, {last_source}); {others} деген сандардың күні жоқ.",
);

pub const YEAR_NOT_GIVEN: Text3 = Text3::new(
    "{day_month}, year not given",
    "{day_month}, год не указан",
    "{day_month}, жылы көрсетілмеген",
);

pub const DATE_NOT_GIVEN: Text3 =
    Text3::new("date not given", "дата не указана", "күні көрсетілмеген");

pub const NEWS: Text3 = Text3::new("news report", "новостная статья", "жаңалық");

pub const CEDAW: Text3 = Text3::new(
    "CEDAW replies, {para}",
    "ответы КЛДЖ, {para}",
    "CEDAW жауаптары, {para}",
);

pub const IN_CITIES: Text3 = Text3::new("{n} in cities", "{n} в городах", "қалаларда {n}");

pub const IN_RURAL: Text3 = Text3::new(
    "{n} in rural areas",
    "{n} в сельской местности",
    "ауылдық жерлерде {n}",
);

pub const CITIES_KEY: Text3 = Text3::new("In cities", "В городах", "Қалаларда");

pub const RURAL_KEY: Text3 =
    Text3::new("In rural areas", "В сельской местности", "Ауылдық жерлерде");

pub const ORDER_NOTE: Text3 = Text3::new(
    "Rows follow the sources, not a calendar: the news report first, then the CEDAW replies paragraph by paragraph. “Date not given” means the source gives none; for {day_month} the year is not stated.",
    "Строки идут в порядке источников, а не по календарю: сначала новостная статья, затем ответы КЛДЖ по порядку пунктов. «Дата не указана» означает, что в источнике её нет; для {day_month} не указан год.",
    "Жолдар күнтізбе бойынша емес, дереккөздер бойынша орналасқан: алдымен жаңалық, содан кейін CEDAW жауаптары тармақтар ретімен. «Күні көрсетілмеген» дегені — дереккөзде күн жоқ; {day_month} күнінің жылы көрсетілмеген.",
);

pub const MORE_NOTE: Text3 = Text3::new(
    "“{more}” is a lower bound: its bar stops at {n} and the arrow shows that there are more centres, by an amount the source does not give.",
    "«{more}» — нижняя граница: столбец обрывается на {n}, а стрелка показывает, что центров больше, но насколько — источник не говорит.",
    "«{more}» — төменгі шек: баған {n} санында тоқтайды, ал жебе орталықтардың одан көп екенін білдіреді, бірақ қаншаға көп екенін дереккөз айтпайды.",
);

pub const REPORTED_IN_COLUMN: Text3 =
    Text3::new("Reported in", "Где приведено", "Қайда келтірілген");

pub const COUNT_COLUMN: Text3 = Text3::new("Centres", "Число центров", "Орталықтар саны");
