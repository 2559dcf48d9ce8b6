use crate::model::*;

pub(super) static FIGURES: &[Figure] = &[
    Figure {
        id: "dv-incidents-2022",
        topic: Topic::Violence,
        value: Value::Number(115_526.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: Period::new("2022", "2022", "in 2022"),
        label: Text3::new(
            "Domestic-violence incidents, 2022",
            "Случаи домашнего насилия, 2022 г.",
            "Тұрмыстық зорлық-зомбылық оқиғалары, 2022 ж.",
        ),
        description: Text3::new(
            "Recorded incidents of domestic violence in 2022.",
            "Зарегистрированные случаи домашнего насилия в 2022 году.",
            "2022 жылы тіркелген тұрмыстық зорлық-зомбылық оқиғалары.",
        ),
        seed: Seed::CedawReplies,
        location: "para. 3 (b)",
        quote: "These measures have led to a decrease in incidents of domestic violence, from 115,526 in 2022 to 75,004 in 2024.",
    },
    Figure {
        id: "dv-incidents-2024",
        topic: Topic::Violence,
        value: Value::Number(75_004.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Count,
        period: Period::new("2024", "2024", "in 2024"),
        label: Text3::new(
            "Domestic-violence incidents, 2024",
            "Случаи домашнего насилия, 2024 г.",
            "Тұрмыстық зорлық-зомбылық оқиғалары, 2024 ж.",
        ),
        description: Text3::new(
            "Recorded incidents of domestic violence in 2024.",
            "Зарегистрированные случаи домашнего насилия в 2024 году.",
            "2024 жылы тіркелген тұрмыстық зорлық-зомбылық оқиғалары.",
        ),
        seed: Seed::CedawReplies,
        location: "para. 3 (b)",
        quote: "These measures have led to a decrease in incidents of domestic violence, from 115,526 in 2022 to 75,004 in 2024.",
    },
    Figure {
        id: "target-dv-reduction",
        topic: Topic::Violence,
        value: Value::Number(50.0),
        qualifier: Qualifier::Exact,
        unit: Unit::Percent,
        period: Period::new("", "2030", "The National Plan up to 2029 and the gender policy framework up to 2030"),
        label: Text3::new(
            "Goal: reduction in domestic violence",
            "Цель: сокращение домашнего насилия",
            "Мақсат: тұрмыстық зорлық-зомбылықты азайту",
        ),
        description: Text3::new(
            "Planned reduction in domestic violence; the source names no baseline year.",
            "Запланированное сокращение домашнего насилия; базовый год в источнике не указан.",
            "Тұрмыстық зорлық-зомбылықты жоспарлы азайту; дереккөзде базалық жыл көрсетілмеген.",
        ),
        seed: Seed::CedawReplies,
        location: "para. 15 (h)",
        quote: "a 50 per cent reduction in domestic violence",
    },
];
