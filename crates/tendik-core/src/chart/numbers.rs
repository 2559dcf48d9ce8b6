//! Figures that share no scale, set as large numbers under a heading: counts of different
//! things (projects, women, graduates) that bars on one axis would falsely compare.
//! Columns where the width allows; each figure's words wrap within its column.

use plotters_backend::DrawingBackend;

use super::{wrap, ChartError, Frame, Heading, Label, Mark, Painter, BOLD_WIDENING};
use crate::i18n::fill;

/// One figure: "more than 105,000", what it counts, and an optional line under it.
#[derive(Clone, Debug, PartialEq)]
pub struct BigNumber {
    pub value: String,
    pub label: String,
    pub detail: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BigNumbers {
    pub heading: String,
    pub items: Vec<BigNumber>,
}

const VALUE: f64 = 28.0;
const LINE: f64 = 17.0;
const DETAIL: f64 = 16.0;
/// Between what a figure counts and its detail, so their lines stay apart in any font.
const DETAIL_ABOVE: f64 = 3.0;
const ROW_GAP: f64 = 14.0;
const COLUMN_GAP: f64 = 20.0;
const MIN_COLUMN: f64 = 190.0;

struct Laid {
    value: Vec<String>,
    label: Vec<String>,
    detail: Vec<String>,
}

impl Laid {
    fn height(&self) -> f64 {
        self.value.len() as f64 * VALUE + self.label.len() as f64 * LINE + self.detail_space()
    }

    fn detail_space(&self) -> f64 {
        match self.detail.len() {
            0 => 0.0,
            n => DETAIL_ABOVE + n as f64 * DETAIL,
        }
    }
}

impl BigNumbers {
    fn value_size(frame: &Frame) -> f64 {
        frame.font_size() + 7.0
    }

    /// As many columns as fit, balanced so no row is much shorter than the others.
    fn columns(&self, frame: &Frame) -> usize {
        let n = self.items.len().max(1);
        let fit = (((frame.width + COLUMN_GAP) / (MIN_COLUMN + COLUMN_GAP)) as usize).clamp(1, n);
        let rows = n.div_ceil(fit);
        n.div_ceil(rows)
    }

    fn column_width(&self, frame: &Frame) -> f64 {
        let cols = self.columns(frame) as f64;
        (frame.width - 4.0 - COLUMN_GAP * (cols - 1.0)) / cols
    }

    fn laid(&self, frame: &Frame) -> Vec<Laid> {
        let width = self.column_width(frame);
        let size = frame.font_size();
        self.items
            .iter()
            .map(|item| Laid {
                value: wrap(&item.value, Self::value_size(frame) * BOLD_WIDENING, width),
                label: wrap(&item.label, size, width),
                detail: item
                    .detail
                    .as_deref()
                    .map(|d| wrap(d, size - 1.0, width))
                    .unwrap_or_default(),
            })
            .collect()
    }

    /// Each row's height: its tallest figure's.
    fn row_heights(&self, laid: &[Laid], frame: &Frame) -> Vec<f64> {
        laid.chunks(self.columns(frame))
            .map(|row| row.iter().map(Laid::height).fold(0.0, f64::max))
            .collect()
    }

    pub fn height(&self, frame: &Frame) -> f64 {
        if self.items.is_empty() {
            return 0.0;
        }
        let rows = self.row_heights(&self.laid(frame), frame);
        Heading::new(&self.heading, frame).height()
            + rows.iter().sum::<f64>()
            + ROW_GAP * rows.len() as f64
    }

