//! Crisis centres: how many there are (the sources disagree, so every count they give is
//! drawn, labelled with what it counts and its paragraphs) and the people they aided in 2024 and in the first
//! half of 2025, with what the source's parts leave of each total drawn as such. A
//! newsroom gives its own counts of centres and people aided (`data.rs`).

mod data;
#[cfg(test)]
mod tests;
pub mod text;

use super::bar_groups::{self, against_total, count_bar, unspecified_bar, BarGroup};
use super::figure_text;
use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::bars::{BarStyle, HBars, Scale};
use crate::chart::recorder::Recorder;
use crate::chart::{ChartError, Frame, Mark};
use crate::dataset::{breakdowns, conflicts, expect};
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Breakdown, Figure, Lang, Text3, Topic};

pub static SPEC: Spec = Spec {
    name: "crisis-centres",
    topic: Topic::Violence,
    embedded: |lang| Box::new(CrisisCentres::embedded(lang)),
    read: Some(|tree, cx| Ok(Box::new(data::read(tree, cx)?))),
};

const COUNT_CONFLICT: &str = "crisis-centres-count";
const AID_2024: &str = "crisis-centre-aid-2024";
const AID_H1_2025: &str = "crisis-centre-aid-h1-2025";

/// What each paragraph's count of centres counts: "30 crisis centres across the country"
/// (3 (f)), "in the country" (8 (d)), "a network of 128 family support centres and 27 crisis
/// centres" (9 (i)–(j)), "27 licensed crisis centres" (11 (f)).
const WHAT: &[(&str, Text3)] = &[
    ("crisis-centres-3f", text::IN_THE_COUNTRY),
    ("crisis-centres-8d", text::IN_THE_COUNTRY),
    ("crisis-centres-9ij", text::IN_THE_NETWORK),
    ("crisis-centres-licensed-11f", text::LICENSED),
];

fn what(id: &str) -> Option<Text3> {
    WHAT.iter().find(|(f, _)| *f == id).map(|&(_, t)| t)
}

