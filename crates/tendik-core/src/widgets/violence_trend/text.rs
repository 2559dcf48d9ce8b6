//! Every string of this widget, in all three languages.

use crate::model::Text3;

// Violence trend.
pub const TITLE: Text3 = Text3::new(
    "Recorded domestic-violence incidents",
    "Зарегистрированные случаи бытового насилия",
    "Тіркелген тұрмыстық зорлық-зомбылық оқиғалары",
);

pub const TAKEAWAY: Text3 = Text3::new(
    "Recorded incidents went from {first} in {first_year} to {last} in {last_year}.",
    "Число зарегистрированных случаев изменилось с {first} в {first_year} г. до {last} в {last_year} г.",
    "Тіркелген оқиғалар саны {first_year} жылғы {first:abl} {last_year} жылғы {last:dat} өзгерді.",
);

pub const FELL: Text3 = Text3::new(
    "Recorded incidents fell from {first} in {first_year} to {last} in {last_year}.",
    "Число зарегистрированных случаев снизилось с {first} в {first_year} г. до {last} в {last_year} г.",
    "Тіркелген оқиғалар саны {first_year} жылғы {first:abl} {last_year} жылғы {last:dat} дейін азайды.",
);

pub const GAP_NOTE: Text3 = Text3::new(
    "The sources give no figure for {years}, so the line is broken there.",
    "За {years} {years:list г.|гг.} в источниках нет данных, поэтому линия там прервана.",
    "Дереккөздерде {years} {years:list жылға|жылдарға} дерек жоқ, сондықтан сызық сол жерде үзілген.",
);

pub const GOAL_NOTE: Text3 = Text3::new(
    "Goal: a {reduction} reduction. The source names no baseline year; the dashed line assumes {base_year}, which puts the goal at {goal} or fewer.",
    "Цель — сокращение на {reduction}. Базовый год в источнике не назван; пунктир отсчитан от {base_year} г., тогда цель — не более {goal}.",
    "Мақсат — {reduction:dat} азайту. Дереккөзде базалық жыл аталмаған; үзік сызық {base_year} жылды негізге алады, сонда мақсат — {goal} немесе одан аз.",
);

pub const GOAL_MARK: Text3 = Text3::new(
    "Goal: −{reduction} from {base_year} (assumed baseline)",
    "Цель: −{reduction} от {base_year} г. (условная база)",
    "Мақсат: {base_year} жылдан −{reduction} (шартты база)",
);

pub const GOAL_NOTE_STATED: Text3 = Text3::new(
    "Goal: a {reduction} reduction from {base_year}, which puts it at {goal} or fewer.",
    "Цель — сокращение на {reduction} от уровня {base_year} г., то есть не более {goal}.",
    "Мақсат — {base_year} жылғы деңгейден {reduction:dat} азайту, яғни {goal} немесе одан аз.",
);

pub const GOAL_MARK_STATED: Text3 = Text3::new(
    "Goal: −{reduction} from {base_year}",
    "Цель: −{reduction} от {base_year} г.",
    "Мақсат: {base_year} жылдан −{reduction}",
);

pub const INCIDENTS: Text3 = Text3::new("Incidents", "Случаи", "Оқиғалар");

pub const GAP_NOTE_DOTS: Text3 = Text3::new(
    "The sources give no figure for {years}; the years they do give are shown as dots, with no line between them.",
    "За {years} {years:list г.|гг.} в источниках нет данных; годы, за которые данные есть, показаны точками без соединяющей линии.",
    "Дереккөздерде {years} {years:list жылға|жылдарға} дерек жоқ; дерегі бар жылдар сызықпен қосылмай, нүкте ретінде көрсетілген.",
);
