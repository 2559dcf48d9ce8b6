//! Every interface string in all three languages, in one place. A `Text3` cannot be built
//! without all three, and `tests/i18n.rs` checks none is empty or left in English.
//! Templates name their slots `{like_this}`; [`fill`] substitutes them.

use crate::model::{Lang, Text3};

/// Replaces `{key}` slots in `template`. A slot with no value is left visible, so a
/// missing substitution shows up in tests instead of silently vanishing.
///
/// Kazakh templates write `{key:abl}` or `{key:dat}` where a number takes a case ending:
/// the ending follows the vowel harmony of how the number is read aloud
/// (`115 526-дан`, `75 004-ке`, `18,9 %-ға`), so it is computed, not written.
pub fn fill(template: &str, slots: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in slots {
        out = out.replace(&format!("{{{key}}}"), value);
        for case in [KkCase::Ablative, KkCase::Dative] {
            let slot = format!("{{{key}:{}}}", case.tag());
            if out.contains(&slot) {
                out = out.replace(&slot, &kk_with_case(value, case));
            }
        }
    }
    out
}

/// Kazakh grammatical cases that follow numbers in Tendik's sentences.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KkCase {
    /// "from": -дан/-ден/-тан/-тен/-нан/-нен
    Ablative,
    /// "to": -ға/-ге/-қа/-ке
    Dative,
}

impl KkCase {
    fn tag(self) -> &'static str {
        match self {
            KkCase::Ablative => "abl",
            KkCase::Dative => "dat",
        }
    }
}

/// `number` as written ("115 526", "18,9 %", "2022") with its Kazakh case ending.
pub fn kk_with_case(number: &str, case: KkCase) -> String {
    let trimmed = number.trim_end();
    // The ending attaches to the last word read aloud: "пайыз" after a per cent sign,
    // else the number's last non-zero place (units, tens, hundreds, thousands…).
    let (abl, dat) = if trimmed.ends_with('%') {
        ("дан", "ға")
    } else {
        let digits: String = trimmed
            .rsplit([',', '.'])
            .next()
            .unwrap_or("")
            .chars()
            .filter(char::is_ascii_digit)
            .collect();
        let n: u64 = digits.parse().unwrap_or(0);
        last_word_endings(n)
    };
    let ending = match case {
        KkCase::Ablative => abl,
        KkCase::Dative => dat,
    };
    format!("{trimmed}-{ending}")
}

fn last_word_endings(n: u64) -> (&'static str, &'static str) {
    const UNITS: [(&str, &str); 10] = [
        ("ден", "ге"), // нөл
        ("ден", "ге"), // бір
        ("ден", "ге"), // екі
        ("тен", "ке"), // үш
        ("тен", "ке"), // төрт
        ("тен", "ке"), // бес
        ("дан", "ға"), // алты
        ("ден", "ге"), // жеті
        ("ден", "ге"), // сегіз
        ("дан", "ға"), // тоғыз
    ];
    const TENS: [(&str, &str); 10] = [
        ("ден", "ге"),
        ("нан", "ға"), // он
        ("дан", "ға"), // жиырма
        ("дан", "ға"), // отыз
        ("тан", "қа"), // қырық
        ("ден", "ге"), // елу
        ("тан", "қа"), // алпыс
        ("тен", "ке"), // жетпіс
        ("нен", "ге"), // сексен
        ("нан", "ға"), // тоқсан
    ];
    if n == 0 {
        UNITS[0]
    } else if n % 10 != 0 {
        UNITS[(n % 10) as usize]
    } else if n % 100 != 0 {
        TENS[((n / 10) % 10) as usize]
    } else if n % 1_000 != 0 {
        ("ден", "ге") // жүз
    } else if n % 1_000_000_000 != 0 {
        ("нан", "ға") // мың, миллион
    } else {
        ("тан", "қа") // миллиард
    }
}

pub fn t(text: Text3, lang: Lang) -> &'static str {
    text.get(lang)
}

pub const Q_MORE_THAN: Text3 = Text3::new("more than {n}", "более {n}", "{n:abl} астам");
pub const Q_ABOUT: Text3 = Text3::new("about {n}", "около {n}", "шамамен {n}");
pub const Q_AT_LEAST: Text3 = Text3::new("at least {n}", "не менее {n}", "кемінде {n}");
pub const Q_AT_MOST: Text3 = Text3::new("up to {n}", "до {n}", "{n:dat} дейін");
pub const UNIT_TENGE: Text3 = Text3::new("{n} tenge", "{n} тенге", "{n} теңге");
pub const UNIT_USD: Text3 = Text3::new("US${n}", "{n} долл. США", "{n} АҚШ доллары");
pub const UNIT_YEARS: Text3 = Text3::new("{n} years", "{n} лет", "{n} жыл");
pub const UNIT_MNU: Text3 = Text3::new("{n} monthly notional units", "{n} МРП", "{n} АЕК");
pub const SOURCES_TITLE: Text3 = Text3::new(
    "Every figure and where it comes from",
    "Все цифры и их источники",
    "Барлық сандар және олардың дереккөздері",
);
pub const SOURCES_INTRO: Text3 = Text3::new(
    "Each figure is quoted from its document exactly as written there; a test checks every quote against the file.",
    "Каждая цифра приведена дословно по документу; тест сверяет каждую цитату с файлом.",
    "Әр сан құжаттан сол жазылғандай дәйексөзбен келтірілген; әр дәйексөзді тест файлмен салыстырады.",
);
pub const SOURCES_FOR_WIDGET: Text3 = Text3::new(
    "Showing the figures behind:",
    "Показаны цифры для диаграммы:",
    "Мына диаграмманың сандары көрсетілген:",
);
pub const SOURCES_SHOW_ALL: Text3 = Text3::new(
    "Show all figures",
    "Показать все цифры",
    "Барлық сандарды көрсету",
);
pub const SOURCES_COUNT: Text3 = Text3::new(
    "{shown} of {total} figures",
    "{shown} из {total} цифр",
    "{total} санның {shown}",
);
pub const SEARCH: Text3 = Text3::new("Search the figures", "Поиск по цифрам", "Сандардан іздеу");
pub const CONFLICTS_TITLE: Text3 = Text3::new(
    "Where the sources disagree",
    "Где источники расходятся",
    "Дереккөздер сәйкес келмейтін жерлер",
);
pub const REMAINDERS_TITLE: Text3 = Text3::new(
    "Totals and their parts",
    "Итоги и их составляющие",
    "Жиынтықтар және олардың бөліктері",
);
pub const REMAINDER_LINE: Text3 = Text3::new(
    "total {total}; the parts add up to {parts}; not specified in the source: {rest}",
    "итого {total}; сумма частей {parts}; в источнике не указано: {rest}",
    "барлығы {total}; бөліктердің қосындысы {parts}; дереккөзде көрсетілмеген: {rest}",
);
pub const NAV_DASHBOARD: Text3 = Text3::new("Charts", "Диаграммы", "Диаграммалар");
pub const NAV_SOURCES: Text3 = Text3::new("Sources", "Источники", "Дереккөздер");
pub const FIGURES_BEHIND: Text3 = Text3::new(
    "Figures behind this chart",
    "Цифры этой диаграммы",
    "Осы диаграмманың сандары",
);
pub const PERMALINK: Text3 = Text3::new(
    "Link to this chart",
    "Ссылка на диаграмму",
    "Диаграммаға сілтеме",
);
pub const TOPIC_REPRESENTATION: Text3 =
    Text3::new("Representation", "Представительство", "Өкілдік");
pub const TOPIC_VIOLENCE: Text3 = Text3::new(
    "Violence and protection",
    "Насилие и защита",
    "Зорлық-зомбылық және қорғау",
);
pub const TOPIC_PEACE: Text3 = Text3::new(
    "Peace and security",
    "Мир и безопасность",
    "Бейбітшілік және қауіпсіздік",
);
pub const TOPIC_ECONOMY: Text3 = Text3::new("Economy", "Экономика", "Экономика");
pub const TOPIC_SCIENCE: Text3 = Text3::new("Science", "Наука", "Ғылым");
pub const THEME_LABEL: Text3 = Text3::new("Theme", "Тема оформления", "Безендіру");
pub const THEME_AUTO: Text3 = Text3::new("Auto", "Авто", "Авто");
pub const THEME_LIGHT: Text3 = Text3::new("Light", "Светлая", "Ашық");
pub const THEME_DARK: Text3 = Text3::new("Dark", "Тёмная", "Күңгірт");
pub const FOOTER: Text3 = Text3::new(
    "Tendik runs entirely in your browser: no server, no cookies, no tracking.",
    "Tendik работает целиком в вашем браузере: без сервера, cookie и слежки.",
    "Tendik толығымен браузеріңізде жұмыс істейді: серверсіз, cookie-сіз, бақылаусыз.",
);
pub const EMBED_TITLE: Text3 = Text3::new(
    "Embed this chart",
    "Встроить диаграмму",
    "Диаграмманы ендіру",
);
pub const EMBED_SCRIPT: Text3 = Text3::new(
    "Script embed (custom element)",
    "Встраивание скриптом (пользовательский элемент)",
    "Скриптпен ендіру (пайдаланушы элементі)",
);
pub const EMBED_IFRAME: Text3 = Text3::new(
    "Iframe embed (with optional resizer)",
    "Встраивание через iframe (с необязательным скриптом высоты)",
    "Iframe арқылы ендіру (биіктікті реттейтін қосымша скриптпен)",
);
pub const EMBED_PREVIEW: Text3 = Text3::new(
    "Live preview of the iframe embed:",
    "Предпросмотр встраивания через iframe:",
    "Iframe арқылы ендірудің алдын ала көрінісі:",
);
pub const COPY: Text3 = Text3::new("Copy", "Копировать", "Көшіру");
pub const COPIED: Text3 = Text3::new("Copied", "Скопировано", "Көшірілді");
pub const LOC_SECTION: Text3 = Text3::new("section “{name}”", "раздел «{name}»", "«{name}» бөлімі");
pub const LOC_PARAGRAPH: Text3 = Text3::new(
    "paragraph beginning “{start}”",
    "абзац, начинающийся словами «{start}»",
    "«{start}» деп басталатын абзац",
);
pub const LOC_OPENING_SECTION: Text3 = Text3::new(
    "opening section (before “{name}”)",
    "вступительная часть (до раздела «{name}»)",
    "кіріспе бөлім («{name}» бөліміне дейін)",
);
pub const LOC_OPENING_PARAGRAPH: Text3 =
    Text3::new("opening paragraph", "первый абзац", "бірінші абзац");
