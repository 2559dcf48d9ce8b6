//! Violence trend: recorded domestic-violence incidents by year. A year without a figure
//! is a visible gap, never a line drawn through it.

use plotters_backend::DrawingBackend;

use super::{source_line, Content, Provenance, Table};
use crate::chart::{nice_ticks, text_width, wrap, ChartError, Frame, Label, Mark, Painter};
use crate::dataset::expect;
use crate::format;
use crate::i18n::{self, fill};
use crate::model::Lang;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub year: i32,
    /// `None`: the sources give no figure for this year.
    pub value: Option<f64>,
}

/// A reduction goal measured from a baseline year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Goal {
    /// Reduction in per cent (50 = halve).
    pub reduction: f64,
    /// The year the reduction is measured from.
    pub base_year: i32,
    /// The national plan names no baseline year, so for the embedded data the base year is
    /// an assumption, and the chart says so; a newsroom's own data states its own.
    pub baseline_assumed: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ViolenceTrend {
    /// One entry per year, consecutive and ascending; missing years have `value: None`.
    pub points: Vec<Point>,
    pub goal: Option<Goal>,
    pub title: Option<String>,
    pub notes: Vec<String>,
    pub source: String,
    /// Where each year's figure comes from, parallel to `points` (embedded data only).
    pub provenance: Vec<Provenance>,
}

const PAD_TOP: f64 = 22.0;
const PAD_BOTTOM: f64 = 28.0;
const PAD_RIGHT: f64 = 12.0;

impl ViolenceTrend {
    pub fn embedded(lang: Lang) -> Self {
        let y2022 = expect("dv-incidents-2022");
        let y2024 = expect("dv-incidents-2024");
        let goal = expect("target-dv-reduction");
        let trend = ViolenceTrend {
            points: vec![
                Point {
                    year: 2022,
                    value: y2022.value.number(),
                },
                Point {
                    year: 2023,
                    value: None,
                },
                Point {
                    year: 2024,
                    value: y2024.value.number(),
                },
            ],
            goal: goal.value.number().map(|reduction| Goal {
                reduction,
                base_year: 2022,
                baseline_assumed: true,
            }),
            title: None,
            notes: Vec::new(),
            source: source_line(&[y2022, y2024, goal], lang),
            provenance: vec![
                Provenance::of(&[y2022], lang),
                Provenance {
                    document: i18n::NO_FIGURE.get(lang).to_string(),
                    ..Provenance::default()
                },
                Provenance::of(&[y2024], lang),
            ],
        };
        trend.with_standard_notes(lang)
    }

    /// Adds the notes every trend must carry: which years have no figure and what the goal
    /// line assumes. User-supplied data gets them too.
    pub fn with_standard_notes(mut self, lang: Lang) -> Self {
        let missing: Vec<String> = self
            .points
            .iter()
            .filter(|p| p.value.is_none())
            .map(|p| p.year.to_string())
            .collect();
        if !missing.is_empty() {
            self.notes.push(fill(
                i18n::VIOLENCE_GAP_NOTE.get(lang),
                &[("years", &missing.join(", "))],
            ));
        }
        if let (Some(goal), Some(target)) = (self.goal, self.goal_value()) {
            let template = if goal.baseline_assumed {
                i18n::VIOLENCE_GOAL_NOTE
            } else {
                i18n::VIOLENCE_GOAL_NOTE_STATED
            };
            self.notes.push(fill(
                template.get(lang),
                &[
                    ("reduction", &format::percent(goal.reduction, lang)),
                    ("base_year", &goal.base_year.to_string()),
                    ("goal", &format::number(target, lang)),
                ],
            ));
        }
        self
    }

    /// The goal in incidents: the baseline year's figure reduced by the goal's share.
    /// `None` when the baseline year has no figure.
    pub fn goal_value(&self) -> Option<f64> {
        let goal = self.goal?;
        let base = self
            .points
            .iter()
            .find(|p| p.year == goal.base_year)?
            .value?;
        Some(format::difference(base, base * goal.reduction / 100.0))
    }

    pub fn content(&self, lang: Lang) -> Content {
        let known: Vec<&Point> = self.points.iter().filter(|p| p.value.is_some()).collect();
        let takeaway = match (known.first(), known.last()) {
            (Some(a), Some(b)) if a.year != b.year => {
                let (va, vb) = (a.value.unwrap_or_default(), b.value.unwrap_or_default());
                let template = if vb < va {
                    i18n::VIOLENCE_FELL
                } else {
                    i18n::VIOLENCE_TAKEAWAY
                };
                fill(
                    template.get(lang),
                    &[
                        ("first", &format::number(va, lang)),
                        ("first_year", &a.year.to_string()),
                        ("last", &format::number(vb, lang)),
                        ("last_year", &b.year.to_string()),
                    ],
                )
            }
            _ => String::new(),
        };
        let title = self
            .title
            .clone()
            .unwrap_or_else(|| i18n::VIOLENCE_TITLE.get(lang).to_string());
        Content {
            table: Table {
                caption: title.clone(),
                columns: vec![
                    i18n::YEAR.get(lang).to_string(),
                    i18n::INCIDENTS.get(lang).to_string(),
                ],
                rows: self
                    .points
                    .iter()
                    .map(|p| {
                        vec![
                            p.year.to_string(),
                            p.value.map_or_else(
                                || i18n::NO_FIGURE.get(lang).to_string(),
                                |v| format::number(v, lang),
                            ),
                        ]
                    })
                    .collect(),
                provenance: self.provenance.clone(),
            },
            title,
            takeaway,
            notes: self.notes.clone(),
            source: self.source.clone(),
        }
    }

