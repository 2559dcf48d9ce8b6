//! Tendik's widgets for the browser: one Leptos component for every widget ([`AnyWidget`]),
//! drawing the core's charts on a `<canvas>` through plotters-canvas, and the embedding
//! layer that turns `<tendik-widget>` elements into widgets.

mod canvas;
pub mod chunks;
mod download;
pub mod embed;
mod frame;

pub use frame::{ChartFrame, WidgetState};

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
