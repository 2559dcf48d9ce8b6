use leptos::prelude::*;
use tendik_core::widgets::WidgetKind;
use tendik_core::{chart::Theme, Lang};

use crate::AnyWidget;

/// Women's share of the research workforce and women researchers by field of science.
#[component]
pub fn Researchers(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    view! { <AnyWidget kind=WidgetKind::Researchers lang theme/> }
}
