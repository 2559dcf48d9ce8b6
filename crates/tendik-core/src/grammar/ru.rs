//! Russian agreement with numbers: the CLDR plural categories (one, few, many, other), and
//! the case of a counted noun after a preposition ("до 7 лет", "более 1 года").

use super::numeral::Numeral;
use super::{joined, last_word};

/// CLDR plural categories for Russian.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    /// 1, 21, 101: "1 миротворец".
    One,
    /// 2–4, 22–24: "2 миротворца".
    Few,
    /// 0, 5–20, 25–30, 11–14, 111: "5 миротворцев".
    Many,
    /// Decimals: "18,9 процента" (genitive singular).
    Other,
}

pub fn plural(n: &Numeral) -> Plural {
    if !n.is_whole() {
        return Plural::Other;
    }
    let last_two = n.last_two();
    match (last_two % 10, last_two) {
        (_, 11..=14) => Plural::Many,
        (1, _) => Plural::One,
        (2..=4, _) => Plural::Few,
        _ => Plural::Many,
    }
}

/// Cases a counted noun already in a value can be put in: `{n:род}` turns "2 года" into
/// "2 лет" after "до", "более", "около", "не менее".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Родительный.
    Genitive,
    /// Дательный.
    Dative,
    /// Творительный.
    Instrumental,
}

impl Case {
    pub const ALL: [Case; 3] = [Case::Genitive, Case::Dative, Case::Instrumental];

    pub fn tag(self) -> &'static str {
        match self {
            Case::Genitive => "род",
            Case::Dative => "дат",
            Case::Instrumental => "твор",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Case> {
        Case::ALL.into_iter().find(|c| c.tag() == tag)
    }
}

/// A noun counted in Tendik's values: singular and plural in the nominative, genitive,
/// dative and instrumental (the nominative only to recognise the word).
struct Noun {
    singular: [&'static str; 4],
    plural: [&'static str; 4],
}

const NOUNS: [Noun; 5] = [
    Noun {
        singular: ["год", "года", "году", "годом"],
        plural: ["годы", "лет", "годам", "годами"],
    },
    Noun {
        singular: ["месяц", "месяца", "месяцу", "месяцем"],
        plural: ["месяцы", "месяцев", "месяцам", "месяцами"],
    },
    Noun {
        singular: ["день", "дня", "дню", "днём"],
        plural: ["дни", "дней", "дням", "днями"],
    },
    Noun {
        singular: ["процент", "процента", "проценту", "процентом"],
        plural: ["проценты", "процентов", "процентам", "процентами"],
    },
    Noun {
        singular: ["человек", "человека", "человеку", "человеком"],
        plural: ["люди", "человек", "людям", "людьми"],
    },
];

/// The form of `noun` that follows a number of category `plural` in `case`.
fn form(noun: &Noun, plural: Plural, case: Case) -> &'static str {
    let index = match case {
        Case::Genitive => 1,
        Case::Dative => 2,
        Case::Instrumental => 3,
    };
    match plural {
        // With a fraction the noun is always genitive singular: "2,5 года", "к 2,5 года".
        Plural::Other => noun.singular[1],
        Plural::One => noun.singular[index],
        Plural::Few | Plural::Many => noun.plural[index],
    }
}

/// `value` ("2 года", "7 лет", "18,9 %", "50 МРП") with its counted noun put in `case`.
/// Digits, signs, abbreviations and indeclinable words ("тенге") stay as they are.
pub fn inflect(value: &str, case: Case) -> String {
    let (value, head, word) = last_word(value);
    let Some(noun) = NOUNS
        .iter()
        .find(|n| n.singular.contains(&word) || n.plural.contains(&word))
    else {
        return value.to_string();
    };
    let Some(n) = super::numeral::last(head) else {
        return value.to_string();
    };
    joined(&[head, form(noun, plural(&n), case)])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(s: &str) -> Numeral {
        super::super::numeral::last(s).unwrap()
    }

    #[test]
    fn plural_categories_follow_cldr() {
        for (s, p) in [
            ("0", Plural::Many),
            ("1", Plural::One),
            ("2", Plural::Few),
            ("4", Plural::Few),
            ("5", Plural::Many),
            ("11", Plural::Many),
            ("12", Plural::Many),
            ("14", Plural::Many),
            ("21", Plural::One),
            ("22", Plural::Few),
            ("25", Plural::Many),
            ("101", Plural::One),
            ("111", Plural::Many),
            ("115\u{a0}526", Plural::Many),
            ("75\u{a0}004", Plural::Few),
            ("18,9", Plural::Other),
            ("1,0", Plural::Other),
        ] {
            assert_eq!(plural(&n(s)), p, "{s}");
        }
    }

    #[test]
    fn counted_nouns_take_the_case_of_their_preposition() {
        let gen = |s| inflect(s, Case::Genitive);
        assert_eq!(gen("1 год"), "1 года");
        assert_eq!(gen("2 года"), "2 лет");
        assert_eq!(gen("7 лет"), "7 лет");
        assert_eq!(gen("21 год"), "21 года");
        assert_eq!(gen("2,5 года"), "2,5 года");
        assert_eq!(gen("50 МРП"), "50 МРП");
        assert_eq!(gen("510 000 тенге"), "510 000 тенге");
        assert_eq!(gen("18,9 %"), "18,9 %");
        assert_eq!(inflect("3 года", Case::Dative), "3 годам");
        assert_eq!(inflect("1 год", Case::Instrumental), "1 годом");
        assert_eq!(inflect("5 человек", Case::Dative), "5 людям");
    }
}
