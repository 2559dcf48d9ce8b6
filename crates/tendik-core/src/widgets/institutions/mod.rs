//! Women's representation across institutions: elected bodies, the civil service, the
//! courts, corporate management, the National Centre for Human Rights and prison staff,
//! against parity and the 30 per cent goal. Where the sources disagree (civil servants:
//! 55.8 or 56.2 per cent) both figures are drawn, each labelled with its paragraph.
//! A newsroom gives its own shares and, optionally, a goal (`data.rs`).

mod data;
#[cfg(test)]
mod tests;
pub mod text;

use super::bar_groups::{parity, share_bar, PARITY};
use super::figure_text;
use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::bars::{HBars, Reference, Scale};
use crate::chart::recorder::Recorder;
use crate::chart::{ChartError, Frame, Mark, Painter};
use crate::dataset::{conflicts, expect};
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Figure, Lang, Text3, Topic};

pub static SPEC: Spec = Spec {
    name: "institutions",
    topic: Topic::Representation,
    embedded: |lang| Box::new(Institutions::embedded(lang)),
    read: Some(|tree, cx| Ok(Box::new(data::read(tree, cx)?))),
};

/// Which institution a bar stands for; the takeaway names some of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Body {
    Majilis,
    Maslikhats,
    CivilServants,
    CivilServiceManagers,
    Judges,
    CorporateManagers,
    HumanRightsCentre,
    PrisonStaffEarlier,
    PrisonStaffNow,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Share {
    /// Which of the embedded dataset's institutions it is; `None` for a newsroom's.
    pub body: Option<Body>,
    pub label: String,
    /// Women's share in per cent.
    pub share: f64,
}

/// A goal for women's share by a year.
#[derive(Clone, Debug, PartialEq)]
pub struct Goal {
    /// In per cent.
    pub share: f64,
    /// "2030".
    pub year: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Institutions {
    pub shares: Vec<Share>,
    /// The goal for women's representation; a newsroom's data may have none (parity is
    /// always drawn).
    pub goal: Option<Goal>,
    /// Provenance: where each bar's figure comes from, parallel to `shares`.
    pub common: Common,
}

const CIVIL_SERVICE_CONFLICT: &str = "civil-servants-women-share";

impl Institutions {
    pub fn embedded(lang: Lang) -> Self {
        let majilis = expect("majilis-women-share");
        let maslikhats = expect("maslikhat-women-share");
        let civil_10d = expect("civil-service-women-share");
        let civil_news = expect("civil-service-women-share-news");
        let civil_15d = expect("civil-service-women-share-15d");
        let managers = expect("civil-service-managers-women-share");
        let judges = expect("judges-women-share");
        let corporate = expect("corporate-managers-women-share");
        let nchr = expect("nchr-staff-women-share");
        let prison_from = expect("prison-staff-women-share-from");
        let prison_to = expect("prison-staff-women-share-to");
        let goal = expect("target-representation-2030");
        let value = |f: &Figure| f.value.number().unwrap_or_default();
        let para = |f: &Figure| {
            fill(
                text::PARA.get(lang),
                &[("para", &figure_text::paragraph(f))],
            )
        };
        let civil = |f: &Figure| fill(text::CIVIL_SERVANTS.get(lang), &[("para", &para(f))]);
        let t = |text: Text3| text.get(lang).to_string();

        // One bar per figure, in the order of the chart; each with the figures behind it.
        let rows: Vec<(Body, String, &Figure, Vec<&Figure>)> = vec![
            (Body::Majilis, t(i18n::MAJILIS), majilis, vec![majilis]),
            (
                Body::Maslikhats,
                t(i18n::MASLIKHATS),
                maslikhats,
                vec![maslikhats],
            ),
            (
                Body::CivilServants,
                civil(civil_10d),
                civil_10d,
                vec![civil_10d, civil_news],
            ),
            (
                Body::CivilServants,
                civil(civil_15d),
                civil_15d,
                vec![civil_15d],
            ),
            (
                Body::CivilServiceManagers,
                t(text::CIVIL_MANAGERS),
                managers,
                vec![managers],
            ),
            (Body::Judges, t(text::JUDGES), judges, vec![judges]),
            (
                Body::CorporateManagers,
                t(text::CORPORATE),
                corporate,
                vec![corporate],
            ),
            (Body::HumanRightsCentre, t(text::NCHR), nchr, vec![nchr]),
            (
                Body::PrisonStaffEarlier,
                t(text::PRISON_EARLIER),
                prison_from,
                vec![prison_from],
            ),
            (
                Body::PrisonStaffNow,
                t(text::PRISON_NOW),
                prison_to,
                vec![prison_to],
            ),
        ];

        let goal_value = value(goal);
        let goal_year = goal.period.end.to_string();
        let mut notes = Vec::new();
        if let Some(c) = conflicts().iter().find(|c| c.id == CIVIL_SERVICE_CONFLICT) {
            notes.push(c.note.get(lang).to_string());
        }
        notes.push(fill(
            text::UNDATED_NOTE.get(lang),
            &[
                ("from", &format::percent(value(prison_from), lang)),
                ("to", &format::percent(value(prison_to), lang)),
            ],
        ));
        notes.push(fill(
            text::GOAL_NOTE.get(lang),
            &[
                ("goal", &format::percent(goal_value, lang)),
                ("year", &goal_year),
                ("parity", &format::percent(PARITY, lang)),
            ],
        ));

        let mut figures: Vec<&Figure> = rows.iter().flat_map(|r| r.3.clone()).collect();
        figures.push(goal);
        Institutions {
            shares: rows
                .iter()
                .map(|(body, label, f, _)| Share {
                    body: Some(*body),
                    label: label.clone(),
                    share: value(f),
                })
                .collect(),
            goal: Some(Goal {
                share: goal_value,
                year: goal_year,
            }),
            common: Common::embedded(
                &figures,
                notes,
                rows.iter()
                    .map(|(_, _, _, figs)| Provenance::of(figs, lang))
                    .collect(),
                lang,
            ),
        }
    }

