//! Drawing shared by every widget, written once against plotters' `DrawingBackend`:
//! the same calls paint a `<canvas>` in the browser and an SVG natively.
//!
//! Charts lay out in CSS pixels; [`Painter`] multiplies by the device pixel ratio so a
//! canvas whose backing store is `css × dpr` stays crisp (plotters-canvas has no HiDPI
//! support of its own).

pub mod bars;
pub mod colour;
pub mod marks;
pub mod numbers;
pub mod offset;
mod painter;
mod palette;
pub mod recorder;
pub mod svg;
mod ticks;

pub use painter::{Anchor, ChartError, Label, Painter, Weight};
pub use palette::{accent_refusal, Palette, Theme};
pub use ticks::{nice_ticks, Ticks};

use crate::model::Lang;

/// A data mark's place on the chart and what it says: the browser layer puts a focusable
/// element over each, so every value is reachable by keyboard and read out.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Mark {
    /// The value in words, in the chart's language: "2022: 115,526".
    pub label: String,
    /// Box in CSS pixels from the chart's top-left corner.
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Mark {
    pub fn new(label: String, (x0, y0): (f64, f64), (x1, y1): (f64, f64)) -> Self {
        Mark {
            label,
            x: x0.min(x1),
            y: y0.min(y1),
            width: (x1 - x0).abs(),
            height: (y1 - y0).abs(),
        }
    }
}

/// What every chart needs besides its data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// Width in CSS pixels.
    pub width: f64,
    /// Device pixel ratio: backing pixels per CSS pixel.
    pub scale: f64,
    pub theme: Theme,
    pub lang: Lang,
}

impl Frame {
    pub fn palette(&self) -> Palette {
        Palette::for_theme(self.theme)
    }

    /// Phones get smaller type and margins; desktop a little more air.
    pub fn is_narrow(&self) -> bool {
        self.width < 480.0
    }

    pub fn font_size(&self) -> f64 {
        if self.is_narrow() {
            12.0
        } else {
            13.0
        }
    }

    /// Backing-store size for a chart of `height` CSS pixels.
    pub fn backing_size(&self, height: f64) -> (u32, u32) {
        (
            (self.width * self.scale).round() as u32,
            (height * self.scale).round() as u32,
        )
    }
}

/// Estimated advance width of `text` at `size` px in a sans-serif face.
///
/// The core has no font metrics (no browser here); layouts leave slack for the widest
/// common faces, so an estimate that errs wide is what keeps labels from overlapping.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | 'I' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' | '\u{a0}'
            | '\u{202f}' => 0.32,
            'f' | 't' | 'r' | '(' | ')' | '-' | '\u{2011}' | '1' => 0.42,
            'm' | 'w' | 'M' | 'W' | 'ш' | 'щ' | 'Ш' | 'Щ' | 'ж' | 'Ж' | 'ю' | 'Ю' | 'ы' | 'Ы'
            | 'м' | 'М' | '%' | '—' => 0.9,
            // Isolates, joiners (the word joiner that keeps a range whole), soft hyphens: no
            // advance of their own.
            c if crate::unicode::is_format(c) => 0.0,
            c if c.is_uppercase() => 0.7,
            _ => 0.6,
        })
        .sum::<f64>()
        * size
}

/// Splits `text` into lines no wider than `max_width` at `size` px, breaking at ASCII
/// spaces only: no-break spaces inside numbers, dates and units keep them whole. An
/// isolate cut by a line break is closed at the end of the line and reopened on the next,
/// as each line is drawn on its own.
pub fn wrap(text: &str, size: f64, max_width: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && text_width(&candidate, size) > max_width {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    crate::unicode::balance_isolates(lines)
}

/// The height of one line of a section heading.
pub const HEADING_LINE: f64 = 19.0;
/// Bold type runs wider than the estimate for regular type.
pub const BOLD_WIDENING: f64 = 1.1;

/// A section heading inside a chart ("People aided in 2024"), bold, wrapped to the width.
pub struct Heading(Vec<String>);

impl Heading {
    pub fn new(text: &str, frame: &Frame) -> Self {
        Heading(wrap(
            text,
            frame.font_size() * BOLD_WIDENING,
            frame.width - 4.0,
        ))
    }

    pub fn height(&self) -> f64 {
        self.0.len() as f64 * HEADING_LINE
    }

    /// Draws it from `y` down; returns where it ends.
    pub fn draw<DB: plotters_backend::DrawingBackend>(
        &self,
        p: &mut Painter<'_, DB>,
        frame: &Frame,
        mut y: f64,
    ) -> Result<f64, ChartError> {
        let label = Label::new(frame.font_size(), frame.palette().text).bold();
        for line in &self.0 {
            p.text(line, 2.0, y + HEADING_LINE / 2.0, label)?;
            y += HEADING_LINE;
        }
        Ok(y)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let text = "Recorded domestic-violence incidents fell from 115,526 in 2022";
        let lines = wrap(text, 12.0, 120.0);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        for l in &lines {
            assert!(text_width(l, 12.0) <= 120.0 || !l.contains(' '), "{l}");
        }
    }

    #[test]
    fn a_wrapped_right_to_left_label_is_isolated_on_every_line() {
        let text = crate::i18n::fill(
            "{label} 12% (6.9 points short)",
            &[("label", "مجلس المدينة الكبير في العاصمة")],
        );
        let lines = wrap(&text, 12.0, 90.0);
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            let opens = l.matches('\u{2068}').count();
            assert_eq!(opens, l.matches('\u{2069}').count(), "{l:?}");
            if l.chars().any(crate::unicode::is_right_to_left) {
                assert!(l.starts_with('\u{2068}') && opens == 1, "{l:?}");
            }
        }
        let words = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
        assert_eq!(words(&lines.join(" ")), words(&text));
        // The isolates take no room.
        assert_eq!(text_width(&text, 12.0), text_width(&words(&text), 12.0));
    }
}
