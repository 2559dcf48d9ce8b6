//! The widgets as plain data: what each shows (title, takeaway, notes, source, data table)
//! and how it is drawn. The Leptos layer only puts this on the page.

pub mod export;
pub mod peacekeeping;
pub mod quota_gauge;
pub mod violence_trend;

use serde::Serialize;

use crate::chart::{ChartError, Frame, Mark};
use crate::i18n::{self, fill};
use crate::model::{Figure, Lang};
use plotters_backend::DrawingBackend;

/// The widgets an embed can ask for by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum WidgetKind {
    QuotaGauge,
    ViolenceTrend,
    Peacekeeping,
}

impl WidgetKind {
    pub const ALL: [WidgetKind; 3] = [
        WidgetKind::QuotaGauge,
        WidgetKind::ViolenceTrend,
        WidgetKind::Peacekeeping,
    ];

    pub fn name(self) -> &'static str {
        match self {
            WidgetKind::QuotaGauge => "quota-gauge",
            WidgetKind::ViolenceTrend => "violence-trend",
            WidgetKind::Peacekeeping => "peacekeeping",
        }
    }

    pub fn from_name(name: &str) -> Option<WidgetKind> {
        WidgetKind::ALL
            .into_iter()
            .find(|k| k.name() == name.trim())
    }

    /// "quota-gauge, violence-trend, peacekeeping", for error messages.
    pub fn known_names() -> String {
        WidgetKind::ALL.map(WidgetKind::name).join(", ")
    }

    /// The widget on the embedded dataset.
    pub fn embedded(self, lang: Lang) -> Widget {
        match self {
            WidgetKind::QuotaGauge => Widget::QuotaGauge(quota_gauge::QuotaGauge::embedded(lang)),
            WidgetKind::ViolenceTrend => {
                Widget::ViolenceTrend(violence_trend::ViolenceTrend::embedded(lang))
            }
            WidgetKind::Peacekeeping => {
                Widget::Peacekeeping(peacekeeping::Peacekeeping::embedded(lang))
            }
        }
    }
}

/// A widget with its data, ready to describe and draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Widget {
    QuotaGauge(quota_gauge::QuotaGauge),
    ViolenceTrend(violence_trend::ViolenceTrend),
    Peacekeeping(peacekeeping::Peacekeeping),
}

impl Widget {
    pub fn kind(&self) -> WidgetKind {
        match self {
            Widget::QuotaGauge(_) => WidgetKind::QuotaGauge,
            Widget::ViolenceTrend(_) => WidgetKind::ViolenceTrend,
            Widget::Peacekeeping(_) => WidgetKind::Peacekeeping,
        }
    }

    pub fn content(&self, lang: Lang) -> Content {
        match self {
            Widget::QuotaGauge(w) => w.content(lang),
            Widget::ViolenceTrend(w) => w.content(lang),
            Widget::Peacekeeping(w) => w.content(lang),
        }
    }

    /// Chart height in CSS pixels for a frame of this width.
    pub fn height(&self, frame: &Frame) -> f64 {
        match self {
            Widget::QuotaGauge(w) => w.height(frame),
            Widget::ViolenceTrend(w) => w.height(frame),
            Widget::Peacekeeping(w) => w.height(frame),
        }
    }

    /// Draws the chart and returns its data marks, in reading order.
    pub fn draw<DB: DrawingBackend>(
        &self,
        db: &mut DB,
        frame: &Frame,
    ) -> Result<Vec<Mark>, ChartError> {
        match self {
            Widget::QuotaGauge(w) => w.draw(db, frame),
            Widget::ViolenceTrend(w) => w.draw(db, frame),
            Widget::Peacekeeping(w) => w.draw(db, frame),
        }
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
    pub rows: Vec<Vec<String>>,
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
            location: locations.join("; "),
            figures: figures.iter().map(|f| f.id).collect(),
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
        .map(|(seed, locs)| format!("{} ({})", seed.title().get(lang), locs.join("; ")))
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
