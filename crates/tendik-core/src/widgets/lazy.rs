//! Widget code behind function pointers, for wasm builds that load it lazily (feature
//! `lazy`, docs/lazy-chunks.md). A split point in tendik-widgets returns a kind's
//! [`WidgetCode`]; once installed here, [`Widget`]'s methods call it. The main module holds
//! no direct call to a kind's code, so wasm-split moves that code into the kind's chunk.

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

static INSTALLED: [OnceLock<&'static WidgetCode>; WidgetKind::ALL.len()] =
    [const { OnceLock::new() }; WidgetKind::ALL.len()];

fn slot(kind: WidgetKind) -> &'static OnceLock<&'static WidgetCode> {
    &INSTALLED[kind as usize]
}

/// True once the kind's chunk has been installed.
pub fn is_loaded(kind: WidgetKind) -> bool {
    slot(kind).get().is_some()
}

pub fn install(kind: WidgetKind, code: &'static WidgetCode) {
    pin_core();
    let _ = slot(kind).set(code);
}

/// The installed code of a kind. Callers mount a widget only after [`is_loaded`], so a
/// miss is a bug (and traps).
pub(super) fn code(kind: WidgetKind) -> &'static WidgetCode {
    slot(kind).get().expect("widget chunk installed before use")
}

macro_rules! widget_code {
    ($($code:ident: $variant:ident = $module:ident::$ty:ident;)*) => {$(
        /// This kind's code; only its split point in tendik-widgets refers to it.
        pub static $code: WidgetCode = WidgetCode {
            embedded: |lang| Widget::$variant(super::$module::$ty::embedded(lang)),
            content: |w, lang| match w {
                Widget::$variant(w) => w.content(lang),
                _ => unreachable!(),
            },
            height: |w, frame| match w {
                Widget::$variant(w) => w.height(frame),
                _ => unreachable!(),
            },
            record: |w, db, frame| match w {
                Widget::$variant(w) => w.draw(db, frame),
                _ => unreachable!(),
            },
        };
    )*};
}

widget_code! {
    QUOTA_GAUGE: QuotaGauge = quota_gauge::QuotaGauge;
    VIOLENCE_TREND: ViolenceTrend = violence_trend::ViolenceTrend;
    PEACEKEEPING: Peacekeeping = peacekeeping::Peacekeeping;
    INSTITUTIONS: Institutions = institutions::Institutions;
    CRIME_VICTIMS: CrimeVictims = crime_victims::CrimeVictims;
    CRISIS_CENTRES: CrisisCentres = crisis_centres::CrisisCentres;
    FAMILY_CENTRES: FamilyCentres = family_centres::FamilyCentres;
    RESEARCHERS: Researchers = researchers::Researchers;
    NAP_TIMELINE: NapTimeline = nap_timeline::NapTimeline;
    TARGETS_2030: Targets2030 = targets_2030::Targets2030;
}

/// Keeps the drawing core every widget kind uses in the main module: an embed page always
/// has a widget, and left alone wasm-split would give this code shared chunks of its own
/// (one per set of kinds using each piece). Taking the addresses is enough for wasm-split
/// to see the main module reach them.
#[inline(never)]
fn pin_core() {
    use crate::chart::{nice_ticks, text_width, wrap, Painter};
    let keep: [*const (); 19] = [
        super::source_line as *const (),
        super::Provenance::of as *const (),
        crate::dataset::expect as *const (),
        crate::format::number as *const (),
        crate::format::date as *const (),
        crate::format::location as *const (),
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
