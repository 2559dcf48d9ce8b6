//! Static renders of Tendik's figures, natively: the figure is composed by tendik-core's
//! composer (the same drawing code as the browser's canvas) as SVG, laid out with real font
//! metrics, then
//! - written back as SVG with every glyph as an outline, so it looks the same whatever
//!   fonts a reader has;
//! - rasterised by resvg to PNG;
//! - converted by svg2pdf to a vector PDF with the fonts embedded (subset).
//!
//! Fonts are loaded from exact files (Noto Sans, what Chromium's `system-ui` resolves to on
//! the reference machine), never from the system's font list, so renders are the same
//! bytes on every machine with the same files.

pub mod card;
mod outline;
pub mod pages;
pub mod site;

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};
use tendik_core::chart::{ChartError, Frame, Theme, Weight};
use tendik_core::figure::{self, Figure, Preset};
use tendik_core::widgets::Widget;
use tendik_core::Lang;

pub use outline::{outlined_svg, Described};

/// Something a render could not do, said plainly.
#[derive(Debug)]
pub struct RenderError(pub String);

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RenderError {}

impl From<ChartError> for RenderError {
    fn from(e: ChartError) -> Self {
        RenderError(e.to_string())
    }
}

/// The faces every render uses, and nothing else: Noto Sans, what Chromium's `system-ui`
/// is on the reference machine, and DejaVu Sans for the few characters Noto Sans lacks
/// (U+2212 minus), which is where Chromium falls back to for them too.
pub const FONT_FILES: [&str; 4] = [
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
];
/// Where Debian's fonts-noto-core and fonts-dejavu-core put them (scripts/setup.sh
/// installs both); `TENDIK_FONT_DIR` names one folder holding all four instead.
pub const DEFAULT_FONT_DIRS: [&str; 2] = [
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/truetype/dejavu",
];
pub const FONT_FAMILY: &str = "Noto Sans";

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
    Pdf,
}

impl Format {
    pub fn from_name(name: &str) -> Option<Format> {
        match name.trim().to_ascii_lowercase().as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            "pdf" => Some(Format::Pdf),
            _ => None,
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
        }
    }
}

struct Face {
    data: Vec<u8>,
}

impl Face {
    fn parse(&self) -> ttf_parser::Face<'_> {
        ttf_parser::Face::parse(&self.data, 0).expect("checked when loaded")
    }
}

/// The font files, loaded once, and everything made with them.
pub struct Renderer {
    fontdb: Arc<fontdb::Database>,
    /// Regular, bold, fallback regular, fallback bold: as [`FONT_FILES`].
    faces: Vec<Face>,
}

