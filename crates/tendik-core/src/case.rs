//! Letter case for the scripts Tendik's text is in: Latin and Cyrillic, Kazakh letters
//! included. `char::to_lowercase` and `str::to_lowercase` would bring the whole Unicode
//! case table into the wasm; these cover what the three languages need, and a test checks
//! them against the standard library letter by letter.

/// The lower-case form of `c`, or `c` itself outside Latin-1 and Cyrillic.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let lowered = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if u % 2 == 0 => u + 1,
        0x4C1..=0x4CE if u % 2 == 1 => u + 1,
        0x4C0 => 0x4CF,
        _ => u,
    };
    char::from_u32(lowered).unwrap_or(c)
}

/// The upper-case form of `c` where it is one letter, or `c` itself.
pub fn upper(c: char) -> char {
    let u = c as u32;
    let raised = match u {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x430..=0x44F => u - 0x20,
        0xB5 => 0x39C,
        0xFF => 0x178,
        0x450..=0x45F => u - 0x50,
        0x461..=0x481 | 0x48B..=0x4BF | 0x4D1..=0x52F if u % 2 == 1 => u - 1,
        0x4C2..=0x4CE if u % 2 == 0 => u - 1,
        0x4CF => 0x4C0,
        _ => u,
    };
    char::from_u32(raised).unwrap_or(c)
}

/// `s` in lower case (see [`lower`]).
pub fn lowercase(s: &str) -> String {
    s.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every letter of Latin-1 and Cyrillic (with the Supplement: Kazakh's ә ғ қ ң ө ұ ү һ і
    /// and more) maps as the standard library maps it, where that is one letter.
    #[test]
    fn matches_the_standard_library_for_latin_1_and_cyrillic() {
        let ranges = [0u32..=0xFF, 0x400..=0x52F];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let std_lower: Vec<char> = c.to_lowercase().collect();
            let std_upper: Vec<char> = c.to_uppercase().collect();
            match std_lower[..] {
                [one] => assert_eq!(lower(c), one, "lower({c:?} U+{:04X})", c as u32),
                _ => assert_eq!(lower(c), c, "lower({c:?})"),
            }
            match std_upper[..] {
                [one] => assert_eq!(upper(c), one, "upper({c:?} U+{:04X})", c as u32),
                _ => assert_eq!(upper(c), c, "upper({c:?})"),
            }
        }
        assert_eq!(lowercase("ҚАЗАҚСТАН Әйелдер"), "қазақстан әйелдер");
        assert_eq!(upper('ө'), 'Ө');
    }
}
