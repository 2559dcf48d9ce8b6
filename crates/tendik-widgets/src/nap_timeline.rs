use leptos::prelude::*;
use tendik_core::widgets::{nap_timeline, Widget};
use tendik_core::{chart::Theme, Lang};

use crate::ChartFrame;

/// The Women, Peace and Security national action plan on a timeline, with its objectives.
#[component]
pub fn NapTimeline(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    let widget =
        Memo::new(move |_| Widget::NapTimeline(nap_timeline::NapTimeline::embedded(lang.get())));
    view! { <ChartFrame widget lang theme/> }
}
