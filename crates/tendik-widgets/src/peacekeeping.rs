use leptos::prelude::*;
use tendik_core::widgets::{peacekeeping, Widget};
use tendik_core::{chart::Theme, Lang};

use crate::ChartFrame;

/// Kazakhstan's UN peacekeepers by role, men and women, against the 10% goal.
#[component]
pub fn Peacekeeping(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    let widget =
        Memo::new(move |_| Widget::Peacekeeping(peacekeeping::Peacekeeping::embedded(lang.get())));
    view! { <ChartFrame widget lang theme/> }
}
