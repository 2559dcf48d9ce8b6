//! The Women, Peace and Security national action plan as a timeline: a horizontal year
//! axis, each plan as a bar over its period, each dated event as a labelled marker on its
//! own row (so no two labels can meet, however narrow the chart), then the first plan's
//! objectives as a numbered list. A newsroom gives its own plans, events and objectives
//! (`data.rs`).

mod data;
#[cfg(test)]
mod tests;
pub mod text;

use super::figure_text::{date_value, num};
use super::{Cell, Chart, Common, DataTable, Provenance, Row, Spec};
use crate::chart::recorder::Recorder;
use crate::chart::{text_width, wrap, ChartError, Frame, Label, Mark, Painter};
use crate::dataset::expect;
use crate::format;
use crate::i18n::{self, fill};
use crate::model::{Date, Figure, Lang, Topic};

pub static SPEC: Spec = Spec {
    name: "nap-timeline",
    topic: Topic::PeaceSecurity,
    embedded: |lang| Box::new(NapTimeline::embedded(lang)),
    read: Some(|tree, cx| Ok(Box::new(data::read(tree, cx)?))),
};

/// A dated event, drawn as a marker with its label beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub date: Date,
    /// "Quota Act signed".
    pub text: String,
    /// "7 February 2022: Quota Act signed".
    pub label: String,
    /// Context, not part of a plan (the quota Act): its marker is hollow, and its label
    /// says what it is. (Colour would need a legend, and women's colour means women.)
    pub context: bool,
}

/// A plan's period, drawn as a bar; `end: None` is open-ended (the source gives no end).
#[derive(Clone, Debug, PartialEq)]
pub struct Period {
    pub start: u16,
    /// Last year covered, inclusive.
    pub end: Option<u16>,
    /// As drawn: the name with its years.
    pub label: String,
    /// As a newsroom's data names it (for the embedded plans, the label).
    pub name: String,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    Event(Event),
    Period(Period),
}

#[derive(Clone, Debug, PartialEq)]
pub struct NapTimeline {
    /// In date order.
    pub items: Vec<Item>,
    /// Drawn only with objectives.
    pub objectives_head: String,
    /// In the source's order; a newsroom's data may have none.
    pub objectives: Vec<String>,
    /// When the objectives apply: "2022–2025"; may be empty for a newsroom's data.
    pub objectives_period: String,
    pub takeaway: String,
    /// Provenance: the items, then the objectives.
    pub common: Common,
}

const TOP: f64 = 4.0;
const AXIS: f64 = 24.0;
const LINE: f64 = 17.0;
const ROW_GAP: f64 = 10.0;
const BAND: f64 = 12.0;
const MARKER: f64 = 5.5;
/// Space between a marker and its label.
const LABEL_GAP: f64 = 11.0;
/// Narrowest column a label may be wrapped into beside its marker.
const MIN_SIDE: f64 = 96.0;
const OBJECTIVES_GAP: f64 = 12.0;
const NUMBER_INDENT: f64 = 20.0;
const BOLD_WIDENING: f64 = 1.1;

/// A date as a point on a continuous year axis: a year alone sits in its middle.
fn year_position(d: &Date) -> f64 {
    let year = f64::from(d.year);
    match (d.month, d.day) {
        (0, _) => year + 0.5,
        (m, 0) => year + (f64::from(m) - 0.5) / 12.0,
        (m, day) => year + ((f64::from(m) - 1.0) * 30.44 + f64::from(day) - 0.5) / 365.25,
    }
}

/// "7 February 2022: Quota Act signed", the text isolated (a newsroom's may run right to
/// left).
fn event_label(date: &Date, text: &str, lang: Lang) -> String {
    fill(
        "{date}: {text}",
        &[("date", &format::date(date, lang)), ("text", text)],
    )
}

/// Where an event's label goes: beside the marker on one side, or above it at full width.
#[derive(Clone, Debug, PartialEq)]
enum Placement {
    Right(Vec<String>),
    Left(Vec<String>),
    Above(Vec<String>),
}

impl Period {
    /// A plan whose label already gives its years.
    fn named(start: u16, end: Option<u16>, label: String) -> Self {
        Period {
            start,
            end,
            name: label.clone(),
            label,
        }
    }

