use leptos::prelude::*;
use tendik_core::widgets::{family_centres, Widget};
use tendik_core::{chart::Theme, Lang};

use crate::ChartFrame;

/// Every count of family support centres the sources give, dated where they are dated.
#[component]
pub fn FamilyCentres(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    let widget = Memo::new(move |_| {
        Widget::FamilyCentres(family_centres::FamilyCentres::embedded(lang.get()))
    });
    view! { <ChartFrame widget lang theme/> }
}
