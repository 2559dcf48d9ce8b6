//! Progress towards the 2030 targets: each target beside the latest figure the sources
//! give for it, on its own small scale, and a plain "no figure in the sources" where there
//! is none. A newsroom gives its own targets (`data.rs`).

mod data;
#[cfg(test)]
mod tests;
pub mod text;

use super::figure_text::{num, para, parse_iso, qualified_percent};
use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::recorder::Recorder;
use crate::chart::{nice_ticks, text_width, wrap, Anchor, ChartError, Frame, Label, Mark, Painter};
use crate::dataset::expect;
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Figure, Lang, Qualifier, Text3, Topic};

pub static SPEC: Spec = Spec {
    name: "targets-2030",
    topic: Topic::Economy,
    embedded: |lang| Box::new(Targets2030::embedded(lang)),
    read: Some(|tree, cx| Ok(Box::new(data::read(tree, cx)?))),
};

/// How a target is drawn.
#[derive(Clone, Debug, PartialEq)]
pub enum Gauge {
    /// A share in per cent: the goal, and the latest share when the sources give one.
    /// `at` says whether the goal is a floor (≥), a ceiling (≤) or exact; `women` whether
    /// the share is women's (drawn in women's colour) or another percentage.
    Share {
        goal: f64,
        value: Option<f64>,
        at: Qualifier,
        women: bool,
    },
    /// A count to be reduced by `reduction` per cent: the baseline year's figure, the
    /// latest, and the goal measured from the baseline (which the embedded source does not
    /// name: an assumption).
    Count {
        base_year: i32,
        base: f64,
        latest_year: i32,
        latest: f64,
        reduction: f64,
        goal: f64,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub name: String,
    /// "≤ 21%", "a 50% reduction".
    pub goal_text: String,
    /// The latest figure in words, or "no figure in the sources".
    pub latest_text: String,
    /// When a newsroom's latest share is from, as it wrote it.
    pub latest_when: Option<String>,
    pub gauge: Gauge,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Targets2030 {
    /// The year the targets are for.
    pub year: u16,
    pub targets: Vec<Target>,
    pub takeaway: String,
    pub common: Common,
}

const TOP: f64 = 6.0;
const LINE: f64 = 17.0;
const BAR: f64 = 16.0;
const LANE: f64 = 16.0;
const GAP: f64 = 18.0;
const PAD_RIGHT: f64 = 8.0;
const BOLD_WIDENING: f64 = 1.1;

fn year_of(f: &Figure) -> i32 {
    parse_iso(f.period.start).map_or(0, |d| i32::from(d.year))
}

/// "1,512 in 2024, 328 fewer than in 2021 (1,840)", in the words of `[fewer, more]`.
fn change_text(
    [fewer, more]: [Text3; 2],
    (first_year, first): (i32, f64),
    (last_year, last): (i32, f64),
    lang: Lang,
) -> String {
    let change = format::difference(first, last);
    fill(
        if change >= 0.0 { fewer } else { more }.get(lang),
        &[
            ("last", &format::number(last, lang)),
            ("last_year", &last_year.to_string()),
            ("fall", &format::number(change.abs(), lang)),
            ("first_year", &first_year.to_string()),
            ("first", &format::number(first, lang)),
        ],
    )
}

/// A label under a gauge, at a value's position.
struct Tag {
    text: String,
    x: f64,
    anchor: Anchor,
}

impl Targets2030 {
    pub fn embedded(lang: Lang) -> Self {
        let pay = expect("target-pay-gap");
        let leadership = expect("target-leadership-women");
        let leaders = expect("women-leaders-share-to");
        let civil = expect("civil-service-managers-women-share");
        let majilis = expect("majilis-women-share");
        let peace_goal = expect("target-peacekeeping-women");
        let peace_total = expect("peacekeepers-total-2023");
        let peace_men = expect("peacekeepers-men-2023");
        let dv_goal = expect("target-dv-reduction");
        let dv_first = expect("dv-incidents-2022");
        let dv_last = expect("dv-incidents-2024");

        let pct = |v: f64| format::percent(v, lang);
        let year = parse_iso(pay.period.end).map_or(0, |d| d.year);

        // Peacekeeping: women are the personnel who were not men.
        let total = num(peace_total);
        let women = format::difference(total, num(peace_men));
        let share = if total > 0.0 {
            (women / total * 1000.0).round() / 10.0
        } else {
            0.0
        };
        let peace_date = parse_iso(peace_total.period.start)
            .map(|d| format::date(&d, lang))
            .unwrap_or_default();

        // Domestic violence: exact integers only, and the goal from an assumed baseline.
        let (first, last) = (num(dv_first), num(dv_last));
        let (first_year, last_year) = (year_of(dv_first), year_of(dv_last));
        let reduction = num(dv_goal);
        let dv_target = format::difference(first, first * reduction / 100.0);
        let change = format::difference(first, last);
        let reduction_text = fill(text::REDUCTION.get(lang), &[("value", &pct(reduction))]);

        let no_figure = i18n::NO_FIGURE_IN_THE_SOURCES.get(lang).to_string();
        let dv_latest = change_text(
            [text::DV_FEWER, text::DV_MORE],
            (first_year, first),
            (last_year, last),
            lang,
        );
        let targets = vec![
            Target {
                name: text::PAY_GAP.get(lang).to_string(),
                goal_text: qualified_percent(pay, lang),
                latest_text: no_figure,
                latest_when: None,
                gauge: Gauge::Share {
                    goal: num(pay),
                    value: None,
                    at: pay.qualifier,
                    women: false,
                },
            },
            Target {
                name: text::LEADERSHIP.get(lang).to_string(),
                goal_text: qualified_percent(leadership, lang),
                latest_text: fill(
                    text::LEADERS_VALUE.get(lang),
                    &[
                        ("share", &pct(num(leaders))),
                        ("where", &para(leaders, lang)),
                    ],
                ),
                latest_when: None,
                gauge: Gauge::Share {
                    goal: num(leadership),
                    value: Some(num(leaders)),
                    at: leadership.qualifier,
                    women: true,
                },
            },
            Target {
                name: text::PEACEKEEPING.get(lang).to_string(),
                goal_text: qualified_percent(peace_goal, lang),
                latest_text: fill(
                    text::PEACE_VALUE.get(lang),
                    &[
                        ("women", &format::number(women, lang)),
                        ("total", &format::number(total, lang)),
                        ("share", &pct(share)),
                        ("date", &peace_date),
                    ],
                ),
                latest_when: None,
                gauge: Gauge::Share {
                    goal: num(peace_goal),
                    value: Some(share),
                    at: peace_goal.qualifier,
                    women: true,
                },
            },
            Target {
                name: text::DOMESTIC_VIOLENCE.get(lang).to_string(),
                goal_text: reduction_text.clone(),
                latest_text: dv_latest,
                latest_when: None,
                gauge: Gauge::Count {
                    base_year: first_year,
                    base: first,
                    latest_year: last_year,
                    latest: last,
                    reduction,
                    goal: dv_target,
                },
            },
        ];

        // The pay gap has no figure to report; its row and note say so. No verdict words
        // ("above", "below"): goal and figure side by side, each named as the source does.
        let items = [
            fill(
                text::TK_LEAD.get(lang),
                &[
                    ("value", &pct(num(leaders))),
                    ("target", &targets[1].goal_text),
                ],
            ),
            fill(
                text::TK_PEACE.get(lang),
                &[("value", &pct(share)), ("target", &targets[2].goal_text)],
            ),
            fill(
                if change >= 0.0 {
                    text::TK_DV_FELL.get(lang)
                } else {
                    text::TK_DV_ROSE.get(lang)
                },
                &[
                    ("fall", &format::number(change.abs(), lang)),
                    ("first_year", &first_year.to_string()),
                    ("last_year", &last_year.to_string()),
                    ("reduction", &reduction_text),
                ],
            ),
        ];
        let takeaway = fill(
            text::TAKEAWAY.get(lang),
            &[("year", &year.to_string()), ("items", &items.join("; "))],
        );

        let notes = vec![
            fill(
                text::PAY_NOTE.get(lang),
                &[("target", &targets[0].goal_text)],
            ),
            fill(
                text::LEADERSHIP_NOTE.get(lang),
                &[
                    ("share", &pct(num(leaders))),
                    ("where", &para(leaders, lang)),
                    ("majilis", &pct(num(majilis))),
                    ("majilis_where", &para(majilis, lang)),
                    ("civil", &pct(num(civil))),
                    ("civil_where", &para(civil, lang)),
                ],
            ),
            fill(
                text::DV_NOTE.get(lang),
                &[
                    ("reduction", &reduction_text),
                    ("base_year", &first_year.to_string()),
                    ("goal", &format::number(dv_target, lang)),
                    ("last", &format::number(last, lang)),
                    ("last_year", &last_year.to_string()),
                ],
            ),
            fill(
                text::SCALE_NOTE.get(lang),
                &[("max", &pct(Self::share_max(&targets)))],
            ),
        ];

        Targets2030 {
            year,
            targets,
            takeaway,
            common: Common::embedded(
                &[
                    pay,
                    leadership,
                    leaders,
                    majilis,
                    civil,
                    peace_goal,
                    peace_total,
                    peace_men,
                    dv_goal,
                    dv_first,
                    dv_last,
                ],
                notes,
                vec![
                    Provenance::of(&[pay], lang),
                    Provenance::of(&[leadership, leaders], lang),
                    Provenance::of(&[peace_goal, peace_total, peace_men], lang),
                    Provenance::of(&[dv_goal, dv_first, dv_last], lang),
                ],
                lang,
            ),
        }
    }

    /// The top of every share scale: 50% while every share and goal is at most 50%.
    pub(super) fn share_max(targets: &[Target]) -> f64 {
        let top = targets
            .iter()
            .filter_map(|t| match t.gauge {
                Gauge::Share { goal, value, .. } => Some(goal.max(value.unwrap_or(0.0))),
                Gauge::Count { .. } => None,
            })
            .fold(0.0, f64::max);
        if top <= 50.0 {
            50.0
        } else {
            100.0
        }
    }

    fn head(target: &Target, lang: Lang) -> String {
        fill(
            text::HEAD.get(lang),
            &[("name", &target.name), ("target", &target.goal_text)],
        )
    }

    fn latest(target: &Target, lang: Lang) -> String {
        fill(text::LATEST.get(lang), &[("value", &target.latest_text)])
    }

    fn bounds(frame: &Frame) -> (f64, f64) {
        (4.0, frame.width - PAD_RIGHT)
    }

    fn head_lines(target: &Target, frame: &Frame) -> Vec<String> {
        let (x0, x1) = Self::bounds(frame);
        wrap(
            &Self::head(target, frame.lang),
            frame.font_size() * BOLD_WIDENING,
            x1 - x0,
        )
    }

    fn latest_lines(target: &Target, frame: &Frame) -> Vec<String> {
        let (x0, x1) = Self::bounds(frame);
        wrap(
            &Self::latest(target, frame.lang),
            frame.font_size(),
            x1 - x0,
        )
    }

    /// The scale's top for this gauge.
    fn scale_max(&self, target: &Target) -> f64 {
        match target.gauge {
            Gauge::Share { .. } => Self::share_max(&self.targets),
            Gauge::Count { base, latest, .. } => nice_ticks(base.max(latest), 4).max,
        }
    }

    /// The labels under a gauge, each with the lane (row) it fits in without overlapping.
    fn tags(&self, target: &Target, frame: &Frame) -> Vec<(Tag, usize)> {
        let lang = frame.lang;
        let (x0, x1) = Self::bounds(frame);
        let max = self.scale_max(target);
        let x = |v: f64| x0 + (x1 - x0) * (v / max).clamp(0.0, 1.0);
        let at = |text: String, v: f64| Tag {
            text,
            x: x(v),
            anchor: Anchor::Center,
        };
        let mut tags = vec![
            Tag {
                text: format::number(0.0, lang),
                x: x0,
                anchor: Anchor::Left,
            },
            Tag {
                text: String::new(),
                x: x1,
                anchor: Anchor::Right,
            },
        ];
        match target.gauge {
            Gauge::Share { goal, .. } => {
                tags[0].text = format::percent(0.0, lang);
                tags[1].text = format::percent(max, lang);
                tags.push(at(
                    fill(text::GOAL_MARK.get(lang), &[("target", &target.goal_text)]),
                    goal,
                ));
            }
            Gauge::Count {
                base_year,
                base,
                latest_year,
                latest,
                goal,
                ..
            } => {
                tags[1].text = format::number(max, lang);
                tags.push(at(
                    format!("{base_year}: {}", format::number(base, lang)),
                    base,
                ));
                tags.push(at(
                    format!("{latest_year}: {}", format::number(latest, lang)),
                    latest,
                ));
                tags.push(at(
                    fill(
                        text::DV_GOAL_MARK.get(lang),
                        &[
                            ("base_year", &base_year.to_string()),
                            ("goal", &format::number(goal, lang)),
                        ],
                    ),
                    goal,
                ));
            }
        }
        let size = frame.font_size() - 1.0;
        let mut placed: Vec<(usize, f64, f64)> = Vec::new();
        tags.into_iter()
            .map(|tag| {
                let (l, r) = Self::tag_box(&tag, size, x0, x1);
                let lane = (0..)
                    .find(|lane| {
                        placed
                            .iter()
                            .all(|(pl, a, b)| pl != lane || r + 8.0 < *a || l - 8.0 > *b)
                    })
                    .unwrap_or(0);
                placed.push((lane, l, r));
                (tag, lane)
            })
            .collect()
    }

    /// Left and right edge of a tag, kept inside the chart.
    fn tag_box(tag: &Tag, size: f64, x0: f64, x1: f64) -> (f64, f64) {
        let w = text_width(&tag.text, size);
        let l = match tag.anchor {
            Anchor::Left => tag.x,
            Anchor::Center => tag.x - w / 2.0,
            Anchor::Right => tag.x - w,
        };
        let l = l.clamp(x0, (x1 - w).max(x0));
        (l, l + w)
    }

    fn row_height(&self, target: &Target, frame: &Frame) -> f64 {
        let lanes = self
            .tags(target, frame)
            .iter()
            .map(|(_, lane)| lane + 1)
            .max()
            .unwrap_or(0);
        (Self::head_lines(target, frame).len() + Self::latest_lines(target, frame).len()) as f64
            * LINE
            + 6.0
            + BAR
            + 4.0
            + lanes as f64 * LANE
            + GAP
    }
}

impl Chart for Targets2030 {
    fn common(&self) -> &Common {
        &self.common
    }

    fn default_title(&self, lang: Lang) -> String {
        fill(text::TITLE.get(lang), &[("year", &self.year.to_string())])
    }

    fn takeaway(&self, _: Lang) -> String {
        self.takeaway.clone()
    }

    fn data(&self) -> Option<crate::userdata::json::Json> {
        Some(data::write(self))
    }

    fn table(&self, lang: Lang) -> DataTable {
        DataTable::new(
            vec![
                text::TARGET_COLUMN.get(lang).to_string(),
                text::GOAL_COLUMN.get(lang).to_string(),
                text::LATEST_COLUMN.get(lang).to_string(),
            ],
            self.targets
                .iter()
                .map(|t| {
                    Row::new(vec![
                        Cell::text(&t.name),
                        Cell::text(&t.goal_text),
                        Cell::text(&t.latest_text),
                    ])
                })
                .collect(),
        )
    }

    fn height(&self, frame: &Frame) -> f64 {
        TOP + self
            .targets
            .iter()
            .map(|t| self.row_height(t, frame))
            .sum::<f64>()
            - GAP
            + 6.0
    }

    fn draw(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        let pal = frame.palette();
        let size = frame.font_size();
        let lang = frame.lang;
        let mut p = Painter::new(db, frame.scale);
        p.fill(pal.background)?;
        let (x0, x1) = Self::bounds(frame);
        let mut marks = Vec::new();
        let mut y = TOP;
        for target in &self.targets {
            let row_top = y;
            for line in Self::head_lines(target, frame) {
                p.text(&line, x0, y + LINE / 2.0, Label::new(size, pal.text).bold())?;
                y += LINE;
            }
            for line in Self::latest_lines(target, frame) {
                p.text(&line, x0, y + LINE / 2.0, Label::new(size, pal.text))?;
                y += LINE;
            }
            y += 6.0;
            let max = self.scale_max(target);
            let x = |v: f64| x0 + (x1 - x0) * (v / max).clamp(0.0, 1.0);
            p.rect(x0, y, x1, y + BAR, pal.gap)?;
            match target.gauge {
                Gauge::Share {
                    goal, value, women, ..
                } => {
                    let colour = if women { pal.women } else { pal.quantity };
                    match value {
                        Some(v) if v > 0.0 => p.rect(x0, y, x(v), y + BAR, colour)?,
                        // Zero is a visible stub, not an empty track.
                        Some(_) => p.rect(x0, y - 4.0, x0 + 3.0, y + BAR + 4.0, colour)?,
                        None => {
                            p.hatch(x0, y, x1, y + BAR, pal.grid, 6.0)?;
                            p.outline(x0, y, x1, y + BAR, pal.muted, 1.0)?;
                        }
                    }
                    let gx = x(goal);
                    p.dashed((gx, y - 5.0), (gx, y + BAR + 5.0), pal.target, 2.0, 3.0)?;
                    if value.is_none() {
                        // "No figure" in the wider side of the goal line, clear of it.
                        let text = i18n::NO_FIGURE_IN_THE_SOURCES.get(lang);
                        let half = text_width(text, size - 1.0) / 2.0 + 6.0;
                        let (a, b) = if x1 - gx >= gx - x0 {
                            (gx, x1)
                        } else {
                            (x0, gx)
                        };
                        let cx = ((a + b) / 2.0).clamp(x0 + half, x1 - half);
                        p.text_on(
                            text,
                            cx,
                            y + BAR / 2.0,
                            Label::new(size - 1.0, pal.text).centered(),
                            pal.background,
                        )?;
                    }
                }
                Gauge::Count {
                    base, latest, goal, ..
                } => {
                    p.rect(x0, y, x(latest), y + BAR, pal.quantity)?;
                    let bx = x(base);
                    p.line((bx, y - 5.0), (bx, y + BAR + 5.0), pal.axis, 2.0)?;
                    let gx = x(goal);
                    p.dashed((gx, y - 5.0), (gx, y + BAR + 5.0), pal.target, 2.0, 3.0)?;
                }
            }
            marks.push(Mark::new(
                format!(
                    "{}. {}",
                    Self::head(target, lang),
                    Self::latest(target, lang)
                ),
                (x0, row_top),
                (x1, y + BAR),
            ));
            let tags_top = y + BAR + 4.0;
            for (tag, lane) in self.tags(target, frame) {
                let (l, _) = Self::tag_box(&tag, size - 1.0, x0, x1);
                p.text(
                    &tag.text,
                    l,
                    tags_top + lane as f64 * LANE + LANE / 2.0,
                    Label::new(size - 1.0, pal.muted),
                )?;
            }
            y = row_top + self.row_height(target, frame);
        }
        p.present()?;
        Ok(marks)
    }
}
