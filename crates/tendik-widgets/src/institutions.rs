use leptos::prelude::*;
use tendik_core::widgets::{institutions, Widget};
use tendik_core::{chart::Theme, Lang};

use crate::ChartFrame;

/// Women's share across institutions against parity and the 30% goal; the sources'
/// conflicting civil-service figures both shown.
#[component]
pub fn Institutions(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    let widget =
        Memo::new(move |_| Widget::Institutions(institutions::Institutions::embedded(lang.get())));
    view! { <ChartFrame widget lang theme/> }
}
