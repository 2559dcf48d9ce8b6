//! An SVG backend that draws exactly what the browser's canvas draws for the same calls
//! (plotters-canvas on a 2D context): same text size and baseline, same half-pixel shift
//! of straight lines, same stroke widths. Static renders are compared with the live canvas
//! pixel by pixel, so every difference here would show up as drift.

use std::convert::Infallible;
use std::fmt::Write as _;

use plotters_backend::{
    text_anchor::{HPos, VPos},
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontStyle,
};

/// Where a canvas puts the alphabetic baseline for `textBaseline` top, middle and bottom,
/// in ems below the anchor: Chromium places them on the em box scaled to the font's
/// ascent + descent. Measured in headless Chromium with Noto Sans (what `system-ui`
/// resolves to on the reference machine; ascent 1069, descent 293 per 1000 units), and
/// checked against the font file by tendik-render's tests.
pub const BASELINE_TOP: f64 = 1069.0 / 1362.0;
pub const BASELINE_MIDDLE: f64 = (1069.0 - 293.0) / (2.0 * 1362.0);
pub const BASELINE_BOTTOM: f64 = -293.0 / 1362.0;

/// Writes an SVG document into a string; [`SvgBackend::finish`] closes it.
pub struct SvgBackend {
    out: String,
    size: (u32, u32),
}

fn num(out: &mut String, v: f64) {
    // Two decimals are finer than any antialiasing; integers print without a point.
    let r = (v * 100.0).round() / 100.0;
    let _ = write!(out, "{}", r + 0.0);
}

fn colour(out: &mut String, attr: &str, c: BackendColor) {
    let (r, g, b) = c.rgb;
    let _ = write!(out, " {attr}=\"#{r:02x}{g:02x}{b:02x}\"");
    if c.alpha < 1.0 {
        let _ = write!(out, " {attr}-opacity=\"");
        num(out, c.alpha.max(0.0));
        out.push('"');
    }
}

/// Appends `text` escaped for XML text and attribute values.
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            // The canvas draws every whitespace character as a space.
            '\t' | '\n' | '\r' | '\u{c}' => out.push(' '),
            c => out.push(c),
        }
    }
}

impl SvgBackend {
    pub fn new(size: (u32, u32)) -> Self {
        let mut out = String::new();
        let (w, h) = size;
        // xml:space keeps runs of spaces as the canvas does.
        let _ = writeln!(
            out,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
             viewBox=\"0 0 {w} {h}\" xml:space=\"preserve\">"
        );
        SvgBackend { out, size }
    }

    /// The finished document.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }

    fn stroke_attrs(&mut self, style: &impl BackendStyle) {
        colour(&mut self.out, "stroke", style.color());
        // The canvas's defaults: miter joins up to 10, butt caps.
        let _ = write!(
            self.out,
            " stroke-width=\"{}\" stroke-miterlimit=\"10\"",
            style.stroke_width()
        );
    }

    /// Ends a shape's start tag: filled, or stroked with nothing inside.
    fn paint_and_close(&mut self, style: &impl BackendStyle, fill: bool) {
        if fill {
            colour(&mut self.out, "fill", style.color());
        } else {
            self.out.push_str(" fill=\"none\"");
            self.stroke_attrs(style);
        }
        self.out.push_str("/>\n");
    }

    fn points(&mut self, points: impl IntoIterator<Item = BackendCoord>) {
        self.out.push_str(" points=\"");
        for (i, (x, y)) in points.into_iter().enumerate() {
            if i > 0 {
                self.out.push(' ');
            }
            let _ = write!(self.out, "{x},{y}");
        }
        self.out.push('"');
    }
}

type Drawn = Result<(), DrawingErrorKind<Infallible>>;