/// One value the sources give for the number of centres, with the paragraphs giving it.
#[derive(Clone, Debug, PartialEq)]
pub struct CentreCount {
    /// "In the country (paras. 3 (f), 8 (d))".
    pub label: String,
    pub centres: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Who {
    Women,
    Minors,
    Other,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AidPart {
    pub who: Who,
    pub label: String,
    pub people: f64,
}

/// People aided in one period: the stated total and the parts the source gives.
#[derive(Clone, Debug, PartialEq)]
pub struct Aid {
    /// "2024"; empty for a newsroom's data, whose heading says when.
    pub year: String,
    pub heading: String,
    pub total: f64,
    pub parts: Vec<AidPart>,
    /// The total less the parts: "not specified in the source".
    pub not_specified: f64,
    /// Parts, then the remainder (total and parts), then the total; empty for a
    /// newsroom's data.
    pub provenance: Vec<Provenance>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CrisisCentres {
    pub counts: Vec<CentreCount>,
    /// Parallel to `counts`; empty for a newsroom's data.
    pub counts_provenance: Vec<Provenance>,
    /// The embedded data: the full year, then the first half of the next.
    pub aid: Vec<Aid>,
    pub common: Common,
}

fn breakdown(id: &str) -> &'static Breakdown {
    breakdowns()
        .iter()
        .find(|b| b.id == id)
        .unwrap_or_else(|| panic!("no breakdown with id {id}"))
}

fn who(id: &str) -> Who {
    if id.contains("-women-") {
        Who::Women
    } else if id.contains("-minors-") {
        Who::Minors
    } else {
        Who::Other
    }
}

fn aid(b: &Breakdown, heading: Text3, lang: Lang) -> Aid {
    let total = expect(b.total);
    let parts: Vec<&Figure> = b.parts.iter().map(|id| expect(id)).collect();
    let year = total
        .period
        .start
        .split('-')
        .next()
        .unwrap_or("")
        .to_string();
    let mut provenance: Vec<Provenance> =
        parts.iter().map(|f| Provenance::of(&[f], lang)).collect();
    let mut behind_rest = vec![total];
    behind_rest.extend(parts.iter().copied());
    provenance.push(Provenance::of(&behind_rest, lang));
    provenance.push(Provenance::of(&[total], lang));
    Aid {
        heading: fill(heading.get(lang), &[("year", &year)]),
        year,
        total: total.value.number().unwrap_or_default(),
        parts: parts.iter().map(|f| Aid::part(f, lang)).collect(),
        not_specified: b.charted_remainder().not_specified,
        provenance,
    }
}

impl Aid {
    fn part(f: &Figure, lang: Lang) -> AidPart {
        let who = who(f.id);
        let label = match who {
            Who::Women => i18n::WOMEN.get(lang),
            Who::Minors => text::MINORS.get(lang),
            Who::Other => f.label.get(lang),
        };
        AidPart {
            who,
            label: label.to_string(),
            people: f.value.number().unwrap_or_default(),
        }
    }

    fn people(&self, who: Who) -> f64 {
        self.parts
            .iter()
            .filter(|p| p.who == who)
            .map(|p| p.people)
            .sum()
    }

    /// "1,445 + 3,200 = 4,645, 11 short of the 4,656 stated", when several parts fall short.
    fn shortfall(&self, lang: Lang) -> Option<String> {
        if self.parts.len() < 2 || self.not_specified <= 0.0 {
            return None;
        }
        let parts: Vec<String> = self
            .parts
            .iter()
            .map(|p| format::number(p.people, lang))
            .collect();
        let sum: f64 = self.parts.iter().map(|p| p.people).sum();
        Some(fill(
            text::SHORTFALL.get(lang),
            &[
                ("parts", &parts.join(" + ")),
                ("sum", &format::number(sum, lang)),
                ("gap", &format::number(self.not_specified, lang)),
                ("total", &format::number(self.total, lang)),
            ],
        ))
    }
}

impl CrisisCentres {
    pub fn embedded(lang: Lang) -> Self {
        let conflict = conflicts()
            .iter()
            .find(|c| c.id == COUNT_CONFLICT)
            .unwrap_or_else(|| panic!("no conflict with id {COUNT_CONFLICT}"));
        // One bar per thing counted and value, naming every paragraph that gives it.
        let mut by_value: Vec<(&str, f64, Vec<&Figure>)> = Vec::new();
        for f in conflict.figures.iter().map(|id| expect(id)) {
            let v = f.value.number().unwrap_or_default();
            let counts = what(f.id).map_or(f.label.get(lang), |t| t.get(lang));
            match by_value
                .iter_mut()
                .find(|(w, value, _)| *w == counts && *value == v)
            {
                Some((_, _, figs)) => figs.push(f),
                None => by_value.push((counts, v, vec![f])),
            }
        }
        let counts: Vec<CentreCount> = by_value
            .iter()
            .map(|(counts, v, figs)| {
                let paras: Vec<String> = figs
                    .iter()
                    .map(|f| figure_text::paragraph(f).replace(' ', "\u{a0}"))
                    .collect();
                let one = if paras.len() == 1 {
                    text::COUNTED_IN_ONE
                } else {
                    text::COUNTED_IN_MANY
                };
                let label = fill(one.get(lang), &[("what", counts), ("p", &paras.join(", "))]);
                CentreCount { label, centres: *v }
            })
            .collect();
        let counts_provenance = by_value
            .iter()
            .map(|(_, _, figs)| Provenance::of(figs, lang))
            .collect();

        let year = breakdown(AID_2024);
        let half = breakdown(AID_H1_2025);
        let aid = vec![
            aid(year, text::AID_YEAR, lang),
            aid(half, text::AID_H1, lang),
        ];
        let notes = vec![
            conflict.note.get(lang).to_string(),
            year.note.get(lang).to_string(),
            half.note.get(lang).to_string(),
        ];
        let mut figures: Vec<&Figure> = by_value
            .iter()
            .flat_map(|(_, _, figs)| figs.iter().copied())
            .collect();
        for b in [year, half] {
            figures.push(expect(b.total));
            figures.extend(b.parts.iter().map(|id| expect(id)));
        }
        CrisisCentres {
            counts,
            counts_provenance,
            aid,
            common: Common::embedded(&figures, notes, Vec::new(), lang),
        }
    }

    /// The centres, then each period's aid against its stated total.
    pub fn bar_groups(&self, lang: Lang) -> Vec<BarGroup> {
        let mut groups = vec![BarGroup {
            heading: text::COUNT_HEADING.get(lang).to_string(),
            // A newsroom's several counts may count different centres, not disagree.
            caption: (self.counts.len() > 1 && self.common.is_embedded())
                .then(|| text::COUNT_CAPTION.get(lang).to_string()),
            bars: HBars {
                bars: self
                    .counts
                    .iter()
                    .map(|c| count_bar(c.label.clone(), c.centres, BarStyle::Quantity, lang))
                    .collect(),
                references: Vec::new(),
                scale: Scale::Count,
            },
        }];
        for a in &self.aid {
            let mut bars: Vec<_> = a
                .parts
                .iter()
                .map(|p| {
                    let style = match p.who {
                        Who::Women => BarStyle::Women,
                        Who::Minors | Who::Other => BarStyle::Quantity,
                    };
                    count_bar(p.label.clone(), p.people, style, lang)
                })
                .collect();
            if a.not_specified > 0.0 {
                bars.push(unspecified_bar(a.not_specified, lang));
            }
            groups.push(BarGroup {
                heading: a.heading.clone(),
                caption: a.shortfall(lang),
                bars: against_total(
                    bars,
                    a.total,
                    fill(
                        text::TOTAL_MARK.get(lang),
                        &[("total", &format::number(a.total, lang))],
                    ),
                ),
            });
        }
        // The people aided in each period, on one scale: the panels count the same thing.
        let people = &mut groups[1..];
        let top = people.iter().map(|g| g.bars.axis_max()).fold(0.0, f64::max);
        for g in people {
            g.bars.scale = Scale::CountTo(top);
        }
        groups
    }
}

impl Chart for CrisisCentres {
    fn common(&self) -> &Common {
        &self.common
    }

    fn default_title(&self, lang: Lang) -> String {
        text::TITLE.get(lang).to_string()
    }

    fn takeaway(&self, lang: Lang) -> String {
        if !self.common.is_embedded() {
            return data::takeaway(self, lang);
        }
        // Each value once: "30 or 27", though two bars say 27.
        let mut counts: Vec<String> = Vec::new();
        for c in &self.counts {
            let n = format::number(c.centres, lang);
            if !counts.contains(&n) {
                counts.push(n);
            }
        }
        let n = |v: f64| format::number(v, lang);
        let (year, half) = (self.aid.first(), self.aid.get(1));
        fill(
            text::TAKEAWAY.get(lang),
            &[
                ("counts", &figure_text::list_or(&counts, lang)),
                ("year", &year.map(|a| a.year.clone()).unwrap_or_default()),
                ("aided", &n(year.map_or(0.0, |a| a.total))),
                ("women", &n(year.map_or(0.0, |a| a.people(Who::Women)))),
                ("minors", &n(year.map_or(0.0, |a| a.people(Who::Minors)))),
                ("year_h1", &half.map(|a| a.year.clone()).unwrap_or_default()),
                ("aided_h1", &n(half.map_or(0.0, |a| a.total))),
                ("women_h1", &n(half.map_or(0.0, |a| a.people(Who::Women)))),
            ],
        )
    }

    fn data(&self) -> Option<crate::userdata::json::Json> {
        Some(data::write(self))
    }

    fn table(&self, lang: Lang) -> DataTable {
        let count_heading = text::COUNT_HEADING.get(lang);
        let mut sources = self.counts_provenance.iter().cloned();
        let mut rows: Vec<Row> = self
            .counts
            .iter()
            .map(|c| {
                let row = Row::new(vec![
                    Cell::text(count_heading),
                    Cell::text(&c.label),
                    Cell::count(c.centres),
                ]);
                match sources.next() {
                    Some(s) => row.from(s),
                    None => row,
                }
            })
            .collect();
        for a in &self.aid {
            let parts = a.parts.len();
            let from = |row: Row, i: usize| match a.provenance.get(i) {
                Some(p) => row.from(p.clone()),
                None => row,
            };
            for (i, p) in a.parts.iter().enumerate() {
                let row = Row::new(vec![
                    Cell::text(&a.heading),
                    Cell::text(&p.label),
                    Cell::count(p.people),
                ]);
                rows.push(from(row, i));
            }
            if a.not_specified > 0.0 {
                let row = Row::computed(
                    vec![
                        Cell::text(&a.heading),
                        Cell::text(i18n::NOT_SPECIFIED.get(lang)),
                        Cell::count(a.not_specified),
                    ],
                    i18n::COMPUTED_REMAINDER.get(lang),
                );
                rows.push(from(row, parts));
            }
            let row = Row::new(vec![
                Cell::text(&a.heading),
                Cell::text(i18n::TOTAL.get(lang)),
                Cell::count(a.total),
            ]);
            rows.push(from(row, parts + 1));
        }
        DataTable::new(bar_groups::table_columns(lang), rows)
    }

    fn height(&self, frame: &Frame) -> f64 {
        bar_groups::height(&self.bar_groups(frame.lang), frame)
    }

    fn draw(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        bar_groups::draw(&self.bar_groups(frame.lang), db, frame)
    }
}
