//! The widgets as plain data: what each shows (title, takeaway, notes, source, data table)
//! and how it is drawn. The Leptos layer only puts this on the page.

mod bar_groups;
pub mod crime_victims;
pub mod crisis_centres;
pub mod export;
pub mod family_centres;
mod figure_text;
pub mod institutions;
#[cfg(all(feature = "lazy", target_family = "wasm"))]
pub mod lazy;
pub mod nap_timeline;
pub mod peacekeeping;
pub mod quota_gauge;
pub mod researchers;
pub mod targets_2030;
pub mod violence_trend;

use serde::Serialize;

use crate::chart::recorder::Recorder;
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
    Institutions,
    CrimeVictims,
    CrisisCentres,
    FamilyCentres,
    Researchers,
    NapTimeline,
    #[serde(rename = "targets-2030")]
    Targets2030,
}

impl WidgetKind {
    pub const ALL: [WidgetKind; 10] = [
        WidgetKind::QuotaGauge,
        WidgetKind::ViolenceTrend,
        WidgetKind::Peacekeeping,
        WidgetKind::Institutions,
        WidgetKind::CrimeVictims,
        WidgetKind::CrisisCentres,
        WidgetKind::FamilyCentres,
        WidgetKind::Researchers,
        WidgetKind::NapTimeline,
        WidgetKind::Targets2030,
    ];

