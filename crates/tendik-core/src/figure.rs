//! The publishable figure: title, takeaway, legend, the chart, notes, source line and a
//! small credit, composed on any plotters backend. The static renders, the browser's
//! downloads and the social cards all draw through this one composer, so a picture pasted
//! anywhere says what it shows and where its figures come from.
//!
//! Layout is in CSS pixels, like the charts; the frame's scale multiplies it.

use plotters_backend::DrawingBackend;

use crate::chart::offset::Offset;
use crate::chart::svg::SvgBackend;
use crate::chart::{text_width, ChartError, Frame, Label, Painter, Weight};
use crate::model::Lang;
use crate::widgets::{Content, Widget};

/// Sizes of the figure's own text and spacing, in CSS pixels. The chart keeps its own type
/// (12 or 13 px); the title sits clearly above it, notes at its size, the source below.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TypeScale {
    pub margin: f64,
    pub title: f64,
    pub takeaway: f64,
    pub legend: f64,
    pub note: f64,
    pub source: f64,
}

impl TypeScale {
    /// Phones and narrow columns.
    pub const NARROW: TypeScale = TypeScale {
        margin: 12.0,
        title: 17.0,
        takeaway: 14.0,
        legend: 12.0,
        note: 12.0,
        source: 11.0,
    };
    /// Article columns and wider.
    pub const REGULAR: TypeScale = TypeScale {
        margin: 20.0,
        title: 20.0,
        takeaway: 15.0,
        legend: 13.0,
        note: 13.0,
        source: 12.0,
    };
    /// The square social image: seen small, so the words are larger.
    pub const SQUARE: TypeScale = TypeScale {
        margin: 24.0,
        title: 23.0,
        takeaway: 16.0,
        legend: 13.0,
        note: 13.0,
        source: 12.0,
    };

    /// The scale for a figure `width` CSS pixels wide (the chart's own break point).
    pub fn for_width(width: f64) -> TypeScale {
        if width < 480.0 {
            TypeScale::NARROW
        } else {
            TypeScale::REGULAR
        }
    }

    fn line(size: f64) -> f64 {
        (size * 1.4).round()
    }
}

/// Image sizes a newsroom asks for, independent of the screen: each fixes the layout width,
/// the pixel scale and the type scale, so the same preset always gives the same picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// 640 px wide: an article column at 1×.
    Web,
    /// 1200 px wide: the same 600 px column at 2×, for high-density screens and CMSs.
    Wide,
    /// 2400 px wide: 800 px at 3×, about 20 cm at 300 dpi, for print.
    Print,
    /// 1080 × 1080 px for social networks.
    Square,
}

impl Preset {
    pub const ALL: [Preset; 4] = [Preset::Web, Preset::Wide, Preset::Print, Preset::Square];

    pub fn name(self) -> &'static str {
        match self {
            Preset::Web => "640",
            Preset::Wide => "1200",
            Preset::Print => "2400",
            Preset::Square => "square",
        }
    }

    pub fn from_name(name: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.name() == name.trim())
    }

    /// Width of the image in pixels.
    pub fn pixels(self) -> u32 {
        match self {
            Preset::Web => 640,
            Preset::Wide => 1200,
            Preset::Print => 2400,
            Preset::Square => 1080,
        }
    }

    fn layout(self) -> (f64, f64, TypeScale) {
        match self {
            Preset::Web => (640.0, 1.0, TypeScale::REGULAR),
            Preset::Wide => (600.0, 2.0, TypeScale::REGULAR),
            Preset::Print => (800.0, 3.0, TypeScale::REGULAR),
            Preset::Square => (540.0, 2.0, TypeScale::SQUARE),
        }
    }
}

/// What a legend key looks like: the same marks the chart draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    Swatch,
    Hatched,
    Dashed,
    Dot,
}

/// One entry of a figure's legend: a colour (with its mark) and what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    pub key: Key,
    pub rgb: u32,
    pub label: String,
}

/// Measures text for wrapping: advance width in CSS pixels of `text` at `size`.
pub type Measure<'a> = &'a dyn Fn(&str, f64, Weight) -> f64;