pub const SOURCE: Text3 = Text3::new("Source", "Источник", "Дереккөз");
pub const SOURCES: Text3 = Text3::new("Sources", "Источники", "Дереккөздер");
pub const DATA_TABLE: Text3 = Text3::new("Data table", "Таблица данных", "Деректер кестесі");
pub const DATA_VALUES: Text3 = Text3::new(
    "Values in the chart: use the arrow keys to move between them",
    "Значения на диаграмме: переходите между ними клавишами со стрелками",
    "Диаграммадағы мәндер: олардың арасында нұсқы пернелерімен жылжыңыз",
);
pub const SHOW_TABLE: Text3 = Text3::new(
    "Show the data table",
    "Показать таблицу данных",
    "Деректер кестесін көрсету",
);
pub const NOT_SPECIFIED: Text3 = Text3::new(
    "Not specified in the source",
    "В источнике не указано",
    "Дереккөзде көрсетілмеген",
);
pub const NO_FIGURE: Text3 = Text3::new("no figure", "нет данных", "дерек жоқ");
pub const ITEM: Text3 = Text3::new("Item", "Показатель", "Көрсеткіш");
pub const DOWNLOAD: Text3 = Text3::new("Download", "Скачать", "Жүктеп алу");
pub const DOWNLOAD_PNG: Text3 = Text3::new(
    "Download the chart as a PNG image",
    "Скачать диаграмму как изображение PNG",
    "Диаграмманы PNG суреті ретінде жүктеп алу",
);
pub const DOWNLOAD_SVG: Text3 = Text3::new(
    "Download the chart as an SVG vector image",
    "Скачать диаграмму как векторное изображение SVG",
    "Диаграмманы SVG векторлық суреті ретінде жүктеп алу",
);
pub const DOWNLOAD_CSV: Text3 = Text3::new(
    "Download the data as a CSV table",
    "Скачать данные как таблицу CSV",
    "Деректерді CSV кестесі ретінде жүктеп алу",
);
pub const WHERE_IN_SOURCE: Text3 = Text3::new("Where", "Где в документе", "Құжаттағы орны");
pub const YEAR: Text3 = Text3::new("Year", "Год", "Жыл");
pub const VALUE: Text3 = Text3::new("Value", "Значение", "Мәні");
pub const WOMEN: Text3 = Text3::new("Women", "Женщины", "Әйелдер");
pub const MEN: Text3 = Text3::new("Men", "Мужчины", "Ер адамдар");
pub const TOTAL: Text3 = Text3::new("Total", "Всего", "Барлығы");
pub const LOADING: Text3 = Text3::new(
    "Loading chart…",
    "Загрузка диаграммы…",
    "Диаграмма жүктелуде…",
);
pub const APP_TITLE: Text3 = Text3::new(
    "Tendik: gender equality in Kazakhstan, in figures",
    "Теңдік: гендерное равенство в Казахстане в цифрах",
    "Теңдік: Қазақстандағы гендерлік теңдік сандармен",
);
pub const APP_INTRO: Text3 = Text3::new(
    "Every figure below comes from a public document and links to the sentence it was taken from. Where the sources have no figure, the charts show a gap.",
    "Каждая цифра ниже взята из открытого документа со ссылкой на фразу, откуда она взята. Там, где в источниках нет данных, на диаграммах — пробел.",
    "Төмендегі әр сан ашық құжаттан алынған және ол алынған сөйлемге сілтеме береді. Дереккөздерде дерек жоқ жерде диаграммада бос орын көрсетіледі.",
);

pub const ERR_UNKNOWN_WIDGET: Text3 = Text3::new(
    "Tendik: there is no widget called “{name}”. Known widgets: {known}.",
    "Tendik: виджета «{name}» нет. Доступные виджеты: {known}.",
    "Tendik: «{name}» деген виджет жоқ. Бар виджеттер: {known}.",
);
pub const ERR_UNKNOWN_ATTRIBUTE: Text3 = Text3::new(
    "Tendik: the {widget} widget does not understand the attribute “{attribute}”. It understands: {known}.",
    "Tendik: виджет {widget} не понимает атрибут «{attribute}». Допустимые атрибуты: {known}.",
    "Tendik: {widget} виджеті «{attribute}» атрибутын түсінбейді. Түсінетіні: {known}.",
);
pub const ERR_BAD_ATTRIBUTE_VALUE: Text3 = Text3::new(
    "Tendik: the attribute “{attribute}” cannot be “{value}”. Use one of: {known}.",
    "Tendik: атрибут «{attribute}» не может иметь значение «{value}». Допустимо: {known}.",
    "Tendik: «{attribute}» атрибуты «{value}» бола алмайды. Мыналардың бірін қолданыңыз: {known}.",
);
pub const ERR_MISSING_NAME: Text3 = Text3::new(
    "Tendik: this element has no “name” attribute, so no widget was chosen. Known widgets: {known}.",
    "Tendik: у элемента нет атрибута «name», виджет не выбран. Доступные виджеты: {known}.",
    "Tendik: элементте «name» атрибуты жоқ, виджет таңдалмады. Бар виджеттер: {known}.",
);
pub const ERR_DATA_SCRIPT: Text3 = Text3::new(
    "Tendik: data-script=\"{id}\" names no <script type=\"application/json\"> element on this page.",
    "Tendik: data-script=\"{id}\" не указывает ни на один элемент <script type=\"application/json\"> на странице.",
    "Tendik: data-script=\"{id}\" бетте ешбір <script type=\"application/json\"> элементін көрсетпейді.",
);
pub const ERR_DRAWING: Text3 = Text3::new(
    "Tendik: the chart could not be drawn ({detail}). The figures are in the data table below.",
    "Tendik: не удалось нарисовать диаграмму ({detail}). Цифры — в таблице данных ниже.",
    "Tendik: диаграмманы салу мүмкін болмады ({detail}). Сандар төмендегі деректер кестесінде.",
);

// Quota gauge.
pub const QUOTA_TITLE: Text3 = Text3::new(
    "Women in elected bodies, against the {quota} quota",
    "Женщины в выборных органах и квота {quota}",
    "Сайланбалы органдардағы әйелдер және {quota} квота",
);
pub const QUOTA_TAKEAWAY_ALL_BELOW: Text3 = Text3::new(
    "Every body shown is below the {quota} quota: {items}.",
    "Все показанные органы ниже квоты {quota}: {items}.",
    "Көрсетілген органдардың бәрі {quota} квотадан төмен: {items}.",
);
pub const QUOTA_TAKEAWAY_SOME: Text3 = Text3::new(
    "{met} of {count} bodies reach the {quota} quota: {items}.",
    "Квоты {quota} достигают {met} из {count} органов: {items}.",
    "{quota} квотаға жеткен органдар саны — {met} (барлығы {count}): {items}.",
);
pub const QUOTA_ITEM_SHORT: Text3 = Text3::new(
    "{label} {share} ({gap} short)",
    "{label} — {share} (на {gap} меньше)",
    "{label} — {share} ({gap} кем)",
);
pub const QUOTA_ITEM_MET: Text3 = Text3::new(
    "{label} {share} ({gap} above)",
    "{label} — {share} (на {gap} больше)",
    "{label} — {share} ({gap} артық)",
);
pub const QUOTA_SHARED_NOTE: Text3 = Text3::new(
    "The {quota} quota is shared by women, young people and persons with disabilities: it is not reserved for women alone. The Act was signed on {signed} and entered into force on {in_force}.",
    "Квота {quota} общая для женщин, молодёжи и лиц с инвалидностью: она не зарезервирована только для женщин. Закон подписан {signed} и вступил в силу {in_force}",
    "{quota} квота әйелдерге, жастарға және мүгедектігі бар адамдарға ортақ: ол тек әйелдерге арналмаған. Заңға {signed} қол қойылып, {in_force} күшіне енді.",
);
pub const QUOTA_MARK: Text3 = Text3::new("{quota} quota", "квота {quota}", "{quota} квота");
pub const QUOTA_SHARE_COLUMN: Text3 = Text3::new("Women's share", "Доля женщин", "Әйелдер үлесі");
pub const QUOTA_GAP_COLUMN: Text3 = Text3::new(
    "Gap to the quota",
    "Разрыв до квоты",
    "Квотаға дейінгі айырма",
);
pub const MAJILIS: Text3 = Text3::new("Majilis", "Мажилис", "Мәжіліс");
pub const MASLIKHATS: Text3 = Text3::new("Maslikhats", "Маслихаты", "Мәслихаттар");

