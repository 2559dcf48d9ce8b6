use leptos::prelude::*;
use tendik_core::widgets::{crisis_centres, Widget};
use tendik_core::{chart::Theme, Lang};

use crate::ChartFrame;

/// Crisis centres (both counts the sources give) and the people they aided.
#[component]
pub fn CrisisCentres(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    let widget = Memo::new(move |_| {
        Widget::CrisisCentres(crisis_centres::CrisisCentres::embedded(lang.get()))
    });
    view! { <ChartFrame widget lang theme/> }
}
