//! Lazily loaded wasm chunks (feature `lazy`, wasm only; docs/lazy-chunks.md).
//!
//! A split point is a `#[wasm_split(name)]` function: wasm-split (post-build) moves it and
//! everything only it reaches into the chunk `name`, and calling it fetches that chunk
//! first. A widget kind's split point returns its [`WidgetCode`]; once installed in
//! `tendik_core::widgets::lazy`, the kind's widgets mount. Until then, and if the chunk
//! cannot be loaded, the element keeps its fallback.

use leptos::prelude::*;
use tendik_core::widgets::WidgetKind;

/// Whether a widget kind's code can run now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    Loading,
    Failed,
}

#[cfg(all(feature = "lazy", target_family = "wasm"))]
mod split {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use leptos::prelude::*;
    use leptos::wasm_split::{wasm_split, SplitLoaderError};
    use tendik_core::widgets::lazy::{self, WidgetCode};
    use tendik_core::widgets::WidgetKind;

    use super::Readiness;

    #[wasm_split(violence_trend, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn violence_trend_code() -> Result<&'static WidgetCode, SplitLoaderError> {
        Ok(&lazy::VIOLENCE_TREND_CODE)
    }

    /// The chunk holding a kind's code; `None`: the main module.
    pub fn chunk_of(kind: WidgetKind) -> Option<&'static str> {
        match kind {
            WidgetKind::ViolenceTrend => Some("violence_trend"),
            _ => None,
        }
    }

    thread_local! {
        static STATE: RefCell<HashMap<&'static str, Readiness>> = RefCell::new(HashMap::new());
        // Bumped when a chunk arrives or fails: views waiting for one re-render.
        static CHANGED: RwSignal<u32> = RwSignal::new(0);
    }

    async fn fetch_code(kind: WidgetKind) -> Result<&'static WidgetCode, SplitLoaderError> {
        match kind {
            WidgetKind::ViolenceTrend => violence_trend_code().await,
            _ => unreachable!(),
        }
    }

    pub fn readiness(kind: WidgetKind) -> Readiness {
        let changed = CHANGED.with(|c| *c);
        changed.track();
        let Some(chunk) = chunk_of(kind) else {
            return Readiness::Ready;
        };
        if lazy::is_loaded(kind) {
            return Readiness::Ready;
        }
        let state = STATE.with(|s| s.borrow().get(chunk).copied());
        if let Some(state) = state {
            return state;
        }
        STATE.with(|s| s.borrow_mut().insert(chunk, Readiness::Loading));
        leptos::task::spawn_local(async move {
            let state = match fetch_code(kind).await {
                Ok(code) => {
                    lazy::install(kind, code);
                    Readiness::Ready
                }
                Err(_) => {
                    crate::console_error(&super::load_error(chunk));
                    Readiness::Failed
                }
            };
            STATE.with(|s| s.borrow_mut().insert(chunk, state));
            changed.update(|n| *n += 1);
        });
        Readiness::Loading
    }
}

/// "Tendik: the chunk `downloads` could not be loaded", for the console.
pub fn load_error(chunk: &str) -> String {
    format!("Tendik: the chunk `{chunk}` could not be loaded.")
}

/// Whether `kind`'s widgets can mount now; starts loading its chunk if not. Reactive: a
/// view that asked re-runs when the chunk arrives or fails.
pub fn readiness(kind: WidgetKind) -> Readiness {
    #[cfg(all(feature = "lazy", target_family = "wasm"))]
    return split::readiness(kind);
    #[cfg(not(all(feature = "lazy", target_family = "wasm")))]
    {
        let _ = kind;
        Readiness::Ready
    }
}

/// What an element shows while its chunk loads, or when it could not: its own fallback
/// text (through the slot), else the loader's note.
pub fn placeholder(state: Readiness) -> AnyView {
    let note = if state == Readiness::Failed {
        "This chart could not be loaded."
    } else {
        "Loading chart…"
    };
    view! {
        <p part="fallback">
            <slot>{note}</slot>
        </p>
    }
    .into_any()
}
