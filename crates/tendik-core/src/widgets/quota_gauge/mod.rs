//! Quota gauge: women's share in each elected body against a line: on the embedded data the
//! 2030 goal for women, since the 30 per cent quota is shared with other groups; on a
//! newsroom's data, the quota it gives.

mod data;
#[cfg(test)]
mod tests;
pub mod text;

use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::recorder::Recorder;
use crate::chart::{nice_ticks, wrap, Anchor, ChartError, Frame, Label, Mark, Painter};
use crate::dataset::expect;
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Lang, Topic, Value};

pub static SPEC: Spec = Spec {
    name: "quota-gauge",
    topic: Topic::Representation,
    embedded: |lang| Box::new(QuotaGauge::embedded(lang)),
    read: Some(|tree, cx| Ok(Box::new(data::read(tree, cx)?))),
};

#[derive(Clone, Debug, PartialEq)]
pub struct Body {
    pub label: String,
    /// Women's share in per cent.
    pub share: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct QuotaGauge {
    /// Where the line stands, in per cent.
    pub line: f64,
    /// The year of the goal the line is (embedded data); `None` when the line is a
    /// newsroom's own quota.
    pub goal_year: Option<String>,
    pub bodies: Vec<Body>,
    pub common: Common,
}

const ROW_GAP: f64 = 14.0;
const BAR: f64 = 22.0;
const LINE: f64 = 17.0;
const TOP: f64 = 24.0;
const AXIS: f64 = 26.0;

impl QuotaGauge {
    pub fn embedded(lang: Lang) -> Self {
        let goal = expect("target-representation-2030");
        let decision_making = expect("target-decision-making-women");
        let quota = expect("quota-share");
        let majilis = expect("majilis-women-share");
        let maslikhats = expect("maslikhat-women-share");
        let signed = expect("quota-act-signed");
        let in_force = expect("quota-act-in-force");
        let date = |v: Value| match v {
            Value::Date(d) => format::date(&d, lang),
            Value::Number(n) => format::number(n, lang),
        };
        let goal_value = goal.value.number().unwrap_or_default();
        let goal_year = goal.period.end.to_string();
        let notes = vec![
            fill(
                text::GOAL_NOTE.get(lang),
                &[
                    ("goal", &format::percent(goal_value, lang)),
                    ("year", &goal_year),
                ],
            ),
            fill(
                text::QUOTA_NOTE.get(lang),
                &[
                    (
                        "quota",
                        &format::percent(quota.value.number().unwrap_or_default(), lang),
                    ),
                    ("signed", &date(signed.value)),
                    ("in_force", &date(in_force.value)),
                ],
            ),
        ];
        QuotaGauge {
            line: goal_value,
            goal_year: Some(goal_year),
            bodies: vec![
                Body {
                    label: i18n::MAJILIS.get(lang).to_string(),
                    share: majilis.value.number().unwrap_or_default(),
                },
                Body {
                    label: i18n::MASLIKHATS.get(lang).to_string(),
                    share: maslikhats.value.number().unwrap_or_default(),
                },
            ],
            common: Common::embedded(
                &[
                    majilis,
                    maslikhats,
                    goal,
                    decision_making,
                    quota,
                    signed,
                    in_force,
                ],
                notes,
                vec![
                    Provenance::of(&[majilis, goal], lang),
                    Provenance::of(&[maslikhats, goal], lang),
                ],
                lang,
            ),
        }
    }

    /// "Majilis 18.9% (11.1 points short)", with `label` as the body's name.
    fn item(&self, body: &Body, label: &str, lang: Lang) -> String {
        let gap = format::difference(self.line, body.share);
        let template = if gap > 0.0 {
            text::ITEM_SHORT
        } else {
            text::ITEM_MET
        };
        fill(
            template.get(lang),
            &[
                ("label", label),
                ("share", &format::percent(body.share, lang)),
                ("gap", &format::points(gap.abs(), lang)),
            ],
        )
    }

    fn row_lines(&self, body: &Body, frame: &Frame) -> Vec<String> {
        wrap(
            &self.item(body, &body.label, frame.lang),
            frame.font_size(),
            frame.width - 4.0,
        )
    }
}

impl Chart for QuotaGauge {
    fn common(&self) -> &Common {
        &self.common
    }

    fn data(&self) -> Option<crate::userdata::json::Json> {
        Some(data::write(self))
    }

    fn default_title(&self, lang: Lang) -> String {
        let line = format::percent(self.line, lang);
        match &self.goal_year {
            Some(year) => fill(
                text::TITLE_GOAL.get(lang),
                &[("goal", &line), ("year", year)],
            ),
            None => fill(text::TITLE.get(lang), &[("quota", &line)]),
        }
    }

