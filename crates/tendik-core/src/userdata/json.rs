//! A small, strict RFC 8259 JSON parser into an owned tree, so the wasm needs no serde_json.
//!
//! Strict means: no NaN/Infinity, no trailing commas, no comments, no single quotes, no
//! control characters or lone surrogates in strings, no duplicate keys, nothing after the
//! value. Input is limited to [`MAX_BYTES`] and nesting to [`MAX_DEPTH`], so parsing is
//! bounded in time and stack. It never panics. Errors carry the line and column (both
//! 1-based, the column counted in characters) and say what was expected.

use std::collections::BTreeSet;
use std::fmt;

use super::echo;
use crate::decimal::ParseNumber;
use crate::i18n::{self, fill};
use crate::model::Lang;

/// The largest input accepted, in bytes (64 KiB).
pub const MAX_BYTES: usize = 64 * 1024;
/// The deepest nesting of arrays and objects accepted.
pub const MAX_DEPTH: usize = 64;

/// A JSON value. Objects keep their members in document order; keys are unique.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// Always finite.
    Number(f64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    /// An object of these members, in this order.
    pub fn object<'a>(members: impl IntoIterator<Item = (&'a str, Json)>) -> Json {
        Json::Object(
            members
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }

    /// The member `key` of an object; `None` for other values or a missing key.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// Compact JSON text that [`parse`] reads back to the same tree.
impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Json::Null => f.write_str("null"),
            Json::Bool(b) => write!(f, "{b}"),
            Json::Number(n) if n.is_finite() => write!(f, "{n}"),
            Json::Number(_) => f.write_str("null"),
            Json::String(s) => write_string(f, s),
            Json::Array(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
            Json::Object(members) => {
                f.write_str("{")?;
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write_string(f, key)?;
                    write!(f, ":{value}")?;
                }
                f.write_str("}")
            }
        }
    }
}

impl Json {
    /// The text a person edits: two-space indents, and an array or object that holds no
    /// array or object on one line (`{ "year": 2022, "value": 115526 }`), as in
    /// docs/user-data.md. [`parse`] reads it back to the same tree.
    pub fn pretty(&self) -> String {
        let mut out = String::new();
        self.write_pretty(&mut out, 0);
        out
    }

    fn is_flat(&self) -> bool {
        match self {
            Json::Array(items) => items.iter().all(|v| !v.is_container()),
            Json::Object(members) => members.iter().all(|(_, v)| !v.is_container()),
            _ => true,
        }
    }

    fn is_container(&self) -> bool {
        matches!(self, Json::Array(_) | Json::Object(_))
    }

    fn write_pretty(&self, out: &mut String, depth: usize) {
        let (open, close, items): (char, char, Vec<(Option<&str>, &Json)>) = match self {
            Json::Array(items) => ('[', ']', items.iter().map(|v| (None, v)).collect()),
            Json::Object(members) => (
                '{',
                '}',
                members.iter().map(|(k, v)| (Some(k.as_str()), v)).collect(),
            ),
            scalar => {
                out.push_str(&scalar.to_string());
                return;
            }
        };
        if items.is_empty() {
            out.push(open);
            out.push(close);
            return;
        }
        // A flat object nested in something is one line; the document itself never is.
        let inline = depth > 0 && self.is_flat();
        let indent = |out: &mut String, depth: usize| {
            out.push('\n');
            out.push_str(&"  ".repeat(depth));
        };
        // `{ "a": 1 }` but `["a", "b"]`, as people write them.
        let pad = if open == '{' { " " } else { "" };
        out.push(open);
        for (i, (key, value)) in items.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if !inline {
                indent(out, depth + 1);
            } else if i > 0 {
                out.push(' ');
            } else {
                out.push_str(pad);
            }
            if let Some(key) = key {
                out.push_str(&Json::String(key.to_string()).to_string());
                out.push_str(": ");
            }
            value.write_pretty(out, depth + 1);
        }
        if inline {
            out.push_str(pad);
        } else {
            indent(out, depth);
        }
        out.push(close);
    }
}