// Violence trend.
pub const VIOLENCE_TITLE: Text3 = Text3::new(
    "Recorded domestic-violence incidents",
    "Зарегистрированные случаи домашнего насилия",
    "Тіркелген тұрмыстық зорлық-зомбылық оқиғалары",
);
pub const VIOLENCE_TAKEAWAY: Text3 = Text3::new(
    "Recorded incidents went from {first} in {first_year} to {last} in {last_year}.",
    "Число зарегистрированных случаев изменилось с {first} в {first_year} г. до {last} в {last_year} г.",
    "Тіркелген оқиғалар саны {first_year} жылғы {first:abl} {last_year} жылғы {last:dat} өзгерді.",
);
pub const VIOLENCE_FELL: Text3 = Text3::new(
    "Recorded incidents fell from {first} in {first_year} to {last} in {last_year}.",
    "Число зарегистрированных случаев снизилось с {first} в {first_year} г. до {last} в {last_year} г.",
    "Тіркелген оқиғалар саны {first_year} жылғы {first:abl} {last_year} жылғы {last:dat} дейін азайды.",
);
pub const VIOLENCE_GAP_NOTE: Text3 = Text3::new(
    "The sources give no figure for {years}, so the line is broken there.",
    "За {years} г. в источниках нет данных, поэтому линия там прервана.",
    "Дереккөздерде {years} жылға дерек жоқ, сондықтан сызық сол жерде үзілген.",
);
pub const VIOLENCE_GOAL_NOTE: Text3 = Text3::new(
    "Goal: a {reduction} reduction. The source names no baseline year; the dashed line assumes {base_year}, which puts the goal at {goal} or fewer.",
    "Цель — сокращение на {reduction}. Базовый год в источнике не назван; пунктир исходит из {base_year} г., тогда цель — не более {goal}.",
    "Мақсат — {reduction} азайту. Дереккөзде базалық жыл аталмаған; үзік сызық {base_year} жылды негізге алады, сонда мақсат — {goal} немесе одан аз.",
);
pub const VIOLENCE_GOAL_MARK: Text3 = Text3::new(
    "Goal: −{reduction} from {base_year} (assumed baseline)",
    "Цель: −{reduction} от {base_year} г. (условная база)",
    "Мақсат: {base_year} жылдан −{reduction} (шартты база)",
);
pub const VIOLENCE_GOAL_NOTE_STATED: Text3 = Text3::new(
    "Goal: a {reduction} reduction from {base_year}, which puts it at {goal} or fewer.",
    "Цель — сокращение на {reduction} от уровня {base_year} г., то есть не более {goal}.",
    "Мақсат — {base_year} жылғы деңгейден {reduction} азайту, яғни {goal} немесе одан аз.",
);
pub const VIOLENCE_GOAL_MARK_STATED: Text3 = Text3::new(
    "Goal: −{reduction} from {base_year}",
    "Цель: −{reduction} от {base_year} г.",
    "Мақсат: {base_year} жылдан −{reduction}",
);
pub const INCIDENTS: Text3 = Text3::new("Incidents", "Случаи", "Оқиғалар");

// Peacekeeping composition.
pub const PEACE_TITLE: Text3 = Text3::new(
    "Kazakhstan's UN peacekeepers by role, {date}",
    "Миротворцы ООН от Казахстана по категориям, {date}",
    "Қазақстаннан БҰҰ бітімгерлері санаттар бойынша, {date}",
);
pub const PEACE_TITLE_GENERIC: Text3 = Text3::new(
    "UN peacekeepers by role, {date}",
    "Миротворцы ООН по категориям, {date}",
    "БҰҰ бітімгерлері санаттар бойынша, {date}",
);
pub const PEACE_TAKEAWAY: Text3 = Text3::new(
    "Women: {women} of {total} peacekeepers deployed ({share}), against a goal of {goal} women.",
    "Женщин — {women} из {total} направленных миротворцев ({share}) при цели {goal}.",
    "Жіберілген бітімгерлер: барлығы {total}, оның ішінде әйелдер — {women} ({share}), ал мақсат — {goal}.",
);
pub const PEACE_NONE: Text3 = Text3::new(
    "All {total} peacekeepers Kazakhstan deployed were men: 0 women, against a goal of {goal} women.",
    "Все {total} миротворцев, направленных Казахстаном, — мужчины: 0 женщин при цели {goal}.",
    "Қазақстан жіберген {total} бітімгердің бәрі ер адам: әйелдер — 0, ал мақсат — {goal}.",
);
pub const PEACE_ROLE: Text3 = Text3::new("Role", "Категория", "Санат");
pub const PEACE_WOMEN_ZERO: Text3 = Text3::new("0 women", "0 женщин", "0 әйел");
pub const PEACE_SHARE_ROW: Text3 = Text3::new("Share of women", "Доля женщин", "Әйелдер үлесі");
pub const PEACE_GOAL_MARK: Text3 = Text3::new("Goal {goal}", "Цель {goal}", "Мақсат {goal}");
pub const PEACE_COUNTS: Text3 = Text3::new(
    "{men} men · {women} women",
    "{men} муж. · {women} жен.",
    "{men} ер · {women} әйел",
);

// User-supplied data: how a newsroom's own JSON is checked (`userdata`). Messages name
// what was expected and what was found, so the figures can be fixed without reading code.
pub const DATA_ERROR_AT: Text3 = Text3::new(
    "Tendik: data error at {path}: {message}",
    "Tendik: ошибка в данных, поле {path}: {message}",
    "Tendik: деректердегі қате, {path} өрісі: {message}",
);
pub const DATA_ERROR: Text3 = Text3::new(
    "Tendik: data error: {message}",
    "Tendik: ошибка в данных: {message}",
    "Tendik: деректердегі қате: {message}",
);
pub const JSON_AT_POSITION: Text3 = Text3::new(
    "line {line}, column {column}: {problem}",
    "строка {line}, столбец {column}: {problem}",
    "{line}-жол, {column}-баған: {problem}",
);
pub const JSON_TOO_LARGE: Text3 = Text3::new(
    "the data is {bytes} bytes long; the limit is {max} bytes (64 KiB)",
    "размер данных — {bytes} байт, а допустимо не более {max} байт (64 КиБ)",
    "деректер көлемі — {bytes} байт, ал шегі — {max} байт (64 КиБ)",
);
pub const JSON_EXPECTED: Text3 = Text3::new(
    "expected {expected}, found {found}",
    "ожидается {expected}, а найдено: {found}",
    "{expected} күтілген, бірақ табылғаны: {found}",
);
pub const JSON_EXPECTED_VALUE: Text3 = Text3::new(
    "a value (an object, array, string, number, true, false or null)",
    "значение (объект, массив, строка, число, true, false или null)",
    "мән (объект, массив, жол, сан, true, false немесе null)",
);
pub const JSON_EXPECTED_KEY_OR_END: Text3 = Text3::new(
    "a key in double quotes or '}'",
    "ключ в двойных кавычках или '}'",
    "қос тырнақшадағы кілт немесе '}'",
);
pub const JSON_EXPECTED_KEY: Text3 = Text3::new(
    "a key in double quotes after ','",
    "ключ в двойных кавычках после ','",
    "','-ден кейін қос тырнақшадағы кілт",
);
pub const JSON_EXPECTED_COLON: Text3 = Text3::new(
    "':' after an object key",
    "':' после ключа объекта",
    "объект кілтінен кейін ':'",
);
pub const JSON_EXPECTED_COMMA_OR_OBJECT_END: Text3 = Text3::new(
    "',' or '}' after an object member",
    "',' или '}' после элемента объекта",
    "объект мүшесінен кейін ',' немесе '}'",
);
pub const JSON_EXPECTED_COMMA_OR_ARRAY_END: Text3 = Text3::new(
    "',' or ']' after an array element",
    "',' или ']' после элемента массива",
    "массив элементінен кейін ',' немесе ']'",
);
pub const JSON_FOUND_END: Text3 =
    Text3::new("the end of the data", "конец данных", "деректердің соңы");
