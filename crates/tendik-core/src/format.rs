//! Numbers and dates for people, per language: `115,526` and `18.9%` in English,
//! `115 526` and `18,9 %` in Russian and Kazakh (no-break spaces, as `Intl.NumberFormat`).
//!
//! Figures are printed with exactly the digits the source gives: the shortest decimal that
//! round-trips the stored `f64`, so nothing is ever rounded away.
//!
//! Nothing formatted here can be broken across lines: every space inside a number, a date
//! or a number with its unit is a no-break space, and a range's dash is followed by a word
//! joiner (`chart::wrap` breaks only at ASCII spaces, so the same holds on the canvas).

use crate::grammar::{self, WORD_JOINER};
use crate::i18n::{self, fill};
use crate::model::{Date, Figure, Lang, Qualifier, Unit, Value};

/// No-break space, the grouping separator CLDR gives Russian and Kazakh.
pub use crate::grammar::NBSP;

/// `text` with every space made a no-break space: one unit that never breaks.
fn unbreakable(text: &str) -> String {
    text.replace(' ', "\u{a0}")
}

fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::En => (',', '.'),
        Lang::Ru | Lang::Kk => (NBSP, ','),
    }
}

fn group(int_digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(int_digits.len() + int_digits.len() / 3);
    for (i, ch) in int_digits.chars().enumerate() {
        if i > 0 && (int_digits.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

fn localize(plain: &str, lang: Lang) -> String {
    let (thousands, decimal) = separators(lang);
    let (negative, digits) = match plain.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, plain),
    };
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    let mut out = String::new();
    if negative {
        out.push('−');
    }
    out.push_str(&group(int_part, thousands));
    if let Some(frac) = frac_part {
        out.push(decimal);
        out.push_str(frac);
    }
    out
}

/// A figure as the source gives it: `115526.0` → `115,526`; `18.9` → `18.9` / `18,9`.
pub fn number(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    // `{}` prints the shortest representation that round-trips, never a trailing `.0`
    // for whole numbers once we drop it, and never rounds the figure.
    let plain = format!("{value}");
    let plain = plain.strip_suffix(".0").unwrap_or(&plain);
    let plain = if plain == "-0" { "0" } else { plain };
    localize(plain, lang)
}

/// A number with a fixed count of decimals, for axis ticks (`0.5`, `1.0`): never for figures.
pub fn fixed(value: f64, decimals: usize, lang: Lang) -> String {
    let plain = format!("{value:.decimals$}");
    let plain = if plain
        .trim_start_matches('-')
        .chars()
        .all(|c| c == '0' || c == '.')
    {
        plain.trim_start_matches('-').to_string()
    } else {
        plain
    };
    localize(&plain, lang)
}

fn with_percent_sign(digits: String, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{digits}%"),
        Lang::Ru | Lang::Kk => format!("{digits}{NBSP}%"),
    }
}

/// A share in per cent (`18.9` → `18.9%` / `18,9 %`).
pub fn percent(value: f64, lang: Lang) -> String {
    with_percent_sign(number(value, lang), lang)
}

/// A per cent tick label with fixed decimals.
pub fn percent_fixed(value: f64, decimals: usize, lang: Lang) -> String {
    with_percent_sign(fixed(value, decimals, lang), lang)
}

/// A difference in percentage points, e.g. `11.1 points`.
pub fn points(value: f64, lang: Lang) -> String {
    with_unit(i18n::UNIT_POINTS, value, lang)
}

/// `value` with a unit from its template (`UNIT_YEARS`: "7 years", "7 лет", "7 жыл"),
/// in one unbreakable piece.
fn with_unit(unit: crate::model::Text3, value: f64, lang: Lang) -> String {
    unbreakable(&fill(unit.get(lang), &[("n", &number(value, lang))]))
}

/// A range of two formatted values, `55,8–56,2`: no line break after the dash.
pub fn span(low: &str, high: &str) -> String {
    format!("{low}–{WORD_JOINER}{high}")
}

/// A range of shares, with one per cent sign: `55.8–56.2%`, `55,8–56,2 %`.
pub fn percent_range(low: f64, high: f64, lang: Lang) -> String {
    with_percent_sign(span(&number(low, lang), &number(high, lang)), lang)
}

/// Decimals needed to print `value` without rounding (at most 6).
pub fn decimals_of(value: f64) -> usize {
    let s = format!("{value}");
    s.split_once('.').map_or(0, |(_, f)| f.len().min(6))
}

