//! Moving between the app's views: the address bar holds the whole state, and links are
//! real links that the app follows in place.

use leptos::prelude::*;
use tendik_core::dataset;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::url_state::{UrlState, View};

pub fn current_location() -> (String, String) {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return Default::default();
    };
    (
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default(),
    )
}

/// Puts the state in the address bar; `push` adds a history entry, else the current one
/// is replaced. On the dashboard the fragment names a chart and is kept as it is.
pub fn write_url(state: &UrlState, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (search, hash) = current_location();
    let fragment = if state.view == View::Dashboard {
        hash.clone()
    } else {
        state.fragment()
    };
    let query = state.to_query();
    if search == query && hash == fragment {
        return;
    }
    let url = if query.is_empty() {
        format!("{}{fragment}", location.pathname().unwrap_or_default())
    } else {
        format!("{query}{fragment}")
    };
    if let Ok(history) = window.history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// A click the browser should handle itself: another button, or a modifier (new tab,
/// new window, download).
fn is_special_click(ev: &web_sys::MouseEvent) -> bool {
    ev.default_prevented()
        || ev.button() != 0
        || ev.ctrl_key()
        || ev.meta_key()
        || ev.shift_key()
        || ev.alt_key()
}

/// The app's own links are plain `<a data-nav href="?…#…">`, real links (open in a new
/// tab, copy the address) that one listener follows in place: no code per link. The
/// language and theme are the current ones, whatever the link was rendered with.
/// `data-from="<figure id>"` first marks the current history entry with that figure, so
/// Back returns to it; `data-show` only shows the highlighted sentence again.
pub fn follow_links(state: RwSignal<UrlState>, show: fn()) {
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if is_special_click(&ev) {
            return;
        }
        let Some(link) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[data-nav], a[data-show]").ok().flatten())
        else {
            return;
        };
        ev.prevent_default();
        if link.has_attribute("data-show") {
            show();
            return;
        }
        let href = link.get_attribute("href").unwrap_or_default();
        let (search, hash) = href.split_once('#').unwrap_or((&href, ""));
        let current = state.get_untracked();
        if let Some(from) = link.get_attribute("data-from") {
            let from = dataset::figure(&from).map(|f| f.id);
            write_url(
                &UrlState {
                    figure: from,
                    ..current.clone()
                },
                false,
            );
        }
        let next = UrlState {
            lang: current.lang,
            theme: current.theme,
            ..UrlState::parse(search, hash)
        };
        state.set(next);
    });
    let _ = document().add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}
