//! The build's static renders: for every widget × language × theme × width, the whole figure
//! as SVG (text as outlines) and PNG at 1× and 2×, content-hashed, with an index that lists
//! each image's size and alt text. And the batch behind `tendik-render all`.

use std::path::Path;

use serde_json::{json, Value};
use sha2::{Digest, Sha256};
use tendik_core::chart::Theme;
use tendik_core::figure;
use tendik_core::widgets::WidgetKind;
use tendik_core::Lang;

use crate::{Described, Format, RenderError, Renderer, Request, Size};

/// Where the index goes, relative to the site's root (dist/).
pub const INDEX: &str = "static/index.json";
/// Widths of the static figures in CSS pixels (`static_html::WIDTHS`).
pub const WIDTHS: [f64; 2] = [
    tendik_core::static_html::WIDTHS[0] as f64,
    tendik_core::static_html::WIDTHS[1] as f64,
];
pub const THEMES: [Theme; 2] = [Theme::Light, Theme::Dark];

/// What a build wrote.
pub struct Built {
    pub files: usize,
    /// The index's entries, one per figure.
    pub images: Vec<Value>,
}

fn hash(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn write(path: &Path, bytes: &[u8]) -> Result<(), RenderError> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .map_err(|e| RenderError(format!("cannot make {}: {e}", dir.display())))?;
    }
    std::fs::write(path, bytes)
        .map_err(|e| RenderError(format!("cannot write {}: {e}", path.display())))
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    // IHDR follows the 8-byte signature and the chunk's length and type.
    let be = |i: usize| u32::from_be_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    (be(16), be(20))
}

/// `<stem>-<hash>.<ext>` written under `root`; returns its path relative to `root`.
pub(crate) fn publish_file(
    root: &Path,
    stem: &str,
    ext: &str,
    bytes: &[u8],
) -> Result<String, RenderError> {
    let rel = format!("{stem}-{}.{ext}", hash(bytes));
    write(&root.join(&rel), bytes)?;
    Ok(rel)
}

/// `static/<widget>/<lang>-<theme>-<width><suffix>-<hash>.<ext>`, written under `root`;
/// returns the file's entry for the index.
fn publish(
    root: &Path,
    stem: &str,
    suffix: &str,
    ext: &str,
    bytes: &[u8],
) -> Result<Value, RenderError> {
    let rel = publish_file(root, &format!("{stem}{suffix}"), ext, bytes)?;
    let mut entry = json!({ "path": rel, "bytes": bytes.len() });
    if ext == "png" {
        let (w, h) = png_size(bytes);
        entry["width"] = json!(w);
        entry["height"] = json!(h);
    }
    Ok(entry)
}

/// One widget's figures: every language, theme and width.
fn widget_entries(
    renderer: &Renderer,
    root: &Path,
    kind: WidgetKind,
) -> Result<Vec<Value>, RenderError> {
    let mut entries = Vec::new();
    for lang in Lang::ALL {
        let widget = kind.embedded(lang);
        let content = widget.content(lang);
        let alt = figure::summary(&content);
        for theme in THEMES {
            for width in WIDTHS {
                let request = |scale| Request {
                    widget: &widget,
                    lang,
                    theme,
                    size: Size::Width { width, scale },
                    chart_only: false,
                };
                let svg1 = renderer.compose(&request(1.0))?;
                let svg2 = renderer.compose(&request(2.0))?;
                let described = Described {
                    title: &content.title,
                    desc: &alt,
                };
                let tree = renderer.tree(&svg1)?;
                let outlined = crate::outlined_svg(&svg1, &tree, Some(described))?;
                let size = tree.size().to_int_size();
                let stem = format!(
                    "static/{}/{}-{}-{}",
                    kind.name(),
                    lang.tag(),
                    theme.name(),
                    width
                );
                entries.push(json!({
                    "widget": kind.name(),
                    "lang": lang.tag(),
                    "theme": theme.name(),
                    "width": size.width(),
                    "height": size.height(),
                    "title": content.title,
                    "alt": alt,
                    "svg": publish(root, &stem, "", "svg", outlined.as_bytes())?,
                    "png": publish(root, &stem, "", "png", &renderer.png(&tree)?)?,
                    "png2x": publish(root, &stem, "@2x", "png", &renderer.encode(&svg2, Format::Png, None)?)?,
                }));
            }
        }
    }
    Ok(entries)
}

