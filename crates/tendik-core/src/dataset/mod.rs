//! The embedded dataset: every figure Tendik shows, each tied to a seed file and a quote.
//!
//! Figures are grouped by topic, one file each; `tests/dataset.rs` proves every quote is in
//! its seed file, that the value parses out of the quote, and that every conflict and
//! breakdown below refers to real figures. `docs/dataset.md` describes the JSON dump.

mod economy;
mod institutions;
mod peace_security;
mod representation;
mod science;
mod violence;

use crate::model::{Breakdown, Conflict, Figure, Period, Text3};

/// Present-tense statements in the CEDAW replies (received 20 October 2025) that give no
/// date of their own: the figure held at some time up to 2025.
const CEDAW_2025: Period = Period::new("", "2025", "as reported in 2025");
/// The civil-service news report's "As of the new year"; its anniversaries place it in 2025.
const NEWS_NEW_YEAR: Period = Period::new("", "", "As of the new year");
/// The undated op-ed's "currently".
const OP_ED_NOW: Period = Period::new("", "", "currently");
/// The goals of paragraph 15 (h) of the CEDAW replies.
const TARGETS_2030: Period = Period::new(
    "",
    "2030",
    "The National Plan up to 2029 and the gender policy framework up to 2030",
);

/// Version of the JSON written by `tendik-dump`; see `docs/dataset.md`.
pub const SCHEMA_VERSION: u32 = 1;

// The six topics are listed three times below (every figure, the charted ones, the
// descriptions) rather than in one table of slices: a table would be one static that
// points at every figure, and the embed bundle, which reaches only `charted`, would carry
// them all again.

/// Every figure, in topic order (within a topic, the charted ones first).
pub fn figures() -> impl Iterator<Item = &'static Figure> {
    [
        (representation::CHARTED, representation::LISTED),
        (violence::CHARTED, violence::LISTED),
        (peace_security::CHARTED, peace_security::LISTED),
        (economy::CHARTED, economy::LISTED),
        (science::CHARTED, science::LISTED),
        (institutions::CHARTED, institutions::LISTED),
    ]
    .into_iter()
    .flat_map(|(charted, listed)| charted.iter().chain(listed))
}

/// The figures widgets draw or cite. Widgets look figures up only here, so a bundle with
/// the widgets and without the Sources view does not carry the rest.
pub fn charted() -> impl Iterator<Item = &'static Figure> {
    representation::CHARTED
        .iter()
        .chain(violence::CHARTED)
        .chain(peace_security::CHARTED)
        .chain(economy::CHARTED)
        .chain(science::CHARTED)
        .chain(institutions::CHARTED)
}

/// The figure with this id. Ids are checked unique by a test.
pub fn figure(id: &str) -> Option<&'static Figure> {
    figures().find(|f| f.id == id)
}

/// Every figure's description by id, in topic order: what the figure is, in one or two
/// sentences (the Sources view shows them).
pub fn descriptions() -> impl Iterator<Item = &'static (&'static str, Text3)> {
    representation::DESCRIPTIONS
        .iter()
        .chain(violence::DESCRIPTIONS)
        .chain(peace_security::DESCRIPTIONS)
        .chain(economy::DESCRIPTIONS)
        .chain(science::DESCRIPTIONS)
        .chain(institutions::DESCRIPTIONS)
}

/// The description of the figure with this id.
pub fn description(id: &str) -> Option<Text3> {
    descriptions()
        .find(|(figure, _)| *figure == id)
        .map(|&(_, text)| text)
}

/// A charted figure the code names by id: a missing one is a bug caught by tests.
pub fn expect(id: &str) -> &'static Figure {
    charted()
        .find(|f| f.id == id)
        .unwrap_or_else(|| panic!("no charted figure with id {id}"))
}

/// Places where the sources give different values for the same thing.
pub fn conflicts() -> &'static [Conflict] {
    CONFLICTS
}

/// Totals whose parts the sources give, for computing what the parts leave unspecified.
pub fn breakdowns() -> &'static [Breakdown] {
    BREAKDOWNS
}

