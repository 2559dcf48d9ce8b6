//! The embedding layer: `<tendik-widget name="…" lang="…" theme="…">` elements.
//!
//! The tiny JS loader (`www/embed/loader.js`) defines the custom element and calls these
//! exports; everything else happens here. Each element renders into its own shadow root,
//! styled by one constructable stylesheet shared by every widget on the page.

use std::cell::RefCell;
use std::collections::HashMap;

use js_sys::JsString;
use leptos::prelude::*;
use tendik_core::chart::Theme;
use tendik_core::i18n::{self, fill};
use tendik_core::userdata::MAX_BYTES;
use tendik_core::widgets::WidgetKind;
use tendik_core::{Lang, Text3};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::chunks::{self, Readiness::Ready};
use crate::{console_error, AnyWidget, ChartFrame};

/// The embedding layer's own text, in three languages (not in tendik-core's i18n).
const DATA_TOO_LARGE: Text3 = Text3::new(
    "the data is longer than the limit of 65536 bytes (64 KiB)",
    "размер данных больше допустимых 65536 байт (64 КиБ)",
    "деректер көлемі 65536 байт (64 КиБ) шегінен асады",
);

/// Messages quote at most this many characters of a value, then "…": a megabyte-long
/// attribute must not make a message pages long.
pub const ECHO_CHARS: usize = 60;

/// `value` as a message quotes it (see [`ECHO_CHARS`]).
pub fn echo(value: &str) -> String {
    let mut text: String = value.chars().take(ECHO_CHARS).collect();
    if text.len() < value.len() {
        text.push('…');
    }
    text
}

/// The widget's CSS, also linked by the standalone app.
pub const WIDGET_CSS: &str = include_str!("widget.css");

/// Attributes a `<tendik-widget>` understands besides global HTML ones.
const OWN_ATTRIBUTES: [&str; 5] = ["name", "lang", "theme", "data", "data-script"];
const GLOBAL_ATTRIBUTES: [&str; 12] = [
    "id",
    "class",
    "style",
    "hidden",
    "title",
    "slot",
    "role",
    "tabindex",
    "dir",
    "part",
    "translate",
    "is",
];

/// What the attributes ask for, once checked.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedConfig {
    pub kind: WidgetKind,
    pub lang: Lang,
    /// `None` ("auto"): what the host page declares ([`Theme::auto`]).
    pub theme: Option<Theme>,
    /// A newsroom's own figures as JSON text, instead of the embedded dataset.
    pub data: Option<String>,
}

/// Where a widget's own data can come from besides the `data` attribute.
#[derive(Clone, Debug, PartialEq)]
pub enum ScriptData {
    None,
    /// Text of the `<script type="application/json">` named by `data-script`, or of one
    /// inside the element.
    Found(String),
    /// `data-script` names no such script element.
    Missing(String),
    /// The `data` attribute or the script is over the 64 KiB limit: refused before it was
    /// copied into the wasm, and nothing of it kept.
    TooLarge,
}

