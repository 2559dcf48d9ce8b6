use leptos::prelude::*;
use tendik_core::widgets::WidgetKind;
use tendik_core::{chart::Theme, Lang};

use crate::AnyWidget;

/// Women's share across institutions against parity and the 30% goal; the sources'
/// conflicting civil-service figures both shown.
#[component]
pub fn Institutions(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    view! { <AnyWidget kind=WidgetKind::Institutions lang theme/> }
}
