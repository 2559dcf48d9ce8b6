//! A page per chart and language, for links pasted into CMSs and social posts:
//! `chart/<widget>/<lang>/index.html` (works with scripts off: title and takeaway as text,
//! the static figure as a `<picture>`, the data table, the quote behind each figure; the
//! live chart once the suite loads), its social card (1200 × 630 PNG) and `oembed.json` (the iframe
//! embed, for WordPress, Ghost and other oEmbed consumers). Absolute URLs, where a page
//! needs them (canonical, hreflang, Open Graph, oEmbed), start with the site's base URL.

use std::fmt::Write as _;
use std::path::Path;

use serde_json::{json, Value};
use tendik_core::chart::Theme;
use tendik_core::dataset;
use tendik_core::format;
use tendik_core::i18n;
use tendik_core::static_html::{self, StaticImage};
use tendik_core::widgets::{Content, WidgetKind};
use tendik_core::{Lang, Text3};

use crate::site::{each_widget, publish_file, write, WIDTHS};
use crate::{card, RenderError, Renderer};

/// The base URL when `TENDIK_BASE_URL` is not set: where `scripts/serve.sh` serves dist/.
pub const DEFAULT_BASE_URL: &str = "http://127.0.0.1:8080/";
/// The pages' list, relative to the site's root.
pub const INDEX: &str = "chart/index.json";
/// A page's static figures, in its folder (`static_html::FIGURES`).
const FIGURES: &str = tendik_core::static_html::FIGURES;
const STYLESHEET: &str = include_str!("page.css");
/// A page's folder is `chart/<widget>/<lang>/`: three levels below the root.
const ROOT: &str = "../../../";

const QUOTES_TITLE: Text3 = Text3::new(
    "Where each figure comes from",
    "Откуда каждая цифра",
    "Әр сан қайдан алынған",
);
const QUOTE_IN_ENGLISH: Text3 = Text3::new(
    "The documents are in English; the quotes are as written there.",
    "Документы написаны на английском языке; цитаты приведены дословно.",
    "Құжаттар ағылшын тілінде жазылған; дәйексөздер сол жазылғандай келтірілген.",
);
const EMBED_HINT: Text3 = Text3::new(
    "Paste this page's address into WordPress, Ghost or another editor that embeds links, or put this code in your page:",
    "Вставьте адрес этой страницы в WordPress, Ghost или другой редактор, который встраивает ссылки, или добавьте на свою страницу этот код:",
    "Осы беттің мекенжайын WordPress, Ghost немесе сілтемелерді ендіретін басқа редакторға қойыңыз, не өз бетіңізге мына кодты қосыңыз:",
);
const ALL_CHARTS: Text3 = Text3::new(
    "All charts in the Tendik app",
    "Все диаграммы в приложении Теңдік",
    "Теңдік қосымшасындағы барлық диаграммалар",
);
const LANGUAGES: Text3 = Text3::new("Languages", "Языки", "Тілдер");
const COMPUTED: Text3 = Text3::new(
    "Computed by Tendik:",
    "Рассчитано Tendik:",
    "Tendik есептеген:",
);

/// Every page's language in its own name, for the language links.
fn endonym(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Ru => "Русский",
        Lang::Kk => "Қазақша",
    }
}

fn og_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en_GB",
        Lang::Ru => "ru_RU",
        Lang::Kk => "kk_KZ",
    }
}

/// The base URL from `TENDIK_BASE_URL`, else [`DEFAULT_BASE_URL`]: an absolute http(s)
/// URL with no query or fragment, ending in `/`.
pub fn base_url_from_env() -> Result<String, RenderError> {
    match std::env::var("TENDIK_BASE_URL") {
        Ok(v) if !v.trim().is_empty() => base_url(v.trim()),
        _ => Ok(DEFAULT_BASE_URL.to_string()),
    }
}