/// Checks an element's attributes. `inherited_lang` is the nearest `lang` above the
/// element (the page's), used when the element has none.
pub fn parse_attributes(
    attributes: &[(String, String)],
    inherited_lang: Option<&str>,
    script: ScriptData,
) -> Result<EmbedConfig, String> {
    let get = |name: &str| {
        attributes
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    };
    // Messages are in the widget's language when that much is known.
    let lang = match get("lang") {
        Some(tag) => Lang::from_tag(tag).ok_or_else(|| {
            fill(
                i18n::ERR_BAD_ATTRIBUTE_VALUE.get(Lang::En),
                &[
                    ("attribute", "lang"),
                    ("value", &echo(tag)),
                    ("known", "en, ru, kk"),
                ],
            )
        })?,
        None => inherited_lang.and_then(Lang::from_tag).unwrap_or_default(),
    };
    let name = get("name").map(str::trim).unwrap_or_default();
    if name.is_empty() {
        return Err(fill(
            i18n::ERR_MISSING_NAME.get(lang),
            &[("known", &WidgetKind::known_names())],
        ));
    }
    let kind = WidgetKind::from_name(name).ok_or_else(|| {
        fill(
            i18n::ERR_UNKNOWN_WIDGET.get(lang),
            &[("name", &echo(name)), ("known", &WidgetKind::known_names())],
        )
    })?;
    if let Some((unknown, _)) = attributes.iter().find(|(k, _)| {
        !OWN_ATTRIBUTES.contains(&k.as_str())
            && !GLOBAL_ATTRIBUTES.contains(&k.as_str())
            && !k.starts_with("data-")
            && !k.starts_with("aria-")
    }) {
        return Err(fill(
            i18n::ERR_UNKNOWN_ATTRIBUTE.get(lang),
            &[
                ("widget", kind.name()),
                ("attribute", &echo(unknown)),
                ("known", &OWN_ATTRIBUTES.join(", ")),
            ],
        ));
    }
    let theme = match get("theme").map(str::trim) {
        None | Some("") | Some("auto") => None,
        Some(value) => Some(Theme::from_name(value).ok_or_else(|| {
            fill(
                i18n::ERR_BAD_ATTRIBUTE_VALUE.get(lang),
                &[
                    ("attribute", "theme"),
                    ("value", &echo(value)),
                    ("known", "auto, light, dark"),
                ],
            )
        })?),
    };
    let data = match (get("data"), script) {
        (Some(json), _) => Some(json.to_string()),
        (None, ScriptData::Found(json)) => Some(json),
        (None, ScriptData::Missing(id)) => {
            return Err(fill(i18n::ERR_DATA_SCRIPT.get(lang), &[("id", &echo(&id))]));
        }
        (None, ScriptData::TooLarge) => {
            return Err(fill(
                i18n::DATA_ERROR.get(lang),
                &[("message", DATA_TOO_LARGE.get(lang))],
            ));
        }
        (None, ScriptData::None) => None,
    };
    Ok(EmbedConfig {
        kind,
        lang,
        theme,
        data,
    })
}

struct Mounted {
    config: RwSignal<Result<EmbedConfig, String>>,
    /// The host page's declared `color-scheme`, re-read with the attributes.
    declared: RwSignal<String>,
    // Dropping the handle unmounts the view and frees its reactive graph.
    _handle: Box<dyn std::any::Any>,
}

thread_local! {
    static MOUNTED: RefCell<HashMap<u32, Mounted>> = RefCell::new(HashMap::new());
    static NEXT_ID: RefCell<u32> = const { RefCell::new(1) };
    static SHEET: RefCell<Option<web_sys::CssStyleSheet>> = const { RefCell::new(None) };
    static PREFERS_DARK: RefCell<Option<RwSignal<bool>>> = const { RefCell::new(None) };
}

/// The element property holding its id in this bundle's `MOUNTED`. Per bundle: on a page
/// with widgets in two languages, two one-language bundles number their widgets apart.
const ID_KEY: &str = match tendik_core::model::ONLY_LANG {
    None => "__tendikId",
    Some(Lang::En) => "__tendikIdEn",
    Some(Lang::Ru) => "__tendikIdRu",
    Some(Lang::Kk) => "__tendikIdKk",
};

fn host_id(host: &HtmlElement) -> Option<u32> {
    js_sys::Reflect::get(host, &ID_KEY.into())
        .ok()
        .and_then(|v| v.as_f64())
        .map(|v| v as u32)
}

#[wasm_bindgen]
extern "C" {
    /// An element or attribute seen through the strings the embed reads, left in
    /// JavaScript: their length can be read before they are copied.
    type Strings;
    #[wasm_bindgen(method, getter)]
    fn name(this: &Strings) -> JsString;
    #[wasm_bindgen(method, getter)]
    fn value(this: &Strings) -> JsString;
    #[wasm_bindgen(method, getter, js_name = textContent)]
    fn text_content(this: &Strings) -> JsString;
    #[wasm_bindgen(method, js_name = getAttribute)]
    fn get_attribute(this: &Strings, name: &str) -> Option<JsString>;
}

fn strings(node: &JsValue) -> &Strings {
    node.unchecked_ref()
}

fn attribute(el: &web_sys::Element, name: &str) -> Option<JsString> {
    strings(el).get_attribute(name)
}

/// Longest `data` text copied into the wasm, in UTF-16 units: each is at least one byte of
/// UTF-8, so anything longer is over the 64 KiB limit and is refused uncopied.
const MAX_DATA_UNITS: u32 = MAX_BYTES as u32;
/// Longest value of any other attribute copied whole. A longer one is cut: it cannot be
/// right, and messages quote only its start.
const MAX_ATTRIBUTE_UNITS: u32 = 256;