static CONFLICTS: &[Conflict] = &[
    Conflict {
        id: "civil-servants-women-share",
        subject: Text3::new(
            "Share of women among civil servants",
            "Доля женщин среди государственных служащих",
            "Мемлекеттік қызметшілер арасындағы әйелдер үлесі",
        ),
        figures: &[
            "civil-service-women-share",
            "civil-service-women-share-news",
            "civil-service-women-share-15d",
        ],
        note: Text3::new(
            "Paragraph 10\u{a0}(d) of the CEDAW replies and the news report give 55.8 per cent; paragraph 15\u{a0}(d) of the same replies gives 56.2 per cent. Neither gives a date. Both figures are shown.",
            "Пункт 10\u{a0}(d) ответов КЛДЖ и новостная статья дают 55,8 процента; пункт 15\u{a0}(d) тех же ответов — 56,2 процента. Дата нигде не указана. Показаны обе цифры.",
            "CEDAW жауаптарының 10\u{a0}(d) тармағында және жаңалық мақаласында — 55,8 пайыз; сол жауаптардың 15\u{a0}(d) тармағында — 56,2 пайыз. Күні еш жерде көрсетілмеген. Екі сан да көрсетілген.",
        ),
    },
    Conflict {
        id: "smes-women-share",
        subject: Text3::new(
            "Women's share of small and medium-sized enterprises",
            "Доля женщин в малом и среднем бизнесе",
            "Шағын және орта бизнестегі әйелдер үлесі",
        ),
        figures: &["smes-women-owned-news", "smes-women-headed"],
        note: Text3::new(
            "The news report says women own 48 per cent; the CEDAW replies say women head 48.2 per cent. Owning and heading are not the same. Both figures are shown.",
            "В новостной статье женщинам принадлежит 48 процентов; в ответах КЛДЖ женщины возглавляют 48,2 процента. Владеть и руководить — не одно и то же. Показаны обе цифры.",
            "Жаңалықта 48 пайызы әйелдерге тиесілі делінген; CEDAW жауаптарында әйелдер 48,2 пайызын басқарады. Иелік ету мен басқару бір нәрсе емес. Екі сан да көрсетілген.",
        ),
    },
    Conflict {
        id: "crisis-centres-count",
        subject: Text3::new(
            "Number of crisis centres",
            "Число кризисных центров",
            "Дағдарыс орталықтарының саны",
        ),
        figures: &[
            "crisis-centres-3f",
            "crisis-centres-8d",
            "crisis-centres-9ij",
            "crisis-centres-licensed-11f",
        ],
        note: Text3::new(
            "The CEDAW replies say 30 crisis centres in paragraphs 3\u{a0}(f) and 8\u{a0}(d), and 27 in paragraphs 9\u{a0}(i)–(j) and 11\u{a0}(f), where 11\u{a0}(f) counts licensed centres. None is dated, and the source does not explain the difference. Both counts are shown.",
            "В ответах КЛДЖ — 30 кризисных центров в пунктах 3\u{a0}(f) и 8\u{a0}(d) и 27 в пунктах 9\u{a0}(i)–(j) и 11\u{a0}(f), причём в 11\u{a0}(f) учтены лицензированные центры. Даты нет, и разницу источник не поясняет. Показаны оба числа.",
            "CEDAW жауаптарының 3\u{a0}(f) және 8\u{a0}(d) тармақтарында 30 дағдарыс орталығы, ал 9\u{a0}(i)–(j) және 11\u{a0}(f) тармақтарында 27 орталық көрсетілген; 11\u{a0}(f) тармақта лицензияланған орталықтар саналған. Күні жоқ, айырмашылықты дереккөз түсіндірмейді. Екі сан да көрсетілген.",
        ),
    },
    Conflict {
        id: "family-support-centres-count",
        subject: Text3::new(
            "Number of family support centres",
            "Число центров поддержки семьи",
            "Отбасын қолдау орталықтарының саны",
        ),
        figures: &[
            "family-support-centres-2b",
            "family-support-centres-news",
            "family-support-centres-9ij",
            "family-support-centres-11f",
            "family-support-centres-july",
        ],
        note: Text3::new(
            "The sources give more than 100 (CEDAW 2\u{a0}(b)), 104 (news report, up from 33 since June 2024; the report gives no date for 104), 128 (CEDAW 9\u{a0}(i)–(j) and 11\u{a0}(f)) and 136 (CEDAW 8\u{a0}(g), as at 1 July). Only 33 and 136 are dated, and the sources do not say why the counts differ.",
            "Источники дают более 100 (КЛДЖ, 2\u{a0}(b)), 104 (новостная статья: с июня 2024 года число выросло с 33; дата для 104 в статье не указана), 128 (КЛДЖ, 9\u{a0}(i)–(j) и 11\u{a0}(f)) и 136 (КЛДЖ, 8\u{a0}(g), на 1 июля). Датированы только 33 и 136; почему числа расходятся, источники не говорят.",
            "Дереккөздерде 100\u{2011}ден астам (CEDAW, 2\u{a0}(b)), 104 (жаңалық, 2024 жылғы маусымнан бері 33\u{2011}тен өскен; мақалада 104 санының күні көрсетілмеген), 128 (CEDAW, 9\u{a0}(i)–(j) және 11\u{a0}(f)) және 136 (CEDAW, 8\u{a0}(g), 1 шілдедегі) берілген. Күні тек 33 пен 136 санында бар; сандардың неге әртүрлі екенін дереккөздер айтпайды.",
        ),
    },
    Conflict {
        id: "tomiris-trainees",
        subject: Text3::new(
            "Women trained by the Tomiris programme",
            "Женщины, обученные по программе «Томирис»",
            "«Томирис» бағдарламасы бойынша оқытылған әйелдер",
        ),
        figures: &["tomiris-trained-6a", "tomiris-trained-10i"],
        note: Text3::new(
            "Paragraph 6\u{a0}(a) says over 800, paragraph 10\u{a0}(i) more than 950 since 2022. Both are lower bounds, so they do not strictly contradict each other, but they cannot both be the current total.",
            "Пункт 6\u{a0}(a) говорит о более чем 800, пункт 10\u{a0}(i) — о более чем 950 с 2022 года. Обе цифры — нижние границы и формально не противоречат друг другу, но обе не могут быть текущим итогом.",
            "6\u{a0}(a) тармақта 800\u{2011}ден астам, 10\u{a0}(i) тармақта 2022 жылдан бері 950\u{2011}ден астам делінген. Екеуі де төменгі шек, сондықтан бір-біріне қатаң қайшы келмейді, бірақ екеуі бірдей қазіргі жиынтық бола алмайды.",
        ),
    },
    Conflict {
        id: "microcredit-women-share",
        subject: Text3::new(
            "Women's share of microcredit",
            "Доля женщин в микрокредитовании",
            "Микрокредиттеудегі әйелдер үлесі",
        ),
        figures: &[
            "microcredit-women-share-low",
            "microcredit-women-share-high",
            "microcredit-rural-women-2024",
            "microcredit-rural-women-h1-2025",
        ],
        note: Text3::new(
            "Paragraph 16\u{a0}(g) says 35–\u{2060}40 per cent of microcredit recipients are women (undated); paragraph 16\u{a0}(h), next to it, says rural women received 41.2 per cent of microcredits in 2024 and 44 per cent in the first half of 2025. One counts recipients, the other microcredits.",
            "Пункт 16\u{a0}(g) говорит, что 35–\u{2060}40 процентов получателей микрокредитов — женщины (без даты); соседний пункт 16\u{a0}(h) — что сельские женщины получили 41,2 процента микрокредитов в 2024 году и 44 процента в первом полугодии 2025 года. В одном случае считаются получатели, в другом — кредиты.",
            "16\u{a0}(g) тармақта микрокредит алушылардың 35–\u{2060}40 пайызы әйелдер делінген (күні жоқ); көршілес 16\u{a0}(h) тармақта ауыл әйелдері 2024 жылы микрокредиттердің 41,2 пайызын, 2025 жылдың бірінші жартыжылдығында 44 пайызын алғаны айтылған. Бірінде алушылар, екіншісінде кредиттер саналады.",
        ),
    },
    Conflict {
        id: "social-worker-register-date",
        subject: Text3::new(
            "When the register of social workers was set up",
            "Когда был создан реестр социальных работников",
            "Әлеуметтік қызметкерлер тізілімі қашан құрылды",
        ),
        figures: &["social-worker-register-created", "specialist-register-since"],
        note: Text3::new(
            "Paragraph 8\u{a0}(j) lists the register among the steps of 2024; paragraph 9\u{a0}(e) says it has been in place since 2025. The same two paragraphs also differ on training: “over 10,500 specialists” in 2024 against “10,500 social workers” since 2024.",
            "Пункт 8\u{a0}(j) относит реестр к мерам 2024 года; пункт 9\u{a0}(e) говорит, что он действует с 2025 года. Те же пункты расходятся и по обучению: «более 10\u{a0}500 специалистов» в 2024 году против «10\u{a0}500 социальных работников» с 2024 года.",
            "8\u{a0}(j) тармақ тізілімді 2024 жылғы шараларға жатқызады; 9\u{a0}(e) тармақ оның 2025 жылдан бері жұмыс істейтінін айтады. Осы екі тармақ оқыту бойынша да сәйкес келмейді: 2024 жылы «10\u{a0}500\u{2011}ден астам маман» және 2024 жылдан бері «10\u{a0}500 әлеуметтік қызметкер».",
        ),
    },
];