fn write_string(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
    f.write_str("\"")?;
    for c in s.chars() {
        match c {
            '"' => f.write_str("\\\"")?,
            '\\' => f.write_str("\\\\")?,
            '\n' => f.write_str("\\n")?,
            '\r' => f.write_str("\\r")?,
            '\t' => f.write_str("\\t")?,
            c if (c as u32) < 0x20 => write!(f, "\\u{:04x}", c as u32)?,
            c => write!(f, "{c}")?,
        }
    }
    f.write_str("\"")
}

/// What was expected where the parser stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// Any JSON value.
    Value,
    /// A key (a string in double quotes) or `}` right after `{`.
    KeyOrObjectEnd,
    /// A key after a `,` in an object.
    Key,
    /// `:` after a key.
    Colon,
    /// `,` or `}` after an object member.
    CommaOrObjectEnd,
    /// `,` or `]` after an array element.
    CommaOrArrayEnd,
}

/// What the parser found instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Char(char),
    End,
}

/// Why the text is not valid JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// The input is longer than [`MAX_BYTES`].
    TooLarge {
        bytes: usize,
    },
    Unexpected {
        expected: Expected,
        found: Found,
    },
    /// `,` directly before `}` or `]`.
    TrailingComma {
        close: char,
    },
    /// Something after the complete value.
    TrailingText,
    /// `NaN`, `Infinity` or `-Infinity`.
    NonFinite(String),
    /// A bare word that is not `true`, `false` or `null` (`True`, `undefined`, `abc`).
    UnknownWord(String),
    /// `'…'` instead of `"…"`.
    SingleQuote,
    /// Typographic quotes (`“…”`, `«…»`), as word processors write them.
    CurlyQuote(char),
    /// `//` or `/*`.
    Comment,
    /// A number not in JSON's grammar (`01`, `+1`, `.5`, `1.`, `1e`).
    BadNumber(String),
    /// A number too large for a 64-bit float (`1e999`).
    NumberOverflow(String),
    UnterminatedString,
    /// A raw control character (U+0000–U+001F) inside a string.
    ControlCharacter(u32),
    /// A backslash followed by something other than `"\/bfnrtu`.
    BadEscape(Option<char>),
    /// `\u` not followed by four hexadecimal digits.
    BadUnicodeEscape,
    /// Half a UTF-16 surrogate pair (`\ud800` alone).
    LoneSurrogate(u32),
    /// Arrays and objects nested deeper than [`MAX_DEPTH`].
    TooDeep,
    /// The same key twice in one object.
    DuplicateKey(String),
}

/// Where and why parsing stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters (not bytes).
    pub column: usize,
    pub kind: JsonErrorKind,
}

fn quoted_char(c: char) -> String {
    if c.is_control() || crate::unicode::is_invisible(c) {
        format!("U+{:04X}", c as u32)
    } else {
        format!("'{c}'")
    }
}

