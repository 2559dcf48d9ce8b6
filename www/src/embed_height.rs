//! The height the iframe snippet gives its frame, for sites that drop the resizer: the
//! widget's tallest layout at the widths articles commonly have (320–700 px), worked out
//! from its chart's height (tendik-core's `Widget::height`) and its text, wrapped with the
//! core's width estimate (which errs wide, so the estimate errs tall). Where a reader's
//! fonts run wider still, the frame scrolls instead of clipping (www/embed/frame.css).

use tendik_core::chart::{wrap, Frame, Theme};
use tendik_core::i18n;
use tendik_core::widgets::WidgetKind;
use tendik_core::Lang;

/// Frame widths the height must fit: phones to a wide article column.
pub const WIDTHS: std::ops::RangeInclusive<u32> = 320..=700;

/// A text style of the frame, as crates/tendik-widgets/src/widget.css sets it (a test
/// compares): font size and line height in px, and the space above the block.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Style {
    size: f64,
    line: f64,
    above: f64,
    /// How much wider than the core's (regular-weight) estimate its glyphs run.
    wider: f64,
}

impl Style {
    const fn new(size: f64, line_height: f64, above: f64) -> Style {
        Style {
            size,
            line: size * line_height,
            above,
            wider: 1.0,
        }
    }

    /// `text` wrapped at `width`: its lines times the line height.
    fn lines(self, text: &str, width: f64) -> f64 {
        wrap(text, self.size * self.wider, width).len().max(1) as f64 * self.line
    }

    /// The block: the space above it and its lines.
    fn height(self, text: &str, width: f64) -> f64 {
        self.above + self.lines(text, width)
    }
}

// `.tendik-widget`: border-box, 1 px border, 16 px padding.
const BORDER: f64 = 1.0;
const PADDING: f64 = 16.0;
/// Bold.
const TITLE: Style = Style {
    wider: 1.08,
    ..Style::new(18.0, 1.3, 0.0)
};
const TITLE_BELOW: f64 = 4.0;
const TAKEAWAY: Style = Style::new(16.0, 1.45, 0.0);
const TAKEAWAY_BELOW: f64 = 12.0;
const NOTE: Style = Style::new(14.0, 1.45, 10.0);
/// `.tendik-notes`: padding-left 1.1em; `li + li`: margin-top 2px.
const NOTE_INDENT: f64 = 14.0 * 1.1;
const NOTE_GAP: f64 = 2.0;
const TABLE_SUMMARY: Style = Style::new(14.0, 1.45, 10.0);
const DOWNLOADS: Style = Style::new(13.0, 1.45, 10.0);
/// `.tendik-download`: padding 2px 8px, 1 px border; `.tendik-downloads`: gap 6px.
const BUTTON_PADDING: (f64, f64) = (2.0, 8.0);
const DOWNLOAD_GAP: f64 = 6.0;
/// The download buttons' visible labels (crates/tendik-widgets/src/download.rs): every
/// widget takes data, so every widget has JSON.
const DOWNLOAD_BUTTONS: [&str; 4] = ["PNG", "SVG", "CSV", "JSON"];
/// `.tendik-size select` is styled as the buttons are; the browser's arrow beside its text.
const SELECT_ARROW: f64 = 24.0;
const SOURCE: Style = Style::new(13.0, 1.45, 10.0);

/// The image-size control: its label, then a select as wide as its longest option. Wider
/// than the row, it wraps in two (`.tendik-size`: flex-wrap), the select under its label.
fn size_control(lang: Lang) -> (f64, f64) {
    let w = |t: &str| tendik_core::chart::text_width(t, DOWNLOADS.size);
    let longest = [
        w(i18n::SIZE_AS_SHOWN.get(lang)),
        w(i18n::SIZE_SQUARE.get(lang)),
        w(&i18n::fill(i18n::SIZE_WIDTH.get(lang), &[("n", "2400")])),
    ]
    .into_iter()
    .fold(0.0, f64::max);
    let select = longest + 2.0 * (BUTTON_PADDING.1 + BORDER) + SELECT_ARROW;
    (w(i18n::IMAGE_SIZE.get(lang)), select)
}

/// Rows of the downloads bar: its label, buttons and size control laid out like
/// `flex-wrap: wrap`.
fn download_rows(lang: Lang, width: f64) -> usize {
    let label = tendik_core::chart::text_width(i18n::DOWNLOAD.get(lang), DOWNLOADS.size);
    let buttons = DOWNLOAD_BUTTONS.map(|b| {
        tendik_core::chart::text_width(b, DOWNLOADS.size) + 2.0 * (BUTTON_PADDING.1 + BORDER)
    });
    let (mut rows, mut used) = (1, label);
    for b in buttons {
        if used + DOWNLOAD_GAP + b > width {
            rows += 1;
            used = b;
        } else {
            used += DOWNLOAD_GAP + b;
        }
    }
    let (size_label, select) = size_control(lang);
    let control = size_label + DOWNLOAD_GAP + select;
    if control > width {
        rows + 2
    } else if used + DOWNLOAD_GAP + control > width {
        rows + 1
    } else {
        rows
    }
}

