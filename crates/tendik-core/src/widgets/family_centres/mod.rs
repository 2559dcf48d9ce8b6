//! Family support centres: every count the sources give, in the sources' own
//! order, with its date where there is one and "date not given" where there is none.
//! A "more than" count is drawn open-ended, never as the exact number. A newsroom gives
//! its own counts (`data.rs`).

mod data;
#[cfg(test)]
mod tests;
pub mod text;

use super::figure_text::{
    self, day_month_as_written, num, para, period_date, qualified_count, upper_first,
};
use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::marks::{Draw, Legend, Plot, Swatch};
use crate::chart::recorder::Recorder;
use crate::chart::{nice_ticks, wrap, ChartError, Frame, Label, Mark, Painter};
use crate::dataset::{breakdowns, conflicts, expect};
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Date, Figure, Lang, Qualifier, Seed, Topic, Unit};

pub static SPEC: Spec = Spec {
    name: "family-centres",
    topic: Topic::Violence,
    embedded: |lang| Box::new(FamilyCentres::embedded(lang)),
    read: Some(|tree, cx| Ok(Box::new(data::read(tree, cx)?))),
};

/// A part of a count (the centres in cities, in rural areas), drawn as a bar segment.
#[derive(Clone, Debug, PartialEq)]
pub struct Part {
    /// "55 in cities".
    pub text: String,
    /// Its name in the legend: "In cities".
    pub key: String,
    pub value: f64,
}

/// One count as one source gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct Count {
    /// "June 2024", "1 July, year not given", "date not given".
    pub when: String,
    /// Whether the source gives any date (a day and month without a year counts).
    pub dated: bool,
    /// The date as data, when the source gives one with its year.
    pub date: Option<Date>,
    /// "news report", "CEDAW replies, para. 2 (b)".
    pub source: String,
    pub value: f64,
    /// The count as the source qualifies it: "128", "more than 100".
    pub value_text: String,
    pub qualifier: Qualifier,
    /// "More than": the bar stops at `value` and an arrow says there are more.
    pub lower_bound: bool,
    pub parts: Vec<Part>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FamilyCentres {
    /// In the sources' order: the news report, then the CEDAW replies by paragraph.
    pub counts: Vec<Count>,
    pub common: Common,
}

const TOP: f64 = 6.0;
const LINE: f64 = 17.0;
const BAR: f64 = 18.0;
const GAP: f64 = 14.0;
const AXIS: f64 = 24.0;
const PAD_RIGHT: f64 = 12.0;
/// How far past its end the arrow of an open-ended ("more than") bar reaches.
const ARROW: f64 = 30.0;

/// Figures in the order the rows show them: the news report, then CEDAW by paragraph.
const FIGURES: [&str; 6] = [
    "family-support-centres-june-2024",
    "family-support-centres-news",
    "family-support-centres-2b",
    "family-support-centres-july",
    "family-support-centres-9ij",
    "family-support-centres-11f",
];

fn source_of(f: &Figure, lang: Lang) -> String {
    match f.seed {
        Seed::CedawReplies => fill(text::CEDAW.get(lang), &[("para", &para(f, lang))]),
        _ => text::NEWS.get(lang).to_string(),
    }
}

fn when_of(f: &Figure, lang: Lang) -> (String, bool) {
    if let Some(d) = period_date(f) {
        return (format::date(&d, lang), true);
    }
    if let Some((month, day)) = day_month_as_written(f) {
        let day_month = format::day_month(month, day, lang);
        return (
            fill(text::YEAR_NOT_GIVEN.get(lang), &[("day_month", &day_month)]),
            true,
        );
    }
    (text::DATE_NOT_GIVEN.get(lang).to_string(), false)
}

/// What a "more than" count's arrow means.
fn more_note(value_text: &str, value: f64, lang: Lang) -> String {
    fill(
        text::MORE_NOTE.get(lang),
        &[
            ("more", &upper_first(value_text)),
            ("n", &format::number(value, lang)),
        ],
    )
}

impl FamilyCentres {
    /// The names of the parts, in the legend and the table's columns: the first count's
    /// with parts (a newsroom's counts all name theirs alike).
    fn part_keys(&self) -> Vec<&str> {
        self.counts
            .iter()
            .find(|c| !c.parts.is_empty())
            .map(|c| c.parts.iter().map(|p| p.key.as_str()).collect())
            .unwrap_or_default()
    }

    /// Colour tells the parts of a count apart, so a legend names them (none without parts).
    fn legend(&self, frame: &Frame) -> Legend {
        let pal = frame.palette();
        Legend {
            items: self
                .part_keys()
                .into_iter()
                .zip([pal.group_a, pal.group_b])
                .map(|(key, colour)| (Swatch::Fill(colour), key.to_string()))
                .collect(),
            top: TOP,
        }
    }

