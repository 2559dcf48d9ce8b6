//! Victims of crimes against women and girls, 2020 to July 2025, by age and by ethnicity:
//! two groups of bars one under the other, each with a hatched bar for what the source's
//! groups leave of its total, computed from the dataset's breakdowns.

#[cfg(test)]
mod tests;
pub mod text;

use super::bar_groups::{self, against_total, count_bar, unspecified_bar, BarGroup};
use super::figure_text;
use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::bars::BarStyle;
use crate::chart::recorder::Recorder;
use crate::chart::{ChartError, Frame, Mark};
use crate::dataset::{breakdowns, expect};
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Breakdown, Date, Figure, Lang, Text3, Topic};

pub static SPEC: Spec = Spec {
    name: "crime-victims",
    topic: Topic::Violence,
    embedded: |lang| Box::new(CrimeVictims::embedded(lang)),
    read: |_, cx| Err(crate::userdata::dataset_only(SPEC.name, cx.lang)),
};

const BY_AGE: &str = "crime-victims-by-age";
const BY_ETHNICITY: &str = "crime-victims-by-ethnicity";

#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub label: String,
    pub victims: f64,
}

/// One way the source breaks the victims down.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub heading: String,
    pub parts: Vec<Part>,
    /// The total less the parts: "not specified in the source".
    pub not_specified: f64,
    /// Where each part's figure comes from, then the remainder's (total and parts).
    pub provenance: Vec<Provenance>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CrimeVictims {
    /// Crimes recorded: the source's total counts crimes, not victims.
    pub total: f64,
    /// The period covered, "2020" to "July 2025", in the widget's language.
    pub from: String,
    pub to: String,
    pub by_age: Group,
    pub by_ethnicity: Group,
    pub common: Common,
    pub total_provenance: Provenance,
}

fn breakdown(id: &str) -> &'static Breakdown {
    breakdowns()
        .iter()
        .find(|b| b.id == id)
        .unwrap_or_else(|| panic!("no breakdown with id {id}"))
}