impl DrawingBackend for SvgBackend {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }
    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        if color.alpha > 0.0 {
            let _ = write!(
                self.out,
                "<rect x=\"{x}\" y=\"{y}\" width=\"1\" height=\"1\""
            );
            colour(&mut self.out, "fill", color);
            self.out.push_str("/>\n");
        }
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        // plotters-canvas moves vertical and horizontal lines half a pixel up and left.
        let (mut a, mut b) = ((from.0 as f64, from.1 as f64), (to.0 as f64, to.1 as f64));
        if from.0 == to.0 {
            a.0 -= 0.5;
            b.0 -= 0.5;
        }
        if from.1 == to.1 {
            a.1 -= 0.5;
            b.1 -= 0.5;
        }
        self.out.push_str("<line x1=\"");
        num(&mut self.out, a.0);
        self.out.push_str("\" y1=\"");
        num(&mut self.out, a.1);
        self.out.push_str("\" x2=\"");
        num(&mut self.out, b.0);
        self.out.push_str("\" y2=\"");
        num(&mut self.out, b.1);
        self.out.push('"');
        self.stroke_attrs(style);
        self.out.push_str("/>\n");
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        (x0, y0): BackendCoord,
        (x1, y1): BackendCoord,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        // A canvas accepts negative sizes; SVG does not draw them.
        let (x, w) = (x0.min(x1), (x1 - x0).abs());
        let (y, h) = (y0.min(y1), (y1 - y0).abs());
        let _ = write!(
            self.out,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\""
        );
        self.paint_and_close(style, fill);
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<polyline");
        self.points(path);
        self.paint_and_close(style, false);
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<polygon");
        self.points(vert);
        self.paint_and_close(style, true);
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Drawn {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let _ = write!(self.out, "<circle cx=\"{x}\" cy=\"{y}\" r=\"{radius}\"");
        self.paint_and_close(style, fill);
        Ok(())
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        (x, y): BackendCoord,
    ) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let size = style.size();
        let anchor = style.anchor();
        let baseline = match anchor.v_pos {
            VPos::Top => BASELINE_TOP,
            VPos::Center => BASELINE_MIDDLE,
            VPos::Bottom => BASELINE_BOTTOM,
        };
        // Skia snaps the baseline of unrotated text to whole pixels; so do we.
        let baseline_y = (y as f64 + baseline * size).round();
        let _ = write!(self.out, "<text x=\"{x}\" y=\"{baseline_y}\"");
        self.out.push_str(" font-family=\"");
        escape(&mut self.out, style.family().as_str());
        self.out.push_str("\" font-size=\"");
        num(&mut self.out, size);
        self.out.push('"');
        match style.style() {
            FontStyle::Bold => self.out.push_str(" font-weight=\"bold\""),
            FontStyle::Italic | FontStyle::Oblique => self.out.push_str(" font-style=\"italic\""),
            FontStyle::Normal => {}
        }
        match anchor.h_pos {
            HPos::Left => {}
            HPos::Center => self.out.push_str(" text-anchor=\"middle\""),
            HPos::Right => self.out.push_str(" text-anchor=\"end\""),
        }
        colour(&mut self.out, "fill", color);
        self.out.push('>');
        escape(&mut self.out, text);
        self.out.push_str("</text>\n");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::{Label, Painter};

    #[test]
    fn draws_as_the_canvas_does() {
        let mut db = SvgBackend::new((100, 50));
        {
            let mut p = Painter::new(&mut db, 2.0);
            p.rect(1.0, 2.0, 11.0, 12.0, 0x9a3a08).unwrap();
            p.outline(0.0, 0.0, 5.0, 5.0, 0x123456, 1.0).unwrap();
            p.text("a < b & \"c\"", 10.0, 10.0, Label::new(12.0, 0).centered())
                .unwrap();
        }
        let svg = db.finish();
        assert!(svg.starts_with("<svg xmlns="), "{svg}");
        assert!(svg.ends_with("</svg>\n"));
        assert!(svg.contains("<rect x=\"2\" y=\"4\" width=\"20\" height=\"20\" fill=\"#9a3a08\"/>"));
        // Stroke widths scale with the device pixel ratio, as on the canvas.
        assert!(
            svg.contains("stroke=\"#123456\" stroke-width=\"2\""),
            "{svg}"
        );
        // 24 px text (12 × 2) whose middle is at y = 20, on a whole pixel.
        let y = (20.0 + BASELINE_MIDDLE * 24.0).round();
        assert!(svg.contains(&format!("<text x=\"20\" y=\"{y}\"")), "{svg}");
        assert!(svg.contains("font-size=\"24\" text-anchor=\"middle\""));
        assert!(svg.contains(">a &lt; b &amp; &quot;c&quot;</text>"));
    }
}
