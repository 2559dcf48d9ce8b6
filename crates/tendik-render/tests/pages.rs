//! Chart pages, oEmbed files and social cards: every widget × language has a page whose
//! tags point where they must, with every text escaped; the base URL is checked; the
//! card is 1200 × 630 with the chart and the title in it.

use serde_json::{json, Value};
use tendik_core::dataset;
use tendik_core::widgets::{Content, WidgetKind};
use tendik_core::Lang;
use tendik_render::pages::{self, PageInput};
use tendik_render::{card, site, Renderer};

const BASE: &str = "https://example.org/tendik/";

/// Index entries as `site::build` writes them, for one widget (sizes made up).
fn images(kind: WidgetKind) -> Vec<Value> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for theme in site::THEMES {
            for width in site::WIDTHS {
                let stem = format!(
                    "static/{}/{}-{}-{width}",
                    kind.name(),
                    lang.tag(),
                    theme.name()
                );
                out.push(json!({
                    "widget": kind.name(), "lang": lang.tag(), "theme": theme.name(),
                    "width": width as u32, "height": width as u32 + 7,
                    "png": { "path": format!("{stem}-0123.png") },
                    "png2x": { "path": format!("{stem}@2x-4567.png") },
                }));
            }
        }
    }
    out
}

fn page(kind: WidgetKind, lang: Lang, content: &Content, images: &[Value]) -> String {
    let input = PageInput {
        kind,
        lang,
        content,
        images,
        card: "card-89ab.png",
        base: BASE,
    };
    pages::page_html(&input).expect("a page")
}

/// The values of every `attr="…"` in `html`.
fn attrs<'a>(html: &'a str, attr: &str) -> Vec<&'a str> {
    let key = format!(" {attr}=\"");
    html.match_indices(&key)
        .map(|(i, _)| {
            let rest = &html[i + key.len()..];
            &rest[..rest.find('"').expect("a closing quote")]
        })
        .collect()
}

