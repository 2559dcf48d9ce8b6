//! Filling templates with grammar computed from the values: Kazakh case endings, Russian
//! and English plurals, and no line break inside a number and its unit. The values are
//! already formatted ("115 526", "18,9 %", "7 жыл"); the grammar reads what it needs from
//! them (the number's digits, the last word read aloud), so no call site passes more.
//!
//! Template syntax (docs/grammar.md is the translators' version):
//! - `{n}`: the value as it is.
//! - `{n:abl}`, `{n:dat}`, `{n:loc}`, `{n:gen}`, `{n:acc}`, `{n:ins}`, `{n:attr}`, `{n:poss}`:
//!   Kazakh, the value with that ending on its last word ([`kk::Case`]).
//! - `{n:род}`, `{n:дат}`, `{n:твор}`: Russian, the counted noun already in the value put
//!   in that case ("до {n:род}": "до 7 лет", "до 1 года").
//! - `{n:одно|несколько}` with 2, 3 or 4 forms: the form that agrees with the last number in
//!   `n`. Two forms are English and Kazakh (one | other); three are Russian
//!   (one | few | many, and decimals take the few form); four add the decimals' own form.
//! - `{n:list год|годы}`: the first form if `n` holds one number, the second if it lists
//!   several or a range ("2019, 2021", "2019–2021").

pub mod kk;
pub mod numeral;
pub mod ru;

use crate::unicode::isolate;

/// No-break space: inside numbers ("115 526"), between a number and its unit or sign.
pub const NBSP: char = '\u{a0}';
/// Word joiner: no break after the dash of a range ("55,8–56,2 %").
pub const WORD_JOINER: char = '\u{2060}';
/// Non-breaking hyphen, before a Kazakh ending written after a digit ("115 526-дан").
pub const NB_HYPHEN: char = '\u{2011}';

/// A Latin or Cyrillic letter (without the Unicode tables `char::is_alphabetic` needs).
pub(crate) fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{400}'..='\u{4ff}').contains(&c)
}

/// Spaces that separate words (and digit groups) in formatted values.
pub(crate) fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// `value` without trailing spaces, cut before its last word: ("7 жыл", "7 ", "жыл").
pub(crate) fn last_word(value: &str) -> (&str, &str, &str) {
    let value = value.trim_end_matches(is_space);
    let start = value
        .char_indices()
        .rev()
        .find(|(_, c)| is_space(*c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let (head, word) = value.split_at(start);
    (value, head, word)
}

/// `parts` in one string: one small function for every join here (`concat` and `format!`
/// bring in more code).
pub(crate) fn joined(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for part in parts {
        out.push_str(part);
    }
    out
}

/// What a slot asks of its value.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Spec<'t> {
    Plain,
    Kazakh(kk::Case),
    Russian(ru::Case),
    /// Forms, separated by `|`, by the plural category of the value's last number.
    Plural(&'t str),
    /// One form for one number, another for a list or range of them.
    List(&'t str, &'t str),
}

fn parse_spec(spec: Option<&str>) -> Option<Spec<'_>> {
    let Some(spec) = spec else {
        return Some(Spec::Plain);
    };
    if let Some(forms) = spec.strip_prefix("list ") {
        return match forms.split_once('|') {
            Some((one, several)) if !several.contains('|') => Some(Spec::List(one, several)),
            _ => None,
        };
    }
    if spec.contains('|') {
        let count = spec.split('|').count();
        return (count <= 4).then_some(Spec::Plural(spec));
    }
    kk::Case::from_tag(spec)
        .map(Spec::Kazakh)
        .or_else(|| ru::Case::from_tag(spec).map(Spec::Russian))
}

/// A template cut into literal text and `{slot}` or `{slot:spec}` references.
enum Piece<'t> {
    /// Literal text, and whether a slot comes right after it.
    Text(&'t str, bool),
    Slot {
        raw: &'t str,
        name: &'t str,
        spec: Option<&'t str>,
    },
}

fn is_slot_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Calls `each` with the pieces of `template` in order.
fn for_each_piece<'t>(template: &'t str, mut each: impl FnMut(Piece<'t>)) {
    let mut text_start = 0;
    let mut search = 0;
    while let Some(found) = template[search..].find('{') {
        let inner_start = search + found + 1;
        // A slot runs to the next '}', unless another '{' comes first ("{{n}}").
        let inner_len = template[inner_start..]
            .find(['{', '}'])
            .filter(|&len| template[inner_start + len..].starts_with('}'));
        let Some(inner_len) = inner_len else {
            search = inner_start;
            continue;
        };
        let inner = &template[inner_start..inner_start + inner_len];
        let (name, spec) = match inner.split_once(':') {
            Some((name, spec)) => (name, Some(spec)),
            None => (inner, None),
        };
        if !is_slot_name(name) {
            search = inner_start;
            continue;
        }
        let (open, end) = (inner_start - 1, inner_start + inner_len + 1);
        if text_start < open {
            each(Piece::Text(&template[text_start..open], true));
        }
        each(Piece::Slot {
            raw: &template[open..end],
            name,
            spec,
        });
        text_start = end;
        search = end;
    }
    if text_start < template.len() {
        each(Piece::Text(&template[text_start..], false));
    }
}

/// The form of `forms` (separated by `|`) that agrees with the last number in `value`.
fn agreeing<'t>(forms: &'t str, value: &str) -> &'t str {
    let n = numeral::last(value);
    let count = forms.split('|').count();
    let index = if count == 2 {
        usize::from(!n.is_some_and(|n| n.is_one()))
    } else {
        match n.map_or(ru::Plural::Many, |n| ru::plural(&n)) {
            ru::Plural::One => 0,
            ru::Plural::Few => 1,
            ru::Plural::Many => 2,
            ru::Plural::Other if count == 4 => 3,
            ru::Plural::Other => 1,
        }
    };
    forms.split('|').nth(index).unwrap_or_default()
}

