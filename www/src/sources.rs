//! The Sources view: every figure in the dataset with its value, document, place and the
//! quote it was taken from, each linking to that quote in its document; searchable; with
//! the documents, the sources' conflicts and remainders.

use leptos::prelude::*;
use tendik_core::dataset;
use tendik_core::format;
use tendik_core::i18n;
use tendik_core::model::Figure;
use tendik_core::widgets::WidgetKind;
use tendik_core::Lang;

use crate::document_view::DocumentList;
use crate::url_state::{UrlState, ENTRY_ANCHOR};

/// Figure ids a widget draws on, from its data table's provenance.
pub fn figures_of(kind: WidgetKind, lang: Lang) -> Vec<&'static str> {
    let content = kind.embedded(lang).content(lang);
    let mut ids: Vec<&'static str> = Vec::new();
    for p in &content.table.provenance {
        for id in &p.figures {
            if !ids.contains(id) {
                ids.push(id);
            }
        }
    }
    ids
}

/// Every widget with its title and the figures it draws on, to link each figure to the
/// pages of the charts that show it.
fn charts_of_figures(lang: Lang) -> Vec<(WidgetKind, String, Vec<&'static str>)> {
    WidgetKind::all()
        .map(|k| (k, k.embedded(lang).content(lang).title, figures_of(k, lang)))
        .collect()
}

fn matches(f: &Figure, lang: Lang, query: &str) -> bool {
    if query.trim().is_empty() {
        return true;
    }
    let haystack = tendik_core::case::lowercase(&format!(
        "{} {} {} {} {} {} {}",
        f.id,
        f.label.get(lang),
        dataset::description(f.id).map_or("", |d| d.get(lang)),
        f.quote,
        f.location,
        f.seed.title().get(lang),
        format::figure(f, lang)
    ));
    tendik_core::case::lowercase(query)
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

#[component]
pub fn Sources(
    #[prop(into)] lang: Signal<Lang>,
    query: RwSignal<String>,
    state: RwSignal<UrlState>,
    #[prop(into)] widget: Signal<Option<WidgetKind>>,
    on_clear_widget: Callback<()>,
) -> impl IntoView {
    let shown = Memo::new(move |_| {
        let lang = lang.get();
        let only = widget.get().map(|k| figures_of(k, lang));
        query.with(|q| {
            dataset::figures()
                .filter(|f| only.as_ref().is_none_or(|ids| ids.contains(&f.id)))
                .filter(|f| matches(f, lang, q))
                .collect::<Vec<&'static Figure>>()
        })
    });
    let total = dataset::figures().count();
    let charts = Memo::new(move |_| charts_of_figures(lang.get()));

    // A permalink to an entry (`#figure-…`, and Back from a document) shows it.
    let entry = Memo::new(move |_| state.with(|s| s.figure));
    Effect::new(move |_| {
        if let Some(id) = entry.get() {
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&format!("{ENTRY_ANCHOR}{id}")) {
                    el.scroll_into_view();
                }
            });
        }
    });

    view! {
        <section class="sources" aria-labelledby="sources-title">
            <h2 id="sources-title">{move || i18n::SOURCES_TITLE.get(lang.get())}</h2>
            <p>
                {move || i18n::SOURCES_INTRO.get(lang.get())}" "
                {move || i18n::DOC_LINK_HINT.get(lang.get())}
            </p>
            {move || widget.get().map(|k| {
                let title = k.embedded(lang.get()).content(lang.get()).title;
                view! {
                    <p class="sources-filter">
                        {move || i18n::SOURCES_FOR_WIDGET.get(lang.get())}
                        " "<strong>{title}</strong>" "
                        <button type="button" on:click=move |_| on_clear_widget.run(())>
                            {move || i18n::SOURCES_SHOW_ALL.get(lang.get())}
                        </button>
                    </p>
                }
            })}
            <label class="sources-search">
                <span>{move || i18n::SEARCH.get(lang.get())}</span>
                <input
                    type="search"
                    prop:value=move || query.get()
                    on:input=move |ev| query.set(event_target_value(&ev))
                />
            </label>
            <p class="sources-count" aria-live="polite">
                {move || i18n::fill(
                    i18n::SOURCES_COUNT.get(lang.get()),
                    &[("shown", &shown.with(Vec::len).to_string()), ("total", &total.to_string())],
                )}
            </p>
            <ol class="figure-list">
                {move || {
                    let lang = lang.get();
                    charts.with(|charts| {
                        shown
                            .get()
                            .into_iter()
                            .map(|f| {
                                let shown_in: Vec<(WidgetKind, String)> = charts
                                    .iter()
                                    .filter(|(_, _, ids)| ids.contains(&f.id))
                                    .map(|(k, title, _)| (*k, title.clone()))
                                    .collect();
                                view! { <FigureItem figure=f lang state shown_in/> }
                            })
                            .collect_view()
                    })
                }}
            </ol>
            <h3>{move || i18n::DOCS_TITLE.get(lang.get())}</h3>
            <p>{move || i18n::DOCS_INTRO.get(lang.get())}</p>
            <DocumentList state/>
            <Conflicts lang state/>
            <Remainders lang/>
        </section>
    }
}

