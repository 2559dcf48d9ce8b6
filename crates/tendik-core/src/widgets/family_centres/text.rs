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

// A newsroom's own counts: nothing here names the embedded sources.
pub const OWN_TITLE: Text3 = Text3::new(
    "Family support centres: every count given",
    "Центры поддержки семьи: все приведённые числа",
    "Отбасын қолдау орталықтары: келтірілген барлық сандар",
);

pub const OWN_ONE: Text3 = Text3::new(
    "Family support centres: {value} ({when}, {source}).",
    "Центры поддержки семьи: {value} ({when}, {source}).",
    "Отбасын қолдау орталықтары: {value} ({when}, {source}).",
);

pub const OWN_RANGE: Text3 = Text3::new(
    "The counts given run from {low} to {high} centres.",
    "Приведённые числа центров: от {low} до {high}.",
    "Келтірілген деректер бойынша орталықтар саны — {low:abl} {high:dat} дейін.",
);

pub const OWN_SAME: Text3 = Text3::new(
    "Every count given is {value}.",
    "Все приведённые числа — {value}.",
    "Келтірілген сандардың бәрі — {value}.",
);

/// A part of a newsroom's count, in its row: "In cities: 55".
pub const OWN_PART: Text3 = Text3::new("{label}: {n}", "{label}: {n}", "{label}: {n}");

pub const ERR_PARTS_SUM: Text3 = Text3::new(
    "the parts add up to {sum}, not the count {total}",
    "сумма частей — {sum}, а не count ({total})",
    "бөліктердің қосындысы — {sum}, ал count мәні {total}",
);

pub const ERR_PARTS_NAMES: Text3 = Text3::new(
    "the parts must be named as in {first}, whose names the legend shows: “{a}”, then “{b}”",
    "части должны называться так же, как в {first}, — эти названия показаны в легенде: «{a}», затем «{b}»",
    "бөліктердің атаулары {first} ішіндегідей болуы керек — аңыздамада солар көрсетілген: «{a}», содан кейін «{b}»",
);
