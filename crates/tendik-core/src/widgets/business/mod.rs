//! Women in business and the economy: their share of small and medium-sized businesses
//! (the sources disagree and measure different things, owning and heading, so both are
//! drawn, each named), of the energy sector's employees and managers, and the programmes
//! for women (Damu, Umai, the Academy for Women Entrepreneurs) as figures of their own:
//! they count different things, so no axis compares them. A newsroom gives its own groups
//! of shares and, optionally, its own counts (`data.rs`).

mod data;
#[cfg(test)]
mod tests;
pub mod text;

pub use data::MAX_COUNTS;

use super::bar_groups::{self, parity, share_bar, BarGroup, PARITY};
use super::figure_text;
use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::bars::{HBars, Scale};
use crate::chart::numbers::{BigNumber, BigNumbers};
use crate::chart::recorder::Recorder;
use crate::chart::{ChartError, Frame, Mark, Painter};
use crate::dataset::{conflicts, expect};
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Figure, Lang, Qualifier, Topic, Unit};

pub static SPEC: Spec = Spec {
    name: "business",
    topic: Topic::Economy,
    embedded: |lang| Box::new(Business::embedded(lang)),
    read: Some(|tree, cx| Ok(Box::new(data::read(tree, cx)?))),
};

const SME_CONFLICT: &str = "smes-women-share";

#[derive(Clone, Debug, PartialEq)]
pub struct Share {
    pub label: String,
    /// Women's share in per cent.
    pub share: f64,
}

/// Shares of one kind under one heading: "Small and medium-sized businesses".
#[derive(Clone, Debug, PartialEq)]
pub struct ShareGroup {
    pub heading: String,
    /// Said next to the bars: the embedded data's conflict.
    pub caption: Option<String>,
    pub shares: Vec<Share>,
}

/// A count with no scale shared with the others, and the money it comes with.
#[derive(Clone, Debug, PartialEq)]
pub struct Count {
    pub label: String,
    pub count: f64,
    /// The source says "more than".
    pub more_than: bool,
    pub tenge: Option<f64>,
    pub usd: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Business {
    pub groups: Vec<ShareGroup>,
    /// The heading over `counts`.
    pub counts_heading: String,
    pub counts: Vec<Count>,
    /// Its provenance is parallel to the table's rows (empty for a newsroom's data).
    pub common: Common,
}

/// The figures of a count, in table order: the count, its tenge, its dollars.
struct CountFigures {
    label: crate::model::Text3,
    count: &'static str,
    tenge: Option<&'static str>,
    usd: Option<&'static str>,
}

const COUNTS: [CountFigures; 4] = [
    CountFigures {
        label: text::DAMU,
        count: "damu-projects",
        tenge: Some("damu-amount"),
        usd: Some("damu-amount-usd"),
    },
    CountFigures {
        label: text::UMAI,
        count: "umai-women",
        tenge: Some("umai-loans"),
        usd: Some("umai-loans-usd"),
    },
    CountFigures {
        label: text::AWE_GRADUATES,
        count: "awe-graduates",
        tenge: None,
        usd: None,
    },
    CountFigures {
        label: text::AWE_ENROLLED,
        count: "awe-enrolled",
        tenge: None,
        usd: None,
    },
];

/// `value` in units of `big` when that loses no digit: 4.1 for 4,100,000,000 in billions.
/// In whole hundredths of `big`, so no float rounding decides it.
fn in_units_of(value: f64, big: u64) -> Option<f64> {
    let hundredth = big / 100;
    let whole = value.fract() == 0.0 && value >= big as f64 && value <= 1e15;
    (whole && (value as u64) % hundredth == 0).then(|| ((value as u64) / hundredth) as f64 / 100.0)
}

/// "4.1 billion tenge", "US$8.2 million"; every digit written out when a shorter form
/// would round ("4,123,456,789 tenge").
pub fn money(value: f64, unit: Unit, lang: Lang) -> String {
    let (billion, million) = match unit {
        Unit::UsDollars => (text::BILLION_USD, text::MILLION_USD),
        _ => (text::BILLION_TENGE, text::MILLION_TENGE),
    };
    let short = in_units_of(value, 1_000_000_000)
        .map(|n| (billion, n))
        .or_else(|| in_units_of(value, 1_000_000).map(|n| (million, n)));
    match short {
        Some((template, n)) => fill(template.get(lang), &[("n", &format::number(n, lang))]),
        None => format::amount(value, unit, Qualifier::Exact, lang),
    }
}

impl Count {
    fn qualifier(&self) -> Qualifier {
        match self.more_than {
            true => Qualifier::MoreThan,
            false => Qualifier::Exact,
        }
    }

