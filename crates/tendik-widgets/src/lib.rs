//! Tendik's widgets for the browser: one Leptos component per widget, drawing the core's
//! charts on a `<canvas>` through plotters-canvas, and the embedding layer that turns
//! `<tendik-widget>` elements into widgets.

mod canvas;
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
    match kind {
        WidgetKind::QuotaGauge => view! { <QuotaGauge lang theme/> }.into_any(),
        WidgetKind::ViolenceTrend => view! { <ViolenceTrend lang theme/> }.into_any(),
        WidgetKind::Peacekeeping => view! { <Peacekeeping lang theme/> }.into_any(),
        WidgetKind::Institutions => view! { <Institutions lang theme/> }.into_any(),
        WidgetKind::CrimeVictims => view! { <CrimeVictims lang theme/> }.into_any(),
        WidgetKind::CrisisCentres => view! { <CrisisCentres lang theme/> }.into_any(),
        WidgetKind::FamilyCentres => view! { <FamilyCentres lang theme/> }.into_any(),
        WidgetKind::Researchers => view! { <Researchers lang theme/> }.into_any(),
        WidgetKind::NapTimeline => view! { <NapTimeline lang theme/> }.into_any(),
        WidgetKind::Targets2030 => view! { <Targets2030 lang theme/> }.into_any(),
    }
}

/// Logs one error to the browser console, prefixed so a newsroom can find it.
pub fn console_error(message: &str) {
    web_sys::console::error_1(&message.into());
}