fn estimate(text: &str, size: f64, weight: Weight) -> f64 {
    // Bold faces run about 8% wider than the regular face the estimate is made for.
    let w = text_width(text, size);
    match weight {
        Weight::Bold => w * 1.1,
        Weight::Normal => w,
    }
}

/// A box in CSS pixels from the figure's top-left corner.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }
    pub fn right(&self) -> f64 {
        self.x + self.width
    }
}

/// Lines of text set in a box, left-aligned.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Block {
    pub rect: Rect,
    pub lines: Vec<String>,
    /// Each line's measured width.
    pub widths: Vec<f64>,
    pub size: f64,
    pub line_height: f64,
}

impl Block {
    /// One box per line: as wide as the line, as tall as its line height.
    pub fn line_boxes(&self) -> impl Iterator<Item = Rect> + '_ {
        self.widths.iter().enumerate().map(|(i, &width)| Rect {
            x: self.rect.x,
            y: self.rect.y + i as f64 * self.line_height,
            width,
            height: self.line_height,
        })
    }
}

/// One legend entry placed: its key and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedKey {
    pub entry: LegendEntry,
    pub key: Rect,
    pub label: Rect,
}

/// Where everything goes; every box lies inside the figure and no two overlap.
#[derive(Clone, Debug, PartialEq)]
pub struct Placement {
    pub width: f64,
    pub height: f64,
    pub title: Block,
    pub takeaway: Block,
    pub legend: Vec<PlacedKey>,
    pub chart: Rect,
    /// One block per note.
    pub notes: Vec<Block>,
    pub source: Block,
    /// The credit, right-aligned on the source's last line when it fits there.
    pub credit: Rect,
    /// The product's name in the figure's language.
    pub credit_text: &'static str,
}

impl Placement {
    /// Every line of the figure's own text with its box, in the order they are drawn, for
    /// checks against the rendered text: (what it is, the text, its box).
    pub fn text_lines(&self) -> Vec<(&'static str, &str, Rect)> {
        fn lines<'b>(
            name: &'static str,
            b: &'b Block,
        ) -> impl Iterator<Item = (&'static str, &'b str, Rect)> {
            b.lines
                .iter()
                .zip(b.line_boxes())
                .map(move |(l, r)| (name, l.as_str(), r))
        }
        let mut out: Vec<_> = lines("title", &self.title)
            .chain(lines("takeaway", &self.takeaway))
            .chain(
                self.legend
                    .iter()
                    .map(|k| ("legend", k.entry.label.as_str(), k.label)),
            )
            .chain(self.notes.iter().flat_map(|n| lines("note", n)))
            .chain(lines("source", &self.source))
            .collect();
        out.push(("credit", self.credit_text, self.credit));
        out
    }
}

const KEY: f64 = 12.0;

/// A widget set as a figure at one size.
pub struct Figure<'a> {
    pub widget: &'a Widget,
    pub content: &'a Content,
    pub legend: &'a [LegendEntry],
    /// Width of the whole figure in CSS pixels, its scale, theme and language.
    pub frame: Frame,
    pub type_scale: TypeScale,
    /// A fixed height (the square preset); `None`: as tall as the content.
    pub fixed_height: Option<f64>,
    pub measure: Measure<'a>,
}

impl<'a> Figure<'a> {
    /// The figure at `frame.width` with the type scale for that width and no legend.
    pub fn new(widget: &'a Widget, content: &'a Content, frame: Frame) -> Self {
        Figure {
            widget,
            content,
            legend: &[],
            frame,
            type_scale: TypeScale::for_width(frame.width),
            fixed_height: None,
            measure: &estimate,
        }
    }

    /// The figure for an export preset. The square keeps its words and chart whole by
    /// laying out wider (and scaling down) until everything fits in the square.
    pub fn preset(
        widget: &'a Widget,
        content: &'a Content,
        preset: Preset,
        theme: crate::chart::Theme,
        lang: Lang,
    ) -> Self {
        let (width, scale, type_scale) = preset.layout();
        let frame = Frame {
            width,
            scale,
            theme,
            lang,
        };
        let mut figure = Figure {
            type_scale,
            ..Figure::new(widget, content, frame)
        };
        if preset == Preset::Square {
            figure.fit_square(f64::from(preset.pixels()));
        }
        figure
    }

