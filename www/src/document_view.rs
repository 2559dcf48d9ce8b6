//! The document view: one seed document in full, every figure's quote marked where it
//! stands and the chosen figure's highlighted, each at a stable anchor
//! (`?view=document&doc=cedaw-replies#fig-dv-incidents-2022`). The text is fetched from
//! `seeds/<file>` (the build copies seeds/ into dist/) only when the view opens, so the
//! app's bundle carries none of it.
//!
//! The view is written with plain DOM calls rather than Leptos views: Leptos' typed views
//! would cost the app's bundle tens of kilobytes of generic code for a page that only
//! changes when the language, the document or the figure does.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use tendik_core::dataset;
use tendik_core::format;
use tendik_core::i18n::{self, fill};
use tendik_core::model::Seed;
use tendik_core::{Lang, Text3};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use crate::document::{BlockKind, Document};
use crate::url_state::{UrlState, View, QUOTE_ANCHOR};

/// Where the build puts a seed file, relative to the app page.
pub fn seed_url(seed: Seed) -> String {
    format!("seeds/{}", seed.file_name())
}

fn js_error(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "network error".into())
}

pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(js_error)?;
    let response: web_sys::Response = response.dyn_into().map_err(js_error)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(js_error)?)
        .await
        .map_err(js_error)?;
    text.as_string().ok_or_else(|| "not text".into())
}

/// A new element under `parent`, with a class and text (either may be empty).
fn add(parent: &Element, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let el = document().create_element(tag)?;
    if !class.is_empty() {
        el.set_class_name(class);
    }
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    parent.append_child(&el)?;
    Ok(el)
}

/// A link within the app (followed in place by `nav::follow_links`).
fn add_link(parent: &Element, to: &UrlState, text: &str) -> Result<Element, JsValue> {
    let a = add(parent, "a", "", text)?;
    a.set_attribute("href", &to.href())?;
    a.set_attribute("data-nav", "")?;
    Ok(a)
}

/// The document's blocks: headings, paragraph labels (with their `para-…` ids) and
/// paragraphs, each quote in a `<mark data-figures>`, each figure's anchor an empty
/// `<span id="fig-…">` where its quote begins.
fn write_text(article: &Element, doc: &Document) -> Result<(), JsValue> {
    article.set_text_content(None);
    article.set_attribute("lang", doc.seed.lang().tag())?;
    for block in &doc.blocks {
        let tag = match block.kind {
            BlockKind::Heading => "h3",
            BlockKind::Number => "h4",
            BlockKind::Paragraph => "p",
        };
        let el = add(article, tag, "", "")?;
        if let Some(id) = block.anchor() {
            el.set_id(&id);
        }
        for segment in doc.segments(block) {
            for id in &segment.anchors {
                add(&el, "span", "doc-anchor", "")?.set_id(&format!("{QUOTE_ANCHOR}{id}"));
            }
            if segment.figures.is_empty() {
                el.append_with_str_1(segment.text)?;
            } else {
                add(&el, "mark", "doc-quote", segment.text)?
                    .set_attribute("data-figures", &segment.figures.join(" "))?;
            }
        }
    }
    Ok(())
}