pub const JSON_TRAILING_COMMA: Text3 = Text3::new(
    "a ',' before '{close}': JSON allows no comma after the last item",
    "',' перед '{close}': в JSON после последнего элемента запятая не ставится",
    "'{close}' алдында ',' тұр: JSON-да соңғы элементтен кейін үтір қойылмайды",
);
pub const JSON_TRAILING_TEXT: Text3 = Text3::new(
    "unexpected text after the end of the JSON value",
    "лишний текст после конца значения JSON",
    "JSON мәні аяқталғаннан кейін артық мәтін бар",
);
pub const JSON_NON_FINITE: Text3 = Text3::new(
    "{word} is not allowed in JSON: numbers must be finite",
    "{word} в JSON недопустимо: числа должны быть конечными",
    "{word} JSON-да рұқсат етілмейді: сандар шекті болуы керек",
);
pub const JSON_UNKNOWN_WORD: Text3 = Text3::new(
    "unknown word '{word}': JSON knows only true, false and null, in lower case, and text needs double quotes",
    "неизвестное слово '{word}': в JSON есть только true, false и null (строчными буквами), а текст берётся в двойные кавычки",
    "белгісіз сөз '{word}': JSON-да тек true, false және null (кіші әріппен) бар, ал мәтін қос тырнақшаға алынады",
);
pub const JSON_SINGLE_QUOTE: Text3 = Text3::new(
    "strings need double quotes (\"), not single quotes (')",
    "строки берутся в двойные кавычки (\"), а не в одинарные (')",
    "жолдар жалқы (') емес, қос тырнақшаға (\") алынады",
);
pub const JSON_CURLY_QUOTE: Text3 = Text3::new(
    "typographic quotes ({quote}) are not JSON quotes: use straight double quotes (\") around every key and string",
    "типографские кавычки ({quote}) в JSON не работают: ключи и строки берутся в прямые двойные кавычки (\")",
    "типографиялық тырнақшалар ({quote}) JSON-да жарамайды: кілттер мен жолдарды тік қос тырнақшаға (\") алыңыз",
);
pub const JSON_COMMENT: Text3 = Text3::new(
    "comments are not allowed in JSON",
    "комментарии в JSON не допускаются",
    "JSON-да түсініктемелерге рұқсат жоқ",
);
pub const JSON_BAD_NUMBER: Text3 = Text3::new(
    "'{text}' is not a valid number: write numbers like 12, -3.5 or 1.2e3 (no leading zeros, no '+', digits on both sides of '.')",
    "'{text}' — некорректное число: числа пишутся как 12, -3.5 или 1.2e3 (без ведущих нулей и знака '+', с цифрами по обе стороны от '.')",
    "'{text}' — дұрыс сан емес: сандарды 12, -3.5 немесе 1.2e3 түрінде жазыңыз (алдыңғы нөлсіз, '+' белгісіз, '.' екі жағында да цифр болсын)",
);
pub const JSON_NUMBER_OVERFLOW: Text3 = Text3::new(
    "the number {text} is too large",
    "число {text} слишком велико",
    "{text} саны тым үлкен",
);
pub const JSON_UNTERMINATED_STRING: Text3 = Text3::new(
    "this string is never closed: a '\"' is missing",
    "строка не закрыта: не хватает '\"'",
    "жол жабылмаған: '\"' жетіспейді",
);
pub const JSON_CONTROL_CHARACTER: Text3 = Text3::new(
    "a control character (U+{code}) inside a string: line breaks and tabs must be written as \\n and \\t",
    "управляющий символ (U+{code}) внутри строки: перенос строки и табуляцию нужно записывать как \\n и \\t",
    "жол ішінде басқару таңбасы (U+{code}): жол ауысуы мен табуляцияны \\n және \\t түрінде жазу керек",
);
pub const JSON_BAD_ESCAPE: Text3 = Text3::new(
    "invalid escape: after '\\' came {found}; JSON allows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
    "недопустимая escape-последовательность: после '\\' идёт {found}; в JSON допустимы \\\" \\\\ \\/ \\b \\f \\n \\r \\t и \\uXXXX",
    "қате escape-тізбек: '\\' белгісінен кейін {found} тұр; JSON-да тек \\\" \\\\ \\/ \\b \\f \\n \\r \\t және \\uXXXX рұқсат",
);
pub const JSON_BAD_UNICODE_ESCAPE: Text3 = Text3::new(
    "'\\u' must be followed by four hexadecimal digits",
    "после '\\u' должны идти четыре шестнадцатеричные цифры",
    "'\\u' белгісінен кейін төрт он алтылық цифр болуы керек",
);
pub const JSON_LONE_SURROGATE: Text3 = Text3::new(
    "'\\u{code}' is half of a UTF-16 surrogate pair without its other half",
    "'\\u{code}' — половина суррогатной пары UTF-16 без второй половины",
    "'\\u{code}' — екінші жартысы жоқ UTF-16 суррогат жұбының жартысы",
);
pub const JSON_TOO_DEEP: Text3 = Text3::new(
    "arrays and objects are nested more than {max} levels deep",
    "массивы и объекты вложены глубже {max} уровней",
    "массивтер мен объектілер {max} деңгейден тереңірек салынған",
);
pub const JSON_DUPLICATE_KEY: Text3 = Text3::new(
    "the key \"{key}\" appears twice in the same object",
    "ключ \"{key}\" встречается в одном объекте дважды",
    "\"{key}\" кілті бір объектіде екі рет кездеседі",
);
pub const ERR_UNKNOWN_FIELD_SUGGEST: Text3 = Text3::new(
    "unknown field \"{field}\": did you mean \"{suggestion}\"?",
    "неизвестное поле \"{field}\": может быть, имелось в виду \"{suggestion}\"?",
    "белгісіз өріс \"{field}\": \"{suggestion}\" деп жазғыңыз келді ме?",
);
pub const ERR_UNKNOWN_FIELD: Text3 = Text3::new(
    "unknown field \"{field}\"; the fields here are: {known}",
    "неизвестное поле \"{field}\"; здесь допустимы поля: {known}",
    "белгісіз өріс \"{field}\"; мұнда рұқсат етілген өрістер: {known}",
);
pub const ERR_MISSING_FIELD: Text3 = Text3::new(
    "this required field is missing (expected {expected})",
    "обязательное поле отсутствует (ожидается {expected})",
    "міндетті өріс жоқ ({expected} күтілген)",
);
pub const ERR_WRONG_TYPE: Text3 = Text3::new(
    "expected {expected}, got {got}",
    "ожидается {expected}, а получено: {got}",
    "{expected} күтілген, бірақ берілгені: {got}",
);
pub const ERR_NUMBER_IN_QUOTES: Text3 = Text3::new(
    "{message}: write numbers without quotes and without a % sign",
    "{message}: числа пишутся без кавычек и без знака %",
    "{message}: сандар тырнақшасыз және % белгісіз жазылады",
);
pub const TYPE_NUMBER: Text3 = Text3::new("a number", "число", "сан");
pub const TYPE_WHOLE_NUMBER: Text3 = Text3::new("a whole number", "целое число", "бүтін сан");
pub const TYPE_YEAR: Text3 = Text3::new(
    "a year as a whole number",
    "год целым числом",
    "бүтін санмен жазылған жыл",
);
pub const TYPE_NUMBER_OR_NULL: Text3 = Text3::new(
    "a number, or null for no figure",
    "число или null, если данных нет",
    "сан немесе дерек жоқ болса null",
);
pub const TYPE_STRING: Text3 = Text3::new(
    "a string in double quotes",
    "строка в двойных кавычках",
    "қос тырнақшадағы жол",
);
pub const TYPE_ARRAY: Text3 = Text3::new("an array […]", "массив […]", "массив […]");
pub const TYPE_OBJECT: Text3 = Text3::new("an object {…}", "объект {…}", "объект {…}");
pub const GOT_STRING: Text3 = Text3::new("a string ({value})", "строка ({value})", "жол ({value})");
pub const GOT_NUMBER: Text3 = Text3::new("the number {value}", "число {value}", "{value} саны");
pub const GOT_ARRAY: Text3 = Text3::new("an array", "массив", "массив");
pub const GOT_OBJECT: Text3 = Text3::new("an object", "объект", "объект");
pub const ERR_PERCENT: Text3 = Text3::new(
    "expected a number between 0 and 100, got {value}",
    "ожидается число от 0 до 100, а получено {value}",
    "0 мен 100 аралығындағы сан күтілген, бірақ берілгені {value}",
);
pub const ERR_PERCENT_ABOVE_ZERO: Text3 = Text3::new(
    "expected a number greater than 0 and at most 100, got {value}",
    "ожидается число больше 0 и не больше 100, а получено {value}",
    "0-ден үлкен және 100-ден аспайтын сан күтілген, бірақ берілгені {value}",
);
pub const ERR_COUNT: Text3 = Text3::new(
    "expected a whole number, 0 or more, got {value}",
    "ожидается целое число не меньше 0, а получено {value}",
    "0-ден кем емес бүтін сан күтілген, бірақ берілгені {value}",
);
pub const ERR_NON_NEGATIVE: Text3 = Text3::new(
    "expected a number, 0 or more, got {value}",
    "ожидается число не меньше 0, а получено {value}",
    "0-ден кем емес сан күтілген, бірақ берілгені {value}",
);
pub const ERR_NUMBER_TOO_LARGE: Text3 = Text3::new(
    "expected a number no larger than {max}, got {value}",
    "ожидается число не больше {max}, а получено {value}",
    "{max:abl} аспайтын сан күтілген, бірақ берілгені {value}",
);
pub const ERR_YEAR: Text3 = Text3::new(
    "expected a whole year from {min} to {max}, got {value}",
    "ожидается год — целое число от {min} до {max}, а получено {value}",
    "{min} мен {max} аралығындағы бүтін жыл күтілген, бірақ берілгені {value}",
);
pub const ERR_ITEM_COUNT: Text3 = Text3::new(
    "expected {min} to {max} items, got {count}",
    "ожидается от {min} до {max} элементов, а получено {count}",
    "{min:abl} {max:dat} дейін элемент күтілген, бірақ берілгені {count}",
);
pub const ERR_EMPTY_TEXT: Text3 = Text3::new(
    "must not be empty",
    "не может быть пустым",
    "бос болмауы керек",
);
pub const ERR_TEXT_TOO_LONG: Text3 = Text3::new(
    "is {length} characters long; the limit is {max}",
    "длина — {length} символов, а допустимо не более {max}",
    "ұзындығы — {length} таңба, ал шегі — {max}",
);
pub const ERR_NOT_PLAIN_TEXT: Text3 = Text3::new(
    "contains {what}: labels are plain text (no HTML), shown exactly as written",
    "содержит {what}: подписи — это простой текст (без HTML), он выводится как есть",
    "құрамында {what} бар: жазулар — қарапайым мәтін (HTML-сіз), жазылғандай көрсетіледі",
);
pub const CONTROL_CHARACTER: Text3 = Text3::new(
    "a control character (U+{code})",
    "управляющий символ (U+{code})",
    "басқару таңбасы (U+{code})",
);
pub const ERR_DUPLICATE_YEAR: Text3 = Text3::new(
    "the year {year} appears twice (also at {other})",
    "год {year} указан дважды (ещё в {other})",
    "{year} жылы екі рет көрсетілген ({other} ішінде де)",
);
pub const ERR_YEAR_SPAN: Text3 = Text3::new(
    "the years run from {first} to {last}: {span} years, more than the {max} a chart can show",
    "годы идут с {first} по {last}: это {span} лет, а диаграмма вмещает не более {max}",
    "жылдар {first:abl} {last:dat} дейін: бұл {span} жыл, ал диаграммаға ең көбі {max} сыяды",
);
pub const ERR_NO_FIGURES: Text3 = Text3::new(
    "every value is null: at least one year needs a figure",
    "все значения равны null: хотя бы за один год нужны данные",
    "барлық мән null: кемінде бір жылға дерек керек",
);
pub const ERR_BASE_YEAR_NOT_IN_POINTS: Text3 = Text3::new(
    "the base year {year} is not one of the years in points",
    "базовый год {year} не входит в годы из points",
    "{year} базалық жылы points ішіндегі жылдардың қатарында жоқ",
);
pub const ERR_BASE_YEAR_NO_FIGURE: Text3 = Text3::new(
    "the base year {year} has no figure (its value is null), so the goal cannot be drawn",
    "за базовый год {year} нет данных (значение null), поэтому цель нельзя показать",
    "{year} базалық жылына дерек жоқ (мәні null), сондықтан мақсатты көрсету мүмкін емес",
);
pub const ERR_PARTS_OVER_TOTAL: Text3 = Text3::new(
    "roles add up to {sum}, more than total {total}",
    "сумма по категориям — {sum}, это больше, чем total ({total})",
    "санаттардың қосындысы — {sum}, бұл total мәнінен ({total}) көп",
);
pub const ERR_NO_PERSONNEL: Text3 = Text3::new(
    "the roles add up to 0 people: the chart needs at least one",
    "в сумме по категориям 0 человек: для диаграммы нужен хотя бы один",
    "санаттардың қосындысы 0 адам: диаграммаға кемінде бір адам керек",
);
pub const PEACE_UNBROKEN_NOTE: Text3 = Text3::new(
    "{n} of the {total} personnel are not broken down by role in the source.",
    "{n} из {total} человек в источнике не распределены по категориям.",
    "Дереккөзде санаттарға бөлінбеген адамдар: {n} (барлығы {total}).",
);

