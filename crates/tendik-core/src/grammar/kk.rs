//! Kazakh case endings, computed from the last word of a formatted value as it is read
//! aloud: "115 526" ends in "алты" (115 526-дан), "18,9 %" in "пайыз" (18,9 %-ға),
//! "7 жыл" in "жыл" (7 жылға), "50 АЕК" in "аек" (50 АЕК-ке).
//!
//! The ending follows vowel harmony (the last back or front vowel) and the last sound
//! (vowel, sonorant, nasal, voiced or voiceless consonant). After a digit, a per cent sign,
//! an abbreviation or Latin letters it is joined with a no-break hyphen; after a Kazakh
//! word it is written onto the word.

use super::numeral;
use super::{is_letter, joined, last_word, NB_HYPHEN};

/// The cases (and the two other endings) a template can ask of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Ілік: -ның/-нің/-дың/-дің/-тың/-тің ("whose").
    Genitive,
    /// Барыс: -ға/-ге/-қа/-ке ("to").
    Dative,
    /// Табыс: -ны/-ні/-ды/-ді/-ты/-ті (definite object).
    Accusative,
    /// Жатыс: -да/-де/-та/-те ("in", "at", "on").
    Locative,
    /// Шығыс: -дан/-ден/-тан/-тен/-нан/-нен ("from", "than").
    Ablative,
    /// Көмектес: -мен/-бен/-пен ("with").
    Instrumental,
    /// -лық/-лік/-дық/-дік/-тық/-тік: a quantity qualifying a noun ("30 %-дық квота").
    Attributive,
    /// Third-person possessive -ы/-і/-сы/-сі ("100 санның 5-і").
    Possessive,
}

impl Case {
    pub const ALL: [Case; 8] = [
        Case::Genitive,
        Case::Dative,
        Case::Accusative,
        Case::Locative,
        Case::Ablative,
        Case::Instrumental,
        Case::Attributive,
        Case::Possessive,
    ];

    /// The tag a template writes after the slot name: `{n:abl}`.
    pub fn tag(self) -> &'static str {
        match self {
            Case::Genitive => "gen",
            Case::Dative => "dat",
            Case::Accusative => "acc",
            Case::Locative => "loc",
            Case::Ablative => "abl",
            Case::Instrumental => "ins",
            Case::Attributive => "attr",
            Case::Possessive => "poss",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Case> {
        Case::ALL.into_iter().find(|c| c.tag() == tag)
    }
}

/// How a word ends, as far as endings care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sound {
    Vowel,
    /// л: like a sonorant before most endings, like a nasal before -дық.
    L,
    /// р, й, у, и (и is ій/ый).
    Glide,
    /// м, н, ң.
    Nasal,
    /// з, ж.
    Voiced,
    /// Every other consonant; б, в, г, д are devoiced at the end of a word.
    Voiceless,
}

fn last_sound(word: &str) -> Sound {
    match word.chars().rev().find(|c| !matches!(c, 'ь' | 'ъ')) {
        Some('а' | 'ә' | 'е' | 'ё' | 'о' | 'ө' | 'ұ' | 'ү' | 'ы' | 'і' | 'э' | 'ю' | 'я')
        | None => Sound::Vowel,
        Some('л') => Sound::L,
        Some('р' | 'й' | 'у' | 'и') => Sound::Glide,
        Some('м' | 'н' | 'ң') => Sound::Nasal,
        Some('з' | 'ж') => Sound::Voiced,
        Some(_) => Sound::Voiceless,
    }
}

/// Back (а, о, ұ, ы) or front (ә, е, ө, ү, і) harmony, from the last vowel that is one or
/// the other: и and у can be either and are skipped ("оқу" is back, "білу" front). A word
/// with neither is taken as back ("институт"); a final soft sign makes it front.
fn is_back(word: &str) -> bool {
    if word.ends_with('ь') {
        return false;
    }
    for c in word.chars().rev() {
        match c {
            'а' | 'о' | 'ұ' | 'ы' | 'я' | 'ё' => return true,
            'ә' | 'е' | 'ө' | 'ү' | 'і' | 'э' => return false,
            _ => {}
        }
    }
    true
}

