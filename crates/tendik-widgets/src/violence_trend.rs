use leptos::prelude::*;
use tendik_core::widgets::{violence_trend, Widget};
use tendik_core::{chart::Theme, Lang};

use crate::ChartFrame;

/// Recorded domestic-violence incidents by year, with the missing year left as a gap.
#[component]
pub fn ViolenceTrend(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    let widget = Memo::new(move |_| {
        Widget::ViolenceTrend(violence_trend::ViolenceTrend::embedded(lang.get()))
    });
    view! { <ChartFrame widget lang theme/> }
}
