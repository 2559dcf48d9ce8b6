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

/// Latin letters for one Russian or Kazakh letter, lower case: Russian by the common
/// passport style (ж zh, х kh, щ shch), Kazakh letters by their 2021 Latin alphabet with
/// the diacritics dropped (қ q, ғ g, ң n, ү u). `None` outside Cyrillic.
fn latin(c: char) -> Option<&'static str> {
    Some(match lower(c) {
        'а' | 'ә' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ғ' => "g",
        'д' => "d",
        'е' | 'э' => "e",
        'ё' => "yo",
        'ж' => "zh",
        'з' => "z",
        'и' | 'і' => "i",
        'й' => "y",
        'к' => "k",
        'қ' => "q",
        'л' => "l",
        'м' => "m",
        'н' | 'ң' => "n",
        'о' | 'ө' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'у' | 'ұ' | 'ү' => "u",
        'ф' => "f",
        'х' => "kh",
        'һ' => "h",
        'ц' => "ts",
        'ч' => "ch",
        'ш' => "sh",
        'щ' => "shch",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "yu",
        'я' => "ya",
        _ => return None,
    })
}

/// An ASCII file-name part: Cyrillic transliterated, ASCII letters and digits kept in lower
/// case, anything else one hyphen ("2023 жылғы қыркүйек" → "2023-zhylgy-qyrkuyek").
pub fn ascii_slug(s: &str) -> String {
    let mut out = String::new();
    let mut hyphen = false;
    for c in s.chars() {
        let piece = if c.is_ascii_alphanumeric() {
            Some(c.to_ascii_lowercase().to_string())
        } else {
            latin(c).map(str::to_string)
        };
        match piece {
            Some(p) if !p.is_empty() => {
                if hyphen && !out.is_empty() {
                    out.push('-');
                }
                hyphen = false;
                out.push_str(&p);
            }
            Some(_) => {}
            None => hyphen = true,
        }
    }
    out
}

#[cfg(test)]
mod slug_tests {
    use super::ascii_slug;

    #[test]
    fn file_names_are_ascii_with_russian_and_kazakh_transliterated() {
        for (text, want) in [
            ("September 2023", "september-2023"),
            ("2023 жылғы қыркүйек", "2023-zhylgy-qyrkuyek"),
            ("Сентябрь 2023 г.", "sentyabr-2023-g"),
            ("ӘҒҚҢӨҰҮҺІ", "agqnouuhi"),
            ("Щёлково — объём", "shchyolkovo-obyom"),
            ("  --Ünïcode 12%  ", "n-code-12"),
            ("", ""),
        ] {
            let slug = ascii_slug(text);
            assert_eq!(slug, want, "{text:?}");
            assert!(slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        }
    }
}
