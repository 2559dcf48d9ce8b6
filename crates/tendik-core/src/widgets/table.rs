//! A widget's data table as data: each cell keeps its raw value and unit, so the reader's
//! table, the CSV and the JSON download are all made from one list of rows.

use crate::format;
use crate::i18n;
use crate::model::{Date, Lang, Qualifier, Unit};

/// One cell of a widget's data table.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// A label, a category or a phrase, in the reader's language.
    Text(String),
    /// A figure exactly as the source gives it, with what it measures and how exact it is.
    Figure {
        value: f64,
        unit: Unit,
        qualifier: Qualifier,
    },
    /// Two figures the sources disagree on, low to high (`55.8–56.2%`).
    Range { low: f64, high: f64, unit: Unit },
    /// A date, as precise as the source gives it.
    Date(Date),
    /// The sources give no figure.
    Missing,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Self {
        Cell::Text(s.into())
    }

    /// An exact figure.
    pub fn number(value: f64, unit: Unit) -> Self {
        Cell::Figure {
            value,
            unit,
            qualifier: Qualifier::Exact,
        }
    }

    pub fn count(value: f64) -> Self {
        Cell::number(value, Unit::Count)
    }

    pub fn percent(value: f64) -> Self {
        Cell::number(value, Unit::Percent)
    }

    pub fn points(value: f64) -> Self {
        Cell::number(value, Unit::PercentagePoints)
    }

    /// The cell as the reader sees it.
    pub fn display(&self, lang: Lang) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Figure {
                value,
                unit,
                qualifier,
            } => format::amount(*value, *unit, *qualifier, lang),
            Cell::Range { low, high, unit } => format::range(*low, *high, *unit, lang),
            Cell::Date(d) => format::date(d, lang),
            Cell::Missing => i18n::NO_FIGURE.get(lang).to_string(),
        }
    }
}

/// One row of the table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub cells: Vec<Cell>,
    /// How the row was computed from the source's figures ("the total less the parts
    /// given"), or `None` for figures the source gives.
    pub computed: Option<String>,
    /// Where the row's figures come from, when the widget knows it row by row (else
    /// [`super::Common::provenance`] gives it, by position).
    pub provenance: Option<super::Provenance>,
}

impl Row {
    pub fn new(cells: Vec<Cell>) -> Self {
        Row {
            cells,
            computed: None,
            provenance: None,
        }
    }

    /// A row Tendik computed, saying how.
    pub fn computed(cells: Vec<Cell>, how: impl Into<String>) -> Self {
        Row {
            cells,
            computed: Some(how.into()),
            provenance: None,
        }
    }

    /// The same row, saying where its figures come from.
    pub fn from(self, provenance: super::Provenance) -> Self {
        Row {
            provenance: Some(provenance),
            ..self
        }
    }

    pub fn display(&self, lang: Lang) -> Vec<String> {
        self.cells.iter().map(|c| c.display(lang)).collect()
    }
}

/// Column headings and rows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataTable {
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

impl DataTable {
    pub fn new(columns: Vec<String>, rows: Vec<Row>) -> Self {
        DataTable { columns, rows }
    }
}