/// `a − b` computed in the decimal precision of its inputs, so that `30 − 18.9` is `11.1`.
pub fn difference(a: f64, b: f64) -> f64 {
    let decimals = decimals_of(a).max(decimals_of(b)) as i32;
    let factor = 10f64.powi(decimals);
    ((a - b) * factor).round() / factor
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
// Genitive, as used with a day: "7 февраля".
const MONTHS_RU_GEN: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
const MONTHS_RU_NOM: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
const MONTHS_KK: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];

/// English month name, 1-based; used by tests to find dates in the sources too.
pub fn month_en(month: u8) -> Option<&'static str> {
    MONTHS_EN.get(usize::from(month).checked_sub(1)?).copied()
}

// Prepositional, for a month without a day: "в сентябре 2023 г.".
const MONTHS_RU_PREP: [&str; 12] = [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
];

/// A date with the precision it has: `7 February 2022`, `7 февраля 2022 г.`,
/// `2022 жылғы 7 ақпан`; `September 2023`, `сентябрь 2023 г.`, `2023 жылғы қыркүйек`;
/// `2022`, `2022 г.`, `2022 ж.`. Unbreakable.
pub fn date(d: &Date, lang: Lang) -> String {
    let Some(i) = month_index(d) else {
        return match lang {
            Lang::En => d.year.to_string(),
            Lang::Ru => format!("{}{NBSP}г.", d.year),
            Lang::Kk => format!("{}{NBSP}ж.", d.year),
        };
    };
    let text = match (lang, d.day) {
        (Lang::En, 0) => format!("{} {}", MONTHS_EN[i], d.year),
        (Lang::En, day) => format!("{day} {} {}", MONTHS_EN[i], d.year),
        (Lang::Ru, 0) => format!("{} {} г.", MONTHS_RU_NOM[i], d.year),
        (Lang::Ru, day) => format!("{day} {} {} г.", MONTHS_RU_GEN[i], d.year),
        (Lang::Kk, 0) => format!("{} жылғы {}", d.year, MONTHS_KK[i]),
        (Lang::Kk, day) => format!("{} жылғы {day} {}", d.year, MONTHS_KK[i]),
    };
    unbreakable(&text)
}

fn month_index(d: &Date) -> Option<usize> {
    usize::from(d.month).checked_sub(1).filter(|&i| i < 12)
}

/// When something happened, as a sentence says it, preposition or case included:
/// `on 7 February 2022`, `in September 2023`, `in 2022`; `7 февраля 2022 г.`,
/// `в сентябре 2023 г.`, `в 2022 г.`; `2022 жылғы 7 ақпанда`, `2023 жылғы қыркүйекте`,
/// `2022 жылы`. A template writes `{signed}` alone: "The Act was signed {signed}.".
pub fn date_when(d: &Date, lang: Lang) -> String {
    let on_a_day = d.day != 0 && month_index(d).is_some();
    match lang {
        Lang::En if on_a_day => format!("on {}", date(d, lang)),
        Lang::En => format!("in {}", date(d, lang)),
        Lang::Ru if on_a_day => date(d, lang),
        Lang::Ru => match month_index(d) {
            Some(i) => unbreakable(&format!("в {} {} г.", MONTHS_RU_PREP[i], d.year)),
            None => unbreakable(&format!("в {} г.", d.year)),
        },
        Lang::Kk => grammar::kk::inflect(&date(d, lang), grammar::kk::Case::Locative),
    }
}

/// A day and month the source gives without a year: `1 July`, `1 июля`, `1 шілде`.
/// Unbreakable.
pub fn day_month(month: u8, day: u8, lang: Lang) -> String {
    let i = usize::from(month.clamp(1, 12)) - 1;
    let month = match lang {
        Lang::En => MONTHS_EN[i],
        Lang::Ru => MONTHS_RU_GEN[i],
        Lang::Kk => MONTHS_KK[i],
    };
    format!("{day}{NBSP}{month}")
}

/// A dataset figure as a reader should see it, qualifier and unit included:
/// "more than 950", "18.9%", "7 February 2022", "4,100,000,000 tenge".
pub fn figure(f: &Figure, lang: Lang) -> String {
    match f.value {
        Value::Date(d) => date(&d, lang),
        Value::Number(n) => amount(n, f.unit, f.qualifier, lang),
    }
}