    /// "2022–2025", or "from 2024" with no end year.
    pub fn years(&self, lang: Lang) -> String {
        match self.end {
            Some(end) => format!("{}–{end}", self.start),
            None => fill(
                text::OWN_FROM.get(lang),
                &[("start", &self.start.to_string())],
            ),
        }
    }
}

impl Item {
    /// Where on the year axis the item begins: what the timeline is ordered by.
    pub fn start(&self) -> f64 {
        match self {
            Item::Event(e) => year_position(&e.date),
            Item::Period(p) => f64::from(p.start),
        }
    }
}

impl NapTimeline {
    pub fn embedded(lang: Lang) -> Self {
        let published = expect("nap-published");
        let start = expect("nap-start");
        let end = expect("nap-end");
        let objectives = expect("nap-objectives");
        let first = expect("nap-activities-first");
        let updated = expect("nap-updated");
        let second_start = expect("nap-second-start");
        let second = expect("nap-activities-second");
        let signed = expect("quota-act-signed");
        let in_force = expect("quota-act-in-force");
        let quota = expect("quota-share");

        let year = |f: &Figure| date_value(f).year;
        let n = |f: &Figure| format::number(num(f), lang);
        let event = |f: &'static Figure, context: bool| {
            let d = date_value(f);
            Item::Event(Event {
                date: d,
                text: f.label.get(lang).to_string(),
                label: event_label(&d, f.label.get(lang), lang),
                context,
            })
        };
        let span = format!("{}–{}", year(start), year(end));
        let mut items: Vec<(Item, Vec<&'static Figure>)> = vec![
            (event(published, false), vec![published]),
            (
                Item::Period(Period::named(
                    year(start),
                    Some(year(end)),
                    fill(
                        text::FIRST_BAND.get(lang),
                        &[
                            ("start", &year(start).to_string()),
                            ("end", &year(end).to_string()),
                            ("objectives", &n(objectives)),
                            ("first", &n(first)),
                        ],
                    ),
                )),
                vec![start, end, objectives, first],
            ),
            (event(signed, true), vec![signed]),
            (event(in_force, true), vec![in_force]),
            (event(updated, false), vec![updated]),
            (
                Item::Period(Period::named(
                    year(second_start),
                    None,
                    fill(
                        text::SECOND_BAND.get(lang),
                        &[
                            ("start", &year(second_start).to_string()),
                            ("second", &n(second)),
                            ("first", &n(first)),
                        ],
                    ),
                )),
                vec![second_start, second, first],
            ),
        ];
        crate::order::sort_by_key(&mut items, |item| item.0.start());

        let objective_texts: Vec<String> =
            [text::OBJECTIVE_1, text::OBJECTIVE_2, text::OBJECTIVE_3]
                .iter()
                .take(num(objectives) as usize)
                .map(|t| t.get(lang).to_string())
                .collect();

        let mut notes = vec![fill(
            text::ACTIVITIES_NOTE.get(lang),
            &[
                ("first", &n(first)),
                ("second", &n(second)),
                ("objectives", &n(objectives)),
            ],
        )];
        if year(end) >= year(second_start) {
            notes.push(fill(
                text::OVERLAP_NOTE.get(lang),
                &[
                    ("start", &year(start).to_string()),
                    ("end", &year(end).to_string()),
                    ("second_start", &year(second_start).to_string()),
                ],
            ));
        }
        notes.push(text::OPEN_END_NOTE.get(lang).to_string());
        if items
            .iter()
            .any(|(i, _)| matches!(i, Item::Event(e) if e.date.month == 0))
        {
            notes.push(text::PLACEMENT_NOTE.get(lang).to_string());
        }
        notes.push(fill(
            text::QUOTA_NOTE.get(lang),
            &[("quota", &format::percent(num(quota), lang))],
        ));

        let takeaway = fill(
            text::TAKEAWAY.get(lang),
            &[
                ("start", &year(start).to_string()),
                ("end", &year(end).to_string()),
                ("objectives", &n(objectives)),
                ("first", &n(first)),
                ("updated", &year(updated).to_string()),
                ("second_start", &year(second_start).to_string()),
                ("second", &n(second)),
            ],
        );