/// `s` copied into the wasm, or only its first `max` UTF-16 units and "…".
fn cut(s: &JsString, max: u32) -> String {
    if s.length() <= max {
        return s.into();
    }
    let mut text = String::from(&s.slice(0, max));
    text.push('…');
    text
}

/// The text of `s` if it is within the 64 KiB limit, without copying it otherwise.
fn data_text(s: &JsString) -> Option<String> {
    if s.length() > MAX_DATA_UNITS {
        return None;
    }
    let text = String::from(s);
    (text.len() <= MAX_BYTES).then_some(text)
}

fn read_config(host: &HtmlElement) -> Result<EmbedConfig, String> {
    let attrs = host.attributes();
    let mut list: Vec<(String, String)> = Vec::new();
    let mut data_too_large = false;
    for attr in (0..attrs.length()).filter_map(|i| attrs.item(i)) {
        let name = cut(&strings(&attr).name(), MAX_ATTRIBUTE_UNITS).to_ascii_lowercase();
        let value = strings(&attr).value();
        if name != "data" {
            list.push((name, cut(&value, MAX_ATTRIBUTE_UNITS)));
        } else if let Some(json) = data_text(&value) {
            list.push((name, json));
        } else {
            data_too_large = true;
        }
    }
    let script = if data_too_large {
        ScriptData::TooLarge
    } else {
        let id = list.iter().find(|(k, _)| k == "data-script");
        script_data(host, id.map(|(_, v)| v.as_str()))
    };
    parse_attributes(&list, inherited_lang(host).as_deref(), script)
}

/// The nearest `lang` above the element, through shadow roots to their hosts (the
/// composed tree), as the loader reads it (`langTag` in www/embed/loader.js).
fn inherited_lang(host: &web_sys::Element) -> Option<String> {
    let mut node: web_sys::Node = host.clone().into();
    let mut above = host.parent_element();
    loop {
        if let Some(found) = above.and_then(|el| el.closest("[lang]").ok().flatten()) {
            return attribute(&found, "lang").map(|v| cut(&v, MAX_ATTRIBUTE_UNITS));
        }
        let shadow_host = node
            .get_root_node()
            .dyn_into::<web_sys::ShadowRoot>()
            .ok()?
            .host();
        node = shadow_host.clone().into();
        above = Some(shadow_host);
    }
}

fn is_json_script(el: &web_sys::Element) -> bool {
    el.tag_name().eq_ignore_ascii_case("script")
        && attribute(el, "type").is_some_and(|t| {
            cut(&t, MAX_ATTRIBUTE_UNITS)
                .trim()
                .eq_ignore_ascii_case("application/json")
        })
}

/// The JSON of `data-script="id"`, or of a `<script type="application/json">` child.
/// Read as text: never executed, never parsed as HTML.
fn script_data(host: &HtmlElement, id: Option<&str>) -> ScriptData {
    let text = |el: web_sys::Element| match data_text(&strings(&el).text_content()) {
        Some(json) => ScriptData::Found(json),
        None => ScriptData::TooLarge,
    };
    if let Some(id) = id {
        let found = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id.trim()))
            .filter(is_json_script);
        return found.map_or_else(|| ScriptData::Missing(id.to_string()), text);
    }
    let children = host.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .find(is_json_script)
        .map_or(ScriptData::None, text)
}

fn shared_sheet() -> Option<web_sys::CssStyleSheet> {
    SHEET.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            let sheet = web_sys::CssStyleSheet::new().ok()?;
            sheet.replace_sync(WIDGET_CSS).ok()?;
            *cell = Some(sheet);
        }
        cell.clone()
    })
}

/// The host element's computed style: where the page's `color-scheme` and a newsroom's
/// theme properties are read.
fn host_style(host: &HtmlElement) -> Option<web_sys::CssStyleDeclaration> {
    web_sys::window()?.get_computed_style(host).ok().flatten()
}

