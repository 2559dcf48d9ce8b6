//! The widgets as plain data: what each shows (title, takeaway, notes, source, data table)
//! and how it is drawn. The Leptos layer only puts this on the page.
//!
//! Every widget is one folder, `widgets/<name>/`: its data and drawing (`mod.rs`), its
//! strings (`text.rs`), its reader of a newsroom's JSON (`data.rs`) and its tests
//! (`tests.rs`). It implements [`Chart`] and is registered once, in [`registry`]; the
//! names, the dashboard, the embed layer, newsroom data, static renders and the tests that
//! cover every widget all read that one table. `docs/adding-a-widget.md` walks through it.

mod bar_groups;
pub mod business;
pub mod crime_victims;
pub mod crisis_centres;
pub mod export;
pub mod family_centres;
mod figure_text;
pub mod institutions;
#[cfg(all(feature = "lazy", target_family = "wasm"))]
pub mod lazy;
pub mod nap_timeline;
#[cfg(test)]
mod optional_fields;
pub mod peacekeeping;
pub mod quota_gauge;
mod registry;
pub mod researchers;
mod table;
pub mod targets_2030;
#[cfg(test)]
mod tests;
pub mod violence_trend;

use std::any::Any;
use std::fmt;
use std::sync::Arc;

use serde::Serialize;

use crate::chart::recorder::Recorder;
use crate::chart::{ChartError, Frame, Mark};
use crate::i18n::{self, fill};
use crate::model::{Figure, Lang, Topic};
use crate::userdata::{json::Json, DataError};
use plotters_backend::DrawingBackend;

pub use registry::REGISTRY;
pub use table::{Cell, DataTable, Row};

/// Reads a newsroom's JSON into a widget, or says what is wrong.
pub type Reader = fn(&Json, &crate::userdata::Ctx) -> Result<Box<dyn Chart>, DataError>;

/// What a widget is, for the registry: one entry per widget in [`REGISTRY`].
pub struct Spec {
    /// The name embeds ask for: `<tendik-widget name="quota-gauge">`.
    pub name: &'static str,
    /// The dashboard section it appears in.
    pub topic: Topic,
    /// The widget on the embedded dataset.
    pub embedded: fn(Lang) -> Box<dyn Chart>,
    /// The widget on a newsroom's own figures (`docs/user-data.md` documents each schema);
    /// `None` for a widget that shows only the embedded dataset.
    pub read: Option<Reader>,
}

/// What every widget implements. The shared fields live in [`Common`]; the rest is the
/// widget's own: its wording, its table, and its marks.
pub trait Chart: Any + Send + Sync {
    /// The title, notes, source line and provenance every widget carries.
    fn common(&self) -> &Common;

    /// The title when the data brings none of its own.
    fn default_title(&self, lang: Lang) -> String;

    /// The one sentence a reader should take away.
    fn takeaway(&self, lang: Lang) -> String;

    /// The figures behind the chart, one row per figure or part.
    fn table(&self, lang: Lang) -> DataTable;

    /// Chart height in CSS pixels for a frame of this width.
    fn height(&self, frame: &Frame) -> f64;

    /// Draws the chart and returns its data marks, in reading order.
    fn draw(&self, canvas: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError>;

    /// A short ASCII tag for file names ("2022-2024"), when the data has one.
    fn file_tag(&self) -> Option<String> {
        None
    }

    /// The figures as a newsroom's JSON (docs/user-data.md), which [`Spec::read`] reads
    /// back to the same chart; `None` for a widget that takes no data.
    fn data(&self) -> Option<Json> {
        None
    }
}

/// The fields every widget has, whatever it draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Common {
    /// A newsroom's own title; `None` uses [`Chart::default_title`].
    pub title: Option<String>,
    /// Caveats the reader must not miss (shared quota, missing years, assumed baselines).
    pub notes: Vec<String>,
    /// "Source: …" naming the document(s).
    pub source: String,
    /// Where each table row comes from, parallel to the rows. Empty for a newsroom's own
    /// data, whose source line covers every row.
    pub provenance: Vec<Provenance>,
    /// How many of `notes`, from the first, are the data's own; the widget added the rest.
    /// A JSON download carries only these: the widget's own are added again when it is
    /// read, and the embedded data's are true of that data alone.
    pub data_notes: usize,
    /// Set by [`Common::embedded`] only.
    embedded: bool,
}

impl Common {
    /// For the embedded dataset: the source line names the documents of `cited`, in order
    /// of first use, and each table row comes from its `provenance` entry.
    pub fn embedded(
        cited: &[&Figure],
        notes: Vec<String>,
        provenance: Vec<Provenance>,
        lang: Lang,
    ) -> Self {
        Common {
            title: None,
            notes,
            source: source_line(cited, lang),
            provenance,
            data_notes: 0,
            embedded: true,
        }
    }

