//! The few Unicode facts Tendik needs about a newsroom's text, without Unicode's tables (the
//! wasm carries none): which characters reorder the text around them, which letters are
//! written right to left, which characters have no visible form, and how a right-to-left
//! label is kept from moving the figures next to it.

use std::borrow::Cow;

/// First strong isolate: what follows, up to [`PDI`], is laid out on its own, in the
/// direction of its own first letter.
pub const FSI: char = '\u{2068}';
/// Pop directional isolate: closes an [`FSI`] (or LRI, RLI).
pub const PDI: char = '\u{2069}';

/// Explicit bidi formatting characters: embeddings and overrides (U+202A–U+202E), isolates
/// (U+2066–U+2069) and the marks LRM, RLM and ALM (U+200E, U+200F, U+061C). Each is
/// invisible and changes the order the characters around it are shown in: RLO turns
/// "12%" into "%21", an RLM (a strong right-to-left letter no one sees) moves a figure
/// before its label. A newsroom never needs one: Tendik isolates right-to-left text itself.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
    )
}

/// Whether `c` is in a block Unicode gives to right-to-left writing (bidi classes R and AL,
/// and Arabic-Indic digits, AN): Hebrew, Arabic, Syriac, Thaana, N'Ko and the rest of
/// U+0590–U+08FF, their presentation forms, and the right-to-left scripts of planes 1's
/// U+10800–U+10FFF and U+1E800–U+1EFFF (DerivedBidiClass.txt's default ranges). The few
/// neutral marks inside these blocks only cost an isolate that was not needed.
pub fn is_right_to_left(c: char) -> bool {
    matches!(
        c,
        '\u{0590}'..='\u{08ff}'
            | '\u{200f}'
            | '\u{fb1d}'..='\u{fdff}'
            | '\u{fe70}'..='\u{fefe}'
            | '\u{10800}'..='\u{10fff}'
            | '\u{1e800}'..='\u{1efff}'
    )
}

/// Unicode's format characters (general category Cf): zero-width spaces and joiners, the
/// soft hyphen, the byte order mark, bidi controls, invisible operators, tags.
pub fn is_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{890}'..='\u{891}'
            | '\u{8e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// Characters that show nothing: whitespace, format characters, and the other
/// default-ignorable code points (variation selectors, Hangul fillers, the combining
/// grapheme joiner), plus the blank Braille pattern, often used as an invisible letter.
pub fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || is_format(c)
        || matches!(
            c,
            '\u{34f}'
                | '\u{115f}'..='\u{1160}'
                | '\u{17b4}'..='\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{ffa0}'
                | '\u{e0000}'..='\u{e0fff}'
        )
}

/// Whether `text` has right-to-left letters outside the isolates it already has.
fn has_bare_right_to_left(text: &str) -> bool {
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            c if depth == 0 && is_right_to_left(c) => return true,
            _ => {}
        }
    }
    false
}

/// `text` between [`FSI`] and [`PDI`] when it holds right-to-left letters, so that, set in
/// a sentence, it cannot move the figures around it: "مجلس 12%" shows the share before
/// the label (the digits join the Arabic run), "FSI مجلس PDI 12%" after it. Other text is
/// returned as it is: without right-to-left letters or bidi controls (which newsroom data
/// may not hold) nothing can reorder a left-to-right sentence.
pub fn isolate(text: &str) -> Cow<'_, str> {
    if !has_bare_right_to_left(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 6);
    out.push(FSI);
    out.push_str(text);
    out.push(PDI);
    Cow::Owned(out)
}

/// Isolates left open at the end of `text` (opened by FSI, LRI or RLI, not yet closed).
fn open_isolates(text: &str, mut depth: usize) -> usize {
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2068}' => depth += 1,
            PDI => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    depth
}

/// Lines cut from one text, each with its isolates closed at its end and reopened at the
/// start of the next line: each line is drawn on its own, and a line that started inside
/// an isolate would otherwise leave its right-to-left part bare.
pub fn balance_isolates(lines: Vec<String>) -> Vec<String> {
    let mut carried = 0;
    lines
        .into_iter()
        .map(|line| {
            let open = open_isolates(&line, carried);
            if carried == 0 && open == 0 {
                return line;
            }
            let mut out = String::with_capacity(line.len() + 3 * (carried + open));
            out.extend(std::iter::repeat_n(FSI, carried));
            out.push_str(&line);
            out.extend(std::iter::repeat_n(PDI, open));
            carried = open;
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_right_to_left_text_is_isolated_and_only_once() {
        assert_eq!(isolate("City council"), "City council");
        assert_eq!(isolate("Мәжіліс 18,9 %"), "Мәжіліс 18,9 %");
        assert_eq!(isolate("مجلس المدينة"), "\u{2068}مجلس المدينة\u{2069}");
        assert_eq!(isolate("כנסת"), "\u{2068}כנסת\u{2069}");
        // Already isolated: left alone, so composing twice adds nothing.
        let once = isolate("مجلس").into_owned();
        assert_eq!(isolate(&once), once);
        assert_eq!(isolate(&format!("{once} 12%")), format!("{once} 12%"));
    }

    #[test]
    fn lines_of_a_wrapped_isolate_each_close_it() {
        let lines = vec![
            "Council \u{2068}مجلس".to_string(),
            "المدينة\u{2069} 12%".to_string(),
            "plain".to_string(),
        ];
        assert_eq!(
            balance_isolates(lines),
            vec![
                "Council \u{2068}مجلس\u{2069}",
                "\u{2068}المدينة\u{2069} 12%",
                "plain"
            ]
        );
    }

    #[test]
    fn character_classes() {
        for c in [
            '\u{202e}', '\u{2066}', '\u{2069}', '\u{200e}', '\u{200f}', '\u{61c}',
        ] {
            assert!(
                is_bidi_control(c) && is_format(c) && is_invisible(c),
                "{c:?}"
            );
        }
        for c in [
            '\u{200b}',
            '\u{200d}',
            '\u{2060}',
            '\u{feff}',
            '\u{ad}',
            '\u{e0041}',
        ] {
            assert!(is_format(c) && !is_bidi_control(c), "{c:?}");
        }
        for c in [
            '\u{3164}', '\u{2800}', '\u{fe0f}', ' ', '\u{a0}', '\u{3000}',
        ] {
            assert!(is_invisible(c) && !is_format(c), "{c:?}");
        }
        for c in ['a', 'ж', 'ә', '1', '%', '—', '😀', '\u{fffd}'] {
            assert!(!is_invisible(c) && !is_right_to_left(c), "{c:?}");
        }
        for c in [
            'א',
            'ا',
            '٣',
            'ܐ',
            'ހ',
            'ߊ',
            'ﷲ',
            'ﻻ',
            '\u{10900}',
            '\u{1e900}',
        ] {
            assert!(is_right_to_left(c), "{c:?}");
        }
    }
}
