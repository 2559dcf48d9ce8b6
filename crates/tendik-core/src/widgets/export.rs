//! Downloads: the whole figure as SVG (composed by [`crate::figure`], so a picture pasted
//! anywhere still says where it comes from), and CSV of exactly the data shown with where
//! each figure comes from.

use super::{Content, Widget};
use crate::chart::{ChartError, Frame};
use crate::figure::Figure;
use crate::i18n;

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

/// The data table as CSV (RFC 4180, UTF-8), with the document and the place in it each
/// row comes from.
pub fn csv(content: &Content, lang: crate::Lang) -> String {
    let t = &content.table;
    let mut header: Vec<String> = t.columns.clone();
    if header.first().is_some_and(String::is_empty) {
        header[0] = i18n::ITEM.get(lang).to_string();
    }
    header.push(i18n::SOURCE.get(lang).to_string());
    header.push(i18n::WHERE_IN_SOURCE.get(lang).to_string());
    let mut out = String::new();
    let line = |cells: &[String]| {
        cells
            .iter()
            .map(|c| csv_field(c))
            .collect::<Vec<_>>()
            .join(",")
            + "\r\n"
    };
    out.push_str(&line(&header));
    for (i, row) in t.rows.iter().enumerate() {
        let mut cells = row.clone();
        match t.provenance.get(i) {
            Some(p) => {
                cells.push(p.document.clone());
                cells.push(p.location.clone());
            }
            None => {
                cells.push(content.source.clone());
                cells.push(String::new());
            }
        }
        out.push_str(&line(&cells));
    }
    out
}

/// `tendik-violence-trend-kk-2022-2024`: widget, language and the data's own tag.
pub fn file_stem(widget: &Widget, lang: crate::Lang) -> String {
    let tag = widget
        .chart()
        .file_tag()
        .map(|t| format!("-{t}"))
        .unwrap_or_default();
    format!("tendik-{}-{}{}", widget.kind().name(), lang.tag(), tag)
}
