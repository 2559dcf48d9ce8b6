//! A small library of marks, after Observable Plot: a chart is a list of marks drawn in
//! order onto one [`Plot`], and each mark implements only its own drawing. Marks share
//! the plot's record of the space already taken, so a label placed later steps aside
//! from a band, a line label or another label placed earlier.
//!
//! Positions are CSS pixels from the chart's top-left corner; [`Scale`] maps data to them.

use super::recorder::Recorder;
use super::{text_width, wrap, Anchor, ChartError, Frame, Label, Mark, Painter, Palette, Ticks};
use crate::format;

/// A rectangle in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    pub fn new(left: f64, top: f64, right: f64, bottom: f64) -> Self {
        Rect {
            left: left.min(right),
            top: top.min(bottom),
            right: left.max(right),
            bottom: top.max(bottom),
        }
    }

    /// Whether the two share more than a hairline.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right - 0.5
            && other.left < self.right - 0.5
            && self.top < other.bottom - 0.5
            && other.top < self.bottom - 0.5
    }

    pub fn within(&self, bounds: &Rect) -> bool {
        self.left >= bounds.left - 0.5
            && self.right <= bounds.right + 0.5
            && self.top >= bounds.top - 0.5
            && self.bottom <= bounds.bottom + 0.5
    }

    /// The box a line of text takes when its anchor sits at (`x`, `y`), `y` its centre.
    pub fn of_text(text: &str, x: f64, y: f64, label: &Label) -> Rect {
        let w = text_width(text, label.size) * if label.is_bold() { 1.1 } else { 1.0 };
        let left = match label.anchor {
            Anchor::Left => x,
            Anchor::Center => x - w / 2.0,
            Anchor::Right => x - w,
        };
        let half = label.size * 0.62;
        Rect::new(left, y - half, left + w, y + half)
    }
}

/// A linear map from data values to pixels (`range.0` for `domain.0`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Scale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        Scale { domain, range }
    }

    pub fn at(&self, v: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if d1 == d0 {
            return r0;
        }
        r0 + (r1 - r0) * ((v - d0) / (d1 - d0))
    }
}

/// Where marks draw: the painter, the frame, and what is already taken.
pub struct Plot<'a, 'b> {
    pub p: &'a mut Painter<'b, Recorder>,
    pub frame: Frame,
    pub pal: Palette,
    /// The whole chart.
    pub bounds: Rect,
    /// Space labels must keep clear of: bands, line labels, earlier point labels.
    pub taken: Vec<Rect>,
    /// The data marks, for the keyboard and screen readers.
    pub marks: Vec<Mark>,
}

impl<'a, 'b> Plot<'a, 'b> {
    /// A chart `height` tall on `p`, with nothing drawn or taken yet.
    pub fn new(p: &'a mut Painter<'b, Recorder>, frame: &Frame, height: f64) -> Self {
        Plot {
            p,
            frame: *frame,
            pal: frame.palette(),
            bounds: Rect::new(0.0, 0.0, frame.width, height),
            taken: Vec::new(),
            marks: Vec::new(),
        }
    }

    pub fn size(&self) -> f64 {
        self.frame.font_size()
    }

    /// Whether a label box fits in the chart clear of everything taken.
    pub fn is_free(&self, r: &Rect) -> bool {
        r.within(&self.bounds) && !self.taken.iter().any(|t| t.overlaps(r))
    }
}

/// One mark: draws itself onto the plot.
pub trait Draw {
    fn draw(&self, plot: &mut Plot<'_, '_>) -> Result<(), ChartError>;
}