/// The `color-scheme` the host page declares where the element sits: its CSS (computed,
/// so inherited from the page's root), else the page's `<meta name="color-scheme">`.
fn declared_color_scheme(style: Option<&web_sys::CssStyleDeclaration>) -> String {
    let css = style
        .and_then(|style| style.get_property_value("color-scheme").ok())
        .unwrap_or_default();
    if !css.trim().is_empty() && css.trim() != "normal" {
        return css;
    }
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(r#"meta[name="color-scheme"]"#)
                .ok()
                .flatten()
        })
        .and_then(|meta| meta.get_attribute("content"))
        .unwrap_or_default()
}

/// `0xRRGGBB` from a computed colour, `rgb(0, 109, 119)`; `None` for anything else (a
/// colour with transparency, one the browser keeps in another space, like `oklch()`).
pub fn computed_rgb(css: &str) -> Option<u32> {
    let inner = css.trim().strip_prefix("rgb(")?.strip_suffix(')')?;
    let channels: Vec<u32> = inner
        .split(',')
        .map(|c| c.trim().parse::<u8>().ok().map(u32::from))
        .collect::<Option<_>>()?;
    match channels[..] {
        [r, g, b] => Some(r << 16 | g << 8 | b),
        _ => None,
    }
}

/// A newsroom's theme (README, "A newsroom's theme"): `--tendik-font-family` reaches the
/// widget's text through the stylesheet alone; `--tendik-accent` (light) and
/// `--tendik-accent-dark` are checked here, and an accent is used only where it stands out
/// from the background and looks like no category's colour. Otherwise, and for a font
/// value that is not a font list, the console says why and Tendik's own is kept.
fn apply_newsroom_theme(style: Option<&web_sys::CssStyleDeclaration>, container: &HtmlElement) {
    let Some(style) = style else {
        return;
    };
    let font = style
        .get_property_value("--tendik-font-family")
        .unwrap_or_default();
    let font = font.trim();
    if !font.is_empty() && !is_font_family(font) {
        web_sys::console::warn_1(
            &format!(
                "Tendik: --tendik-font-family: \"{}\" is not a list of font families; the widget keeps its own font.",
                echo(font)
            )
            .into(),
        );
        // `initial` makes the property unset inside the widget, so the stylesheet's own
        // font list applies rather than the browser's default.
        let _ = container
            .style()
            .set_property("--tendik-font-family", "initial");
    }
    let mut accented = false;
    for (property, theme, used) in [
        (
            "--tendik-accent",
            Theme::Light,
            "--tendik-accent-light-used",
        ),
        (
            "--tendik-accent-dark",
            Theme::Dark,
            "--tendik-accent-dark-used",
        ),
    ] {
        let value = style.get_property_value(property).unwrap_or_default();
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let refusal = match resolve_colour(container, value) {
            None => format!(
                "\"{}\" is not an opaque colour in hex or rgb()",
                echo(value)
            ),
            Some(rgb) => match tendik_core::chart::accent_refusal(rgb, theme) {
                Some(why) => why,
                None => {
                    let _ = container.style().set_property(used, &format!("#{rgb:06x}"));
                    accented = true;
                    continue;
                }
            },
        };
        web_sys::console::warn_1(
            &format!("Tendik: {property}: {refusal}; the widget keeps its own accent.").into(),
        );
    }
    if accented {
        container.set_class_name("tendik-root tendik-accented");
    }
}

/// A detached span given `property: value`, and whether the browser took the value (it
/// drops one that is not valid for the property).
fn probe(property: &str, value: &str) -> Option<(HtmlElement, bool)> {
    let span: HtmlElement = web_sys::window()?
        .document()?
        .create_element("span")
        .ok()?
        .dyn_into()
        .ok()?;
    let _ = span.style().set_property(property, value);
    let taken = !span
        .style()
        .get_property_value(property)
        .unwrap_or_default()
        .is_empty();
    Some((span, taken))
}

/// Whether the browser takes `value` as a `font-family` (yes when it cannot be asked).
fn is_font_family(value: &str) -> bool {
    probe("font-family", value).is_none_or(|(_, taken)| taken)
}

/// The colour `value` (any CSS colour) as the browser computes it, through a probe.
fn resolve_colour(container: &HtmlElement, value: &str) -> Option<u32> {
    let (probe, taken) = probe("color", value)?;
    if !taken {
        return None;
    }
    container.append_child(&probe).ok()?;
    let computed = web_sys::window()?
        .get_computed_style(&probe)
        .ok()
        .flatten()
        .and_then(|s| s.get_property_value("color").ok());
    probe.remove();
    computed_rgb(&computed?)
}

