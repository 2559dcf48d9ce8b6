//! A display list: charts draw once into a [`Recorder`], which then replays onto the real
//! backend (canvas, SVG, an offset view of either). Every chart's drawing code is compiled
//! once instead of once per backend, which keeps the wasm small.

use std::convert::Infallible;
use std::fmt;

use plotters_backend::{
    text_anchor::Pos, BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend,
    DrawingErrorKind, FontFamily, FontStyle, FontTransform,
};

#[derive(Clone)]
struct Stroke {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

#[derive(Clone)]
struct Font {
    family: String,
    size: f64,
    style: FontStyle,
    transform: FontTransform,
    anchor: Pos,
    color: BackendColor,
}

impl BackendTextStyle for Font {
    type FontError = fmt::Error;

    fn color(&self) -> BackendColor {
        self.color
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn transform(&self) -> FontTransform {
        self.transform.clone()
    }
    fn style(&self) -> FontStyle {
        self.style
    }
    fn anchor(&self) -> Pos {
        self.anchor
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(&self.family)
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), fmt::Error> {
        let w = super::text_width(text, self.size) as i32;
        Ok(((0, 0), (w, self.size as i32)))
    }
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, fmt::Error> {
        Ok(Ok(()))
    }
}

#[derive(Clone)]
enum Op {
    Pixel(BackendCoord, BackendColor),
    Line(BackendCoord, BackendCoord, Stroke),
    Rect(BackendCoord, BackendCoord, Stroke, bool),
    Path(Vec<BackendCoord>, Stroke),
    Circle(BackendCoord, u32, Stroke, bool),
    Polygon(Vec<BackendCoord>, Stroke),
    Text(String, Font, BackendCoord),
}

/// Records drawing operations for [`Recorder::replay`].
#[derive(Clone)]
pub struct Recorder {
    size: (u32, u32),
    ops: Vec<Op>,
}

impl Recorder {
    pub fn new(size: (u32, u32)) -> Self {
        Recorder {
            size,
            ops: Vec::new(),
        }
    }

    /// Draws everything recorded onto `db`, in order.
    pub fn replay<DB: DrawingBackend>(
        &self,
        db: &mut DB,
    ) -> Result<(), DrawingErrorKind<DB::ErrorType>> {
        for op in &self.ops {
            match op {
                Op::Pixel(p, c) => db.draw_pixel(*p, *c)?,
                Op::Line(a, b, s) => db.draw_line(*a, *b, s)?,
                Op::Rect(a, b, s, fill) => db.draw_rect(*a, *b, s, *fill)?,
                Op::Path(points, s) => db.draw_path(points.iter().copied(), s)?,
                Op::Circle(c, r, s, fill) => db.draw_circle(*c, *r, s, *fill)?,
                Op::Polygon(points, s) => db.fill_polygon(points.iter().copied(), s)?,
                Op::Text(text, font, pos) => db.draw_text(text, font, *pos)?,
            }
        }
        db.present()
    }
}

fn stroke<S: BackendStyle>(style: &S) -> Stroke {
    Stroke {
        color: style.color(),
        width: style.stroke_width(),
    }
}

impl DrawingBackend for Recorder {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }
    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }
    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Pixel(point, color));
        Ok(())
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Line(from, to, stroke(style)));
        Ok(())
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops
            .push(Op::Rect(upper_left, bottom_right, stroke(style), fill));
        Ok(())
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops
            .push(Op::Path(path.into_iter().collect(), stroke(style)));
        Ok(())
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops
            .push(Op::Circle(center, radius, stroke(style), fill));
        Ok(())
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops
            .push(Op::Polygon(vert.into_iter().collect(), stroke(style)));
        Ok(())
    }
    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let font = Font {
            family: style.family().as_str().to_string(),
            size: style.size(),
            style: style.style(),
            transform: style.transform(),
            anchor: style.anchor(),
            color: style.color(),
        };
        self.ops.push(Op::Text(text.to_string(), font, pos));
        Ok(())
    }
}
