//! SVG with text as outlines, compactly: each glyph's outline is written once, in font
//! units, and every use of it is a `<use>` placed by the shaper (rustybuzz, through usvg).
//! The shapes the composer wrote stay as they were; only `<text>` elements are replaced.
//! usvg's own writer outlines every glyph in full each time: about 30 times the bytes.

use std::collections::HashMap;
use std::fmt::Write as _;

use resvg::usvg::{self, fontdb, Node, Paint};

use tendik_core::chart::svg::escape;

use crate::RenderError;

/// What the image shows in words: the SVG's `<title>` and `<desc>`.
pub struct Described<'a> {
    pub title: &'a str,
    pub desc: &'a str,
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// SVG path data in font units, y up.
struct PathData(String);

impl PathData {
    fn pair(&mut self, x: f32, y: f32) {
        // Font units are integers, and halves where TrueType implies a point between two
        // control points; a minus sign separates numbers by itself.
        let half = |v: f32| (v * 2.0).round() / 2.0 + 0.0;
        let (x, y) = (half(x), half(y));
        let _ = write!(self.0, "{x}");
        if y >= 0.0 {
            self.0.push(' ');
        }
        let _ = write!(self.0, "{y}");
    }
}

impl ttf_parser::OutlineBuilder for PathData {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.push('M');
        self.pair(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.push('L');
        self.pair(x, y);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.0.push('Q');
        self.pair(x1, y1);
        self.0.push(' ');
        self.pair(x, y);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.push('C');
        self.pair(x1, y1);
        self.0.push(' ');
        self.pair(x2, y2);
        self.0.push(' ');
        self.pair(x, y);
    }
    fn close(&mut self) {
        self.0.push('Z');
    }
}

fn texts<'t>(group: &'t usvg::Group, out: &mut Vec<&'t usvg::Text>) {
    for node in group.children() {
        match node {
            Node::Text(t) => out.push(t),
            Node::Group(g) => texts(g, out),
            Node::Path(_) | Node::Image(_) => {}
        }
    }
}

fn num(out: &mut String, v: f32) {
    let r = (v * 100.0).round() / 100.0;
    let _ = write!(out, "{}", r + 0.0);
}

/// Glyph outlines written so far, in order of first use (deterministic ids).
struct Glyphs<'a> {
    db: &'a fontdb::Database,
    ids: HashMap<(fontdb::ID, u16), Option<usize>>,
    defs: String,
}

impl Glyphs<'_> {
    /// The id number of the glyph's outline; `None` for glyphs with no ink (spaces).
    fn id(&mut self, font: fontdb::ID, glyph: ttf_parser::GlyphId) -> Option<usize> {
        if let Some(id) = self.ids.get(&(font, glyph.0)) {
            return *id;
        }
        let mut data = PathData(String::new());
        let inked = self
            .db
            .with_face_data(font, |bytes, index| {
                ttf_parser::Face::parse(bytes, index)
                    .ok()
                    .and_then(|face| face.outline_glyph(glyph, &mut data))
            })
            .flatten()
            .is_some();
        let id = inked.then(|| {
            let n = self.ids.values().filter(|v| v.is_some()).count();
            let _ = write!(self.defs, "<path id=\"g{n}\" d=\"{}\"/>", data.0);
            n
        });
        self.ids.insert((font, glyph.0), id);
        id
    }
}

fn colour(paint: &Paint) -> Option<usvg::Color> {
    match paint {
        Paint::Color(c) => Some(*c),
        _ => None,
    }
}

