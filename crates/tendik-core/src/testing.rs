//! Helpers for the crate's own tests: a widget rendered to SVG natively, by the same drawing
//! code as the browser canvas, and read back (its texts, where they sit, its marks).
//!
//! `TENDIK_SVG_DIR=/tmp/svgs cargo test -p tendik-core` also writes every rendering there.

use plotters_svg::SVGBackend;

use crate::chart::{text_width, Frame, Mark, Theme};
use crate::widgets::{Widget, WidgetKind};
use crate::Lang;

pub const WIDTHS: [f64; 3] = [320.0, 640.0, 1200.0];
pub const THEMES: [Theme; 2] = [Theme::Light, Theme::Dark];

pub fn frame(width: f64, lang: Lang, theme: Theme) -> Frame {
    Frame {
        width,
        scale: 1.0,
        theme,
        lang,
    }
}

/// Text as read: no-break spaces (after numbers, in grouped digits) as spaces, word joiners
/// (after a range's dash) and non-breaking hyphens as a reader types them.
pub fn plain(s: &str) -> String {
    s.replace(['\u{a0}', '\u{202f}'], " ")
        .replace('\u{2060}', "")
        .replace('\u{2011}', "-")
}

/// Words as a reader counts them: a number kept whole by a no-break space ("39,9 %") is
/// one, and a dash or a lone sign is none.
pub fn word_count(s: &str) -> usize {
    s.split([' ', '\n'])
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The registered widget called `name`.
pub fn kind(name: &str) -> WidgetKind {
    WidgetKind::from_name(name).unwrap_or_else(|| panic!("no widget {name}"))
}

/// One drawing: the SVG, the marks and the height it was drawn at.
pub struct Drawing {
    pub svg: String,
    pub marks: Vec<Mark>,
    pub height: f64,
}

impl Drawing {
    /// Every text, unescaped and as read ([`plain`]), in drawing order.
    pub fn texts(&self) -> Vec<String> {
        texts(&self.svg)
    }

    /// All text joined by spaces: a label wrapped over several lines reads whole again.
    pub fn joined(&self) -> String {
        self.texts().join(" ")
    }

    /// Every text with the box it takes.
    pub fn placed(&self) -> Vec<Placed> {
        placed(&self.svg)
    }
}

pub fn render(widget: &Widget, frame: &Frame) -> Drawing {
    let height = widget.height(frame);
    let (w, h) = frame.backing_size(height);
    let mut svg = String::new();
    let marks = {
        let mut backend = SVGBackend::with_string(&mut svg, (w, h));
        widget.draw(&mut backend, frame).expect("draws")
    };
    if let Ok(dir) = std::env::var("TENDIK_SVG_DIR") {
        let name = format!(
            "{dir}/{}-{}-{}-{}.svg",
            widget.kind().name(),
            frame.lang.tag(),
            frame.width,
            frame.theme.name()
        );
        std::fs::write(name, &svg).expect("writes the SVG");
    }
    Drawing { svg, marks, height }
}

/// Every embedded rendering of `kind`: each language, width and theme.
pub fn every_rendering(kind: WidgetKind) -> impl Iterator<Item = (Frame, Widget, Drawing)> {
    Lang::ALL.into_iter().flat_map(move |lang| {
        let widget = kind.embedded(lang);
        WIDTHS.into_iter().flat_map(move |width| {
            let widget = widget.clone();
            THEMES.into_iter().map(move |theme| {
                let f = frame(width, lang, theme);
                let d = render(&widget, &f);
                (f, widget.clone(), d)
            })
        })
    })
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// A drawn text and the box it takes, in CSS pixels (scale 1), estimated as the layouts
/// estimate text.
#[derive(Debug)]
pub struct Placed {
    pub text: String,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

/// The SVG backend writes font sizes in points (px ÷ 1.24) and centres text on `y`.
const PX_PER_SVG_UNIT: f64 = 1.24;

pub fn placed(svg: &str) -> Vec<Placed> {
    svg.split("<text")
        .skip(1)
        .filter_map(|chunk| {
            let open_end = chunk.find('>')?;
            let head = &chunk[..open_end];
            let end = chunk.find("</text>")?;
            // Bar rows glue "label — value" with no-break spaces; read them as plain spaces.
            let text = unescape(chunk[open_end + 1..end].trim()).replace("\u{a0}—\u{a0}", " — ");
            let x: f64 = attr(head, "x")?.parse().ok()?;
            let y: f64 = attr(head, "y")?.parse().ok()?;
            let size = attr(head, "font-size")?.parse::<f64>().ok()? * PX_PER_SVG_UNIT;
            let bold = attr(head, "font-weight") == Some("bold");
            let width = text_width(&text, size) * if bold { 1.1 } else { 1.0 };
            let left = match attr(head, "text-anchor") {
                Some("middle") => x - width / 2.0,
                Some("end") => x - width,
                _ => x,
            };
            Some(Placed {
                text,
                left,
                right: left + width,
                top: y - size / 2.0,
                bottom: y + size / 2.0,
            })
        })
        .collect()
}

/// The number after the last " — " of a label ("Judges — 53%" → 53).
pub fn value_after_dash(label: &str) -> f64 {
    let label = plain(label);
    let (_, value) = label.rsplit_once(" — ").expect("a value after the dash");
    let digits: String = value
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number in {label}"))
}

impl Drawing {
    /// The SVG and the marks.
    pub fn pair(self) -> (String, Vec<Mark>) {
        (self.svg, self.marks)
    }
}

/// Every text of an SVG, unescaped and as read ([`plain`]), in drawing order.
pub fn texts(svg: &str) -> Vec<String> {
    placed(svg).into_iter().map(|p| plain(&p.text)).collect()
}

/// All text of an SVG joined by spaces.
pub fn joined(svg: &str) -> String {
    texts(svg).join(" ")
}

/// The marks of one drawing, their labels as read ([`plain`]).
pub fn marks(widget: &Widget, frame: &Frame) -> Vec<Mark> {
    let mut marks = render(widget, frame).marks;
    for m in &mut marks {
        m.label = plain(&m.label);
    }
    marks
}

/// The sum of the values of the marks whose label starts with `prefix`.
pub fn sum_of_marks(marks: &[Mark], prefix: &str) -> f64 {
    marks
        .iter()
        .filter(|m| m.label.starts_with(prefix))
        .map(|m| value_after_dash(&m.label))
        .sum()
}

/// What the parts of breakdown `id` leave of its total.
pub fn remainder(id: &str) -> f64 {
    crate::dataset::breakdowns()
        .iter()
        .find(|b| b.id == id)
        .expect("breakdown")
        .remainder()
        .not_specified
}

/// Figure `id`'s number as the reader sees it.
pub fn figure_number(id: &str, lang: Lang) -> String {
    let f = crate::dataset::expect(id);
    plain(&crate::format::number(
        f.value.number().expect("a number"),
        lang,
    ))
}

/// Figure `id`'s date as the reader sees it.
pub fn figure_date(id: &str, lang: Lang) -> String {
    match crate::dataset::expect(id).value {
        crate::Value::Date(d) => plain(&crate::format::date(&d, lang)),
        crate::Value::Number(_) => panic!("{id} is not a date"),
    }
}

/// Renders `kind` at every width, language and theme and hands each drawing's joined text
/// and marks to `check`.
pub fn for_every_rendering(kind: WidgetKind, check: impl Fn(Lang, f64, &str, &[Mark])) {
    for (f, _, d) in every_rendering(kind) {
        check(f.lang, f.width, &d.joined(), &d.marks);
    }
}