    pub fn with_legend(self, legend: &'a [LegendEntry]) -> Self {
        let mut f = Figure { legend, ..self };
        if let Some(side) = f.fixed_height.map(|h| h * f.frame.scale) {
            f.fit_square(side);
        }
        f
    }

    /// Measures text with `measure` (real font metrics) instead of the estimate.
    pub fn with_measure(self, measure: Measure<'a>) -> Self {
        let mut f = Figure { measure, ..self };
        if let Some(side) = f.fixed_height.map(|h| h * f.frame.scale) {
            f.fit_square(side);
        }
        f
    }

    fn fit_square(&mut self, pixels: f64) {
        let mut width = self.frame.width;
        loop {
            self.frame.width = width;
            self.frame.scale = pixels / width;
            self.fixed_height = None;
            if self.placement().height <= width || width >= pixels {
                break;
            }
            width += 20.0;
        }
        self.fixed_height = Some(self.frame.width);
    }

    fn block(&self, text: &str, size: f64, weight: Weight, x: f64, y: f64) -> Block {
        let width = self.frame.width - 2.0 * self.type_scale.margin;
        let lines = wrap(text, size, weight, width, self.measure);
        let widths = lines
            .iter()
            .map(|l| (self.measure)(l, size, weight))
            .collect();
        let line_height = TypeScale::line(size);
        Block {
            rect: Rect {
                x,
                y,
                width,
                height: lines.len() as f64 * line_height,
            },
            lines,
            widths,
            size,
            line_height,
        }
    }

    fn chart_frame(&self) -> Frame {
        Frame {
            width: (self.frame.width - 2.0 * self.type_scale.margin).floor(),
            ..self.frame
        }
    }

    pub fn placement(&self) -> Placement {
        let ts = self.type_scale;
        let m = ts.margin;
        let inner = self.frame.width - 2.0 * m;
        let gap = (ts.takeaway * 0.8).round();
        let title = self.block(&self.content.title, ts.title, Weight::Bold, m, m);
        let takeaway = self.block(
            &self.content.takeaway,
            ts.takeaway,
            Weight::Normal,
            m,
            title.rect.bottom() + (ts.title * 0.3).round(),
        );
        let mut y = takeaway.rect.bottom() + gap;

        // Legend: keys in rows, wrapping between entries.
        let mut legend = Vec::new();
        let row = TypeScale::line(ts.legend);
        let mut x = m;
        for entry in self.legend {
            let label_w = (self.measure)(&entry.label, ts.legend, Weight::Normal).ceil();
            let w = KEY + 6.0 + label_w;
            if x > m && x + w > m + inner {
                x = m;
                y += row;
            }
            let key = Rect {
                x,
                y: y + (row - KEY) / 2.0,
                width: KEY,
                height: KEY,
            };
            let label = Rect {
                x: x + KEY + 6.0,
                y,
                width: label_w.min(m + inner - x - KEY - 6.0),
                height: row,
            };
            legend.push(PlacedKey {
                entry: entry.clone(),
                key,
                label,
            });
            x += w + 18.0;
        }
        if !legend.is_empty() {
            y += row + gap / 2.0;
        }

        let chart_frame = self.chart_frame();
        let chart = Rect {
            x: m,
            y,
            width: chart_frame.width,
            height: self.widget.height(&chart_frame),
        };
        y = chart.bottom() + gap;

        let mut notes = Vec::new();
        for note in &self.content.notes {
            let block = self.block(note, ts.note, Weight::Normal, m, y);
            if block.lines.is_empty() {
                continue;
            }
            y = block.rect.bottom() + (ts.note * 0.4).round();
            notes.push(block);
        }
        if !notes.is_empty() {
            y += (gap / 2.0).round();
        }

        let mut source = self.block(&self.content.source, ts.source, Weight::Normal, m, y);
        let line = TypeScale::line(ts.source);
        let credit_text = crate::i18n::PRODUCT.get(self.frame.lang);
        let credit_w = (self.measure)(credit_text, ts.source, Weight::Bold).ceil();
        let last_w = source.widths.last().copied().unwrap_or(0.0);
        let credit_y = if source.lines.is_empty() {
            y
        } else if last_w + 16.0 + credit_w <= inner {
            source.rect.bottom() - line
        } else {
            source.rect.bottom()
        };
        let mut credit = Rect {
            x: m + inner - credit_w,
            y: credit_y,
            width: credit_w,
            height: line,
        };
        let mut height = credit.bottom().max(source.rect.bottom()) + m;
        if let Some(fixed) = self.fixed_height {
            // Footer to the bottom of a fixed-height image.
            let shift = (fixed - height).max(0.0);
            source.rect.y += shift;
            credit.y += shift;
            height = height.max(fixed);
        }
        Placement {
            width: self.frame.width,
            height,
            title,
            takeaway,
            legend,
            chart,
            notes,
            source,
            credit,
            credit_text,
        }
    }