// Shared by the bar-group widgets below (institutions, crime victims, crisis centres).
pub const GROUPS_OR: Text3 = Text3::new("or", "или", "немесе");
pub const GROUPS_SECTION_COLUMN: Text3 = Text3::new("Section", "Раздел", "Бөлім");
pub const GROUPS_NUMBER_COLUMN: Text3 = Text3::new("Number", "Число", "Саны");
pub const ERR_DATASET_ONLY_WIDGET: Text3 = Text3::new(
    "the {widget} widget shows only the sourced figures in Tendik's own dataset and takes no data: remove the data",
    "виджет {widget} показывает только цифры с источниками из набора данных Tendik и не принимает данные: уберите их",
    "{widget} виджеті тек Tendik деректер жинағындағы дереккөзі бар сандарды көрсетеді және деректер қабылдамайды: оларды алып тастаңыз",
);

// Women's representation across institutions.
pub const INST_TITLE: Text3 = Text3::new(
    "Women's representation across institutions",
    "Представленность женщин в разных институтах",
    "Түрлі институттардағы әйелдер өкілдігі",
);
pub const INST_TAKEAWAY: Text3 = Text3::new(
    "Women are {civil} of civil servants and {judges} of judges, but only {majilis} of Majilis deputies and {maslikhats} of maslikhat members, below the {goal} goal.",
    "Среди государственных служащих женщин {civil}, среди судей — {judges}, а среди депутатов Мажилиса — лишь {majilis} и маслихатов — {maslikhats}, ниже цели {goal}.",
    "Мемлекеттік қызметшілер арасында әйелдер — {civil}, судьялар арасында — {judges}, ал Мәжіліс депутаттары арасында — небәрі {majilis}, мәслихаттарда — {maslikhats}, бұл {goal} мақсаттан төмен.",
);
pub const INST_TAKEAWAY_MET: Text3 = Text3::new(
    "Women are {civil} of civil servants, {judges} of judges, {majilis} of Majilis deputies and {maslikhats} of maslikhat members, against a goal of {goal}.",
    "Среди государственных служащих женщин {civil}, среди судей — {judges}, среди депутатов Мажилиса — {majilis}, маслихатов — {maslikhats}; цель — {goal}.",
    "Мемлекеттік қызметшілер арасында әйелдер — {civil}, судьялар арасында — {judges}, Мәжіліс депутаттары арасында — {majilis}, мәслихаттарда — {maslikhats}; мақсат — {goal}.",
);
pub const INST_PARA: Text3 = Text3::new("para. {para}", "п. {para}", "{para} т.");
pub const INST_CIVIL_SERVANTS: Text3 = Text3::new(
    "Civil servants ({para})",
    "Государственные служащие ({para})",
    "Мемлекеттік қызметшілер ({para})",
);
pub const INST_CIVIL_MANAGERS: Text3 = Text3::new(
    "Civil-service managers",
    "Руководители на государственной службе",
    "Мемлекеттік қызметтегі басшылар",
);
pub const INST_JUDGES: Text3 = Text3::new("Judges", "Судьи", "Судьялар");
pub const INST_CORPORATE: Text3 = Text3::new(
    "Corporate managers (op-ed)",
    "Руководители в корпоративном секторе (авторская колонка)",
    "Корпоративтік сектордағы басшылар (авторлық мақала)",
);
pub const INST_NCHR: Text3 = Text3::new(
    "National Centre for Human Rights staff",
    "Сотрудники Национального центра по правам человека",
    "Адам құқықтары жөніндегі ұлттық орталық қызметкерлері",
);
pub const INST_PRISON_EARLIER: Text3 = Text3::new(
    "Prison staff, earlier",
    "Персонал пенитенциарных учреждений, ранее",
    "Қылмыстық-атқару жүйесі мекемелерінің қызметкерлері, бұрын",
);
pub const INST_PRISON_NOW: Text3 = Text3::new(
    "Prison staff, now",
    "Персонал пенитенциарных учреждений, сейчас",
    "Қылмыстық-атқару жүйесі мекемелерінің қызметкерлері, қазір",
);
pub const INST_GOAL_MARK: Text3 = Text3::new(
    "{goal} goal by {year}",
    "Цель {goal} к {year} г.",
    "{year} жылғы мақсат: {goal}",
);
pub const INST_PARITY_MARK: Text3 = Text3::new(
    "Parity {parity}",
    "Паритет {parity}",
    "Тепе-теңдік {parity}",
);
pub const INST_GOAL_NOTE: Text3 = Text3::new(
    "The {goal} line is the goal for women's representation across sectors by {year}, as the op-ed states it; the {parity} line marks parity.",
    "Линия {goal} — цель по представленности женщин во всех секторах к {year} году, как её называет авторская колонка; линия {parity} отмечает паритет.",
    "{goal} сызығы — авторлық мақалада аталған {year} жылға қарай барлық салалардағы әйелдер өкілдігінің мақсаты; {parity} сызығы тепе-теңдікті білдіреді.",
);
pub const INST_UNDATED_NOTE: Text3 = Text3::new(
    "Most of these shares are undated in the sources: the Majilis share is from elections whose year is not named, the corporate share is the op-ed's “currently”, and the rise among prison staff from {from} to {to} has no years.",
    "Большинство этих долей в источниках не датированы: доля в Мажилисе относится к выборам, год которых не назван, корпоративная доля — «в настоящее время» из авторской колонки, а для роста доли женщин среди персонала пенитенциарных учреждений с {from} до {to} годы не указаны.",
    "Бұл үлестердің көбінің күні дереккөздерде көрсетілмеген: Мәжілістегі үлес жылы аталмаған сайлауға қатысты, корпоративтік үлес — авторлық мақаладағы «қазіргі» дерек, ал қылмыстық-атқару жүйесі мекемелері қызметкерлері арасындағы әйелдер үлесінің {from} деңгейінен {to} деңгейіне дейін өсуінің жылдары көрсетілмеген.",
);
pub const INST_COLUMN: Text3 = Text3::new("Institution", "Институт", "Мекеме");

// Victims of crimes against women and girls.
pub const CRIME_TITLE: Text3 = Text3::new(
    "Victims of crimes against women and girls, {from} to {to}",
    "Потерпевшие от преступлений против женщин и девочек с {from} по {to}",
    "Әйелдер мен қыздарға қарсы қылмыстардан жәбірленушілер, {from} – {to}",
);
pub const CRIME_TAKEAWAY: Text3 = Text3::new(
    "{total} crimes against women and girls were recorded; the largest age group given is {age} ({age_count}), and {age_rest} by age and {eth_rest} by ethnicity are not specified in the source.",
    "Зарегистрировано преступлений против женщин и девочек: {total}; самая многочисленная из указанных возрастных групп — {age} ({age_count}), а {age_rest} по возрасту и {eth_rest} по национальности в источнике не указаны.",
    "Әйелдер мен қыздарға қарсы {total} қылмыс тіркелген; көрсетілген жас топтарының ең көбі — {age} ({age_count}), ал жасы бойынша {age_rest}, ұлты бойынша {eth_rest} дереккөзде көрсетілмеген.",
);
pub const CRIME_BY_AGE: Text3 = Text3::new(
    "Victims by age",
    "Потерпевшие по возрасту",
    "Жәбірленушілер жасы бойынша",
);
pub const CRIME_BY_ETHNICITY: Text3 = Text3::new(
    "Victims by ethnicity",
    "Потерпевшие по национальности",
    "Жәбірленушілер ұлты бойынша",
);
pub const CRIME_AGE: Text3 = Text3::new("{range} years", "{range} лет", "{range} жас");
pub const ETH_KAZAKHS: Text3 = Text3::new("Kazakhs", "Казашки", "Қазақтар");
pub const ETH_RUSSIANS: Text3 = Text3::new("Russians", "Русские", "Орыстар");
pub const ETH_UKRAINIANS: Text3 = Text3::new("Ukrainians", "Украинки", "Украиндар");
pub const ETH_UZBEKS: Text3 = Text3::new("Uzbeks", "Узбечки", "Өзбектер");
pub const ETH_TATARS: Text3 = Text3::new("Tatars", "Татарки", "Татарлар");
pub const CRIME_TOTAL_MARK: Text3 = Text3::new(
    "All crimes: {total}",
    "Всего преступлений: {total}",
    "Барлық қылмыс: {total}",
);
pub const CRIME_ALL: Text3 = Text3::new(
    "Crimes recorded (crimes, not victims)",
    "Зарегистрированные преступления (преступления, а не потерпевшие)",
    "Тіркелген қылмыстар (жәбірленушілер емес, қылмыстар)",
);
pub const CRIME_COUNTS_NOTE: Text3 = Text3::new(
    "The total, {total}, counts crimes, as the source puts it, not victims: one woman or girl may have suffered several crimes, so the total is not a number of people and the “{unspecified}” bars are only an indication.",
    "Итог, {total}, — это число преступлений, как сказано в источнике, а не потерпевших: одна женщина или девочка могла пострадать от нескольких преступлений, поэтому итог не равен числу людей, а столбцы «{unspecified}» лишь ориентировочны.",
    "Жиынтық ({total}) — дереккөзде айтылғандай, жәбірленушілер емес, қылмыстар саны: бір әйел немесе қыз бірнеше қылмыстан зардап шегуі мүмкін, сондықтан жиынтық адамдар санына тең емес, ал «{unspecified}» бағандары шамамен ғана.",
);
pub const CRIME_GROUPS_NOTE: Text3 = Text3::new(
    "The source gives only some groups: by age, {ages} years; by ethnicity, {ethnicities}. Everyone else is in the hatched “{unspecified}” bars.",
    "Источник приводит лишь часть групп: по возрасту — {ages} лет, по национальности — {ethnicities}. Все остальные — в заштрихованных столбцах «{unspecified}».",
    "Дереккөз топтардың бір бөлігін ғана береді: жасы бойынша — {ages} жас, ұлты бойынша — {ethnicities}. Қалғандарының бәрі «{unspecified}» деген штрихталған бағандарда.",
);