impl JsonErrorKind {
    /// What went wrong, in `lang`, without the position.
    pub fn message(&self, lang: Lang) -> String {
        let t = |text: crate::model::Text3| text.get(lang);
        match self {
            JsonErrorKind::TooLarge { bytes } => fill(
                t(i18n::JSON_TOO_LARGE),
                &[
                    ("bytes", &bytes.to_string()),
                    ("max", &MAX_BYTES.to_string()),
                ],
            ),
            JsonErrorKind::Unexpected { expected, found } => {
                let expected = match expected {
                    Expected::Value => i18n::JSON_EXPECTED_VALUE,
                    Expected::KeyOrObjectEnd => i18n::JSON_EXPECTED_KEY_OR_END,
                    Expected::Key => i18n::JSON_EXPECTED_KEY,
                    Expected::Colon => i18n::JSON_EXPECTED_COLON,
                    Expected::CommaOrObjectEnd => i18n::JSON_EXPECTED_COMMA_OR_OBJECT_END,
                    Expected::CommaOrArrayEnd => i18n::JSON_EXPECTED_COMMA_OR_ARRAY_END,
                };
                let found = match found {
                    Found::Char(c) => quoted_char(*c),
                    Found::End => t(i18n::JSON_FOUND_END).to_string(),
                };
                fill(
                    t(i18n::JSON_EXPECTED),
                    &[("expected", t(expected)), ("found", &found)],
                )
            }
            JsonErrorKind::TrailingComma { close } => fill(
                t(i18n::JSON_TRAILING_COMMA),
                &[("close", &close.to_string())],
            ),
            JsonErrorKind::TrailingText => t(i18n::JSON_TRAILING_TEXT).to_string(),
            JsonErrorKind::NonFinite(word) => {
                fill(t(i18n::JSON_NON_FINITE), &[("word", &echo(word))])
            }
            JsonErrorKind::UnknownWord(word) => {
                fill(t(i18n::JSON_UNKNOWN_WORD), &[("word", &echo(word))])
            }
            JsonErrorKind::SingleQuote => t(i18n::JSON_SINGLE_QUOTE).to_string(),
            JsonErrorKind::CurlyQuote(c) => {
                fill(t(i18n::JSON_CURLY_QUOTE), &[("quote", &c.to_string())])
            }
            JsonErrorKind::Comment => t(i18n::JSON_COMMENT).to_string(),
            JsonErrorKind::BadNumber(text) => {
                fill(t(i18n::JSON_BAD_NUMBER), &[("text", &echo(text))])
            }
            JsonErrorKind::NumberOverflow(text) => {
                fill(t(i18n::JSON_NUMBER_OVERFLOW), &[("text", &echo(text))])
            }
            JsonErrorKind::UnterminatedString => t(i18n::JSON_UNTERMINATED_STRING).to_string(),
            JsonErrorKind::ControlCharacter(code) => fill(
                t(i18n::JSON_CONTROL_CHARACTER),
                &[("code", &format!("{code:04X}"))],
            ),
            JsonErrorKind::BadEscape(c) => {
                let found = match c {
                    Some(c) => quoted_char(*c),
                    None => t(i18n::JSON_FOUND_END).to_string(),
                };
                fill(t(i18n::JSON_BAD_ESCAPE), &[("found", &found)])
            }
            JsonErrorKind::BadUnicodeEscape => t(i18n::JSON_BAD_UNICODE_ESCAPE).to_string(),
            JsonErrorKind::LoneSurrogate(code) => fill(
                t(i18n::JSON_LONE_SURROGATE),
                &[("code", &format!("{code:04x}"))],
            ),
            JsonErrorKind::TooDeep => {
                fill(t(i18n::JSON_TOO_DEEP), &[("max", &MAX_DEPTH.to_string())])
            }
            JsonErrorKind::DuplicateKey(key) => {
                fill(t(i18n::JSON_DUPLICATE_KEY), &[("key", &echo(key))])
            }
        }
    }
}

