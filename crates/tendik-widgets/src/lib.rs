//! Tendik's widgets for the browser: one Leptos component per widget, drawing the core's
//! charts on a `<canvas>` through plotters-canvas, and the embedding layer that turns
//! `<tendik-widget>` elements into widgets.

mod canvas;
pub mod chunks;
mod crime_victims;
mod crisis_centres;
mod download;
pub mod embed;
mod family_centres;
mod frame;
mod institutions;
mod nap_timeline;
mod peacekeeping;
mod quota_gauge;
mod researchers;
mod targets_2030;
mod violence_trend;

pub use crime_victims::CrimeVictims;
pub use crisis_centres::CrisisCentres;
pub use family_centres::FamilyCentres;
pub use frame::{ChartFrame, WidgetState};
pub use institutions::Institutions;
pub use nap_timeline::NapTimeline;
pub use peacekeeping::Peacekeeping;
pub use quota_gauge::QuotaGauge;
pub use researchers::Researchers;
pub use targets_2030::Targets2030;
pub use violence_trend::ViolenceTrend;

use leptos::prelude::*;
use tendik_core::widgets::WidgetKind;
use tendik_core::{chart::Theme, Lang};

/// The component for a widget chosen by name at run time (embeds, the app's gallery).
#[component]
pub fn AnyWidget(
    kind: WidgetKind,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    // One memo for every kind: one copy of the reactive code in the wasm, not ten.
    // Always "changed": a new language means a new widget, and comparing costs code.
    let widget = Memo::new_with_compare(move |_| kind.embedded(lang.get()), |_, _| true);
    view! { <ChartFrame widget lang theme/> }
}

/// Logs one error to the browser console, prefixed so a newsroom can find it.
pub fn console_error(message: &str) {
    web_sys::console::error_1(&message.into());
}
