use leptos::prelude::*;
use tendik_core::widgets::{quota_gauge, Widget};
use tendik_core::{chart::Theme, Lang};

use crate::ChartFrame;

/// Women's share in the Majilis and maslikhats against the 30% quota.
#[component]
pub fn QuotaGauge(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    let widget =
        Memo::new(move |_| Widget::QuotaGauge(quota_gauge::QuotaGauge::embedded(lang.get())));
    view! { <ChartFrame widget lang theme/> }
}
