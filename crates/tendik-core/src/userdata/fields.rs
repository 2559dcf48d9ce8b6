//! Reading typed fields out of a JSON tree, each failure naming the field by its path.

use super::json::Json;
use super::{
    echo, DataError, MAX_BODIES, MAX_DATE_CHARS, MAX_GROUPS, MAX_LABEL_CHARS, MAX_NOTES,
    MAX_NOTE_CHARS, MAX_NUMBER, MAX_SOURCE_CHARS, MAX_TITLE_CHARS, MAX_YEAR, MIN_YEAR,
};
use crate::i18n::{self, fill};
use crate::model::{Lang, Text3};

pub(crate) type Res<T> = Result<T, DataError>;

/// The language messages are written in.
pub struct Ctx {
    pub lang: Lang,
}

/// An object whose fields have all been checked to be known.
pub(crate) struct Obj<'a> {
    members: &'a [(String, Json)],
    path: String,
}

/// `parent.key`, or `key` at the top.
pub(crate) fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_string()
    } else {
        format!("{parent}.{key}")
    }
}

/// A number as JSON writes it: `130`, `2022.5`, `-3`, `1e+300`.
pub(crate) fn plain(n: f64) -> String {
    let a = n.abs();
    if a != 0.0 && !(1e-6..1e15).contains(&a) {
        format!("{n:e}")
    } else {
        format!("{n}")
    }
}

/// Optimal string alignment distance (edits, with adjacent swaps counting as one).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

