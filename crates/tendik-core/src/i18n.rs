//! Every interface string in all three languages, in one place. A `Text3` cannot be built
//! without all three, and `tests/i18n.rs` checks none is empty or left in English.
//! Templates name their slots `{like_this}`; [`fill`] substitutes them, computing the
//! grammar a slot asks for (`{n:abl}`, `{n:год|года|лет}`): see [`crate::grammar`] and
//! docs/grammar.md.

pub use crate::grammar::fill;
use crate::model::{Lang, Text3};

pub fn t(text: Text3, lang: Lang) -> &'static str {
    text.get(lang)
}

// Qualifiers and units of the dataset's figures (`format::figure`). In Russian the
// qualifiers govern the genitive ("до 7 лет", "более 1 года"); in Kazakh the case ending
// goes on the unit's last word ("7 жылға дейін", "50 АЕК-ке дейін").
pub const Q_MORE_THAN: Text3 = Text3::new("more than {n}", "более {n:род}", "{n:abl} астам");
pub const Q_ABOUT: Text3 = Text3::new("about {n}", "около {n:род}", "шамамен {n}");
pub const Q_AT_LEAST: Text3 = Text3::new("at least {n}", "не менее {n:род}", "кемінде {n}");
pub const Q_AT_MOST: Text3 = Text3::new("up to {n}", "до {n:род}", "{n:dat} дейін");
pub const UNIT_TENGE: Text3 = Text3::new("{n} tenge", "{n} тенге", "{n} теңге");
pub const UNIT_USD: Text3 = Text3::new("US${n}", "{n} долл. США", "{n} АҚШ доллары");
pub const UNIT_YEARS: Text3 = Text3::new("{n} {n:year|years}", "{n} {n:год|года|лет}", "{n} жыл");
pub const UNIT_MNU: Text3 = Text3::new(
    "{n} {n:monthly notional unit|monthly notional units}",
    "{n} МРП",
    "{n} АЕК",
);
pub const UNIT_POINTS: Text3 =
    Text3::new("{n} {n:point|points}", "{n} п. п.", "{n} пайыздық тармақ");
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
    "{shown} of {total} {total:figure|figures}",
    "{shown} из {total} {total:цифры|цифр|цифр|цифры}",
    "{total} санның {shown:poss}",
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
/// The product's one name per language (the figures' credit line, the app's navigation).
pub const PRODUCT: Text3 = Text3::new("Tendik", "Теңдік", "Теңдік");
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
pub const TOPIC_REPRESENTATION: Text3 = Text3::new("Representation", "Представленность", "Өкілдік");
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
    "Теңдік работает целиком в вашем браузере: без сервера, cookie и слежки.",
    "Теңдік толығымен браузеріңізде жұмыс істейді: серверсіз, cookie-сіз, бақылаусыз.",
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
pub const EMBED_LINK: Text3 = Text3::new(
    "Link for WordPress, Ghost and social posts (the chart's page, with oEmbed and a preview card)",
    "Ссылка для WordPress, Ghost и соцсетей (страница диаграммы с oEmbed и карточкой предпросмотра)",
    "WordPress, Ghost және әлеуметтік желілерге сілтеме (oEmbed пен алдын ала көрініс картасы бар диаграмма беті)",
);
pub const EMBED_NEWSLETTER: Text3 = Text3::new(
    "Image for newsletters and RSS (no script; links to the chart's page)",
    "Изображение для рассылок и RSS (без скриптов; ведёт на страницу диаграммы)",
    "Ақпараттық хаттар мен RSS үшін сурет (скриптсіз; диаграмма бетіне апарады)",
);
pub const EMBED_AMP: Text3 = Text3::new(
    "AMP page (amp-iframe, with the image until the chart loads)",
    "Страница AMP (amp-iframe, с изображением, пока диаграмма загружается)",
    "AMP беті (amp-iframe, диаграмма жүктелгенше сурет көрсетіледі)",
);
/// The button AMP shows where it will not make the frame as tall as the chart unasked.
pub const SHOW_WHOLE_CHART: Text3 = Text3::new(
    "Show the whole chart",
    "Показать диаграмму целиком",
    "Диаграмманы толық көрсету",
);
pub const EMBED_PREVIEW_TITLE: Text3 = Text3::new(
    "Preview of the iframe embed",
    "Предпросмотр встраивания через iframe",
    "Iframe арқылы ендірудің алдын ала көрінісі",
);
/// Before the charts a figure appears in, in the Sources view.
pub const SHOWN_IN: Text3 = Text3::new("Shown in:", "На диаграммах:", "Диаграммаларда:");
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
    "Диаграммадағы мәндер: олардың арасында көрсеткі пернелерімен жылжыңыз",
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
/// The export size of PNG and SVG downloads (issue 18): the displayed width or a preset.
pub const IMAGE_SIZE: Text3 = Text3::new("Image size", "Размер изображения", "Сурет өлшемі");
pub const SIZE_AS_SHOWN: Text3 = Text3::new("as shown", "как на экране", "экрандағыдай");
/// `{n}`: the width in pixels.
pub const SIZE_WIDTH: Text3 = Text3::new("{n} px wide", "ширина {n} px", "ені {n} px");
pub const SIZE_SQUARE: Text3 = Text3::new(
    "square, 1080 × 1080 px",
    "квадрат 1080 × 1080 px",
    "шаршы, 1080 × 1080 px",
);
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
pub const DOWNLOAD_JSON: Text3 = Text3::new(
    "Download the data as JSON, to edit and give back to the widget",
    "Скачать данные в JSON, чтобы изменить их и передать виджету",
    "Деректерді өзгертіп, виджетке қайта беру үшін JSON ретінде жүктеп алу",
);
pub const UNIT_COLUMN: Text3 = Text3::new("Unit", "Единица", "Өлшем бірлігі");
pub const QUALIFIER_COLUMN: Text3 = Text3::new("Qualifier", "Уточнение", "Нақтылау");
pub const COMPUTED_COLUMN: Text3 = Text3::new("How computed", "Как вычислено", "Қалай есептелген");
/// "{how}, from {where}": a computed row names the places its figures come from.
pub const COMPUTED_FROM: Text3 = Text3::new(
    "{how}, from {where}",
    "{how}, по данным: {where}",
    "{how}, дереккөзі: {where}",
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
pub const CHART_FAILED: Text3 = Text3::new(
    "This chart could not be loaded.",
    "Не удалось загрузить диаграмму.",
    "Диаграмманы жүктеу мүмкін болмады.",
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
    "Теңдік: виджета «{name}» нет. Доступные виджеты: {known}.",
    "Теңдік: «{name}» деген виджет жоқ. Бар виджеттер: {known}.",
);
pub const ERR_UNKNOWN_ATTRIBUTE: Text3 = Text3::new(
    "Tendik: the {widget} widget does not understand the attribute “{attribute}”. It understands: {known}.",
    "Теңдік: виджет {widget} не понимает атрибут «{attribute}». Допустимые атрибуты: {known}.",
    "Теңдік: {widget} виджеті «{attribute}» атрибутын түсінбейді. Түсінетіні: {known}.",
);
pub const ERR_BAD_ATTRIBUTE_VALUE: Text3 = Text3::new(
    "Tendik: the attribute “{attribute}” cannot be “{value}”. Use one of: {known}.",
    "Теңдік: атрибут «{attribute}» не может иметь значение «{value}». Допустимо: {known}.",
    "Теңдік: «{attribute}» атрибуты «{value}» бола алмайды. Мыналардың бірін қолданыңыз: {known}.",
);
pub const ERR_MISSING_NAME: Text3 = Text3::new(
    "Tendik: this element has no “name” attribute, so no widget was chosen. Known widgets: {known}.",
    "Теңдік: у элемента нет атрибута «name», виджет не выбран. Доступные виджеты: {known}.",
    "Теңдік: элементте «name» атрибуты жоқ, виджет таңдалмады. Бар виджеттер: {known}.",
);
pub const ERR_DATA_SCRIPT: Text3 = Text3::new(
    "Tendik: data-script=\"{id}\" names no <script type=\"application/json\"> element on this page.",
    "Теңдік: data-script=\"{id}\" не указывает ни на один элемент <script type=\"application/json\"> на странице.",
    "Теңдік: data-script=\"{id}\" бетте ешбір <script type=\"application/json\"> элементін көрсетпейді.",
);
pub const ERR_DRAWING: Text3 = Text3::new(
    "Tendik: the chart could not be drawn ({detail}). The figures are in the data table below.",
    "Теңдік: не удалось нарисовать диаграмму ({detail}). Цифры — в таблице данных ниже.",
    "Теңдік: диаграмманы салу мүмкін болмады ({detail}). Сандар төмендегі деректер кестесінде.",
);

/// The mark on a goal line for women's representation (institutions, quota gauge).
pub const GOAL_BY_YEAR: Text3 = Text3::new(
    "{goal} goal by {year}",
    "Цель {goal} к {year} г.",
    "{year} жылғы мақсат: {goal}",
);
pub const QUOTA_SHARE_COLUMN: Text3 = Text3::new("Women's share", "Доля женщин", "Әйелдер үлесі");
pub const MAJILIS: Text3 = Text3::new("Majilis", "Мажилис", "Мәжіліс");
pub const MASLIKHATS: Text3 = Text3::new("Maslikhats", "Маслихаты", "Мәслихаттар");
/// The same, inside a sentence: a common noun, not a name.
pub const MASLIKHATS_IN_SENTENCE: Text3 = Text3::new("maslikhats", "маслихаты", "мәслихаттар");

/// `label` as it reads inside a sentence: the labels the dataset knows to be common nouns
/// in lower case ("…: Мажилис — 18,9 %, маслихаты — 22,7 %"); any other label as written.
pub fn in_sentence(label: &str, lang: Lang) -> &str {
    if label == MASLIKHATS.get(lang) {
        MASLIKHATS_IN_SENTENCE.get(lang)
    } else {
        label
    }
}

// User-supplied data: how a newsroom's own JSON is checked (`userdata`). Messages name
// what was expected and what was found, so the figures can be fixed without reading code.
pub const DATA_ERROR_AT: Text3 = Text3::new(
    "Tendik: data error at {path}: {message}",
    "Теңдік: ошибка в данных, поле {path}: {message}",
    "Теңдік: деректердегі қате, {path} өрісі: {message}",
);
pub const DATA_ERROR: Text3 = Text3::new(
    "Tendik: data error: {message}",
    "Теңдік: ошибка в данных: {message}",
    "Теңдік: деректердегі қате: {message}",
);
pub const JSON_AT_POSITION: Text3 = Text3::new(
    "line {line}, column {column}: {problem}",
    "строка {line}, столбец {column}: {problem}",
    "{line}-жол, {column}-баған: {problem}",
);
pub const JSON_TOO_LARGE: Text3 = Text3::new(
    "the data is {bytes} {bytes:byte|bytes} long; the limit is {max} {max:byte|bytes} (64 KiB)",
    "размер данных — {bytes} {bytes:байт|байта|байт}, а допустимо не более {max} {max:байта|байт|байт|байта} (64 КиБ)",
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
    "arrays and objects are nested more than {max} {max:level|levels} deep",
    "массивы и объекты вложены глубже {max} {max:уровня|уровней|уровней|уровня}",
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
pub const TYPE_BOOLEAN: Text3 = Text3::new("true or false", "true или false", "true немесе false");
pub const TYPE_DATE: Text3 = Text3::new(
    "a date such as \"2024-05-17\"",
    "дата вида \"2024-05-17\"",
    "\"2024-05-17\" түріндегі күн",
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
    "0\u{2011}ден үлкен және 100\u{2011}ден аспайтын сан күтілген, бірақ берілгені {value}",
);
pub const ERR_COUNT: Text3 = Text3::new(
    "expected a whole number, 0 or more, got {value}",
    "ожидается целое число не меньше 0, а получено {value}",
    "0\u{2011}ден кем емес бүтін сан күтілген, бірақ берілгені {value}",
);
pub const ERR_NON_NEGATIVE: Text3 = Text3::new(
    "expected a number, 0 or more, got {value}",
    "ожидается число не меньше 0, а получено {value}",
    "0\u{2011}ден кем емес сан күтілген, бірақ берілгені {value}",
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
pub const ERR_DATE: Text3 = Text3::new(
    "expected a date written 2024, \"2024-05\" or \"2024-05-17\" (a real day, in a year from 1900 to 2100), got {value}",
    "ожидается дата вида 2024, \"2024-05\" или \"2024-05-17\" (существующий день, год от 1900 до 2100), а получено {value}",
    "2024, \"2024-05\" немесе \"2024-05-17\" түріндегі күн күтілген (нақты күн, жылы 1900 бен 2100 аралығында), бірақ берілгені {value}",
);
pub const ERR_ITEM_COUNT_EXACT: Text3 = Text3::new(
    "expected {max} {max:item|items}, got {count}",
    "ожидается {max} {max:элемент|элемента|элементов|элемента}, а получено {count}",
    "{max} элемент күтілген, бірақ берілгені {count}",
);
pub const ERR_ITEM_COUNT: Text3 = Text3::new(
    "expected {min} to {max} {max:item|items}, got {count}",
    "ожидается от {min} до {max} {max:элемента|элементов|элементов|элемента}, а получено {count}",
    "{min:abl} {max:dat} дейін элемент күтілген, бірақ берілгені {count}",
);
pub const ERR_EMPTY_TEXT: Text3 = Text3::new(
    "must not be empty",
    "не может быть пустым",
    "бос болмауы керек",
);
pub const ERR_TEXT_TOO_LONG: Text3 = Text3::new(
    "is {length} {length:character|characters} long; the limit is {max}",
    "длина — {length} {length:символ|символа|символов}, а допустимо не более {max}",
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
pub const ERR_BIDI_CONTROL: Text3 = Text3::new(
    "contains U+{code}, an invisible bidi control that changes the order of the characters around it: remove it (Tendik keeps right-to-left text in order itself)",
    "содержит U+{code} — невидимый символ управления направлением текста, который меняет порядок символов вокруг него: удалите его (Теңдік сам сохраняет порядок текста, написанного справа налево)",
    "құрамында U+{code} бар — айналасындағы таңбалардың ретін өзгертетін, мәтін бағытын басқаратын көрінбейтін таңба: оны алып тастаңыз (Теңдік оңнан солға жазылған мәтіннің ретін өзі сақтайды)",
);
pub const ERR_LINE_BREAK: Text3 = Text3::new(
    "contains a line break (U+{code}): text is shown on one line and wrapped to fit, so write it without line breaks",
    "содержит перенос строки (U+{code}): текст выводится одной строкой и переносится сам, поэтому пишите его без переносов",
    "құрамында жол ауысуы бар (U+{code}): мәтін бір жолмен көрсетіліп, өзі тасымалданады, сондықтан оны жол ауыстырмай жазыңыз",
);
pub const ERR_REPLACEMENT_CHARACTER: Text3 = Text3::new(
    "contains U+FFFD, the replacement character: part of the text was lost before it reached Tendik (a lone UTF-16 surrogate, or text saved in another encoding); type it again",
    "содержит U+FFFD, символ замены: часть текста потерялась по дороге в Теңдік (одиночный суррогат UTF-16 или текст в другой кодировке); наберите его заново",
    "құрамында U+FFFD алмастыру таңбасы бар: мәтіннің бір бөлігі Теңдікке жеткенше жоғалған (жалғыз UTF-16 суррогаты немесе басқа кодтаудағы мәтін); оны қайта теріңіз",
);
pub const ERR_INVISIBLE_TEXT: Text3 = Text3::new(
    "must not be empty: it holds only spaces and invisible characters (U+{code})",
    "не может быть пустым: в нём только пробелы и невидимые символы (U+{code})",
    "бос болмауы керек: мұнда тек бос орындар мен көрінбейтін таңбалар бар (U+{code})",
);
pub const ERR_DUPLICATE_YEAR: Text3 = Text3::new(
    "the year {year} appears twice (also at {other})",
    "год {year} указан дважды (ещё в {other})",
    "{year} жылы екі рет көрсетілген ({other} ішінде де)",
);
pub const ERR_YEAR_SPAN: Text3 = Text3::new(
    "the years run from {first} to {last}: {span} {span:year|years}, more than the {max} a chart can show",
    "годы идут с {first} по {last}: это {span} {span:год|года|лет}, а диаграмма вмещает не более {max}",
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
pub const ERR_QUOTA_AND_GOAL: Text3 = Text3::new(
    "give a quota or a goal, not both",
    "укажите quota или goal, но не оба поля",
    "quota не goal өрістерінің біреуі ғана беріледі",
);
pub const ERR_SAME_HEADING: Text3 = Text3::new(
    "two groups are headed “{heading}”; each group needs a heading of its own",
    "две группы озаглавлены «{heading}»; у каждой группы должен быть свой заголовок",
    "екі топтың тақырыбы бірдей — «{heading}»; әр топтың өз тақырыбы болуы керек",
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

// Shared by the bar-group widgets below (institutions, crime victims, crisis centres).
pub const GROUPS_OR: Text3 = Text3::new("or", "или", "немесе");
pub const GROUPS_SECTION_COLUMN: Text3 = Text3::new("Section", "Раздел", "Бөлім");
pub const GROUPS_NUMBER_COLUMN: Text3 = Text3::new("Number", "Число", "Саны");
pub const ERR_DATASET_ONLY_WIDGET: Text3 = Text3::new(
    "the {widget} widget shows only the sourced figures in Tendik's own dataset and takes no data: remove the data",
    "виджет {widget} показывает только цифры с источниками из набора данных Теңдік и не принимает данные: уберите их",
    "{widget} виджеті тек Теңдік деректер жинағындағы дереккөзі бар сандарды көрсетеді және деректер қабылдамайды: оларды алып тастаңыз",
);

// Wording shared by the family-centres, researchers, nap-timeline and targets-2030 widgets.
pub const FIG_PARA: Text3 = Text3::new("para. {p}", "п. {p}", "{p} т.");
pub const LIST_AND: Text3 = Text3::new("and", "и", "және");
pub const WHEN_COLUMN: Text3 = Text3::new("Date", "Дата", "Күні");
pub const NO_FIGURE_IN_THE_SOURCES: Text3 = Text3::new(
    "no figure in the sources",
    "в источниках отсутствуют",
    "дереккөздерде дерек жоқ",
);

pub const COMPUTED_REMAINDER: Text3 = Text3::new(
    "Computed: the total less the parts the source gives",
    "Вычислено: общее число за вычетом частей, приведённых в источнике",
    "Есептелген: жалпы саннан дереккөзде берілген бөліктер шегерілген",
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

/// The dashed line at parity over women's shares (institutions, business).
pub const PARITY_MARK: Text3 = Text3::new(
    "Parity {parity}",
    "Паритет {parity}",
    "Тепе-теңдік {parity}",
);

/// Of a newsroom's shares against parity (institutions, business).
pub const BELOW_PARITY: Text3 = Text3::new(
    "{below} of {count} {below:is|are} below parity ({parity}).",
    "Ниже паритета ({parity}) — {below} из {count}.",
    "Тепе-теңдіктен ({parity}) төмені — {below} (барлығы {count}).",
);

pub const NONE_BELOW_PARITY: Text3 = Text3::new(
    "None is below parity ({parity}).",
    "Ни одна доля не ниже паритета ({parity}).",
    "Тепе-теңдіктен ({parity}) төмен үлес жоқ.",
);
