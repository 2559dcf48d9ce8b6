use leptos::prelude::*;
use tendik_core::widgets::{targets_2030, Widget};
use tendik_core::{chart::Theme, Lang};

use crate::ChartFrame;

/// Each 2030 target beside the latest figure the sources give for it.
#[component]
pub fn Targets2030(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    let widget =
        Memo::new(move |_| Widget::Targets2030(targets_2030::Targets2030::embedded(lang.get())));
    view! { <ChartFrame widget lang theme/> }
}
