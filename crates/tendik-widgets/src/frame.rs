//! The frame every widget shares: title, takeaway, the canvas, notes, data table, source.

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use tendik_core::chart::{Frame, Mark, Theme};
use tendik_core::i18n::{self, fill};
use tendik_core::widgets::Widget;
use tendik_core::Lang;
use wasm_bindgen::{closure::Closure, JsCast};

use crate::canvas::{device_pixel_ratio, paint};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidgetState {
    Loading,
    Ready,
    Error,
}

impl WidgetState {
    fn name(self) -> &'static str {
        match self {
            WidgetState::Loading => "loading",
            WidgetState::Ready => "ready",
            WidgetState::Error => "error",
        }
    }
}

fn next_id() -> u32 {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// Calls `on_width` with the element's content width now and whenever it changes (not only
/// on window resize: a column can narrow on its own).
fn observe_width(el: &web_sys::Element, on_width: impl Fn(f64) + 'static) {
    let on_width = std::rc::Rc::new(on_width);
    let each = on_width.clone();
    let callback = Closure::<dyn Fn(js_sys::Array)>::new(move |entries: js_sys::Array| {
        if let Some(entry) = entries.get(0).dyn_ref::<web_sys::ResizeObserverEntry>() {
            each(entry.content_rect().width());
        }
    });
    match web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        Ok(observer) => {
            observer.observe(el);
            let held = SendWrapper::new((observer, callback));
            on_cleanup(move || held.take().0.disconnect());
        }
        Err(_) => poll_width(el, move |w| on_width(w)),
    }
}

/// Without ResizeObserver (old browsers, or a host page that removed it): the width now,
/// then four times a second, for a window or a column that changes.
fn poll_width(el: &web_sys::Element, on_width: impl Fn(f64) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let el = el.clone();
    // The chart's box has no padding or border: its layout width is its content width.
    let measure = move || on_width(el.get_bounding_client_rect().width());
    measure();
    let measure = Closure::<dyn Fn()>::new(measure);
    let Ok(timer) = window.set_interval_with_callback_and_timeout_and_arguments_0(
        measure.as_ref().unchecked_ref(),
        250,
    ) else {
        return;
    };
    let held = SendWrapper::new((window, measure));
    on_cleanup(move || held.take().0.clear_interval_with_handle(timer));
}

/// A newsroom's text standing alone (a title, a table cell, a note), isolated from what is
/// around it: a label written right to left keeps its own direction and cannot reorder the
/// page's. Inside composed sentences (the takeaway, a value's announcement, the source
/// line) isolating a newsroom's words is tendik-core's part: U+2068…U+2069 around them,
/// which the browser honours as it does `<bdi>`.
fn own_text(text: &str) -> impl IntoView {
    view! { <bdi>{text.to_string()}</bdi> }
}
#[component]
pub fn ChartFrame(
    #[prop(into)] widget: Signal<Widget>,
    #[prop(into)] lang: Signal<Lang>,
    #[prop(into)] theme: Signal<Theme>,
) -> impl IntoView {
    let id = next_id();
    let title_id = format!("tendik-title-{id}");
    let content = Memo::new(move |_| widget.with(|w| w.content(lang.get())));
    let width = RwSignal::new(0.0_f64);
    let state = RwSignal::new(WidgetState::Loading);
    let failure = RwSignal::new(None::<String>);
    let chart_box = NodeRef::<html::Div>::new();
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let marks = RwSignal::new(Vec::<Mark>::new());

    Effect::new(move |observing: Option<bool>| {
        if observing == Some(true) {
            return true;
        }
        let Some(el) = chart_box.get() else {
            return false;
        };
        observe_width(&el, move |w| {
            if (w - width.get_untracked()).abs() >= 0.5 {
                width.set(w);
            }
        });
        true
    });

    Effect::new(move |_| {
        let (w, theme, lang) = (width.get(), theme.get(), lang.get());
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        if w <= 0.0 {
            return;
        }
        let frame = Frame {
            width: w.floor(),
            scale: device_pixel_ratio(),
            theme,
            lang,
        };
        let result = widget.with(|wd| paint(&canvas, wd, &frame));
        match result {
            Ok(drawn) => {
                marks.set(drawn);
                failure.set(None);
                state.set(WidgetState::Ready);
            }
            Err(e) => {
                let message = fill(i18n::ERR_DRAWING.get(lang), &[("detail", &e.to_string())]);
                crate::console_error(&message);
                failure.set(Some(message));
                state.set(WidgetState::Error);
            }
        }
    });

    let name = move || widget.with(|w| w.kind().name());
    let summary = move || {
        content.with(|c| {
            let mut s = c.takeaway.clone();
            for n in &c.notes {
                s.push(' ');
                s.push_str(n);
            }
            s
        })
    };

    view! {
        <figure
            class="tendik-widget"
            class:tendik-dark=move || theme.get() == Theme::Dark
            data-widget=name
            data-state=move || state.get().name()
            lang=move || lang.get().tag()
            aria-labelledby=title_id.clone()
        >
            <h2 class="tendik-title" id=title_id.clone()>{move || content.with(|c| own_text(&c.title))}</h2>
            <p class="tendik-takeaway">{move || content.with(|c| c.takeaway.clone())}</p>
            <div class="tendik-chart" node_ref=chart_box>
                <canvas node_ref=canvas_ref role="img" aria-label=summary></canvas>
                <Marks marks lang width/>
            </div>
            {move || failure.get().map(|m| view! { <p class="tendik-error" role="alert">{m}</p> })}
            <ul class="tendik-notes">
                {move || content.with(|c| c.notes.iter().map(|n| view! { <li>{own_text(n)}</li> }).collect_view())}
            </ul>
            <DataTable content lang/>
            <crate::download::Downloads widget lang theme width/>
            <p class="tendik-source">{move || content.with(|c| c.source.clone())}</p>
        </figure>
    }
}