    pub fn name(self) -> &'static str {
        match self {
            WidgetKind::QuotaGauge => "quota-gauge",
            WidgetKind::ViolenceTrend => "violence-trend",
            WidgetKind::Peacekeeping => "peacekeeping",
            WidgetKind::Institutions => "institutions",
            WidgetKind::CrimeVictims => "crime-victims",
            WidgetKind::CrisisCentres => "crisis-centres",
            WidgetKind::FamilyCentres => "family-centres",
            WidgetKind::Researchers => "researchers",
            WidgetKind::NapTimeline => "nap-timeline",
            WidgetKind::Targets2030 => "targets-2030",
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
        #[cfg(all(feature = "lazy", target_family = "wasm"))]
        return (lazy::code(self).embedded)(lang);
        #[cfg(not(all(feature = "lazy", target_family = "wasm")))]
        match self {
            WidgetKind::QuotaGauge => Widget::QuotaGauge(quota_gauge::QuotaGauge::embedded(lang)),
            WidgetKind::ViolenceTrend => {
                Widget::ViolenceTrend(violence_trend::ViolenceTrend::embedded(lang))
            }
            WidgetKind::Peacekeeping => {
                Widget::Peacekeeping(peacekeeping::Peacekeeping::embedded(lang))
            }
            WidgetKind::Institutions => {
                Widget::Institutions(institutions::Institutions::embedded(lang))
            }
            WidgetKind::CrimeVictims => {
                Widget::CrimeVictims(crime_victims::CrimeVictims::embedded(lang))
            }
            WidgetKind::CrisisCentres => {
                Widget::CrisisCentres(crisis_centres::CrisisCentres::embedded(lang))
            }
            WidgetKind::FamilyCentres => {
                Widget::FamilyCentres(family_centres::FamilyCentres::embedded(lang))
            }
            WidgetKind::Researchers => {
                Widget::Researchers(researchers::Researchers::embedded(lang))
            }
            WidgetKind::NapTimeline => {
                Widget::NapTimeline(nap_timeline::NapTimeline::embedded(lang))
            }
            WidgetKind::Targets2030 => {
                Widget::Targets2030(targets_2030::Targets2030::embedded(lang))
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
    Institutions(institutions::Institutions),
    CrimeVictims(crime_victims::CrimeVictims),
    CrisisCentres(crisis_centres::CrisisCentres),
    FamilyCentres(family_centres::FamilyCentres),
    Researchers(researchers::Researchers),
    NapTimeline(nap_timeline::NapTimeline),
    Targets2030(targets_2030::Targets2030),
}

impl Widget {
    pub fn kind(&self) -> WidgetKind {
        match self {
            Widget::QuotaGauge(_) => WidgetKind::QuotaGauge,
            Widget::ViolenceTrend(_) => WidgetKind::ViolenceTrend,
            Widget::Peacekeeping(_) => WidgetKind::Peacekeeping,
            Widget::Institutions(_) => WidgetKind::Institutions,
            Widget::CrimeVictims(_) => WidgetKind::CrimeVictims,
            Widget::CrisisCentres(_) => WidgetKind::CrisisCentres,
            Widget::FamilyCentres(_) => WidgetKind::FamilyCentres,
            Widget::Researchers(_) => WidgetKind::Researchers,
            Widget::NapTimeline(_) => WidgetKind::NapTimeline,
            Widget::Targets2030(_) => WidgetKind::Targets2030,
        }
    }

    pub fn content(&self, lang: Lang) -> Content {
        #[cfg(all(feature = "lazy", target_family = "wasm"))]
        return (lazy::code(self.kind()).content)(self, lang);
        #[cfg(not(all(feature = "lazy", target_family = "wasm")))]
        match self {
            Widget::QuotaGauge(w) => w.content(lang),
            Widget::ViolenceTrend(w) => w.content(lang),
            Widget::Peacekeeping(w) => w.content(lang),
            Widget::Institutions(w) => w.content(lang),
            Widget::CrimeVictims(w) => w.content(lang),
            Widget::CrisisCentres(w) => w.content(lang),
            Widget::FamilyCentres(w) => w.content(lang),
            Widget::Researchers(w) => w.content(lang),
            Widget::NapTimeline(w) => w.content(lang),
            Widget::Targets2030(w) => w.content(lang),
        }
    }

    /// Chart height in CSS pixels for a frame of this width.
    pub fn height(&self, frame: &Frame) -> f64 {
        #[cfg(all(feature = "lazy", target_family = "wasm"))]
        return (lazy::code(self.kind()).height)(self, frame);
        #[cfg(not(all(feature = "lazy", target_family = "wasm")))]
        match self {
            Widget::QuotaGauge(w) => w.height(frame),
            Widget::ViolenceTrend(w) => w.height(frame),
            Widget::Peacekeeping(w) => w.height(frame),
            Widget::Institutions(w) => w.height(frame),
            Widget::CrimeVictims(w) => w.height(frame),
            Widget::CrisisCentres(w) => w.height(frame),
            Widget::FamilyCentres(w) => w.height(frame),
            Widget::Researchers(w) => w.height(frame),
            Widget::NapTimeline(w) => w.height(frame),
            Widget::Targets2030(w) => w.height(frame),
        }
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
        let marks = self.record(&mut recorder, frame)?;
        recorder.replay(db)?;
        Ok(marks)
    }

    fn record(&self, db: &mut Recorder, frame: &Frame) -> Result<Vec<Mark>, ChartError> {
        #[cfg(all(feature = "lazy", target_family = "wasm"))]
        return (lazy::code(self.kind()).record)(self, db, frame);
        #[cfg(not(all(feature = "lazy", target_family = "wasm")))]
        match self {
            Widget::QuotaGauge(w) => w.draw(db, frame),
            Widget::ViolenceTrend(w) => w.draw(db, frame),
            Widget::Peacekeeping(w) => w.draw(db, frame),
            Widget::Institutions(w) => w.draw(db, frame),
            Widget::CrimeVictims(w) => w.draw(db, frame),
            Widget::CrisisCentres(w) => w.draw(db, frame),
            Widget::FamilyCentres(w) => w.draw(db, frame),
            Widget::Researchers(w) => w.draw(db, frame),
            Widget::NapTimeline(w) => w.draw(db, frame),
            Widget::Targets2030(w) => w.draw(db, frame),
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
            location: locations
                .iter()
                .map(|l| crate::format::location(l, lang))
                .collect::<Vec<_>>()
                .join("; "),
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