/// Writes `value` as `spec` asks; true when what it wrote ends in a digit.
fn render(out: &mut String, spec: Spec<'_>, value: &str) -> bool {
    match spec {
        // A right-to-left value (an Arabic place name) is isolated, so that it cannot
        // move the figures the template sets next to it.
        Spec::Plain => out.push_str(&isolate(value)),
        Spec::Kazakh(case) => out.push_str(&isolate(&kk::inflect(value, case))),
        Spec::Russian(case) => out.push_str(&isolate(&ru::inflect(value, case))),
        Spec::Plural(forms) => {
            out.push_str(agreeing(forms, value));
            return false;
        }
        Spec::List(one, several) => {
            let many = numeral::numerals(value).len() > 1;
            out.push_str(if many { several } else { one });
            return false;
        }
    }
    out.ends_with(|c: char| c.is_ascii_digit())
}

/// Replaces `{key}` slots in `template` with their values, computing the grammar each slot
/// asks for (see the module's documentation). A slot with no value, or a spec the grammar
/// does not know, is left visible, so a mistake shows up in tests instead of vanishing.
///
/// Typography: a space the template writes after a number becomes a no-break space
/// ("2022 жылғы", "21 миротворец"), and a dash between two numbers ("{start}–{end}") gets a
/// word joiner, so no line ever ends inside a number and its unit or range. A value that
/// ends in an abbreviation's full stop ("2022 г.") takes the place of the template's
/// sentence-ending one, as Russian writes it.
pub fn fill(template: &str, slots: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut after_number = false;
    let mut after_slot = false;
    for_each_piece(template, |piece| match piece {
        Piece::Text(mut text, before_slot) => {
            if after_slot && out.ends_with('.') {
                if let Some(rest) = text.strip_prefix('.') {
                    text = rest;
                }
            }
            after_slot = false;
            if after_number {
                if let Some(rest) = text.strip_prefix(' ') {
                    let word_follows = rest.starts_with(|c: char| is_letter(c) || c == '%');
                    if word_follows || (rest.is_empty() && before_slot) {
                        out.push(NBSP);
                        text = rest;
                    }
                } else if let Some(rest) = text.strip_prefix('–') {
                    out.push('–');
                    if rest.starts_with(|c: char| c.is_ascii_digit())
                        || (rest.is_empty() && before_slot)
                    {
                        out.push(WORD_JOINER);
                    }
                    text = rest;
                }
            }
            out.push_str(text);
            after_number = false;
        }
        Piece::Slot { raw, name, spec } => {
            after_slot = true;
            let value = slots.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
            after_number = match (value, parse_spec(spec)) {
                (Some(value), Some(spec)) => render(&mut out, spec, value),
                _ => {
                    out.push_str(raw);
                    false
                }
            };
        }
    });
    out
}