/// A number with its unit and qualifier: "more than 950", "18.9%", "7 years".
pub fn amount(value: f64, unit: Unit, qualifier: Qualifier, lang: Lang) -> String {
    let amount = match unit {
        Unit::Percent => percent(value, lang),
        Unit::PercentagePoints => points(value, lang),
        Unit::Count | Unit::Date => number(value, lang),
        Unit::Tenge => with_unit(i18n::UNIT_TENGE, value, lang),
        Unit::UsDollars => with_unit(i18n::UNIT_USD, value, lang),
        Unit::Years => with_unit(i18n::UNIT_YEARS, value, lang),
        Unit::MonthlyNotionalUnits => with_unit(i18n::UNIT_MNU, value, lang),
    };
    let qualifier = match qualifier {
        Qualifier::Exact => return amount,
        Qualifier::MoreThan => i18n::Q_MORE_THAN,
        Qualifier::About => i18n::Q_ABOUT,
        Qualifier::AtLeast => i18n::Q_AT_LEAST,
        Qualifier::AtMost => i18n::Q_AT_MOST,
    };
    fill(qualifier.get(lang), &[("n", &amount)])
}

/// Two figures the sources disagree on, low to high: "55.8–56.2%", "27–30".
pub fn range(low: f64, high: f64, unit: Unit, lang: Lang) -> String {
    if low == high {
        return amount(low, unit, Qualifier::Exact, lang);
    }
    span(
        &number(low, lang),
        &amount(high, unit, Qualifier::Exact, lang),
    )
}

