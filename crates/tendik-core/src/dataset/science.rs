use crate::model::*;

use super::CEDAW_2025;

const DEGREES_QUOTE: &str = "Women make up 47 per cent of the research and development workforce in Kazakhstan, amounting to a total of 12,893 women researchers, including 2,050 Doctors of Science, 4,727 doctoral candidates, 4,156 PhDs and 318 postdoctoral fellows.";
const FIELDS_QUOTE: &str = "They work in natural sciences (3,625), engineering and technology (2,625), medicine (1,207), agriculture (1,207), social sciences (1,185) and humanities (2,471).";

/// Figures a widget draws or cites: the embed bundle carries these.
pub(super) static CHARTED: &[Figure] = &[
    Figure {
        id: "women-researchers",
        topic: Topic::Science,
        value: Value::Number(12_893.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: CEDAW_2025,
        label: Text3::new(
            "Women researchers",
            "Женщины-исследователи",
            "Әйел зерттеушілер",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: DEGREES_QUOTE,
    },
    Figure {
        id: "women-researchers-share",
        topic: Topic::Science,
        value: Value::Number(47.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Percent,
        period: CEDAW_2025,
        label: Text3::new(
            "Women's share of the research workforce",
            "Доля женщин среди научных работников",
            "Ғылыми қызметкерлер арасындағы әйелдер үлесі",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: DEGREES_QUOTE,
    },
    Figure {
        id: "women-researchers-natural-sciences",
        topic: Topic::Science,
        value: Value::Number(3_625.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: CEDAW_2025,
        label: Text3::new(
            "Women researchers in natural sciences",
            "Женщины-исследователи в естественных науках",
            "Жаратылыстану ғылымдарындағы әйел зерттеушілер",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: FIELDS_QUOTE,
    },
    Figure {
        id: "women-researchers-engineering",
        topic: Topic::Science,
        value: Value::Number(2_625.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: CEDAW_2025,
        label: Text3::new(
            "Women researchers in engineering and technology",
            "Женщины-исследователи в технических науках и технологиях",
            "Инженерия және технологиялар саласындағы әйел зерттеушілер",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: FIELDS_QUOTE,
    },
    Figure {
        id: "women-researchers-medicine",
        topic: Topic::Science,
        value: Value::Number(1_207.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: CEDAW_2025,
        label: Text3::new(
            "Women researchers in medicine",
            "Женщины-исследователи в медицине",
            "Медицинадағы әйел зерттеушілер",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: FIELDS_QUOTE,
    },
    Figure {
        id: "women-researchers-agriculture",
        topic: Topic::Science,
        value: Value::Number(1_207.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: CEDAW_2025,
        label: Text3::new(
            "Women researchers in agriculture",
            "Женщины-исследователи в сельскохозяйственных науках",
            "Ауыл шаруашылығы ғылымдарындағы әйел зерттеушілер",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: FIELDS_QUOTE,
    },
    Figure {
        id: "women-researchers-social-sciences",
        topic: Topic::Science,
        value: Value::Number(1_185.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: CEDAW_2025,
        label: Text3::new(
            "Women researchers in social sciences",
            "Женщины-исследователи в социальных науках",
            "Әлеуметтік ғылымдардағы әйел зерттеушілер",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: FIELDS_QUOTE,
    },
    Figure {
        id: "women-researchers-humanities",
        topic: Topic::Science,
        value: Value::Number(2_471.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: CEDAW_2025,
        label: Text3::new(
            "Women researchers in the humanities",
            "Женщины-исследователи в гуманитарных науках",
            "Гуманитарлық ғылымдардағы әйел зерттеушілер",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: FIELDS_QUOTE,
    },
];

/// Figures only the Sources view lists.
pub(super) static LISTED: &[Figure] = &[
    Figure {
        id: "women-researchers-doctors-of-science",
        topic: Topic::Science,
        value: Value::Number(2_050.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: CEDAW_2025,
        label: Text3::new(
            "Women researchers: Doctors of Science",
            "Женщины-исследователи: доктора наук",
            "Әйел зерттеушілер: ғылым докторлары",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: DEGREES_QUOTE,
    },
    Figure {
        id: "women-researchers-doctoral-candidates",
        topic: Topic::Science,
        value: Value::Number(4_727.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: CEDAW_2025,
        label: Text3::new(
            "Women researchers: doctoral candidates",
            "Женщины-исследователи: кандидаты наук",
            "Әйел зерттеушілер: ғылым кандидаттары",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: DEGREES_QUOTE,
    },
    Figure {
        id: "women-researchers-phds",
        topic: Topic::Science,
        value: Value::Number(4_156.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: CEDAW_2025,
        label: Text3::new(
            "Women researchers: PhDs",
            "Женщины-исследователи: доктора PhD",
            "Әйел зерттеушілер: PhD докторлары",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: DEGREES_QUOTE,
    },
    Figure {
        id: "women-researchers-postdocs",
        topic: Topic::Science,
        value: Value::Number(318.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: CEDAW_2025,
        label: Text3::new(
            "Women researchers: postdoctoral fellows",
            "Женщины-исследователи: постдокторанты",
            "Әйел зерттеушілер: постдокторанттар",
        ),
        seed: Seed::CedawReplies,
        location: "para. 12 (l)",
        quote: DEGREES_QUOTE,
    },
];

/// What each figure is, shown in the Sources view. Apart from the figures so that the
/// embed bundle, which never shows them, does not carry them.
pub(super) static DESCRIPTIONS: &[(&str, Text3)] = &[
    (
        "women-researchers",
        Text3::new(
            "Women in the research and development workforce. The degrees given add up to 11,251 and the fields to 12,320, so neither breakdown covers everyone.",
            "Женщины, занятые в научных исследованиях и разработках. Приведённые учёные степени дают в сумме 11\u{a0}251, а области науки — 12\u{a0}320, так что ни одна разбивка не охватывает всех.",
            "Ғылыми зерттеулер мен әзірлемелер саласында жұмыс істейтін әйелдер. Келтірілген ғылыми дәрежелердің қосындысы 11\u{a0}251, ал ғылым салаларыныкі 12\u{a0}320, сондықтан бірде-бір бөлініс барлығын қамтымайды.",
        ),
    ),
    (
        "women-researchers-share",
        Text3::new(
            "Share of women in the research and development workforce; with 12,893 women this implies a total workforce of about 27,400.",
            "Доля женщин среди занятых научными исследованиями и разработками; при 12\u{a0}893 женщинах это означает общую численность около 27\u{a0}400 человек.",
            "Ғылыми зерттеулер мен әзірлемелер саласында жұмыс істейтіндер арасындағы әйелдердің үлесі; 12\u{a0}893 әйел болса, жалпы саны шамамен 27\u{a0}400 адам болады.",
        ),
    ),
    (
        "women-researchers-doctors-of-science",
        Text3::new(
            "Women researchers holding the degree of Doctor of Science.",
            "Женщины-исследователи со степенью доктора наук.",
            "Ғылым докторы дәрежесі бар әйел зерттеушілер.",
        ),
    ),
    (
        "women-researchers-doctoral-candidates",
        Text3::new(
            "Women researchers the English text calls “doctoral candidates”; the source does not say whether this means doctoral students or holders of the candidate of science degree.",
            "Женщины-исследователи, которых английский текст называет «doctoral candidates»; докторанты это или кандидаты наук, источник не уточняет.",
            "Ағылшын мәтіні «doctoral candidates» деп атайтын әйел зерттеушілер; бұлар докторанттар ма, әлде ғылым кандидаттары ма, дереккөз нақтыламайды.",
        ),
    ),
    (
        "women-researchers-phds",
        Text3::new(
            "Women researchers holding a PhD.",
            "Женщины-исследователи со степенью доктора PhD.",
            "PhD дәрежесі бар әйел зерттеушілер.",
        ),
    ),
    (
        "women-researchers-postdocs",
        Text3::new(
            "Women working as postdoctoral fellows.",
            "Женщины, работающие постдокторантами.",
            "Постдокторант болып жұмыс істейтін әйелдер.",
        ),
    ),
    (
        "women-researchers-natural-sciences",
        Text3::new(
            "Women researchers working in natural sciences.",
            "Женщины-исследователи, работающие в естественных науках.",
            "Жаратылыстану ғылымдарында жұмыс істейтін әйел зерттеушілер.",
        ),
    ),
    (
        "women-researchers-engineering",
        Text3::new(
            "Women researchers working in engineering and technology.",
            "Женщины-исследователи, работающие в технических науках и технологиях.",
            "Инженерия және технологиялар саласында жұмыс істейтін әйел зерттеушілер.",
        ),
    ),
    (
        "women-researchers-medicine",
        Text3::new(
            "Women researchers working in medicine. The source gives the same number, 1,207, for agriculture.",
            "Женщины-исследователи, работающие в медицине. Для сельского хозяйства источник приводит то же число — 1\u{a0}207.",
            "Медицина саласында жұмыс істейтін әйел зерттеушілер. Дереккөз ауыл шаруашылығы үшін де дәл сол 1\u{a0}207 санын береді.",
        ),
    ),
    (
        "women-researchers-agriculture",
        Text3::new(
            "Women researchers working in agriculture. The source gives the same number, 1,207, for medicine.",
            "Женщины-исследователи, работающие в сельскохозяйственных науках. Для медицины источник приводит то же число — 1\u{a0}207.",
            "Ауыл шаруашылығы ғылымдарында жұмыс істейтін әйел зерттеушілер. Дереккөз медицина үшін де дәл сол 1\u{a0}207 санын береді.",
        ),
    ),
    (
        "women-researchers-social-sciences",
        Text3::new(
            "Women researchers working in social sciences.",
            "Женщины-исследователи, работающие в социальных науках.",
            "Әлеуметтік ғылымдарда жұмыс істейтін әйел зерттеушілер.",
        ),
    ),
    (
        "women-researchers-humanities",
        Text3::new(
            "Women researchers working in the humanities.",
            "Женщины-исследователи, работающие в гуманитарных науках.",
            "Гуманитарлық ғылымдарда жұмыс істейтін әйел зерттеушілер.",
        ),
    ),
];