/// One text element as glyph uses, or nothing when it has no ink. Glyphs on one baseline
/// at one size share a group that scales font units to pixels and sits on the baseline,
/// so each glyph is only its outline's id and its advance.
fn glyph_group(text: &usvg::Text, glyphs: &mut Glyphs<'_>) -> String {
    let mut out = String::new();
    for span in text.layouted() {
        let Some(fill) = span.fill.as_ref() else {
            continue;
        };
        let Some(c) = colour(fill.paint()) else {
            continue;
        };
        let mut paint = format!("fill=\"#{:02x}{:02x}{:02x}\"", c.red, c.green, c.blue);
        if fill.opacity().get() < 1.0 {
            paint.push_str(" fill-opacity=\"");
            num(&mut paint, fill.opacity().get());
            paint.push('"');
        }
        // The open group's scale and baseline.
        let mut open: Option<(f32, f32)> = None;
        for g in &span.positioned_glyphs {
            let Some(id) = glyphs.id(g.font, g.id) else {
                continue;
            };
            let t = g.outline_transform();
            let s = t.sx;
            // Horizontal text: a uniform scale, flipped, and a translation.
            if t.kx != 0.0 || t.ky != 0.0 || (t.sy + s).abs() > 1e-6 {
                if open.take().is_some() {
                    out.push_str("</g>");
                }
                let _ = write!(
                    out,
                    "<use xlink:href=\"#g{id}\" {paint} transform=\"matrix({} {} {} {} {} {})\"/>",
                    t.sx, t.ky, t.kx, t.sy, t.tx, t.ty
                );
                continue;
            }
            if open != Some((s, t.ty)) {
                if open.is_some() {
                    out.push_str("</g>");
                }
                let _ = write!(out, "<g {paint} transform=\"matrix({s} 0 0 {} 0 ", -s);
                num(&mut out, t.ty);
                out.push_str(")\">");
                open = Some((s, t.ty));
            }
            // In font units, to a tenth: finer than any device (whole units move the
            // antialiasing of a few pixels).
            let _ = write!(
                out,
                "<use xlink:href=\"#g{id}\" x=\"{}\"/>",
                (t.tx / s * 10.0).round() / 10.0
            );
        }
        if open.is_some() {
            out.push_str("</g>");
        }
    }
    out
}

/// `source` (an SVG from tendik-core's composer, whose text `tree` is the parse of) with
/// every `<text>` replaced by its glyphs' outlines; `described` adds a title and description.
pub fn outlined_svg(
    source: &str,
    tree: &usvg::Tree,
    described: Option<Described<'_>>,
) -> Result<String, RenderError> {
    let mut nodes = Vec::new();
    texts(tree.root(), &mut nodes);
    let mut nodes = nodes.into_iter().peekable();
    let mut glyphs = Glyphs {
        db: tree.fontdb(),
        ids: HashMap::new(),
        defs: String::new(),
    };
    let mut body = String::new();
    let mut head = String::new();
    for line in source.lines() {
        if head.is_empty() {
            // The root element: its own line, first.
            head = line.replacen(
                "<svg ",
                "<svg xmlns:xlink=\"http://www.w3.org/1999/xlink\" ",
                1,
            );
            continue;
        }
        let Some(rest) = line.strip_prefix("<text") else {
            body.push_str(line);
            body.push('\n');
            continue;
        };
        let content = rest
            .split_once('>')
            .and_then(|(_, c)| c.strip_suffix("</text>"))
            .map(unescape)
            .unwrap_or_default();
        // usvg keeps no node for text without a visible character.
        if content.trim().is_empty() {
            continue;
        }
        let node = nodes
            .next_if(|t| t.chunks().iter().map(|c| c.text()).collect::<String>() == content)
            .ok_or_else(|| RenderError(format!("no outlines for the text {content:?}")))?;
        body.push_str(&glyph_group(node, &mut glyphs));
        body.push('\n');
    }
    let mut out = head;
    out.push('\n');
    if let Some(d) = described {
        out.push_str("<title>");
        escape(&mut out, d.title);
        out.push_str("</title>\n<desc>");
        escape(&mut out, d.desc);
        out.push_str("</desc>\n");
    }
    if !glyphs.defs.is_empty() {
        out.push_str("<defs>");
        out.push_str(&glyphs.defs);
        out.push_str("</defs>\n");
    }
    out.push_str(&body);
    Ok(out)
}