#[test]
fn every_widget_and_language_has_a_page_with_its_tags() {
    for kind in WidgetKind::all() {
        let images = images(kind);
        for lang in Lang::ALL {
            let content = kind.embedded(lang).content(lang);
            let html = page(kind, lang, &content, &images);
            let label = format!("{} {}", kind.name(), lang.tag());
            let url = format!("{BASE}chart/{}/{}/", kind.name(), lang.tag());
            assert!(
                html.starts_with("<!doctype html>\n<html lang=\""),
                "{label}"
            );
            assert!(
                html.contains(&format!("<html lang=\"{}\"", lang.tag())),
                "{label}"
            );
            assert!(
                html.contains(&format!("<link rel=\"canonical\" href=\"{url}\">")),
                "{label}"
            );
            for other in Lang::ALL {
                let href = format!("{BASE}chart/{}/{}/", kind.name(), other.tag());
                assert!(
                    html.contains(&format!(
                        "<link rel=\"alternate\" hreflang=\"{}\" href=\"{href}\">",
                        other.tag()
                    )),
                    "{label}: hreflang {}",
                    other.tag()
                );
            }
            assert!(html.contains(&format!(
                "type=\"application/json+oembed\" href=\"{url}oembed.json\""
            )));
            assert!(html.contains(&format!(
                "<meta property=\"og:image\" content=\"{url}card-89ab.png\">"
            )));
            assert!(html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
            assert!(html.contains(&format!(
                "<tendik-widget name=\"{}\" lang=\"{}\">",
                kind.name(),
                lang.tag()
            )));
            // Every absolute URL is under the base; everything else the page loads is
            // relative, so dist/ works wherever it is served.
            for value in attrs(&html, "href")
                .into_iter()
                .chain(attrs(&html, "content"))
                .chain(attrs(&html, "src"))
            {
                if value.contains("://") {
                    assert!(value.starts_with(BASE), "{label}: {value}");
                }
            }
            assert!(attrs(&html, "src")
                .iter()
                .all(|s| s.starts_with("../../../")));
            // Two sources per theme and width but the light column figure, which is the img.
            assert_eq!(html.matches("<source media=").count(), 3, "{label}");
            assert_eq!(html.matches("<img ").count(), 1, "{label}");
            // The table: a row per row, a quote per figure behind it.
            let rows = content.table.rows.len();
            assert_eq!(html.matches("<tr>").count(), rows + 1, "{label}");
            for p in &content.table.provenance {
                for id in &p.figures {
                    let quote = dataset::figure(id).expect("a figure").quote;
                    assert!(html.contains(&pages::esc(quote)), "{label}: quote of {id}");
                }
            }
            assert!(
                !content.table.provenance.is_empty(),
                "{label}: sourced rows"
            );
        }
    }
}

#[test]
fn every_text_is_escaped() {
    let kind = WidgetKind::from_name("quota-gauge").unwrap();
    let images = images(kind);
    let mut content = kind.embedded(Lang::En).content(Lang::En);
    let evil = "<script>alert(\"x\")</script> & 'q' <img src=x onerror=alert(1)>";
    content.title = evil.into();
    content.takeaway = evil.into();
    content.source = evil.into();
    content.notes = vec![evil.into()];
    content.table.caption = evil.into();
    content.table.rows[0][0] = evil.into();
    let html = page(kind, Lang::En, &content, &images);
    assert!(!html.contains("<script>alert"), "{html}");
    assert!(!html.contains("<img src=x"), "{html}");
    assert!(!html.contains("'q'"));
    let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39; &lt;img src=x onerror=alert(1)&gt;";
    // Title, description, og and twitter tags, the oEmbed link's title, h1, takeaway,
    // caption, cell, the quotes' row, alt text.
    assert!(html.matches(escaped).count() >= 12, "{html}");
    // The only scripts are the suite's.
    assert_eq!(html.matches("<script").count(), 1);

    let input = PageInput {
        kind,
        lang: Lang::En,
        content: &content,
        images: &images,
        card: "card.png",
        base: BASE,
    };
    let oembed = pages::oembed(&input).unwrap();
    let html = oembed["html"].as_str().unwrap();
    assert!(!html.contains("<script>alert"));
    assert!(html.contains("title=\"&lt;script&gt;"));
    assert_eq!(
        oembed["title"], evil,
        "JSON keeps the text; its consumer escapes it"
    );
}

#[test]
fn the_oembed_file_is_a_rich_embed_of_the_iframe() {
    for kind in WidgetKind::all() {
        let images = images(kind);
        for lang in Lang::ALL {
            let content = kind.embedded(lang).content(lang);
            let input = PageInput {
                kind,
                lang,
                content: &content,
                images: &images,
                card: "card-89ab.png",
                base: BASE,
            };
            let o = pages::oembed(&input).unwrap();
            assert_eq!(o["version"], "1.0");
            assert_eq!(o["type"], "rich");
            assert_eq!(o["provider_name"], "Tendik");
            assert_eq!(o["title"], content.title.as_str());
            assert_eq!(o["width"], 640);
            assert_eq!(o["height"], 647);
            assert_eq!(
                o["thumbnail_url"],
                format!("{BASE}chart/{}/{}/card-89ab.png", kind.name(), lang.tag())
            );
            assert_eq!(o["thumbnail_width"], 1200);
            assert_eq!(o["thumbnail_height"], 630);
            let html = o["html"].as_str().unwrap();
            let src = format!(
                "src=\"{BASE}embed.html?widget={}&amp;lang={}\"",
                kind.name(),
                lang.tag()
            );
            assert!(html.starts_with("<iframe data-tendik-embed "), "{html}");
            assert!(html.contains(&src), "{html}");
            assert!(html.contains(" height=\"647\""));
            assert!(html.ends_with(&format!(
                "<script type=\"module\" src=\"{BASE}tendik-resizer.js\"></script>"
            )));
        }
    }
}

#[test]
fn the_base_url_is_an_absolute_http_url_ending_in_a_slash() {
    assert_eq!(
        pages::base_url("https://example.org/tendik").unwrap(),
        "https://example.org/tendik/"
    );
    assert_eq!(
        pages::base_url("http://127.0.0.1:8080/").unwrap(),
        "http://127.0.0.1:8080/"
    );
    for bad in [
        "example.org/tendik/",
        "javascript:alert(1)//",
        "https://",
        "https://example.org/\"><script>",
        "https://example.org/a b/",
        "https://example.org/?x=1",
        "https://example.org/#top",
        "ftp://example.org/",
    ] {
        assert!(pages::base_url(bad).is_err(), "{bad}");
    }
}

#[test]
fn the_social_card_is_1200_by_630_with_the_title_and_the_chart() {
    let renderer = Renderer::from_env().expect("the fonts scripts/setup.sh installs");
    for (name, lang) in [
        ("institutions", Lang::Kk),
        ("violence-trend", Lang::Ru),
        ("nap-timeline", Lang::En),
    ] {
        let kind = WidgetKind::from_name(name).unwrap();
        let widget = kind.embedded(lang);
        let content = widget.content(lang);
        let svg = card::svg(&renderer, &widget, &content, lang).unwrap();
        let tree = renderer.tree(&svg).unwrap();
        let size = tree.size().to_int_size();
        assert_eq!((size.width(), size.height()), (1200, 630), "{name}");
        // Every piece of text lies inside the card, none left of the margin.
        for [x, y, w, h] in tendik_render::text_boxes(&tree) {
            assert!(x >= 40.0 && y >= 0.0, "{name}: text at {x},{y}");
            assert!(
                x + w <= 1200.0 && y + h <= 630.0,
                "{name}: text to {},{}",
                x + w,
                y + h
            );
        }
        // The title's first word is there, in bold.
        let first = content.title.split(' ').next().unwrap();
        assert!(svg.contains(first), "{name}");
        let png = card::png(&renderer, &widget, &content, lang).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    }
}
