//! The standalone Tendik app: a dashboard of every widget by theme and a Sources view of
//! every figure. Its whole state is in the URL, so each view has a permalink.

mod dashboard;
mod document;
mod document_view;
mod embed_code;
mod embed_height;
mod nav;
mod sources;
mod static_fallback;
mod url_state;

use dashboard::Dashboard;
use document_view::DocumentView;
use leptos::prelude::*;
use nav::{current_location, write_url};
use sources::Sources;
use tendik_core::chart::Theme;
use tendik_core::i18n;
use tendik_core::Lang;
use tendik_widgets::embed::prefers_dark;
use url_state::{UrlState, View};

fn url_state() -> UrlState {
    let (search, hash) = current_location();
    UrlState::parse(&search, &hash)
}

#[component]
fn App() -> impl IntoView {
    let state = RwSignal::new(url_state());
    let lang = Memo::new(move |_| state.with(|s| s.lang));
    let theme_choice = Memo::new(move |_| state.with(|s| s.theme));
    let view_kind = Memo::new(move |_| state.with(|s| s.view));
    let dark = prefers_dark();
    let theme = Signal::derive(move || {
        theme_choice.get().unwrap_or(if dark.get() {
            Theme::Dark
        } else {
            Theme::Light
        })
    });

    // Back and forward restore the view; so does a fragment typed or followed by hand.
    let on_pop = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
        let next = url_state();
        if state.with_untracked(|s| *s != next) {
            state.set(next);
        }
    });
    if let Some(w) = web_sys::window() {
        for event in ["popstate", "hashchange"] {
            let _ = w.add_event_listener_with_callback(
                event,
                wasm_bindgen::JsCast::unchecked_ref(on_pop.as_ref()),
            );
        }
    }
    on_pop.forget();
    nav::follow_links(state, document_view::show_target);

    // A new place (view, document or figure) is a new history entry; language, theme and
    // search typing replace the current one.
    let place = |s: &UrlState| (s.view, s.doc, s.figure);
    let mut last_place = state.with_untracked(place);
    Effect::new(move |_| {
        let s = state.get();
        write_url(&s, place(&s) != last_place);
        last_place = place(&s);
    });

    let doc =
        Memo::new(move |_| state.with(|s| (s.view == View::Document).then_some(s.doc).flatten()));
    Effect::new(move |_| {
        let (l, t) = (lang.get(), theme.get());
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.tag());
            let _ = root
                .class_list()
                .toggle_with_force("app-dark", t == Theme::Dark);
        }
        let app = i18n::APP_TITLE.get(l);
        match doc.get() {
            Some(seed) => document().set_title(&format!("{} · {app}", seed.title().get(l))),
            None => document().set_title(app),
        }
    });

    // Permalinks to a chart scroll to it once it is on the page.
    Effect::new(move |_| {
        if let (View::Dashboard, Some(kind)) = state.with(|s| (s.view, s.widget)) {
            if let Some(el) = document().get_element_by_id(kind.name()) {
                el.scroll_into_view();
            }
        }
    });

    let set_lang = move |l: Lang| state.update(|s| s.lang = l);
    let set_theme = move |t: Option<Theme>| state.update(|s| s.theme = t);
    let lang_button = move |l: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                lang=l.tag()
                aria-pressed=move || (lang.get() == l).to_string()
                on:click=move |_| set_lang(l)
            >
                {label}
            </button>
        }
    };
    let theme_button = move |choice: Option<Theme>, label: tendik_core::Text3| {
        view! {
            <button
                type="button"
                aria-pressed=move || (theme_choice.get() == choice).to_string()
                on:click=move |_| set_theme(choice)
            >
                {move || label.get(lang.get())}
            </button>
        }
    };
    let nav_link = move |view: View, label: tendik_core::Text3| {
        let href = move || {
            state.with(|s| {
                UrlState {
                    view,
                    lang: s.lang,
                    theme: s.theme,
                    ..UrlState::default()
                }
                .href()
            })
        };
        view! {
            <a
                href=href
                data-nav=""
                aria-current=move || match (view_kind.get(), view) {
                    (now, view) if now == view => Some("page"),
                    // A document is read from Sources: that link marks where the reader is.
                    (View::Document, View::Sources) => Some("true"),
                    _ => None,
                }
            >
                {move || label.get(lang.get())}
            </a>
        }
    };
    // The search box's text and the URL's `q`, kept equal both ways (typing, navigating).
    let query = RwSignal::new(state.get_untracked().query);
    Effect::new(move |_| {
        let q = query.get();
        if state.with_untracked(|s| s.query != q) {
            state.update(|s| s.query = q);
        }
    });
    Effect::new(move |_| {
        let q = state.with(|s| s.query.clone());
        if query.with_untracked(|old| *old != q) {
            query.set(q);
        }
    });

    view! {
        <header class="app-header">
            <h1>{move || i18n::APP_TITLE.get(lang.get())}</h1>
            <p>{move || i18n::APP_INTRO.get(lang.get())}</p>
            <nav class="app-nav" aria-label="Tendik">
                {nav_link(View::Dashboard, i18n::NAV_DASHBOARD)}
                {nav_link(View::Sources, i18n::NAV_SOURCES)}
            </nav>
            <div class="app-controls">
                <fieldset>
                    // A block, not a literal: Leptos writes a wholly static element through
                    // innerHTML, which Trusted Types forbid.
                    <legend>{"Language · Тіл · Язык"}</legend>
                    {lang_button(Lang::Kk, "Қазақша")}
                    {lang_button(Lang::Ru, "Русский")}
                    {lang_button(Lang::En, "English")}
                </fieldset>
                <fieldset>
                    <legend>{move || i18n::THEME_LABEL.get(lang.get())}</legend>
                    {theme_button(None, i18n::THEME_AUTO)}
                    {theme_button(Some(Theme::Light), i18n::THEME_LIGHT)}
                    {theme_button(Some(Theme::Dark), i18n::THEME_DARK)}
                </fieldset>
            </div>
        </header>
        <main class="app-main">
            {move || match view_kind.get() {
                View::Dashboard => view! { <Dashboard lang theme theme_choice state/> }.into_any(),
                View::Sources => view! {
                    <Sources
                        lang
                        query
                        state
                        widget=Signal::derive(move || state.with(|s| s.widget))
                        on_clear_widget=Callback::new(move |_| state.update(|s| s.widget = None))
                    />
                }
                .into_any(),
                View::Document => view! { <DocumentView state/> }.into_any(),
            }}
        </main>
        <footer class="app-footer">
            <p>{move || i18n::FOOTER.get(lang.get())}</p>
        </footer>
    }
}

fn main() {
    // Embed pages load the same module; only the app page has this root.
    let Some(root) = document().get_element_by_id("tendik-app") else {
        return;
    };
    // No HTML sink: the page runs under Trusted Types too.
    root.replace_children_with_node_0();
    if let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) {
        leptos::mount::mount_to(root, App).forget();
    }
}
