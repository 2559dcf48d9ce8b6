//! The embed-code generator: ready-to-paste snippets for both ways of embedding a widget,
//! in the chosen language and theme, with a copy button and a live preview.

use leptos::prelude::*;
use tendik_core::chart::Theme;
use tendik_core::i18n;
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

/// `<script>` + `<tendik-widget>`, with the takeaway and source as fallback text.
pub fn script_snippet(base: &str, kind: WidgetKind, lang: Lang, theme: Option<Theme>) -> String {
    let content = kind.embedded(lang).content(lang);
    format!(
        "<script type=\"module\" src=\"{base}tendik.js\"></script>\n<tendik-widget name=\"{}\"{}>{} {}</tendik-widget>",
        kind.name(),
        attributes(lang, theme),
        escape_html(&content.takeaway),
        escape_html(&content.source),
    )
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
    let base = base_url();
    let script = {
        let base = base.clone();
        Signal::derive(move || script_snippet(&base, kind, lang.get(), theme.get()))
    };
    let iframe = {
        let base = base.clone();
        Signal::derive(move || iframe_snippet(&base, kind, lang.get(), theme.get()))
    };
    let page = {
        let base = base.clone();
        Signal::derive(move || page_url(&base, kind, lang.get()))
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
