//! PNG, SVG and CSV downloads of a widget, made in the browser by the core's exporters.

use leptos::prelude::*;
use plotters_canvas::CanvasBackend;
use tendik_core::chart::{Frame, Theme};
use tendik_core::figure::Figure;
use tendik_core::i18n;
use tendik_core::widgets::{export, Widget};
use tendik_core::Lang;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Saves `href` as `name` through a temporary link.
fn save(href: &str, name: &str) -> Option<()> {
    let a: web_sys::HtmlAnchorElement = document()?.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(href);
    a.set_download(name);
    a.click();
    Some(())
}

fn save_text(text: &str, mime: &str, name: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    save(&url, name);
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// The whole figure at twice the displayed resolution.
fn save_png(widget: &Widget, frame: &Frame, name: &str) -> Option<()> {
    let content = widget.content(frame.lang);
    let frame = Frame {
        scale: 2.0,
        ..*frame
    };
    let figure = Figure::new(widget, &content, frame);
    let (w, h) = figure.backing_size();
    let canvas: web_sys::HtmlCanvasElement =
        document()?.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let mut backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    figure.draw(&mut backend).ok()?;
    let url = canvas.to_data_url_with_type("image/png").ok()?;
    save(&url, name)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Png,
    Svg,
    Csv,
}

#[component]
pub fn Downloads(
    widget: Signal<Widget>,
    lang: Signal<Lang>,
    theme: Signal<Theme>,
    width: RwSignal<f64>,
) -> impl IntoView {
    let run = move |format: Format| {
        let lang = lang.get_untracked();
        let frame = Frame {
            width: width.get_untracked().max(320.0).floor(),
            scale: 1.0,
            theme: theme.get_untracked(),
            lang,
        };
        widget.with_untracked(|w| {
            let stem = export::file_stem(w, lang);
            let done = match format {
                Format::Png => save_png(w, &frame, &format!("{stem}.png")),
                Format::Svg => export::svg(w, &w.content(lang), &frame)
                    .ok()
                    .and_then(|svg| save_text(&svg, "image/svg+xml", &format!("{stem}.svg"))),
                Format::Csv => {
                    // A byte-order mark so spreadsheet programs read the Cyrillic as UTF-8.
                    let csv = format!("\u{feff}{}", export::csv(&w.content(lang), lang));
                    save_text(&csv, "text/csv;charset=utf-8", &format!("{stem}.csv"))
                }
            };
            if done.is_none() {
                crate::console_error("Tendik: the download could not be made in this browser.");
            }
        });
    };
    let button = move |format: Format, text: &'static str, label: tendik_core::Text3| {
        view! {
            <button
                type="button"
                class="tendik-download"
                aria-label=move || label.get(lang.get())
                on:click=move |_| run(format)
            >
                {text}
            </button>
        }
    };
    view! {
        <div class="tendik-downloads">
            <span>{move || i18n::DOWNLOAD.get(lang.get())}</span>
            {button(Format::Png, "PNG", i18n::DOWNLOAD_PNG)}
            {button(Format::Svg, "SVG", i18n::DOWNLOAD_SVG)}
            {button(Format::Csv, "CSV", i18n::DOWNLOAD_CSV)}
        </div>
    }
}