// Crisis centres.
pub const CRISIS_TITLE: Text3 = Text3::new(
    "Crisis centres and the people they aided",
    "Кризисные центры и получившие их помощь",
    "Дағдарыс орталықтары және олардан көмек алғандар",
);
pub const CRISIS_TAKEAWAY: Text3 = Text3::new(
    "The sources give {counts} crisis centres; {aided} people were aided in {year} ({women} women, {minors} minors) and {aided_h1} in the first half of {year_h1} ({women_h1} women).",
    "Число кризисных центров по данным источников — {counts}; в {year} году помощь получили {aided} человек (женщин — {women}, несовершеннолетних — {minors}), в первом полугодии {year_h1} года — {aided_h1} (женщин — {women_h1}).",
    "Дереккөздер бойынша дағдарыс орталықтарының саны — {counts}; {year} жылы {aided} адам көмек алды ({women} әйел, {minors} кәмелетке толмаған), {year_h1} жылдың бірінші жартыжылдығында — {aided_h1} ({women_h1} әйел).",
);
pub const CRISIS_COUNT_HEADING: Text3 = Text3::new(
    "Number of crisis centres",
    "Число кризисных центров",
    "Дағдарыс орталықтарының саны",
);
pub const CRISIS_COUNT_CAPTION: Text3 = Text3::new(
    "The sources disagree; every figure they give is shown",
    "Источники расходятся; показаны все приведённые цифры",
    "Дереккөздер әртүрлі; келтірілген сандардың бәрі көрсетілген",
);
pub const CRISIS_PARAGRAPH: Text3 = Text3::new("Paragraph {para}", "Пункт {para}", "{para} тармақ");
pub const CRISIS_PARAGRAPHS: Text3 =
    Text3::new("Paragraphs {paras}", "Пункты {paras}", "{paras} тармақтары");
pub const CRISIS_AID_YEAR: Text3 = Text3::new(
    "People aided in {year}",
    "Получили помощь в {year} году",
    "{year} жылы көмек алғандар",
);
pub const CRISIS_AID_H1: Text3 = Text3::new(
    "People aided in the first half of {year}",
    "Получили помощь в первом полугодии {year} года",
    "{year} жылдың бірінші жартыжылдығында көмек алғандар",
);
pub const CRISIS_MINORS: Text3 =
    Text3::new("Minors", "Несовершеннолетние", "Кәмелетке толмағандар");
pub const CRISIS_TOTAL_MARK: Text3 =
    Text3::new("Total {total}", "Всего {total}", "Барлығы {total}");
pub const CRISIS_SHORTFALL: Text3 = Text3::new(
    "{parts} = {sum}, {gap} short of the {total} stated",
    "{parts} = {sum}, на {gap} меньше указанных {total}",
    "{parts} = {sum}, бұл көрсетілген {total} санынан {gap} кем",
);

// Wording shared by the family-centres, researchers, nap-timeline and targets-2030 widgets.
pub const FIG_PARA: Text3 = Text3::new("para. {p}", "п. {p}", "{p} т.");
pub const LIST_AND: Text3 = Text3::new("and", "и", "және");
pub const WHEN_COLUMN: Text3 = Text3::new("Date", "Дата", "Күні");
pub const NO_FIGURE_IN_THE_SOURCES: Text3 = Text3::new(
    "no figure in the sources",
    "в источниках нет данных",
    "дереккөздерде дерек жоқ",
);

// Family support centres over time.
pub const FC_TITLE: Text3 = Text3::new(
    "Family support centres over time",
    "Центры поддержки семьи: как менялось их число",
    "Отбасын қолдау орталықтары: санының өзгеруі",
);
pub const FC_TAKEAWAY: Text3 = Text3::new(
    "Only {first} ({first_date}, {first_source}) and {last} ({last_date}, {last_source}) are dated; {others} have no date.",
    "Датированы только {first} ({first_date}, {first_source}) и {last} ({last_date}, {last_source}); цифры {others} приведены без даты.",
    "Күні көрсетілген сандар тек {first} ({first_date}, {first_source}) және {last} ({last_date}, {last_source}); {others} деген сандардың күні жоқ.",
);
pub const FC_YEAR_NOT_GIVEN: Text3 = Text3::new(
    "{day_month}, year not given",
    "{day_month}, год не указан",
    "{day_month}, жылы көрсетілмеген",
);
pub const FC_DATE_NOT_GIVEN: Text3 =
    Text3::new("date not given", "дата не указана", "күні көрсетілмеген");
pub const FC_NEWS: Text3 = Text3::new("news report", "новостная статья", "жаңалық");
pub const FC_CEDAW: Text3 = Text3::new(
    "CEDAW replies, {para}",
    "ответы КЛДЖ, {para}",
    "CEDAW жауаптары, {para}",
);
pub const FC_IN_CITIES: Text3 = Text3::new("{n} in cities", "{n} в городах", "қалаларда {n}");
pub const FC_IN_RURAL: Text3 = Text3::new(
    "{n} in rural areas",
    "{n} в сельской местности",
    "ауылдық жерлерде {n}",
);
pub const FC_ORDER_NOTE: Text3 = Text3::new(
    "Rows follow the sources, not a calendar: the news report first, then the CEDAW replies paragraph by paragraph. “Date not given” means the source gives none; for {day_month} the year is not stated.",
    "Строки идут в порядке источников, а не по календарю: сначала новостная статья, затем ответы КЛДЖ по порядку пунктов. «Дата не указана» означает, что в источнике её нет; для {day_month} не указан год.",
    "Жолдар күнтізбе бойынша емес, дереккөздер бойынша орналасқан: алдымен жаңалық, содан кейін CEDAW жауаптары тармақтар ретімен. «Күні көрсетілмеген» дегені — дереккөзде күн жоқ; {day_month} күнінің жылы көрсетілмеген.",
);
pub const FC_MORE_NOTE: Text3 = Text3::new(
    "“{more}” is a lower bound: its bar stops at {n} and the arrow shows that there are more centres, by an amount the source does not give.",
    "«{more}» — нижняя граница: столбец обрывается на {n}, а стрелка показывает, что центров больше, но насколько — источник не говорит.",
    "«{more}» — төменгі шек: баған {n} санында тоқтайды, ал нұсқар орталықтар одан көп екенін көрсетеді, бірақ қаншаға көп екенін дереккөз айтпайды.",
);
pub const FC_COUNT_COLUMN: Text3 = Text3::new("Centres", "Число центров", "Орталықтар саны");

// Women in research and development.
pub const RES_TITLE: Text3 = Text3::new(
    "Women in research and development",
    "Женщины в научных исследованиях и разработках",
    "Ғылыми зерттеулер мен әзірлемелердегі әйелдер",
);
pub const RES_TAKEAWAY: Text3 = Text3::new(
    "Women make up {share} of the research and development workforce: {total} women researchers, the most in {field} ({count}); {remainder} are not assigned to any field in the source.",
    "Женщины составляют {share} занятых в научных исследованиях и разработках; всего женщин-исследователей — {total}, больше всего в области «{field}» ({count}); ещё {remainder} в источнике ни к одной области не отнесены.",
    "Ғылыми зерттеулер мен әзірлемелер саласында жұмыс істейтіндер арасында әйелдер үлесі — {share}; әйел зерттеушілер барлығы {total}, ең көбі — «{field}» саласында ({count}); тағы {remainder} адам дереккөзде ешбір салаға жатқызылмаған.",
);
pub const RES_SUBHEAD: Text3 = Text3::new(
    "Women researchers by field of science ({total} in all)",
    "Женщины-исследователи по областям науки (всего {total})",
    "Ғылым салалары бойынша әйел зерттеушілер (барлығы {total})",
);
pub const RES_NATURAL: Text3 = Text3::new(
    "Natural sciences",
    "Естественные науки",
    "Жаратылыстану ғылымдары",
);
pub const RES_ENGINEERING: Text3 = Text3::new(
    "Engineering and technology",
    "Технические науки и технологии",
    "Инженерия және технологиялар",
);
pub const RES_MEDICINE: Text3 = Text3::new("Medicine", "Медицина", "Медицина ғылымдары");
pub const RES_AGRICULTURE: Text3 = Text3::new(
    "Agriculture",
    "Сельскохозяйственные науки",
    "Ауыл шаруашылығы ғылымдары",
);
pub const RES_SOCIAL: Text3 =
    Text3::new("Social sciences", "Социальные науки", "Әлеуметтік ғылымдар");
pub const RES_HUMANITIES: Text3 =
    Text3::new("Humanities", "Гуманитарные науки", "Гуманитарлық ғылымдар");
pub const RES_FIELD_COLUMN: Text3 = Text3::new("Field of science", "Область науки", "Ғылым саласы");
pub const RES_REMAINDER_NOTE: Text3 = Text3::new(
    "The fields the source lists add up to {sum}, not the {total} women researchers it gives in the same paragraph; the other {remainder} are shown as “{not_specified}”.",
    "Перечисленные в источнике области в сумме дают {sum}, тогда как общее число женщин-исследователей в том же пункте — {total}; остальные {remainder} показаны как «{not_specified}».",
    "Дереккөз атаған салалардың қосындысы — {sum}, ал сол тармақтағы әйел зерттеушілердің жалпы саны — {total}; қалған {remainder} адам «{not_specified}» деп көрсетілген.",
);
pub const RES_COUNTS_NOTE: Text3 = Text3::new(
    "The bars count women only: the source gives no figures for men by field, so they do not show women's share in each field. The {share} share is for the whole research and development workforce.",
    "Столбцы показывают только число женщин: данных о мужчинах по областям в источнике нет, поэтому доля женщин в каждой области не видна. Доля {share} относится ко всем занятым в научных исследованиях и разработках.",
    "Бағандар тек әйелдер санын көрсетеді: дереккөзде ер адамдар туралы салалар бойынша дерек жоқ, сондықтан әр саладағы әйелдер үлесі көрінбейді. {share} үлес ғылыми зерттеулер мен әзірлемелер саласындағы барлық қызметкерлерге қатысты.",
);