/// The frame's height at `width` CSS px (the iframe's width).
pub fn frame_height(kind: WidgetKind, lang: Lang, width: f64) -> f64 {
    let inner = width - 2.0 * (BORDER + PADDING);
    let widget = kind.embedded(lang);
    let content = widget.content(lang);
    let chart = widget.height(&Frame {
        width: inner.floor(),
        scale: 1.0,
        theme: Theme::Light,
        lang,
    });
    let note_lines: f64 = content
        .notes
        .iter()
        .map(|n| NOTE.lines(n, inner - NOTE_INDENT))
        .sum();
    let notes = match content.notes.len() {
        0 => 0.0,
        n => NOTE.above + note_lines + (n - 1) as f64 * NOTE_GAP,
    };
    let rows = download_rows(lang, inner) as f64;
    let button = DOWNLOADS.line + 2.0 * (BUTTON_PADDING.0 + BORDER);
    let downloads = DOWNLOADS.above + rows * button + (rows - 1.0) * DOWNLOAD_GAP;
    2.0 * (BORDER + PADDING)
        + TITLE.height(&content.title, inner)
        + TITLE_BELOW
        + TAKEAWAY.height(&content.takeaway, inner)
        + TAKEAWAY_BELOW
        + chart
        + notes
        + TABLE_SUMMARY.above
        + TABLE_SUMMARY.line
        + downloads
        + SOURCE.height(&content.source, inner)
}

/// The snippet's `height`: the tallest frame across [`WIDTHS`], rounded up to 10 px.
pub fn iframe_height(kind: WidgetKind, lang: Lang) -> u32 {
    let tallest = WIDTHS
        .step_by(10)
        .map(|w| frame_height(kind, lang, f64::from(w)))
        .fold(0.0, f64::max);
    (tallest / 10.0).ceil() as u32 * 10
}

#[cfg(test)]
mod tests {
    use super::*;

    const WIDGET_CSS: &str = include_str!("../../crates/tendik-widgets/src/widget.css");

    /// The first value of `property` in the first rule for exactly `selector` in widget.css.
    fn css(selector: &str, property: &str) -> f64 {
        let start = WIDGET_CSS
            .find(&format!("\n{selector} {{"))
            .unwrap_or_else(|| panic!("no rule {selector} in widget.css"));
        let rule = &WIDGET_CSS[start..];
        let rule = &rule[..rule.find('}').unwrap()];
        let value = rule
            .lines()
            .find_map(|l| l.trim().strip_prefix(&format!("{property}:")))
            .unwrap_or_else(|| panic!("{selector} has no {property}"))
            .trim()
            .trim_end_matches(';');
        let first = value.split_whitespace().next().unwrap();
        first
            .trim_end_matches("px")
            .parse()
            .unwrap_or_else(|_| panic!("{selector} {property}: {value}"))
    }

    #[test]
    fn the_estimate_uses_the_frame_styles_of_widget_css() {
        assert_eq!(css(".tendik-widget", "padding"), PADDING);
        assert_eq!(css(".tendik-title", "font-size"), TITLE.size);
        assert_eq!(css(".tendik-title", "line-height") * TITLE.size, TITLE.line);
        assert_eq!(css(".tendik-takeaway", "font-size"), TAKEAWAY.size);
        assert_eq!(css(".tendik-notes", "font-size"), NOTE.size);
        assert_eq!(css(".tendik-source", "font-size"), SOURCE.size);
        assert_eq!(css(".tendik-downloads", "font-size"), DOWNLOADS.size);
        assert_eq!(css(".tendik-downloads", "gap"), DOWNLOAD_GAP);
        assert_eq!(css(".tendik-table", "font-size"), TABLE_SUMMARY.size);
        for (selector, above) in [
            (".tendik-notes", NOTE.above),
            (".tendik-source", SOURCE.above),
            (".tendik-table", TABLE_SUMMARY.above),
            (".tendik-downloads", DOWNLOADS.above),
        ] {
            // `margin: 10px 0 0`: the first value is the top.
            assert_eq!(css(selector, "margin"), above, "{selector}");
        }
        assert!(WIDGET_CSS.contains("font: 400 16px/1.45 "));
    }

    #[test]
    fn every_frame_is_at_least_its_chart_and_text_and_narrow_is_not_shorter() {
        for kind in WidgetKind::all() {
            for lang in Lang::ALL {
                let h = iframe_height(kind, lang);
                let widget = kind.embedded(lang);
                for w in WIDTHS.step_by(10) {
                    let frame = frame_height(kind, lang, f64::from(w));
                    assert!(f64::from(h) >= frame, "{kind:?} {lang:?} at {w} px");
                    let chart = widget.height(&Frame {
                        width: f64::from(w) - 34.0,
                        scale: 1.0,
                        theme: Theme::Light,
                        lang,
                    });
                    assert!(frame > chart + 150.0, "{kind:?} {lang:?}: chart and text");
                }
                assert!(h % 10 == 0 && h < 3000, "{kind:?} {lang:?}: {h}");
            }
        }
    }

    #[test]
    fn long_text_wraps_to_more_lines_at_320_than_at_700() {
        let narrow = SOURCE.height(&"word ".repeat(40), 286.0);
        let wide = SOURCE.height(&"word ".repeat(40), 666.0);
        assert!(narrow > wide);
        assert!(download_rows(Lang::Kk, 200.0) >= download_rows(Lang::Kk, 600.0));
    }
}
