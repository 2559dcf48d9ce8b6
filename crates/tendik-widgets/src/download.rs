//! PNG, SVG, CSV and JSON downloads of a widget, made in the browser by the core's
//! exporters.

use leptos::prelude::*;
use plotters_canvas::CanvasBackend;
use tendik_core::chart::{Frame, Theme};
use tendik_core::figure::{Figure, Preset};
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

/// The figure at a preset's size, or as displayed (at twice its resolution for a PNG).
fn figure<'a>(
    widget: &'a Widget,
    content: &'a tendik_core::widgets::Content,
    frame: &Frame,
    preset: Option<Preset>,
) -> Figure<'a> {
    match preset {
        Some(p) => Figure::preset(widget, content, p, frame.theme, frame.lang),
        None => Figure::new(widget, content, *frame),
    }
}

fn save_png(widget: &Widget, frame: &Frame, preset: Option<Preset>, name: &str) -> Option<()> {
    let content = widget.content(frame.lang);
    let frame = Frame {
        scale: 2.0,
        ..*frame
    };
    let figure = figure(widget, &content, &frame, preset);
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

/// "1200 px wide", "square, 1080 × 1080 px".
fn size_name(preset: Preset, lang: Lang) -> String {
    match preset {
        Preset::Square => i18n::SIZE_SQUARE.get(lang).to_string(),
        _ => i18n::fill(
            i18n::SIZE_WIDTH.get(lang),
            &[("n", &preset.pixels().to_string())],
        ),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Png,
    Svg,
    Csv,
    Json,
}

/// Makes and saves one download; false when this browser cannot. In the lazy embed bundle
/// this is the `downloads` chunk's split point: it loads on the first click.
#[cfg_attr(
    all(feature = "lazy", target_family = "wasm"),
    leptos::wasm_split::wasm_split(downloads, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn save_as(
    widget: &Widget,
    frame: &Frame,
    format: Format,
    preset: Option<Preset>,
) -> Result<bool, SplitLoaderError> {
    let lang = frame.lang;
    let stem = export::file_stem(widget, lang);
    let done = match format {
        Format::Png => save_png(widget, frame, preset, &format!("{stem}.png")),
        Format::Svg => figure(widget, &widget.content(lang), frame, preset)
            .svg()
            .ok()
            .and_then(|svg| save_text(&svg, "image/svg+xml", &format!("{stem}.svg"))),
        Format::Csv => {
            // A byte-order mark so spreadsheet programs read the Cyrillic as UTF-8.
            let csv = format!("\u{feff}{}", export::csv(&widget.content(lang), lang));
            save_text(&csv, "text/csv;charset=utf-8", &format!("{stem}.csv"))
        }
        Format::Json => export::json(widget)
            .and_then(|json| save_text(&json, "application/json", &format!("{stem}.json"))),
    };
    Ok(done.is_some())
}

#[cfg(all(feature = "lazy", target_family = "wasm"))]
use leptos::wasm_split::SplitLoaderError;
// Without the split, nothing is loaded and nothing can fail to load.
#[cfg(not(all(feature = "lazy", target_family = "wasm")))]
use std::convert::Infallible as SplitLoaderError;

#[component]
pub fn Downloads(
    widget: Signal<Widget>,
    lang: Signal<Lang>,
    theme: Signal<Theme>,
    width: RwSignal<f64>,
) -> impl IntoView {
    // PNG and SVG at the displayed width, or at a size independent of the screen.
    let size = RwSignal::new(None::<Preset>);
    // The clicked button is busy (aria-busy) until its file is made: the first click may
    // fetch the downloads' chunk.
    let run = move |format: Format, button: Option<web_sys::Element>| {
        if button
            .as_ref()
            .is_some_and(|b| b.has_attribute("aria-busy"))
        {
            return;
        }
        let lang = lang.get_untracked();
        let frame = Frame {
            width: width.get_untracked().max(320.0).floor(),
            scale: 1.0,
            theme: theme.get_untracked(),
            lang,
        };
        let widget = widget.get_untracked();
        let preset = size.get_untracked();
        if let Some(b) = &button {
            let _ = b.set_attribute("aria-busy", "true");
        }
        leptos::task::spawn_local(async move {
            #[cfg(all(feature = "lazy", target_family = "wasm"))]
            let done = save_as(&widget, &frame, format, preset).await.map_err(drop);
            #[cfg(not(all(feature = "lazy", target_family = "wasm")))]
            let done: Result<bool, ()> =
                save_as(&widget, &frame, format, preset).map_err(|e| match e {});
            match done {
                Ok(true) => {}
                Ok(false) => {
                    crate::console_error("Tendik: the download could not be made in this browser.")
                }
                Err(()) => crate::console_error(&crate::chunks::load_error("downloads")),
            }
            if let Some(b) = button {
                let _ = b.remove_attribute("aria-busy");
            }
        });
    };
    let button = move |format: Format, text: &'static str, label: tendik_core::Text3| {
        view! {
            <button
                type="button"
                class="tendik-download"
                aria-label=move || label.get(lang.get())
                on:click=move |ev| run(format, ev.current_target().and_then(|t| t.dyn_into().ok()))
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
            // Only a widget that reads a newsroom's figures can take its JSON back.
            {move || {
                tendik_core::userdata::accepts_data(widget.with(|w| w.kind()))
                    .then(|| button(Format::Json, "JSON", i18n::DOWNLOAD_JSON))
            }}
            <label class="tendik-size">
                {move || i18n::IMAGE_SIZE.get(lang.get())}
                <select on:change=move |ev| size.set(Preset::from_name(&event_target_value(&ev)))>
                    <option value="" selected>
                        {move || i18n::SIZE_AS_SHOWN.get(lang.get())}
                    </option>
                    {Preset::ALL
                        .into_iter()
                        .map(|p| {
                            let text = move || size_name(p, lang.get());
                            view! { <option value=p.name()>{text}</option> }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
}