/// Above the text: the way back, the title, the original's language and file, and the
/// figure the link led to (what it is, where it is quoted). Without a document: the list
/// of documents.
fn write_head(
    head: &Element,
    s: &UrlState,
    loaded: Option<&Result<Rc<Document>, String>>,
) -> Result<(), JsValue> {
    let lang = s.lang;
    let t = |text: Text3| text.get(lang);
    head.set_text_content(None);
    let Some(seed) = s.doc else {
        add(head, "h2", "", t(i18n::DOCS_TITLE))?.set_id("document-title");
        if let Some(name) = &s.unknown_doc {
            let message = fill(t(i18n::DOC_UNKNOWN), &[("name", name)]);
            add(head, "p", "doc-message", &message)?.set_attribute("role", "alert")?;
        }
        add(head, "p", "", t(i18n::DOCS_INTRO))?;
        return Ok(());
    };
    let back = add(head, "p", "doc-breadcrumb", "")?;
    add_link(
        &back,
        &s.entry_of(s.figure),
        &format!("← {}", t(i18n::NAV_SOURCES)),
    )?;
    add(head, "h2", "", seed.title().get(lang))?.set_id("document-title");
    let meta = add(head, "p", "doc-meta", "")?;
    if lang != seed.lang() && seed.lang() == Lang::En {
        meta.append_with_str_1(&format!("{} ", t(i18n::DOC_IN_ENGLISH)))?;
    }
    let file = add(&meta, "a", "", t(i18n::DOC_PLAIN_TEXT))?;
    file.set_attribute("href", &seed_url(seed))?;
    file.set_attribute("download", &format!("{}.txt", seed.name()))?;

    if let Some(f) = s.figure.and_then(dataset::figure) {
        let card = add(head, "aside", "doc-card", "")?;
        card.set_attribute("aria-labelledby", "doc-card-title")?;
        add(&card, "h3", "", f.label.get(lang))?.set_id("doc-card-title");
        add(&card, "p", "doc-card-value", &format::figure(f, lang))?;
        let description = dataset::description(f.id).map_or("", |d| d.get(lang));
        add(&card, "p", "doc-card-description", description)?;
        let missing = matches!(loaded, Some(Ok(d)) if d.missing.contains(&f.id));
        let place = if missing {
            t(i18n::DOC_QUOTE_MISSING).to_string()
        } else {
            let location = format::location(f.location, lang);
            fill(t(i18n::DOC_TARGET_WHERE), &[("location", &location)])
        };
        add(&card, "p", "", &place)?;
        let links = add(&card, "p", "doc-card-links", "")?;
        let go = add(&links, "a", "", t(i18n::DOC_GO_TO_QUOTE))?;
        go.set_attribute("href", &format!("#{QUOTE_ANCHOR}{}", f.id))?;
        go.set_attribute("data-show", "")?;
        links.append_with_str_1(" · ")?;
        add_link(&links, &s.entry_of(Some(f.id)), t(i18n::DOC_BACK_TO_ENTRY))?;
    }
    match loaded {
        None => {
            let p = add(head, "p", "doc-message", t(i18n::DOC_LOADING))?;
            p.set_attribute("aria-live", "polite")?;
        }
        Some(Err(e)) => {
            let message = fill(t(i18n::DOC_LOAD_FAILED), &[("detail", e)]);
            add(head, "p", "doc-message", &message)?.set_attribute("role", "alert")?;
        }
        Some(Ok(_)) => {}
    }
    Ok(())
}

/// The figures quoted from the document, in reading order, each a link to its quote.
fn write_figures(list: &Element, s: &UrlState, doc: Option<&Document>) -> Result<(), JsValue> {
    list.set_text_content(None);
    let Some(doc) = doc else {
        return Ok(());
    };
    let details = add(list, "details", "doc-figures", "")?;
    add(&details, "summary", "", i18n::DOC_FIGURES_HERE.get(s.lang))?;
    let ol = add(&details, "ol", "", "")?;
    for f in doc.figures() {
        let li = add(&ol, "li", "", "")?;
        let text = format!("{}: {}", f.label.get(s.lang), format::figure(f, s.lang));
        add_link(&li, &s.quote_of(f.id), &text)?;
    }
    Ok(())
}

/// Marks the figure's quote (and only it) as the target, focusable; then shows it, or
/// focuses the title when there is no figure.
fn highlight(article: &Element, figure: Option<&str>) {
    let each = |selector: &str, f: &dyn Fn(&Element)| {
        if let Ok(list) = article.query_selector_all(selector) {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    f(&el);
                }
            }
        }
    };
    each("mark.doc-target", &|el| {
        let _ = el.class_list().remove_1("doc-target");
        let _ = el.remove_attribute("tabindex");
    });
    if let Some(id) = figure {
        each(&format!("mark[data-figures~=\"{id}\"]"), &|el| {
            let _ = el.class_list().add_1("doc-target");
            let _ = el.set_attribute("tabindex", "-1");
        });
    }
    request_animation_frame(show_target);
}

/// Scrolls the highlighted sentence to the middle of the screen and focuses it, so a screen
/// reader reads it and Tab goes on from there; without one, focuses the document's title.
pub fn show_target() {
    let page = document();
    let target = page.query_selector("mark.doc-target").ok().flatten();
    let is_mark = target.is_some();
    let Some(el) = target
        .or_else(|| page.get_element_by_id("document-title"))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = el.set_attribute("tabindex", "-1");
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    if is_mark {
        let scroll = web_sys::ScrollIntoViewOptions::new();
        scroll.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&scroll);
    }
}