/// `url` checked and ending in `/`.
pub fn base_url(url: &str) -> Result<String, RenderError> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    let host = rest.and_then(|r| r.split('/').next()).unwrap_or("");
    let plain = url
        .chars()
        .all(|c| c.is_ascii_graphic() && !matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\'));
    if host.is_empty() || !plain || url.contains(['?', '#']) {
        return Err(RenderError(format!(
            "TENDIK_BASE_URL must be an absolute http(s) URL with no query, fragment, quote \
             or space, like https://example.org/tendik/; got {url:?}"
        )));
    }
    Ok(if url.ends_with('/') {
        url.to_string()
    } else {
        format!("{url}/")
    })
}

/// `text` escaped for HTML text and double-quoted attribute values.
pub fn esc(text: &str) -> String {
    static_html::escape(text)
}

/// One static figure of the index, by language, theme and width.
struct Image<'a>(&'a Value);

impl Image<'_> {
    fn width(&self) -> u64 {
        self.0["width"].as_u64().unwrap_or(0)
    }
    fn height(&self) -> u64 {
        self.0["height"].as_u64().unwrap_or(0)
    }
}

/// Everything one page is made from.
pub struct PageInput<'a> {
    pub kind: WidgetKind,
    pub lang: Lang,
    pub content: &'a Content,
    /// The static figures of this widget and language (entries of `static/index.json`).
    pub images: &'a [Value],
    /// The social card's path relative to the page's folder.
    pub card: &'a str,
    pub base: &'a str,
}

impl PageInput<'_> {
    fn image(&self, theme: &str, width: f64) -> Result<Image<'_>, RenderError> {
        self.images
            .iter()
            .find(|e| {
                e["lang"] == self.lang.tag()
                    && e["theme"] == theme
                    && e["width"].as_f64() == Some(width)
            })
            .map(Image)
            .ok_or_else(|| {
                RenderError(format!(
                    "no static figure of {} {} {theme} {width}",
                    self.kind.name(),
                    self.lang.tag()
                ))
            })
    }

    fn page_url(&self, lang: Lang) -> String {
        page_url(self.base, self.kind, lang)
    }

    fn oembed_url(&self) -> String {
        format!("{}oembed.json", self.page_url(self.lang))
    }

    fn card_url(&self) -> String {
        format!("{}{}", self.page_url(self.lang), self.card)
    }

    /// The iframe embed (and the optional resizer), with absolute URLs: what oEmbed
    /// consumers insert and what the page offers to copy.
    pub fn embed_html(&self, height: u64) -> String {
        format!(
            "<iframe data-tendik-embed src=\"{src}\" title=\"{title}\" width=\"100%\" \
             height=\"{height}\" frameborder=\"0\" scrolling=\"no\"></iframe>\
             <script type=\"module\" src=\"{resizer}\"></script>",
            src = esc(&format!(
                "{}embed.html?widget={}&lang={}",
                self.base,
                self.kind.name(),
                self.lang.tag()
            )),
            title = esc(&self.content.title),
            resizer = esc(&format!("{}tendik-resizer.js", self.base)),
        )
    }
}

pub fn page_url(base: &str, kind: WidgetKind, lang: Lang) -> String {
    format!("{base}{}", kind.page_path(lang))
}

fn meta(out: &mut String, attr: &str, key: &str, value: &str) {
    let _ = writeln!(out, "<meta {attr}=\"{key}\" content=\"{}\">", esc(value));
}

/// The `<picture>` (`static_html::picture`): light, and dark when the reader's system is.
fn picture(out: &mut String, input: &PageInput<'_>, alt: &str) -> Result<(), RenderError> {
    let images: Vec<StaticImage> = input
        .images
        .iter()
        .filter(|e| e["lang"] == input.lang.tag())
        .filter_map(|e| {
            Some(StaticImage {
                theme: Theme::from_name(e["theme"].as_str()?)?,
                width: u32::try_from(e["width"].as_u64()?).ok()?,
                height: u32::try_from(e["height"].as_u64()?).ok()?,
                png: e["png"]["path"].as_str()?.to_string(),
                png2x: e["png2x"]["path"].as_str()?.to_string(),
            })
        })
        .collect();
    let html =
        static_html::picture(&images, static_html::themes(None), ROOT, alt).ok_or_else(|| {
            RenderError(format!(
                "a static figure of {} {} is missing",
                input.kind.name(),
                input.lang.tag()
            ))
        })?;
    out.push_str(&html);
    Ok(())
}