/// The known field `unknown` is most likely a misspelling of: at most two edits away.
pub(crate) fn suggestion(unknown: &str, known: &[&'static str]) -> Option<&'static str> {
    // Long keys cannot be two edits from any field name; don't spend time on them.
    if unknown.chars().count() > 40 {
        return None;
    }
    let lower = crate::case::lowercase(unknown);
    known
        .iter()
        .map(|k| (edit_distance(&lower, k), *k))
        .filter(|(d, _)| *d <= 2 && *d < unknown.chars().count())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Whether `c` may stand in a newsroom's text: not markup, not a control character or
/// line break, not a bidi control, not U+FFFD (what a lone surrogate becomes on its way
/// from JavaScript).
fn is_plain(c: char) -> bool {
    !(matches!(c, '<' | '>' | '\u{2028}' | '\u{2029}' | '\u{fffd}')
        || c.is_control()
        || crate::unicode::is_bidi_control(c))
}

/// `202E` for U+202E: the code point in hexadecimal, at least four digits.
fn code(c: char) -> String {
    format!("{:04X}", c as u32)
}

/// "30", "30 %", "115,526": a number someone put in quotes.
fn looks_like_number(s: &str) -> bool {
    let cleaned: String = s
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '\u{a0}'))
        .collect();
    crate::decimal::is_decimal(&cleaned)
}

impl Ctx {
    fn t(&self, text: Text3) -> &'static str {
        text.get(self.lang)
    }

    pub(crate) fn error(&self, path: &str, message: String) -> DataError {
        DataError {
            path: path.to_string(),
            message,
            lang: self.lang,
        }
    }

    /// "the number 130", "a string (\"30%\")", "an array", "null", "true".
    fn describe(&self, v: &Json) -> String {
        match v {
            Json::Null => "null".into(),
            Json::Bool(b) => b.to_string(),
            Json::Number(n) => fill(self.t(i18n::GOT_NUMBER), &[("value", &plain(*n))]),
            Json::String(s) => fill(
                self.t(i18n::GOT_STRING),
                &[("value", &format!("\"{}\"", echo(s)))],
            ),
            Json::Array(_) => self.t(i18n::GOT_ARRAY).into(),
            Json::Object(_) => self.t(i18n::GOT_OBJECT).into(),
        }
    }

    pub(crate) fn wrong_type(&self, v: &Json, path: &str, expected: Text3) -> DataError {
        let mut message = fill(
            self.t(i18n::ERR_WRONG_TYPE),
            &[("expected", self.t(expected)), ("got", &self.describe(v))],
        );
        let numeric = [
            i18n::TYPE_NUMBER,
            i18n::TYPE_WHOLE_NUMBER,
            i18n::TYPE_YEAR,
            i18n::TYPE_NUMBER_OR_NULL,
        ];
        if let Json::String(s) = v {
            if numeric.contains(&expected) && looks_like_number(s) {
                message = fill(self.t(i18n::ERR_NUMBER_IN_QUOTES), &[("message", &message)]);
            }
        }
        self.error(path, message)
    }

    /// Checks `v` is an object and that every field in it is one of `known`.
    pub(crate) fn object<'a>(
        &self,
        v: &'a Json,
        path: &str,
        known: &[&'static str],
    ) -> Res<Obj<'a>> {
        let Json::Object(members) = v else {
            return Err(self.wrong_type(v, path, i18n::TYPE_OBJECT));
        };
        for (key, _) in members {
            if known.contains(&key.as_str()) {
                continue;
            }
            let field = echo(key);
            let message = match suggestion(key, known) {
                Some(s) => fill(
                    self.t(i18n::ERR_UNKNOWN_FIELD_SUGGEST),
                    &[("field", &field), ("suggestion", s)],
                ),
                None => fill(
                    self.t(i18n::ERR_UNKNOWN_FIELD),
                    &[("field", &field), ("known", &known.join(", "))],
                ),
            };
            return Err(self.error(&join(path, &field), message));
        }
        Ok(Obj {
            members,
            path: path.to_string(),
        })
    }

    /// A field that must be present (`null` is present, and then a wrong type).
    pub(crate) fn required<'a>(
        &self,
        obj: &Obj<'a>,
        key: &str,
        expected: Text3,
    ) -> Res<(&'a Json, String)> {
        let path = join(&obj.path, key);
        match obj.members.iter().find(|(k, _)| k == key) {
            Some((_, v)) => Ok((v, path)),
            None => Err(self.error(
                &path,
                fill(
                    self.t(i18n::ERR_MISSING_FIELD),
                    &[("expected", self.t(expected))],
                ),
            )),
        }
    }

    /// A field that may be left out; `null` counts as left out.
    pub(crate) fn optional<'a>(&self, obj: &Obj<'a>, key: &str) -> Option<(&'a Json, String)> {
        obj.members
            .iter()
            .find(|(k, v)| k == key && *v != Json::Null)
            .map(|(_, v)| (v, join(&obj.path, key)))
    }

    /// Plain text: trimmed, not empty, at most `max` characters, with something visible in
    /// it, and none of the characters that would make it show other than as written:
    /// markup, control characters and line breaks, bidi controls, U+FFFD.
    pub(crate) fn text(&self, v: &Json, path: &str, max: usize) -> Res<String> {
        let Json::String(s) = v else {
            return Err(self.wrong_type(v, path, i18n::TYPE_STRING));
        };
        let s = s.trim();
        if s.is_empty() {
            return Err(self.error(path, self.t(i18n::ERR_EMPTY_TEXT).into()));
        }
        let length = s.chars().count();
        if length > max {
            return Err(self.error(
                path,
                fill(
                    self.t(i18n::ERR_TEXT_TOO_LONG),
                    &[("length", &length.to_string()), ("max", &max.to_string())],
                ),
            ));
        }
        if let Some(c) = s.chars().find(|&c| !is_plain(c)) {
            return Err(self.error(path, self.not_plain(c)));
        }
        self.visible(s, path)?;
        Ok(s.to_string())
    }

    /// Refuses text that shows nothing: empty, or only whitespace and invisible characters
    /// (zero-width spaces, joiners, soft hyphens, byte order marks…).
    fn visible(&self, s: &str, path: &str) -> Res<()> {
        if s.trim().is_empty() {
            return Err(self.error(path, self.t(i18n::ERR_EMPTY_TEXT).into()));
        }
        if s.chars().all(crate::unicode::is_invisible) {
            let first = s.chars().find(|c| !c.is_whitespace()).map(code);
            return Err(self.error(
                path,
                fill(
                    self.t(i18n::ERR_INVISIBLE_TEXT),
                    &[("code", &first.unwrap_or_default())],
                ),
            ));
        }
        Ok(())
    }

    /// Why `c` has no place in plain text.
    fn not_plain(&self, c: char) -> String {
        let template = match c {
            '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
                i18n::ERR_LINE_BREAK
            }
            '\u{fffd}' => return self.t(i18n::ERR_REPLACEMENT_CHARACTER).into(),
            c if crate::unicode::is_bidi_control(c) => i18n::ERR_BIDI_CONTROL,
            c if c.is_control() => {
                let what = fill(self.t(i18n::CONTROL_CHARACTER), &[("code", &code(c))]);
                return fill(self.t(i18n::ERR_NOT_PLAIN_TEXT), &[("what", &what)]);
            }
            c => {
                let what = format!("\"{c}\"");
                return fill(self.t(i18n::ERR_NOT_PLAIN_TEXT), &[("what", &what)]);
            }
        };
        fill(self.t(template), &[("code", &code(c))])
    }

    /// A finite number.
    pub(crate) fn number(&self, v: &Json, path: &str, expected: Text3) -> Res<f64> {
        match v {
            Json::Number(n) if n.is_finite() => Ok(*n),
            _ => Err(self.wrong_type(v, path, expected)),
        }
    }

    fn range_error(&self, path: &str, template: Text3, n: f64) -> DataError {
        self.error(path, fill(self.t(template), &[("value", &plain(n))]))
    }

    fn too_large(&self, path: &str, n: f64) -> DataError {
        self.error(
            path,
            fill(
                self.t(i18n::ERR_NUMBER_TOO_LARGE),
                &[("max", &plain(MAX_NUMBER)), ("value", &plain(n))],
            ),
        )
    }

    /// A share in per cent, 0–100.
    pub(crate) fn percent(&self, v: &Json, path: &str) -> Res<f64> {
        let n = self.number(v, path, i18n::TYPE_NUMBER)?;
        if !(0.0..=100.0).contains(&n) {
            return Err(self.range_error(path, i18n::ERR_PERCENT, n));
        }
        Ok(n)
    }

    /// A per cent above 0 and at most 100 (a quota, a reduction).
    pub(crate) fn percent_above_zero(&self, v: &Json, path: &str) -> Res<f64> {
        let n = self.number(v, path, i18n::TYPE_NUMBER)?;
        if !(n > 0.0 && n <= 100.0) {
            return Err(self.range_error(path, i18n::ERR_PERCENT_ABOVE_ZERO, n));
        }
        Ok(n)
    }

    /// A count: whole, 0 or more, at most [`MAX_NUMBER`].
    pub(crate) fn count(&self, v: &Json, path: &str) -> Res<f64> {
        let n = self.number(v, path, i18n::TYPE_WHOLE_NUMBER)?;
        if n < 0.0 || n.fract() != 0.0 {
            return Err(self.range_error(path, i18n::ERR_COUNT, n));
        }
        if n > MAX_NUMBER {
            return Err(self.too_large(path, n));
        }
        Ok(n)
    }

    /// A value 0 or more, at most [`MAX_NUMBER`], or `null` for no figure.
    pub(crate) fn value_or_null(&self, v: &Json, path: &str) -> Res<Option<f64>> {
        if *v == Json::Null {
            return Ok(None);
        }
        let n = self.number(v, path, i18n::TYPE_NUMBER_OR_NULL)?;
        if n < 0.0 {
            return Err(self.range_error(path, i18n::ERR_NON_NEGATIVE, n));
        }
        if n > MAX_NUMBER {
            return Err(self.too_large(path, n));
        }
        Ok(Some(n))
    }

    /// A whole year, [`MIN_YEAR`]–[`MAX_YEAR`].
    pub(crate) fn year(&self, v: &Json, path: &str) -> Res<i32> {
        let n = self.number(v, path, i18n::TYPE_YEAR)?;
        if n.fract() != 0.0 || n < f64::from(MIN_YEAR) || n > f64::from(MAX_YEAR) {
            return Err(self.error(
                path,
                fill(
                    self.t(i18n::ERR_YEAR),
                    &[
                        ("min", &MIN_YEAR.to_string()),
                        ("max", &MAX_YEAR.to_string()),
                        ("value", &plain(n)),
                    ],
                ),
            ));
        }
        // In range and whole, so exact.
        Ok(n as i32)
    }

    /// An array of `min`–`max` items.
    pub(crate) fn array<'a>(
        &self,
        v: &'a Json,
        path: &str,
        min: usize,
        max: usize,
    ) -> Res<&'a [Json]> {
        let Json::Array(items) = v else {
            return Err(self.wrong_type(v, path, i18n::TYPE_ARRAY));
        };
        if items.len() < min || items.len() > max {
            return Err(self.error(
                path,
                fill(
                    self.t(match min == max {
                        true => i18n::ERR_ITEM_COUNT_EXACT,
                        false => i18n::ERR_ITEM_COUNT,
                    }),
                    &[
                        ("min", &min.to_string()),
                        ("max", &max.to_string()),
                        ("count", &items.len().to_string()),
                    ],
                ),
            ));
        }
        Ok(items)
    }

    /// The required `key`: 1–[`MAX_BODIES`] items of `{"label", <value>}`, the value read
    /// by `read` (a share, a count); the shape several widgets share.
    pub(crate) fn labelled(
        &self,
        obj: &Obj<'_>,
        key: &str,
        value: &'static str,
        read: fn(&Self, &Json, &str) -> Res<f64>,
        value_type: Text3,
    ) -> Res<(Vec<(String, f64)>, String)> {
        let (v, path) = self.required(obj, key, i18n::TYPE_ARRAY)?;
        let mut out = Vec::new();
        for (i, item) in self.array(v, &path, 1, MAX_BODIES)?.iter().enumerate() {
            let row = self.object(item, &format!("{path}[{i}]"), &["label", value])?;
            let (v, p) = self.required(&row, "label", i18n::TYPE_STRING)?;
            let label = self.text(v, &p, MAX_LABEL_CHARS)?;
            let (v, p) = self.required(&row, value, value_type)?;
            out.push((label, read(self, v, &p)?));
        }
        Ok((out, path))
    }

    /// A date with the precision given: a year (`2024` or `"2024"`), `"2024-05"` or
    /// `"2024-05-17"`, the year within [`MIN_YEAR`]–[`MAX_YEAR`] and the day in its month.
    pub(crate) fn date(&self, v: &Json, path: &str) -> Res<crate::model::Date> {
        use crate::model::Date;
        if let Json::Number(_) = v {
            return Ok(Date::ymd(self.year(v, path)? as u16, 0, 0));
        }
        if !matches!(v, Json::String(_)) {
            return Err(self.wrong_type(v, path, i18n::TYPE_DATE));
        }
        // As any text first: invisible and bidi characters get the same messages.
        let s = &self.text(v, path, MAX_DATE_CHARS)?;
        let bad = || {
            let value = format!("\"{}\"", echo(s));
            self.error(path, fill(self.t(i18n::ERR_DATE), &[("value", &value)]))
        };
        let mut parts = s.trim().split('-');
        let mut next = |digits: usize| -> Option<Option<u32>> {
            match parts.next() {
                None => Some(None),
                Some(p) if p.len() == digits && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().ok().map(Some)
                }
                Some(_) => None,
            }
        };
        let (Some(Some(year)), Some(month), Some(day)) = (next(4), next(2), next(2)) else {
            return Err(bad());
        };
        if parts.next().is_some() || month == Some(0) || day == Some(0) {
            return Err(bad());
        }
        if !(MIN_YEAR as u32..=MAX_YEAR as u32).contains(&year) {
            return Err(bad());
        }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        let month = month.unwrap_or(0);
        let last = match month {
            2 if leap => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        };
        let day = day.unwrap_or(0);
        if month > 12 || day > last {
            return Err(bad());
        }
        Ok(Date::ymd(year as u16, month as u8, day as u8))
    }

    /// The required `key`: 1–[`MAX_GROUPS`] objects of the fields `known`, each with a
    /// `"heading"` of its own (the table and the marks name a bar by it), the rest read by
    /// `rest`.
    pub(crate) fn headed<T>(
        &self,
        obj: &Obj<'_>,
        key: &str,
        known: &[&'static str],
        rest: impl Fn(&Obj<'_>) -> Res<T>,
    ) -> Res<Vec<(String, T)>> {
        let (v, path) = self.required(obj, key, i18n::TYPE_ARRAY)?;
        let mut out: Vec<(String, T)> = Vec::new();
        for (i, item) in self.array(v, &path, 1, MAX_GROUPS)?.iter().enumerate() {
            let group = self.object(item, &format!("{path}[{i}]"), known)?;
            let (v, p) = self.required(&group, "heading", i18n::TYPE_STRING)?;
            let heading = self.text(v, &p, MAX_TITLE_CHARS)?;
            if out.iter().any(|(h, _)| *h == heading) {
                let message = fill(self.t(i18n::ERR_SAME_HEADING), &[("heading", &heading)]);
                return Err(self.error(&p, message));
            }
            let value = rest(&group)?;
            out.push((heading, value));
        }
        Ok(out)
    }

    /// Parts adding up to `sum` within their `total`, or `message` ("{sum}", "{total}") at
    /// `path`: a breakdown never shows more than its whole.
    pub(crate) fn within_total(&self, sum: f64, total: f64, path: &str, message: Text3) -> Res<()> {
        if sum <= total {
            return Ok(());
        }
        Err(self.error(
            path,
            fill(
                self.t(message),
                &[("sum", &plain(sum)), ("total", &plain(total))],
            ),
        ))
    }

    /// A goal for women's share by a year, `{"share", "year"}`: the share in per cent
    /// (more than 0), the year as text ("2030").
    pub(crate) fn goal_by_year(&self, v: &Json, path: &str) -> Res<(f64, String)> {
        let goal = self.object(v, path, &["share", "year"])?;
        let (v, p) = self.required(&goal, "share", i18n::TYPE_NUMBER)?;
        let share = self.percent_above_zero(v, &p)?;
        let (v, p) = self.required(&goal, "year", i18n::TYPE_YEAR)?;
        Ok((share, self.year(v, &p)?.to_string()))
    }

    /// `"title"?`: the widget's own title replaced.
    pub(crate) fn title(&self, obj: &Obj<'_>) -> Res<Option<String>> {
        self.optional(obj, "title")
            .map(|(v, path)| self.text(v, &path, MAX_TITLE_CHARS))
            .transpose()
    }

    /// `"source"`, required: shown as "Source: …" in `lang`. A leading "Source:" (in any of
    /// the three languages) is dropped so it is not doubled.
    pub(crate) fn source(&self, obj: &Obj<'_>) -> Res<String> {
        let (v, path) = self.required(obj, "source", i18n::TYPE_STRING)?;
        let text = self.text(v, &path, MAX_SOURCE_CHARS)?;
        let rest = without_source_label(&text);
        self.visible(rest, &path)?;
        // Not a template: the source line stands alone, and goes into the CSV as written.
        Ok(format!("{}: {rest}", self.t(i18n::SOURCE)))
    }

    /// An optional flag, `false` when left out.
    pub(crate) fn flag(&self, obj: &Obj<'_>, key: &str) -> Res<bool> {
        match self.optional(obj, key) {
            Some((v, path)) => self.boolean(v, &path),
            None => Ok(false),
        }
    }

    /// `"base_year_assumed"?`-style flags: `true` or `false`.
    pub(crate) fn boolean(&self, v: &Json, path: &str) -> Res<bool> {
        match v {
            Json::Bool(b) => Ok(*b),
            _ => Err(self.wrong_type(v, path, i18n::TYPE_BOOLEAN)),
        }
    }

    /// `"notes"?`: up to [`MAX_NOTES`] plain-text notes.
    pub(crate) fn notes(&self, obj: &Obj<'_>) -> Res<Vec<String>> {
        let Some((v, path)) = self.optional(obj, "notes") else {
            return Ok(Vec::new());
        };
        self.array(v, &path, 0, MAX_NOTES)?
            .iter()
            .enumerate()
            .map(|(i, note)| self.text(note, &format!("{path}[{i}]"), MAX_NOTE_CHARS))
            .collect()
    }
}

/// `text` without a leading "Source:" or "Sources:", in any of the three languages.
pub(crate) fn without_source_label(text: &str) -> &str {
    let mut rest = text;
    for label in [i18n::SOURCES, i18n::SOURCE] {
        for lang in Lang::ALL {
            let prefix = crate::case::lowercase(label.get(lang));
            let head: String = rest.chars().take(prefix.chars().count()).collect();
            if crate::case::lowercase(&head) == prefix {
                if let Some(after) = rest[head.len()..].trim_start().strip_prefix(':') {
                    rest = after.trim_start();
                }
            }
        }
    }
    rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances() {
        assert_eq!(edit_distance("shrae", "share"), 1);
        assert_eq!(edit_distance("lable", "label"), 1);
        assert_eq!(edit_distance("", "men"), 3);
        assert_eq!(edit_distance("women", "men"), 2);
        assert_eq!(suggestion("shrae", &["label", "share"]), Some("share"));
        assert_eq!(suggestion("Share", &["label", "share"]), Some("share"));
        assert_eq!(suggestion("colour", &["label", "share"]), None);
        assert_eq!(suggestion("x", &["men"]), None);
    }

    #[test]
    fn numbers_are_shown_as_json_writes_them() {
        assert_eq!(plain(130.0), "130");
        assert_eq!(plain(-3.5), "-3.5");
        assert_eq!(plain(1e300), "1e300");
    }
}