/// True while the reader's system asks for dark mode; updated live.
pub fn prefers_dark() -> RwSignal<bool> {
    PREFERS_DARK.with(|cell| {
        *cell.borrow_mut().get_or_insert_with(|| {
            let signal = RwSignal::new(false);
            if let Some(mql) = web_sys::window()
                .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            {
                signal.set(mql.matches());
                let listener = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
                    move |e: web_sys::MediaQueryListEvent| signal.set(e.matches()),
                );
                let _ = mql
                    .add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
                // One listener for the page's lifetime.
                listener.forget();
            }
            signal
        })
    })
}

#[wasm_bindgen]
extern "C" {
    /// The builtins the loader took as it loaded (`BUILTINS` in www/embed/loader.js): a
    /// host script that replaces one later cannot change a figure.
    pub type Builtins;
    #[wasm_bindgen(method, js_name = parseFloat)]
    fn parse_float(this: &Builtins, text: &str) -> f64;
}

thread_local! {
    static BUILTINS: RefCell<Option<Builtins>> = const { RefCell::new(None) };
}

/// Called by the loader once the bundle is ready, before any widget mounts.
#[wasm_bindgen(js_name = useBuiltins)]
pub fn use_builtins(builtins: Builtins) {
    BUILTINS.with(|b| *b.borrow_mut() = Some(builtins));
}

/// Numbers in a newsroom's JSON, read by the browser (see `tendik_core::decimal`).
fn js_parse_float(text: &str) -> Option<f64> {
    let n = BUILTINS
        .with(|b| b.borrow().as_ref().map(|b| b.parse_float(text)))
        .unwrap_or_else(|| js_sys::Number::parse_float(text));
    (!n.is_nan()).then_some(n)
}

/// Renders the widget an element asks for into its shadow root.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(host: HtmlElement) {
    if host_id(&host).is_some() {
        update_widget(host);
        return;
    }
    let shadow = match host.shadow_root() {
        Some(root) => root,
        None => {
            match host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)) {
                Ok(root) => root,
                Err(_) => {
                    console_error("Tendik: this element cannot hold a shadow root.");
                    return;
                }
            }
        }
    };
    if let Some(sheet) = shared_sheet() {
        let sheets = js_sys::Array::of1(&sheet);
        let _ = js_sys::Reflect::set(&shadow, &"adoptedStyleSheets".into(), &sheets);
    }
    // The loader's fallback (the element's static figure or text) stays, and the widget is
    // laid out unseen behind it until it has painted: the loader then swaps them at once
    // (loader.js `_swap`), so the page never shifts through a half-built widget.
    let Some(container) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    container.set_class_name("tendik-root tendik-pending");
    let _ = shadow.append_child(&container);
    let style = host_style(&host);
    apply_newsroom_theme(style.as_ref(), &container);

    let initial = read_config(&host);
    if let Err(message) = &initial {
        console_error(message);
    }
    let config = RwSignal::new(initial);
    let declared = RwSignal::new(declared_color_scheme(style.as_ref()));
    let dark = prefers_dark();
    let handle = leptos::mount::mount_to(container, move || {
        let source =
            Memo::new(move |_| config.with(|c| c.as_ref().ok().map(|c| (c.kind, c.data.clone()))));
        let lang =
            Signal::derive(move || config.with(|c| c.as_ref().map(|c| c.lang).unwrap_or_default()));
        let theme = Signal::derive(move || {
            config
                .with(|c| c.as_ref().ok().and_then(|c| c.theme))
                .unwrap_or_else(|| declared.with(|d| Theme::auto(d, dark.get())))
        });
        let error_view = move |message: String| {
            view! {
                <div
                    class="tendik-widget"
                    data-state="error"
                    class:tendik-dark=move || theme.get() == Theme::Dark
                >
                    <p class="tendik-error" role="alert">{message}</p>
                </div>
            }
            .into_any()
        };
        move || match source.get() {
            // A kind whose code is in a chunk not loaded (yet): the element's fallback.
            Some((kind, data)) if chunks::readiness(kind, data.is_some()) != Ready => {
                chunks::placeholder(
                    chunks::readiness(kind, data.is_some()),
                    lang.get_untracked(),
                )
            }
            Some((kind, None)) => view! { <AnyWidget kind lang theme/> }.into_any(),
            Some((kind, Some(json))) => {
                // The newsroom's labels are its own: re-parse when the language changes
                // only for the messages and notes the widget adds.
                let parsed = Memo::new_with_compare(
                    move |_| {
                        chunks::parse_user_data(kind, &json, lang.get(), js_parse_float)
                            .map_err(|e| e.to_string())
                    },
                    |_, _| true,
                );
                Effect::new(move |_| {
                    if let Err(message) = parsed.get() {
                        console_error(&message);
                    }
                });
                (move || match parsed.get() {
                    Ok(widget) => {
                        let widget = Signal::derive(move || widget.clone());
                        view! { <ChartFrame widget lang theme/> }.into_any()
                    }
                    Err(message) => error_view(message),
                })
                .into_any()
            }
            None => error_view(config.with(|c| c.as_ref().err().cloned().unwrap_or_default())),
        }
    });
    let id = NEXT_ID.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    let _ = js_sys::Reflect::set(&host, &ID_KEY.into(), &f64::from(id).into());
    MOUNTED.with(|m| {
        m.borrow_mut().insert(
            id,
            Mounted {
                config,
                declared,
                _handle: Box::new(handle),
            },
        )
    });
}