/// Draws `marks` in order on the background, and returns the data marks in reading order
/// (left to right, then top to bottom).
pub fn plot(
    db: &mut Recorder,
    frame: &Frame,
    height: f64,
    marks: &[&dyn Draw],
) -> Result<Vec<Mark>, ChartError> {
    let mut p = Painter::new(db, frame.scale);
    p.fill(frame.palette().background)?;
    let mut plot = Plot::new(&mut p, frame, height);
    for m in marks {
        m.draw(&mut plot)?;
    }
    let mut marks = plot.marks;
    p.present()?;
    crate::order::sort_by_key(&mut marks, |m| {
        (m.x * 2.0).round() as i64 * 100_000 + m.y as i64
    });
    Ok(marks)
}

/// How tick labels read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TickFormat {
    Number,
    Percent,
}

/// A value axis along the left edge: round ticks, their labels and a light grid across
/// the plot, with a solid baseline at zero.
pub struct ValueAxis {
    pub ticks: Ticks,
    pub scale: Scale,
    pub format: TickFormat,
    /// The grid runs from `left` to `right`; labels end just left of `left`.
    pub left: f64,
    pub right: f64,
}

impl ValueAxis {
    fn labels(ticks: &Ticks, format: TickFormat, frame: &Frame) -> Vec<String> {
        ticks
            .values()
            .map(|v| match format {
                TickFormat::Number => format::fixed(v, ticks.decimals, frame.lang),
                TickFormat::Percent => format::percent_fixed(v, ticks.decimals, frame.lang),
            })
            .collect()
    }

    /// The margin the tick labels need on the left.
    pub fn margin(ticks: &Ticks, format: TickFormat, frame: &Frame) -> f64 {
        Self::labels(ticks, format, frame)
            .iter()
            .map(|l| text_width(l, frame.font_size() - 1.0))
            .fold(0.0, f64::max)
            + 10.0
    }
}

impl Draw for ValueAxis {
    fn draw(&self, plot: &mut Plot<'_, '_>) -> Result<(), ChartError> {
        let size = plot.size() - 1.0;
        let labels = Self::labels(&self.ticks, self.format, &plot.frame);
        for (v, label) in self.ticks.values().zip(&labels) {
            let y = self.scale.at(v);
            let colour = if v == 0.0 {
                plot.pal.axis
            } else {
                plot.pal.grid
            };
            plot.p.line((self.left, y), (self.right, y), colour, 1.0)?;
            let style = Label::new(size, plot.pal.muted).right();
            plot.p.text(label, self.left - 6.0, y, style)?;
        }
        Ok(())
    }
}

/// Category labels under the plot ("2022", "2023"), centred on their positions.
pub struct CategoryAxis {
    pub items: Vec<(f64, String)>,
    pub y: f64,
}

impl Draw for CategoryAxis {
    fn draw(&self, plot: &mut Plot<'_, '_>) -> Result<(), ChartError> {
        let style = Label::new(plot.size(), plot.pal.text).centered();
        for (x, text) in &self.items {
            plot.p.text(text, *x, self.y, style)?;
        }
        Ok(())
    }
}

/// A "no figure" band: the place of a missing value, hatched and saying so in words, so a
/// gap never reads as a zero or as a line drawn through.
pub struct NoFigureBand {
    pub area: Rect,
    pub text: String,
    /// What the keyboard announces ("2023: no figure").
    pub mark: String,
}

impl Draw for NoFigureBand {
    fn draw(&self, plot: &mut Plot<'_, '_>) -> Result<(), ChartError> {
        let a = self.area;
        plot.p
            .rect(a.left, a.top, a.right, a.bottom, plot.pal.gap)?;
        plot.p
            .hatch(a.left, a.top, a.right, a.bottom, plot.pal.grid, 7.0)?;
        let size = plot.size() - 1.0;
        let style = Label::new(size, plot.pal.muted).centered();
        let x = (a.left + a.right) / 2.0;
        for (k, line) in wrap(&self.text, size, a.right - a.left - 4.0)
            .iter()
            .enumerate()
        {
            plot.p
                .text(line, x, a.top + 12.0 + k as f64 * 15.0, style)?;
        }
        plot.marks.push(Mark::new(
            self.mark.clone(),
            (a.left, a.top),
            (a.right, a.bottom),
        ));
        plot.taken.push(a);
        Ok(())
    }
}

