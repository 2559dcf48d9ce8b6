//! The embed-code generator: ready-to-paste snippets for every way of embedding a widget
//! (script, iframe, link, newsletter image, AMP), in the chosen language and theme, with a
//! copy button and a live preview. The script embed carries the static figure as its
//! fallback, so a reader sees the chart before (or without) the wasm.

use leptos::prelude::*;
use tendik_core::chart::Theme;
use tendik_core::i18n;
use tendik_core::static_html::{self, StaticImage};
use tendik_core::widgets::WidgetKind;
use tendik_core::Lang;
use wasm_bindgen::JsValue;

/// Where this app is served from, so snippets point at the same files.
fn base_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let dir = path.rsplit_once('/').map_or("", |(d, _)| d);
    format!("{origin}{dir}/")
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn attributes(lang: Lang, theme: Option<Theme>) -> String {
    let mut out = format!(" lang=\"{}\"", lang.tag());
    if let Some(t) = theme {
        out.push_str(&format!(" theme=\"{}\"", t.name()));
    }
    out
}

/// `<script>` + `<tendik-widget>`, its fallback the static figure as a `<picture>` when the
/// build's figures are known, else the takeaway and source as text.
pub fn script_snippet(
    base: &str,
    kind: WidgetKind,
    lang: Lang,
    theme: Option<Theme>,
    figures: Option<&Figures>,
) -> String {
    let content = kind.embedded(lang).content(lang);
    let fallback = figures
        .and_then(|f| static_html::picture(&f.images, static_html::themes(theme), base, &f.alt))
        .map(|p| format!("\n{p}"))
        .unwrap_or_else(|| {
            format!(
                "{} {}",
                escape_html(&content.takeaway),
                escape_html(&content.source)
            )
        });
    format!(
        "<script type=\"module\" src=\"{base}tendik.js\"></script>\n<tendik-widget name=\"{}\"{}>{fallback}</tendik-widget>",
        kind.name(),
        attributes(lang, theme),
    )
}

/// One widget's static figures in one language, and their alt text.
#[derive(Clone, Debug, PartialEq)]
pub struct Figures {
    images: Vec<StaticImage>,
    alt: String,
}

impl Figures {
    /// Read from a chart page's figures list. The browser's `JSON.parse` reads it: the
    /// newsroom-data parser lives in a chunk the app need not load for this.
    pub fn parse(text: &str, kind: WidgetKind, lang: Lang) -> Result<Option<Figures>, String> {
        let index = js_sys::JSON::parse(text).map_err(|_| "not JSON".to_string())?;
        let images = js_sys::Reflect::get(&index, &"images".into()).unwrap_or_default();
        if !js_sys::Array::is_array(&images) {
            return Err("no \"images\" list".into());
        }
        let entries = js_sys::Array::from(&images).into_iter().map(JsEntry);
        Ok(static_html::from_entries(entries, kind, lang)
            .map(|(images, alt)| Figures { images, alt }))
    }
}

struct JsEntry(JsValue);

impl static_html::Entry for JsEntry {
    fn text(&self, path: &[&str]) -> Option<String> {
        let mut at = self.0.clone();
        for key in path {
            at = js_sys::Reflect::get(&at, &(*key).into()).ok()?;
        }
        at.as_string()
    }

    fn number(&self, key: &str) -> Option<f64> {
        js_sys::Reflect::get(&self.0, &key.into()).ok()?.as_f64()
    }
}

pub fn iframe_url(base: &str, kind: WidgetKind, lang: Lang, theme: Option<Theme>) -> String {
    let mut url = format!(
        "{base}embed.html?widget={}&lang={}",
        kind.name(),
        lang.tag()
    );
    if let Some(t) = theme {
        url.push_str(&format!("&theme={}", t.name()));
    }
    url
}

/// `<iframe>` + the optional resizer script. The frame's height fits the widget from 320
/// to 700 px wide without the resizer (`embed_height`); the resizer makes it exact.
pub fn iframe_snippet(base: &str, kind: WidgetKind, lang: Lang, theme: Option<Theme>) -> String {
    let content = kind.embedded(lang).content(lang);
    format!(
        "<iframe data-tendik-embed src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" loading=\"lazy\" frameborder=\"0\"></iframe>\n<script type=\"module\" src=\"{base}tendik-resizer.js\"></script>",
        escape_html(&iframe_url(base, kind, lang, theme)),
        escape_html(&content.title),
        crate::embed_height::iframe_height(kind, lang),
    )
}

/// The chart's static page: the URL a CMS discovers the embed from and a social post
/// previews (docs/pages.md).
pub fn page_url(base: &str, kind: WidgetKind, lang: Lang) -> String {
    format!("{base}{}", kind.page_path(lang))
}

/// For newsletters and RSS: the figure, linked to the chart's page.
pub fn newsletter_snippet(
    base: &str,
    kind: WidgetKind,
    lang: Lang,
    theme: Option<Theme>,
    figures: &Figures,
) -> Option<String> {
    let page = page_url(base, kind, lang);
    static_html::newsletter(&figures.images, theme, base, &page, &figures.alt)
}