/// Re-reads the element's attributes after one changed; the widget re-renders in place.
#[wasm_bindgen(js_name = updateWidget)]
pub fn update_widget(host: HtmlElement) {
    let Some(id) = host_id(&host) else {
        mount_widget(host);
        return;
    };
    let next = read_config(&host);
    let scheme = declared_color_scheme(host_style(&host).as_ref());
    MOUNTED.with(|m| {
        if let Some(mounted) = m.borrow().get(&id) {
            if mounted.declared.with_untracked(|d| *d != scheme) {
                mounted.declared.set(scheme);
            }
            if mounted.config.with_untracked(|c| *c != next) {
                if let Err(message) = &next {
                    console_error(message);
                }
                mounted.config.set(next);
            }
        }
    });
}

/// Frees an element's widget when it leaves the page.
#[wasm_bindgen(js_name = unmountWidget)]
pub fn unmount_widget(host: HtmlElement) {
    if let Some(id) = host_id(&host) {
        let removed = MOUNTED.with(|m| m.borrow_mut().remove(&id));
        if let Some(mounted) = removed {
            let config = mounted.config;
            drop(mounted);
            // Created outside any reactive owner, so nothing else disposes of it.
            config.dispose();
        }
        let _ = js_sys::Reflect::delete_property(&host, &ID_KEY.into());
        if let Some(shadow) = host.shadow_root() {
            shadow.replace_children_with_node_0();
        }
    }
}