    /// For a newsroom's data: no provenance (its source line covers every row), and the
    /// first `data_notes` of `notes` its own, the rest the widget's.
    pub fn newsroom(
        title: Option<String>,
        source: String,
        notes: Vec<String>,
        data_notes: usize,
    ) -> Self {
        Common {
            title,
            notes,
            source,
            provenance: Vec::new(),
            data_notes,
            embedded: false,
        }
    }

    /// Whether the figures are the embedded dataset's, not a newsroom's own: only then may
    /// a sentence name Kazakhstan, a year or a document.
    pub fn is_embedded(&self) -> bool {
        self.embedded
    }
}

/// The widgets an embed can ask for by name: an entry of [`REGISTRY`], by its index.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct WidgetKind(u8);

impl fmt::Debug for WidgetKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for WidgetKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl WidgetKind {
    /// The widget `spec` describes (`WidgetKind::of(&quota_gauge::SPEC)`); a spec that is
    /// not in the registry does not compile where this is a constant.
    pub const fn of(spec: &'static Spec) -> Self {
        let mut i = 0;
        while i < registry::COUNT {
            if same_str(registry::NAMES[i], spec.name) {
                return WidgetKind(i as u8);
            }
            i += 1;
        }
        panic!("a widget spec not in the registry")
    }

    /// Every registered widget, in the registry's order.
    pub fn all() -> impl Iterator<Item = WidgetKind> + Clone {
        (0..registry::COUNT as u8).map(WidgetKind)
    }

    /// Its place in [`REGISTRY`].
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    pub fn name(self) -> &'static str {
        registry::NAMES[self.index()]
    }

    pub fn topic(self) -> Topic {
        registry::TOPICS[self.index()]
    }

    /// Whether it draws a newsroom's own figures (its spec has a reader).
    pub fn takes_data(self) -> bool {
        registry::TAKES_DATA[self.index()]
    }

    /// The lazily loaded chunk its code is in, in a split bundle (docs/lazy-chunks.md).
    pub fn chunk(self) -> &'static str {
        registry::CHUNKS[self.index()]
    }

    /// Its static page in `lang`, relative to the site root: `chart/<widget>/<lang>/`
    /// (written by `tendik-render --site`, docs/pages.md).
    pub fn page_path(self, lang: Lang) -> String {
        format!("chart/{}/{}/", self.name(), lang.tag())
    }

    pub fn from_name(name: &str) -> Option<WidgetKind> {
        let name = name.trim();
        WidgetKind::all().find(|k| k.name() == name)
    }

    /// "quota-gauge, violence-trend, peacekeeping", for error messages.
    pub fn known_names() -> String {
        WidgetKind::all()
            .map(WidgetKind::name)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Its spec: in a split bundle, once its chunk is loaded ([`lazy::load`]).
    fn spec(self) -> &'static Spec {
        #[cfg(all(feature = "lazy", target_family = "wasm"))]
        return lazy::spec(self);
        #[cfg(not(all(feature = "lazy", target_family = "wasm")))]
        REGISTRY[self.index()]
    }

    /// The widget on the embedded dataset.
    pub fn embedded(self, lang: Lang) -> Widget {
        Widget::new(self, (self.spec().embedded)(lang))
    }

    /// The widget on a newsroom's data, already parsed as JSON.
    pub(crate) fn read(self, tree: &Json, cx: &crate::userdata::Ctx) -> Result<Widget, DataError> {
        match self.spec().read {
            Some(read) => Ok(Widget::new(self, read(tree, cx)?)),
            None => Err(crate::userdata::dataset_only(self.name(), cx.lang)),
        }
    }
}

const fn same_str(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A widget with its data, ready to describe and draw. Cheap to clone.
#[derive(Clone)]
pub struct Widget {
    kind: WidgetKind,
    chart: Arc<dyn Chart>,
}

/// Names the widget only: no chart's `Debug` code ends up in the browser's bundle.
impl fmt::Debug for Widget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Widget({})", self.kind.name())
    }
}

impl Widget {
    pub fn new(kind: WidgetKind, chart: Box<dyn Chart>) -> Self {
        Widget {
            kind,
            chart: Arc::from(chart),
        }
    }

    pub fn kind(&self) -> WidgetKind {
        self.kind
    }

    /// The widget's own data, for code and tests that know which widget it is.
    pub fn get<T: Chart>(&self) -> Option<&T> {
        let chart: &dyn Any = &*self.chart;
        chart.downcast_ref()
    }

    pub fn chart(&self) -> &dyn Chart {
        &*self.chart
    }