    fn shares_of(&self, body: Body) -> Vec<f64> {
        self.shares
            .iter()
            .filter(|s| s.body == Some(body))
            .map(|s| s.share)
            .collect()
    }

    /// "55.8–56.2%" for conflicting figures, "53%" for one.
    fn range(&self, body: Body, lang: Lang) -> String {
        let values = self.shares_of(body);
        let low = values.iter().copied().fold(f64::INFINITY, f64::min);
        let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        if values.is_empty() {
            "–".to_string()
        } else if low == high {
            format::percent(high, lang)
        } else {
            format!(
                "{}–{}",
                format::number(low, lang),
                format::percent(high, lang)
            )
        }
    }

    /// Names the embedded dataset's institutions: true of that data alone.
    fn embedded_takeaway(&self, goal: &Goal, lang: Lang) -> String {
        let elected_below = [Body::Majilis, Body::Maslikhats]
            .iter()
            .all(|b| self.shares_of(*b).iter().all(|s| *s < goal.share));
        let template = if elected_below {
            text::TAKEAWAY
        } else {
            text::TAKEAWAY_MET
        };
        fill(
            template.get(lang),
            &[
                ("civil", &self.range(Body::CivilServants, lang)),
                ("judges", &self.range(Body::Judges, lang)),
                ("majilis", &self.range(Body::Majilis, lang)),
                ("maslikhats", &self.range(Body::Maslikhats, lang)),
                ("goal", &format::percent(goal.share, lang)),
                ("year", &goal.year),
            ],
        )
    }

