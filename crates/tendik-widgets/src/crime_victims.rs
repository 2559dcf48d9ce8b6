use leptos::prelude::*;
use tendik_core::widgets::WidgetKind;
use tendik_core::{chart::Theme, Lang};

use crate::AnyWidget;

/// Victims of crimes against women and girls by age and by ethnicity, with what the source
/// leaves unspecified drawn as hatched bars.
#[component]
pub fn CrimeVictims(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    view! { <AnyWidget kind=WidgetKind::CrimeVictims lang theme/> }
}