    /// Everything the widget says in words, in `lang`.
    pub fn content(&self, lang: Lang) -> Content {
        let chart = &*self.chart;
        let common = chart.common();
        let title = common
            .title
            .clone()
            .unwrap_or_else(|| chart.default_title(lang));
        let data = chart.table(lang);
        let sourced =
            !common.provenance.is_empty() || data.rows.iter().any(|r| r.provenance.is_some());
        let provenance = if sourced {
            data.rows
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    r.provenance
                        .clone()
                        .or_else(|| common.provenance.get(i).cloned())
                        .unwrap_or_default()
                })
                .collect()
        } else {
            Vec::new()
        };
        Content {
            table: Table {
                caption: title.clone(),
                rows: data.rows.iter().map(|r| r.display(lang)).collect(),
                columns: data.columns,
                computed: data.rows.iter().map(|r| r.computed.clone()).collect(),
                cells: data.rows.into_iter().map(|r| r.cells).collect(),
                provenance,
            },
            takeaway: chart.takeaway(lang),
            title,
            notes: common.notes.clone(),
            source: common.source.clone(),
        }
    }

    /// Chart height in CSS pixels for a frame of this width.
    pub fn height(&self, frame: &Frame) -> f64 {
        self.chart.height(frame)
    }

    /// Draws the chart and returns its data marks, in reading order.
    pub fn draw<DB: DrawingBackend>(
        &self,
        db: &mut DB,
        frame: &Frame,
    ) -> Result<Vec<Mark>, ChartError> {
        // Charts draw into a display list that is replayed onto the real backend, so each
        // chart's code is compiled once, not once per backend.
        let mut recorder = Recorder::new(db.get_size());
        let marks = self.chart.draw(&mut recorder, frame)?;
        recorder.replay(db)?;
        Ok(marks)
    }
}

/// Everything a widget says in words: shown around the chart, read by screen readers,
/// and the only thing left if the chart cannot be drawn.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Content {
    pub title: String,
    pub takeaway: String,
    /// Caveats the reader must not miss (shared quota, missing years, assumed baselines).
    pub notes: Vec<String>,
    /// "Source: …" naming the document(s).
    pub source: String,
    pub table: Table,
}

/// The data behind the chart, as a real table.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    /// Each cell as the reader sees it.
    pub rows: Vec<Vec<String>>,
    /// The same cells as data (raw numbers, dates), parallel to `rows`.
    #[serde(skip)]
    pub cells: Vec<Vec<Cell>>,
    /// How a row was computed from the source's figures (a remainder, a difference), or
    /// `None` for a row the source gives; parallel to `rows`.
    pub computed: Vec<Option<String>>,
    /// Where each row's figure comes from, parallel to `rows`. Empty for a newsroom's own
    /// data, whose source line covers every row.
    pub provenance: Vec<Provenance>,
}

/// The document and place a figure comes from, for CSV downloads and the Sources view.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Provenance {
    pub document: String,
    pub location: String,
    /// Figure ids behind the row (a row may combine several, like a remainder).
    pub figures: Vec<&'static str>,
}

impl Provenance {
    /// Where `figures` come from; several figures from one document share one entry.
    pub fn of(figures: &[&Figure], lang: Lang) -> Self {
        let mut documents: Vec<&str> = Vec::new();
        let mut locations: Vec<&str> = Vec::new();
        for f in figures {
            let doc = f.seed.title().get(lang);
            if !documents.contains(&doc) {
                documents.push(doc);
            }
            if !locations.contains(&f.location) {
                locations.push(f.location);
            }
        }
        Provenance {
            document: documents.join("; "),
            location: locations
                .iter()
                .map(|l| crate::format::location(l, lang))
                .collect::<Vec<_>>()
                .join("; "),
            figures: figures.iter().map(|f| f.id).collect(),
        }
    }

    /// A row the sources give no figure for.
    pub fn none(lang: Lang) -> Self {
        Provenance {
            document: i18n::NO_FIGURE.get(lang).to_string(),
            ..Provenance::default()
        }
    }
}

/// "Source: <document> (para. 10 (b), 10 (d))" from the figures a widget uses, in order of first use.
pub fn source_line(figures: &[&Figure], lang: Lang) -> String {
    let mut docs: Vec<(crate::model::Seed, Vec<&str>)> = Vec::new();
    for f in figures {
        match docs.iter_mut().find(|(s, _)| *s == f.seed) {
            Some((_, locs)) => {
                if !locs.contains(&f.location) {
                    locs.push(f.location);
                }
            }
            None => docs.push((f.seed, vec![f.location])),
        }
    }
    let parts: Vec<String> = docs
        .iter()
        .map(|(seed, locs)| {
            let locs: Vec<String> = locs
                .iter()
                .map(|l| crate::format::location(l, lang))
                .collect();
            format!("{} ({})", seed.title().get(lang), locs.join("; "))
        })
        .collect();
    let label = if parts.len() > 1 {
        i18n::SOURCES
    } else {
        i18n::SOURCE
    };
    fill(
        "{label}: {docs}",
        &[("label", label.get(lang)), ("docs", &parts.join(". "))],
    )
}
