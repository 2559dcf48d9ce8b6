//! Every string of this widget, in all three languages.

use crate::model::Text3;

pub const TITLE: Text3 = Text3::new(
    "Women in business and the economy",
    "Женщины в бизнесе и экономике",
    "Бизнес пен экономикадағы әйелдер",
);

pub const TAKEAWAY: Text3 = Text3::new(
    "Women own {own} of small and medium-sized businesses by one source and head {head} by another; in the energy sector they are {employees} of employees but {managers} of managers.",
    "По одному источнику, женщинам принадлежит {own} малого и среднего бизнеса, по другому — они возглавляют {head}; в энергетике женщины составляют {employees} работников, но {managers} руководителей.",
    "Бір дереккөз бойынша шағын және орта бизнестің {own} әйелдерге тиесілі, екіншісі бойынша {head} әйелдер басқарады; энергетикада әйелдер — қызметкерлердің {employees}, бірақ басшылардың {managers} ғана.",
);

pub const SME_HEADING: Text3 = Text3::new(
    "Small and medium-sized businesses",
    "Малый и средний бизнес",
    "Шағын және орта бизнес",
);

pub const SME_CAPTION: Text3 = Text3::new(
    "The sources differ: one counts the businesses women own, the other those women head",
    "Источники расходятся: один считает бизнес, которым владеют женщины, другой — которым они руководят",
    "Дереккөздер әртүрлі: бірі әйелдерге тиесілі бизнесті, екіншісі әйелдер басқаратын бизнесті санайды",
);

pub const OWNED: Text3 = Text3::new(
    "Owned by women (news report)",
    "Принадлежат женщинам (новостная статья)",
    "Әйелдерге тиесілі (жаңалық)",
);

/// `{para}`: "para. 15 (h)".
pub const HEADED: Text3 = Text3::new(
    "Headed by women (CEDAW replies, {para})",
    "Возглавляются женщинами (ответы КЛДЖ, {para})",
    "Әйелдер басқарады (CEDAW жауаптары, {para})",
);

pub const ENERGY_HEADING: Text3 = Text3::new(
    "Energy sector (KAZENERGY Association)",
    "Энергетика (ассоциация KAZENERGY)",
    "Энергетика саласы (KAZENERGY қауымдастығы)",
);

pub const EMPLOYEES: Text3 = Text3::new(
    "Women among employees",
    "Женщины среди работников",
    "Қызметкерлер арасындағы әйелдер",
);

pub const MANAGERS: Text3 = Text3::new(
    "Women among managers",
    "Женщины среди руководителей",
    "Басшылар арасындағы әйелдер",
);

pub const PROGRAMMES_HEADING: Text3 = Text3::new(
    "Programmes for women",
    "Программы для женщин",
    "Әйелдерге арналған бағдарламалар",
);

pub const DAMU: Text3 = Text3::new(
    "Women's projects supported by the Damu fund",
    "Проекты женщин, поддержанные фондом «Даму»",
    "«Даму» қоры қолдаған әйелдер жобалары",
);

pub const UMAI: Text3 = Text3::new(
    "Women helped to buy homes by Umai mortgages over the past three years",
    "Женщины, купившие жильё по ипотеке «Умай» за последние три года",
    "Соңғы үш жылда «Ұмай» ипотекасы арқылы баспана алған әйелдер",
);

pub const AWE_GRADUATES: Text3 = Text3::new(
    "Graduates of the Academy for Women Entrepreneurs",
    "Выпускницы Академии женщин-предпринимателей",
    "Әйел кәсіпкерлер академиясының түлектері",
);

pub const AWE_ENROLLED: Text3 = Text3::new(
    "Women currently enrolled in the Academy",
    "Женщины, которые сейчас учатся в Академии",
    "Академияда қазір оқып жатқан әйелдер",
);

/// Under a count: the sum of money it comes with.
pub const TOTAL_SUM: Text3 = Text3::new("Total: {sum}", "Всего: {sum}", "Барлығы: {sum}");

/// A table row for a count's sum of money: "Women's projects …: total".
pub const TOTAL_ROW: Text3 = Text3::new("{label}: total", "{label}: всего", "{label}: барлығы");

pub const BILLION_TENGE: Text3 =
    Text3::new("{n} billion tenge", "{n} млрд тенге", "{n} млрд теңге");

pub const MILLION_TENGE: Text3 = Text3::new("{n} million tenge", "{n} млн тенге", "{n} млн теңге");

pub const BILLION_USD: Text3 = Text3::new(
    "US${n} billion",
    "{n} млрд долларов США",
    "{n} млрд АҚШ доллары",
);

pub const MILLION_USD: Text3 = Text3::new(
    "US${n} million",
    "{n} млн долларов США",
    "{n} млн АҚШ доллары",
);

/// `{tenge}` in `{usd}`: "4.1 billion tenge (US$8.2 million)".
pub const SUM_BOTH: Text3 = Text3::new("{tenge} ({usd})", "{tenge} ({usd})", "{tenge} ({usd})");

/// `{projects}` with its qualifier ("more than 105,000"), `{sum}` in words, `{per}` a round
/// number above the sum per project.
pub const DAMU_NOTE: Text3 = Text3::new(
    "The news report gives {sum} for {projects} projects, under {per} tenge a project, and does not explain the amount.",
    "Новостная статья называет {sum} на {projects} {projects:проекта|проектов|проектов|проекта} — меньше {per} тенге на проект — и эту сумму не поясняет.",
    "Жаңалықта {projects} жобаға {sum} берілген — бір жобаға {per} теңгеден аз — және бұл сома түсіндірілмейді.",
);

pub const DOLLARS_NOTE: Text3 = Text3::new(
    "Dollar amounts are the news report's own conversions.",
    "Суммы в долларах пересчитаны в самой новостной статье.",
    "Доллармен берілген сомаларды жаңалықтың өзі айырбастаған.",
);

pub const UNDATED_NOTE: Text3 = Text3::new(
    "The news report and the op-ed give no dates for their figures.",
    "Новостная статья и авторская колонка не указывают даты своих цифр.",
    "Жаңалық пен авторлық мақала өз сандарының күнін көрсетпейді.",
);

// A newsroom's own shares: nothing here names the embedded sources.
pub const OWN_SPREAD: Text3 = Text3::new(
    "Women's shares run from {low} ({low_label}) to {high} ({high_label}).",
    "Доли женщин — от {low} ({low_label}) до {high} ({high_label}).",
    "Әйелдер үлесі {low} ({low_label}) мен {high} ({high_label}) аралығында.",
);

pub const OWN_ONE: Text3 = Text3::new(
    "{high_label}: {high}.",
    "{high_label}: {high}.",
    "{high_label}: {high}.",
);

pub const OWN_SAME: Text3 = Text3::new(
    "Each of the {count} shares is {high}.",
    "Каждая из {count} {count:доли|долей|долей} — {high}.",
    "{count} үлестің әрқайсысы — {high}.",
);