/// A labelled reference line across the plot: a goal, a quota, parity. Always dashed and
/// always with its words, which keep clear of bands and other labels; when the full label
/// fits nowhere on one line it wraps, and the value is never dropped.
pub struct GoalLine {
    /// Horizontal at `y`, from `left` to `right`.
    pub y: f64,
    pub left: f64,
    pub right: f64,
    pub text: String,
}

impl GoalLine {
    /// Candidate places for the label: under the line at the right, above it at the
    /// right, then the same on the left.
    fn places(&self, lines: usize, line_height: f64) -> [(f64, f64, Anchor); 4] {
        let block = lines as f64 * line_height;
        let below = self.y + 4.0 + line_height / 2.0;
        let above = self.y - 4.0 - block + line_height / 2.0;
        [
            (self.right, below, Anchor::Right),
            (self.right, above, Anchor::Right),
            (self.left + 2.0, below, Anchor::Left),
            (self.left + 2.0, above, Anchor::Left),
        ]
    }
}

impl Draw for GoalLine {
    fn draw(&self, plot: &mut Plot<'_, '_>) -> Result<(), ChartError> {
        let size = plot.size() - 1.0;
        plot.p.dashed(
            (self.left, self.y),
            (self.right, self.y),
            plot.pal.target,
            1.5,
            5.0,
        )?;
        let line_height = size + 3.0;
        // The widest text block that fits somewhere free, narrowing it step by step.
        let widths = std::iter::successors(Some(self.right - self.left), |w| {
            (*w > 80.0).then_some(w * 0.8)
        });
        let mut chosen = None;
        'search: for width in widths {
            let lines = wrap(&self.text, size, width);
            for (x, y, anchor) in self.places(lines.len(), line_height) {
                let style = Label::new(size, plot.pal.text).anchored(anchor);
                let boxes: Vec<Rect> = lines
                    .iter()
                    .enumerate()
                    .map(|(k, l)| Rect::of_text(l, x, y + k as f64 * line_height, &style))
                    .collect();
                if boxes.iter().all(|b| plot.is_free(b)) {
                    chosen = Some((lines, x, y, style, boxes));
                    break 'search;
                }
            }
        }
        let (lines, x, y, style, boxes) = chosen.unwrap_or_else(|| {
            let lines = wrap(&self.text, size, self.right - self.left);
            let (x, y, anchor) = self.places(lines.len(), line_height)[0];
            let style = Label::new(size, plot.pal.text).anchored(anchor);
            let boxes = lines
                .iter()
                .enumerate()
                .map(|(k, l)| Rect::of_text(l, x, y + k as f64 * line_height, &style))
                .collect();
            (lines, x, y, style, boxes)
        });
        for (k, line) in lines.iter().enumerate() {
            let ly = y + k as f64 * line_height;
            plot.p.text_on(line, x, ly, style, plot.pal.background)?;
        }
        plot.taken.extend(boxes);
        Ok(())
    }
}

/// One value of a line series: its position, or `None` where the sources give no figure.
pub struct SeriesPoint {
    pub x: f64,
    pub y: Option<f64>,
    /// What the keyboard announces ("2022: 115,526").
    pub mark: String,
}

/// A line through a series' values that breaks wherever a value is missing: segments join
/// only neighbours that both have a figure, and every figure gets a dot, so a value with a
/// gap on each side still shows.
pub struct LineSeries {
    pub points: Vec<SeriesPoint>,
    pub colour: u32,
}