impl JsonError {
    /// "line 3, column 14: expected ',' or '}' after an object member, found '\"'", in `lang`.
    /// An input over the size limit has no position worth naming.
    pub fn message(&self, lang: Lang) -> String {
        let what = self.kind.message(lang);
        if matches!(self.kind, JsonErrorKind::TooLarge { .. }) {
            return what;
        }
        fill(
            i18n::JSON_AT_POSITION.get(lang),
            &[
                ("line", &self.line.to_string()),
                ("column", &self.column.to_string()),
                ("problem", &what),
            ],
        )
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for JsonError {}

/// Parses one JSON document, reading numbers with the standard library.
pub fn parse(input: &str) -> Result<Json, JsonError> {
    parse_with(input, crate::decimal::std_parse)
}

/// Parses one JSON document, reading numbers with `number` (see [`crate::decimal`]).
pub fn parse_with(input: &str, number: ParseNumber) -> Result<Json, JsonError> {
    if input.len() > MAX_BYTES {
        return Err(JsonError {
            line: 1,
            column: 1,
            kind: JsonErrorKind::TooLarge { bytes: input.len() },
        });
    }
    let mut p = Parser {
        text: input,
        bytes: input.as_bytes(),
        pos: 0,
        number,
    };
    // RFC 8259 §8.1: a parser may ignore a byte order mark; editors on Windows add one.
    if input.starts_with('\u{feff}') {
        p.pos = '\u{feff}'.len_utf8();
    }
    p.run().map_err(|(offset, kind)| {
        let (line, column) = position(input, offset);
        JsonError { line, column, kind }
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    for (i, c) in text.char_indices() {
        if i >= offset {
            break;
        }
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

type Fail = (usize, JsonErrorKind);

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    number: ParseNumber,
}

impl Parser<'_> {
    fn run(&mut self) -> Result<Json, Fail> {
        let value = self.value(0)?;
        self.skip_whitespace()?;
        if self.pos < self.bytes.len() {
            return Err((self.pos, JsonErrorKind::TrailingText));
        }
        Ok(value)
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The character at the current position, for messages.
    fn found(&self) -> Found {
        match self
            .text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
        {
            Some(c) => Found::Char(c),
            None => Found::End,
        }
    }

    fn unexpected(&self, expected: Expected) -> Fail {
        let found = self.found();
        let kind = match found {
            Found::Char('\'') => JsonErrorKind::SingleQuote,
            Found::Char(c @ ('“' | '”' | '„' | '«' | '»' | '‘' | '’')) => {
                JsonErrorKind::CurlyQuote(c)
            }
            Found::Char('/')
                if matches!(self.bytes.get(self.pos + 1).copied(), Some(b'/' | b'*')) =>
            {
                JsonErrorKind::Comment
            }
            _ => JsonErrorKind::Unexpected { expected, found },
        };
        (self.pos, kind)
    }

    fn skip_whitespace(&mut self) -> Result<(), Fail> {
        while let Some(b) = self.peek() {
            match b {
                b' ' | b'\t' | b'\n' | b'\r' => self.pos += 1,
                b'/' if matches!(self.bytes.get(self.pos + 1).copied(), Some(b'/' | b'*')) => {
                    return Err((self.pos, JsonErrorKind::Comment));
                }
                _ => break,
            }
        }
        Ok(())
    }

    fn value(&mut self, depth: usize) -> Result<Json, Fail> {
        self.skip_whitespace()?;
        let start = self.pos;
        match self.peek() {
            Some(b'{') => self.object(depth + 1),
            Some(b'[') => self.array(depth + 1),
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b'-' | b'0'..=b'9' | b'+' | b'.') => self.number(),
            Some(b) if b.is_ascii_alphabetic() || b == b'_' => {
                let word = self.word();
                match word {
                    "true" => Ok(Json::Bool(true)),
                    "false" => Ok(Json::Bool(false)),
                    "null" => Ok(Json::Null),
                    "NaN" | "Infinity" => Err((start, JsonErrorKind::NonFinite(word.to_string()))),
                    _ => Err((start, JsonErrorKind::UnknownWord(word.to_string()))),
                }
            }
            _ => Err(self.unexpected(Expected::Value)),
        }
    }

    /// A run of ASCII letters, digits and `_` from the current position.
    fn word(&mut self) -> &str {
        let start = self.pos;
        while matches!(self.peek(), Some(b) if b.is_ascii_alphanumeric() || b == b'_') {
            self.pos += 1;
        }
        // Only ASCII bytes were consumed, so both ends are character boundaries.
        self.text.get(start..self.pos).unwrap_or("")
    }

    fn object(&mut self, depth: usize) -> Result<Json, Fail> {
        if depth > MAX_DEPTH {
            return Err((self.pos, JsonErrorKind::TooDeep));
        }
        self.pos += 1; // '{'
        let mut members: Vec<(String, Json)> = Vec::new();
        let mut seen: BTreeSet<String> = BTreeSet::new();
        self.skip_whitespace()?;
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(members));
        }
        let mut expected = Expected::KeyOrObjectEnd;
        loop {
            self.skip_whitespace()?;
            let key_at = self.pos;
            if self.peek() != Some(b'"') {
                return Err(self.unexpected(expected));
            }
            let key = self.string()?;
            if !seen.insert(key.clone()) {
                return Err((key_at, JsonErrorKind::DuplicateKey(key)));
            }
            self.skip_whitespace()?;
            if self.peek() != Some(b':') {
                return Err(self.unexpected(Expected::Colon));
            }
            self.pos += 1;
            let value = self.value(depth)?;
            members.push((key, value));
            self.skip_whitespace()?;
            match self.peek() {
                Some(b',') => {
                    let comma = self.pos;
                    self.pos += 1;
                    self.skip_whitespace()?;
                    if self.peek() == Some(b'}') {
                        return Err((comma, JsonErrorKind::TrailingComma { close: '}' }));
                    }
                    expected = Expected::Key;
                }
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.unexpected(Expected::CommaOrObjectEnd)),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, Fail> {
        if depth > MAX_DEPTH {
            return Err((self.pos, JsonErrorKind::TooDeep));
        }
        self.pos += 1; // '['
        let mut items = Vec::new();
        self.skip_whitespace()?;
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_whitespace()?;
            match self.peek() {
                Some(b',') => {
                    let comma = self.pos;
                    self.pos += 1;
                    self.skip_whitespace()?;
                    if self.peek() == Some(b']') {
                        return Err((comma, JsonErrorKind::TrailingComma { close: ']' }));
                    }
                }
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.unexpected(Expected::CommaOrArrayEnd)),
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<Json, Fail> {
        let start = self.pos;
        let bad = |p: &mut Self| {
            // Take the rest of the token so the message shows what was written.
            while matches!(p.peek(), Some(b) if b.is_ascii_alphanumeric() || matches!(b, b'.' | b'+' | b'-' | b'_'))
            {
                p.pos += 1;
            }
            let text = p.text.get(start..p.pos).unwrap_or("").to_string();
            (start, JsonErrorKind::BadNumber(text))
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
            if self.peek() == Some(b'I') {
                let word = self.word();
                if word == "Infinity" {
                    return Err((start, JsonErrorKind::NonFinite("-Infinity".into())));
                }
                return Err(bad(self));
            }
        }
        match self.peek() {
            Some(b'0') => {
                self.pos += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(bad(self));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(bad(self)),
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if self.digits() == 0 {
                return Err(bad(self));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if self.digits() == 0 {
                return Err(bad(self));
            }
        }
        if matches!(self.peek(), Some(b) if b.is_ascii_alphanumeric() || b == b'_' || b == b'.') {
            return Err(bad(self));
        }
        let text = self.text.get(start..self.pos).unwrap_or("");
        match (self.number)(text) {
            Some(n) if n.is_finite() => Ok(Json::Number(if n == 0.0 { 0.0 } else { n })),
            Some(_) => Err((start, JsonErrorKind::NumberOverflow(text.to_string()))),
            None => Err((start, JsonErrorKind::BadNumber(text.to_string()))),
        }
    }

    fn hex4(&mut self) -> Result<u32, Fail> {
        let at = self.pos;
        let digits = self
            .bytes
            .get(self.pos..self.pos + 4)
            .ok_or((at, JsonErrorKind::BadUnicodeEscape))?;
        let mut code = 0u32;
        for &d in digits {
            let v = (d as char)
                .to_digit(16)
                .ok_or((at, JsonErrorKind::BadUnicodeEscape))?;
            code = code * 16 + v;
        }
        self.pos += 4;
        Ok(code)
    }

    /// A string starting at the opening quote; leaves the position after the closing one.
    fn string(&mut self) -> Result<String, Fail> {
        let open = self.pos;
        self.pos += 1; // '"'
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.pos += 1;
            }
            // The run stops only at ASCII bytes or the end, so it is whole characters.
            out.push_str(self.text.get(run_start..self.pos).unwrap_or(""));
            match self.peek() {
                None => return Err((open, JsonErrorKind::UnterminatedString)),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let escape_at = self.pos;
                    self.pos += 1;
                    let Some(b) = self.peek() else {
                        return Err((escape_at, JsonErrorKind::BadEscape(None)));
                    };
                    self.pos += 1;
                    match b {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => out.push(self.unicode_escape(escape_at)?),
                        _ => {
                            let c = self
                                .text
                                .get(self.pos - 1..)
                                .and_then(|rest| rest.chars().next());
                            return Err((escape_at, JsonErrorKind::BadEscape(c)));
                        }
                    }
                }
                Some(b) => return Err((self.pos, JsonErrorKind::ControlCharacter(u32::from(b)))),
            }
        }
    }

    /// After `\u`: one code point, joining a surrogate pair written as two escapes.
    fn unicode_escape(&mut self, escape_at: usize) -> Result<char, Fail> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                if self.bytes.get(self.pos..self.pos + 2) != Some(b"\\u") {
                    return Err((escape_at, JsonErrorKind::LoneSurrogate(first)));
                }
                self.pos += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err((escape_at, JsonErrorKind::LoneSurrogate(first)));
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            0xDC00..=0xDFFF => return Err((escape_at, JsonErrorKind::LoneSurrogate(first))),
            c => c,
        };
        char::from_u32(code).ok_or((escape_at, JsonErrorKind::LoneSurrogate(first)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(input: &str) -> JsonError {
        parse(input).expect_err(input)
    }

    #[test]
    fn parses_every_kind_of_value_in_order() {
        let v = parse(r#" {"b": [1, -2.5e1, true, false, null], "a": "x\u00e9\ud83d\ude00\n"} "#)
            .unwrap();
        assert_eq!(
            v,
            Json::Object(vec![
                (
                    "b".into(),
                    Json::Array(vec![
                        Json::Number(1.0),
                        Json::Number(-25.0),
                        Json::Bool(true),
                        Json::Bool(false),
                        Json::Null,
                    ])
                ),
                ("a".into(), Json::String("xé😀\n".into())),
            ])
        );
        assert_eq!(parse(&v.to_string()).unwrap(), v);
    }

    #[test]
    fn positions_are_lines_and_character_columns() {
        let e = err("{\n  \"a\": 1,\n  \"ä\": 2 \"c\"\n}");
        assert_eq!((e.line, e.column), (3, 10));
        assert_eq!(
            e.to_string(),
            "line 3, column 10: expected ',' or '}' after an object member, found '\"'"
        );
    }

    #[test]
    fn strictness() {
        assert!(matches!(
            err("[1,]").kind,
            JsonErrorKind::TrailingComma { close: ']' }
        ));
        assert!(matches!(
            err("{\"a\":1,}").kind,
            JsonErrorKind::TrailingComma { close: '}' }
        ));
        assert!(matches!(err("NaN").kind, JsonErrorKind::NonFinite(_)));
        assert!(matches!(err("-Infinity").kind, JsonErrorKind::NonFinite(_)));
        assert!(matches!(
            err("1e999").kind,
            JsonErrorKind::NumberOverflow(_)
        ));
        assert!(matches!(err("01").kind, JsonErrorKind::BadNumber(_)));
        assert!(matches!(
            err("\"\\ud800\"").kind,
            JsonErrorKind::LoneSurrogate(0xd800)
        ));
        assert!(matches!(
            err("\"\\udc00\"").kind,
            JsonErrorKind::LoneSurrogate(0xdc00)
        ));
        assert!(matches!(
            err("\"a\nb\"").kind,
            JsonErrorKind::ControlCharacter(10)
        ));
        assert!(matches!(err("{} x").kind, JsonErrorKind::TrailingText));
        assert!(matches!(
            err("{\"a\":1,\"a\":2}").kind,
            JsonErrorKind::DuplicateKey(_)
        ));
        assert!(matches!(err("['a']").kind, JsonErrorKind::SingleQuote));
        assert!(matches!(
            err("{“a”: 1}").kind,
            JsonErrorKind::CurlyQuote('“')
        ));
        assert!(matches!(err("// x\n1").kind, JsonErrorKind::Comment));
        assert!(matches!(
            err("").kind,
            JsonErrorKind::Unexpected {
                found: Found::End,
                ..
            }
        ));
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&deep).is_ok());
        let deeper = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert!(matches!(err(&deeper).kind, JsonErrorKind::TooDeep));
        let big = format!("\"{}\"", "a".repeat(MAX_BYTES));
        assert!(matches!(err(&big).kind, JsonErrorKind::TooLarge { .. }));
    }
}