/// Every document by title, each a link to its full text.
#[component]
pub fn DocumentList(state: RwSignal<UrlState>) -> impl IntoView {
    view! {
        <ul class="doc-list">
            {move || {
                let s = state.get();
                Seed::ALL
                    .into_iter()
                    .map(|seed| {
                        let to = UrlState {
                            view: View::Document,
                            lang: s.lang,
                            theme: s.theme,
                            doc: Some(seed),
                            ..UrlState::default()
                        };
                        view! { <li><a href=to.href() data-nav="">{seed.title().get(s.lang)}</a></li> }
                    })
                    .collect_view()
            }}
        </ul>
    }
}

/// What was last written, so each part is rewritten only when what it shows changed.
#[derive(Default, PartialEq)]
struct Written {
    head: Option<(UrlState, bool)>,
    figures: Option<(Lang, Option<Seed>)>,
    text: Option<Seed>,
    target: Option<(Option<Seed>, Option<&'static str>)>,
}

#[component]
pub fn DocumentView(state: RwSignal<UrlState>) -> impl IntoView {
    let head = NodeRef::<html::Div>::new();
    let figures = NodeRef::<html::Div>::new();
    let article = NodeRef::<html::Article>::new();
    // The document being fetched (`None` inside) or fetched and parsed, for the seed it
    // was fetched for; `arrived` tells the view when it comes in.
    type Loaded = Option<(Seed, Option<Result<Rc<Document>, String>>)>;
    let loaded: Rc<RefCell<Loaded>> = Rc::default();
    let arrived = Trigger::new();
    let mut written = Written::default();

    Effect::new(move |_| {
        arrived.track();
        let s = state.get();
        let (Some(head), Some(figures), Some(article)) = (head.get(), figures.get(), article.get())
        else {
            return;
        };
        let asked = loaded.borrow().as_ref().map(|(seed, _)| *seed);
        if let Some(seed) = s.doc.filter(|seed| asked != Some(*seed)) {
            *loaded.borrow_mut() = Some((seed, None));
            let loaded = loaded.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let parsed = fetch_text(&seed_url(seed))
                    .await
                    .map(|text| Rc::new(Document::parse(seed, &text)));
                if let Err(e) = &parsed {
                    tendik_widgets::console_error(&format!(
                        "Tendik: the document {} could not be loaded from {}: {e}",
                        seed.name(),
                        seed_url(seed)
                    ));
                }
                // Unless another document was asked for meanwhile.
                let mut slot = loaded.borrow_mut();
                if slot.as_ref().is_some_and(|(asked, _)| *asked == seed) {
                    *slot = Some((seed, Some(parsed)));
                    drop(slot);
                    arrived.notify();
                }
            });
        }
        let current = loaded
            .borrow()
            .as_ref()
            .filter(|(seed, _)| Some(*seed) == s.doc)
            .and_then(|(_, d)| d.clone());
        let doc = current.as_ref().and_then(|r| r.as_ref().ok());
        let mut result = Ok(());
        // The head shows the state, minus the search text, and whether the text is in.
        let head_key = (
            UrlState {
                query: String::new(),
                ..s.clone()
            },
            current.is_some(),
        );
        if written.head.as_ref() != Some(&head_key) {
            result = result.and(write_head(&head, &s, current.as_ref()));
            written.head = Some(head_key);
        }
        let figures_key = (s.lang, doc.map(|d| d.seed));
        if written.figures != Some(figures_key) {
            result = result.and(write_figures(&figures, &s, doc.map(|d| &**d)));
            written.figures = Some(figures_key);
        }
        if written.text != doc.map(|d| d.seed) {
            match doc {
                Some(d) => result = result.and(write_text(&article, d)),
                None => article.set_text_content(None),
            }
            written.text = doc.map(|d| d.seed);
            written.target = None;
        }
        let target_key = (written.text, s.figure);
        if doc.is_some() && written.target != Some(target_key) {
            highlight(&article, s.figure);
            written.target = Some(target_key);
        }
        if let Err(e) = result {
            tendik_widgets::console_error(&format!("Tendik: {}", js_error(e)));
        }
    });

    view! {
        <section class="document" aria-labelledby="document-title">
            <div node_ref=head></div>
            {move || state.with(|s| s.doc.is_none()).then(|| view! { <DocumentList state/> })}
            <div node_ref=figures></div>
            <article class="doc-text" node_ref=article></article>
        </section>
    }
}