    pub fn embedded(lang: Lang) -> Self {
        let figures: Vec<&'static Figure> = FIGURES.iter().map(|id| expect(id)).collect();
        let by_area = breakdowns()
            .iter()
            .find(|b| b.id == "family-support-centres-by-area")
            .expect("breakdown family-support-centres-by-area");
        let mut provenance = Vec::new();
        let counts: Vec<Count> = figures
            .iter()
            .map(|f| {
                let (when, dated) = when_of(f, lang);
                let parts: Vec<&Figure> = if by_area.total == f.id {
                    by_area.parts.iter().map(|id| expect(id)).collect()
                } else {
                    Vec::new()
                };
                let mut behind = vec![*f];
                behind.extend(parts.iter().copied());
                provenance.push(Provenance::of(&behind, lang));
                Count {
                    when,
                    dated,
                    date: period_date(f),
                    source: source_of(f, lang),
                    value: num(f),
                    value_text: qualified_count(f, lang),
                    qualifier: f.qualifier,
                    lower_bound: matches!(f.qualifier, Qualifier::MoreThan | Qualifier::AtLeast),
                    parts: parts
                        .iter()
                        .enumerate()
                        .map(|(i, p)| {
                            let (template, key) = if i == 0 {
                                (text::IN_CITIES, text::CITIES_KEY)
                            } else {
                                (text::IN_RURAL, text::RURAL_KEY)
                            };
                            Part {
                                key: key.get(lang).to_string(),
                                text: fill(
                                    template.get(lang),
                                    &[("n", &format::number(num(p), lang))],
                                ),
                                value: num(p),
                            }
                        })
                        .collect(),
                }
            })
            .collect();

        let mut notes = Vec::new();
        let july = expect("family-support-centres-july");
        if let Some((month, day)) = day_month_as_written(july) {
            notes.push(fill(
                text::ORDER_NOTE.get(lang),
                &[("day_month", &format::day_month(month, day, lang))],
            ));
        }
        for f in figures
            .iter()
            .filter(|f| f.qualifier == Qualifier::MoreThan)
        {
            notes.push(more_note(&qualified_count(f, lang), num(f), lang));
        }
        if let Some(c) = conflicts()
            .iter()
            .find(|c| c.id == "family-support-centres-count")
        {
            notes.push(c.note.get(lang).to_string());
        }
        let mut cited = figures.clone();
        cited.extend(by_area.parts.iter().map(|id| expect(id)));
        FamilyCentres {
            counts,
            common: Common::embedded(&cited, notes, provenance, lang),
        }
    }

    /// The count with its parts: "136 (55 in cities, 81 in rural areas)".
    fn value_with_parts(count: &Count) -> String {
        if count.parts.is_empty() {
            count.value_text.clone()
        } else {
            let parts: Vec<&str> = count.parts.iter().map(|p| p.text.as_str()).collect();
            format!("{} ({})", count.value_text, parts.join(", "))
        }
    }

    /// "June 2024 — news report: 33"; the row starts with a capital letter.
    fn row_text(count: &Count) -> String {
        // Through `fill`, so a newsroom's right-to-left words stay apart from the figures.
        fill(
            "{when} — {source}: {value}",
            &[
                ("when", &upper_first(&count.when)),
                ("source", &count.source),
                ("value", &Self::value_with_parts(count)),
            ],
        )
    }

    fn lines(count: &Count, frame: &Frame) -> Vec<String> {
        wrap(&Self::row_text(count), frame.font_size(), frame.width - 4.0)
    }
}

impl Chart for FamilyCentres {
    fn common(&self) -> &Common {
        &self.common
    }

    fn default_title(&self, lang: Lang) -> String {
        match self.common.is_embedded() {
            true => text::TITLE.get(lang),
            false => text::OWN_TITLE.get(lang),
        }
        .to_string()
    }

    fn data(&self) -> Option<crate::userdata::json::Json> {
        Some(data::write(self))
    }

    fn takeaway(&self, lang: Lang) -> String {
        if !self.common.is_embedded() {
            return data::takeaway(self, lang);
        }
        let dated: Vec<&Count> = self.counts.iter().filter(|c| c.dated).collect();
        let others: Vec<String> = self
            .counts
            .iter()
            .filter(|c| !c.dated)
            .map(|c| c.value_text.clone())
            .collect();
        let detail = |c: &Count| {
            if c.parts.is_empty() {
                c.source.clone()
            } else {
                let parts: Vec<&str> = c.parts.iter().map(|p| p.text.as_str()).collect();
                format!("{}; {}", c.source, parts.join(", "))
            }
        };
        match (dated.first(), dated.last()) {
            (Some(first), Some(last)) => fill(
                text::TAKEAWAY.get(lang),
                &[
                    ("first", &first.value_text),
                    ("first_date", &first.when),
                    ("first_source", &detail(first)),
                    ("last", &last.value_text),
                    ("last_date", &last.when),
                    ("last_source", &detail(last)),
                    ("others", &figure_text::list_and(&others, lang)),
                ],
            ),
            _ => String::new(),
        }
    }