// The Women, Peace and Security national action plan.
pub const NAP_TITLE: Text3 = Text3::new(
    "The Women, Peace and Security national action plan",
    "Национальный план действий по повестке «Женщины, мир и безопасность»",
    "«Әйелдер, бейбітшілік және қауіпсіздік» ұлттық іс-қимыл жоспары",
);
pub const NAP_TAKEAWAY: Text3 = Text3::new(
    "The first plan covers {start}–{end} with {objectives} main objectives and {first} activities; it was updated in {updated}, and the second plan, beginning in {second_start}, has {second} activities.",
    "Первый план рассчитан на {start}–{end} годы (основных целей — {objectives}, мероприятий — {first}); в {updated} году его обновили, а во втором плане, начинающемся в {second_start} году, число мероприятий выросло до {second}.",
    "Бірінші жоспар {start}–{end} жылдарға арналған (негізгі мақсаттары — {objectives}, іс-шаралары — {first}); ол {updated} жылы жаңартылды, ал {second_start} жылы басталатын екінші жоспарда іс-шаралар саны — {second}.",
);
pub const NAP_FIRST_BAND: Text3 = Text3::new(
    "First plan, {start}–{end}: {objectives} main objectives, {first} activities",
    "Первый план, {start}–{end}: основных целей — {objectives}, мероприятий — {first}",
    "Бірінші жоспар, {start}–{end}: негізгі мақсаттары — {objectives}, іс-шаралары — {first}",
);
pub const NAP_SECOND_BAND: Text3 = Text3::new(
    "Second plan, from {start}: {second} activities (up from {first})",
    "Второй план, с {start} г.: мероприятий — {second} (было {first})",
    "Екінші жоспар, {start} жылдан бастап: іс-шаралары — {second} (бұрын {first} болған)",
);
pub const NAP_OBJECTIVES_HEAD: Text3 = Text3::new(
    "The first plan's main objectives ({n})",
    "Основные цели первого плана ({n})",
    "Бірінші жоспардың негізгі мақсаттары ({n})",
);
pub const NAP_OBJECTIVE_ROW: Text3 = Text3::new(
    "Objective {n}: {text}",
    "Цель {n}: {text}",
    "{n}-мақсат: {text}",
);
pub const NAP_OBJECTIVE_1: Text3 = Text3::new(
    "Women's and men's participation in conflict prevention and peacebuilding",
    "Участие женщин и мужчин в предотвращении конфликтов и миростроительстве",
    "Әйелдер мен ерлердің қақтығыстардың алдын алуға және бейбітшілік орнатуға қатысуы",
);
pub const NAP_OBJECTIVE_2: Text3 = Text3::new(
    "Preventing violence against women and girls, and protecting them",
    "Предотвращение насилия в отношении женщин и девочек и их защита",
    "Әйелдер мен қыздарға қатысты зорлық-зомбылықтың алдын алу және оларды қорғау",
);
pub const NAP_OBJECTIVE_3: Text3 = Text3::new(
    "Gender analysis and inclusion in policy, leadership and budgeting",
    "Гендерный анализ и инклюзивность в политике, лидерстве и бюджетировании",
    "Саясатта, көшбасшылықта және бюджеттеуде гендерлік талдау мен инклюзивтілік",
);
pub const NAP_ACTIVITIES_NOTE: Text3 = Text3::new(
    "The CEDAW replies say “the objectives have been expanded from {first} to {second} activities”, mixing objectives and activities; the summary of the first plan gives it {objectives} main objectives.",
    "В ответах КЛДЖ сказано, что «цели расширены с {first} до {second} мероприятий», то есть цели и мероприятия смешаны; по обзору первого плана основных целей у него {objectives}.",
    "CEDAW жауаптарында «мақсаттар {first} іс-шарадан {second} іс-шараға дейін кеңейтілді» делінген, яғни мақсаттар мен іс-шаралар араласып кеткен; бірінші жоспарға шолу бойынша оның негізгі мақсаттары — {objectives}.",
);
pub const NAP_PLACEMENT_NOTE: Text3 = Text3::new(
    "Events the sources date only by year are placed in the middle of that year.",
    "События, для которых в источниках указан только год, помещены в середину этого года.",
    "Дереккөздерде тек жылы көрсетілген оқиғалар сол жылдың ортасына қойылған.",
);
pub const NAP_OVERLAP_NOTE: Text3 = Text3::new(
    "The first plan covers {start}–{end} and the second begins in {second_start}: the two overlap.",
    "Первый план охватывает {start}–{end} годы, а второй начинается в {second_start} году: они пересекаются.",
    "Бірінші жоспар {start}–{end} жылдарды қамтиды, ал екіншісі {second_start} жылы басталады: олар қабаттасады.",
);
pub const NAP_OPEN_END_NOTE: Text3 = Text3::new(
    "The sources give no end year for the second plan, so its bar is open at the right.",
    "Год окончания второго плана в источниках не указан, поэтому его полоса открыта справа.",
    "Екінші жоспардың аяқталу жылы дереккөздерде көрсетілмеген, сондықтан оның жолағы оң жағынан ашық.",
);
pub const NAP_QUOTA_NOTE: Text3 = Text3::new(
    "The quota Act is not part of the plan and is shown for context; its {quota} quota is shared by women, young people and persons with disabilities.",
    "Закон о квоте не входит в план и показан для контекста; его квота {quota} общая для женщин, молодёжи и лиц с инвалидностью.",
    "Квота туралы заң жоспарға кірмейді, ол мәнмәтін үшін көрсетілген; ондағы {quota} квота әйелдерге, жастарға және мүгедектігі бар адамдарға ортақ.",
);
pub const NAP_EVENT_COLUMN: Text3 = Text3::new("Event", "Событие", "Оқиға");