static BREAKDOWNS: &[Breakdown] = &[
    Breakdown {
        id: "crisis-centre-aid-2024",
        subject: Text3::new(
            "People aided by crisis centres in 2024: women and minors",
            "Получившие помощь кризисных центров в 2024 году: женщины и несовершеннолетние",
            "2024 жылы дағдарыс орталықтарынан көмек алғандар: әйелдер мен кәмелетке толмағандар",
        ),
        total: "crisis-centre-aid-2024",
        parts: &["crisis-centre-aid-women-2024", "crisis-centre-aid-minors-2024"],
        note: Text3::new(
            "4,656 people, given as 1,445 women and 3,200 minors, which add up to 4,645: the source does not say who the other 11 are.",
            "4\u{a0}656 человек, из них указаны 1\u{a0}445 женщин и 3\u{a0}200 несовершеннолетних, что в сумме даёт 4\u{a0}645: кто остальные 11 человек, источник не говорит.",
            "4\u{a0}656 адам, оның ішінде 1\u{a0}445 әйел және 3\u{a0}200 кәмелетке толмаған көрсетілген, қосындысы 4\u{a0}645: қалған 11 адамның кім екенін дереккөз айтпайды.",
        ),
    },
    Breakdown {
        id: "crisis-centre-aid-h1-2025",
        subject: Text3::new(
            "People aided by crisis centres in the first half of 2025: women",
            "Получившие помощь кризисных центров в первом полугодии 2025 года: женщины",
            "2025 жылдың бірінші жартыжылдығында дағдарыс орталықтарынан көмек алғандар: әйелдер",
        ),
        total: "crisis-centre-aid-h1-2025",
        parts: &["crisis-centre-aid-women-h1-2025"],
        note: Text3::new(
            "Only the women are given (“including 587 women”); the source does not break down the rest.",
            "Указаны только женщины («в том числе 587 женщин»); остальных источник не детализирует.",
            "Тек әйелдер көрсетілген («оның ішінде 587 әйел»); қалғандарын дереккөз бөліп көрсетпейді.",
        ),
    },
    Breakdown {
        id: "women-researchers-by-degree",
        subject: Text3::new(
            "Women researchers by academic degree",
            "Женщины-исследователи по учёным степеням",
            "Әйел зерттеушілер ғылыми дәрежесі бойынша",
        ),
        total: "women-researchers",
        parts: &[
            "women-researchers-doctors-of-science",
            "women-researchers-doctoral-candidates",
            "women-researchers-phds",
            "women-researchers-postdocs",
        ],
        note: Text3::new(
            "The four groups are introduced with “including”; the source does not break down the remainder.",
            "Четыре группы перечислены через «в том числе»; остаток источник не детализирует.",
            "Төрт топ «оның ішінде» деп берілген; қалғандарын дереккөз бөліп көрсетпейді.",
        ),
    },
    Breakdown {
        id: "women-researchers-by-field",
        subject: Text3::new(
            "Women researchers by field of science",
            "Женщины-исследователи по областям науки",
            "Әйел зерттеушілер ғылым салалары бойынша",
        ),
        total: "women-researchers",
        parts: &[
            "women-researchers-natural-sciences",
            "women-researchers-engineering",
            "women-researchers-medicine",
            "women-researchers-agriculture",
            "women-researchers-social-sciences",
            "women-researchers-humanities",
        ],
        note: Text3::new(
            "The six fields are presented as complete but fall short of the total. Medicine and agriculture are both given as exactly 1,207.",
            "Шесть областей поданы как полный перечень, но не дают в сумме итога. Для медицины и сельского хозяйства приведено одно и то же число — 1\u{a0}207.",
            "Алты сала толық тізім ретінде берілген, бірақ жиынтыққа жетпейді. Медицина мен ауыл шаруашылығы үшін бірдей 1\u{a0}207 саны берілген.",
        ),
    },
    Breakdown {
        id: "nchr-staff-by-office",
        subject: Text3::new(
            "National Centre for Human Rights staff by office",
            "Персонал Национального центра по правам человека по подразделениям",
            "Адам құқықтары жөніндегі ұлттық орталық қызметкерлері бөлімшелер бойынша",
        ),
        total: "nchr-staff",
        parts: &["nchr-staff-central", "nchr-staff-regional"],
        note: Text3::new(
            "Central office and representative offices add up to the total.",
            "Центральный аппарат и представительства в сумме дают итог.",
            "Орталық аппарат пен өкілдіктердің қосындысы жиынтыққа тең.",
        ),
    },
    Breakdown {
        id: "nchr-staff-by-sex",
        subject: Text3::new(
            "National Centre for Human Rights staff by sex",
            "Персонал Национального центра по правам человека по полу",
            "Адам құқықтары жөніндегі ұлттық орталық қызметкерлері жынысы бойынша",
        ),
        total: "nchr-staff",
        parts: &["nchr-staff-men", "nchr-staff-women"],
        note: Text3::new(
            "Men and women add up to the total, and 46.7 + 53.3 = 100 per cent.",
            "Мужчины и женщины в сумме дают итог, и 46,7 + 53,3 = 100 процентов.",
            "Ер адамдар мен әйелдердің қосындысы жиынтыққа тең, әрі 46,7 + 53,3 = 100 пайыз.",
        ),
    },
    Breakdown {
        id: "nchr-men-by-office",
        subject: Text3::new(
            "Men on the NCHR staff by office",
            "Мужчины в персонале НЦПЧ по подразделениям",
            "Адам құқықтары жөніндегі ұлттық орталық қызметкерлері арасындағы ер адамдар бөлімшелер бойынша",
        ),
        total: "nchr-staff-men",
        parts: &["nchr-staff-men-central", "nchr-staff-men-regional"],
        note: Text3::new(
            "The parts add up to the total.",
            "Части в сумме дают итог.",
            "Бөліктердің қосындысы жиынтыққа тең.",
        ),
    },
    Breakdown {
        id: "nchr-women-by-office",
        subject: Text3::new(
            "Women on the NCHR staff by office",
            "Женщины в персонале НЦПЧ по подразделениям",
            "Адам құқықтары жөніндегі ұлттық орталық қызметкерлері арасындағы әйелдер бөлімшелер бойынша",
        ),
        total: "nchr-staff-women",
        parts: &["nchr-staff-women-central", "nchr-staff-women-regional"],
        note: Text3::new(
            "The parts add up to the total.",
            "Части в сумме дают итог.",
            "Бөліктердің қосындысы жиынтыққа тең.",
        ),
    },
    Breakdown {
        id: "nchr-central-by-sex",
        subject: Text3::new(
            "NCHR central office staff by sex",
            "Персонал центрального аппарата НЦПЧ по полу",
            "Адам құқықтары жөніндегі ұлттық орталықтың орталық аппаратының қызметкерлері жынысы бойынша",
        ),
        total: "nchr-staff-central",
        parts: &["nchr-staff-men-central", "nchr-staff-women-central"],
        note: Text3::new(
            "The parts add up to the total.",
            "Части в сумме дают итог.",
            "Бөліктердің қосындысы жиынтыққа тең.",
        ),
    },
    Breakdown {
        id: "nchr-regional-by-sex",
        subject: Text3::new(
            "NCHR representative offices staff by sex",
            "Персонал представительств НЦПЧ по полу",
            "Адам құқықтары жөніндегі ұлттық орталықтың өкілдіктерінің қызметкерлері жынысы бойынша",
        ),
        total: "nchr-staff-regional",
        parts: &["nchr-staff-men-regional", "nchr-staff-women-regional"],
        note: Text3::new(
            "The parts add up to the total.",
            "Части в сумме дают итог.",
            "Бөліктердің қосындысы жиынтыққа тең.",
        ),
    },
    Breakdown {
        id: "peacekeepers-by-type",
        subject: Text3::new(
            "UN peacekeepers deployed by Kazakhstan, September 2023, by type",
            "Миротворцы ООН от Казахстана, сентябрь 2023 г., по категориям",
            "Қазақстан жіберген БҰҰ бітімгерлері, 2023 жылғы қыркүйек, санаттар бойынша",
        ),
        total: "peacekeepers-total-2023",
        parts: &[
            "peacekeepers-experts-2023",
            "peacekeepers-staff-officers-2023",
            "peacekeepers-troops-2023",
        ],
        note: Text3::new(
            "Experts on Mission, Staff Officers and Troops add up to the 19 deployed.",
            "Эксперты в миссиях, штабные офицеры и военнослужащие в сумме дают 19 направленных.",
            "Миссиядағы сарапшылар, штаб офицерлері және әскери контингент қосындысы жіберілген 19 адамға тең.",
        ),
    },
    Breakdown {
        id: "peacekeepers-by-sex",
        subject: Text3::new(
            "UN peacekeepers deployed by Kazakhstan, September 2023, by sex",
            "Миротворцы ООН от Казахстана, сентябрь 2023 г., по полу",
            "Қазақстан жіберген БҰҰ бітімгерлері, 2023 жылғы қыркүйек, жынысы бойынша",
        ),
        total: "peacekeepers-total-2023",
        parts: &["peacekeepers-men-2023"],
        note: Text3::new(
            "All 19 were men, so nothing is left over: no women were deployed, against a goal of 10 per cent.",
            "Все 19 — мужчины, остатка нет: женщины не направлялись, тогда как цель — 10 процентов.",
            "19 адамның бәрі ер адам, қалдық жоқ: әйелдер жіберілмеген, ал мақсат — 10 пайыз.",
        ),
    },
    Breakdown {
        id: "family-support-centres-by-area",
        subject: Text3::new(
            "Family support centres as at 1 July: cities and rural areas",
            "Центры поддержки семьи на 1 июля: города и сельская местность",
            "1 шілдедегі отбасын қолдау орталықтары: қалалар мен ауылдық жерлер",
        ),
        total: "family-support-centres-july",
        parts: &["family-support-centres-july-urban", "family-support-centres-july-rural"],
        note: Text3::new(
            "Cities and rural areas add up to the 136 centres.",
            "Города и сельская местность в сумме дают 136 центров.",
            "Қалалар мен ауылдық жерлердің қосындысы 136 орталыққа тең.",
        ),
    },
];

