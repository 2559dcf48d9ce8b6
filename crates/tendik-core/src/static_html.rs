//! HTML that shows a chart's static renders (docs/static-renders.md) where no script runs or
//! before one has: the `<picture>` fallback inside `<tendik-widget>` and on the chart pages,
//! the image for newsletters and RSS, and the AMP embed with the image as its placeholder.
//! One writer, so the app's embed code, the pages and the tests say the same.

use crate::chart::Theme;
use crate::widgets::WidgetKind;
use crate::Lang;

/// The widths the build renders each figure at (CSS px): a phone, and an article column
/// (also the usual width of an e-mail newsletter).
pub const WIDTHS: [u32; 2] = [360, 640];
/// Each chart page's folder (`chart/<widget>/<lang>/`) holds its static figures in this
/// file, in the shape of `static/index.json`: what [`from_index`] reads.
pub const FIGURES: &str = "figures.json";
/// Below this viewport width a `<picture>` shows the phone-sized figure.
pub const NARROW_MEDIA: &str = "(max-width: 679px)";
pub const DARK_MEDIA: &str = "(prefers-color-scheme: dark)";
/// The `<picture>`'s image fills its column and keeps its aspect ratio, whatever the host
/// page's CSS: the live widget takes exactly this box (docs/static-renders.md).
const PICTURE_IMG_STYLE: &str = "display:block;max-width:100%;height:auto";

/// One static figure: a widget in one language, theme and width, as `static/index.json`
/// lists it. Paths are relative to the site's root.
#[derive(Clone, Debug, PartialEq)]
pub struct StaticImage {
    pub theme: Theme,
    /// CSS px: the 1× PNG's pixels.
    pub width: u32,
    pub height: u32,
    pub png: String,
    pub png2x: String,
}

/// One entry of a figures list, read by whichever JSON reader the caller has: the app reads
/// it with the browser's `JSON.parse`, so the wasm carries no number parser for it.
pub trait Entry {
    /// The string at `path` (`["png", "path"]` is `entry.png.path`).
    fn text(&self, path: &[&str]) -> Option<String>;
    /// The number at `key`, when it is one.
    fn number(&self, key: &str) -> Option<f64>;
}

/// The figures of `kind` in `lang` among `entries` (the `images` of `static/index.json` or
/// of a page's [`FIGURES`]), and their alt text (the chart's text summary in its language);
/// `None` when there are none.
pub fn from_entries<E: Entry>(
    entries: impl IntoIterator<Item = E>,
    kind: WidgetKind,
    lang: Lang,
) -> Option<(Vec<StaticImage>, String)> {
    let pixels = |e: &E, key| {
        e.number(key)
            .filter(|n| (1.0..=100_000.0).contains(n) && n.fract() == 0.0)
            .map(|n| n as u32)
    };
    let mut alt = None;
    let mut images = Vec::new();
    for e in entries {
        if e.text(&["widget"]).as_deref() != Some(kind.name())
            || e.text(&["lang"]).as_deref() != Some(lang.tag())
        {
            continue;
        }
        let image = (|| {
            Some(StaticImage {
                theme: Theme::from_name(&e.text(&["theme"])?)?,
                width: pixels(&e, "width")?,
                height: pixels(&e, "height")?,
                png: e.text(&["png", "path"])?,
                png2x: e.text(&["png2x", "path"])?,
            })
        })();
        if let Some(image) = image {
            alt = alt.or_else(|| e.text(&["alt"]));
            images.push(image);
        }
    }
    Some((images, alt?)).filter(|(images, _)| !images.is_empty())
}

/// Text for an attribute or element: `& < > " '` escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn find(images: &[StaticImage], theme: Theme, width: u32) -> Option<&StaticImage> {
    images.iter().find(|i| i.theme == theme && i.width == width)
}

/// The themes a `<picture>` offers for a widget's `theme` attribute: light and dark (dark
/// when the reader's system is) for `auto`, else the one chosen.
pub fn themes(theme: Option<Theme>) -> &'static [Theme] {
    match theme {
        None => &[Theme::Dark, Theme::Light],
        Some(Theme::Light) => &[Theme::Light],
        Some(Theme::Dark) => &[Theme::Dark],
    }
}