        let mut provenance: Vec<Provenance> = items
            .iter()
            .map(|(_, figs)| Provenance::of(figs, lang))
            .collect();
        provenance.extend(
            objective_texts
                .iter()
                .map(|_| Provenance::of(&[objectives], lang)),
        );
        NapTimeline {
            items: items.into_iter().map(|(i, _)| i).collect(),
            objectives_head: fill(text::OBJECTIVES_HEAD.get(lang), &[("n", &n(objectives))]),
            objectives: objective_texts,
            objectives_period: span,
            takeaway,
            common: Common::embedded(
                &[
                    published,
                    start,
                    end,
                    objectives,
                    updated,
                    second_start,
                    first,
                    second,
                    signed,
                    in_force,
                    quota,
                ],
                notes,
                provenance,
                lang,
            ),
        }
    }

    /// "Objective 1: Women's and men's participation…".
    fn objective_row(&self, k: usize, lang: Lang) -> String {
        fill(
            text::OBJECTIVE_ROW.get(lang),
            &[("n", &(k + 1).to_string()), ("text", &self.objectives[k])],
        )
    }

    fn when(item: &Item, lang: Lang) -> String {
        match item {
            Item::Event(e) => format::date(&e.date, lang),
            Item::Period(p) => match p.end {
                Some(end) => format!("{}–{end}", p.start),
                None => format!("{}–", p.start),
            },
        }
    }

    /// First year on the axis and the year boundary it ends at.
    fn span(&self) -> (u16, u16) {
        let years = self.items.iter().flat_map(|i| match i {
            Item::Event(e) => vec![e.date.year],
            Item::Period(p) => vec![p.start, p.end.unwrap_or(p.start)],
        });
        let (lo, hi) = years.fold((u16::MAX, 0), |(lo, hi), y| (lo.min(y), hi.max(y)));
        if lo > hi {
            (2000, 2001)
        } else {
            (lo, hi + 1)
        }
    }

    fn bounds(frame: &Frame) -> (f64, f64) {
        (4.0, frame.width - 8.0)
    }

    fn x_of(&self, frame: &Frame, t: f64) -> f64 {
        let (x0, x1) = Self::bounds(frame);
        let (lo, hi) = self.span();
        x0 + (x1 - x0) * (t - f64::from(lo)) / f64::from(hi - lo)
    }

    fn placement(&self, event: &Event, frame: &Frame) -> Placement {
        let (x0, x1) = Self::bounds(frame);
        let size = frame.font_size();
        let xm = self.x_of(frame, year_position(&event.date));
        let right = x1 - (xm + LABEL_GAP);
        let left = (xm - LABEL_GAP) - x0;
        let width = text_width(&event.label, size);
        if width <= right {
            Placement::Right(vec![event.label.clone()])
        } else if width <= left {
            Placement::Left(vec![event.label.clone()])
        } else if right >= left && right >= MIN_SIDE {
            Placement::Right(wrap(&event.label, size, right))
        } else if left >= MIN_SIDE {
            Placement::Left(wrap(&event.label, size, left))
        } else {
            Placement::Above(wrap(&event.label, size, x1 - x0))
        }
    }

    fn period_lines(period: &Period, frame: &Frame) -> Vec<String> {
        let (x0, x1) = Self::bounds(frame);
        wrap(&period.label, frame.font_size() * BOLD_WIDENING, x1 - x0)
    }

    fn item_height(&self, item: &Item, frame: &Frame) -> f64 {
        match item {
            Item::Event(e) => match self.placement(e, frame) {
                Placement::Right(l) | Placement::Left(l) => l.len() as f64 * LINE,
                Placement::Above(l) => l.len() as f64 * LINE + 2.0 * MARKER + 4.0,
            },
            Item::Period(p) => Self::period_lines(p, frame).len() as f64 * LINE + BAND + 2.0,
        }
    }

    fn objective_lines(&self, text: &str, frame: &Frame) -> Vec<String> {
        let (x0, x1) = Self::bounds(frame);
        wrap(text, frame.font_size(), x1 - x0 - NUMBER_INDENT)
    }

    fn head_lines(&self, frame: &Frame) -> Vec<String> {
        let (x0, x1) = Self::bounds(frame);
        wrap(
            &self.objectives_head,
            frame.font_size() * BOLD_WIDENING,
            x1 - x0,
        )
    }

    fn timeline_height(&self, frame: &Frame) -> f64 {
        TOP + AXIS
            + ROW_GAP
            + self
                .items
                .iter()
                .map(|i| self.item_height(i, frame) + ROW_GAP)
                .sum::<f64>()
    }
}

