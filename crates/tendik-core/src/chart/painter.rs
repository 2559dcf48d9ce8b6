use std::fmt;

use plotters_backend::{
    text_anchor::{HPos, Pos, VPos},
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontFamily, FontStyle,
};

use super::palette::color;

/// A drawing failed in the backend (a canvas call threw, an SVG write failed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChartError(pub String);

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "drawing failed: {}", self.0)
    }
}

impl std::error::Error for ChartError {}

impl<E: std::error::Error + Send + Sync> From<DrawingErrorKind<E>> for ChartError {
    fn from(e: DrawingErrorKind<E>) -> Self {
        ChartError(e.to_string())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    Normal,
    Bold,
}

/// Font stack: system faces first; DejaVu and Noto carry Cyrillic on Linux.
const FAMILY: &str =
    "system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, DejaVu Sans, sans-serif";

struct Style {
    rgb: u32,
    alpha: f64,
    width: u32,
}

impl BackendStyle for Style {
    fn color(&self) -> BackendColor {
        BackendColor {
            alpha: self.alpha,
            ..color(self.rgb)
        }
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

struct Font {
    size: f64,
    rgb: u32,
    anchor: Pos,
    weight: Weight,
}

impl BackendTextStyle for Font {
    type FontError = fmt::Error;

    fn color(&self) -> BackendColor {
        color(self.rgb)
    }
    fn size(&self) -> f64 {
        self.size
    }
    fn style(&self) -> FontStyle {
        match self.weight {
            Weight::Normal => FontStyle::Normal,
            Weight::Bold => FontStyle::Bold,
        }
    }
    fn anchor(&self) -> Pos {
        self.anchor
    }
    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(FAMILY)
    }
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), fmt::Error> {
        let w = super::text_width(text, self.size) as i32;
        Ok(((0, 0), (w, self.size as i32)))
    }
    // Only raster backends without native text call this; canvas and SVG draw text natively.
    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, fmt::Error> {
        Ok(Ok(()))
    }
}

/// Draws in CSS pixels on any plotters backend, scaled by the device pixel ratio.
pub struct Painter<'a, DB: DrawingBackend> {
    db: &'a mut DB,
    scale: f64,
}

/// How a piece of chart text looks and where it hangs from its point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    pub size: f64,
    pub rgb: u32,
    pub anchor: Anchor,
    pub weight: Weight,
}

impl Label {
    pub fn new(size: f64, rgb: u32) -> Self {
        Label {
            size,
            rgb,
            anchor: Anchor::Left,
            weight: Weight::Normal,
        }
    }
    pub fn centered(self) -> Self {
        Label {
            anchor: Anchor::Center,
            ..self
        }
    }
    pub fn right(self) -> Self {
        Label {
            anchor: Anchor::Right,
            ..self
        }
    }
    pub fn anchored(self, anchor: Anchor) -> Self {
        Label { anchor, ..self }
    }
    pub fn is_bold(&self) -> bool {
        self.weight == Weight::Bold
    }

    pub fn bold(self) -> Self {
        Label {
            weight: Weight::Bold,
            ..self
        }
    }
}

/// Where text hangs from its anchor point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Left,
    Center,
    Right,
}

impl<'a, DB: DrawingBackend> Painter<'a, DB> {
    pub fn new(db: &'a mut DB, scale: f64) -> Self {
        let scale = if scale.is_finite() && scale > 0.0 {
            scale
        } else {
            1.0
        };
        Painter { db, scale }
    }

    fn px(&self, v: f64) -> i32 {
        (v * self.scale).round() as i32
    }

    fn pt(&self, x: f64, y: f64) -> BackendCoord {
        (self.px(x), self.px(y))
    }

    fn stroke(&self, width: f64) -> u32 {
        (width * self.scale).round().max(1.0) as u32
    }

    /// An opaque colour with a stroke `width` CSS pixels wide (fills ignore the width).
    fn style(&self, rgb: u32, width: f64) -> Style {
        Style {
            rgb,
            alpha: 1.0,
            width: self.stroke(width),
        }
    }

    pub fn fill(&mut self, rgb: u32) -> Result<(), ChartError> {
        let (w, h) = self.db.get_size();
        let style = self.style(rgb, 1.0);
        self.db
            .draw_rect((0, 0), (w as i32, h as i32), &style, true)?;
        Ok(())
    }

    pub fn rect(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, rgb: u32) -> Result<(), ChartError> {
        let style = self.style(rgb, 1.0);
        self.db
            .draw_rect(self.pt(x0, y0), self.pt(x1, y1), &style, true)?;
        Ok(())
    }

