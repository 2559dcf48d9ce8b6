//! Every interface string in all three languages, in one place. A `Text3` cannot be built
//! without all three, and `tests/i18n.rs` checks none is empty or left in English.
//! Templates name their slots `{like_this}`; [`fill`] substitutes them.

use crate::model::{Lang, Text3};

/// Replaces `{key}` slots in `template`. A slot with no value is left visible, so a
/// missing substitution shows up in tests instead of silently vanishing.
pub fn fill(template: &str, slots: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in slots {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

pub fn t(text: Text3, lang: Lang) -> &'static str {
    text.get(lang)
}

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
    "{count} органның {met}-і {quota} квотаға жетті: {items}.",
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
    "Квота {quota} общая для женщин, молодёжи и лиц с инвалидностью: она не зарезервирована только для женщин. Закон подписан {signed} и вступил в силу {in_force}.",
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
    "Тіркелген оқиғалар саны {first_year} жылғы {first}-ден {last_year} жылғы {last}-ге өзгерді.",
);
pub const VIOLENCE_FELL: Text3 = Text3::new(
    "Recorded incidents fell from {first} in {first_year} to {last} in {last_year}.",
    "Число зарегистрированных случаев снизилось с {first} в {first_year} г. до {last} в {last_year} г.",
    "Тіркелген оқиғалар саны {first_year} жылғы {first}-ден {last_year} жылғы {last}-ге дейін азайды.",
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
    "Жіберілген {total} бітімгердің {women}-і әйел ({share}), ал мақсат — {goal}.",
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
    "{max}-ден аспайтын сан күтілген, бірақ берілгені {value}",
);
pub const ERR_YEAR: Text3 = Text3::new(
    "expected a whole year from {min} to {max}, got {value}",
    "ожидается год — целое число от {min} до {max}, а получено {value}",
    "{min} мен {max} аралығындағы бүтін жыл күтілген, бірақ берілгені {value}",
);
pub const ERR_ITEM_COUNT: Text3 = Text3::new(
    "expected {min} to {max} items, got {count}",
    "ожидается от {min} до {max} элементов, а получено {count}",
    "{min}-ден {max}-ге дейін элемент күтілген, бірақ берілгені {count}",
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
    "жылдар {first}-ден {last}-ге дейін: бұл {span} жыл, ал диаграммаға ең көбі {max} сыяды",
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
    "Дереккөзде {total} адамның {n}-і санаттарға бөлінбеген.",
);