    fn value_text(&self, lang: Lang) -> String {
        format::amount(self.count, Unit::Count, self.qualifier(), lang)
    }

    /// "4.1 billion tenge (US$8.2 million)", or either alone.
    fn sum(&self, lang: Lang) -> Option<String> {
        let tenge = self.tenge.map(|v| money(v, Unit::Tenge, lang));
        let usd = self.usd.map(|v| money(v, Unit::UsDollars, lang));
        match (tenge, usd) {
            (Some(t), Some(u)) => Some(fill(
                text::SUM_BOTH.get(lang),
                &[("tenge", &t), ("usd", &u)],
            )),
            (one, other) => one.or(other),
        }
    }
}

impl Business {
    pub fn embedded(lang: Lang) -> Self {
        let owned = expect("smes-women-owned-news");
        let headed = expect("smes-women-headed");
        let employees = expect("energy-employees-women-share");
        let managers = expect("energy-managers-women-share");
        let conflict = conflicts()
            .iter()
            .find(|c| c.id == SME_CONFLICT)
            .unwrap_or_else(|| panic!("no conflict with id {SME_CONFLICT}"));
        let share = |label: String, f: &Figure| Share {
            label,
            share: figure_text::num(f),
        };
        let groups = vec![
            ShareGroup {
                heading: text::SME_HEADING.get(lang).to_string(),
                caption: Some(text::SME_CAPTION.get(lang).to_string()),
                shares: vec![
                    share(text::OWNED.get(lang).to_string(), owned),
                    share(
                        fill(
                            text::HEADED.get(lang),
                            &[("para", &figure_text::para(headed, lang))],
                        ),
                        headed,
                    ),
                ],
            },
            ShareGroup {
                heading: text::ENERGY_HEADING.get(lang).to_string(),
                caption: None,
                shares: vec![
                    share(text::EMPLOYEES.get(lang).to_string(), employees),
                    share(text::MANAGERS.get(lang).to_string(), managers),
                ],
            },
        ];
        let number = |id: Option<&str>| id.map(|id| figure_text::num(expect(id)));
        let counts: Vec<Count> = COUNTS
            .iter()
            .map(|c| {
                let f = expect(c.count);
                Count {
                    label: c.label.get(lang).to_string(),
                    count: figure_text::num(f),
                    more_than: f.qualifier == Qualifier::MoreThan,
                    tenge: number(c.tenge),
                    usd: number(c.usd),
                }
            })
            .collect();

        // Every figure in table order: the shares, then each count and its money.
        let mut figures: Vec<&Figure> = vec![owned, headed, employees, managers];
        for c in &COUNTS {
            figures.push(expect(c.count));
            figures.extend(c.tenge.iter().chain(&c.usd).map(|id| expect(id)));
        }
        let damu = &counts[0];
        let notes = vec![
            conflict.note.get(lang).to_string(),
            fill(
                text::DAMU_NOTE.get(lang),
                &[
                    ("projects", &damu.value_text(lang)),
                    (
                        "sum",
                        &money(damu.tenge.unwrap_or_default(), Unit::Tenge, lang),
                    ),
                    ("per", &format::number(Self::round_up_per(damu), lang)),
                ],
            ),
            text::DOLLARS_NOTE.get(lang).to_string(),
            text::UNDATED_NOTE.get(lang).to_string(),
        ];
        let provenance = figures.iter().map(|f| Provenance::of(&[f], lang)).collect();
        Business {
            groups,
            counts_heading: text::PROGRAMMES_HEADING.get(lang).to_string(),
            counts,
            common: Common::embedded(&figures, notes, provenance, lang),
        }
    }

    /// The sum per counted item, up to the next ten thousand: a bound the note can say
    /// ("under 40,000 tenge a project") without rounding the figures themselves.
    fn round_up_per(c: &Count) -> f64 {
        let per = c.tenge.unwrap_or_default() / c.count.max(1.0);
        (per / 10_000.0).ceil() * 10_000.0
    }

    pub fn bar_groups(&self, lang: Lang) -> Vec<BarGroup> {
        self.groups
            .iter()
            .map(|g| BarGroup {
                heading: g.heading.clone(),
                caption: g.caption.clone(),
                bars: HBars {
                    bars: g
                        .shares
                        .iter()
                        .map(|s| share_bar(s.label.clone(), s.share, lang))
                        .collect(),
                    references: vec![parity(lang)],
                    scale: Scale::Percent,
                },
            })
            .collect()
    }