    /// A row per count; its parts, where the source gives them, in their own columns.
    fn table(&self, lang: Lang) -> DataTable {
        let keys = self.part_keys();
        let mut columns = vec![
            i18n::WHEN_COLUMN.get(lang).to_string(),
            text::REPORTED_IN_COLUMN.get(lang).to_string(),
            text::COUNT_COLUMN.get(lang).to_string(),
        ];
        columns.extend(keys.iter().map(|k| k.to_string()));
        let rows = self
            .counts
            .iter()
            .map(|c| {
                let mut cells = vec![
                    c.date.map_or_else(|| Cell::text(&c.when), Cell::Date),
                    Cell::text(&c.source),
                    Cell::Figure {
                        value: c.value,
                        unit: Unit::Count,
                        qualifier: c.qualifier,
                    },
                ];
                cells.extend((0..keys.len()).map(|i| {
                    c.parts
                        .get(i)
                        .map_or_else(|| Cell::text(""), |p| Cell::count(p.value))
                }));
                Row::new(cells)
            })
            .collect();
        DataTable::new(columns, rows)
    }

    fn height(&self, frame: &Frame) -> f64 {
        let rows: f64 = self
            .counts
            .iter()
            .map(|c| Self::lines(c, frame).len() as f64 * LINE + BAR + GAP)
            .sum();
        TOP + self.legend(frame).height(frame) + rows + AXIS
    }

    fn draw(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        let pal = frame.palette();
        let size = frame.font_size();
        let mut p = Painter::new(db, frame.scale);
        p.fill(pal.background)?;

        // An open-ended count needs room past its end for the arrow that says "more".
        let reach = |c: &Count| c.value * if c.lower_bound { 1.2 } else { 1.0 };
        let max = self.counts.iter().map(reach).fold(0.0, f64::max);
        let ticks = nice_ticks(max, 4);
        let (x0, x1) = (2.0, frame.width - PAD_RIGHT);
        let x = |v: f64| x0 + (x1 - x0) * (v / ticks.max).clamp(0.0, 1.0);

        let legend = self.legend(frame);
        let legend_height = legend.height(frame);
        legend.draw(&mut Plot::new(&mut p, frame, TOP + legend_height))?;

        let mut marks = Vec::new();
        let mut y = TOP + legend_height;
        for count in &self.counts {
            // The mark is the whole row, its words too: the tooltip above it hides neither.
            let row_top = y;
            for line in Self::lines(count, frame) {
                p.text(&line, x0, y + LINE / 2.0, Label::new(size, pal.text))?;
                y += LINE;
            }
            p.rect(x0, y, x1, y + BAR, pal.gap)?;
            if count.parts.is_empty() {
                p.rect(x0, y, x(count.value).max(x0 + 2.0), y + BAR, pal.quantity)?;
            } else {
                // Parts side by side, in the order the row text names them.
                let mut start = 0.0;
                for (i, part) in count.parts.iter().enumerate() {
                    let colour = if i % 2 == 0 { pal.group_a } else { pal.group_b };
                    let (a, b) = (x(start), x(start + part.value));
                    p.rect(a, y, b, y + BAR, colour)?;
                    if i > 0 {
                        p.line((a, y), (a, y + BAR), pal.background, 2.0)?;
                    }
                    start += part.value;
                }
            }
            if count.lower_bound {
                // Open-ended: the known minimum, then an arrow into the unknown.
                let (from, to) = (x(count.value), (x(count.value) + ARROW).min(x1));
                let mid = y + BAR / 2.0;
                p.dashed((from, mid), (to, mid), pal.quantity, 2.0, 3.0)?;
                p.line((to, mid), (to - 7.0, mid - 6.0), pal.quantity, 2.0)?;
                p.line((to, mid), (to - 7.0, mid + 6.0), pal.quantity, 2.0)?;
            }
            marks.push(Mark::new(
                Self::row_text(count),
                (x0, row_top),
                (x1, y + BAR),
            ));
            y += BAR + GAP;
        }

        let bottom = y - GAP;
        let axis_y = bottom + AXIS / 2.0 + 2.0;
        for v in ticks.values() {
            let tx = x(v);
            p.line((tx, bottom + 2.0), (tx, bottom + 6.0), pal.axis, 1.0)?;
            let label = Label::new(size - 1.0, pal.muted);
            let (label, tx) = if v == 0.0 {
                (label, tx)
            } else if v >= ticks.max {
                (label.right(), x1 + PAD_RIGHT - 2.0)
            } else {
                (label.centered(), tx)
            };
            p.text(
                &format::fixed(v, ticks.decimals, frame.lang),
                tx,
                axis_y,
                label,
            )?;
        }
        p.present()?;
        Ok(marks)
    }
}
