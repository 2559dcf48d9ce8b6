//! Numbers read back out of formatted text: "115 526", "18,9 %", "2019, 2021", "55,8–56,2 %".
//! The grammar needs only their digits, never their value, so any size is read exactly.

/// A number as written: its whole part and its decimals, digits only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Numeral {
    /// Whole part without grouping ("115526"), never empty.
    pub int: String,
    /// Digits after the decimal comma or point ("9" in "18,9"); empty for whole numbers.
    pub frac: String,
}

impl Numeral {
    pub fn is_whole(&self) -> bool {
        self.frac.is_empty()
    }

    /// The whole part modulo 100, which is all the plural rules look at.
    pub fn last_two(&self) -> u32 {
        let tail = &self.int[self.int.len().saturating_sub(2)..];
        tail.parse().unwrap_or(0)
    }

    /// Exactly one, written without decimals.
    pub fn is_one(&self) -> bool {
        self.is_whole() && self.int.trim_start_matches('0') == "1"
    }
}

/// The length of the thousands separator at the start of `bytes` (space, no-break space,
/// narrow no-break space), or 0.
fn group_separator(bytes: &[u8]) -> usize {
    [" ", "\u{a0}", "\u{202f}"]
        .iter()
        .find(|sep| bytes.starts_with(sep.as_bytes()))
        .map_or(0, |sep| sep.len())
}

/// Every number in `text`, in order. Groups of three digits after a separator belong to the
/// number before them only when it starts with one to three digits ("115 526", not
/// "2022 115"); a comma or point is a decimal mark only with a digit right after it, so
/// "2019, 2021" is two numbers and "18,9" is one.
pub fn numerals(text: &str) -> Vec<Numeral> {
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let digits_from = |i: usize| bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !digit_at(i) {
            i += 1;
            continue;
        }
        let first = digits_from(i);
        let mut int = String::from(&text[i..i + first]);
        i += first;
        loop {
            let sep = group_separator(&bytes[i..]);
            if first > 3 || sep == 0 || digits_from(i + sep) != 3 {
                break;
            }
            int.push_str(&text[i + sep..i + sep + 3]);
            i += sep + 3;
        }
        let mut frac = String::new();
        if matches!(bytes.get(i), Some(b',' | b'.')) && digit_at(i + 1) {
            let len = digits_from(i + 1);
            frac.push_str(&text[i + 1..i + 1 + len]);
            i += 1 + len;
        }
        out.push(Numeral { int, frac });
    }
    out
}

/// The last number in `text`: the one a noun or an ending after it agrees with.
pub fn last(text: &str) -> Option<Numeral> {
    numerals(text).pop()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(int: &str, frac: &str) -> Numeral {
        Numeral {
            int: int.into(),
            frac: frac.into(),
        }
    }

    #[test]
    fn numbers_are_read_as_written() {
        assert_eq!(last("115\u{a0}526"), Some(n("115526", "")));
        assert_eq!(last("18,9\u{a0}%"), Some(n("18", "9")));
        assert_eq!(last("510 000 000 000 теңге"), Some(n("510000000000", "")));
        // An English grouping comma reads as decimals: still "not one", which is all
        // English asks.
        assert_eq!(last("more than 1,000"), Some(n("1", "000")));
        assert_eq!(last("нет данных"), None);
        assert_eq!(numerals("2019, 2021").len(), 2);
        assert_eq!(
            numerals("55,8–56,2\u{a0}%"),
            vec![n("55", "8"), n("56", "2")]
        );
        assert_eq!(numerals("2022 115"), vec![n("2022", ""), n("115", "")]);
        assert_eq!(last("−1\u{a0}234,5"), Some(n("1234", "5")));
    }

    #[test]
    fn plural_rules_see_the_last_two_digits() {
        assert_eq!(n("115526", "").last_two(), 26);
        assert_eq!(n("7", "").last_two(), 7);
        assert!(n("1", "").is_one());
        assert!(!n("21", "").is_one());
        assert!(!n("1", "5").is_one());
    }
}