/// `2020` or `2025-07` as a date of that precision.
fn iso_date(iso: &str) -> Option<Date> {
    let mut parts = iso.split('-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next().map_or(Some(0), |m| m.parse().ok())?;
    Some(Date::ymd(year, month, 0))
}

/// "14–15" from `victims-aged-14-15`, with its first age for sorting.
fn age_range(id: &str) -> Option<(u32, String)> {
    let range = id.strip_prefix("victims-aged-")?;
    let first = range.split('-').next()?.parse().ok()?;
    Some((first, range.replace('-', "–")))
}

fn ethnicity(id: &str) -> Option<Text3> {
    Some(match id {
        "victims-kazakh" => text::KAZAKHS,
        "victims-russian" => text::RUSSIANS,
        "victims-ukrainian" => text::UKRAINIANS,
        "victims-uzbek" => text::UZBEKS,
        "victims-tatar" => text::TATARS,
        _ => return None,
    })
}

/// A group from a breakdown: its parts ordered by `sort_key`, and what they leave unspecified.
fn group(
    b: &Breakdown,
    heading: Text3,
    label: impl Fn(&Figure) -> String,
    lang: Lang,
    sort_key: impl Fn(&Figure) -> i64,
) -> Group {
    let total = expect(b.total);
    let mut parts: Vec<&Figure> = b.parts.iter().map(|id| expect(id)).collect();
    crate::order::sort_by_key(&mut parts, |f| sort_key(f));
    let mut provenance: Vec<Provenance> =
        parts.iter().map(|f| Provenance::of(&[f], lang)).collect();
    let mut behind_rest = vec![total];
    behind_rest.extend(parts.iter().copied());
    provenance.push(Provenance::of(&behind_rest, lang));
    Group {
        heading: heading.get(lang).to_string(),
        parts: parts
            .iter()
            .map(|f| Part {
                label: label(f),
                victims: f.value.number().unwrap_or_default(),
            })
            .collect(),
        not_specified: b.charted_remainder().not_specified,
        provenance,
    }
}

impl CrimeVictims {
    pub fn embedded(lang: Lang) -> Self {
        let age = breakdown(BY_AGE);
        let eth = breakdown(BY_ETHNICITY);
        let total = expect(age.total);
        let by_age = group(
            age,
            text::BY_AGE,
            |f| match age_range(f.id) {
                Some((_, range)) => fill(text::AGE.get(lang), &[("range", &range)]),
                None => f.label.get(lang).to_string(),
            },
            lang,
            |f| age_range(f.id).map_or(i64::MAX, |(first, _)| i64::from(first)),
        );
        // Largest first, as the source lists them.
        let by_ethnicity = group(
            eth,
            text::BY_ETHNICITY,
            |f| {
                ethnicity(f.id)
                    .map_or(f.label.get(lang), |t| t.get(lang))
                    .to_string()
            },
            lang,
            |f| -(f.value.number().unwrap_or_default() as i64),
        );
        let date = |iso: &str| {
            iso_date(iso)
                .map(|d| format::date(&d, lang))
                .unwrap_or_else(|| iso.to_string())
        };
        let mut figures = vec![total];
        figures.extend(age.parts.iter().chain(eth.parts).map(|id| expect(id)));
        let ages: Vec<String> = {
            let mut ranges: Vec<(u32, String)> =
                age.parts.iter().filter_map(|id| age_range(id)).collect();
            crate::order::sort_by_key(&mut ranges, |(low, _)| *low);
            ranges.into_iter().map(|(_, r)| r).collect()
        };
        let mut widget = CrimeVictims {
            total: total.value.number().unwrap_or_default(),
            from: date(total.period.start),
            to: date(total.period.end),
            by_age,
            by_ethnicity,
            common: Common::embedded(&figures, Vec::new(), Vec::new(), lang),
            total_provenance: Provenance::of(&[total], lang),
        };
        widget.common.notes = widget.standard_notes(&ages, lang);
        widget
    }

    fn groups(&self) -> [&Group; 2] {
        [&self.by_age, &self.by_ethnicity]
    }

    /// What the total counts, and which groups the source gives (`ages`: "14–15", …).
    fn standard_notes(&self, ages: &[String], lang: Lang) -> Vec<String> {
        let unspecified = i18n::NOT_SPECIFIED.get(lang);
        let ethnicities: Vec<String> = self
            .by_ethnicity
            .parts
            .iter()
            .map(|p| match lang {
                Lang::En => p.label.clone(),
                // Mid-sentence, Russian and Kazakh write peoples in lower case.
                Lang::Ru | Lang::Kk => crate::case::lowercase(&p.label),
            })
            .collect();
        vec![
            fill(
                text::COUNTS_NOTE.get(lang),
                &[
                    ("total", &format::number(self.total, lang)),
                    ("unspecified", unspecified),
                ],
            ),
            fill(
                text::GROUPS_NOTE.get(lang),
                &[
                    ("ages", &figure_text::list_and(ages, lang)),
                    ("ethnicities", &figure_text::list_and(&ethnicities, lang)),
                    ("unspecified", unspecified),
                ],
            ),
        ]
    }

    /// Both groups, each against the total, so they share one scale.
    pub fn bar_groups(&self, lang: Lang) -> Vec<BarGroup> {
        let total_label = fill(
            text::TOTAL_MARK.get(lang),
            &[("total", &format::number(self.total, lang))],
        );
        self.groups()
            .iter()
            .map(|g| {
                let mut bars: Vec<_> = g
                    .parts
                    .iter()
                    .map(|p| count_bar(p.label.clone(), p.victims, BarStyle::Women, lang))
                    .collect();
                if g.not_specified > 0.0 {
                    bars.push(unspecified_bar(g.not_specified, lang));
                }
                BarGroup {
                    heading: g.heading.clone(),
                    caption: None,
                    bars: against_total(bars, self.total, total_label.clone()),
                }
            })
            .collect()
    }
}

impl Chart for CrimeVictims {
    fn common(&self) -> &Common {
        &self.common
    }

    fn default_title(&self, lang: Lang) -> String {
        fill(
            text::TITLE.get(lang),
            &[("from", &self.from), ("to", &self.to)],
        )
    }

    fn takeaway(&self, lang: Lang) -> String {
        let top_age = self
            .by_age
            .parts
            .iter()
            .max_by(|a, b| a.victims.total_cmp(&b.victims));
        fill(
            text::TAKEAWAY.get(lang),
            &[
                ("total", &format::number(self.total, lang)),
                ("age", &top_age.map(|p| p.label.clone()).unwrap_or_default()),
                (
                    "age_count",
                    &format::number(top_age.map_or(0.0, |p| p.victims), lang),
                ),
                ("age_rest", &format::number(self.by_age.not_specified, lang)),
                (
                    "eth_rest",
                    &format::number(self.by_ethnicity.not_specified, lang),
                ),
            ],
        )
    }

    fn table(&self, lang: Lang) -> DataTable {
        let mut rows = Vec::new();
        for g in self.groups() {
            let mut sources = g.provenance.iter().cloned();
            for p in &g.parts {
                let row = Row::new(vec![
                    Cell::text(&g.heading),
                    Cell::text(&p.label),
                    Cell::count(p.victims),
                ]);
                rows.push(match sources.next() {
                    Some(s) => row.from(s),
                    None => row,
                });
            }
            if g.not_specified > 0.0 {
                let row = Row::computed(
                    vec![
                        Cell::text(&g.heading),
                        Cell::text(i18n::NOT_SPECIFIED.get(lang)),
                        Cell::count(g.not_specified),
                    ],
                    i18n::COMPUTED_REMAINDER.get(lang),
                );
                rows.push(match sources.next() {
                    Some(s) => row.from(s),
                    None => row,
                });
            }
        }
        rows.push(
            Row::new(vec![
                Cell::text(i18n::TOTAL.get(lang)),
                Cell::text(text::ALL.get(lang)),
                Cell::count(self.total),
            ])
            .from(self.total_provenance.clone()),
        );
        DataTable::new(bar_groups::table_columns(lang), rows)
    }

    fn height(&self, frame: &Frame) -> f64 {
        bar_groups::height(&self.bar_groups(frame.lang), frame)
    }

    fn draw(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        bar_groups::draw(&self.bar_groups(frame.lang), db, frame)
    }
}
