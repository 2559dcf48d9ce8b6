//! Small pieces of wording built from a figure's own metadata (its period, its paragraph,
//! its qualifier), shared by the widgets that show several sourced figures side by side.

use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Date, Figure, Lang, Qualifier};

/// The figure's value as a number; a date-valued figure here is a bug caught by tests.
pub fn num(f: &Figure) -> f64 {
    f.value
        .number()
        .unwrap_or_else(|| panic!("figure {} is not a number", f.id))
}

/// The figure's value as a date; a number-valued figure here is a bug caught by tests.
pub fn date_value(f: &Figure) -> Date {
    match f.value {
        crate::model::Value::Date(d) => d,
        crate::model::Value::Number(_) => panic!("figure {} is not a date", f.id),
    }
}

/// Parses an ISO partial date (`2024`, `2023-09`, `2022-02-07`) as the dataset writes periods.
pub fn parse_iso(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let year: u16 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next().map_or(Some(0), |m| m.parse().ok())?;
    let day: u8 = parts.next().map_or(Some(0), |d| d.parse().ok())?;
    if month > 12 || day > 31 {
        return None;
    }
    Some(Date::ymd(year, month, day))
}

/// The single date a figure's period names, when it starts and ends on the same day, month
/// or year (`2024-06`/`2024-06`); `None` for open or undated periods.
pub fn period_date(f: &Figure) -> Option<Date> {
    if f.period.start.is_empty() || f.period.start != f.period.end {
        return None;
    }
    parse_iso(f.period.start)
}

/// A day and month the source writes without a year ("As at 1 July"): `(month, day)`.
pub fn day_month_as_written(f: &Figure) -> Option<(u8, u8)> {
    let words: Vec<&str> = f.period.as_written.split_whitespace().collect();
    words.windows(2).find_map(|w| {
        let day: u8 = w[0].parse().ok().filter(|d| (1..=31).contains(d))?;
        let month = (1..=12u8).find(|m| format::month_en(*m) == Some(w[1]))?;
        Some((month, day))
    })
}

/// "10 (d)" from "para. 10 (d)", and "9 (i)–(j)" from "para. 9 (i) and (j)": the
/// paragraph as every language writes it (the locations are stored in English).
pub fn paragraph(f: &Figure) -> String {
    f.location
        .strip_prefix("para. ")
        .unwrap_or(f.location)
        .replace(" and ", "–")
}

/// "para. 9 (i)–(j)" / "п. 9 (i)–(j)" / "9 (i)–(j) т." from a figure's location, with
/// no-break spaces so a wrapped label never splits a paragraph reference.
pub fn para(f: &Figure, lang: Lang) -> String {
    fill(i18n::FIG_PARA.get(lang), &[("p", &paragraph(f))]).replace(' ', "\u{a0}")
}

/// A count with the source's qualifier: "128", "more than 100", "100-ден астам".
pub fn qualified_count(f: &Figure, lang: Lang) -> String {
    format::figure(f, lang)
}

/// A per cent goal with its qualifier: "≤ 21%", "≥ 30%", "10%".
pub fn qualified_percent(f: &Figure, lang: Lang) -> String {
    percent_at(num(f), f.qualifier, lang)
}

/// A per cent with a qualifier as a bound: "≤ 21%", "≥ 30%", "10%".
pub fn percent_at(value: f64, at: Qualifier, lang: Lang) -> String {
    let p = format::percent(value, lang);
    match at {
        Qualifier::AtMost => format!("≤\u{a0}{p}"),
        Qualifier::AtLeast | Qualifier::MoreThan => format!("≥\u{a0}{p}"),
        Qualifier::Exact | Qualifier::About => p,
    }
}

/// "a, b and c" / "a, b и c" / "a, b және c".
pub fn list_and(items: &[String], lang: Lang) -> String {
    join_list(items, i18n::LIST_AND, lang)
}

/// "a, b or c" / "a, b или c" / "a, b немесе c".
pub fn list_or(items: &[String], lang: Lang) -> String {
    join_list(items, i18n::GROUPS_OR, lang)
}

fn join_list(items: &[String], conjunction: crate::Text3, lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), conjunction.get(lang)),
    }
}

/// The first letter in upper case: for a phrase that starts a sentence or a row.
pub fn upper_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => std::iter::once(crate::case::upper(c))
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// The first letter in lower case: for a label used inside a sentence.
pub fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => std::iter::once(crate::case::lower(c))
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_keep_their_precision() {
        assert_eq!(parse_iso("2024-06"), Some(Date::ymd(2024, 6, 0)));
        assert_eq!(parse_iso("2022"), Some(Date::ymd(2022, 0, 0)));
        assert_eq!(parse_iso("2022-02-07"), Some(Date::ymd(2022, 2, 7)));
        assert_eq!(parse_iso(""), None);
        assert_eq!(parse_iso("2024-13"), None);
    }
}
