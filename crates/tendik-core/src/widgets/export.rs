//! Downloads: the whole figure as SVG (composed by [`crate::figure`], so a picture pasted
//! anywhere still says where it comes from), CSV of exactly the data shown, as data, with
//! where each figure comes from, and, for the widgets that take a newsroom's figures, the
//! JSON the widget reads (docs/user-data.md), to edit and give back.

use super::{Cell, Content, Widget};
use crate::chart::{ChartError, Frame};
use crate::figure::Figure;
use crate::i18n::{self, fill};
use crate::model::{Lang, Qualifier, Text3, Unit};

/// SVG of the whole figure (title, takeaway, chart, notes, source), drawn by the same code
/// as the canvas.
pub fn svg(widget: &Widget, content: &Content, frame: &Frame) -> Result<String, ChartError> {
    Figure::new(widget, content, *frame).svg()
}

fn csv_field(field: &str) -> String {
    // Quote every field; a leading = + - @ is neutralised so spreadsheets never run it.
    let field = match field.chars().next() {
        Some('=' | '+' | '-' | '@') if !crate::decimal::is_decimal(field) => format!("'{field}"),
        _ => field.to_string(),
    };
    format!("\"{}\"", field.replace('"', "\"\""))
}

/// A unit's name for a CSV's unit column.
fn unit_name(unit: Unit) -> Text3 {
    match unit {
        Unit::Count => Text3::new("number", "число", "сан"),
        Unit::Percent => Text3::new("percent", "процент", "пайыз"),
        Unit::PercentagePoints => {
            Text3::new("percentage points", "процентные пункты", "пайыздық тармақ")
        }
        Unit::Tenge => Text3::new("tenge", "тенге", "теңге"),
        Unit::UsDollars => Text3::new("US dollars", "доллары США", "АҚШ доллары"),
        Unit::Date => Text3::new("date", "дата", "күні"),
        Unit::Years => Text3::new("years", "годы", "жыл"),
        Unit::MonthlyNotionalUnits => Text3::new("monthly notional units", "МРП", "АЕК"),
    }
}

/// How exact a figure is, for a CSV's qualifier column; empty when exact.
fn qualifier_name(q: Qualifier) -> Text3 {
    match q {
        Qualifier::Exact => Text3::new("", "", ""),
        Qualifier::MoreThan => Text3::new("more than", "более", "астам"),
        Qualifier::About => Text3::new("about", "около", "шамамен"),
        Qualifier::AtLeast => Text3::new("at least", "не менее", "кемінде"),
        Qualifier::AtMost => Text3::new("at most", "не более", "көп дегенде"),
    }
}

/// Text as data: the no-break spaces and word joiners that keep it whole on screen become
/// plain spaces or nothing, so a spreadsheet's search and sort see ordinary text.
fn plain_text(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
        .replace(['\u{2060}', '\u{ad}'], "")
}

/// A cell as data: a raw number (`115526`, `18.9`), an ISO date (`2023-09`), or text.
fn raw(cell: &Cell) -> String {
    match cell {
        Cell::Text(s) => s.clone(),
        Cell::Figure { value, .. } => value.to_string(),
        Cell::Range { low, high, .. } => format!("{low}–{high}"),
        Cell::Date(d) => d.iso(),
        Cell::Missing => String::new(),
    }
}

/// Each distinct thing, in order, joined: "percent / percentage points".
fn distinct(items: impl Iterator<Item = String>) -> String {
    let mut seen: Vec<String> = Vec::new();
    for item in items.filter(|i| !i.is_empty()) {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen.join(" / ")
}

/// The data table as CSV data (RFC 4180, UTF-8): raw numbers, ISO dates, each row's unit and
/// qualifier, how a computed row was computed, and, for a figure the source gives, the
/// document and the place in it. A spreadsheet reads the numbers as numbers.
pub fn csv(content: &Content, lang: Lang) -> String {
    let t = &content.table;
    let mut header: Vec<String> = t.columns.clone();
    if header.first().is_some_and(String::is_empty) {
        header[0] = i18n::ITEM.get(lang).to_string();
    }
    for column in [
        i18n::UNIT_COLUMN,
        i18n::QUALIFIER_COLUMN,
        i18n::COMPUTED_COLUMN,
        i18n::SOURCE,
        i18n::WHERE_IN_SOURCE,
    ] {
        header.push(column.get(lang).to_string());
    }
    let mut out = String::new();
    let line = |cells: &[String]| {
        cells
            .iter()
            .map(|c| csv_field(&plain_text(c)))
            .collect::<Vec<_>>()
            .join(",")
            + "\r\n"
    };
    out.push_str(&line(&header));
    for (i, row) in t.cells.iter().enumerate() {
        let mut cells: Vec<String> = row.iter().map(raw).collect();
        cells.push(distinct(row.iter().map(|c| match c {
            Cell::Figure { unit, .. } | Cell::Range { unit, .. } => {
                unit_name(*unit).get(lang).to_string()
            }
            // A date is data of its own kind, ISO-written; the unit names the figures.
            Cell::Date(_) | Cell::Text(_) | Cell::Missing => String::new(),
        })));
        cells.push(distinct(row.iter().map(|c| match c {
            Cell::Figure { qualifier, .. } => qualifier_name(*qualifier).get(lang).to_string(),
            Cell::Missing => i18n::NO_FIGURE.get(lang).to_string(),
            _ => String::new(),
        })));
        let provenance = t.provenance.get(i);
        match t.computed.get(i).cloned().flatten() {
            // A computed row is not quoted anywhere: it names the places it is computed from.
            Some(how) => {
                cells.push(match provenance {
                    Some(p) if !p.location.is_empty() => fill(
                        i18n::COMPUTED_FROM.get(lang),
                        &[("how", &how), ("where", &p.location)],
                    ),
                    _ => how,
                });
                cells.push(String::new());
                cells.push(String::new());
            }
            None => {
                cells.push(String::new());
                // A gap is in no document: the row says so in its qualifier, and names none.
                let gap = row.iter().any(|c| matches!(c, Cell::Missing))
                    && !row.iter().any(|c| matches!(c, Cell::Figure { .. }));
                let (document, location) = match provenance {
                    _ if gap => (String::new(), String::new()),
                    Some(p) => (p.document.clone(), p.location.clone()),
                    None => (content.source.clone(), String::new()),
                };
                cells.push(document);
                cells.push(location);
            }
        }
        out.push_str(&line(&cells));
    }
    out
}

/// The figures as the JSON this widget reads (docs/user-data.md), to edit and give back in
/// a `data` attribute; `None` for a widget that takes no data. Only the data's own notes
/// are in it: the widget adds its standard notes again when it reads it.
pub fn json(widget: &Widget) -> Option<String> {
    widget.chart().data().map(|data| data.pretty() + "\n")
}

/// `tendik-violence-trend-kk-2022-2024`: widget, language and the data's own tag, in ASCII
/// whatever the language, so every mail client, CMS and file system takes it.
pub fn file_stem(widget: &Widget, lang: Lang) -> String {
    let tag = widget
        .chart()
        .file_tag()
        .map(|t| crate::case::ascii_slug(&t))
        .filter(|t| !t.is_empty())
        .map(|t| format!("-{t}"))
        .unwrap_or_default();
    format!("tendik-{}-{}{}", widget.kind().name(), lang.tag(), tag)
}