    /// Height in CSS pixels.
    pub fn height(&self) -> f64 {
        self.placement().height
    }

    /// Size in device pixels of the image.
    pub fn backing_size(&self) -> (u32, u32) {
        self.frame.backing_size(self.height())
    }

    /// Draws the whole figure onto `db`, sized [`Figure::backing_size`].
    pub fn draw<DB: DrawingBackend>(&self, db: &mut DB) -> Result<(), ChartError> {
        let pal = self.frame.palette();
        let place = self.placement();
        let scale = self.frame.scale;
        {
            let mut p = Painter::new(&mut *db, scale);
            p.fill(pal.background)?;
            draw_block(&mut p, &place.title, Label::new(0.0, pal.text).bold())?;
            draw_block(&mut p, &place.takeaway, Label::new(0.0, pal.text))?;
            for k in &place.legend {
                draw_key(&mut p, k, pal.background)?;
                p.text(
                    &k.entry.label,
                    k.label.x,
                    k.label.y + k.label.height / 2.0,
                    Label::new(self.type_scale.legend, pal.text),
                )?;
            }
            for note in &place.notes {
                draw_block(&mut p, note, Label::new(0.0, pal.text))?;
            }
            draw_block(&mut p, &place.source, Label::new(0.0, pal.muted))?;
            p.text(
                place.credit_text,
                place.credit.right(),
                place.credit.y + place.credit.height / 2.0,
                Label::new(self.type_scale.source, pal.muted).right().bold(),
            )?;
        }
        let chart_frame = self.chart_frame();
        let origin = (
            (place.chart.x * scale).round() as i32,
            (place.chart.y * scale).round() as i32,
        );
        let size = chart_frame.backing_size(place.chart.height);
        self.widget
            .draw(&mut Offset::new(&mut *db, origin, size), &chart_frame)?;
        db.present()?;
        Ok(())
    }

    /// The figure as SVG, drawn by the same code as the canvas.
    pub fn svg(&self) -> Result<String, ChartError> {
        let mut db = SvgBackend::new(self.backing_size());
        self.draw(&mut db)?;
        Ok(db.finish())
    }
}

fn draw_block<DB: DrawingBackend>(
    p: &mut Painter<'_, DB>,
    block: &Block,
    label: Label,
) -> Result<(), ChartError> {
    let label = Label {
        size: block.size,
        ..label
    };
    for (i, line) in block.lines.iter().enumerate() {
        let mid = block.rect.y + (i as f64 + 0.5) * block.line_height;
        p.text(line, block.rect.x, mid, label)?;
    }
    Ok(())
}

fn draw_key<DB: DrawingBackend>(
    p: &mut Painter<'_, DB>,
    k: &PlacedKey,
    background: u32,
) -> Result<(), ChartError> {
    let r = k.key;
    let rgb = k.entry.rgb;
    let mid = r.y + r.height / 2.0;
    match k.entry.key {
        Key::Swatch => p.rect(r.x, r.y, r.right(), r.bottom(), rgb),
        Key::Hatched => {
            p.rect(r.x, r.y, r.right(), r.bottom(), background)?;
            p.hatch(r.x, r.y, r.right(), r.bottom(), rgb, 4.0)?;
            p.outline(r.x, r.y, r.right(), r.bottom(), rgb, 1.0)
        }
        Key::Dashed => p.dashed((r.x, mid), (r.right(), mid), rgb, 2.0, 3.0),
        Key::Dot => p.circle((r.x + r.width / 2.0, mid), r.width / 3.0, rgb, true, 1.0),
    }
}