/// The `<picture>`: the phone-sized figure below 680 px of viewport, the column-sized one
/// above, each at 1× and 2×, in each of `themes` (the last one the `<img>`, the others for
/// a dark system), every `<source>` and the `<img>` with `width`/`height` so the browser
/// reserves the space, and the `<img>`'s `alt` the chart's text summary. `root` is
/// prefixed to every path. `None` when a figure is missing.
pub fn picture(images: &[StaticImage], themes: &[Theme], root: &str, alt: &str) -> Option<String> {
    let last = *themes.last()?;
    let path = |p: &str| escape(&format!("{root}{p}"));
    let mut out = String::from("<picture>\n");
    for &theme in themes {
        for width in WIDTHS {
            let image = find(images, theme, width)?;
            let srcset = format!("{} 1x, {} 2x", path(&image.png), path(&image.png2x));
            let dark = (theme != last).then_some(DARK_MEDIA);
            let narrow = (width == WIDTHS[0]).then_some(NARROW_MEDIA);
            let media = match (dark, narrow) {
                (Some(d), Some(n)) => Some(format!("{d} and {n}")),
                (Some(m), None) | (None, Some(m)) => Some(m.to_string()),
                (None, None) => None,
            };
            out.push_str(&match media {
                Some(media) => format!(
                    "<source media=\"{}\" srcset=\"{srcset}\" width=\"{}\" height=\"{}\">\n",
                    escape(&media),
                    image.width,
                    image.height
                ),
                None => format!(
                    "<img src=\"{}\" srcset=\"{srcset}\" width=\"{}\" height=\"{}\" alt=\"{}\" style=\"{PICTURE_IMG_STYLE}\">\n",
                    path(&image.png),
                    image.width,
                    image.height,
                    escape(alt)
                ),
            });
        }
    }
    out.push_str("</picture>\n");
    Some(out)
}

/// The figure to show where no script runs and no colour scheme can be trusted (e-mail
/// clients invert or keep colours as they like): the chosen theme, else light.
fn still(images: &[StaticImage], theme: Option<Theme>) -> Option<&StaticImage> {
    find(images, theme.unwrap_or(Theme::Light), WIDTHS[1])
}

/// For newsletters and RSS: the column-sized figure, its 2× file shown at 1× size so it is
/// sharp on phones, linked to the chart's page. Inline style, as e-mail needs: no
/// stylesheet reaches it.
pub fn newsletter(
    images: &[StaticImage],
    theme: Option<Theme>,
    base: &str,
    page: &str,
    alt: &str,
) -> Option<String> {
    let image = still(images, theme)?;
    Some(format!(
        "<a href=\"{}\"><img src=\"{}\" width=\"{}\" height=\"{}\" alt=\"{}\" style=\"display:block;width:100%;max-width:{}px;height:auto;border:0\"></a>",
        escape(page),
        escape(&format!("{base}{}", image.png2x)),
        image.width,
        image.height,
        escape(alt),
        image.width,
    ))
}