#[component]
fn DataTable(content: Memo<tendik_core::widgets::Content>, lang: Signal<Lang>) -> impl IntoView {
    view! {
        <details class="tendik-table">
            <summary>{move || i18n::DATA_TABLE.get(lang.get())}</summary>
            <table>
                <caption>{move || content.with(|c| own_text(&c.table.caption))}</caption>
                <thead>
                    <tr>
                        {move || content.with(|c| c.table.columns.iter().map(|h| view! { <th scope="col">{own_text(h)}</th> }).collect_view())}
                    </tr>
                </thead>
                <tbody>
                    {move || content.with(|c| c.table.rows.iter().map(|row| {
                        let mut cells = row.iter();
                        let head = cells.next().map(|h| own_text(h));
                        view! {
                            <tr>
                                <th scope="row">{head}</th>
                                {cells.map(|cell| view! { <td>{own_text(cell)}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view())}
                </tbody>
            </table>
        </details>
    }
}

/// A focusable button over each data mark: Tab reaches the chart, arrows move between
/// values, and each value shows as a tooltip and is announced through a live region.
#[component]
fn Marks(marks: RwSignal<Vec<Mark>>, lang: Signal<Lang>, width: RwSignal<f64>) -> impl IntoView {
    let active = RwSignal::new(None::<usize>);
    // Which mark is in the Tab order (roving tabindex): the last one visited.
    let current = RwSignal::new(0_usize);
    let announce = move || {
        active
            .get()
            .and_then(|i| marks.with(|m| m.get(i).map(|m| m.label.clone())))
            .unwrap_or_default()
    };
    let focus_mark = move |ev: &leptos::ev::KeyboardEvent, index: usize| {
        let target: web_sys::Element = event_target(ev);
        if let Some(button) = target
            .parent_element()
            .and_then(|group| group.children().item(index as u32))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = button.focus();
        }
    };
    // The tooltip sits above its value, kept inside the chart's width.
    let tooltip_style = move || {
        active.get().and_then(|i| {
            marks.with(|m| {
                m.get(i).map(|m| {
                    let chart = width.get();
                    let half = (tendik_core::chart::text_width(&m.label, 14.0) + 18.0)
                        .min(280.0)
                        .min(chart * 0.9)
                        / 2.0;
                    let x = (m.x + m.width / 2.0).clamp(half, (chart - half).max(half));
                    (x, m.y, true)
                })
            })
        })
    };
    view! {
        <div class="tendik-marks" role="group" aria-label=move || i18n::DATA_VALUES.get(lang.get())>
            {move || {
                let count = marks.with(Vec::len);
                marks
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, mark)| {
                        view! {
                            <button
                                type="button"
                                class="tendik-mark"
                                style:left=format!("{}px", mark.x)
                                style:top=format!("{}px", mark.y)
                                style:width=format!("{}px", mark.width)
                                style:height=format!("{}px", mark.height)
                                aria-label=mark.label.clone()
                                tabindex=move || if current.get() == i { "0" } else { "-1" }
                                on:focus=move |_| {
                                    current.set(i);
                                    active.set(Some(i));
                                }
                                on:blur=move |_| active.set(None)
                                on:mouseenter=move |_| active.set(Some(i))
                                on:mouseleave=move |_| active.set(None)
                                on:keydown=move |ev| {
                                    let next = match ev.key().as_str() {
                                        "ArrowRight" | "ArrowDown" => Some((i + 1).min(count - 1)),
                                        "ArrowLeft" | "ArrowUp" => Some(i.saturating_sub(1)),
                                        "Home" => Some(0),
                                        "End" => Some(count - 1),
                                        "Escape" => {
                                            active.set(None);
                                            None
                                        }
                                        _ => None,
                                    };
                                    if let Some(n) = next {
                                        ev.prevent_default();
                                        focus_mark(&ev, n);
                                    }
                                }
                            ></button>
                        }
                    })
                    .collect_view()
            }}
        </div>
        <div
            class="tendik-tooltip"
            aria-hidden="true"
            class:tendik-visible=move || active.get().is_some()
            style:left=move || tooltip_style().map(|(x, _, _)| format!("{x}px")).unwrap_or_default()
            style:top=move || tooltip_style().map(|(_, y, _)| format!("{y}px")).unwrap_or_default()
        >
            {announce}
        </div>
        <p class="tendik-live" aria-live="polite">{announce}</p>
    }
}