/// What is wrong with `template`'s slots: specs the grammar does not know ("{n:abll}",
/// a Russian choice with five forms). Empty when every slot can be filled.
pub fn problems(template: &str) -> Vec<String> {
    let mut found = Vec::new();
    for_each_piece(template, |piece| {
        if let Piece::Slot { raw, spec, .. } = piece {
            if parse_spec(spec).is_none() {
                found.push(format!("{raw}: not a known case or choice of forms"));
            }
        }
    });
    found
}

/// How many forms each choice `{n:a|b|c}` in `template` gives (`list` choices excluded).
pub fn plural_form_counts(template: &str) -> Vec<usize> {
    let mut counts = Vec::new();
    for_each_piece(template, |piece| {
        if let Piece::Slot { spec, .. } = piece {
            if let Some(Spec::Plural(forms)) = parse_spec(spec) {
                counts.push(forms.split('|').count());
            }
        }
    });
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_filled_once_and_values_are_not_read_as_templates() {
        assert_eq!(
            fill("{a} and {b}", &[("a", "{b}"), ("b", "x")]),
            "{b} and x"
        );
        assert_eq!(fill("{missing} {a}", &[("a", "1")]), "{missing} 1");
        assert_eq!(fill("an object {…}", &[]), "an object {…}");
        assert_eq!(fill("'}' or '{close}'", &[("close", "]")]), "'}' or ']'");
        assert_eq!(fill("{n:nonsense}", &[("n", "5")]), "{n:nonsense}");
        assert_eq!(fill("{{n}}", &[("n", "5")]), "{5}");
    }

    #[test]
    fn an_abbreviation_at_the_end_of_a_sentence_ends_it() {
        let date = "19 февраля 2022 г.";
        assert_eq!(
            fill("вступил в силу {d}.", &[("d", date)]),
            "вступил в силу 19 февраля 2022 г."
        );
        assert_eq!(fill("с {d} до", &[("d", date)]), "с 19 февраля 2022 г. до");
        assert_eq!(fill("{d}.", &[("d", "Kazakhstan")]), "Kazakhstan.");
        assert_eq!(fill("{d}.", &[("d", "wait...")]), "wait...");
    }

    #[test]
    fn a_number_stays_with_its_unit_and_a_range_stays_whole() {
        assert_eq!(fill("{n} жыл", &[("n", "7")]), "7\u{a0}жыл");
        assert_eq!(fill("{n} {n:год|года|лет}", &[("n", "5")]), "5\u{a0}лет");
        assert_eq!(
            fill("{a}–{b} жж.", &[("a", "2022"), ("b", "2025")]),
            "2022–\u{2060}2025\u{a0}жж."
        );
        // Only after a number: words keep their breakable spaces.
        assert_eq!(fill("{w} жыл", &[("w", "бес")]), "бес жыл");
        assert_eq!(fill("{n}", &[("n", "7")]), "7");
        assert_eq!(fill("{n} ", &[("n", "7")]), "7 ");
        assert_eq!(fill("{n} (x)", &[("n", "7")]), "7 (x)");
    }

    #[test]
    fn bad_specs_are_reported() {
        assert!(problems("{n:abl} {n:a|b|c|d} {y:list г.|гг.}").is_empty());
        assert_eq!(problems("{n:abll} {n:a|b|c|d|e} {y:list a|b|c}").len(), 3);
        assert_eq!(
            plural_form_counts("{n:a|b} {n:a|b|c} {y:list a|b}"),
            vec![2, 3]
        );
    }
}
