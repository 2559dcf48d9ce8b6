//! The data model: every figure Tendik shows, with where it comes from.

use serde::Serialize;

/// The three languages every string exists in.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ru,
    Kk,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Kk];

    /// Parses a BCP 47 tag loosely: `kk`, `kk-KZ`, `ru-RU`, `en-GB`…
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "ru" => Some(Lang::Ru),
            "kk" | "kz" => Some(Lang::Kk),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Kk => "kk",
        }
    }
}

/// One text in each language. Constructing one needs all three, so no
/// translation can be forgotten.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text3 {
    pub en: &'static str,
    pub ru: &'static str,
    pub kk: &'static str,
}

/// The language of a one-language build: exactly one of the features `only-en`, `only-ru`,
/// `only-kk`. With none, or several (`--all-features`), every language is kept.
pub const ONLY_LANG: Option<Lang> = match (
    cfg!(feature = "only-en"),
    cfg!(feature = "only-ru"),
    cfg!(feature = "only-kk"),
) {
    (true, false, false) => Some(Lang::En),
    (false, true, false) => Some(Lang::Ru),
    (false, false, true) => Some(Lang::Kk),
    _ => None,
};

impl Text3 {
    /// In a one-language build, every language gets that language's string: the other two
    /// are never referenced, so they stay out of the binary.
    pub const fn new(en: &'static str, ru: &'static str, kk: &'static str) -> Self {
        let only = match ONLY_LANG {
            None => return Text3 { en, ru, kk },
            Some(Lang::En) => en,
            Some(Lang::Ru) => ru,
            Some(Lang::Kk) => kk,
        };
        Text3 {
            en: only,
            ru: only,
            kk: only,
        }
    }

    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Ru => self.ru,
            Lang::Kk => self.kk,
        }
    }
}

/// The five source documents in `seeds/`.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Seed {
    /// Summary of Kazakhstan's WPS National Action Plan 2022–25 and UN peacekeeping statistics.
    NapSummary,
    /// Replies of Kazakhstan to the CEDAW list of issues (2025).
    CedawReplies,
    /// Op-ed on gender equality and ESG.
    OpEdEsg,
    /// News article on women in the civil service.
    CivilServiceNews,
    /// Note on the 30 per cent quota in the parliamentary reform.
    ReformNote,
}

impl Seed {
    pub const ALL: [Seed; 5] = [
        Seed::NapSummary,
        Seed::CedawReplies,
        Seed::OpEdEsg,
        Seed::CivilServiceNews,
        Seed::ReformNote,
    ];

    /// The document's id, as in the dataset dump and the app's URLs (`?doc=cedaw-replies`).
    pub fn name(self) -> &'static str {
        match self {
            Seed::NapSummary => "nap-summary",
            Seed::CedawReplies => "cedaw-replies",
            Seed::OpEdEsg => "op-ed-esg",
            Seed::CivilServiceNews => "civil-service-news",
            Seed::ReformNote => "reform-note",
        }
    }

    pub fn from_name(name: &str) -> Option<Seed> {
        Seed::ALL.into_iter().find(|s| s.name() == name.trim())
    }

    /// The language the document is written in (quotes are verbatim, never translated).
    pub fn lang(self) -> Lang {
        Lang::En
    }

    /// The file's name inside `seeds/`.
    pub fn file_name(self) -> &'static str {
        match self {
            Seed::NapSummary => "000_07571b1c9c64519d.txt",
            Seed::CedawReplies => "001_47c78e3d6287c7bb.txt",
            Seed::OpEdEsg => "002_eaa218d367acbff0.txt",
            Seed::CivilServiceNews => "003_b8b556c2b9d6523b.txt",
            Seed::ReformNote => "004_76ed446c0c6cb5a6.txt",
        }
    }

    /// How a source line names the document.
    pub fn title(self) -> Text3 {
        match self {
            Seed::NapSummary => Text3::new(
                "Summary of Kazakhstan's WPS National Action Plan 2022–\u{2060}25, with UN peacekeeping statistics (Sept 2023)",
                "Обзор Национального плана действий Казахстана по повестке «Женщины, мир и безопасность» на 2022–\u{2060}2025 гг. и статистика миротворцев ООН (сентябрь 2023 г.)",
                "Қазақстанның «Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі 2022–\u{2060}2025 жылдарға арналған ұлттық іс-қимыл жоспарына шолу және БҰҰ бітімгерлері статистикасы (2023 жылғы қыркүйек)",
            ),
            Seed::CedawReplies => Text3::new(
                "Replies of Kazakhstan to the UN CEDAW Committee's list of issues (CEDAW, 2025)",
                "Ответы Казахстана на перечень вопросов Комитета ООН по ликвидации дискриминации в отношении женщин (КЛДЖ, 2025 г.)",
                "Қазақстанның БҰҰ Әйелдерге қатысты кемсітушілікті жою комитетінің сұрақтар тізбесіне жауаптары (CEDAW, 2025 ж.)",
            ),
            Seed::OpEdEsg => Text3::new(
                "Op-ed: Kazakhstan's approach to gender equality and ESG",
                "Авторская колонка: подход Казахстана к гендерному равенству и ESG",
                "Авторлық мақала: Қазақстанның гендерлік теңдік пен ESG-ге көзқарасы",
            ),
            Seed::CivilServiceNews => Text3::new(
                "News report: women in Kazakhstan's civil service (Ministry of Culture and Information figures)",
                "Новостная статья: женщины на государственной службе Казахстана (данные Министерства культуры и информации)",
                "Жаңалық: Қазақстанның мемлекеттік қызметіндегі әйелдер (Мәдениет және ақпарат министрлігінің деректері)",
            ),
            Seed::ReformNote => Text3::new(
                "News note: the 30 per cent quota in the parliamentary reform",
                "Заметка: 30-процентная квота в парламентской реформе",
                "Жазба: парламенттік реформадағы 30 пайыздық квота",
            ),
        }
    }
}

