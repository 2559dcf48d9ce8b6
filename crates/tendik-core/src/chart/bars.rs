//! Horizontal bars with their labels above them: the shared layout for every widget that
//! compares a few values (shares across institutions, breakdowns with an unspecified
//! remainder, counts by field). Labels never overlap: they wrap onto their own lines.

use plotters_backend::DrawingBackend;

use super::{nice_ticks, text_width, wrap, ChartError, Frame, Label, Mark, Painter};
use crate::format;
use crate::i18n::fill;

/// How a bar is filled. Colour never carries meaning alone: unspecified remainders are
/// hatched and every bar is labelled with its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarStyle {
    /// Women (and girls), and only them.
    Women,
    /// A count that is not of women: centres, or people of every sex (minors).
    Quantity,
    /// What the source's parts leave of its total: "not specified in the source".
    Unspecified,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// The value as the reader sees it ("18.9%", "3,625").
    pub value_text: String,
    pub style: BarStyle,
}

/// A dashed vertical line across all bars: a quota, parity, a target.
#[derive(Clone, Debug, PartialEq)]
pub struct Reference {
    pub value: f64,
    pub label: String,
}

/// Values on the axis: per cent (0–50 or 0–100) or plain counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scale {
    Percent,
    Count,
    /// Counts on an axis reaching at least this, so that panels counting the same thing
    /// share one scale and their bars compare.
    CountTo(f64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct HBars {
    pub bars: Vec<Bar>,
    pub references: Vec<Reference>,
    pub scale: Scale,
}

const LINE: f64 = 17.0;
const BAR: f64 = 18.0;
const GAP: f64 = 12.0;
const REF_LINE: f64 = 20.0;
const AXIS: f64 = 24.0;
const PAD_RIGHT: f64 = 12.0;

impl HBars {
    /// "Judges — 53%": what the row says, and what its mark announces.
    fn row_text(bar: &Bar) -> String {
        fill(
            "{label} — {value}",
            &[("label", &bar.label), ("value", &bar.value_text)],
        )
    }

    fn lines(&self, bar: &Bar, frame: &Frame) -> Vec<String> {
        // No-break spaces keep the value on one line with the end of its label.
        let glued = fill(
            "{label}\u{a0}—\u{a0}{value}",
            &[("label", &bar.label), ("value", &bar.value_text)],
        );
        wrap(&glued, frame.font_size(), frame.width - 4.0)
    }

    /// The largest value the axis must show: a bar's or a reference's.
    pub fn axis_max(&self) -> f64 {
        let top = self
            .bars
            .iter()
            .map(|b| b.value)
            .chain(self.references.iter().map(|r| r.value))
            .fold(0.0, f64::max);
        match self.scale {
            Scale::Percent if top <= 50.0 => 50.0,
            Scale::Percent => 100.0,
            Scale::Count => top,
            Scale::CountTo(at_least) => top.max(at_least),
        }
    }

    /// Reference labels, each on the first line where it does not overlap another.
    fn reference_rows(&self, frame: &Frame) -> Vec<(usize, f64)> {
        let ticks = nice_ticks(self.axis_max(), 4);
        let (x0, x1) = (2.0, frame.width - PAD_RIGHT);
        let size = frame.font_size();
        let mut placed: Vec<(usize, f64, f64)> = Vec::new();
        let mut out = Vec::new();
        for r in &self.references {
            let half = text_width(&r.label, size) / 2.0 + 4.0;
            let cx = (x0 + (x1 - x0) * (r.value / ticks.max)).clamp(x0 + half, x1 - half);
            let row = (0..)
                .find(|row| {
                    placed
                        .iter()
                        .all(|(pr, a, b)| *pr != *row || cx + half < *a || cx - half > *b)
                })
                .unwrap_or(0);
            placed.push((row, cx - half, cx + half));
            out.push((row, cx));
        }
        out
    }

    fn header(&self, frame: &Frame) -> f64 {
        let rows = self
            .reference_rows(frame)
            .iter()
            .map(|(r, _)| r + 1)
            .max()
            .unwrap_or(0);
        rows as f64 * REF_LINE + 6.0
    }

    pub fn height(&self, frame: &Frame) -> f64 {
        let rows: f64 = self
            .bars
            .iter()
            .map(|b| self.lines(b, frame).len() as f64 * LINE + BAR + GAP)
            .sum();
        self.header(frame) + rows + AXIS
    }

    /// Draws the bars from the top of the frame; returns one mark per bar.
    pub fn draw<DB: DrawingBackend>(
        &self,
        p: &mut Painter<'_, DB>,
        frame: &Frame,
    ) -> Result<Vec<Mark>, ChartError> {
        let pal = frame.palette();
        let size = frame.font_size();
        let ticks = nice_ticks(self.axis_max(), 4);
        let (x0, x1) = (2.0, frame.width - PAD_RIGHT);
        let x = |v: f64| x0 + (x1 - x0) * (v / ticks.max).clamp(0.0, 1.0);
        let top = self.header(frame);
        let mut marks = Vec::new();
        let mut labels = Vec::new();
        let mut y = top;
        for bar in &self.bars {
            // The mark is the whole row, its words too: the tooltip above it hides neither.
            let row_top = y;
            for line in self.lines(bar, frame) {
                labels.push((line, y + LINE / 2.0));
                y += LINE;
            }
            p.rect(x0, y, x1, y + BAR, pal.gap)?;
            let xe = x(bar.value).max(x0 + 2.0);
            match bar.style {
                BarStyle::Women => p.rect(x0, y, xe, y + BAR, pal.women)?,
                BarStyle::Quantity => p.rect(x0, y, xe, y + BAR, pal.quantity)?,
                BarStyle::Unspecified => {
                    p.hatch(x0, y, xe, y + BAR, pal.muted, 5.0)?;
                    p.outline(x0, y, xe, y + BAR, pal.muted, 1.0)?;
                }
            }
            marks.push(Mark::new(Self::row_text(bar), (x0, row_top), (x1, y + BAR)));
            y += BAR + GAP;
        }
        let bottom = y - GAP;
        for (r, (row, cx)) in self.references.iter().zip(self.reference_rows(frame)) {
            let rx = x(r.value);
            let ly = row as f64 * REF_LINE + REF_LINE / 2.0;
            p.dashed((rx, ly + 8.0), (rx, bottom + 4.0), pal.target, 1.5, 4.0)?;
            p.text(
                &r.label,
                cx,
                ly,
                Label::new(size, pal.text).centered().bold(),
            )?;
        }
        for (line, ly) in &labels {
            p.text_on(line, x0, *ly, Label::new(size, pal.text), pal.background)?;
        }
        let axis_y = bottom + AXIS / 2.0 + 4.0;
        for v in ticks.values() {
            let tx = x(v);
            p.line((tx, bottom + 2.0), (tx, bottom + 6.0), pal.axis, 1.0)?;
            let text = match self.scale {
                Scale::Percent => format::percent_fixed(v, ticks.decimals, frame.lang),
                Scale::Count | Scale::CountTo(_) => format::fixed(v, ticks.decimals, frame.lang),
            };
            let label = Label::new(size - 1.0, pal.muted);
            let label = if v == 0.0 {
                label
            } else if v >= ticks.max {
                label.right()
            } else {
                label.centered()
            };
            let tx = if v >= ticks.max {
                x1 + PAD_RIGHT - 2.0
            } else {
                tx
            };
            p.text(&text, tx, axis_y, label)?;
        }
        Ok(marks)
    }
}