/// The ending `case` takes after `word` (lower case, as read aloud).
pub fn ending(word: &str, case: Case) -> String {
    let back = is_back(word);
    let sound = last_sound(word);
    let pick = |b: &'static str, f: &'static str| if back { b } else { f };
    use Sound::*;
    let (first, rest) = match case {
        Case::Genitive => (
            match sound {
                Vowel | Nasal => "н",
                L | Glide | Voiced => "д",
                Voiceless => "т",
            },
            pick("ың", "ің"),
        ),
        Case::Accusative => (
            match sound {
                Vowel => "н",
                L | Glide | Nasal | Voiced => "д",
                Voiceless => "т",
            },
            pick("ы", "і"),
        ),
        Case::Dative => (
            match (sound, back) {
                (Voiceless, true) => "қ",
                (Voiceless, false) => "к",
                (_, true) => "ғ",
                (_, false) => "г",
            },
            pick("а", "е"),
        ),
        Case::Locative => (if sound == Voiceless { "т" } else { "д" }, pick("а", "е")),
        Case::Ablative => (
            match sound {
                Nasal => "н",
                Voiceless => "т",
                _ => "д",
            },
            pick("ан", "ен"),
        ),
        // The one ending without vowel harmony.
        Case::Instrumental => (
            match sound {
                Voiced => "б",
                Voiceless => "п",
                _ => "м",
            },
            "ен",
        ),
        Case::Attributive => (
            match sound {
                Vowel | Glide => "л",
                L | Nasal | Voiced => "д",
                Voiceless => "т",
            },
            pick("ық", "ік"),
        ),
        Case::Possessive => (if sound == Vowel { "с" } else { "" }, pick("ы", "і")),
    };
    joined(&[first, rest])
}

/// Words already in the third-person possessive ("АҚШ доллары"), with their stem: their
/// endings take the pronominal н (долларына, долларынан, долларында).
const POSSESSIVE_WORDS: [(&str, &str); 1] = [("доллары", "доллар")];

/// `word` (as written) with the ending `case` takes, spelt onto it.
fn inflect_word(word: &str, case: Case) -> String {
    let lower = crate::case::lowercase(word);
    if let Some((_, stem)) = POSSESSIVE_WORDS.iter().find(|(w, _)| *w == lower) {
        let back = is_back(&lower);
        let pick = |b: &'static str, f: &'static str| if back { b } else { f };
        let ending = match case {
            Case::Genitive => pick("ның", "нің"),
            Case::Dative => pick("на", "не"),
            Case::Accusative => "н",
            Case::Locative => pick("нда", "нде"),
            Case::Ablative => pick("нан", "нен"),
            Case::Instrumental => "мен",
            Case::Possessive => "",
            Case::Attributive => {
                let cut = word.len() - (lower.len() - stem.len());
                return joined(&[&word[..cut], &ending(stem, case)]);
            }
        };
        return joined(&[word, ending]);
    }
    // A vowel ending voices a final п, к, қ: кітап → кітабы, орталық → орталығы.
    if case == Case::Possessive {
        let voiced = match word.chars().last() {
            Some('п') => Some("б"),
            Some('к') => Some("г"),
            Some('қ') => Some("ғ"),
            _ => None,
        };
        if let Some(v) = voiced {
            let stem = &word[..word.len() - 2];
            return joined(&[stem, v, &ending(&lower, case)]);
        }
    }
    joined(&[word, &ending(&lower, case)])
}

const UNITS: [&str; 10] = [
    "нөл",
    "бір",
    "екі",
    "үш",
    "төрт",
    "бес",
    "алты",
    "жеті",
    "сегіз",
    "тоғыз",
];
const TENS: [&str; 10] = [
    "",
    "он",
    "жиырма",
    "отыз",
    "қырық",
    "елу",
    "алпыс",
    "жетпіс",
    "сексен",
    "тоқсан",
];
/// 10³ⁿ. Every name past a trillion ends in -ион, so the last one stands for all larger.
const SCALES: [&str; 7] = [
    "",
    "мың",
    "миллион",
    "миллиард",
    "триллион",
    "квадриллион",
    "квинтиллион",
];