/// For AMP pages: `amp-iframe` of the iframe embed with the column-sized figure as its
/// placeholder, sized as the figure; `embed.html` asks AMP for its real height
/// (`embed-size`), and AMP shows `more` as a button where it will not resize unasked.
pub fn amp(
    images: &[StaticImage],
    theme: Option<Theme>,
    base: &str,
    frame: &str,
    title: &str,
    alt: &str,
    more: &str,
) -> Option<String> {
    let image = still(images, theme)?;
    Some(format!(
        "<amp-iframe src=\"{}\" title=\"{}\" width=\"{}\" height=\"{}\" layout=\"responsive\" sandbox=\"allow-scripts allow-same-origin\" resizable frameborder=\"0\">\n\
         <amp-img placeholder layout=\"fill\" src=\"{}\" alt=\"{}\"></amp-img>\n\
         <div overflow tabindex=\"0\" role=\"button\" aria-label=\"{}\">{}</div>\n</amp-iframe>",
        escape(frame),
        escape(title),
        image.width,
        image.height,
        escape(&format!("{base}{}", image.png)),
        escape(alt),
        escape(more),
        escape(more),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::userdata::json::{parse, Json};

    /// The figures of `kind` in `lang` in a parsed figures list (`{"images": [...]}`).
    fn from_index(
        index: &Json,
        kind: WidgetKind,
        lang: Lang,
    ) -> Option<(Vec<StaticImage>, String)> {
        let Some(Json::Array(entries)) = index.get("images") else {
            return None;
        };
        from_entries(entries, kind, lang)
    }

    impl Entry for &Json {
        fn text(&self, path: &[&str]) -> Option<String> {
            let mut at = *self;
            for key in path {
                at = at.get(key)?;
            }
            match at {
                Json::String(s) => Some(s.clone()),
                _ => None,
            }
        }

        fn number(&self, key: &str) -> Option<f64> {
            match self.get(key)? {
                Json::Number(n) => Some(*n),
                _ => None,
            }
        }
    }

    fn kind(name: &str) -> WidgetKind {
        WidgetKind::from_name(name).unwrap()
    }

    fn images() -> Vec<StaticImage> {
        let mut out = Vec::new();
        for theme in [Theme::Light, Theme::Dark] {
            for width in WIDTHS {
                let name = format!("static/q/en-{}-{width}", theme.name());
                out.push(StaticImage {
                    theme,
                    width,
                    height: width + 1,
                    png: format!("{name}.png"),
                    png2x: format!("{name}@2x.png"),
                });
            }
        }
        out
    }

    #[test]
    fn auto_offers_dark_sources_and_the_light_image() {
        let html = picture(&images(), themes(None), "https://x/", "A \"quoted\" <b>").unwrap();
        let lines: Vec<&str> = html.lines().collect();
        assert_eq!(lines.len(), 6, "{html}");
        assert!(lines[1].starts_with("<source media=\"(prefers-color-scheme: dark) and (max-width: 679px)\" srcset=\"https://x/static/q/en-dark-360.png 1x, https://x/static/q/en-dark-360@2x.png 2x\" width=\"360\" height=\"361\""));
        assert!(lines[2].contains(
            "media=\"(prefers-color-scheme: dark)\" srcset=\"https://x/static/q/en-dark-640.png"
        ));
        assert!(lines[3]
            .contains("media=\"(max-width: 679px)\" srcset=\"https://x/static/q/en-light-360.png"));
        assert_eq!(
            lines[4],
            "<img src=\"https://x/static/q/en-light-640.png\" srcset=\"https://x/static/q/en-light-640.png 1x, https://x/static/q/en-light-640@2x.png 2x\" width=\"640\" height=\"641\" alt=\"A &quot;quoted&quot; &lt;b&gt;\" style=\"display:block;max-width:100%;height:auto\">"
        );
    }

    #[test]
    fn a_chosen_theme_offers_only_its_own_figures() {
        let dark = picture(&images(), themes(Some(Theme::Dark)), "", "a").unwrap();
        assert!(
            !dark.contains("light") && !dark.contains("prefers-color-scheme"),
            "{dark}"
        );
        assert!(dark.contains("<img src=\"static/q/en-dark-640.png\""));
        let light = picture(&images(), themes(Some(Theme::Light)), "", "a").unwrap();
        assert!(!light.contains("dark"), "{light}");
    }

    #[test]
    fn a_missing_figure_gives_no_picture_rather_than_half_of_one() {
        let mut some = images();
        some.retain(|i| !(i.theme == Theme::Dark && i.width == 360));
        assert_eq!(picture(&some, themes(None), "", "a"), None);
        assert!(picture(&some, themes(Some(Theme::Light)), "", "a").is_some());
    }

    #[test]
    fn newsletter_and_amp_show_the_column_figure_with_absolute_urls() {
        let mail = newsletter(
            &images(),
            None,
            "https://x/",
            "https://x/chart/q/en/",
            "Alt",
        )
        .unwrap();
        assert_eq!(
            mail,
            "<a href=\"https://x/chart/q/en/\"><img src=\"https://x/static/q/en-light-640@2x.png\" width=\"640\" height=\"641\" alt=\"Alt\" style=\"display:block;width:100%;max-width:640px;height:auto;border:0\"></a>"
        );
        let amp = amp(
            &images(),
            Some(Theme::Dark),
            "https://x/",
            "https://x/embed.html?widget=q&lang=en",
            "T",
            "Alt",
            "Show",
        )
        .unwrap();
        assert!(amp.starts_with("<amp-iframe src=\"https://x/embed.html?widget=q&amp;lang=en\" title=\"T\" width=\"640\" height=\"641\" layout=\"responsive\""), "{amp}");
        assert!(amp.contains("<amp-img placeholder layout=\"fill\" src=\"https://x/static/q/en-dark-640.png\" alt=\"Alt\">"));
        assert!(amp.contains(
            "<div overflow tabindex=\"0\" role=\"button\" aria-label=\"Show\">Show</div>"
        ));
    }

    #[test]
    fn the_index_gives_one_language_s_figures_and_its_alt() {
        let index = parse(
            r#"{ "images": [
              { "widget": "quota-gauge", "lang": "kk", "theme": "dark", "width": 640, "height": 372,
                "alt": "Қазақша", "png": { "path": "a.png" }, "png2x": { "path": "a2.png" } },
              { "widget": "quota-gauge", "lang": "en", "theme": "dark", "width": 640, "height": 370,
                "alt": "English", "png": { "path": "b.png" }, "png2x": { "path": "b2.png" } },
              { "widget": "peacekeeping", "lang": "kk", "theme": "dark", "width": 640, "height": 1,
                "alt": "x", "png": { "path": "c.png" }, "png2x": { "path": "c2.png" } },
              { "widget": "quota-gauge", "lang": "kk", "theme": "sepia", "width": 640, "height": 1,
                "alt": "x", "png": { "path": "d.png" }, "png2x": { "path": "d2.png" } }
            ] }"#,
        )
        .unwrap();
        let (found, alt) = from_index(&index, kind("quota-gauge"), Lang::Kk).unwrap();
        assert_eq!(alt, "Қазақша");
        assert_eq!(
            found,
            vec![StaticImage {
                theme: Theme::Dark,
                width: 640,
                height: 372,
                png: "a.png".into(),
                png2x: "a2.png".into()
            }]
        );
        assert_eq!(from_index(&index, kind("nap-timeline"), Lang::Kk), None);
        assert_eq!(
            from_index(&parse("[]").unwrap(), kind("quota-gauge"), Lang::Kk),
            None
        );
    }
}
