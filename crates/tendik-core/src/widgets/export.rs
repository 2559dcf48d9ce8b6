//! Downloads: the chart with its title, takeaway and source drawn into the image (so a
//! picture pasted anywhere still says where it comes from), SVG through plotters' SVG
//! backend, and CSV of exactly the data shown with where each figure comes from.

use plotters_backend::DrawingBackend;

use super::{Content, Widget};
use crate::chart::offset::Offset;
use crate::chart::{wrap, ChartError, Frame, Label, Painter};
use crate::i18n;

const PAD: f64 = 16.0;
const TITLE: f64 = 18.0;
const BODY: f64 = 14.0;
const SMALL: f64 = 12.0;

struct Captions {
    title: Vec<String>,
    takeaway: Vec<String>,
    footer: Vec<String>,
}

fn captions(content: &Content, frame: &Frame) -> Captions {
    let width = frame.width - 2.0 * PAD;
    let mut footer = Vec::new();
    for note in &content.notes {
        footer.extend(wrap(note, SMALL, width));
    }
    footer.extend(wrap(&content.source, SMALL, width));
    footer.push("Tendik".to_string());
    Captions {
        title: wrap(&content.title, TITLE, width),
        takeaway: wrap(&content.takeaway, BODY, width),
        footer,
    }
}

fn header_height(c: &Captions) -> f64 {
    PAD + c.title.len() as f64 * TITLE * 1.3 + c.takeaway.len() as f64 * BODY * 1.4 + 10.0
}

/// Height in CSS pixels of the captioned image at `frame.width`.
pub fn captioned_height(widget: &Widget, content: &Content, frame: &Frame) -> f64 {
    let c = captions(content, frame);
    header_height(&c) + widget.height(frame) + 10.0 + c.footer.len() as f64 * SMALL * 1.4 + PAD
}

/// Draws title, takeaway, chart, notes and source onto `db` (sized for
/// [`captioned_height`] × `frame.scale`).
pub fn draw_captioned<DB: DrawingBackend>(
    db: &mut DB,
    widget: &Widget,
    content: &Content,
    frame: &Frame,
) -> Result<(), ChartError> {
    let pal = frame.palette();
    let c = captions(content, frame);
    let header = header_height(&c);
    let chart_height = widget.height(frame);
    {
        let mut p = Painter::new(&mut *db, frame.scale);
        p.fill(pal.background)?;
        let mut y = PAD;
        for line in &c.title {
            p.text(
                line,
                PAD,
                y + TITLE * 0.65,
                Label::new(TITLE, pal.text).bold(),
            )?;
            y += TITLE * 1.3;
        }
        for line in &c.takeaway {
            p.text(line, PAD, y + BODY * 0.7, Label::new(BODY, pal.text))?;
            y += BODY * 1.4;
        }
        let mut y = header + chart_height + 10.0;
        for line in &c.footer {
            p.text(line, PAD, y + SMALL * 0.7, Label::new(SMALL, pal.muted))?;
            y += SMALL * 1.4;
        }
    }
    // The chart is drawn at its own width inside the padding.
    let inner = Frame {
        width: frame.width - 2.0 * PAD,
        ..*frame
    };
    let origin = (
        (PAD * frame.scale).round() as i32,
        (header * frame.scale).round() as i32,
    );
    let size = inner.backing_size(chart_height);
    widget.draw(&mut Offset::new(&mut *db, origin, size), &inner)?;
    db.present()?;
    Ok(())
}

/// SVG of the captioned chart, drawn by the same code as the canvas.
pub fn svg(widget: &Widget, content: &Content, frame: &Frame) -> Result<String, ChartError> {
    let height = captioned_height(widget, content, frame);
    let (w, h) = frame.backing_size(height);
    let mut out = String::new();
    {
        let mut backend = plotters_svg::SVGBackend::with_string(&mut out, (w, h));
        draw_captioned(&mut backend, widget, content, frame)?;
    }
    Ok(out)
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