    pub fn numbers(&self, lang: Lang) -> BigNumbers {
        BigNumbers {
            heading: self.counts_heading.clone(),
            items: self
                .counts
                .iter()
                .map(|c| BigNumber {
                    value: c.value_text(lang),
                    label: c.label.clone(),
                    detail: c
                        .sum(lang)
                        .map(|sum| fill(text::TOTAL_SUM.get(lang), &[("sum", &sum)])),
                })
                .collect(),
        }
    }

    /// Where the counts start: under the bars, a group's gap apart.
    fn numbers_top(groups: &[BarGroup], frame: &Frame) -> f64 {
        bar_groups::height(groups, frame) + 16.0
    }

    fn embedded_takeaway(lang: Lang) -> String {
        let p = |id: &str| format::percent(figure_text::num(expect(id)), lang);
        fill(
            text::TAKEAWAY.get(lang),
            &[
                ("own", &p("smes-women-owned-news")),
                ("head", &p("smes-women-headed")),
                ("employees", &p("energy-employees-women-share")),
                ("managers", &p("energy-managers-women-share")),
            ],
        )
    }

    /// Of a newsroom's shares, whatever their groups: the lowest and the highest, and how
    /// many fall below parity.
    fn own_takeaway(&self, lang: Lang) -> String {
        let all: Vec<&Share> = self.groups.iter().flat_map(|g| &g.shares).collect();
        let by_share = |a: &&&Share, b: &&&Share| a.share.total_cmp(&b.share);
        let (Some(low), Some(high)) = (all.iter().min_by(by_share), all.iter().max_by(by_share))
        else {
            return String::new();
        };
        let below = all.iter().filter(|s| s.share < PARITY).count();
        let slots = [
            ("low", format::percent(low.share, lang)),
            ("low_label", low.label.clone()),
            ("high", format::percent(high.share, lang)),
            ("high_label", high.label.clone()),
            ("parity", format::percent(PARITY, lang)),
            ("below", format::number(below as f64, lang)),
            ("count", format::number(all.len() as f64, lang)),
        ];
        let slots: Vec<(&str, &str)> = slots.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let spread = match all.len() {
            1 => text::OWN_ONE,
            _ if low.share == high.share => text::OWN_SAME,
            _ => text::OWN_SPREAD,
        };
        let against = match below {
            0 => i18n::NONE_BELOW_PARITY,
            _ => i18n::BELOW_PARITY,
        };
        format!(
            "{} {}",
            fill(spread.get(lang), &slots),
            fill(against.get(lang), &slots)
        )
    }
}

impl Chart for Business {
    fn common(&self) -> &Common {
        &self.common
    }

    fn default_title(&self, lang: Lang) -> String {
        text::TITLE.get(lang).to_string()
    }

    fn takeaway(&self, lang: Lang) -> String {
        match self.common.is_embedded() {
            true => Self::embedded_takeaway(lang),
            false => self.own_takeaway(lang),
        }
    }

    fn data(&self) -> Option<crate::userdata::json::Json> {
        Some(data::write(self))
    }

    fn table(&self, lang: Lang) -> DataTable {
        let mut rows = Vec::new();
        for g in &self.groups {
            for s in &g.shares {
                rows.push(Row::new(vec![
                    Cell::text(&g.heading),
                    Cell::text(&s.label),
                    Cell::percent(s.share),
                ]));
            }
        }
        for c in &self.counts {
            rows.push(Row::new(vec![
                Cell::text(&self.counts_heading),
                Cell::text(&c.label),
                Cell::Figure {
                    value: c.count,
                    unit: Unit::Count,
                    qualifier: c.qualifier(),
                },
            ]));
            let total = fill(text::TOTAL_ROW.get(lang), &[("label", &c.label)]);
            for (value, unit) in [(c.tenge, Unit::Tenge), (c.usd, Unit::UsDollars)] {
                if let Some(v) = value {
                    rows.push(Row::new(vec![
                        Cell::text(&self.counts_heading),
                        Cell::text(&total),
                        Cell::number(v, unit),
                    ]));
                }
            }
        }
        DataTable::new(bar_groups::table_columns(lang), rows)
    }

    fn height(&self, frame: &Frame) -> f64 {
        let groups = self.bar_groups(frame.lang);
        let numbers = self.numbers(frame.lang);
        match numbers.items.is_empty() {
            true => bar_groups::height(&groups, frame),
            false => Self::numbers_top(&groups, frame) + numbers.height(frame),
        }
    }

    fn draw(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        let groups = self.bar_groups(frame.lang);
        let mut marks = bar_groups::draw(&groups, db, frame)?;
        let mut p = Painter::new(db, frame.scale);
        marks.extend(self.numbers(frame.lang).draw(
            &mut p,
            frame,
            Self::numbers_top(&groups, frame),
        )?);
        p.present()?;
        Ok(marks)
    }
}
