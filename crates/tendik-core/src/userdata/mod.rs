//! Newsrooms' own figures, given to a widget as JSON: parsed strictly, checked completely,
//! and refused kindly. The schemas, limits and messages are documented in
//! `docs/user-data.md`.
//!
//! ```
//! use tendik_core::userdata::parse_widget;
//! use tendik_core::widgets::WidgetKind;
//! use tendik_core::Lang;
//!
//! let json = r#"{"source": "Council records, 2024", "quota": 30,
//!                "bodies": [{"label": "City council", "share": 130}]}"#;
//! let gauge = WidgetKind::from_name("quota-gauge").unwrap();
//! let err = parse_widget(gauge, json, Lang::En).unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "Tendik: data error at bodies[0].share: expected a number between 0 and 100, got 130"
//! );
//! ```
//!
//! Checks run in a fixed order and the first failure is reported: the JSON syntax first,
//! then, object by object from the top, unknown fields (in document order) and then each
//! field in the order the schema lists it, items of arrays in order.

pub mod json;

pub(crate) mod fields;

use std::fmt;

use crate::decimal::ParseNumber;
use crate::i18n::{self, fill};
use crate::model::Lang;
use crate::widgets::{Common, Widget, WidgetKind};

pub use fields::Ctx;
pub use json::{parse as parse_json, Json, JsonError, MAX_BYTES, MAX_DEPTH};

/// Most bodies a quota gauge takes, and most shares an institutions chart takes.
pub const MAX_BODIES: usize = 12;
/// Most groups of bars in a chart that breaks its figures down several ways.
pub const MAX_GROUPS: usize = 4;
/// Most points (years) a violence trend takes, given or filled in as gaps.
pub const MAX_POINTS: usize = 50;
/// Most roles a peacekeeping chart takes.
pub const MAX_ROLES: usize = 12;
/// Most notes any widget takes from the data (the widget may add its own after them).
pub const MAX_NOTES: usize = 5;
/// Longest label (of a body or role), in characters after trimming.
pub const MAX_LABEL_CHARS: usize = 80;
/// Longest title, in characters.
pub const MAX_TITLE_CHARS: usize = 140;
/// Longest source, in characters.
pub const MAX_SOURCE_CHARS: usize = 500;
/// Longest note, in characters.
pub const MAX_NOTE_CHARS: usize = 300;
/// Longest peacekeeping `date` ("September 2023"), in characters.
pub const MAX_DATE_CHARS: usize = 40;
/// Earliest year accepted.
pub const MIN_YEAR: i32 = 1900;
/// Latest year accepted.
pub const MAX_YEAR: i32 = 2100;
/// Largest count or value accepted: a trillion, far above any real figure here, and small
/// enough that sums stay exact.
pub const MAX_NUMBER: f64 = 1e12;
/// Longest value a message repeats back, in characters; a longer one is cut, with "…".
pub const MAX_ECHO_CHARS: usize = 60;

/// A value repeated back in a message (a field name, a string where a number belongs, a
/// bad number), written as the inside of a JSON string, so that quotes, control characters
/// and invisible ones show as the escapes that would type them (`share\u200b`) and nothing
/// in it can reorder or break the message; at most [`MAX_ECHO_CHARS`] characters of that,
/// escapes included, then "…". Every value a data error echoes goes through here: a 1 MB
/// value gives a message of one line.
pub fn echo(value: &str) -> String {
    let mut out = String::new();
    let mut shown = 0;
    for c in value.chars() {
        let mut piece = String::new();
        match c {
            '"' => piece.push_str("\\\""),
            '\\' => piece.push_str("\\\\"),
            ' ' => piece.push(' '),
            c if c.is_control() || crate::unicode::is_invisible(c) || c == '\u{fffd}' => {
                let mut units = [0u16; 2];
                for unit in c.encode_utf16(&mut units) {
                    piece.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => piece.push(c),
        }
        // An escape is cut whole, never halfway.
        let len = piece.chars().count();
        if shown + len > MAX_ECHO_CHARS {
            out.push('…');
            break;
        }
        shown += len;
        out.push_str(&piece);
    }
    out
}

/// Why a newsroom's data was refused: where (`bodies[1].share`, or empty for the document
/// as a whole, e.g. a JSON syntax error) and what is wrong, in `lang`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    /// A path into the document: field names joined by `.`, array indexes from 0 in `[]`.
    pub path: String,
    /// What is wrong, in `lang`, naming what was expected and what was found.
    pub message: String,
    /// The language of `message`, and of the `Display` form.
    pub lang: Lang,
}

/// `Tendik: data error at bodies[1].share: expected a number between 0 and 100, got 130`.
impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = if self.path.is_empty() {
            fill(
                i18n::DATA_ERROR.get(self.lang),
                &[("message", &self.message)],
            )
        } else {
            fill(
                i18n::DATA_ERROR_AT.get(self.lang),
                &[("path", &self.path), ("message", &self.message)],
            )
        };
        f.write_str(&text)
    }
}