/// For AMP pages: the iframe embed, the figure as its placeholder.
pub fn amp_snippet(
    base: &str,
    kind: WidgetKind,
    lang: Lang,
    theme: Option<Theme>,
    figures: &Figures,
) -> Option<String> {
    let content = kind.embedded(lang).content(lang);
    static_html::amp(
        &figures.images,
        theme,
        base,
        &iframe_url(base, kind, lang, theme),
        &content.title,
        &figures.alt,
        i18n::SHOW_WHOLE_CHART.get(lang),
    )
}

fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let navigator: JsValue = window.navigator().into();
    let Ok(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(write) else {
        return false;
    };
    write.call1(&clipboard, &text.into()).is_ok()
}

#[component]
fn Snippet(
    label: tendik_core::Text3,
    #[prop(into)] code: Signal<String>,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let copied = RwSignal::new(false);
    view! {
        <div class="app-snippet">
            <div class="app-snippet-head">
                <span>{move || label.get(lang.get())}</span>
                <button
                    type="button"
                    on:click=move |_| copied.set(copy_to_clipboard(&code.get_untracked()))
                >
                    {move || {
                        let text = if copied.get() { i18n::COPIED } else { i18n::COPY };
                        text.get(lang.get())
                    }}
                </button>
            </div>
            <pre><code>{move || code.get()}</code></pre>
        </div>
    }
}

#[component]
pub fn EmbedCode(
    kind: WidgetKind,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Option<Theme>>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    // The chart page's list of its static figures (docs/pages.md), fetched for each language
    // when the dialog is open in it; until it arrives, the snippets have a text fallback.
    let fetched: RwSignal<Vec<(Lang, Option<Figures>)>> = RwSignal::new(Vec::new());
    let asked = StoredValue::new(Vec::<Lang>::new());
    Effect::new(move |_| {
        let lang = lang.get();
        if !open.get() || asked.with_value(|a| a.contains(&lang)) {
            return;
        }
        asked.update_value(|a| a.push(lang));
        let url = format!("{}{}", kind.page_path(lang), static_html::FIGURES);
        wasm_bindgen_futures::spawn_local(async move {
            let parsed = crate::document_view::fetch_text(&url)
                .await
                .and_then(|text| Figures::parse(&text, kind, lang));
            match parsed {
                Ok(figures) => fetched.update(|f| f.push((lang, figures))),
                Err(e) => tendik_widgets::console_error(&format!(
                    "Tendik: the static figures could not be loaded from {url}: {e}"
                )),
            }
        });
    });
    let figures = Memo::new(move |_| {
        let lang = lang.get();
        fetched.with(|f| {
            f.iter()
                .find(|(l, _)| *l == lang)
                .and_then(|(_, figures)| figures.clone())
        })
    });
    let base = base_url();
    let script = {
        let base = base.clone();
        Signal::derive(move || {
            figures.with(|f| script_snippet(&base, kind, lang.get(), theme.get(), f.as_ref()))
        })
    };
    let iframe = {
        let base = base.clone();
        Signal::derive(move || iframe_snippet(&base, kind, lang.get(), theme.get()))
    };
    let page = {
        let base = base.clone();
        Signal::derive(move || page_url(&base, kind, lang.get()))
    };
    let newsletter = {
        let base = base.clone();
        Signal::derive(move || {
            figures.with(|f| {
                f.as_ref()
                    .and_then(|f| newsletter_snippet(&base, kind, lang.get(), theme.get(), f))
            })
        })
    };
    let amp = {
        let base = base.clone();
        Signal::derive(move || {
            figures.with(|f| {
                f.as_ref()
                    .and_then(|f| amp_snippet(&base, kind, lang.get(), theme.get(), f))
            })
        })
    };
    let preview = Signal::derive(move || iframe_url(&base, kind, lang.get(), theme.get()));
    view! {
        <details class="app-embed" on:toggle=move |ev| {
            let el: web_sys::HtmlDetailsElement = event_target(&ev);
            open.set(el.open());
        }>
            <summary>{move || i18n::EMBED_TITLE.get(lang.get())}</summary>
            <Snippet label=i18n::EMBED_SCRIPT code=script lang/>
            <Snippet label=i18n::EMBED_IFRAME code=iframe lang/>
            <Snippet label=i18n::EMBED_LINK code=page lang/>
            {move || newsletter.get().map(|code| view! {
                <Snippet label=i18n::EMBED_NEWSLETTER code=code lang/>
            })}
            {move || amp.get().map(|code| view! {
                <Snippet label=i18n::EMBED_AMP code=code lang/>
            })}
            <p class="app-embed-note">{move || i18n::EMBED_PREVIEW.get(lang.get())}</p>
            {move || open.get().then(|| view! {
                <iframe
                    class="app-embed-preview"
                    data-tendik-embed=""
                    src=move || preview.get()
                    title=move || i18n::EMBED_PREVIEW_TITLE.get(lang.get())
                ></iframe>
            })}
        </details>
    }
}
