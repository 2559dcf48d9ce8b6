//! The standalone Tendik dashboard: every widget on the embedded data, with language and
//! theme switches kept in the URL so each view has a permalink.

mod embed_code;

use embed_code::EmbedCode;
use leptos::prelude::*;
use tendik_core::chart::Theme;
use tendik_core::i18n;
use tendik_core::widgets::WidgetKind;
use tendik_core::Lang;
use tendik_widgets::{embed::prefers_dark, AnyWidget};

fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Writes the view's state into the URL without reloading.
fn set_query_param(name: &str, value: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default())
    else {
        return;
    };
    match value {
        Some(v) => params.set(name, v),
        None => params.delete(name),
    }
    let query = String::from(params.to_string());
    let url = if query.is_empty() {
        location.pathname().unwrap_or_default()
    } else {
        format!("?{query}")
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

#[component]
fn App() -> impl IntoView {
    let lang = RwSignal::new(
        query_param("lang")
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or_default(),
    );
    let theme_choice = RwSignal::new(query_param("theme").as_deref().and_then(Theme::from_name));
    let dark = prefers_dark();
    let theme = Signal::derive(move || {
        theme_choice.get().unwrap_or(if dark.get() {
            Theme::Dark
        } else {
            Theme::Light
        })
    });

    Effect::new(move |_| {
        let (l, t) = (lang.get(), theme.get());
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.tag());
            let _ = root
                .class_list()
                .toggle_with_force("app-dark", t == Theme::Dark);
        }
        document().set_title(i18n::APP_TITLE.get(l));
    });

    let lang_button = move |l: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                lang=l.tag()
                aria-pressed=move || (lang.get() == l).to_string()
                on:click=move |_| {
                    lang.set(l);
                    set_query_param("lang", (l != Lang::En).then_some(l.tag()));
                }
            >
                {label}
            </button>
        }
    };
    let theme_button = move |choice: Option<Theme>, label: &'static str| {
        view! {
            <button
                type="button"
                aria-pressed=move || (theme_choice.get() == choice).to_string()
                on:click=move |_| {
                    theme_choice.set(choice);
                    set_query_param("theme", choice.map(Theme::name));
                }
            >
                {label}
            </button>
        }
    };

    view! {
        <header class="app-header">
            <h1>{move || i18n::APP_TITLE.get(lang.get())}</h1>
            <p>{move || i18n::APP_INTRO.get(lang.get())}</p>
            <div class="app-controls">
                <fieldset>
                    <legend>"Language · Тіл · Язык"</legend>
                    {lang_button(Lang::Kk, "Қазақша")}
                    {lang_button(Lang::Ru, "Русский")}
                    {lang_button(Lang::En, "English")}
                </fieldset>
                <fieldset>
                    <legend>"Theme"</legend>
                    {theme_button(None, "Auto")}
                    {theme_button(Some(Theme::Light), "Light")}
                    {theme_button(Some(Theme::Dark), "Dark")}
                </fieldset>
            </div>
        </header>
        <main class="app-main">
            {WidgetKind::ALL
                .into_iter()
                .map(|kind| {
                    view! {
                        <section>
                            <AnyWidget kind lang theme/>
                            <EmbedCode kind lang theme=theme_choice/>
                        </section>
                    }
                })
                .collect_view()}
        </main>
        <footer class="app-footer">
            <p>"Tendik runs entirely in your browser: no server, no cookies, no tracking."</p>
        </footer>
    }
}

fn main() {
    // Embed pages load the same module; only the app page has this root.
    let Some(root) = document().get_element_by_id("tendik-app") else {
        return;
    };
    root.set_inner_html("");
    if let Ok(root) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(root) {
        leptos::mount::mount_to(root, App).forget();
    }
}
