//! Lazily loaded wasm chunks (feature `lazy`, wasm only; docs/lazy-chunks.md).
//!
//! A split point is a `#[wasm_split(name)]` function: wasm-split (post-build) moves it and
//! everything only it reaches into the chunk `name`, and calling it fetches that chunk
//! first. Each widget's split point (tendik-core's registry) returns its spec; the
//! `userdata` one returns the newsroom-data parser. Until an element's chunks are in, and if one cannot
//! be loaded, the element keeps its fallback.

use leptos::prelude::*;
use tendik_core::decimal::ParseNumber;
use tendik_core::i18n;
use tendik_core::userdata::DataError;
use tendik_core::widgets::{Widget, WidgetKind};
use tendik_core::Lang;

/// Whether an element's code can run now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    Loading,
    Failed,
}

type Parser = fn(WidgetKind, &str, Lang, ParseNumber) -> Result<Widget, DataError>;

#[cfg(all(feature = "lazy", target_family = "wasm"))]
mod split {
    use std::cell::Cell;
    use std::sync::OnceLock;

    use leptos::prelude::*;
    use leptos::wasm_split::{wasm_split, SplitLoaderError};
    use tendik_core::widgets::lazy;
    use tendik_core::widgets::WidgetKind;
    use tendik_core::widgets::REGISTRY;

    use super::{Parser, Readiness};

    #[wasm_split(userdata, wasm_split_path = ::leptos::wasm_split, fallible)]
    fn userdata_parser() -> Result<Parser, SplitLoaderError> {
        Ok(tendik_core::userdata::parse_widget_with)
    }

    pub static PARSER: OnceLock<Parser> = OnceLock::new();

    /// One slot per widget, then the parser's.
    const PARSER_SLOT: usize = REGISTRY.len();
    #[derive(Clone, Copy, PartialEq)]
    enum Load {
        Idle,
        Loading,
        Failed,
    }

    thread_local! {
        static STATE: [Cell<Load>; PARSER_SLOT + 1] = [const { Cell::new(Load::Idle) }; PARSER_SLOT + 1];
        // Bumped when a chunk arrives or fails: the views waiting for one re-render. Not an
        // arena signal: one made while a view renders would be disposed with that view.
        static CHANGED: ArcRwSignal<u32> = ArcRwSignal::new(0);
    }

    /// Starts loading slot `slot` unless it is loading or failed; its state now.
    fn start(slot: usize, changed: &ArcRwSignal<u32>) -> Readiness {
        match STATE.with(|s| s[slot].get()) {
            Load::Loading => return Readiness::Loading,
            Load::Failed => return Readiness::Failed,
            Load::Idle => {}
        }
        STATE.with(|s| s[slot].set(Load::Loading));
        let changed = changed.clone();
        leptos::task::spawn_local(async move {
            let (loaded, chunk) = if slot == PARSER_SLOT {
                let parser = userdata_parser().await;
                let loaded = parser.map(|p| PARSER.get_or_init(|| p)).is_ok();
                (loaded, "userdata")
            } else {
                let kind = WidgetKind::all().nth(slot).expect("a widget's slot");
                (lazy::load(kind).await.is_ok(), kind.chunk())
            };
            if !loaded {
                crate::console_error(&super::load_error(chunk));
            }
            STATE.with(|s| s[slot].set(if loaded { Load::Idle } else { Load::Failed }));
            changed.update(|n| *n += 1);
        });
        Readiness::Loading
    }

    pub fn readiness(kind: WidgetKind, with_data: bool) -> Readiness {
        let changed = CHANGED.with(ArcRwSignal::clone);
        changed.track();
        let code = if lazy::is_loaded(kind) {
            Readiness::Ready
        } else {
            start(kind.index(), &changed)
        };
        let parser = if !with_data || PARSER.get().is_some() {
            Readiness::Ready
        } else {
            start(PARSER_SLOT, &changed)
        };
        match (code, parser) {
            (Readiness::Ready, Readiness::Ready) => Readiness::Ready,
            (Readiness::Failed, _) | (_, Readiness::Failed) => Readiness::Failed,
            _ => Readiness::Loading,
        }
    }
}

/// "Tendik: the chunk `downloads` could not be loaded.", for the console.
pub fn load_error(chunk: &str) -> String {
    format!("Tendik: the chunk `{chunk}` could not be loaded.")
}

/// Whether a widget of `kind` (with a newsroom's data: `with_data`) can mount now; starts
/// loading what it lacks. Reactive: a view that asked re-runs when a chunk arrives or fails.
pub fn readiness(kind: WidgetKind, with_data: bool) -> Readiness {
    #[cfg(all(feature = "lazy", target_family = "wasm"))]
    return split::readiness(kind, with_data);
    #[cfg(not(all(feature = "lazy", target_family = "wasm")))]
    {
        let _ = (kind, with_data);
        Readiness::Ready
    }
}

/// Parses a newsroom's JSON; in the lazy bundle, once [`readiness`] said the parser is in.
pub fn parse_user_data(
    kind: WidgetKind,
    json: &str,
    lang: Lang,
    number: ParseNumber,
) -> Result<Widget, DataError> {
    #[cfg(all(feature = "lazy", target_family = "wasm"))]
    let parse: Parser = *split::PARSER.get().expect("parser chunk loaded before use");
    #[cfg(not(all(feature = "lazy", target_family = "wasm")))]
    let parse: Parser = tendik_core::userdata::parse_widget_with;
    parse(kind, json, lang, number)
}

/// What an element shows while its chunks load, or when one could not: its own fallback
/// text (through the slot), else the loader's note.
pub fn placeholder(state: Readiness, lang: Lang) -> AnyView {
    let note = if state == Readiness::Failed {
        i18n::CHART_FAILED.get(lang)
    } else {
        i18n::LOADING.get(lang)
    };
    // A failure is as settled as a chart: the loader shows it at once.
    let state = (state == Readiness::Failed).then_some("error");
    view! {
        <p part="fallback" data-state=state>
            <slot>{note}</slot>
        </p>
    }
    .into_any()
}