/// What a number counts or measures.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    /// People, cases, centres, projects…
    Count,
    /// A share in per cent (0–100).
    Percent,
    /// A difference of per cent values.
    PercentagePoints,
    /// Kazakhstani tenge.
    Tenge,
    /// US dollars.
    UsDollars,
    /// A calendar date or year; the value is in `Value::Date`.
    Date,
    /// Years (durations, ages).
    Years,
    /// Monthly notional units (MNU), Kazakhstan's indexation unit.
    MonthlyNotionalUnits,
}

/// How exact the source says a figure is.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    #[default]
    Exact,
    /// "more than 800", "over 950"
    MoreThan,
    /// "about 4,000", "approximately 18,000", "some 100"
    About,
    /// "at least 12.5 per cent"
    AtLeast,
    /// "up to 15 years", "≤ 21 per cent"
    AtMost,
}

/// A calendar date, as precise as the source gives it.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    pub year: u16,
    /// 1–12, or 0 when the source gives only a year.
    pub month: u8,
    /// 1–31, or 0 when the source gives no day.
    pub day: u8,
}

impl Date {
    pub const fn ymd(year: u16, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }

    /// ISO 8601 with only the precision the source gives: `2022`, `2023-09`, `2022-02-07`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (0, _) => format!("{:04}", self.year),
            (m, 0) => format!("{:04}-{:02}", self.year, m),
            (m, d) => format!("{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

/// A figure's value: a number (never rounded: exactly as the source writes it) or a date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    Number(f64),
    Date(Date),
}

impl Value {
    pub fn number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            Value::Date(_) => None,
        }
    }
}

impl Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Number(n) => s.serialize_f64(*n),
            Value::Date(d) => s.serialize_str(&d.iso()),
        }
    }
}

/// The time a figure describes, as ISO partial dates plus the source's own words.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// First day covered (`2020`, `2025-01`), or "" where the source gives none.
    pub start: &'static str,
    /// Last day covered (`2025-07`), or "" where the source gives none.
    pub end: &'static str,
    /// The source's own phrasing: "in 2022", "At September 2023", "as at 1 July".
    pub as_written: &'static str,
}

impl Period {
    pub const fn new(start: &'static str, end: &'static str, as_written: &'static str) -> Self {
        Period {
            start,
            end,
            as_written,
        }
    }
}

/// The dashboard's themes.
#[derive(Serialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum Topic {
    Representation,
    Violence,
    PeaceSecurity,
    Economy,
    Science,
    Institutions,
}

/// One figure from one source, with everything needed to check it. Its description
/// (what the figure is) is looked up with [`crate::dataset::description`].
#[derive(Serialize, Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    /// Stable id, kebab-case: `dv-incidents-2022`.
    pub id: &'static str,
    pub topic: Topic,
    pub value: Value,
    pub qualifier: Qualifier,
    pub unit: Unit,
    pub period: Period,
    pub label: Text3,
    pub seed: Seed,
    /// Where in the file: the paragraph as the document numbers it ("para. 3 (b)"),
    /// or the section heading for unnumbered documents.
    pub location: &'static str,
    /// Verbatim from the seed file (whitespace may differ); contains the figure as written.
    pub quote: &'static str,
}

/// Two or more figures that give different values for the same thing.
#[derive(Serialize, Clone, Copy, Debug, PartialEq)]
pub struct Conflict {
    pub id: &'static str,
    pub subject: Text3,
    pub figures: &'static [&'static str],
    /// What differs, as the sources say it: never a guess at why, never advice.
    pub note: Text3,
}

/// A total and parts the source gives; whatever the parts leave is "not specified in the source".
#[derive(Serialize, Clone, Copy, Debug, PartialEq)]
pub struct Breakdown {
    pub id: &'static str,
    pub subject: Text3,
    pub total: &'static str,
    pub parts: &'static [&'static str],
    pub note: Text3,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text3_keeps_the_languages_the_build_keeps() {
        let text = Text3::new("en", "ru", "kk");
        for lang in Lang::ALL {
            let want = ONLY_LANG.unwrap_or(lang).tag();
            assert_eq!(text.get(lang), want);
        }
    }

    #[test]
    fn seed_names_are_the_dump_ids_and_round_trip() {
        for seed in Seed::ALL {
            let dumped = serde_json::to_value(seed).unwrap();
            assert_eq!(dumped, seed.name(), "{seed:?}");
            assert_eq!(Seed::from_name(seed.name()), Some(seed));
        }
        assert_eq!(Seed::from_name("001_47c78e3d6287c7bb.txt"), None);
    }
}