/// The last word of `digits` (a whole number) read aloud: 115 526 → "алты",
/// 16 000 → "мың", 510 000 000 000 → "миллиард", 10¹² → "триллион".
fn last_word_of_whole(digits: &str) -> &'static str {
    let digits = digits.trim_start_matches('0');
    if digits.is_empty() {
        return UNITS[0];
    }
    let zeros = digits.len() - digits.trim_end_matches('0').len();
    if zeros >= 3 {
        return SCALES[(zeros / 3).min(SCALES.len() - 1)];
    }
    let digit = |from_end: usize| {
        let b = digits.as_bytes();
        b.len()
            .checked_sub(from_end + 1)
            .map_or(0, |i| usize::from(b[i] - b'0'))
    };
    match (digit(0), digit(1)) {
        (0, 0) => "жүз",
        (0, tens) => TENS[tens],
        (units, _) => UNITS[units],
    }
}

/// The last word of a number read aloud: "18,9" is "он сегіз бүтін оннан тоғыз".
pub fn last_word_of(n: &numeral::Numeral) -> &'static str {
    if n.is_whole() {
        last_word_of_whole(&n.int)
    } else {
        last_word_of_whole(&n.frac)
    }
}

fn is_lower_cyrillic(c: char) -> bool {
    ('а'..='я').contains(&c)
        || matches!(c, 'ё' | 'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'і')
}

/// How an abbreviation or a Latin word is read: as a word when it has a vowel (АЕК is
/// "аек", БҰҰ "бұұ", CEDAW "кедау"), else by the name of its last letter (ҚР ends "эр").
fn read_abbreviation(token: &str) -> String {
    let letters: String = token
        .chars()
        .filter(|c| is_letter(*c))
        .map(|c| latin_as_cyrillic(crate::case::lower(c)))
        .collect();
    let has_vowel = letters.chars().any(|c| {
        matches!(
            c,
            'а' | 'ә'
                | 'е'
                | 'ё'
                | 'и'
                | 'о'
                | 'ө'
                | 'у'
                | 'ұ'
                | 'ү'
                | 'ы'
                | 'і'
                | 'э'
                | 'ю'
                | 'я'
        )
    });
    if has_vowel {
        return letters;
    }
    match letters.chars().last() {
        Some('л') => "эл".into(),
        Some('м') => "эм".into(),
        Some('н') => "эн".into(),
        Some('р') => "эр".into(),
        Some('с') => "эс".into(),
        Some('ф') => "эф".into(),
        Some('қ') => "қы".into(),
        Some('ғ') => "ғы".into(),
        Some('к') => "ка".into(),
        Some('х') => "ха".into(),
        Some('ш') => "ша".into(),
        Some(c) => {
            let mut name = String::from(c);
            name.push('е');
            name
        }
        None => String::new(),
    }
}

fn latin_as_cyrillic(c: char) -> char {
    const LATIN: &str = "abcdefghijklmnopqrstuvwxyz";
    const CYRILLIC: [char; 26] = [
        'а', 'б', 'к', 'д', 'е', 'ф', 'г', 'х', 'и', 'ж', 'к', 'л', 'м', 'н', 'о', 'п', 'к', 'р',
        'с', 'т', 'у', 'в', 'у', 'с', 'й', 'з',
    ];
    LATIN.find(c).map_or(c, |i| CYRILLIC[i])
}

/// `value` (a formatted figure, date, label…) with `case` applied to its last word.
/// A value with no letter or digit at its end ("–") is returned as it is.
pub fn inflect(value: &str, case: Case) -> String {
    let (value, head, token) = last_word(value);
    // "2022 ж." is read "2022 жыл", and "in 2022" is "2022 жылы".
    if token == "ж." {
        let year = match case {
            Case::Locative => "жылы".to_string(),
            _ => inflect_word("жыл", case),
        };
        return joined(&[head, &year]);
    }
    if token.chars().last().is_some_and(is_lower_cyrillic) {
        return joined(&[head, &inflect_word(token, case)]);
    }
    let core = token.trim_end_matches(|c: char| !is_letter(c) && !c.is_ascii_digit() && c != '%');
    let reading = if core.ends_with('%') {
        "пайыз".to_string()
    } else if core.ends_with(|c: char| c.is_ascii_digit()) {
        match numeral::last(value) {
            Some(n) => last_word_of(&n).to_string(),
            None => return value.to_string(),
        }
    } else {
        read_abbreviation(core)
    };
    if reading.is_empty() {
        return value.to_string();
    }
    let mut out = String::from(value);
    out.push(NB_HYPHEN);
    out.push_str(&ending(&reading, case));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_number_word_takes_the_endings_a_grammar_gives() {
        // (word, genitive, dative, accusative, locative, ablative, instrumental,
        // attributive, possessive)
        let table = [
            ("нөл", "дің", "ге", "ді", "де", "ден", "мен", "дік", "і"),
            ("бір", "дің", "ге", "ді", "де", "ден", "мен", "лік", "і"),
            ("екі", "нің", "ге", "ні", "де", "ден", "мен", "лік", "сі"),
            ("үш", "тің", "ке", "ті", "те", "тен", "пен", "тік", "і"),
            ("алты", "ның", "ға", "ны", "да", "дан", "мен", "лық", "сы"),
            ("сегіз", "дің", "ге", "ді", "де", "ден", "бен", "дік", "і"),
            ("он", "ның", "ға", "ды", "да", "нан", "мен", "дық", "ы"),
            ("қырық", "тың", "қа", "ты", "та", "тан", "пен", "тық", "ы"),
            ("елу", "дің", "ге", "ді", "де", "ден", "мен", "лік", "і"),
            ("сексен", "нің", "ге", "ді", "де", "нен", "мен", "дік", "і"),
            ("жүз", "дің", "ге", "ді", "де", "ден", "бен", "дік", "і"),
            ("мың", "ның", "ға", "ды", "да", "нан", "мен", "дық", "ы"),
            (
                "миллиард",
                "тың",
                "қа",
                "ты",
                "та",
                "тан",
                "пен",
                "тық",
                "ы",
            ),
            (
                "триллион",
                "ның",
                "ға",
                "ды",
                "да",
                "нан",
                "мен",
                "дық",
                "ы",
            ),
            ("пайыз", "дың", "ға", "ды", "да", "дан", "бен", "дық", "ы"),
        ];
        for (word, gen, dat, acc, loc, abl, ins, attr, poss) in table {
            let expected = [gen, dat, acc, loc, abl, ins, attr, poss];
            for (case, want) in Case::ALL.into_iter().zip(expected) {
                assert_eq!(ending(word, case), want, "{word} {case:?}");
            }
        }
    }

    #[test]
    fn the_last_word_read_aloud_is_the_last_non_zero_place() {
        let w = |s: &str| last_word_of(&numeral::last(s).unwrap());
        assert_eq!(w("0"), "нөл");
        assert_eq!(w("115\u{a0}526"), "алты");
        assert_eq!(w("950"), "елу");
        assert_eq!(w("800"), "жүз");
        assert_eq!(w("1\u{a0}100"), "жүз");
        assert_eq!(w("16\u{a0}000"), "мың");
        assert_eq!(w("100\u{a0}000"), "мың");
        assert_eq!(w("8\u{a0}200\u{a0}000"), "мың");
        assert_eq!(w("82\u{a0}000\u{a0}000"), "миллион");
        assert_eq!(w("510\u{a0}000\u{a0}000\u{a0}000"), "миллиард");
        assert_eq!(w("1\u{a0}000\u{a0}000\u{a0}000\u{a0}000"), "триллион");
        assert_eq!(w("18,9"), "тоғыз");
        assert_eq!(w("0,05"), "бес");
        assert_eq!(w("2,10"), "он");
    }
}