/// Finds `file` in `dirs`.
fn font_path(file: &str, dirs: &[PathBuf]) -> Result<PathBuf, RenderError> {
    dirs.iter()
        .map(|d| d.join(file))
        .find(|p| p.is_file())
        .ok_or_else(|| {
            RenderError(format!(
                "font {file} not found in {}; install Debian's fonts-noto-core and \
                 fonts-dejavu-core (scripts/setup.sh does) or set TENDIK_FONT_DIR to a folder \
                 with {}",
                dirs.iter()
                    .map(|d| d.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
                FONT_FILES.join(", ")
            ))
        })
}

impl Renderer {
    /// Loads [`FONT_FILES`] from the first of `dirs` that has each.
    pub fn new(dirs: &[PathBuf]) -> Result<Renderer, RenderError> {
        let mut db = fontdb::Database::new();
        let mut faces = Vec::new();
        for file in FONT_FILES {
            let path = font_path(file, dirs)?;
            let data = std::fs::read(&path)
                .map_err(|e| RenderError(format!("cannot read {}: {e}", path.display())))?;
            if ttf_parser::Face::parse(&data, 0).is_err() {
                return Err(RenderError(format!(
                    "{} is not a font file",
                    path.display()
                )));
            }
            db.load_font_data(data.clone());
            faces.push(Face { data });
        }
        db.set_sans_serif_family(FONT_FAMILY);
        Ok(Renderer {
            fontdb: Arc::new(db),
            faces,
        })
    }

    /// `TENDIK_FONT_DIR` if set, else Debian's folders.
    pub fn font_dirs() -> Vec<PathBuf> {
        match std::env::var_os("TENDIK_FONT_DIR") {
            Some(dir) => vec![PathBuf::from(dir)],
            None => DEFAULT_FONT_DIRS.iter().map(PathBuf::from).collect(),
        }
    }

    pub fn from_env() -> Result<Renderer, RenderError> {
        Renderer::new(&Renderer::font_dirs())
    }

    /// The faces for `weight`: the main one and its fallback.
    fn faces_for(&self, weight: Weight) -> [ttf_parser::Face<'_>; 2] {
        let bold = usize::from(weight == Weight::Bold);
        [self.faces[bold].parse(), self.faces[2 + bold].parse()]
    }

    /// Advance width of `text` at `size` px in the faces that draw it (no kerning, which
    /// only ever narrows a line of these faces).
    pub fn measure(&self, text: &str, size: f64, weight: Weight) -> f64 {
        let faces = self.faces_for(weight);
        text.chars()
            .map(|c| {
                let c = if c.is_whitespace() && c != '\u{a0}' && c != '\u{202f}' {
                    ' '
                } else {
                    c
                };
                faces
                    .iter()
                    .find_map(|f| {
                        let g = f.glyph_index(c)?;
                        Some(f64::from(f.glyph_hor_advance(g)?) / f64::from(f.units_per_em()))
                    })
                    .unwrap_or(1.0)
            })
            .sum::<f64>()
            * size
    }

    /// Characters of `text` no face has a glyph for (they would print as boxes).
    pub fn missing_glyphs(&self, text: &str) -> Vec<char> {
        let (regular, bold) = (self.faces_for(Weight::Normal), self.faces_for(Weight::Bold));
        let drawn =
            |faces: &[ttf_parser::Face<'_>; 2], c| faces.iter().any(|f| f.glyph_index(c).is_some());
        let mut missing: Vec<char> = text
            .chars()
            .filter(|&c| !c.is_control() && (!drawn(&regular, c) || !drawn(&bold, c)))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        missing
    }

    /// Characters of `text` that only the fallback face draws.
    pub fn fallback_glyphs(&self, text: &str) -> Vec<char> {
        let main = self.faces[0].parse();
        let mut chars: Vec<char> = text
            .chars()
            .filter(|&c| !c.is_control() && main.glyph_index(c).is_none())
            .collect();
        chars.sort_unstable();
        chars.dedup();
        chars
    }

    /// Ascent and descent of the regular face in ems (the canvas places text by them).
    pub fn vertical_metrics(&self) -> (f64, f64) {
        let face = self.faces[0].parse();
        let em = f64::from(face.units_per_em());
        (
            f64::from(face.ascender()) / em,
            -f64::from(face.descender()) / em,
        )
    }

    /// `svg` with each run of characters the main face lacks set in the fallback face, as
    /// Chromium does character by character. usvg's own fallback would set the whole text
    /// in the fallback face whenever that face has every character of it.
    fn with_fallback_runs(&self, svg: &str) -> String {
        let main = self.faces[0].parse();
        let lacks = |c: char| !c.is_whitespace() && main.glyph_index(c).is_none();
        let mut out = String::with_capacity(svg.len());
        for line in svg.split_inclusive('\n') {
            let text = line
                .strip_prefix("<text")
                .and_then(|rest| rest.find('>'))
                .filter(|_| line.chars().any(lacks));
            let Some(open) = text else {
                out.push_str(line);
                continue;
            };
            let (head, content) = line.split_at(open + "<text".len() + 1);
            out.push_str(head);
            let mut in_run = false;
            for c in content.chars() {
                if lacks(c) != in_run && c != '<' {
                    out.push_str(if in_run {
                        "</tspan>"
                    } else {
                        "<tspan font-family=\"DejaVu Sans\">"
                    });
                    in_run = !in_run;
                }
                if c == '<' && in_run {
                    out.push_str("</tspan>");
                    in_run = false;
                }
                out.push(c);
            }
        }
        out
    }

    /// Parses an SVG made by the composer, shaping its text with the loaded faces.
    pub fn tree(&self, svg: &str) -> Result<usvg::Tree, RenderError> {
        let svg = self.with_fallback_runs(svg);
        let options = usvg::Options {
            font_family: FONT_FAMILY.to_string(),
            fontdb: Arc::clone(&self.fontdb),
            // The fallback runs are marked in the SVG: no fallback of usvg's own.
            font_resolver: usvg::FontResolver {
                select_font: usvg::FontResolver::default_font_selector(),
                select_fallback: Box::new(|_, _, _| None),
            },
            ..usvg::Options::default()
        };
        usvg::Tree::from_str(&svg, &options)
            .map_err(|e| RenderError(format!("the composed SVG does not parse: {e}")))
    }

    /// The tree of `source` with its text replaced by outlines.
    fn outlined_tree(&self, source: &str, tree: &usvg::Tree) -> Result<usvg::Tree, RenderError> {
        let svg = outlined_svg(source, tree, None)?;
        usvg::Tree::from_str(&svg, &usvg::Options::default())
            .map_err(|e| RenderError(format!("the outlined SVG does not parse: {e}")))
    }

    /// The figure laid out with this renderer's font metrics.
    pub fn figure_svg(&self, figure: Figure<'_>) -> Result<String, RenderError> {
        let measure = |t: &str, s: f64, w: Weight| self.measure(t, s, w);
        Ok(figure.with_measure(&measure).svg()?)
    }

    /// A PNG of the tree at its own size: 8-bit RGB (every figure is opaque).
    pub fn png(&self, tree: &usvg::Tree) -> Result<Vec<u8>, RenderError> {
        let size = tree.size().to_int_size();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
            .ok_or_else(|| RenderError(format!("cannot make a {size:?} image")))?;
        resvg::render(tree, tiny_skia::Transform::identity(), &mut pixmap.as_mut());
        encode_png(&pixmap)
    }

    /// A vector PDF of `tree` (a composed SVG's), one CSS pixel to 1/96 inch, with the text
    /// as outlines: svg2pdf 0.13 can embed the fonts instead, but writes them in hash-map
    /// order, so two runs would give different bytes.
    pub fn pdf(&self, source: &str, tree: &usvg::Tree) -> Result<Vec<u8>, RenderError> {
        let outlined = self.outlined_tree(source, tree)?;
        svg2pdf::to_pdf(
            &outlined,
            svg2pdf::ConversionOptions::default(),
            svg2pdf::PageOptions { dpi: 96.0 },
        )
        .map_err(|e| RenderError(format!("PDF conversion failed: {e}")))
    }

    /// The bytes of `svg` (from the composer) in `format`; an SVG gets `described` as its
    /// title and description.
    pub fn encode(
        &self,
        svg: &str,
        format: Format,
        described: Option<Described<'_>>,
    ) -> Result<Vec<u8>, RenderError> {
        let tree = self.tree(svg)?;
        match format {
            Format::Svg => Ok(outlined_svg(svg, &tree, described)?.into_bytes()),
            Format::Png => self.png(&tree),
            Format::Pdf => self.pdf(svg, &tree),
        }
    }
}

/// The boxes (x, y, width, height in the image's pixels) inked by each text element, in
/// document order.
pub fn text_boxes(tree: &usvg::Tree) -> Vec<[f32; 4]> {
    fn walk(group: &usvg::Group, out: &mut Vec<[f32; 4]>) {
        for node in group.children() {
            match node {
                usvg::Node::Text(t) => {
                    let b = t.flattened().abs_bounding_box();
                    out.push([b.x(), b.y(), b.width(), b.height()]);
                }
                usvg::Node::Group(g) => walk(g, out),
                usvg::Node::Path(_) | usvg::Node::Image(_) => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(tree.root(), &mut out);
    out
}

fn encode_png(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, RenderError> {
    // Opaque: drop the alpha channel (a quarter of the raw bytes).
    let data = pixmap.data();
    let mut rgb = Vec::with_capacity(data.len() / 4 * 3);
    for p in data.chunks_exact(4) {
        rgb.extend_from_slice(&p[..3]);
    }
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        // Best compression saves under 1% here and takes longer.
        encoder.set_compression(png::Compression::Default);
        encoder.set_filter(png::FilterType::Paeth);
        encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
        let mut writer = encoder
            .write_header()
            .map_err(|e| RenderError(format!("PNG: {e}")))?;
        writer
            .write_image_data(&rgb)
            .map_err(|e| RenderError(format!("PNG: {e}")))?;
    }
    Ok(out)
}

/// How big a figure is: a width in CSS pixels at a pixel scale, or an export preset (which
/// fixes both, and the type scale).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Size {
    Width { width: f64, scale: f64 },
    Preset(Preset),
}

/// One image to make: a widget (embedded data or a newsroom's), how, and how big.
pub struct Request<'a> {
    pub widget: &'a Widget,
    pub lang: Lang,
    pub theme: Theme,
    pub size: Size,
    /// The chart alone, as the live canvas draws it (no title, notes or source).
    pub chart_only: bool,
}

impl Request<'_> {
    fn frame(&self) -> Frame {
        let (width, scale) = match self.size {
            Size::Width { width, scale } => (width, scale),
            Size::Preset(_) => (0.0, 1.0),
        };
        Frame {
            width,
            scale,
            theme: self.theme,
            lang: self.lang,
        }
    }
}

impl Renderer {
    /// The composer's SVG for `request` (text still as text: [`Renderer::encode`] outlines it).
    pub fn compose(&self, request: &Request<'_>) -> Result<String, RenderError> {
        if request.chart_only {
            let frame = Frame {
                width: request.frame().width.floor(),
                ..request.frame()
            };
            return Ok(figure::chart_svg(request.widget, &frame)?);
        }
        let content = request.widget.content(request.lang);
        let figure = match request.size {
            Size::Width { .. } => Figure::new(request.widget, &content, request.frame()),
            Size::Preset(p) => {
                Figure::preset(request.widget, &content, p, request.theme, request.lang)
            }
        };
        self.figure_svg(figure)
    }

    /// `request` in `format`. SVGs carry the title and the chart's text summary.
    pub fn render(&self, request: &Request<'_>, format: Format) -> Result<Vec<u8>, RenderError> {
        let svg = self.compose(request)?;
        let content = request.widget.content(request.lang);
        let summary = figure::summary(&content);
        let described = Described {
            title: &content.title,
            desc: &summary,
        };
        self.encode(&svg, format, Some(described))
    }
}