/// Widgets currently mounted, for leak tests and benchmarks.
#[wasm_bindgen(js_name = mountedCount)]
pub fn mounted_count() -> u32 {
    MOUNTED.with(|m| m.borrow().len() as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn computed_colours_are_read_only_when_opaque_rgb() {
        assert_eq!(computed_rgb("rgb(0, 109, 119)"), Some(0x006d77));
        assert_eq!(computed_rgb(" rgb(255, 255, 255) "), Some(0xffffff));
        assert_eq!(computed_rgb("rgba(0, 109, 119, 0.5)"), None);
        assert_eq!(computed_rgb("rgb(0, 109)"), None);
        assert_eq!(computed_rgb("rgb(0, 109, 300)"), None);
        assert_eq!(computed_rgb("oklch(0.5 0.1 200)"), None);
    }

    #[test]
    fn a_known_widget_with_its_own_attributes_parses() {
        let c = parse_attributes(
            &attrs(&[
                ("name", "violence-trend"),
                ("lang", "kk"),
                ("theme", "dark"),
            ]),
            None,
            ScriptData::None,
        )
        .unwrap();
        assert_eq!(c.kind.name(), "violence-trend");
        assert_eq!(c.lang, Lang::Kk);
        assert_eq!(c.theme, Some(Theme::Dark));
    }

    #[test]
    fn language_falls_back_to_the_page_then_english() {
        let c = parse_attributes(
            &attrs(&[("name", "peacekeeping")]),
            Some("ru-RU"),
            ScriptData::None,
        )
        .unwrap();
        assert_eq!(c.lang, Lang::Ru);
        let c = parse_attributes(
            &attrs(&[("name", "peacekeeping")]),
            Some("fr"),
            ScriptData::None,
        )
        .unwrap();
        assert_eq!(c.lang, Lang::En);
    }

    #[test]
    fn unknown_names_and_attributes_are_named_in_the_message() {
        let e = parse_attributes(
            &attrs(&[("name", "no-such-widget")]),
            None,
            ScriptData::None,
        )
        .unwrap_err();
        assert!(
            e.contains("no-such-widget") && e.contains("quota-gauge"),
            "{e}"
        );
        let e = parse_attributes(
            &attrs(&[("name", "quota-gauge"), ("colour", "red")]),
            None,
            ScriptData::None,
        )
        .unwrap_err();
        assert!(e.contains("colour"), "{e}");
        let e = parse_attributes(
            &attrs(&[("name", "quota-gauge"), ("theme", "neon")]),
            None,
            ScriptData::None,
        )
        .unwrap_err();
        assert!(e.contains("neon") && e.contains("dark"), "{e}");
        let e = parse_attributes(&attrs(&[]), None, ScriptData::None).unwrap_err();
        assert!(e.contains("name"), "{e}");
    }

    #[test]
    fn global_data_and_aria_attributes_are_allowed() {
        let c = parse_attributes(
            &attrs(&[
                ("name", "quota-gauge"),
                ("class", "x"),
                ("data-x", "1"),
                ("aria-hidden", "false"),
            ]),
            None,
            ScriptData::None,
        );
        assert!(c.is_ok());
    }
}

#[cfg(test)]
mod data_tests {
    use super::*;

    fn attrs(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn data_comes_from_the_attribute_first_then_a_script() {
        let json = r#"{"source":"x"}"#;
        let c = parse_attributes(
            &attrs(&[("name", "quota-gauge"), ("data", json)]),
            None,
            ScriptData::Found("ignored".into()),
        )
        .unwrap();
        assert_eq!(c.data.as_deref(), Some(json));
        let c = parse_attributes(
            &attrs(&[("name", "quota-gauge")]),
            None,
            ScriptData::Found(json.into()),
        )
        .unwrap();
        assert_eq!(c.data.as_deref(), Some(json));
    }

    #[test]
    fn data_over_the_limit_is_refused_with_a_message() {
        for lang in ["en", "ru", "kk"] {
            let e = parse_attributes(
                &attrs(&[("name", "quota-gauge"), ("lang", lang)]),
                None,
                ScriptData::TooLarge,
            )
            .unwrap_err();
            assert!(e.contains("65536"), "{e}");
        }
    }

    #[test]
    fn echoed_values_are_cut_to_sixty_characters() {
        let long = "ә".repeat(10_000);
        for given in [
            vec![("name", long.as_str())],
            vec![("name", "quota-gauge"), ("theme", &long)],
            vec![("name", "quota-gauge"), ("lang", &long)],
        ] {
            let attribute = given.last().unwrap().0;
            let e = parse_attributes(&attrs(&given), None, ScriptData::None).unwrap_err();
            let quoted = format!("{}…", "ә".repeat(ECHO_CHARS));
            assert!(e.contains(&quoted), "{attribute}: {e}");
            assert!(
                e.chars().count() < 400,
                "{attribute}: {} characters",
                e.chars().count()
            );
        }
        let e = parse_attributes(
            &attrs(&[("name", "quota-gauge"), ("data-script", &long)]),
            None,
            ScriptData::Missing(long.clone()),
        )
        .unwrap_err();
        assert!(e.chars().count() < 400, "{e}");
        assert_eq!(echo("short"), "short");
        assert_eq!(echo(&"x".repeat(ECHO_CHARS)), "x".repeat(ECHO_CHARS));
    }

    #[test]
    fn a_missing_data_script_is_named() {
        let e = parse_attributes(
            &attrs(&[("name", "quota-gauge"), ("data-script", "nope")]),
            None,
            ScriptData::Missing("nope".into()),
        )
        .unwrap_err();
        assert!(e.contains("nope"), "{e}");
    }
}