/// A link to the figure's quote in its document, remembering in the current history
/// entry which figure was followed, so Back returns to it.
/// A link to the figure's quote in its document; following it first marks the current
/// history entry with the figure, so Back returns to it (`nav::follow_links`).
fn quote_link(state: RwSignal<UrlState>, f: &'static Figure, text: String) -> impl IntoView {
    let href = state.with_untracked(|s| s.quote_of(f.id).href());
    view! { <a href=href data-nav="" data-from=f.id>{text}</a> }
}

/// "Replies of Kazakhstan …, para. 3 (b)".
fn place(f: &Figure, lang: Lang) -> String {
    format!(
        "{}, {}",
        f.seed.title().get(lang),
        format::location(f.location, lang)
    )
}

#[component]
fn FigureItem(
    figure: &'static Figure,
    lang: Lang,
    state: RwSignal<UrlState>,
    /// The charts that draw on this figure, linked to their pages.
    shown_in: Vec<(WidgetKind, String)>,
) -> impl IntoView {
    let charts = (!shown_in.is_empty()).then(|| {
        let links = shown_in
            .into_iter()
            .enumerate()
            .map(|(i, (kind, title))| {
                view! {
                    {(i > 0).then_some(" · ")}
                    <a href=kind.page_path(lang) class="chart-page-link">{title}</a>
                }
            })
            .collect_view();
        view! { <p class="figure-charts">{i18n::SHOWN_IN.get(lang)}" "{links}</p> }
    });
    view! {
        <li class="figure" id=format!("{ENTRY_ANCHOR}{}", figure.id)>
            <div class="figure-head">
                <span class="figure-label">{figure.label.get(lang)}</span>
                <span class="figure-value">{format::figure(figure, lang)}</span>
            </div>
            <p class="figure-description">{dataset::description(figure.id).map_or("", |d| d.get(lang))}</p>
            <blockquote lang=figure.seed.lang().tag()>{figure.quote}</blockquote>
            <p class="figure-meta">
                {quote_link(state, figure, place(figure, lang))}" · "<code>{figure.id}</code>
            </p>
            {charts}
        </li>
    }
}

#[component]
fn Conflicts(#[prop(into)] lang: Signal<Lang>, state: RwSignal<UrlState>) -> impl IntoView {
    view! {
        <h3>{move || i18n::CONFLICTS_TITLE.get(lang.get())}</h3>
        <ul class="conflicts">
            {move || {
                let lang = lang.get();
                dataset::conflicts()
                    .iter()
                    .map(|c| {
                        let values = c
                            .figures
                            .iter()
                            .filter_map(|id| dataset::figure(id))
                            .enumerate()
                            .map(|(i, f)| {
                                // Labels that tell two figures apart name the paragraph already.
                                let label = f.label.get(lang);
                                let paragraph = f.location.strip_prefix("para. ").and_then(|p| p.split_inclusive(')').next());
                                let text = if paragraph.is_some_and(|p| label.ends_with(')') && label.contains(p)) {
                                    label.to_string()
                                } else {
                                    format!("{label}, {}", format::location(f.location, lang))
                                };
                                view! {
                                    {if i > 0 { " · " } else { "" }}
                                    {format::figure(f, lang)}" ("{quote_link(state, f, text)}")"
                                }
                            })
                            .collect_view();
                        view! {
                            <li>
                                <strong>{c.subject.get(lang)}</strong>": "{values}
                                <br/>
                                <span class="conflict-note">{c.note.get(lang)}</span>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

#[component]
fn Remainders(#[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    view! {
        <h3>{move || i18n::REMAINDERS_TITLE.get(lang.get())}</h3>
        <ul class="remainders">
            {move || {
                let lang = lang.get();
                dataset::breakdowns()
                    .iter()
                    .map(|b| {
                        let r = b.remainder();
                        let text = i18n::fill(
                            i18n::REMAINDER_LINE.get(lang),
                            &[
                                ("total", &format::number(r.total, lang)),
                                ("parts", &format::number(r.sum_of_parts, lang)),
                                ("rest", &format::number(r.not_specified, lang)),
                            ],
                        );
                        view! {
                            <li>
                                <strong>{b.subject.get(lang)}</strong>": "{text}
                                <br/>
                                <span class="conflict-note">{b.note.get(lang)}</span>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_widget_links_to_the_figures_behind_it() {
        for kind in WidgetKind::all() {
            let ids = figures_of(kind, Lang::En);
            assert!(!ids.is_empty(), "{kind:?} names no figures");
            for id in ids {
                assert!(
                    dataset::figure(id).is_some(),
                    "{kind:?}: unknown figure {id}"
                );
            }
        }
    }
}
