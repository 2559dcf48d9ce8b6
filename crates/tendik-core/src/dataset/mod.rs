//! The embedded dataset: every figure Tendik shows, each tied to a seed file and a quote.
//!
//! Figures are grouped by topic, one file each; `tests/dataset_quotes.rs` proves every quote
//! is in its seed file and that the value parses out of the quote.

mod peace_security;
mod representation;
mod violence;

use crate::model::{Breakdown, Conflict, Figure};

/// Every figure, in topic order.
pub fn figures() -> impl Iterator<Item = &'static Figure> {
    representation::FIGURES
        .iter()
        .chain(violence::FIGURES)
        .chain(peace_security::FIGURES)
}

/// The figure with this id. Ids are checked unique by a test.
pub fn figure(id: &str) -> Option<&'static Figure> {
    figures().find(|f| f.id == id)
}

/// Like [`figure`], for ids the code itself names: a missing one is a bug caught by tests.
pub fn expect(id: &str) -> &'static Figure {
    figure(id).unwrap_or_else(|| panic!("no figure with id {id}"))
}

/// Places where the sources give different values for the same thing.
pub fn conflicts() -> &'static [Conflict] {
    CONFLICTS
}

/// Totals whose parts the sources give, for computing what the parts leave unspecified.
pub fn breakdowns() -> &'static [Breakdown] {
    BREAKDOWNS
}

static CONFLICTS: &[Conflict] = &[];

static BREAKDOWNS: &[Breakdown] = &[];

/// A breakdown's parts and what they leave of the total.
#[derive(serde::Serialize, Clone, Debug, PartialEq)]
pub struct Remainder {
    pub breakdown: &'static str,
    pub total: f64,
    pub sum_of_parts: f64,
    /// total − sum of parts: positive is "not specified in the source", negative means the
    /// parts exceed the stated total.
    pub not_specified: f64,
}

impl Breakdown {
    pub fn remainder(&self) -> Remainder {
        let value = |id: &str| expect(id).value.number().unwrap_or(0.0);
        let total = value(self.total);
        let sum_of_parts: f64 = self.parts.iter().map(|p| value(p)).sum();
        Remainder {
            breakdown: self.id,
            total,
            sum_of_parts,
            not_specified: total - sum_of_parts,
        }
    }
}