impl Draw for LineSeries {
    fn draw(&self, plot: &mut Plot<'_, '_>) -> Result<(), ChartError> {
        for run in self.points.split(|p| p.y.is_none()) {
            let line: Vec<(f64, f64)> = run.iter().filter_map(|p| Some((p.x, p.y?))).collect();
            if line.len() > 1 {
                plot.p.polyline(&line, self.colour, 2.5)?;
            }
        }
        for p in &self.points {
            let Some(y) = p.y else { continue };
            plot.p.circle((p.x, y), 4.5, self.colour, true, 1.0)?;
            plot.p
                .circle((p.x, y), 4.5, plot.pal.background, false, 1.5)?;
            plot.taken
                .push(Rect::new(p.x - 5.5, y - 5.5, p.x + 5.5, y + 5.5));
            plot.marks.push(Mark::new(
                p.mark.clone(),
                (p.x - 12.0, y - 12.0),
                (p.x + 12.0, y + 12.0),
            ));
        }
        Ok(())
    }
}

/// Value labels beside points, each placed above, below, right or left of its point,
/// whichever is first clear of everything already taken (the plot's edges included).
pub struct PointLabels {
    pub items: Vec<(f64, f64, String)>,
}

impl Draw for PointLabels {
    fn draw(&self, plot: &mut Plot<'_, '_>) -> Result<(), ChartError> {
        let size = plot.size();
        for (x, y, text) in &self.items {
            let base = Label::new(size, plot.pal.text).bold();
            let gap = 13.0;
            let places = [
                (*x, y - gap, base.centered()),
                (*x, y + gap, base.centered()),
                (x + 9.0, *y, base),
                (x - 9.0, *y, base.right()),
            ];
            let pick = places
                .iter()
                .map(|(px, py, s)| (*px, *py, *s, Rect::of_text(text, *px, *py, s)))
                .find(|(_, _, _, r)| plot.is_free(r))
                .unwrap_or_else(|| {
                    let (px, py, s) = places[0];
                    (px, py, s, Rect::of_text(text, px, py, &s))
                });
            let (px, py, style, rect) = pick;
            plot.p.text(text, px, py, style)?;
            plot.taken.push(rect);
            // The point's mark takes its value's words too: its tooltip must not hide them.
            let centred = |m: &Mark| {
                (m.x + m.width / 2.0 - x).abs() < 0.5 && (m.y + m.height / 2.0 - y).abs() < 0.5
            };
            if let Some(m) = plot.marks.iter_mut().find(|m| centred(m)) {
                let (left, top) = (m.x.min(rect.left), m.y.min(rect.top));
                let right = (m.x + m.width).max(rect.right);
                let bottom = (m.y + m.height).max(rect.bottom);
                *m = Mark {
                    label: std::mem::take(&mut m.label),
                    x: left,
                    y: top,
                    width: right - left,
                    height: bottom - top,
                };
            }
        }
        Ok(())
    }
}

/// The distance from a value to the goal it falls short of: hatched, with an outline, so
/// it reads without colour.
pub struct Shortfall {
    pub area: Rect,
    pub colour: u32,
}

impl Draw for Shortfall {
    fn draw(&self, plot: &mut Plot<'_, '_>) -> Result<(), ChartError> {
        let a = self.area;
        plot.p
            .hatch(a.left, a.top, a.right, a.bottom, self.colour, 5.0)?;
        plot.p
            .outline(a.left, a.top, a.right, a.bottom, self.colour, 1.0)?;
        Ok(())
    }
}

/// What a legend entry's swatch looks like: a filled square, a line with a dot, a dashed
/// line or a hatched square, as the chart draws the thing it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swatch {
    Fill(u32),
    Line(u32),
    Dashed(u32),
    Hatched(u32),
}

/// A legend: swatches with their names in one or more rows at the top of the chart.
pub struct Legend {
    pub items: Vec<(Swatch, String)>,
    pub top: f64,
}

const SWATCH: f64 = 12.0;
const LEGEND_ROW: f64 = 20.0;