/// Words to set, each glued to a dash that follows it (a line never starts with a dash),
/// and a paragraph reference kept whole: "para. 3 (b)", "п. 3 (b)", "8 (d) т.".
fn words(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        match out.last_mut() {
            Some(last) if glued(last, word) => {
                last.push(' ');
                last.push_str(word);
            }
            _ => out.push(word.to_string()),
        }
    }
    out
}

/// Whether `word` stays on the line of the word before it.
fn glued(before: &str, word: &str) -> bool {
    let core = |w: &str| w.trim_matches(|c: char| "();,.".contains(c)).to_string();
    let last = before.rsplit(' ').next().unwrap_or(before);
    let is_letter_ref = word.starts_with('(') && word.chars().count() <= 8;
    word.starts_with(['—', '–'])
        || matches!(last.trim_start_matches('('), "para." | "п.")
        || core(word) == "т"
        || (is_letter_ref && last.ends_with(|c: char| c.is_ascii_digit()))
}

/// Splits `text` into lines no wider than `max_width`, breaking at ordinary spaces only
/// (no-break spaces inside numbers and dates hold) and never before a dash.
pub fn wrap(
    text: &str,
    size: f64,
    weight: Weight,
    max_width: f64,
    measure: Measure,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in words(text) {
        let candidate = if line.is_empty() {
            word.clone()
        } else {
            format!("{line} {word}")
        };
        if !line.is_empty() && measure(&candidate, size, weight) > max_width {
            lines.push(std::mem::take(&mut line));
            line = word;
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The chart in words, as its canvas reads it to screen readers: the alt text of every
/// static image.
pub fn summary(content: &Content) -> String {
    let mut s = content.takeaway.clone();
    for n in &content.notes {
        s.push(' ');
        s.push_str(n);
    }
    s
}

/// The chart alone (no captions) as SVG at `frame`: what the live canvas shows.
pub fn chart_svg(widget: &Widget, frame: &Frame) -> Result<String, ChartError> {
    let mut db = SvgBackend::new(frame.backing_size(widget.height(frame)));
    widget.draw(&mut db, frame)?;
    Ok(db.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Theme;
    use crate::widgets::WidgetKind;

    fn frame(width: f64, lang: Lang) -> Frame {
        Frame {
            width,
            scale: 1.0,
            theme: Theme::Light,
            lang,
        }
    }

    fn inside(inner: &Rect, outer: &Rect) -> bool {
        inner.x >= outer.x - 1e-9
            && inner.y >= outer.y - 1e-9
            && inner.right() <= outer.right() + 1e-9
            && inner.bottom() <= outer.bottom() + 1e-9
    }

    fn overlap(a: &Rect, b: &Rect) -> bool {
        a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom()
    }

    fn legend() -> Vec<LegendEntry> {
        vec![
            LegendEntry {
                key: Key::Swatch,
                rgb: 0x9a3a08,
                label: "Women".into(),
            },
            LegendEntry {
                key: Key::Hatched,
                rgb: 0x9a3a08,
                label: "Not broken down in the source".into(),
            },
            LegendEntry {
                key: Key::Dashed,
                rgb: 0x1a1a1a,
                label: "2030 goal".into(),
            },
        ]
    }

    #[test]
    fn every_box_is_inside_the_figure_and_none_overlap() {
        let keys = legend();
        for kind in WidgetKind::all() {
            for lang in Lang::ALL {
                let w = kind.embedded(lang);
                let c = w.content(lang);
                for width in [320.0, 360.0, 640.0, 1200.0] {
                    for with_legend in [false, true] {
                        let mut f = Figure::new(&w, &c, frame(width, lang));
                        if with_legend {
                            f = f.with_legend(&keys);
                        }
                        let p = f.placement();
                        let page = Rect {
                            x: 0.0,
                            y: 0.0,
                            width: p.width,
                            height: p.height,
                        };
                        let mut boxes: Vec<(&str, Rect)> =
                            p.text_lines().into_iter().map(|(n, _, r)| (n, r)).collect();
                        boxes.push(("chart", p.chart));
                        boxes.extend(p.legend.iter().map(|k| ("key", k.key)));
                        for (i, (name, r)) in boxes.iter().enumerate() {
                            assert!(inside(r, &page), "{kind:?} {lang:?} {width} {name}");
                            for (other, r2) in &boxes[i + 1..] {
                                assert!(
                                    !overlap(r, r2),
                                    "{kind:?} {lang:?} {width}: {name} {r:?} overlaps {other} {r2:?}"
                                );
                            }
                        }
                        assert!(!p.title.lines.is_empty() && !p.source.lines.is_empty());
                    }
                }
            }
        }
    }

    #[test]
    fn presets_give_their_pixel_widths_and_the_square_is_square() {
        for kind in WidgetKind::all() {
            for lang in Lang::ALL {
                let w = kind.embedded(lang);
                let c = w.content(lang);
                for preset in Preset::ALL {
                    let f = Figure::preset(&w, &c, preset, Theme::Light, lang);
                    let (pw, ph) = f.backing_size();
                    assert_eq!(pw, preset.pixels(), "{kind:?} {lang:?} {preset:?}");
                    if preset == Preset::Square {
                        assert_eq!(ph, pw, "{kind:?} {lang:?} square is {pw}×{ph}");
                    }
                }
            }
        }
    }

    #[test]
    fn wrapping_keeps_every_word_and_no_break_spaces() {
        let text = "Recorded incidents fell from 115\u{a0}526 in 2022 to 75\u{a0}004 in 2024";
        let lines = wrap(text, 14.0, Weight::Normal, 120.0, &estimate);
        assert!(lines.len() > 2);
        assert_eq!(lines.join(" "), text);
        assert!(lines.iter().any(|l| l.contains("115\u{a0}526")));
        let dashed = "Majilis — 18.9%, Maslikhats — 22.7% – both below the quota";
        for width in [60.0, 90.0, 120.0, 200.0] {
            let lines = wrap(dashed, 14.0, Weight::Normal, width, &estimate);
            assert_eq!(lines.join(" "), dashed);
            assert!(
                lines.iter().all(|l| !l.starts_with(['—', '–'])),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn a_paragraph_reference_is_never_broken_across_lines() {
        let cases = [
            (
                "Source: CEDAW replies (para. 3 (b); para. 15 (h))",
                "para. 3 (b);",
            ),
            (
                "Источник: ответы (КЛДЖ, 2025 г.) (п. 3 (b); п. 15 (h))",
                "(п. 3 (b);",
            ),
            (
                "Дереккөз: жауаптары (3 (f) т.; 8 (d) т.; 11 (f) т.)",
                "8 (d) т.;",
            ),
        ];
        for (text, reference) in cases {
            for width in [40.0, 80.0, 120.0, 160.0, 240.0] {
                let lines = wrap(text, 14.0, Weight::Normal, width, &estimate);
                assert_eq!(lines.join(" "), text);
                assert!(
                    lines.iter().any(|l| l.contains(reference)),
                    "{reference:?} split in {lines:?}"
                );
            }
        }
    }

    #[test]
    fn summary_is_the_takeaway_then_the_notes() {
        let w = crate::testing::kind("quota-gauge").embedded(Lang::Kk);
        let c = w.content(Lang::Kk);
        let s = summary(&c);
        assert!(s.starts_with(&c.takeaway));
        for n in &c.notes {
            assert!(s.contains(n.as_str()));
        }
    }

    #[test]
    fn the_figure_svg_holds_every_caption_line_and_the_credit() {
        let w = crate::testing::kind("violence-trend").embedded(Lang::Ru);
        let c = w.content(Lang::Ru);
        let f = Figure::new(&w, &c, frame(640.0, Lang::Ru));
        let svg = f.svg().unwrap();
        let p = f.placement();
        for line in p.title.lines.iter().chain(&p.takeaway.lines) {
            let escaped = line.replace('&', "&amp;").replace('"', "&quot;");
            assert!(svg.contains(&format!(">{escaped}</text>")), "{line}");
        }
        assert!(svg.contains(">Теңдік</text>"), "the credit in Russian");
        let (w_px, h_px) = f.backing_size();
        assert!(svg.contains(&format!("width=\"{w_px}\" height=\"{h_px}\"")));
    }
}
