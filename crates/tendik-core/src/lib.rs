//! Tendik's core: the data model, the embedded dataset, validation of user-supplied data,
//! number formatting per language, and every chart drawn once against plotters'
//! `DrawingBackend` (canvas in the browser, SVG natively). No browser types here.

pub mod case;
pub mod dataset;
pub mod decimal;
pub mod model;
pub mod order;
pub mod unicode;

pub use model::*;
pub mod chart;
pub mod figure;
pub mod format;
pub mod grammar;
pub mod i18n;
pub mod static_html;
pub mod userdata;
pub mod widgets;

#[cfg(test)]
mod testing;
