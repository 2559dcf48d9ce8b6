use leptos::prelude::*;
use tendik_core::widgets::WidgetKind;
use tendik_core::{chart::Theme, Lang};

use crate::AnyWidget;

/// Kazakhstan's UN peacekeepers by role, men and women, against the 10% goal.
#[component]
pub fn Peacekeeping(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    view! { <AnyWidget kind=WidgetKind::Peacekeeping lang theme/> }
}