impl std::error::Error for DataError {}

/// Parses and checks a newsroom's JSON for the widget `kind`; messages are in `lang`, and
/// so is everything the widget adds (notes, the "Source:" label).
pub fn parse_widget(kind: WidgetKind, json: &str, lang: Lang) -> Result<Widget, DataError> {
    parse_widget_with(kind, json, lang, crate::decimal::std_parse)
}

/// As [`parse_widget`], reading numbers with `number`: the browser passes JavaScript's
/// `parseFloat`, so that the wasm carries no decimal parser of its own.
pub fn parse_widget_with(
    kind: WidgetKind,
    json: &str,
    lang: Lang,
    number: ParseNumber,
) -> Result<Widget, DataError> {
    if !accepts_data(kind) {
        return Err(dataset_only(kind.name(), lang));
    }
    let tree = json::parse_with(json, number).map_err(|e| DataError {
        path: String::new(),
        message: e.message(lang),
        lang,
    })?;
    widget_from_json(kind, &tree, lang)
}

/// As [`parse_widget`], from an already parsed tree.
pub fn widget_from_json(kind: WidgetKind, tree: &Json, lang: Lang) -> Result<Widget, DataError> {
    kind.read(tree, &Ctx { lang })
}

/// What a widget that takes no newsroom data (yet) says when given some, naming itself.
pub(crate) fn dataset_only(widget: &str, lang: Lang) -> DataError {
    DataError {
        path: String::new(),
        message: fill(
            i18n::ERR_DATASET_ONLY_WIDGET.get(lang),
            &[("widget", widget)],
        ),
        lang,
    }
}

/// A JSON download's document (docs/user-data.md): `title` when the data has its own,
/// `source` without its label, the widget's `fields` in its schema's order, then the
/// data's own notes, never the ones the widget adds.
pub(crate) fn document(common: &Common, fields: Vec<(&str, Json)>) -> Json {
    let mut members: Vec<(&str, Json)> = Vec::new();
    if let Some(title) = &common.title {
        members.push(("title", Json::String(title.clone())));
    }
    let source = fields::without_source_label(&common.source);
    members.push(("source", Json::String(source.to_string())));
    members.extend(fields);
    let own = &common.notes[..common.data_notes.min(common.notes.len())];
    if !own.is_empty() {
        let notes = own.iter().cloned().map(Json::String).collect();
        members.push(("notes", Json::Array(notes)));
    }
    Json::object(members)
}

/// What [`Ctx::labelled`] reads: `{"label", <value>}` items.
pub(crate) fn labelled_json<'a>(items: impl Iterator<Item = (&'a str, f64)>, value: &str) -> Json {
    Json::Array(
        items
            .map(|(label, n)| {
                Json::object([
                    ("label", Json::String(label.to_string())),
                    (value, Json::Number(n)),
                ])
            })
            .collect(),
    )
}

/// What [`Ctx::goal_by_year`] reads.
pub(crate) fn goal_json(share: f64, year: &str) -> Json {
    Json::object([
        ("share", Json::Number(share)),
        ("year", number_or_text(year)),
    ])
}

/// A year kept as text ("2030") written as the number the schema asks for; parsed as an
/// integer, as a float parser would add kilobytes to the embed.
fn number_or_text(year: &str) -> Json {
    year.parse::<i32>().map_or_else(
        |_| Json::String(year.to_string()),
        |y| Json::Number(f64::from(y)),
    )
}

/// Whether `kind` can draw a newsroom's own figures.
pub fn accepts_data(kind: WidgetKind) -> bool {
    kind.takes_data()
}
