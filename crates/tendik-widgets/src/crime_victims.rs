use leptos::prelude::*;
use tendik_core::widgets::{crime_victims, Widget};
use tendik_core::{chart::Theme, Lang};

use crate::ChartFrame;

/// Victims of crimes against women and girls by age and by ethnicity, with what the source
/// leaves unspecified drawn as hatched bars.
#[component]
pub fn CrimeVictims(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    let widget =
        Memo::new(move |_| Widget::CrimeVictims(crime_victims::CrimeVictims::embedded(lang.get())));
    view! { <ChartFrame widget lang theme/> }
}