/// Runs `job` for every widget, on as many threads as there are cores, in widget order.
pub(crate) fn each_widget<T: Send>(
    job: impl Fn(WidgetKind) -> Result<T, RenderError> + Sync,
) -> Result<Vec<T>, RenderError> {
    let kinds: Vec<WidgetKind> = WidgetKind::all().collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = kinds.len().div_ceil(threads.max(1));
    std::thread::scope(|s| {
        let handles: Vec<_> = kinds
            .chunks(chunk)
            .map(|part| s.spawn(|| part.iter().map(|&k| job(k)).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a render thread panicked"))
            .collect()
    })
}

/// Writes every static render and `static/index.json` under `dist`. The folder
/// `dist/static` is replaced, so no render of an older build stays behind.
pub fn build(renderer: &Renderer, dist: &Path) -> Result<Built, RenderError> {
    let dir = dist.join("static");
    if dir.exists() {
        std::fs::remove_dir_all(&dir)
            .map_err(|e| RenderError(format!("cannot clear {}: {e}", dir.display())))?;
    }
    let images: Vec<Value> = each_widget(|k| widget_entries(renderer, dist, k))?
        .into_iter()
        .flatten()
        .collect();
    let files = images.len() * 3;
    let index = json!({
        "generator": "tendik-render",
        "about": "Static renders of every Tendik figure: paths are relative to the site's root \
                  (the folder of tendik.js); width and height in CSS pixels; png2x has twice \
                  the pixels; alt is the chart's text summary in its language.",
        "widths": WIDTHS,
        "images": images,
    });
    let text = serde_json::to_string_pretty(&index).expect("JSON values serialise") + "\n";
    write(&dist.join(INDEX), text.as_bytes())?;
    let images = index["images"].as_array().cloned().unwrap_or_default();
    Ok(Built { files, images })
}

/// `tendik-render all`: every widget in `langs` × `themes` at `size` into `dir` as
/// `<widget>-<lang>-<theme>.<ext>`, with `manifest.json` listing each image's pixel size
/// and the boxes its text inks (for comparisons that treat text apart).
pub fn batch(
    renderer: &Renderer,
    dir: &Path,
    langs: &[Lang],
    themes: &[Theme],
    size: Size,
    format: Format,
    chart_only: bool,
) -> Result<usize, RenderError> {
    let entries = each_widget(|kind| {
        let mut out = Vec::new();
        for &lang in langs {
            let widget = kind.embedded(lang);
            for &theme in themes {
                let request = Request {
                    widget: &widget,
                    lang,
                    theme,
                    size,
                    chart_only,
                };
                let svg = renderer.compose(&request)?;
                let tree = renderer.tree(&svg)?;
                let name = format!(
                    "{}-{}-{}.{}",
                    kind.name(),
                    lang.tag(),
                    theme.name(),
                    format.extension()
                );
                let bytes = match format {
                    Format::Svg => crate::outlined_svg(&svg, &tree, None)?.into_bytes(),
                    Format::Png => renderer.png(&tree)?,
                    Format::Pdf => renderer.pdf(&svg, &tree)?,
                };
                write(&dir.join(&name), &bytes)?;
                let size = tree.size().to_int_size();
                out.push(json!({
                    "widget": kind.name(),
                    "lang": lang.tag(),
                    "theme": theme.name(),
                    "file": name,
                    "width": size.width(),
                    "height": size.height(),
                    "text": crate::text_boxes(&tree),
                }));
            }
        }
        Ok(out)
    })?;
    let images: Vec<Value> = entries.into_iter().flatten().collect();
    let n = images.len();
    let manifest = serde_json::to_string_pretty(&json!({ "images": images })).expect("JSON") + "\n";
    write(&dir.join("manifest.json"), manifest.as_bytes())?;
    Ok(n)
}