// Progress towards the 2030 targets.
pub const TGT_TITLE: Text3 = Text3::new(
    "Progress towards the {year} targets",
    "Продвижение к целям на {year} год",
    "{year} жылға арналған мақсаттарға жету барысы",
);
pub const TGT_TAKEAWAY: Text3 = Text3::new(
    "Towards the {year} targets: {items}.",
    "Цели на {year} год: {items}.",
    "{year} жылғы мақсаттар: {items}.",
);
pub const TGT_PAY_GAP: Text3 = Text3::new(
    "Gender pay gap",
    "Гендерный разрыв в оплате труда",
    "Жалақыдағы гендерлік алшақтық",
);
pub const TGT_LEADERSHIP: Text3 = Text3::new(
    "Leadership positions held by women",
    "Доля женщин на руководящих должностях",
    "Басшылық лауазымдардағы әйелдер үлесі",
);
pub const TGT_PEACEKEEPING: Text3 = Text3::new(
    "Women in peacekeeping",
    "Женщины в миротворчестве",
    "Бітімгершіліктегі әйелдер",
);
pub const TGT_DOMESTIC_VIOLENCE: Text3 = Text3::new(
    "Domestic violence",
    "Домашнее насилие",
    "Тұрмыстық зорлық-зомбылық",
);
pub const TGT_HEAD: Text3 = Text3::new(
    "{name} — goal: {target}",
    "{name} — цель: {target}",
    "{name} — мақсат: {target}",
);
pub const TGT_REDUCTION: Text3 = Text3::new(
    "a {value} reduction",
    "сокращение на {value}",
    "{value} азайту",
);
pub const TGT_LATEST: Text3 = Text3::new(
    "Latest figure: {value}",
    "Последние данные: {value}",
    "Соңғы дерек: {value}",
);
pub const TGT_LEADERS_VALUE: Text3 = Text3::new(
    "{share} women leaders ({where}, no date given)",
    "доля женщин-руководителей {share} ({where}, без даты)",
    "әйел басшылар үлесі {share} ({where}, күні көрсетілмеген)",
);
pub const TGT_PEACE_VALUE: Text3 = Text3::new(
    "{women} women of {total} peacekeepers ({share}), {date}",
    "женщин-миротворцев — {women} из {total} ({share}), {date}",
    "әйел бітімгерлер — {women}, барлығы {total} ({share}), {date}",
);
pub const TGT_DV_FEWER: Text3 = Text3::new(
    "{last} recorded incidents in {last_year}, {fall} fewer than in {first_year} ({first})",
    "в {last_year} г. зарегистрированных случаев — {last}, на {fall} меньше, чем в {first_year} г. ({first})",
    "{last_year} жылы {last} оқиға тіркелді, бұл {first_year} жылғыдан ({first}) {fall} аз",
);
pub const TGT_DV_MORE: Text3 = Text3::new(
    "{last} recorded incidents in {last_year}, {fall} more than in {first_year} ({first})",
    "в {last_year} г. зарегистрированных случаев — {last}, на {fall} больше, чем в {first_year} г. ({first})",
    "{last_year} жылы {last} оқиға тіркелді, бұл {first_year} жылғыдан ({first}) {fall} көп",
);
pub const TGT_GOAL_MARK: Text3 = Text3::new("goal {target}", "цель {target}", "мақсат {target}");
pub const TGT_DV_GOAL_MARK: Text3 = Text3::new(
    "goal from {base_year}: {goal}",
    "цель от {base_year} г.: {goal}",
    "{base_year} жылдан мақсат: {goal}",
);
pub const TGT_LEADERSHIP_NOTE: Text3 = Text3::new(
    "For leadership the chart uses “women leaders”, {share} ({where}), because it reports progress under the same gender policy framework that sets the target; the source gives neither its year nor which posts it covers. Among civil-service managers alone women hold {civil} ({civil_where}).",
    "Для руководящих должностей взята доля «женщин-руководителей» — {share} ({where}), поскольку она отражает выполнение той же Концепции гендерной политики, которая задаёт цель; ни год, ни охват должностей в источнике не указаны. Среди одних только руководителей на госслужбе доля женщин — {civil} ({civil_where}).",
    "Басшылық лауазымдар үшін «әйел басшылар» үлесі алынды — {share} ({where}), өйткені ол мақсатты белгілейтін сол гендерлік саясат тұжырымдамасының орындалуын көрсетеді; дереккөзде оның жылы да, қандай лауазымдарды қамтитыны да көрсетілмеген. Тек мемлекеттік қызметтегі басшылар арасында әйелдер үлесі — {civil} ({civil_where}).",
);
pub const TGT_DV_NOTE: Text3 = Text3::new(
    "The domestic-violence goal is {reduction}, and the source names no baseline year; measured from {base_year}, it would mean {goal} recorded incidents or fewer, against {last} in {last_year}.",
    "Цель по домашнему насилию — {reduction}, но базовый год в источнике не назван; если считать от {base_year} г., цель — не более {goal} зарегистрированных случаев, а в {last_year} г. их было {last}.",
    "Тұрмыстық зорлық-зомбылық бойынша мақсат — {reduction}, бірақ дереккөзде базалық жыл аталмаған; {base_year} жылдан есептесек, мақсат — {goal} немесе одан аз тіркелген оқиға, ал {last_year} жылы {last} оқиға тіркелген.",
);
pub const TGT_PAY_NOTE: Text3 = Text3::new(
    "The sources give the pay-gap goal ({target}) but no current figure, so none is drawn.",
    "В источниках есть цель по разрыву в оплате труда ({target}), но нет его текущего значения, поэтому оно не показано.",
    "Дереккөздерде жалақыдағы алшақтық бойынша мақсат ({target}) бар, бірақ оның қазіргі мәні жоқ, сондықтан ол көрсетілмеген.",
);
pub const TGT_SCALE_NOTE: Text3 = Text3::new(
    "Each target has its own scale: shares from 0 to {max}, domestic violence in recorded incidents.",
    "У каждой цели своя шкала: доли — от 0 до {max}, домашнее насилие — в числе зарегистрированных случаев.",
    "Әр мақсаттың өз шкаласы бар: үлестер 0 мен {max} аралығында, тұрмыстық зорлық-зомбылық тіркелген оқиғалар санымен көрсетілген.",
);
pub const TGT_TK_LEAD_ABOVE: Text3 = Text3::new(
    "women leaders at {value}, above the {target} goal",
    "доля женщин-руководителей — {value}, выше цели в {target}",
    "әйел басшылар үлесі — {value}, бұл {target} мақсаттан жоғары",
);
pub const TGT_TK_LEAD_BELOW: Text3 = Text3::new(
    "women leaders at {value}, below the {target} goal",
    "доля женщин-руководителей — {value}, ниже цели в {target}",
    "әйел басшылар үлесі — {value}, бұл {target} мақсаттан төмен",
);
pub const TGT_TK_PEACE: Text3 = Text3::new(
    "women peacekeepers at {value} ({date}) against a {target} goal",
    "доля женщин среди миротворцев — {value} ({date}) при цели {target}",
    "бітімгерлер арасындағы әйелдер үлесі — {value} ({date}), мақсат — {target}",
);
pub const TGT_TK_DV_FELL: Text3 = Text3::new(
    "recorded domestic-violence incidents down by {fall} from {first_year} to {last_year}, against a goal of {reduction}",
    "число зарегистрированных случаев домашнего насилия с {first_year} по {last_year} г. снизилось на {fall} (цель — {reduction})",
    "тіркелген тұрмыстық зорлық-зомбылық оқиғалары {first_year}–{last_year} жылдары {fall} оқиғаға азайды (мақсат — {reduction})",
);
pub const TGT_TK_DV_ROSE: Text3 = Text3::new(
    "recorded domestic-violence incidents up by {fall} from {first_year} to {last_year}, against a goal of {reduction}",
    "число зарегистрированных случаев домашнего насилия с {first_year} по {last_year} г. выросло на {fall} (цель — {reduction})",
    "тіркелген тұрмыстық зорлық-зомбылық оқиғалары {first_year}–{last_year} жылдары {fall} оқиғаға көбейді (мақсат — {reduction})",
);
pub const TGT_TK_NO_FIGURE: Text3 = Text3::new(
    "no current figure for the {name} in the sources (goal {target})",
    "текущего значения показателя «{name}» в источниках нет (цель — {target})",
    "«{name}» көрсеткішінің қазіргі мәні дереккөздерде жоқ (мақсат — {target})",
);
pub const TGT_TARGET_COLUMN: Text3 = Text3::new("Target", "Показатель", "Көрсеткіш");
pub const TGT_GOAL_COLUMN: Text3 = Text3::new("Goal", "Цель", "Мақсат");
pub const TGT_LATEST_COLUMN: Text3 = Text3::new(
    "Latest figure in the sources",
    "Последние данные в источниках",
    "Дереккөздердегі соңғы дерек",
);

// The app's document view and the links to it (www/src/document_view.rs, sources.rs).
pub const DOC_LINK_HINT: Text3 = Text3::new(
    "Each figure links to its sentence, highlighted in the full text of its document.",
    "Каждая цифра ведёт к своему предложению, выделенному в полном тексте документа.",
    "Әр сан құжаттың толық мәтініндегі белгіленген өз сөйлеміне апарады.",
);
pub const DOCS_TITLE: Text3 = Text3::new("The documents", "Документы", "Құжаттар");
pub const DOCS_INTRO: Text3 = Text3::new(
    "Every figure is quoted from one of these documents; each can be read here in full.",
    "Каждая цифра взята из одного из этих документов; каждый можно прочитать здесь целиком.",
    "Әр сан осы құжаттардың бірінен алынған; әрқайсысын осы жерде толық оқуға болады.",
);
pub const DOC_UNKNOWN: Text3 = Text3::new(
    "There is no document “{name}”.",
    "Документа «{name}» нет.",
    "«{name}» деген құжат жоқ.",
);
pub const DOC_IN_ENGLISH: Text3 = Text3::new(
    "The document is shown in English, the language it was published in; quotes are never translated.",
    "Документ приводится на английском языке, на котором он опубликован; цитаты не переводятся.",
    "Құжат жарияланған тілінде, ағылшын тілінде беріледі; дәйексөздер аударылмайды.",
);
pub const DOC_LOADING: Text3 = Text3::new(
    "Loading the document…",
    "Загрузка документа…",
    "Құжат жүктелуде…",
);
pub const DOC_LOAD_FAILED: Text3 = Text3::new(
    "The document could not be loaded ({detail}).",
    "Не удалось загрузить документ ({detail}).",
    "Құжатты жүктеу мүмкін болмады ({detail}).",
);
pub const DOC_TARGET_WHERE: Text3 = Text3::new(
    "Highlighted below, where it is quoted from: {location}.",
    "Ниже выделено место цитаты: {location}.",
    "Дәйексөз алынған жер төменде белгіленген: {location}.",
);
pub const DOC_GO_TO_QUOTE: Text3 = Text3::new(
    "Go to the sentence",
    "Перейти к предложению",
    "Сөйлемге өту",
);
pub const DOC_BACK_TO_ENTRY: Text3 = Text3::new(
    "This figure in Sources",
    "Эта цифра в списке источников",
    "Бұл сан дереккөздер тізімінде",
);
pub const DOC_FIGURES_HERE: Text3 = Text3::new(
    "Figures quoted from this document",
    "Цифры, взятые из этого документа",
    "Осы құжаттан алынған сандар",
);
pub const DOC_QUOTE_MISSING: Text3 = Text3::new(
    "This figure's quote was not found in this copy of the document.",
    "Цитата этой цифры не найдена в этой копии документа.",
    "Бұл санның дәйексөзі құжаттың осы көшірмесінен табылмады.",
);
pub const DOC_PLAIN_TEXT: Text3 = Text3::new(
    "Download the document as plain text",
    "Скачать документ как текстовый файл",
    "Құжатты мәтіндік файл ретінде жүктеп алу",
);

#[cfg(test)]
mod kazakh_case_tests {
    use super::*;

    #[test]
    fn endings_follow_the_last_word_read_aloud() {
        let abl = |n| kk_with_case(n, KkCase::Ablative);
        let dat = |n| kk_with_case(n, KkCase::Dative);
        assert_eq!(abl("115\u{a0}526"), "115\u{a0}526-дан"); // алты
        assert_eq!(dat("75\u{a0}004"), "75\u{a0}004-ке"); // төрт
        assert_eq!(abl("2022"), "2022-ден"); // екі
        assert_eq!(abl("100"), "100-ден"); // жүз
        assert_eq!(abl("950"), "950-ден"); // елу
        assert_eq!(abl("800"), "800-ден"); // жүз
        assert_eq!(dat("30"), "30-ға"); // отыз
        assert_eq!(dat("40"), "40-қа"); // қырық
        assert_eq!(abl("10"), "10-нан"); // он
        assert_eq!(abl("80"), "80-нен"); // сексен
        assert_eq!(abl("16\u{a0}000"), "16\u{a0}000-нан"); // мың
        assert_eq!(dat("18,9\u{a0}%"), "18,9\u{a0}%-ға"); // пайыз
        assert_eq!(abl("0"), "0-ден"); // нөл
        assert_eq!(dat("2,5"), "2,5-ке"); // бес
    }

    #[test]
    fn templates_name_the_case_in_the_slot() {
        let t = "{first:abl} {last:dat} дейін";
        assert_eq!(
            fill(t, &[("first", "115\u{a0}526"), ("last", "75\u{a0}004")]),
            "115\u{a0}526-дан 75\u{a0}004-ке дейін"
        );
    }
}
