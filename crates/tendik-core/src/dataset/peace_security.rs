use crate::model::*;

use super::TARGETS_2030;

const SEPT_2023: Period = Period::new("2023-09", "2023-09", "At September 2023");
const NAP_PERIOD: Period = Period::new("2022", "2025", "the period 2022-25");
const NAP_PERIOD_QUOTE: &str =
    "Kazakhstan's first WPS National Action Plan was published in 2021 to cover the period 2022-25.";
const NAP_ACTIVITIES_QUOTE: &str = "In the second national plan, beginning in 2025, the objectives have been expanded from 16 to 34 activities.";
pub(super) const ANNIVERSARIES_QUOTE: &str = "the 30th anniversary of the Beijing Declaration and the 25th anniversary of UN Security Council Resolution 1325";

/// Figures a widget draws or cites: the embed bundle carries these.
pub(super) static CHARTED: &[Figure] = &[
    Figure {
        id: "peacekeepers-total-2023",
        topic: Topic::PeaceSecurity,
        value: Value::Number(19.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: SEPT_2023,
        label: Text3::new(
            "UN peacekeepers deployed by Kazakhstan",
            "Миротворцы ООН от Казахстана",
            "Қазақстан жіберген БҰҰ бітімгерлері",
        ),
        seed: Seed::NapSummary,
        location: "section “UN peacekeeping statistics”",
        quote: "At September 2023 Kazakhstan was deploying 19 personnel to UN peacekeeping missions.",
    },
    Figure {
        id: "peacekeepers-men-2023",
        topic: Topic::PeaceSecurity,
        value: Value::Number(19.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: SEPT_2023,
        label: Text3::new(
            "Men among UN peacekeepers deployed",
            "Мужчины среди направленных миротворцев",
            "Жіберілген бітімгерлер арасындағы ер адамдар",
        ),
        seed: Seed::NapSummary,
        location: "section “UN peacekeeping statistics”",
        quote: "At September 2023 Kazakhstan was deploying 19 personnel to UN peacekeeping missions.  All of these were male",
    },
    Figure {
        id: "peacekeepers-experts-2023",
        topic: Topic::PeaceSecurity,
        value: Value::Number(6.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: SEPT_2023,
        label: Text3::new("Experts on Mission", "Эксперты в миссиях", "Миссиядағы сарапшылар"),
        seed: Seed::NapSummary,
        location: "section “UN peacekeeping statistics”",
        quote: "6 Experts on Mission",
    },
    Figure {
        id: "peacekeepers-staff-officers-2023",
        topic: Topic::PeaceSecurity,
        value: Value::Number(5.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: SEPT_2023,
        label: Text3::new("Staff Officers", "Штабные офицеры", "Штаб офицерлері"),
        seed: Seed::NapSummary,
        location: "section “UN peacekeeping statistics”",
        quote: "5 Staff Officers",
    },
    Figure {
        id: "peacekeepers-troops-2023",
        topic: Topic::PeaceSecurity,
        value: Value::Number(8.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: SEPT_2023,
        label: Text3::new("Troops", "Военнослужащие контингента", "Әскери контингент"),
        seed: Seed::NapSummary,
        location: "section “UN peacekeeping statistics”",
        quote: "8 Troops",
    },
    Figure {
        id: "target-peacekeeping-women",
        topic: Topic::PeaceSecurity,
        value: Value::Number(10.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Percent,
        period: TARGETS_2030,
        label: Text3::new(
            "Goal: women in peacekeeping",
            "Цель: доля женщин в миротворчестве",
            "Мақсат: бітімгершіліктегі әйелдер үлесі",
        ),
        seed: Seed::CedawReplies,
        location: "para. 15 (h)",
        quote: "10 per cent participation by women in peacekeeping",
    },
    Figure {
        id: "nap-published",
        topic: Topic::PeaceSecurity,
        value: Value::Date(Date::ymd(2021, 0, 0)),
        qualifier: Qualifier::Exact,
        unit: Unit::Date,
        period: Period::new("2021", "2021", "published in 2021"),
        label: Text3::new(
            "First WPS National Action Plan published",
            "Опубликован первый Национальный план действий по повестке ЖМБ",
            "«Әйелдер, бейбітшілік және қауіпсіздік» күн тәртібі бойынша алғашқы ұлттық іс-қимыл жоспары жарияланды",
        ),
        seed: Seed::NapSummary,
        location: "opening paragraph",
        quote: NAP_PERIOD_QUOTE,
    },
    Figure {
        id: "nap-start",
        topic: Topic::PeaceSecurity,
        value: Value::Date(Date::ymd(2022, 0, 0)),
        qualifier: Qualifier::Exact,
        unit: Unit::Date,
        period: NAP_PERIOD,
        label: Text3::new(
            "First WPS National Action Plan: start",
            "Первый НПД по повестке ЖМБ: начало",
            "«Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі алғашқы ұлттық іс-қимыл жоспары: басталуы",
        ),
        seed: Seed::NapSummary,
        location: "opening paragraph",
        quote: NAP_PERIOD_QUOTE,
    },
    Figure {
        id: "nap-end",
        topic: Topic::PeaceSecurity,
        value: Value::Date(Date::ymd(2025, 0, 0)),
        qualifier: Qualifier::Exact,
        unit: Unit::Date,
        period: NAP_PERIOD,
        label: Text3::new(
            "First WPS National Action Plan: end",
            "Первый НПД по повестке ЖМБ: окончание",
            "«Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі алғашқы ұлттық іс-қимыл жоспары: аяқталуы",
        ),
        seed: Seed::NapSummary,
        location: "opening paragraph",
        quote: NAP_PERIOD_QUOTE,
    },
    Figure {
        id: "nap-objectives",
        topic: Topic::PeaceSecurity,
        value: Value::Number(3.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: NAP_PERIOD,
        label: Text3::new(
            "Main objectives of the first WPS plan",
            "Основные цели первого НПД по повестке ЖМБ",
            "«Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі алғашқы жоспардың негізгі мақсаттары",
        ),
        seed: Seed::NapSummary,
        location: "section “Objectives of the 2022-2025 NAP”",
        quote: "Kazakhstan’s NAP has 3 main objectives that are supported by numerous actionable targets.",
    },
    Figure {
        id: "nap-updated",
        topic: Topic::PeaceSecurity,
        value: Value::Date(Date::ymd(2024, 0, 0)),
        qualifier: Qualifier::Exact,
        unit: Unit::Date,
        period: Period::new("2024", "2024", "In 2024"),
        label: Text3::new(
            "National WPS plan updated (Government Decision No. 935)",
            "Обновлён Национальный план действий по ЖМБ (постановление Правительства № 935)",
            "«Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі ұлттық жоспар жаңартылды (Үкіметтің № 935 қаулысы)",
        ),
        seed: Seed::CedawReplies,
        location: "para. 4 (g)",
        quote: "In 2024, Kazakhstan updated the national plan for the implementation of relevant Security Council resolutions (Government Decision No. 935)",
    },
    Figure {
        id: "nap-second-start",
        topic: Topic::PeaceSecurity,
        value: Value::Date(Date::ymd(2025, 0, 0)),
        qualifier: Qualifier::Exact,
        unit: Unit::Date,
        period: Period::new("2025", "", "beginning in 2025"),
        label: Text3::new(
            "Second national WPS plan begins",
            "Начало второго национального плана по ЖМБ",
            "«Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі екінші ұлттық жоспардың басталуы",
        ),
        seed: Seed::CedawReplies,
        location: "para. 4 (g)",
        quote: NAP_ACTIVITIES_QUOTE,
    },
    Figure {
        id: "nap-activities-first",
        topic: Topic::PeaceSecurity,
        value: Value::Number(16.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: Period::new("", "", "expanded from 16"),
        label: Text3::new(
            "Activities in the first national WPS plan",
            "Мероприятия первого национального плана по ЖМБ",
            "«Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі бірінші ұлттық жоспардың іс-шаралары",
        ),
        seed: Seed::CedawReplies,
        location: "para. 4 (g)",
        quote: NAP_ACTIVITIES_QUOTE,
    },
    Figure {
        id: "nap-activities-second",
        topic: Topic::PeaceSecurity,
        value: Value::Number(34.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: Period::new("2025", "", "beginning in 2025"),
        label: Text3::new(
            "Activities in the second national WPS plan",
            "Мероприятия второго национального плана по ЖМБ",
            "«Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі екінші ұлттық жоспардың іс-шаралары",
        ),
        seed: Seed::CedawReplies,
        location: "para. 4 (g)",
        quote: NAP_ACTIVITIES_QUOTE,
    },
];

/// Figures only the Sources view lists.
pub(super) static LISTED: &[Figure] = &[
    Figure {
        id: "nap-pages",
        topic: Topic::PeaceSecurity,
        value: Value::Number(6.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: NAP_PERIOD,
        label: Text3::new(
            "Length of the first WPS plan, in pages",
            "Объём первого НПД по повестке ЖМБ, страниц",
            "«Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі алғашқы жоспардың көлемі, бет",
        ),
        seed: Seed::NapSummary,
        location: "section “Objectives of the 2022-2025 NAP”",
        quote: "Although the document is short at only 6 pages",
    },
    Figure {
        id: "unscr-1325-anniversary",
        topic: Topic::PeaceSecurity,
        value: Value::Number(25.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Years,
        period: Period::new("", "", "This year"),
        label: Text3::new(
            "Anniversary of Security Council resolution 1325",
            "Годовщина резолюции 1325 Совета Безопасности ООН",
            "БҰҰ Қауіпсіздік Кеңесінің 1325 қарарының жылдығы",
        ),
        seed: Seed::CivilServiceNews,
        location: "body, paragraph “This year will bear witness…”",
        quote: ANNIVERSARIES_QUOTE,
    },
    Figure {
        id: "act-for-equality-partners",
        topic: Topic::PeaceSecurity,
        value: Value::Number(1_000.0),
        qualifier: Qualifier::About,
        unit: Unit::Count,
        period: Period::new("2021", "", "Since 2021"),
        label: Text3::new(
            "Partners in the Act for Equality regional community",
            "Партнёры региональной онлайн-платформы Act for Equality",
            "Act for Equality өңірлік онлайн-қауымдастығының серіктестері",
        ),
        seed: Seed::CedawReplies,
        location: "para. 8 (m)",
        quote: "Since 2021, the platform has brought together around 1,000 partners from Central Asia to share experiences on gender equality, women’s rights, peace and security",
    },
];

/// What each figure is, shown in the Sources view. Apart from the figures so that the
/// embed bundle, which never shows them, does not carry them.
pub(super) static DESCRIPTIONS: &[(&str, Text3)] = &[
    (
        "peacekeepers-total-2023",
        Text3::new(
            "Personnel Kazakhstan was deploying to UN peacekeeping missions.",
            "Персонал, направленный Казахстаном в миротворческие миссии ООН.",
            "Қазақстан БҰҰ бітімгершілік миссияларына жіберген персонал.",
        ),
    ),
    (
        "peacekeepers-men-2023",
        Text3::new(
            "All 19 personnel were men, so the number of women deployed is 19 − 19 = 0.",
            "Все 19 человек — мужчины, значит женщин направлено 19 − 19 = 0.",
            "19 адамның бәрі ер адам, демек жіберілген әйелдер саны 19 − 19 = 0.",
        ),
    ),
    (
        "peacekeepers-experts-2023",
        Text3::new(
            "Peacekeepers deployed as Experts on Mission (all men).",
            "Миротворцы в качестве экспертов в миссиях (все мужчины).",
            "Миссиядағы сарапшы ретінде жіберілген бітімгерлер (бәрі ер адам).",
        ),
    ),
    (
        "peacekeepers-staff-officers-2023",
        Text3::new(
            "Peacekeepers deployed as Staff Officers (all men).",
            "Миротворцы в качестве штабных офицеров (все мужчины).",
            "Штаб офицері ретінде жіберілген бітімгерлер (бәрі ер адам).",
        ),
    ),
    (
        "peacekeepers-troops-2023",
        Text3::new(
            "Peacekeepers deployed as troops (all men).",
            "Миротворцы в составе воинского контингента (все мужчины).",
            "Әскери контингент құрамында жіберілген бітімгерлер (бәрі ер адам).",
        ),
    ),
    (
        "target-peacekeeping-women",
        Text3::new(
            "Target share of women taking part in peacekeeping.",
            "Целевая доля участия женщин в миротворческой деятельности.",
            "Бітімгершілікке әйелдердің қатысуының мақсатты үлесі.",
        ),
    ),
    (
        "nap-published",
        Text3::new(
            "Year Kazakhstan's first National Action Plan on Women, Peace and Security was published. Later the summary calls the plan “relatively new (2022)”, the year its period starts.",
            "Год публикации первого Национального плана действий Казахстана по повестке «Женщины, мир и безопасность». Далее в обзоре план назван «относительно новым (2022)» — по году начала его действия.",
            "Қазақстанның «Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі алғашқы Ұлттық іс-қимыл жоспары жарияланған жыл. Шолуда кейін жоспар «салыстырмалы түрде жаңа (2022)» деп аталады — бұл оның басталу жылы.",
        ),
    ),
    (
        "nap-start",
        Text3::new(
            "First year covered by Kazakhstan's first WPS National Action Plan (2022–\u{2060}25).",
            "Первый год, охватываемый первым НПД Казахстана по повестке ЖМБ (2022–\u{2060}2025).",
            "Қазақстанның «Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі алғашқы ұлттық іс-қимыл жоспары қамтитын бірінші жыл (2022–\u{2060}2025).",
        ),
    ),
    (
        "nap-end",
        Text3::new(
            "Last year covered by the first WPS National Action Plan, written “2022-25” in the source. The CEDAW replies say a second plan begins in 2025, the same year.",
            "Последний год действия первого НПД по повестке ЖМБ, в источнике — «2022-25». Согласно ответам КЛДЖ, второй план начинается в том же 2025 году.",
            "«Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі алғашқы ұлттық іс-қимыл жоспары қамтитын соңғы жыл, дереккөзде «2022-25» деп жазылған. CEDAW жауаптары бойынша екінші жоспар дәл сол 2025 жылы басталады.",
        ),
    ),
    (
        "nap-objectives",
        Text3::new(
            "Headline objectives of the 2022–\u{2060}2025 plan: women's and men's participation in conflict prevention and peacebuilding; preventing violence against women and girls and protecting them; gender analysis and inclusion in policy making, leadership and budgeting.",
            "Основные цели плана на 2022–\u{2060}2025 годы: участие женщин и мужчин в предотвращении конфликтов и миростроительстве; предотвращение насилия в отношении женщин и девочек и их защита; гендерный анализ и инклюзивность в политике, развитии лидерства и бюджетировании.",
            "2022–\u{2060}2025 жылдарға арналған жоспардың негізгі мақсаттары: әйелдер мен ерлердің қақтығыстардың алдын алуға және бейбітшілік орнатуға қатысуы; әйелдер мен қыздарға қатысты зорлық-зомбылықтың алдын алу және оларды қорғау; саясатты, көшбасшылықты дамыту мен бюджетті жоспарлауда гендерлік талдау мен инклюзивтілік.",
        ),
    ),
    (
        "nap-pages",
        Text3::new(
            "Pages in the first National Action Plan; the summary says its brevity leaves gaps on how the initiatives will be implemented.",
            "Число страниц первого Национального плана действий; по оценке обзора, из-за краткости в нём есть пробелы в том, как будут реализованы инициативы.",
            "Алғашқы Ұлттық іс-қимыл жоспарының беттер саны; шолуға сәйкес, қысқалығына байланысты бастамалардың қалай жүзеге асырылатыны толық көрсетілмеген.",
        ),
    ),
    (
        "nap-updated",
        Text3::new(
            "Year the national plan for implementing the Security Council resolutions on women, peace and security was updated by Government Decision No. 935.",
            "Год, когда постановлением Правительства № 935 был обновлён национальный план по выполнению резолюций Совета Безопасности о женщинах, мире и безопасности.",
            "Үкіметтің № 935 қаулысымен Қауіпсіздік Кеңесінің әйелдер, бейбітшілік және қауіпсіздік жөніндегі қарарларын орындау жөніндегі ұлттық жоспар жаңартылған жыл.",
        ),
    ),
    (
        "nap-second-start",
        Text3::new(
            "Year the second national plan on women, peace and security begins.",
            "Год начала второго национального плана по повестке «Женщины, мир и безопасность».",
            "«Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі екінші ұлттық жоспар басталатын жыл.",
        ),
    ),
    (
        "nap-activities-first",
        Text3::new(
            "Activities in the first national plan on women, peace and security. The source writes that “the objectives have been expanded from 16 to 34 activities”, mixing objectives and activities; the first plan has 3 main objectives.",
            "Мероприятия первого национального плана по повестке ЖМБ. В источнике сказано, что «цели расширены с 16 до 34 мероприятий», то есть цели и мероприятия смешаны; основных целей у первого плана три.",
            "«Әйелдер, бейбітшілік және қауіпсіздік» жөніндегі бірінші ұлттық жоспардың іс-шаралары. Дереккөзде «мақсаттар 16\u{2011}дан 34 іс-шараға дейін кеңейтілді» делінген, яғни мақсаттар мен іс-шаралар араласып кеткен; бірінші жоспардың негізгі мақсаттары үшеу.",
        ),
    ),
    (
        "nap-activities-second",
        Text3::new(
            "Activities in the second national plan, beginning in 2025, up from 16; new measures include a women's negotiating group, training for journalists and civil servants and cooperation within Central Asia.",
            "Мероприятия второго национального плана, начинающегося в 2025 году, — рост с 16; среди новых мер — женская переговорная группа, обучение журналистов и госслужащих, сотрудничество в Центральной Азии.",
            "2025 жылы басталатын екінші ұлттық жоспардың іс-шаралары — 16\u{2011}дан өскен; жаңа шаралар қатарында әйелдердің келіссөз тобы, журналистер мен мемлекеттік қызметшілерді оқыту және Орталық Азиядағы ынтымақтастық бар.",
        ),
    ),
    (
        "unscr-1325-anniversary",
        Text3::new(
            "The article marks the 25th anniversary of UN Security Council resolution 1325 “Women. Peace. Security” (adopted in 2000), which dates the article to 2025.",
            "Статья отмечает 25\u{2011}летие резолюции 1325 Совета Безопасности ООН «Женщины. Мир. Безопасность» (принята в 2000 году), что датирует статью 2025 годом.",
            "Мақала БҰҰ Қауіпсіздік Кеңесінің «Әйелдер. Бейбітшілік. Қауіпсіздік» 1325 қарарының (2000 жылы қабылданған) 25 жылдығын атап өтеді, бұл мақаланы 2025 жылға жатқызады.",
        ),
    ),
    (
        "act-for-equality-partners",
        Text3::new(
            "Partners from Central Asia brought together since 2021 by the Act for Equality online community (supported by UN-Women) on gender equality, women's rights, peace and security.",
            "Партнёры из Центральной Азии, объединённые с 2021 года онлайн-сообществом Act for Equality (при поддержке «ООН-женщины») по вопросам гендерного равенства, прав женщин, мира и безопасности.",
            "2021 жылдан бері Act for Equality онлайн-қауымдастығы («БҰҰ-Әйелдер» қолдауымен) гендерлік теңдік, әйелдер құқықтары, бейбітшілік және қауіпсіздік мәселелері бойынша біріктірген Орталық Азиядағы серіктестер.",
        ),
    ),
];