    pub fn outline(
        &mut self,
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        rgb: u32,
        width: f64,
    ) -> Result<(), ChartError> {
        let style = self.style(rgb, width);
        self.db
            .draw_rect(self.pt(x0, y0), self.pt(x1, y1), &style, false)?;
        Ok(())
    }

    pub fn line(
        &mut self,
        from: (f64, f64),
        to: (f64, f64),
        rgb: u32,
        width: f64,
    ) -> Result<(), ChartError> {
        let style = self.style(rgb, width);
        let path = [self.pt(from.0, from.1), self.pt(to.0, to.1)];
        self.db.draw_path(path, &style)?;
        Ok(())
    }

    /// A polyline through `points`; callers split it wherever data is missing.
    pub fn polyline(
        &mut self,
        points: &[(f64, f64)],
        rgb: u32,
        width: f64,
    ) -> Result<(), ChartError> {
        let style = self.style(rgb, width);
        let path: Vec<BackendCoord> = points.iter().map(|&(x, y)| self.pt(x, y)).collect();
        self.db.draw_path(path, &style)?;
        Ok(())
    }

    /// A dashed straight line: targets and goals are always dashed, never solid.
    pub fn dashed(
        &mut self,
        from: (f64, f64),
        to: (f64, f64),
        rgb: u32,
        width: f64,
        dash: f64,
    ) -> Result<(), ChartError> {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let len = (dx * dx + dy * dy).sqrt();
        if len == 0.0 {
            return Ok(());
        }
        let n = (len / (dash * 2.0)).ceil() as usize;
        for i in 0..n {
            let t0 = (i as f64 * 2.0 * dash) / len;
            let t1 = ((i as f64 * 2.0 + 1.0) * dash / len).min(1.0);
            self.line(
                (from.0 + dx * t0, from.1 + dy * t0),
                (from.0 + dx * t1, from.1 + dy * t1),
                rgb,
                width,
            )?;
        }
        Ok(())
    }

    /// Diagonal hatching inside a rectangle: marks "no data" without relying on colour.
    pub fn hatch(
        &mut self,
        x0: f64,
        y0: f64,
        x1: f64,
        y1: f64,
        rgb: u32,
        spacing: f64,
    ) -> Result<(), ChartError> {
        let (w, h) = (x1 - x0, y1 - y0);
        let mut offset = -h;
        while offset < w {
            // Line from (x0 + offset, y1) rising to the right, clipped to the box.
            let (mut sx, mut sy) = (x0 + offset, y1);
            let (mut ex, mut ey) = (x0 + offset + h, y0);
            if sx < x0 {
                sy -= x0 - sx;
                sx = x0;
            }
            if ex > x1 {
                ey += ex - x1;
                ex = x1;
            }
            if sx < ex {
                self.line((sx, sy), (ex, ey), rgb, 1.0)?;
            }
            offset += spacing;
        }
        Ok(())
    }

    pub fn circle(
        &mut self,
        center: (f64, f64),
        radius: f64,
        rgb: u32,
        filled: bool,
        width: f64,
    ) -> Result<(), ChartError> {
        let style = self.style(rgb, width);
        let r = (radius * self.scale).round().max(1.0) as u32;
        self.db
            .draw_circle(self.pt(center.0, center.1), r, &style, filled)?;
        Ok(())
    }

    /// Text whose vertical centre sits at `y`.
    pub fn text(&mut self, text: &str, x: f64, y: f64, label: Label) -> Result<(), ChartError> {
        let h_pos = match label.anchor {
            Anchor::Left => HPos::Left,
            Anchor::Center => HPos::Center,
            Anchor::Right => HPos::Right,
        };
        let font = Font {
            size: label.size * self.scale,
            rgb: label.rgb,
            anchor: Pos::new(h_pos, VPos::Center),
            weight: label.weight,
        };
        self.db.draw_text(text, &font, self.pt(x, y))?;
        Ok(())
    }

    /// Text on a patch of `background`, for labels that may cross lines or bands.
    pub fn text_on(
        &mut self,
        text: &str,
        x: f64,
        y: f64,
        label: Label,
        background: u32,
    ) -> Result<(), ChartError> {
        let w = super::text_width(text, label.size);
        let x0 = match label.anchor {
            Anchor::Left => x,
            Anchor::Center => x - w / 2.0,
            Anchor::Right => x - w,
        };
        let half = label.size * 0.62;
        self.rect(x0 - 3.0, y - half, x0 + w + 3.0, y + half, background)?;
        self.text(text, x, y, label)
    }

    pub fn present(&mut self) -> Result<(), ChartError> {
        self.db.present()?;
        Ok(())
    }
}