    /// Of a newsroom's shares: the lowest and highest, and how many fall below the goal
    /// (or parity, without one). Nothing it says names an institution it was not given.
    fn own_takeaway(&self, lang: Lang) -> String {
        let (Some(low), Some(high)) = (
            self.shares
                .iter()
                .min_by(|a, b| a.share.total_cmp(&b.share)),
            self.shares
                .iter()
                .max_by(|a, b| a.share.total_cmp(&b.share)),
        ) else {
            return String::new();
        };
        let (line, year) = match &self.goal {
            Some(goal) => (goal.share, goal.year.as_str()),
            None => (PARITY, ""),
        };
        let below = self.shares.iter().filter(|s| s.share < line).count();
        let count = self.shares.len();
        let spread = if count == 1 {
            text::OWN_ONE
        } else if low.share == high.share {
            text::OWN_SAME
        } else {
            text::OWN_SPREAD
        };
        let against = match (self.goal.is_some(), count, below) {
            (true, 1, _) => text::OWN_ONE_GOAL,
            (false, 1, _) => text::OWN_ONE_PARITY,
            (true, _, 0) => text::OWN_NONE_BELOW_GOAL,
            (true, _, _) => text::OWN_BELOW_GOAL,
            (false, _, 0) => i18n::NONE_BELOW_PARITY,
            (false, _, _) => i18n::BELOW_PARITY,
        };
        let slots = [
            ("low", format::percent(low.share, lang)),
            ("low_label", low.label.clone()),
            ("high", format::percent(high.share, lang)),
            ("high_label", high.label.clone()),
            ("goal", format::percent(line, lang)),
            ("parity", format::percent(PARITY, lang)),
            ("year", year.to_string()),
            ("below", format::number(below as f64, lang)),
            ("count", format::number(count as f64, lang)),
        ];
        let slots: Vec<(&str, &str)> = slots.iter().map(|(k, v)| (*k, v.as_str())).collect();
        format!(
            "{} {}",
            fill(spread.get(lang), &slots),
            fill(against.get(lang), &slots)
        )
    }

    /// The chart: one bar per share, parity and the goal as dashed lines.
    pub fn bars(&self, lang: Lang) -> HBars {
        HBars {
            bars: self
                .shares
                .iter()
                .map(|s| share_bar(s.label.clone(), s.share, lang))
                .collect(),
            references: self
                .goal
                .iter()
                .map(|goal| Reference {
                    value: goal.share,
                    label: fill(
                        i18n::GOAL_BY_YEAR.get(lang),
                        &[
                            ("goal", &format::percent(goal.share, lang)),
                            ("year", &goal.year),
                        ],
                    ),
                })
                .chain([parity(lang)])
                .collect(),
            scale: Scale::Percent,
        }
    }
}

impl Chart for Institutions {
    fn common(&self) -> &Common {
        &self.common
    }

    fn default_title(&self, lang: Lang) -> String {
        text::TITLE.get(lang).to_string()
    }

    fn takeaway(&self, lang: Lang) -> String {
        match (&self.goal, self.common.is_embedded()) {
            (Some(goal), true) => self.embedded_takeaway(goal, lang),
            _ => self.own_takeaway(lang),
        }
    }

    fn data(&self) -> Option<crate::userdata::json::Json> {
        Some(data::write(self))
    }

    fn table(&self, lang: Lang) -> DataTable {
        DataTable::new(
            vec![
                text::COLUMN.get(lang).to_string(),
                i18n::QUOTA_SHARE_COLUMN.get(lang).to_string(),
            ],
            self.shares
                .iter()
                .map(|s| Row::new(vec![Cell::text(&s.label), Cell::percent(s.share)]))
                .collect(),
        )
    }

    fn height(&self, frame: &Frame) -> f64 {
        self.bars(frame.lang).height(frame)
    }

    fn draw(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        let mut p = Painter::new(db, frame.scale);
        p.fill(frame.palette().background)?;
        let marks = self.bars(frame.lang).draw(&mut p, frame)?;
        p.present()?;
        Ok(marks)
    }
}