impl Legend {
    /// Each entry's row and left edge at this frame's width.
    fn layout(&self, frame: &Frame) -> Vec<(usize, f64)> {
        let size = frame.font_size() - 1.0;
        let (mut row, mut x) = (0, 2.0);
        self.items
            .iter()
            .map(|(_, text)| {
                let w = SWATCH + 6.0 + text_width(text, size) + 16.0;
                if x > 2.0 && x + w > frame.width - 2.0 {
                    row += 1;
                    x = 2.0;
                }
                let at = (row, x);
                x += w;
                at
            })
            .collect()
    }

    /// The height the legend takes at this frame's width.
    pub fn height(&self, frame: &Frame) -> f64 {
        if self.items.is_empty() {
            return 0.0;
        }
        let rows = self.layout(frame).last().map_or(0, |(r, _)| r + 1);
        rows as f64 * LEGEND_ROW + 4.0
    }
}

impl Draw for Legend {
    fn draw(&self, plot: &mut Plot<'_, '_>) -> Result<(), ChartError> {
        let size = plot.size() - 1.0;
        for ((swatch, text), (row, x)) in self.items.iter().zip(self.layout(&plot.frame)) {
            let cy = self.top + row as f64 * LEGEND_ROW + LEGEND_ROW / 2.0;
            let (x0, y0, x1, y1) = (x, cy - SWATCH / 2.0, x + SWATCH, cy + SWATCH / 2.0);
            match *swatch {
                Swatch::Fill(c) => plot.p.rect(x0, y0, x1, y1, c)?,
                Swatch::Line(c) => {
                    plot.p.line((x0, cy), (x1, cy), c, 2.5)?;
                    plot.p.circle((x0 + SWATCH / 2.0, cy), 3.5, c, true, 1.0)?;
                }
                Swatch::Dashed(c) => plot.p.dashed((x0, cy), (x1 + 2.0, cy), c, 1.5, 3.0)?,
                Swatch::Hatched(c) => {
                    plot.p.hatch(x0, y0, x1, y1, c, 4.0)?;
                    plot.p.outline(x0, y0, x1, y1, c, 1.0)?;
                }
            }
            let style = Label::new(size, plot.pal.text);
            plot.p.text(text, x1 + 6.0, cy, style)?;
            plot.taken
                .push(Rect::new(x0, y0, x1 + 6.0 + text_width(text, size), y1));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{nice_ticks, Theme};
    use crate::Lang;

    fn frame(width: f64) -> Frame {
        Frame {
            width,
            scale: 1.0,
            theme: Theme::Light,
            lang: Lang::En,
        }
    }

    /// Draws `marks` and returns the SVG's texts, joined, and the data marks.
    fn draw(width: f64, height: f64, marks: &[&dyn Draw]) -> (String, Vec<Mark>) {
        let f = frame(width);
        let mut r = Recorder::new(f.backing_size(height));
        let found = plot(&mut r, &f, height, marks).expect("draws");
        let mut svg = String::new();
        {
            let mut b = plotters_svg::SVGBackend::with_string(&mut svg, f.backing_size(height));
            r.replay(&mut b).expect("replays");
        }
        (
            format!(" {} ", crate::testing::texts(&svg).join(" | ")),
            found,
        )
    }

    #[test]
    fn a_series_breaks_at_missing_values_and_dots_every_figure() {
        let p = |x: f64, y: Option<f64>| SeriesPoint {
            x,
            y,
            mark: format!("{x}"),
        };
        let series = LineSeries {
            points: vec![
                p(10.0, Some(10.0)),
                p(20.0, Some(20.0)),
                p(30.0, None),
                p(40.0, Some(30.0)),
            ],
            colour: 0x123456,
        };
        let (svg, marks) = draw(100.0, 50.0, &[&series]);
        let f = frame(100.0);
        let mut r = Recorder::new(f.backing_size(50.0));
        plot(&mut r, &f, 50.0, &[&series]).unwrap();
        let mut raw = String::new();
        {
            let mut b = plotters_svg::SVGBackend::with_string(&mut raw, f.backing_size(50.0));
            r.replay(&mut b).unwrap();
        }
        assert!(svg.trim().is_empty(), "no text: {svg}");
        assert_eq!(raw.matches("<polyline").count(), 1, "one run of two");
        assert_eq!(
            raw.matches("<circle").count(),
            6,
            "a dot and its ring per figure"
        );
        assert_eq!(marks.len(), 3, "a mark per figure");
    }

    #[test]
    fn a_goal_label_steps_aside_from_a_band() {
        let band = NoFigureBand {
            area: Rect::new(100.0, 0.0, 260.0, 200.0),
            text: "no figure".into(),
            mark: "2023: no figure".into(),
        };
        let goal = GoalLine {
            y: 100.0,
            left: 40.0,
            right: 350.0,
            text: "Goal, 50% below 2022: 57,763".into(),
        };
        let (svg, _) = draw(360.0, 200.0, &[&band, &goal]);
        assert!(svg.contains("57,763"), "the value is kept");
        let f = frame(360.0);
        let mut r = Recorder::new(f.backing_size(200.0));
        let mut p = Painter::new(&mut r, 1.0);
        let mut plot = Plot {
            p: &mut p,
            frame: f,
            pal: f.palette(),
            bounds: Rect::new(0.0, 0.0, 360.0, 200.0),
            taken: Vec::new(),
            marks: Vec::new(),
        };
        band.draw(&mut plot).unwrap();
        goal.draw(&mut plot).unwrap();
        let (band_box, labels) = (plot.taken[0], &plot.taken[1..]);
        assert!(!labels.is_empty());
        for l in labels {
            assert!(!l.overlaps(&band_box), "{l:?} cuts into the band");
        }
    }

    #[test]
    fn point_labels_do_not_collide() {
        let labels = PointLabels {
            items: vec![
                (50.0, 50.0, "115,526".into()),
                (60.0, 50.0, "75,004".into()),
            ],
        };
        let f = frame(200.0);
        let mut r = Recorder::new(f.backing_size(100.0));
        let mut p = Painter::new(&mut r, 1.0);
        let mut plot = Plot {
            p: &mut p,
            frame: f,
            pal: f.palette(),
            bounds: Rect::new(0.0, 0.0, 200.0, 100.0),
            taken: Vec::new(),
            marks: Vec::new(),
        };
        labels.draw(&mut plot).unwrap();
        assert!(!plot.taken[0].overlaps(&plot.taken[1]));
    }

    #[test]
    fn an_axis_labels_round_ticks_and_reserves_their_width() {
        let ticks = nice_ticks(115_526.0, 4);
        let f = frame(400.0);
        let margin = ValueAxis::margin(&ticks, TickFormat::Number, &f);
        assert!(margin > text_width("150,000", 11.0));
        let axis = ValueAxis {
            ticks: ticks.clone(),
            scale: Scale::new((0.0, ticks.max), (180.0, 20.0)),
            format: TickFormat::Number,
            left: margin,
            right: 390.0,
        };
        let (svg, _) = draw(400.0, 200.0, &[&axis]);
        for t in ["0", "50,000", "100,000", "150,000"] {
            assert!(svg.contains(&format!(" {t} ")), "{t}: {svg}");
        }
        assert!(!svg.contains(".0 "));
    }

    #[test]
    fn a_legend_wraps_onto_rows_that_fit() {
        let legend = Legend {
            items: vec![
                (Swatch::Fill(0x9a3a08), "Women".into()),
                (Swatch::Fill(0x2b8bd6), "Men".into()),
                (
                    Swatch::Hatched(0x595959),
                    "Not specified in the source".into(),
                ),
            ],
            top: 0.0,
        };
        assert_eq!(legend.height(&frame(800.0)), LEGEND_ROW + 4.0);
        assert!(legend.height(&frame(150.0)) > 2.0 * LEGEND_ROW);
        let (svg, _) = draw(150.0, legend.height(&frame(150.0)), &[&legend]);
        assert!(svg.contains(" Women ") && svg.contains(" Men "), "{svg}");
    }
}
