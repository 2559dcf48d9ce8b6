use leptos::prelude::*;
use tendik_core::widgets::{researchers, Widget};
use tendik_core::{chart::Theme, Lang};

use crate::ChartFrame;

/// Women's share of the research workforce and women researchers by field of science.
#[component]
pub fn Researchers(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    let widget =
        Memo::new(move |_| Widget::Researchers(researchers::Researchers::embedded(lang.get())));
    view! { <ChartFrame widget lang theme/> }
}
