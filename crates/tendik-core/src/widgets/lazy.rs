//! Widget code in lazily loaded wasm chunks (feature `lazy`, wasm only;
//! docs/lazy-chunks.md). The main module reaches no widget's [`Spec`]: each is returned by
//! its split point in [`registry`](super::registry), and once [`load`]ed, [`WidgetKind`]
//! calls it through the slot here. So wasm-split moves each widget's code into its chunk.

use std::sync::OnceLock;

use wasm_split_helpers::SplitLoaderError;

use super::registry::{self, COUNT};
use super::{Spec, WidgetKind};
use crate::chart::recorder::Recorder;

static INSTALLED: [OnceLock<&'static Spec>; COUNT] = [const { OnceLock::new() }; COUNT];

/// True once the widget's chunk is loaded.
pub fn is_loaded(kind: WidgetKind) -> bool {
    INSTALLED[kind.index()].get().is_some()
}

/// Loads the widget's chunk (at most once; a failure is retried on the next call).
pub async fn load(kind: WidgetKind) -> Result<(), SplitLoaderError> {
    if is_loaded(kind) {
        return Ok(());
    }
    let spec = registry::split::load(kind.index()).await?;
    pin_core();
    let _ = INSTALLED[kind.index()].set(spec);
    Ok(())
}

/// The loaded spec. Callers mount a widget only after [`is_loaded`], so a miss is a bug
/// (and traps).
pub(super) fn spec(kind: WidgetKind) -> &'static Spec {
    INSTALLED[kind.index()]
        .get()
        .expect("widget chunk loaded before use")
}

/// Keeps the drawing core every widget uses in the main module: an embed page always has
/// a widget, and left alone wasm-split would give this code shared chunks of its own (one
/// per set of chunks using each piece). Taking the addresses is enough for wasm-split to
/// see the main module reach them.
#[inline(never)]
fn pin_core() {
    use crate::chart::{nice_ticks, text_width, wrap, Painter};
    let keep: [*const (); 20] = [
        super::source_line as *const (),
        super::Provenance::of as *const (),
        crate::dataset::expect as *const (),
        crate::format::number as *const (),
        crate::format::date as *const (),
        crate::format::location as *const (),
        crate::i18n::fill as *const (),
        nice_ticks as *const (),
        text_width as *const (),
        wrap as *const (),
        f64::powf as *const (),
        f64::log10 as *const (),
        Painter::<Recorder>::fill as *const (),
        Painter::<Recorder>::rect as *const (),
        Painter::<Recorder>::outline as *const (),
        Painter::<Recorder>::line as *const (),
        Painter::<Recorder>::polyline as *const (),
        Painter::<Recorder>::dashed as *const (),
        Painter::<Recorder>::hatch as *const (),
        Painter::<Recorder>::text as *const (),
    ];
    std::hint::black_box(keep);
}