/// Where in its document a figure is, in the reader's language: "para. 10 (b)",
/// "п. 10 (b)", "10 (b) т."; quoted headings stay as the document writes them.
pub fn location(loc: &str, lang: Lang) -> String {
    let quoted = |rest: &str| rest.trim_matches(|c| c == '“' || c == '”').to_string();
    if let Some(p) = loc.strip_prefix("para. ") {
        let p = p.replace(" and ", &format!(" {} ", i18n::LIST_AND.get(lang)));
        return fill(i18n::FIG_PARA.get(lang), &[("p", &p)]);
    }
    if let Some(rest) = loc.strip_prefix("section ") {
        return fill(i18n::LOC_SECTION.get(lang), &[("name", &quoted(rest))]);
    }
    if let Some(rest) = loc.strip_prefix("body, paragraph ") {
        return fill(i18n::LOC_PARAGRAPH.get(lang), &[("start", &quoted(rest))]);
    }
    if let Some(rest) = loc.strip_prefix("opening section (before ") {
        let name = quoted(rest.trim_end_matches(')'));
        return fill(i18n::LOC_OPENING_SECTION.get(lang), &[("name", &name)]);
    }
    if loc == "opening paragraph" {
        return i18n::LOC_OPENING_PARAGRAPH.get(lang).to_string();
    }
    loc.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `_` marks a no-break space in an expected string.
    fn nb(s: &str) -> String {
        s.replace('_', "\u{a0}")
    }

    #[test]
    fn counts_are_grouped_per_language() {
        assert_eq!(number(115_526.0, Lang::En), "115,526");
        assert_eq!(number(115_526.0, Lang::Ru), "115\u{a0}526");
        assert_eq!(number(115_526.0, Lang::Kk), "115\u{a0}526");
        assert_eq!(number(75_004.0, Lang::En), "75,004");
        assert_eq!(number(342_463.0, Lang::En), "342,463");
        assert_eq!(number(999.0, Lang::En), "999");
        assert_eq!(number(1_000.0, Lang::En), "1,000");
        assert_eq!(number(0.0, Lang::En), "0");
        assert_eq!(number(-1_234.5, Lang::En), "−1,234.5");
    }

    #[test]
    fn figures_keep_every_digit_and_gain_none() {
        assert_eq!(number(18.9, Lang::En), "18.9");
        assert_eq!(number(18.9, Lang::Ru), "18,9");
        assert_eq!(number(46.7, Lang::Kk), "46,7");
        assert_eq!(number(53.0, Lang::En), "53");
        assert_eq!(number(12.5, Lang::En), "12.5");
    }

    #[test]
    fn percentages_follow_each_language() {
        assert_eq!(percent(18.9, Lang::En), "18.9%");
        assert_eq!(percent(18.9, Lang::Ru), "18,9\u{a0}%");
        assert_eq!(percent(30.0, Lang::Kk), "30\u{a0}%");
        assert_eq!(percent_fixed(0.0, 0, Lang::En), "0%");
        assert_eq!(fixed(2.5, 1, Lang::Ru), "2,5");
        assert_eq!(fixed(-0.0, 0, Lang::En), "0");
    }

    #[test]
    fn differences_are_computed_at_the_inputs_precision() {
        assert_eq!(difference(30.0, 18.9), 11.1);
        assert_eq!(difference(30.0, 22.7), 7.3);
        assert_eq!(number(difference(30.0, 18.9), Lang::En), "11.1");
        assert_eq!(points(11.1, Lang::En), nb("11.1_points"));
        assert_eq!(points(1.0, Lang::En), nb("1_point"));
        assert_eq!(points(11.1, Lang::Ru), nb("11,1_п._п."));
        assert_eq!(points(11.1, Lang::Kk), nb("11,1_пайыздық_тармақ"));
    }

    #[test]
    fn figures_keep_their_qualifier_and_unit() {
        let f = |id| figure(crate::dataset::expect(id), Lang::En);
        assert_eq!(f("dv-incidents-2022"), "115,526");
        assert_eq!(f("majilis-women-share"), "18.9%");
        assert_eq!(f("quota-act-signed"), nb("7_February_2022"));
        let more_than = crate::dataset::figures()
            .find(|x| x.qualifier == Qualifier::MoreThan)
            .unwrap();
        assert!(figure(more_than, Lang::En).starts_with("more than "));
        assert!(figure(more_than, Lang::Ru).starts_with("более "));
    }

    #[test]
    fn locations_are_translated_and_every_dataset_location_is_understood() {
        assert_eq!(location("para. 10 (b)", Lang::Ru), "п. 10 (b)");
        assert_eq!(location("para. 10 (b)", Lang::Kk), "10 (b) т.");
        assert_eq!(location("para. 9 (i) and (j)", Lang::Ru), "п. 9 (i) и (j)");
        assert_eq!(
            location("section “UN peacekeeping statistics”", Lang::Ru),
            "раздел «UN peacekeeping statistics»"
        );
        for f in crate::dataset::figures() {
            for lang in [Lang::Ru, Lang::Kk] {
                // Quoted headings stay in the document's own words.
                let l = location(f.location, lang);
                let l = match (l.find('«'), l.rfind('»')) {
                    (Some(a), Some(b)) => format!("{}{}", &l[..a], &l[b..]),
                    _ => l,
                };
                for english in ["para.", "section", "paragraph", "body", "opening", " and "] {
                    assert!(!l.contains(english), "{} in {lang:?}: {l}", f.location);
                }
            }
        }
    }

    #[test]
    fn dates_follow_each_language() {
        let signed = Date::ymd(2022, 2, 7);
        assert_eq!(date(&signed, Lang::En), nb("7_February_2022"));
        assert_eq!(date(&signed, Lang::Ru), nb("7_февраля_2022_г."));
        assert_eq!(date(&signed, Lang::Kk), nb("2022_жылғы_7_ақпан"));
        let june = Date::ymd(2024, 6, 0);
        assert_eq!(date(&june, Lang::En), nb("June_2024"));
        assert_eq!(date(&june, Lang::Ru), nb("июнь_2024_г."));
        assert_eq!(date(&june, Lang::Kk), nb("2024_жылғы_маусым"));
        let year = Date::ymd(2024, 0, 0);
        assert_eq!(date(&year, Lang::En), "2024");
        assert_eq!(date(&year, Lang::Ru), nb("2024_г."));
        assert_eq!(date(&year, Lang::Kk), nb("2024_ж."));
        assert_eq!(day_month(7, 1, Lang::Kk), nb("1_шілде"));
        assert_eq!(day_month(7, 1, Lang::Ru), nb("1_июля"));
    }

    #[test]
    fn dates_say_when_as_a_sentence_does() {
        let signed = Date::ymd(2022, 2, 7);
        let sept = Date::ymd(2023, 9, 0);
        let year = Date::ymd(2022, 0, 0);
        let when = |d: &Date, lang| date_when(d, lang);
        assert_eq!(when(&signed, Lang::En), nb("on 7_February_2022"));
        assert_eq!(when(&sept, Lang::En), nb("in September_2023"));
        assert_eq!(when(&year, Lang::En), "in 2022");
        assert_eq!(when(&signed, Lang::Ru), nb("7_февраля_2022_г."));
        assert_eq!(when(&sept, Lang::Ru), nb("в_сентябре_2023_г."));
        assert_eq!(when(&year, Lang::Ru), nb("в_2022_г."));
        assert_eq!(when(&signed, Lang::Kk), nb("2022_жылғы_7_ақпанда"));
        assert_eq!(when(&sept, Lang::Kk), nb("2023_жылғы_қыркүйекте"));
        assert_eq!(when(&year, Lang::Kk), nb("2022_жылы"));
        assert_eq!(
            when(&Date::ymd(2025, 7, 1), Lang::Kk),
            nb("2025_жылғы_1_шілдеде")
        );
    }

    #[test]
    fn ranges_do_not_break_after_their_dash() {
        assert_eq!(
            percent_range(55.8, 56.2, Lang::Ru),
            "55,8–\u{2060}56,2\u{a0}%"
        );
        assert_eq!(percent_range(35.0, 40.0, Lang::En), "35–\u{2060}40%");
        assert_eq!(span("2022", "2025"), "2022–\u{2060}2025");
    }
}
