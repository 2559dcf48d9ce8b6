//! Victims of crimes against women and girls, 2020 to July 2025, by age and by ethnicity:
//! two groups of bars one under the other, on one scale. The source's total counts crimes,
//! not victims, and it gives no number of victims in all, so nothing is drawn against that
//! total or subtracted from it: a bar never spans two units. A newsroom gives its own
//! groups of victims (`data.rs`).

mod data;
#[cfg(test)]
mod tests;
pub mod text;

use super::bar_groups::{self, count_bar, BarGroup};
use super::figure_text;
use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::bars::{BarStyle, HBars, Scale};
use crate::chart::recorder::Recorder;
use crate::chart::{ChartError, Frame, Mark};
use crate::dataset::expect;
use crate::format;
use crate::i18n::fill;
use crate::model::{Date, Figure, Lang, Text3, Topic};

pub static SPEC: Spec = Spec {
    name: "crime-victims",
    topic: Topic::Violence,
    embedded: |lang| Box::new(CrimeVictims::embedded(lang)),
    read: Some(|tree, cx| Ok(Box::new(data::read(tree, cx)?))),
};

/// Crimes recorded, 2020 to July 2025: crimes, not victims.
const CRIMES: &str = "crimes-against-women-2020-2025";
/// The age groups the source gives (para. 8 (p)); it gives no others.
const BY_AGE: &[&str] = &[
    "victims-aged-30-39",
    "victims-aged-40-49",
    "victims-aged-21-29",
    "victims-aged-14-15",
    "victims-aged-16-17",
];
/// The ethnicities the source gives (para. 8 (p)); it gives no others.
const BY_ETHNICITY: &[&str] = &[
    "victims-kazakh",
    "victims-russian",
    "victims-ukrainian",
    "victims-uzbek",
    "victims-tatar",
];

#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    pub label: String,
    pub victims: f64,
}

/// One way the source groups the victims: only the groups it gives.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub heading: String,
    pub parts: Vec<Part>,
    /// Where each part's figure comes from; empty for a newsroom's data.
    pub provenance: Vec<Provenance>,
}

/// The embedded source's count of crimes, which is not a count of victims.
#[derive(Clone, Debug, PartialEq)]
pub struct Crimes {
    pub total: f64,
    /// The period covered, "2020" to "July 2025", in the widget's language.
    pub from: String,
    pub to: String,
    pub provenance: Provenance,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CrimeVictims {
    /// The embedded data: by age, then by ethnicity.
    pub groups: Vec<Group>,
    /// `None` for a newsroom's data, which counts victims only.
    pub crimes: Option<Crimes>,
    pub common: Common,
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

/// A group of the source's figures, ordered by `sort_key`.
fn group(
    ids: &[&str],
    heading: Text3,
    label: impl Fn(&Figure) -> String,
    lang: Lang,
    sort_key: impl Fn(&Figure) -> i64,
) -> Group {
    let mut parts: Vec<&Figure> = ids.iter().map(|id| expect(id)).collect();
    crate::order::sort_by_key(&mut parts, |f| sort_key(f));
    let provenance = parts.iter().map(|f| Provenance::of(&[f], lang)).collect();
    Group {
        heading: heading.get(lang).to_string(),
        parts: parts
            .iter()
            .map(|f| Part {
                label: label(f),
                victims: f.value.number().unwrap_or_default(),
            })
            .collect(),
        provenance,
    }
}

impl CrimeVictims {
    pub fn embedded(lang: Lang) -> Self {
        let total = expect(CRIMES);
        let by_age = group(
            BY_AGE,
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
            BY_ETHNICITY,
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
        figures.extend(BY_AGE.iter().chain(BY_ETHNICITY).map(|id| expect(id)));
        let ages: Vec<String> = {
            let mut ranges: Vec<(u32, String)> =
                BY_AGE.iter().filter_map(|id| age_range(id)).collect();
            crate::order::sort_by_key(&mut ranges, |(low, _)| *low);
            ranges.into_iter().map(|(_, r)| r).collect()
        };
        let crimes = Crimes {
            total: total.value.number().unwrap_or_default(),
            from: date(total.period.start),
            to: date(total.period.end),
            provenance: Provenance::of(&[total], lang),
        };
        let notes = standard_notes(crimes.total, &ages, &by_ethnicity, lang);
        CrimeVictims {
            groups: vec![by_age, by_ethnicity],
            crimes: Some(crimes),
            common: Common::embedded(&figures, notes, Vec::new(), lang),
        }
    }
}

/// What the total counts, and which groups the source gives (`ages`: "14–15", …).
fn standard_notes(total: f64, ages: &[String], by_ethnicity: &Group, lang: Lang) -> Vec<String> {
    let ethnicities: Vec<String> = by_ethnicity
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
            &[("total", &format::number(total, lang))],
        ),
        fill(
            text::GROUPS_NOTE.get(lang),
            &[
                ("ages", &figure_text::list_and(ages, lang)),
                ("ethnicities", &figure_text::list_and(&ethnicities, lang)),
            ],
        ),
    ]
}

impl CrimeVictims {
    /// Every group on one scale, so a bar in one compares with a bar in the other; no
    /// line at the total, which counts crimes.
    pub fn bar_groups(&self, lang: Lang) -> Vec<BarGroup> {
        let most = self
            .groups
            .iter()
            .flat_map(|g| g.parts.iter().map(|p| p.victims))
            .fold(0.0, f64::max);
        self.groups
            .iter()
            .map(|g| BarGroup {
                heading: g.heading.clone(),
                caption: None,
                bars: HBars {
                    bars: g
                        .parts
                        .iter()
                        .map(|p| count_bar(p.label.clone(), p.victims, BarStyle::Women, lang))
                        .collect(),
                    references: Vec::new(),
                    scale: Scale::CountTo(most),
                },
            })
            .collect()
    }
}

impl Chart for CrimeVictims {
    fn common(&self) -> &Common {
        &self.common
    }