fn table(out: &mut String, content: &Content, lang: Lang) {
    let t = &content.table;
    let _ = writeln!(
        out,
        "<div class=\"table\"><table>\n<caption>{}</caption>",
        esc(&t.caption)
    );
    out.push_str("<thead><tr>");
    for (i, c) in t.columns.iter().enumerate() {
        let name = if i == 0 && c.is_empty() {
            i18n::ITEM.get(lang)
        } else {
            c
        };
        let _ = write!(out, "<th scope=\"col\">{}</th>", esc(name));
    }
    if !t.provenance.is_empty() {
        let _ = write!(
            out,
            "<th scope=\"col\">{}</th>",
            esc(i18n::SOURCE.get(lang))
        );
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (i, row) in t.rows.iter().enumerate() {
        out.push_str("<tr>");
        for (j, cell) in row.iter().enumerate() {
            let tag = if j == 0 { "th scope=\"row\"" } else { "td" };
            let close = if j == 0 { "th" } else { "td" };
            let _ = write!(out, "<{tag}>{}</{close}>", esc(cell));
        }
        if let Some(p) = t.provenance.get(i) {
            let _ = write!(
                out,
                "<td><a href=\"#figure-{}\">{}</a></td>",
                i + 1,
                esc(&p.location)
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table></div>\n");
}

/// Each row with the quotes behind it.
fn quotes(out: &mut String, content: &Content, lang: Lang) {
    let t = &content.table;
    if t.provenance.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<section aria-labelledby=\"quotes\">\n<h2 id=\"quotes\">{}</h2>\n<p>{} {}</p>\n<ol class=\"quotes\">",
        esc(QUOTES_TITLE.get(lang)),
        esc(i18n::SOURCES_INTRO.get(lang)),
        esc(QUOTE_IN_ENGLISH.get(lang))
    );
    for (i, (row, p)) in t.rows.iter().zip(&t.provenance).enumerate() {
        let _ = writeln!(
            out,
            "<li id=\"figure-{}\">\n<p class=\"row\">{}</p>",
            i + 1,
            esc(&row.join(" · "))
        );
        if let Some(Some(how)) = t.computed.get(i) {
            let _ = writeln!(
                out,
                "<p class=\"computed\">{} {}</p>",
                esc(COMPUTED.get(lang)),
                esc(how)
            );
        }
        for id in &p.figures {
            let Some(f) = dataset::figure(id) else {
                continue;
            };
            let _ = writeln!(
                out,
                "<figure class=\"quote\"><blockquote lang=\"en\"><p>{}</p></blockquote>\
                 <figcaption>{}, {}</figcaption></figure>",
                esc(f.quote),
                esc(f.seed.title().get(lang)),
                esc(&format::location(f.location, lang))
            );
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</section>\n");
}

/// The page's HTML.
pub fn page_html(input: &PageInput<'_>) -> Result<String, RenderError> {
    let c = input.content;
    let lang = input.lang;
    let name = input.kind.name();
    let alt = tendik_core::figure::summary(c);
    let url = input.page_url(lang);
    let column = input.image("light", WIDTHS[1])?;
    let mut out = String::with_capacity(16 * 1024);
    let _ = writeln!(
        out,
        "<!doctype html>\n<html lang=\"{}\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{} · {}</title>",
        lang.tag(),
        esc(&c.title),
        i18n::PRODUCT.get(lang)
    );
    meta(&mut out, "name", "description", &c.takeaway);
    let _ = writeln!(out, "<link rel=\"canonical\" href=\"{}\">", esc(&url));
    for other in Lang::ALL {
        let _ = writeln!(
            out,
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">",
            other.tag(),
            esc(&input.page_url(other))
        );
    }
    let _ = writeln!(
        out,
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">",
        esc(&input.page_url(Lang::En))
    );
    let _ = writeln!(
        out,
        "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}\" title=\"{}\">",
        esc(&input.oembed_url()),
        esc(&c.title)
    );
    let card_url = input.card_url();
    for (key, value) in [
        ("og:type", "article"),
        ("og:site_name", i18n::PRODUCT.get(lang)),
        ("og:title", c.title.as_str()),
        ("og:description", c.takeaway.as_str()),
        ("og:url", url.as_str()),
        ("og:locale", og_locale(lang)),
    ] {
        meta(&mut out, "property", key, value);
    }
    for other in Lang::ALL.into_iter().filter(|&l| l != lang) {
        meta(
            &mut out,
            "property",
            "og:locale:alternate",
            og_locale(other),
        );
    }
    let (w, h) = (card::WIDTH.to_string(), card::HEIGHT.to_string());
    for (key, value) in [
        ("og:image", card_url.as_str()),
        ("og:image:type", "image/png"),
        ("og:image:width", w.as_str()),
        ("og:image:height", h.as_str()),
        ("og:image:alt", alt.as_str()),
    ] {
        meta(&mut out, "property", key, value);
    }
    for (key, value) in [
        ("twitter:card", "summary_large_image"),
        ("twitter:title", c.title.as_str()),
        ("twitter:description", c.takeaway.as_str()),
        ("twitter:image", card_url.as_str()),
        ("twitter:image:alt", alt.as_str()),
    ] {
        meta(&mut out, "name", key, value);
    }
    let _ = writeln!(
        out,
        "<link rel=\"icon\" href=\"data:,\">\n<link rel=\"stylesheet\" href=\"../../page.css\">\n\
         <script type=\"module\" src=\"{ROOT}tendik.js\"></script>\n</head>\n<body>"
    );

    // Header: the app, and the same chart in the other languages.
    let app = format!("{ROOT}index.html?widget={name}&lang={}", lang.tag());
    let _ = writeln!(
        out,
        "<header class=\"bar\">\n<a class=\"brand\" href=\"{}\">{}</a>\n\
         <nav aria-label=\"{}\"><ul>",
        esc(&app),
        i18n::PRODUCT.get(lang),
        esc(LANGUAGES.get(lang))
    );
    for other in Lang::ALL {
        if other == lang {
            let _ = writeln!(
                out,
                "<li><span aria-current=\"page\" lang=\"{0}\">{1}</span></li>",
                other.tag(),
                endonym(other)
            );
        } else {
            let _ = writeln!(
                out,
                "<li><a href=\"../{0}/\" hreflang=\"{0}\" lang=\"{0}\">{1}</a></li>",
                other.tag(),
                endonym(other)
            );
        }
    }
    out.push_str("</ul></nav>\n</header>\n<main>\n");

    // The figure, static or live, shows the title, takeaway, notes and source itself: as
    // text they are for screen readers and search, not shown a second time.
    let _ = writeln!(
        out,
        "<h1 class=\"unseen\">{}</h1>\n<p class=\"takeaway unseen\">{}</p>",
        esc(&c.title),
        esc(&c.takeaway)
    );
    // The live chart takes the picture's place once the suite loads; with scripts off, or
    // until then, the picture is the chart.
    let _ = writeln!(
        out,
        "<div class=\"chart\">\n<tendik-widget name=\"{}\" lang=\"{}\">",
        esc(name),
        lang.tag()
    );
    picture(&mut out, input, &alt)?;
    out.push_str("</tendik-widget>\n</div>\n");

    let _ = writeln!(
        out,
        "<section aria-labelledby=\"data\">\n<h2 id=\"data\">{}</h2>",
        esc(i18n::DATA_TABLE.get(lang))
    );
    table(&mut out, c, lang);
    out.push_str("</section>\n");
    quotes(&mut out, c, lang);

    let _ = writeln!(
        out,
        "<section aria-labelledby=\"embed\">\n<h2 id=\"embed\">{}</h2>\n<p>{}</p>\n\
         <p><code class=\"url\">{}</code></p>\n<pre><code>{}</code></pre>\n</section>",
        esc(i18n::EMBED_TITLE.get(lang)),
        esc(EMBED_HINT.get(lang)),
        esc(&url),
        esc(&input.embed_html(column.height()))
    );
    let _ = writeln!(
        out,
        "</main>\n<footer>\n<p><a href=\"{}\">{}</a></p>\n<p>{}</p>\n</footer>\n</body>\n</html>",
        esc(&app),
        esc(ALL_CHARTS.get(lang)),
        esc(i18n::FOOTER.get(lang))
    );
    Ok(out)
}

/// The page's `oembed.json`: a rich embed (the iframe), sized as the column figure.
pub fn oembed(input: &PageInput<'_>) -> Result<Value, RenderError> {
    let column = input.image("light", WIDTHS[1])?;
    Ok(json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": "Tendik",
        "provider_url": input.base,
        "title": input.content.title,
        "html": input.embed_html(column.height()),
        "width": column.width(),
        "height": column.height(),
        "thumbnail_url": input.card_url(),
        "thumbnail_width": card::WIDTH,
        "thumbnail_height": card::HEIGHT,
        "cache_age": 86400,
    }))
}

/// One widget's pages, cards and oEmbed files.
fn widget_pages(
    renderer: &Renderer,
    dist: &Path,
    kind: WidgetKind,
    images: &[Value],
    base: &str,
) -> Result<Vec<Value>, RenderError> {
    let mine: Vec<Value> = images
        .iter()
        .filter(|e| e["widget"] == kind.name())
        .cloned()
        .collect();
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let widget = kind.embedded(lang);
        let content = widget.content(lang);
        let dir = kind.page_path(lang);
        let png = card::png(renderer, &widget, &content, lang)?;
        let card_path = publish_file(dist, &format!("{dir}card"), "png", &png)?;
        let input = PageInput {
            kind,
            lang,
            content: &content,
            images: &mine,
            card: card_path.strip_prefix(&dir).unwrap_or(&card_path),
            base,
        };
        let html = page_html(&input)?;
        write(&dist.join(&dir).join("index.html"), html.as_bytes())?;
        let oembed = serde_json::to_string_pretty(&oembed(&input)?).expect("JSON") + "\n";
        write(&dist.join(&dir).join("oembed.json"), oembed.as_bytes())?;
        // The page's static figures, in the shape of `static/index.json` (whose whole list
        // is three times the newsroom-JSON parser's limit): what the app's embed code reads.
        let figures: Vec<&Value> = mine.iter().filter(|e| e["lang"] == lang.tag()).collect();
        let figures = serde_json::to_string(&json!({ "images": figures })).expect("JSON") + "\n";
        write(&dist.join(&dir).join(FIGURES), figures.as_bytes())?;
        out.push(json!({
            "widget": kind.name(),
            "lang": lang.tag(),
            "url": input.page_url(lang),
            "page": format!("{dir}index.html"),
            "oembed": format!("{dir}oembed.json"),
            "figures": format!("{dir}{FIGURES}"),
            "card": { "path": card_path, "width": card::WIDTH, "height": card::HEIGHT },
        }));
    }
    Ok(out)
}

/// Writes every page, card and oEmbed file under `dist/chart` (replaced) and
/// `chart/index.json`. `images` are the static figures' index entries.
pub fn build(
    renderer: &Renderer,
    dist: &Path,
    images: &[Value],
    base: &str,
) -> Result<usize, RenderError> {
    let dir = dist.join("chart");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|e| RenderError(format!("cannot clear {}: {e}", dir.display())))?;
    }
    let pages: Vec<Value> = each_widget(|k| widget_pages(renderer, dist, k, images, base))?
        .into_iter()
        .flatten()
        .collect();
    write(&dir.join("page.css"), STYLESHEET.as_bytes())?;
    let n = pages.len();
    let index = json!({
        "generator": "tendik-render",
        "about": "A page per chart and language: page and oembed are paths relative to the \
                  site's root; url is the page's address under base_url.",
        "base_url": base,
        "pages": pages,
    });
    let text = serde_json::to_string_pretty(&index).expect("JSON values serialise") + "\n";
    write(&dist.join(INDEX), text.as_bytes())?;
    Ok(n)
}
