//! A backend wrapper that places everything drawn on it in a sub-rectangle of another
//! backend, so a chart can sit under a title in exported images without knowing it.

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

pub struct Offset<'a, DB: DrawingBackend> {
    inner: &'a mut DB,
    origin: BackendCoord,
    size: (u32, u32),
}

impl<'a, DB: DrawingBackend> Offset<'a, DB> {
    /// A `size` view of `inner` whose top-left corner is at `origin` (backing pixels).
    pub fn new(inner: &'a mut DB, origin: BackendCoord, size: (u32, u32)) -> Self {
        Offset {
            inner,
            origin,
            size,
        }
    }

    fn at(&self, (x, y): BackendCoord) -> BackendCoord {
        (x + self.origin.0, y + self.origin.1)
    }
}

impl<DB: DrawingBackend> DrawingBackend for Offset<'_, DB> {
    type ErrorType = DB::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }
    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }
    // The whole image is presented once, by its owner.
    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }
    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let p = self.at(point);
        self.inner.draw_pixel(p, color)
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let (a, b) = (self.at(from), self.at(to));
        self.inner.draw_line(a, b, style)
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let (a, b) = (self.at(upper_left), self.at(bottom_right));
        self.inner.draw_rect(a, b, style, fill)
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let (dx, dy) = self.origin;
        self.inner
            .draw_path(path.into_iter().map(|(x, y)| (x + dx, y + dy)), style)
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let c = self.at(center);
        self.inner.draw_circle(c, radius, style, fill)
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let (dx, dy) = self.origin;
        self.inner
            .fill_polygon(vert.into_iter().map(|(x, y)| (x + dx, y + dy)), style)
    }
    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let p = self.at(pos);
        self.inner.draw_text(text, style, p)
    }
}