    /// Draws from `top` down; returns one mark per figure, in reading order.
    pub fn draw<DB: DrawingBackend>(
        &self,
        p: &mut Painter<'_, DB>,
        frame: &Frame,
        top: f64,
    ) -> Result<Vec<Mark>, ChartError> {
        if self.items.is_empty() {
            return Ok(Vec::new());
        }
        let pal = frame.palette();
        let size = frame.font_size();
        let mut y = Heading::new(&self.heading, frame).draw(p, frame, top)?;
        let laid = self.laid(frame);
        let cols = self.columns(frame);
        let width = self.column_width(frame);
        let mut marks = Vec::new();
        for (row_index, ((row, items), height)) in laid
            .chunks(cols)
            .zip(self.items.chunks(cols))
            .zip(self.row_heights(&laid, frame))
            .enumerate()
        {
            y += ROW_GAP / 2.0;
            for (i, (at, item)) in row.iter().zip(items).enumerate() {
                let x = 2.0 + i as f64 * (width + COLUMN_GAP);
                let mut ly = y;
                // Each block: its lines, the space above it, its line height, its type.
                let blocks = [
                    (
                        &at.value,
                        0.0,
                        VALUE,
                        Label::new(Self::value_size(frame), pal.text).bold(),
                    ),
                    (&at.label, 0.0, LINE, Label::new(size, pal.text)),
                    (
                        &at.detail,
                        DETAIL_ABOVE,
                        DETAIL,
                        Label::new(size - 1.0, pal.muted),
                    ),
                ];
                for (texts, above, step, label) in blocks {
                    if !texts.is_empty() {
                        ly += above;
                    }
                    for t in texts {
                        p.text(t, x, ly + step / 2.0, label)?;
                        ly += step;
                    }
                }
                let said = fill(
                    "{heading}: {label} — {value}",
                    &[
                        ("heading", &self.heading),
                        ("label", &item.label),
                        ("value", &item.value),
                    ],
                );
                let said = match &item.detail {
                    Some(d) => format!("{said}. {d}"),
                    None => said,
                };
                // The first row's marks take the heading too: a tooltip over a figure must
                // not hide the heading that names it.
                let mark_top = if row_index == 0 { top } else { y };
                marks.push(Mark::new(said, (x, mark_top), (x + width, y + height)));
            }
            y += height + ROW_GAP / 2.0;
        }
        Ok(marks)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::recorder::Recorder;
    use crate::chart::Theme;
    use crate::Lang;

    fn frame(width: f64) -> Frame {
        crate::testing::frame(width, Lang::En, Theme::Light)
    }

    fn numbers(n: usize) -> BigNumbers {
        BigNumbers {
            heading: "Programmes".into(),
            items: (0..n)
                .map(|i| BigNumber {
                    value: format!("more than {i}00,000"),
                    label: "Projects supported by a fund with a long name that wraps".into(),
                    detail: (i % 2 == 0).then(|| "Total: 4.1 billion tenge".into()),
                })
                .collect(),
        }
    }

    #[test]
    fn figures_sit_in_balanced_columns_that_fit_the_width() {
        let four = numbers(4);
        assert_eq!(four.columns(&frame(320.0)), 1);
        assert_eq!(four.columns(&frame(640.0)), 2, "2 + 2, not 3 + 1");
        assert_eq!(four.columns(&frame(1200.0)), 4);
        assert_eq!(numbers(5).columns(&frame(640.0)), 3);
        assert!(four.column_width(&frame(320.0)) <= 316.0);
        assert_eq!(numbers(0).height(&frame(320.0)), 0.0);
    }

    #[test]
    fn every_figure_is_drawn_inside_its_height_with_a_mark_of_its_own() {
        for width in [320.0, 640.0, 1200.0] {
            let f = frame(width);
            let n = numbers(4);
            let height = n.height(&f);
            let mut r = Recorder::new(f.backing_size(height + 10.0));
            let marks = {
                let mut p = Painter::new(&mut r, 1.0);
                n.draw(&mut p, &f, 10.0).expect("draws")
            };
            assert_eq!(marks.len(), 4);
            for m in &marks {
                assert!(
                    m.y >= 10.0 && m.y + m.height <= 10.0 + height + 0.5,
                    "{m:?}"
                );
                assert!(m.x >= 0.0 && m.x + m.width <= width, "{width}: {m:?}");
            }
            // Marks never overlap: each figure is reachable on its own.
            for (i, a) in marks.iter().enumerate() {
                for b in &marks[i + 1..] {
                    let apart = a.x + a.width <= b.x
                        || b.x + b.width <= a.x
                        || a.y + a.height <= b.y
                        || b.y + b.height <= a.y;
                    assert!(apart, "{width}: {a:?} and {b:?}");
                }
            }
            assert_eq!(
                marks[0].label,
                "Programmes: Projects supported by a fund with a long name that wraps — \
                 more than 000,000. Total: 4.1 billion tenge"
            );
        }
    }
}
