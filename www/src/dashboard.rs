//! The dashboard: every widget, grouped by theme, each with its embed code, a permalink
//! and a link to the figures behind it.

use leptos::prelude::*;
use tendik_core::chart::Theme;
use tendik_core::i18n;
use tendik_core::widgets::WidgetKind;
use tendik_core::{Lang, Text3};
use tendik_widgets::AnyWidget;

use crate::embed_code::EmbedCode;
use crate::url_state::{UrlState, View};

/// The dashboard's sections, in reading order.
const TOPICS: [(&str, Text3); 5] = [
    ("representation", i18n::TOPIC_REPRESENTATION),
    ("violence", i18n::TOPIC_VIOLENCE),
    ("peace", i18n::TOPIC_PEACE),
    ("economy", i18n::TOPIC_ECONOMY),
    ("science", i18n::TOPIC_SCIENCE),
];

/// Which section a widget belongs to.
pub fn topic(kind: WidgetKind) -> &'static str {
    match kind {
        WidgetKind::QuotaGauge | WidgetKind::Institutions => "representation",
        WidgetKind::ViolenceTrend
        | WidgetKind::CrimeVictims
        | WidgetKind::CrisisCentres
        | WidgetKind::FamilyCentres => "violence",
        WidgetKind::Peacekeeping | WidgetKind::NapTimeline => "peace",
        // The 2030 targets start with the pay gap; they span every theme, so they close
        // the dashboard's economic section rather than sit under one of the others.
        WidgetKind::Targets2030 => "economy",
        WidgetKind::Researchers => "science",
    }
}

#[component]
pub fn Dashboard(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
    #[prop(into)] theme_choice: Signal<Option<Theme>>,
    state: RwSignal<UrlState>,
) -> impl IntoView {
    let link = move |kind: WidgetKind, view: View| {
        let mut s = state.get();
        s.view = view;
        s.widget = Some(kind);
        s.query.clear();
        let anchor = if view == View::Dashboard {
            format!("#{}", kind.name())
        } else {
            String::new()
        };
        format!("{}{}", s.to_query(), anchor)
    };
    let sections = TOPICS
        .iter()
        .filter(|(id, _)| WidgetKind::ALL.iter().any(|k| topic(*k) == *id))
        .map(|(id, title)| {
            let title = *title;
            let kinds: Vec<WidgetKind> = WidgetKind::ALL
                .into_iter()
                .filter(|k| topic(*k) == *id)
                .collect();
            view! {
                <section class="topic" id=format!("topic-{id}") aria-labelledby=format!("topic-{id}-title")>
                    <h2 id=format!("topic-{id}-title")>{move || title.get(lang.get())}</h2>
                    <div class="gallery">
                        {kinds
                            .into_iter()
                            .map(|kind| {
                                view! {
                                    <article class="gallery-item" id=kind.name()>
                                        <AnyWidget kind lang theme/>
                                        <p class="widget-links">
                                            <a href=move || link(kind, View::Sources)>
                                                {move || i18n::FIGURES_BEHIND.get(lang.get())}
                                            </a>
                                            " · "
                                            <a href=move || link(kind, View::Dashboard)>
                                                {move || i18n::PERMALINK.get(lang.get())}
                                            </a>
                                        </p>
                                        <EmbedCode kind lang theme=theme_choice/>
                                    </article>
                                }
                            })
                            .collect_view()}
                    </div>
                </section>
            }
        })
        .collect_view();
    view! { <div class="dashboard">{sections}</div> }
}