impl Chart for NapTimeline {
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

    fn takeaway(&self, _: Lang) -> String {
        self.takeaway.clone()
    }

    fn data(&self) -> Option<crate::userdata::json::Json> {
        Some(data::write(self))
    }

    fn table(&self, lang: Lang) -> DataTable {
        let mut rows: Vec<Row> = self
            .items
            .iter()
            .map(|i| {
                let (when, text) = match i {
                    Item::Event(e) => (Cell::Date(e.date), &e.text),
                    Item::Period(p) => (Cell::text(Self::when(i, lang)), &p.label),
                };
                Row::new(vec![when, Cell::text(text)])
            })
            .collect();
        rows.extend((0..self.objectives.len()).map(|k| {
            Row::new(vec![
                Cell::text(&self.objectives_period),
                Cell::text(self.objective_row(k, lang)),
            ])
        }));
        DataTable::new(
            vec![
                i18n::WHEN_COLUMN.get(lang).to_string(),
                text::EVENT_COLUMN.get(lang).to_string(),
            ],
            rows,
        )
    }

    fn height(&self, frame: &Frame) -> f64 {
        if self.objectives.is_empty() {
            return self.timeline_height(frame);
        }
        let objectives: f64 = self
            .objectives
            .iter()
            .map(|o| self.objective_lines(o, frame).len() as f64 * LINE + 4.0)
            .sum();
        self.timeline_height(frame)
            + OBJECTIVES_GAP
            + self.head_lines(frame).len() as f64 * LINE
            + 4.0
            + objectives
            + 6.0
    }

