//! Decimal numbers written as text.
//!
//! Turning text into an `f64` (`str::parse`) brings about 13 KB brotli of tables and code
//! into the wasm. The browser already has a correct parser, so the JSON reader takes the
//! parsing function as a parameter ([`ParseNumber`]): natively `str::parse`, in the browser
//! JavaScript's `parseFloat`. Where only the shape matters, [`is_decimal`] looks at it
//! without parsing.

/// Reads the value of a number already checked to be well-formed (JSON's grammar);
/// `None` if it cannot.
pub type ParseNumber = fn(&str) -> Option<f64>;

/// The standard library's parser: exact, and what native code and the tests use.
pub fn std_parse(text: &str) -> Option<f64> {
    text.parse().ok()
}

/// `-12`, `+3.5`, `.5`, `5.`, `1e6`, `2.5E-3`: a decimal number as `str::parse::<f64>`
/// reads one, without the words (`inf`, `NaN`).
pub fn is_decimal(text: &str) -> bool {
    let s = text.strip_prefix(['+', '-']).unwrap_or(text);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let mantissa_ok =
        digits(whole) && digits(fraction) && !(whole.is_empty() && fraction.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && digits(e)
    });
    mantissa_ok && exponent_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_decimal_agrees_with_the_standard_parser_on_finite_numbers() {
        let cases = [
            "0", "-12", "+3.5", ".5", "5.", "1e6", "2.5E-3", "115526", "1e+2", "", ".", "-", "e5",
            "1e", "1e+", "1.2.3", "12a", "inf", "-inf", "NaN", "infinity", "1_000", " 1", "0x10",
            "١٢",
        ];
        for s in cases {
            let std = s.parse::<f64>().is_ok_and(f64::is_finite);
            assert_eq!(is_decimal(s), std, "{s:?}");
        }
        assert_eq!(std_parse("1.5"), Some(1.5));
        assert_eq!(std_parse("x"), None);
    }
}
