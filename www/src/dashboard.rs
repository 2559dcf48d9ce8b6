//! The dashboard: every widget, grouped by theme, each with its embed code, a link to the
//! figures behind it and its permalink: the chart's own static page (docs/pages.md).

use leptos::prelude::*;
use tendik_core::chart::Theme;
use tendik_core::i18n;
use tendik_core::widgets::WidgetKind;
use tendik_core::{Lang, Text3, Topic};
use tendik_widgets::AnyWidget;

use crate::embed_code::EmbedCode;
use crate::url_state::{UrlState, View};

/// The dashboard's sections, in reading order: each shows the widgets registered under
/// its topic.
const TOPICS: [(Topic, &str, Text3); 5] = [
    (
        Topic::Representation,
        "representation",
        i18n::TOPIC_REPRESENTATION,
    ),
    (Topic::Violence, "violence", i18n::TOPIC_VIOLENCE),
    (Topic::PeaceSecurity, "peace", i18n::TOPIC_PEACE),
    (Topic::Economy, "economy", i18n::TOPIC_ECONOMY),
    (Topic::Science, "science", i18n::TOPIC_SCIENCE),
];

#[component]
pub fn Dashboard(
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
    #[prop(into)] theme_choice: Signal<Option<Theme>>,
    state: RwSignal<UrlState>,
) -> impl IntoView {
    let sources_link = move |kind: WidgetKind| {
        let mut s = state.get();
        s.view = View::Sources;
        s.widget = Some(kind);
        s.query.clear();
        s.to_query()
    };
    let sections = TOPICS
        .iter()
        .filter(|(topic, _, _)| WidgetKind::all().any(|k| k.topic() == *topic))
        .map(|(topic, id, title)| {
            let title = *title;
            let kinds: Vec<WidgetKind> = WidgetKind::all().filter(|k| k.topic() == *topic).collect();
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
                                            <a href=move || sources_link(kind)>
                                                {move || i18n::FIGURES_BEHIND.get(lang.get())}
                                            </a>
                                            " · "
                                            <a href=move || kind.page_path(lang.get()) class="chart-page-link">
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
