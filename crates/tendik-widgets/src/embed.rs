//! The embedding layer: `<tendik-widget name="…" lang="…" theme="…">` elements.
//!
//! The tiny JS loader (`www/embed/loader.js`) defines the custom element and calls these
//! exports; everything else happens here. Each element renders into its own shadow root,
//! styled by one constructable stylesheet shared by every widget on the page.

use std::cell::RefCell;
use std::collections::HashMap;

use leptos::prelude::*;
use tendik_core::chart::Theme;
use tendik_core::i18n::{self, fill};
use tendik_core::widgets::WidgetKind;
use tendik_core::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::chunks::{self, Readiness::Ready};
use crate::{console_error, AnyWidget, ChartFrame};

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
    /// `None`: follow the reader's `prefers-color-scheme`.
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
                    ("value", tag),
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
            &[("name", name), ("known", &WidgetKind::known_names())],
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
                ("attribute", unknown),
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
                    ("value", value),
                    ("known", "auto, light, dark"),
                ],
            )
        })?),
    };
    let data = match (get("data"), script) {
        (Some(json), _) => Some(json.to_string()),
        (None, ScriptData::Found(json)) => Some(json),
        (None, ScriptData::Missing(id)) => {
            return Err(fill(i18n::ERR_DATA_SCRIPT.get(lang), &[("id", &id)]));
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

fn read_config(host: &HtmlElement) -> Result<EmbedConfig, String> {
    let attrs = host.attributes();
    let list: Vec<(String, String)> = (0..attrs.length())
        .filter_map(|i| attrs.item(i))
        .map(|a| (a.name().to_ascii_lowercase(), a.value()))
        .collect();
    let inherited = host
        .parent_element()
        .and_then(|p| p.closest("[lang]").ok().flatten())
        .and_then(|el| el.get_attribute("lang"));
    parse_attributes(&list, inherited.as_deref(), script_data(host))
}

fn is_json_script(el: &web_sys::Element) -> bool {
    el.tag_name().eq_ignore_ascii_case("script")
        && el
            .get_attribute("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/json"))
}

/// The JSON of `data-script="id"`, or of a `<script type="application/json">` child.
/// Read as text: never executed, never parsed as HTML.
fn script_data(host: &HtmlElement) -> ScriptData {
    if let Some(id) = host.get_attribute("data-script") {
        let found = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id.trim()))
            .filter(is_json_script);
        return match found {
            Some(el) => ScriptData::Found(el.text_content().unwrap_or_default()),
            None => ScriptData::Missing(id),
        };
    }
    let children = host.children();
    (0..children.length())
        .filter_map(|i| children.item(i))
        .find(is_json_script)
        .map_or(ScriptData::None, |el| {
            ScriptData::Found(el.text_content().unwrap_or_default())
        })
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

/// Numbers in a newsroom's JSON, read by the browser (see `tendik_core::decimal`).
fn js_parse_float(text: &str) -> Option<f64> {
    let n = js_sys::Number::parse_float(text);
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
    // Remove the loader's fallback text now that the real widget takes over.
    shadow.set_inner_html("");
    let Some(container) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .and_then(|el| el.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    container.set_class_name("tendik-root");
    let _ = shadow.append_child(&container);

    let initial = read_config(&host);
    if let Err(message) = &initial {
        console_error(message);
    }
    let config = RwSignal::new(initial);
    let dark = prefers_dark();
    let handle = leptos::mount::mount_to(container, move || {
        let source =
            Memo::new(move |_| config.with(|c| c.as_ref().ok().map(|c| (c.kind, c.data.clone()))));
        let lang =
            Signal::derive(move || config.with(|c| c.as_ref().map(|c| c.lang).unwrap_or_default()));
        let theme = Signal::derive(move || {
            config
                .with(|c| c.as_ref().ok().and_then(|c| c.theme))
                .unwrap_or(if dark.get() {
                    Theme::Dark
                } else {
                    Theme::Light
                })
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
                chunks::placeholder(chunks::readiness(kind, data.is_some()))
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
    MOUNTED.with(|m| {
        if let Some(mounted) = m.borrow().get(&id) {
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
            shadow.set_inner_html("");
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
        assert_eq!(c.kind, WidgetKind::ViolenceTrend);
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