    fn default_title(&self, lang: Lang) -> String {
        match &self.crimes {
            Some(c) => fill(text::TITLE.get(lang), &[("from", &c.from), ("to", &c.to)]),
            None => text::OWN_TITLE.get(lang).to_string(),
        }
    }

    fn takeaway(&self, lang: Lang) -> String {
        let Some(first) = self.groups.first() else {
            return String::new();
        };
        let most = first.parts.iter().map(|p| p.victims).fold(0.0, f64::max);
        let top: Vec<&Part> = first.parts.iter().filter(|p| p.victims == most).collect();
        let count = format::number(most, lang);
        let Some(crimes) = &self.crimes else {
            return own_takeaway(first, &top, &count, lang);
        };
        fill(
            text::TAKEAWAY.get(lang),
            &[
                ("total", &format::number(crimes.total, lang)),
                (
                    "age",
                    &top.first().map(|p| p.label.clone()).unwrap_or_default(),
                ),
                ("age_count", &count),
            ],
        )
    }

    fn data(&self) -> Option<crate::userdata::json::Json> {
        Some(data::write(self))
    }

    fn table(&self, lang: Lang) -> DataTable {
        let mut rows = Vec::new();
        for g in &self.groups {
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
        }
        if let Some(c) = &self.crimes {
            rows.push(
                Row::new(vec![
                    Cell::text(text::CRIMES_SECTION.get(lang)),
                    Cell::text(text::ALL.get(lang)),
                    Cell::count(c.total),
                ])
                .from(c.provenance.clone()),
            );
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

/// A newsroom's takeaway: the first group's largest (`top`, all of them if tied), as the
/// headings and labels are written.
fn own_takeaway(group: &Group, top: &[&Part], count: &str, lang: Lang) -> String {
    let heading = ("heading", group.heading.as_str());
    match top {
        [only] if group.parts.len() == 1 => fill(
            text::OWN_ONE.get(lang),
            &[heading, ("label", &only.label), ("count", count)],
        ),
        [one] => fill(
            text::OWN_TAKEAWAY.get(lang),
            &[heading, ("label", &one.label), ("count", count)],
        ),
        tied => {
            let labels: Vec<String> = tied
                .iter()
                .map(|p| fill(text::OWN_QUOTED.get(lang), &[("label", &p.label)]))
                .collect();
            fill(
                text::OWN_TIED.get(lang),
                &[
                    heading,
                    ("labels", &figure_text::list_and(&labels, lang)),
                    ("count", count),
                ],
            )
        }
    }
}
