use leptos::prelude::*;
use tendik_core::widgets::WidgetKind;
use tendik_core::{chart::Theme, Lang};

use crate::AnyWidget;

/// The Women, Peace and Security national action plan on a timeline, with its objectives.
#[component]
pub fn NapTimeline(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    view! { <AnyWidget kind=WidgetKind::NapTimeline lang theme/> }
}
