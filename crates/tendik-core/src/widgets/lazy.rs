//! Widget code behind function pointers, for wasm builds that load it lazily (feature
//! `lazy`, docs/lazy-chunks.md). A split point in tendik-widgets returns a kind's
//! [`WidgetCode`]; once installed here, [`Widget`]'s methods call it. The main module holds
//! no direct call to that kind's code, so wasm-split moves the code into the kind's chunk.

use std::sync::OnceLock;

use super::{Content, Widget, WidgetKind};
use crate::chart::recorder::Recorder;
use crate::chart::{ChartError, Frame, Mark};
use crate::model::Lang;

/// What a widget kind does, as plain function pointers (a chunk hands these over).
pub struct WidgetCode {
    pub embedded: fn(Lang) -> Widget,
    pub content: fn(&Widget, Lang) -> Content,
    pub height: fn(&Widget, &Frame) -> f64,
    pub record: fn(&Widget, &mut Recorder, &Frame) -> Result<Vec<Mark>, ChartError>,
}

static VIOLENCE_TREND: OnceLock<&'static WidgetCode> = OnceLock::new();

fn slot(kind: WidgetKind) -> Option<&'static OnceLock<&'static WidgetCode>> {
    match kind {
        WidgetKind::ViolenceTrend => Some(&VIOLENCE_TREND),
        _ => None,
    }
}

/// True when the kind's code is in the main module or its chunk has been installed.
pub fn is_loaded(kind: WidgetKind) -> bool {
    slot(kind).is_none_or(|s| s.get().is_some())
}

pub fn install(kind: WidgetKind, code: &'static WidgetCode) {
    if let Some(s) = slot(kind) {
        let _ = s.set(code);
    }
}

/// The installed code of a lazily loaded kind. Callers mount a widget only after
/// [`is_loaded`], so a miss is a bug (and traps).
pub(super) fn code(kind: WidgetKind) -> &'static WidgetCode {
    slot(kind)
        .and_then(OnceLock::get)
        .expect("widget chunk installed before use")
}

/// The violence trend's code; only the `violence_trend` split point refers to it.
pub static VIOLENCE_TREND_CODE: WidgetCode = WidgetCode {
    embedded: |lang| Widget::ViolenceTrend(super::violence_trend::ViolenceTrend::embedded(lang)),
    content: |w, lang| match w {
        Widget::ViolenceTrend(w) => w.content(lang),
        _ => unreachable!(),
    },
    height: |w, frame| match w {
        Widget::ViolenceTrend(w) => w.height(frame),
        _ => unreachable!(),
    },
    record: |w, db, frame| match w {
        Widget::ViolenceTrend(w) => w.draw(db, frame),
        _ => unreachable!(),
    },
};
