//! Newsrooms' JSON, end to end: any bytes go through the JSON parser and every registered
//! widget's reader; whatever is accepted is described in all three languages and drawn at a
//! phone's and a desktop's width, to SVG (the chart, and the captioned download) and CSV.
//! A panic anywhere on that path is a crash. So is a refusal whose message is not short, or
//! an accepted widget whose text carries a bidi control the readers should have refused.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tendik_core::chart::{Frame, Theme};
use tendik_core::userdata::{parse_json, parse_widget, widget_from_json};
use tendik_core::widgets::{export, Widget, WidgetKind};
use tendik_core::Lang;

/// Longer than any message Tendik writes: echoed values are cut to 60 characters.
const LONGEST_MESSAGE: usize = 600;

fn no_smuggled_controls(s: &str) {
    // Tendik adds first-strong isolates around right-to-left text; nothing else may pass.
    let bad = s.chars().find(|&c| {
        matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2067}')
    });
    assert!(bad.is_none(), "{bad:?} in {s:?}");
}

fn draw(widget: &Widget, lang: Lang, width: f64) {
    let frame = Frame {
        width,
        scale: 2.0,
        theme: if width < 480.0 { Theme::Light } else { Theme::Dark },
        lang,
    };
    let (w, h) = frame.backing_size(widget.height(&frame));
    let mut svg = String::new();
    {
        let mut backend = plotters_svg::SVGBackend::with_string(&mut svg, (w, h));
        widget.draw(&mut backend, &frame).expect("an accepted widget draws");
    }
    let content = widget.content(lang);
    export::svg(widget, &content, &frame).expect("its download draws");
}

fn check(widget: &Widget, lang: Lang) {
    let content = widget.content(lang);
    for text in [&content.title, &content.takeaway, &content.source]
        .into_iter()
        .chain(&content.notes)
    {
        no_smuggled_controls(text);
    }
    export::csv(&content, lang);
    for width in [320.0, 1200.0] {
        draw(widget, lang, width);
    }
}

fuzz_target!(|data: &[u8]| {
    // The browser hands the wasm a string; bytes that are not UTF-8 never get that far.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let tree = parse_json(text);
    for kind in WidgetKind::all() {
        for lang in Lang::ALL {
            // The whole path from the text in English; the other languages (whose readers
            // add notes in their language) from the tree parsed once.
            let read = match (&tree, lang) {
                (Ok(tree), Lang::Ru | Lang::Kk) => widget_from_json(kind, tree, lang),
                _ => parse_widget(kind, text, lang),
            };
            match read {
                Ok(widget) => check(&widget, lang),
                Err(e) => {
                    let shown = e.to_string();
                    let length = shown.chars().count();
                    assert!(length <= LONGEST_MESSAGE, "a {length}-character message: {shown}");
                }
            }
        }
    }
});