    fn takeaway(&self, lang: Lang) -> String {
        let line = format::percent(self.line, lang);
        let items: Vec<String> = self
            .bodies
            .iter()
            .map(|b| self.item(b, i18n::in_sentence(&b.label, lang), lang))
            .collect();
        if let Some(year) = &self.goal_year {
            return fill(
                text::TAKEAWAY_GOAL.get(lang),
                &[
                    ("goal", &line),
                    ("year", year),
                    ("items", &items.join(", ")),
                ],
            );
        }
        let met = self.bodies.iter().filter(|b| b.share >= self.line).count();
        let template = match (self.bodies.len(), met) {
            (1, 0) => text::TAKEAWAY_ONE_BELOW,
            (1, _) => text::TAKEAWAY_ONE_MET,
            (_, 0) => text::TAKEAWAY_ALL_BELOW,
            _ => text::TAKEAWAY_SOME,
        };
        fill(
            template.get(lang),
            &[
                ("quota", &line),
                ("items", &items.join(", ")),
                ("met", &format::number(met as f64, lang)),
                ("count", &format::number(self.bodies.len() as f64, lang)),
            ],
        )
    }

    fn table(&self, lang: Lang) -> DataTable {
        DataTable::new(
            vec![
                String::new(),
                i18n::QUOTA_SHARE_COLUMN.get(lang).to_string(),
                match self.goal_year {
                    Some(_) => text::GAP_GOAL_COLUMN,
                    None => text::GAP_COLUMN,
                }
                .get(lang)
                .to_string(),
            ],
            self.bodies
                .iter()
                .map(|b| {
                    Row::new(vec![
                        Cell::text(&b.label),
                        Cell::percent(b.share),
                        Cell::points(format::difference(self.line, b.share)),
                    ])
                })
                .collect(),
        )
    }

    fn height(&self, frame: &Frame) -> f64 {
        let rows: f64 = self
            .bodies
            .iter()
            .map(|b| self.row_lines(b, frame).len() as f64 * LINE + BAR + ROW_GAP)
            .sum();
        TOP + rows + AXIS
    }

    fn draw(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        let mut marks = Vec::new();
        let pal = frame.palette();
        let lang = frame.lang;
        let size = frame.font_size();
        let mut p = Painter::new(db, frame.scale);
        p.fill(pal.background)?;

        let top_value = self
            .bodies
            .iter()
            .map(|b| b.share)
            .fold(self.line, f64::max);
        // Half the scale is enough while every value is under 50%; the gap stays readable.
        let ticks = nice_ticks(if top_value <= 50.0 { 50.0 } else { 100.0 }, 5);
        let (x0, x1) = (2.0, frame.width - 10.0);
        let x = |v: f64| x0 + (x1 - x0) * (v / ticks.max).clamp(0.0, 1.0);
        let height = self.height(frame);
        let xq = x(self.line);

        let mut y = TOP;
        let mut labels: Vec<(String, f64)> = Vec::new();
        for body in &self.bodies {
            // The mark is the whole row, its words too: the tooltip above it hides neither.
            let row_top = y;
            for line in self.row_lines(body, frame) {
                labels.push((line, y + LINE / 2.0));
                y += LINE;
            }
            p.rect(x0, y, x1, y + BAR, pal.gap)?;
            let xs = x(body.share);
            if body.share < self.line {
                // The distance to the line: hatched, so it reads without colour.
                p.hatch(xs, y, xq, y + BAR, pal.women, 5.0)?;
                p.outline(xs, y, xq, y + BAR, pal.women, 1.0)?;
            }
            p.rect(x0, y, xs.max(x0 + 1.0), y + BAR, pal.women)?;
            marks.push(Mark::new(
                self.item(body, &body.label, lang),
                (x0, row_top),
                (x1, y + BAR),
            ));
            y += BAR + ROW_GAP;
        }
        // The line across every row; row labels sit on the background, above it.
        p.dashed(
            (xq, TOP - 4.0),
            (xq, y - ROW_GAP + 4.0),
            pal.target,
            2.0,
            4.0,
        )?;
        for (line, ly) in &labels {
            p.text_on(line, x0, *ly, Label::new(size, pal.text), pal.background)?;
        }

        let line = format::percent(self.line, lang);
        let label = match &self.goal_year {
            Some(year) => fill(
                i18n::GOAL_BY_YEAR.get(lang),
                &[("goal", &line), ("year", year)],
            ),
            None => fill(text::MARK.get(lang), &[("quota", &line)]),
        };
        let half = crate::chart::text_width(&label, size) / 2.0;
        let lx = xq.clamp(x0 + half, x1 - half);
        p.text(
            &label,
            lx,
            TOP / 2.0 - 1.0,
            Label::new(size, pal.text).centered().bold(),
        )?;

        // Axis: round per cent ticks.
        let axis_y = height - AXIS / 2.0;
        for v in ticks.values() {
            let tx = x(v);
            p.line(
                (tx, y - ROW_GAP + 2.0),
                (tx, y - ROW_GAP + 6.0),
                pal.axis,
                1.0,
            )?;
            let anchor = if v == 0.0 {
                Anchor::Left
            } else if v >= ticks.max {
                Anchor::Right
            } else {
                Anchor::Center
            };
            let tx = if v >= ticks.max { x1 + 8.0 } else { tx };
            p.text(
                &format::percent_fixed(v, ticks.decimals, lang),
                tx,
                axis_y,
                Label::new(size - 1.0, pal.muted).anchored(anchor),
            )?;
        }
        p.present()?;
        Ok(marks)
    }
}
