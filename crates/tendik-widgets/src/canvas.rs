//! Painting a core chart into a `<canvas>` at the screen's pixel density.

use plotters_canvas::CanvasBackend;
use tendik_core::chart::{ChartError, Frame, Mark};
use tendik_core::widgets::Widget;
use web_sys::HtmlCanvasElement;

/// Sizes the canvas backing store to CSS size × devicePixelRatio and draws the widget.
/// Returns the chart's data marks.
pub fn paint(
    canvas: &HtmlCanvasElement,
    widget: &Widget,
    frame: &Frame,
) -> Result<Vec<Mark>, ChartError> {
    let height = widget.height(frame);
    let (w, h) = frame.backing_size(height);
    // Setting the size clears the canvas, so only do it when it changes.
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let style = canvas.style();
    // CSSOM, not a style attribute: allowed under a strict Content-Security-Policy.
    let _ = style.set_property("height", &format!("{height}px"));
    let mut backend = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| ChartError("this browser gives no 2D canvas context".into()))?;
    widget.draw(&mut backend, frame)
}

pub fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|r| r.is_finite() && *r > 0.0)
        .unwrap_or(1.0)
}