    fn draw(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        let pal = frame.palette();
        let size = frame.font_size();
        let mut p = Painter::new(db, frame.scale);
        p.fill(pal.background)?;
        let (x0, x1) = Self::bounds(frame);
        let (lo, hi) = self.span();
        let x = |t: f64| self.x_of(frame, t);
        let grid_bottom = self.timeline_height(frame) - ROW_GAP / 2.0;

        // Year axis: a label in the middle of each year, boundaries running down as a grid.
        let axis_y = TOP + AXIS;
        let year_w = (x1 - x0) / f64::from(hi - lo);
        // Label every year, or every 2nd, 5th, 10th… year: as often as labels fit apart.
        let label_w = text_width("0000", size - 1.0) + 6.0;
        let every = [1, 2, 5, 10, 20, 50]
            .into_iter()
            .find(|&n| f64::from(n) * year_w >= label_w)
            .unwrap_or(100);
        for year in lo..=hi {
            let bx = x(f64::from(year));
            p.line((bx, axis_y - 5.0), (bx, grid_bottom), pal.grid, 1.0)?;
            p.line((bx, axis_y - 5.0), (bx, axis_y), pal.axis, 1.0)?;
            // Past every 2nd year, on round years (2020, 2025), not counted from the first.
            let labelled = match every {
                1 | 2 => (year - lo) % every == 0,
                _ => year % every == 0,
            };
            if year < hi && labelled {
                p.text(
                    &year.to_string(),
                    x(f64::from(year) + 0.5),
                    TOP + AXIS / 2.0 - 2.0,
                    Label::new(size - 1.0, pal.muted).centered(),
                )?;
            }
        }
        p.line((x0, axis_y), (x1, axis_y), pal.axis, 1.0)?;

        let mut marks = Vec::new();
        let mut y = axis_y + ROW_GAP;
        for item in &self.items {
            let h = self.item_height(item, frame);
            match item {
                Item::Event(e) => {
                    let xm = x(year_position(&e.date));
                    let placement = self.placement(e, frame);
                    let marker_y = match &placement {
                        Placement::Above(lines) => y + lines.len() as f64 * LINE + MARKER + 2.0,
                        _ => y + LINE / 2.0,
                    };
                    match &placement {
                        Placement::Right(lines) => {
                            for (k, line) in lines.iter().enumerate() {
                                p.text_on(
                                    line,
                                    xm + LABEL_GAP,
                                    y + LINE / 2.0 + k as f64 * LINE,
                                    Label::new(size, pal.text),
                                    pal.background,
                                )?;
                            }
                        }
                        Placement::Left(lines) => {
                            for (k, line) in lines.iter().enumerate() {
                                p.text_on(
                                    line,
                                    xm - LABEL_GAP,
                                    y + LINE / 2.0 + k as f64 * LINE,
                                    Label::new(size, pal.text).right(),
                                    pal.background,
                                )?;
                            }
                        }
                        Placement::Above(lines) => {
                            let w = lines
                                .iter()
                                .map(|l| text_width(l, size))
                                .fold(0.0, f64::max);
                            let lx = (xm - w / 2.0).clamp(x0, (x1 - w).max(x0));
                            for (k, line) in lines.iter().enumerate() {
                                p.text_on(
                                    line,
                                    lx,
                                    y + LINE / 2.0 + k as f64 * LINE,
                                    Label::new(size, pal.text),
                                    pal.background,
                                )?;
                            }
                        }
                    }
                    // Filled for the plan's events, hollow for the quota Act; the outer
                    // ring in the background colour sets either apart from lines behind it.
                    p.circle((xm, marker_y), MARKER, pal.quantity, true, 1.0)?;
                    if e.context {
                        p.circle((xm, marker_y), MARKER - 2.5, pal.background, true, 1.0)?;
                    }
                    p.circle((xm, marker_y), MARKER, pal.background, false, 1.5)?;
                    marks.push(Mark::new(e.label.clone(), (x0, y), (x1, y + h)));
                }
                Item::Period(period) => {
                    let lines = Self::period_lines(period, frame);
                    let w = lines
                        .iter()
                        .map(|l| text_width(l, size) * BOLD_WIDENING)
                        .fold(0.0, f64::max);
                    let bx0 = x(f64::from(period.start));
                    let lx = bx0.clamp(x0, (x1 - w).max(x0));
                    for (k, line) in lines.iter().enumerate() {
                        p.text_on(
                            line,
                            lx,
                            y + LINE / 2.0 + k as f64 * LINE,
                            Label::new(size, pal.text).bold(),
                            pal.background,
                        )?;
                    }
                    let by = y + lines.len() as f64 * LINE + 2.0;
                    match period.end {
                        Some(end) => {
                            let bx1 = x(f64::from(end) + 1.0);
                            p.rect(bx0, by, bx1, by + BAND, pal.quantity)?;
                        }
                        None => {
                            // Open-ended: solid up to the axis' end, then an arrow.
                            let tip = x1 + 4.0;
                            p.rect(bx0, by, tip - 8.0, by + BAND, pal.quantity)?;
                            let mid = by + BAND / 2.0;
                            p.line((tip - 8.0, by - 3.0), (tip, mid), pal.quantity, 2.0)?;
                            p.line((tip - 8.0, by + BAND + 3.0), (tip, mid), pal.quantity, 2.0)?;
                            p.line(
                                (tip - 8.0, by - 3.0),
                                (tip - 8.0, by + BAND + 3.0),
                                pal.quantity,
                                2.0,
                            )?;
                        }
                    }
                    marks.push(Mark::new(period.label.clone(), (x0, y), (x1, y + h)));
                }
            }
            y += h + ROW_GAP;
        }

        if self.objectives.is_empty() {
            p.present()?;
            return Ok(marks);
        }
        // The first plan's objectives, numbered.
        y = self.timeline_height(frame) + OBJECTIVES_GAP;
        // The first objective's mark takes the heading too, which its tooltip must not hide.
        let heading_top = y;
        for line in self.head_lines(frame) {
            p.text(&line, x0, y + LINE / 2.0, Label::new(size, pal.text).bold())?;
            y += LINE;
        }
        y += 4.0;
        for (k, objective) in self.objectives.iter().enumerate() {
            let lines = self.objective_lines(objective, frame);
            let top = if k == 0 { heading_top } else { y };
            p.text(
                &format!("{}.", k + 1),
                x0,
                y + LINE / 2.0,
                Label::new(size, pal.text).bold(),
            )?;
            for line in &lines {
                p.text(
                    line,
                    x0 + NUMBER_INDENT,
                    y + LINE / 2.0,
                    Label::new(size, pal.text),
                )?;
                y += LINE;
            }
            marks.push(Mark::new(
                self.objective_row(k, frame.lang),
                (x0, top),
                (x1, y),
            ));
            y += 4.0;
        }
        p.present()?;
        Ok(marks)
    }
}
