//! Violence trend: recorded domestic-violence incidents by year. A year without a figure
//! is a visible gap, never a line drawn through it.

mod data;
#[cfg(test)]
mod tests;
pub mod text;

use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::marks::{
    plot, CategoryAxis, Draw, GoalLine, LineSeries, NoFigureBand, PointLabels, Rect, Scale,
    SeriesPoint, TickFormat, ValueAxis,
};
use crate::chart::recorder::Recorder;
use crate::chart::{nice_ticks, ChartError, Frame, Mark};
use crate::dataset::expect;
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Lang, Topic};

pub static SPEC: Spec = Spec {
    name: "violence-trend",
    topic: Topic::Violence,
    embedded: |lang| Box::new(ViolenceTrend::embedded(lang)),
    read: Some(|tree, cx| Ok(Box::new(data::read(tree, cx)?))),
};

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
    pub common: Common,
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
            common: Common::embedded(
                &[y2022, y2024, goal],
                Vec::new(),
                vec![
                    Provenance::of(&[y2022], lang),
                    Provenance::none(lang),
                    Provenance::of(&[y2024], lang),
                ],
                lang,
            ),
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
            // A line needs two neighbouring years with figures; without any, only dots.
            let joined = self
                .points
                .windows(2)
                .any(|w| w[0].value.is_some() && w[1].value.is_some());
            let template = if joined {
                text::GAP_NOTE
            } else {
                text::GAP_NOTE_DOTS
            };
            self.common
                .notes
                .push(fill(template.get(lang), &[("years", &missing.join(", "))]));
        }
        if let (Some(goal), Some(target)) = (self.goal, self.goal_value()) {
            let template = if goal.baseline_assumed {
                text::GOAL_NOTE
            } else {
                text::GOAL_NOTE_STATED
            };
            self.common.notes.push(fill(
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
}

impl Chart for ViolenceTrend {
    fn common(&self) -> &Common {
        &self.common
    }

    fn data(&self) -> Option<crate::userdata::json::Json> {
        Some(data::write(self))
    }

    fn default_title(&self, lang: Lang) -> String {
        text::TITLE.get(lang).to_string()
    }

    fn takeaway(&self, lang: Lang) -> String {
        let known: Vec<&Point> = self.points.iter().filter(|p| p.value.is_some()).collect();
        match (known.first(), known.last()) {
            (Some(a), Some(b)) if a.year != b.year => {
                let (va, vb) = (a.value.unwrap_or_default(), b.value.unwrap_or_default());
                let template = if vb < va { text::FELL } else { text::TAKEAWAY };
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
        }
    }

    fn table(&self, lang: Lang) -> DataTable {
        DataTable::new(
            vec![
                i18n::YEAR.get(lang).to_string(),
                text::INCIDENTS.get(lang).to_string(),
            ],
            self.points
                .iter()
                .map(|p| {
                    Row::new(vec![
                        Cell::text(p.year.to_string()),
                        p.value.map_or(Cell::Missing, Cell::count),
                    ])
                })
                .collect(),
        )
    }

    fn file_tag(&self) -> Option<String> {
        match (self.points.first(), self.points.last()) {
            (Some(a), Some(b)) if a.year != b.year => Some(format!("{}-{}", a.year, b.year)),
            (Some(a), _) => Some(a.year.to_string()),
            _ => None,
        }
    }

    fn height(&self, frame: &Frame) -> f64 {
        (frame.width * 0.55).clamp(240.0, 340.0)
    }

    fn draw(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        let pal = frame.palette();
        let lang = frame.lang;
        let height = self.height(frame);
        let goal_value = self.goal_value();
        let max = self
            .points
            .iter()
            .filter_map(|p| p.value)
            .chain(goal_value)
            .fold(0.0, f64::max);
        let ticks = nice_ticks(max, 4);
        let (left, right) = (
            ValueAxis::margin(&ticks, TickFormat::Number, frame),
            frame.width - PAD_RIGHT,
        );
        let (top, bottom) = (PAD_TOP, height - PAD_BOTTOM);
        let y = Scale::new((0.0, ticks.max), (bottom, top));
        let step = (right - left) / self.points.len().max(1) as f64;
        let x = |i: usize| left + step * (i as f64 + 0.5);

        let axis = ValueAxis {
            ticks: ticks.clone(),
            scale: y,
            format: TickFormat::Number,
            left,
            right,
        };
        let years = CategoryAxis {
            items: (0..self.points.len())
                .map(|i| (x(i), self.points[i].year.to_string()))
                .collect(),
            y: bottom + PAD_BOTTOM / 2.0 + 1.0,
        };
        let half = (step * 0.36).min(48.0);
        let gaps: Vec<NoFigureBand> = self
            .points
            .iter()
            .enumerate()
            .filter(|(_, p)| p.value.is_none())
            .map(|(i, p)| NoFigureBand {
                area: Rect::new(x(i) - half, top, x(i) + half, bottom),
                text: i18n::NO_FIGURE.get(lang).to_string(),
                mark: format!("{}: {}", p.year, i18n::NO_FIGURE.get(lang)),
            })
            .collect();
        let goal = self.goal.zip(goal_value).map(|(goal, target)| {
            let template = if goal.baseline_assumed {
                text::GOAL_MARK
            } else {
                text::GOAL_MARK_STATED
            };
            let label = fill(
                template.get(lang),
                &[
                    ("reduction", &format::percent(goal.reduction, lang)),
                    ("base_year", &goal.base_year.to_string()),
                ],
            );
            GoalLine {
                y: y.at(target),
                left,
                right,
                text: format!("{label}: {}", format::number(target, lang)),
            }
        });
        let series = LineSeries {
            points: self
                .points
                .iter()
                .enumerate()
                .map(|(i, p)| SeriesPoint {
                    x: x(i),
                    y: p.value.map(|v| y.at(v)),
                    mark: format!(
                        "{}: {}",
                        p.year,
                        p.value.map_or_else(
                            || i18n::NO_FIGURE.get(lang).to_string(),
                            |v| format::number(v, lang)
                        )
                    ),
                })
                .collect(),
            colour: pal.quantity,
        };
        let values = PointLabels {
            items: self
                .points
                .iter()
                .enumerate()
                .filter_map(|(i, p)| Some((x(i), y.at(p.value?), format::number(p.value?, lang))))
                .collect(),
        };
        let mut marks: Vec<&dyn Draw> = vec![&axis, &years];
        marks.extend(gaps.iter().map(|g| g as &dyn Draw));
        // The series and its values claim their places before the goal's words do.
        marks.push(&series);
        marks.push(&values);
        if let Some(goal) = &goal {
            marks.push(goal);
        }
        let mut found = plot(db, frame, height, &marks)?;
        // Gap bands announce themselves as well as the series' missing points: keep one.
        found.dedup_by(|a, b| a.label == b.label);
        Ok(found)
    }
}
