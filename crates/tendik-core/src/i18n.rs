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
pub const ERR_DRAWING: Text3 = Text3::new(
    "Tendik: the chart could not be drawn ({detail}). The figures are in the data table below.",
    "Tendik: не удалось нарисовать диаграмму ({detail}). Цифры — в таблице данных ниже.",
    "Tendik: диаграмманы салу мүмкін болмады ({detail}). Сандар төмендегі деректер кестесінде.",
);

// Quota gauge.
pub const QUOTA_TITLE: Text3 = Text3::new(
    "Women in elected bodies, against the 30% quota",
    "Женщины в выборных органах и квота 30 %",
    "Сайланбалы органдардағы әйелдер және 30 % квота",
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
pub const INCIDENTS: Text3 = Text3::new("Incidents", "Случаи", "Оқиғалар");

// Peacekeeping composition.
pub const PEACE_TITLE: Text3 = Text3::new(
    "Kazakhstan's UN peacekeepers by role, {date}",
    "Миротворцы ООН от Казахстана по категориям, {date}",
    "Қазақстаннан БҰҰ бітімгерлері санаттар бойынша, {date}",
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