/// A breakdown's parts and what they leave of the total.
#[derive(serde::Serialize, Clone, Debug, PartialEq)]
pub struct Remainder {
    pub breakdown: &'static str,
    pub total: f64,
    pub sum_of_parts: f64,
    /// total − sum of parts: positive is "not specified in the source", negative means the
    /// parts exceed the stated total.
    pub not_specified: f64,
}

impl Breakdown {
    /// The remainder, for any breakdown (the Sources view, the dump).
    pub fn remainder(&self) -> Remainder {
        self.remainder_with(|id| figure(id).unwrap_or_else(|| panic!("no figure with id {id}")))
    }

    /// The remainder of a breakdown a widget draws: looks only at charted figures.
    pub(crate) fn charted_remainder(&self) -> Remainder {
        self.remainder_with(expect)
    }

    fn remainder_with(&self, find: impl Fn(&str) -> &'static Figure) -> Remainder {
        let value = |id: &str| find(id).value.number().unwrap_or(0.0);
        let total = value(self.total);
        let sum_of_parts: f64 = self.parts.iter().map(|p| value(p)).sum();
        Remainder {
            breakdown: self.id,
            total,
            sum_of_parts,
            not_specified: total - sum_of_parts,
        }
    }
}

/// The whole dataset as the JSON `tendik-dump` prints; the format is documented in
/// `docs/dataset.md`.
#[cfg(feature = "json")]
pub fn dump_json() -> serde_json::Value {
    use crate::model::Seed;
    use serde_json::{json, Value};

    let seeds: Vec<Value> = Seed::ALL
        .iter()
        .map(|s| json!({ "id": s, "file": s.file_name(), "title": s.title() }))
        .collect();
    let figures: Vec<Value> = figures()
        .map(|f| {
            let mut v = json!(f);
            v["description"] = json!(description(f.id));
            v
        })
        .collect();
    let breakdowns: Vec<Value> = BREAKDOWNS
        .iter()
        .map(|b| {
            let mut v = json!(b);
            v["remainder"] = json!(b.remainder());
            v
        })
        .collect();
    json!({
        "schema_version": SCHEMA_VERSION,
        "seeds": seeds,
        "figures": figures,
        "conflicts": CONFLICTS,
        "breakdowns": breakdowns,
    })
}