    pub fn height(&self, frame: &Frame) -> f64 {
        (frame.width * 0.55).clamp(240.0, 340.0)
    }

    pub fn draw<DB: DrawingBackend>(
        &self,
        db: &mut DB,
        frame: &Frame,
    ) -> Result<Vec<Mark>, ChartError> {
        let mut marks = Vec::new();
        let pal = frame.palette();
        let lang = frame.lang;
        let size = frame.font_size();
        let mut p = Painter::new(db, frame.scale);
        p.fill(pal.background)?;

        let goal_value = self.goal_value();
        let max = self
            .points
            .iter()
            .filter_map(|p| p.value)
            .chain(goal_value)
            .fold(0.0, f64::max);
        let ticks = nice_ticks(max, 4);
        let tick_labels: Vec<String> = ticks
            .values()
            .map(|v| format::fixed(v, ticks.decimals, lang))
            .collect();
        let label_w = tick_labels
            .iter()
            .map(|l| text_width(l, size - 1.0))
            .fold(0.0, f64::max);
        let (left, right) = (label_w + 10.0, frame.width - PAD_RIGHT);
        let (top, bottom) = (PAD_TOP, self.height(frame) - PAD_BOTTOM);
        let y = |v: f64| bottom - (bottom - top) * (v / ticks.max);
        let n = self.points.len().max(1) as f64;
        let step = (right - left) / n;
        let x = |i: usize| left + step * (i as f64 + 0.5);

        for (v, label) in ticks.values().zip(&tick_labels) {
            p.line((left, y(v)), (right, y(v)), pal.grid, 1.0)?;
            p.text(
                label,
                left - 6.0,
                y(v),
                Label::new(size - 1.0, pal.muted).right(),
            )?;
        }
        p.line((left, bottom), (right, bottom), pal.axis, 1.0)?;

        // Missing years: a hatched band that says so.
        for (i, point) in self.points.iter().enumerate() {
            if point.value.is_none() {
                let half = (step * 0.36).min(48.0);
                marks.push(Mark::new(
                    format!("{}: {}", point.year, i18n::NO_FIGURE.get(lang)),
                    (x(i) - half, top),
                    (x(i) + half, bottom),
                ));
                p.rect(x(i) - half, top, x(i) + half, bottom, pal.gap)?;
                p.hatch(x(i) - half, top, x(i) + half, bottom, pal.grid, 7.0)?;
                let lines = wrap(i18n::NO_FIGURE.get(lang), size - 1.0, half * 2.0 - 4.0);
                for (k, line) in lines.iter().enumerate() {
                    p.text(
                        line,
                        x(i),
                        top + 12.0 + k as f64 * 15.0,
                        Label::new(size - 1.0, pal.muted).centered(),
                    )?;
                }
            }
            p.text(
                &point.year.to_string(),
                x(i),
                bottom + PAD_BOTTOM / 2.0 + 1.0,
                Label::new(size, pal.text).centered(),
            )?;
        }

        if let (Some(goal), Some(target)) = (self.goal, goal_value) {
            let gy = y(target);
            p.dashed((left, gy), (right, gy), pal.target, 1.5, 5.0)?;
            let template = if goal.baseline_assumed {
                i18n::VIOLENCE_GOAL_MARK
            } else {
                i18n::VIOLENCE_GOAL_MARK_STATED
            };
            let label = fill(
                template.get(lang),
                &[
                    ("reduction", &format::percent(goal.reduction, lang)),
                    ("base_year", &goal.base_year.to_string()),
                ],
            );
            let full = format!("{label}: {}", format::number(target, lang));
            let text = if text_width(&full, size - 1.0) <= right - left {
                full
            } else {
                label
            };
            // Too long for the plot (narrow phones, long languages): wrapped under the line.
            for (n, line) in wrap(&text, size - 1.0, right - left).iter().enumerate() {
                p.text_on(
                    line,
                    right,
                    gy + 12.0 + n as f64 * (size + 2.0),
                    Label::new(size - 1.0, pal.text).right(),
                    pal.background,
                )?;
            }
        }

        // Line segments only between consecutive years that both have a figure.
        let mut run: Vec<(f64, f64)> = Vec::new();
        for (i, point) in self.points.iter().enumerate() {
            match point.value {
                Some(v) => run.push((x(i), y(v))),
                None => {
                    if run.len() > 1 {
                        p.polyline(&run, pal.men, 2.5)?;
                    }
                    run.clear();
                }
            }
        }
        if run.len() > 1 {
            p.polyline(&run, pal.men, 2.5)?;
        }
        for (i, point) in self.points.iter().enumerate() {
            if let Some(v) = point.value {
                marks.push(Mark::new(
                    format!("{}: {}", point.year, format::number(v, lang)),
                    (x(i) - 12.0, y(v) - 12.0),
                    (x(i) + 12.0, y(v) + 12.0),
                ));
                p.circle((x(i), y(v)), 4.5, pal.men, true, 1.0)?;
                p.circle((x(i), y(v)), 4.5, pal.background, false, 1.5)?;
                p.text(
                    &format::number(v, lang),
                    x(i),
                    y(v) - 13.0,
                    Label::new(size, pal.text).centered().bold(),
                )?;
            }
        }
        p.present()?;
        crate::order::sort_by_key(&mut marks, |m| m.x);
        Ok(marks)
    }
}
