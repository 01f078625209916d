//! Text to numbers: `int(s, base)` and `float(s)` with CPython 3.11's rules (Unicode
//! whitespace and decimal digits, PEP 515 underscores, base prefixes, the int digit limit).

use std::borrow::Cow;

use num_bigint::{BigInt, BigUint, Sign};

use super::spec::unicode_decimal;
use super::{NumError, NumResult, DEFAULT_MAX_STR_DIGITS};

/// Python's `Py_ISSPACE` (ASCII whitespace as `bytes.isspace()` sees it).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII whitespace becomes a space,
/// non-ASCII decimal digits their ASCII digit, any other non-ASCII character `?`.
fn to_ascii(s: &str) -> Cow<'_, [u8]> {
    if s.is_ascii() {
        return Cow::Borrowed(s.as_bytes());
    }
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let b = if c.is_ascii() {
            c as u8
        } else if c.is_whitespace() {
            b' '
        } else if let Some(d) = unicode_decimal(c) {
            b'0' + d as u8
        } else {
            b'?'
        };
        out.push(b);
    }
    Cow::Owned(out)
}

fn trim_ascii_space(mut b: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = b {
        if !is_ascii_space(*first) {
            break;
        }
        b = rest;
    }
    while let [rest @ .., last] = b {
        if !is_ascii_space(*last) {
            break;
        }
        b = rest;
    }
    b
}

/// Python's `repr(s)` cut to 200 characters, as `%.200R` formats it.
fn repr_200(s: &str) -> String {
    let r = crate::pyrepr::repr_str(s);
    match r.char_indices().nth(200) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    }
}

fn invalid_int(s: &str, base: u32) -> NumError {
    NumError::value(format!("invalid literal for int() with base {}: {}", base, repr_200(s)))
}

/// The `int(s)` digit-limit error.
pub fn int_limit_error(limit: usize, digits: usize) -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
        limit, digits
    ))
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => (b - b'0') as u32,
        b'a'..=b'z' => (b - b'a') as u32 + 10,
        b'A'..=b'Z' => (b - b'A') as u32 + 10,
        _ => 99,
    }
}

/// `int(s, base)` with the default digit limit (4300).
pub fn parse_int(s: &str, base: u32) -> NumResult<BigInt> {
    parse_int_limited(s, base, DEFAULT_MAX_STR_DIGITS)
}

/// `int(s, base)`; `max_digits` is `sys.get_int_max_str_digits()` (0 = no limit), applied to
/// bases that are not powers of two.
pub fn parse_int_limited(s: &str, base: u32, max_digits: usize) -> NumResult<BigInt> {
    if base != 0 && !(2..=36).contains(&base) {
        return Err(NumError::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let ascii = to_ascii(s);
    let mut b = trim_ascii_space(&ascii);
    let mut neg = false;
    if let [sign @ (b'+' | b'-'), rest @ ..] = b {
        neg = *sign == b'-';
        b = rest;
    }
    let mut radix = base;
    let mut error_if_nonzero = false;
    if radix == 0 {
        radix = match b {
            [b'0', b'x' | b'X', ..] => 16,
            [b'0', b'o' | b'O', ..] => 8,
            [b'0', b'b' | b'B', ..] => 2,
            [b'0', ..] => {
                // Old C-style octal ("010") is invalid; zeros alone are fine.
                error_if_nonzero = true;
                10
            }
            _ => 10,
        };
    }
    if let [b'0', p, rest @ ..] = b {
        let skip = matches!((radix, p), (16, b'x' | b'X') | (8, b'o' | b'O') | (2, b'b' | b'B'));
        if skip {
            b = rest;
            if let [b'_', rest @ ..] = b {
                b = rest;
            }
        }
    }
    // Digits, with single underscores between them.
    let mut n_digits = 0usize;
    let mut i = 0;
    let mut prev_underscore = true; // no leading underscore
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            if prev_underscore {
                return Err(invalid_int(s, base));
            }
            prev_underscore = true;
        } else if digit_value(c) < radix {
            n_digits += 1;
            prev_underscore = false;
        } else {
            break;
        }
        i += 1;
    }
    if n_digits == 0 || prev_underscore {
        return Err(invalid_int(s, base));
    }
    if max_digits > 0 && !radix.is_power_of_two() && n_digits > max_digits {
        return Err(int_limit_error(max_digits, n_digits));
    }
    if !trim_ascii_space(&b[i..]).is_empty() {
        return Err(invalid_int(s, base));
    }
    let digits = &b[..i];
    let mag = if n_digits <= 12 {
        let mut v: u64 = 0;
        for &c in digits {
            if c != b'_' {
                v = v * radix as u64 + digit_value(c) as u64;
            }
        }
        BigUint::from(v)
    } else {
        let clean: Vec<u8> = digits.iter().copied().filter(|&c| c != b'_').collect();
        BigUint::parse_bytes(&clean, radix).ok_or_else(|| invalid_int(s, base))?
    };
    if error_if_nonzero && mag != BigUint::default() {
        return Err(invalid_int(s, base));
    }
    Ok(BigInt::from_biguint(if neg { Sign::Minus } else { Sign::Plus }, mag))
}

fn invalid_float(s: &str) -> NumError {
    NumError::value(format!(
        "could not convert string to float: {}",
        crate::pyrepr::repr_str(s)
    ))
}

/// Checks the float syntax CPython accepts after whitespace is stripped:
/// `[sign] (inf | infinity | nan | digits [. digits] [e [sign] digits] | . digits [...])`.
fn float_syntax_ok(b: &[u8]) -> bool {
    let b = match b {
        [b'+' | b'-', rest @ ..] => rest,
        _ => b,
    };
    if b.eq_ignore_ascii_case(b"inf") || b.eq_ignore_ascii_case(b"infinity") || b.eq_ignore_ascii_case(b"nan") {
        return true;
    }
    let mut i = 0;
    let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    i += int_digits;
    let mut frac_digits = 0;
    if b.get(i) == Some(&b'.') {
        i += 1;
        frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        i += frac_digits;
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        let exp_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
        if exp_digits == 0 {
            return false;
        }
        i += exp_digits;
    }
    i == b.len()
}

/// `float(s)` for a str: correctly rounded, `inf`/`infinity`/`nan` in any case with a sign,
/// PEP 515 underscores between digits, Unicode whitespace and decimal digits.
pub fn parse_float(s: &str) -> NumResult<f64> {
    let ascii = to_ascii(s);
    let mut b: Cow<'_, [u8]> = Cow::Borrowed(trim_ascii_space(&ascii));
    if b.contains(&b'_') {
        let mut out = Vec::with_capacity(b.len());
        let mut prev = 0u8;
        for &c in b.iter() {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(invalid_float(s));
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(invalid_float(s));
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(invalid_float(s));
        }
        b = Cow::Owned(out);
    }
    if !float_syntax_ok(&b) {
        return Err(invalid_float(s));
    }
    // The syntax check leaves only ASCII.
    let text = std::str::from_utf8(&b).map_err(|_| invalid_float(s))?;
    text.parse::<f64>().map_err(|_| invalid_float(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from python3 (CPython 3.11.7): int(s, base).
    #[test]
    fn ints() {
        let ok: &[(&str, u32, &str)] = &[
            ("000", 0, "0"),
            ("0_0", 0, "0"),
            ("0b1", 16, "177"),
            ("0b1", 2, "1"),
            ("0B_1", 0, "1"),
            (" -0x_f ", 0, "-15"),
            ("0o17", 8, "15"),
            ("\u{661}\u{662}\u{663}", 10, "123"),
            ("\u{a0}12\u{2003}", 10, "12"),
            ("z", 36, "35"),
            ("Z", 36, "35"),
            ("00", 0, "0"),
            ("1_000_000", 10, "1000000"),
            ("-123456789012345678901234567890", 10, "-123456789012345678901234567890"),
            ("+0x_dead_BEEF", 0, "3735928559"),
            ("\t\n 42 \x0c", 10, "42"),
        ];
        for &(s, base, want) in ok {
            assert_eq!(parse_int(s, base).unwrap().to_string(), want, "{s:?} {base}");
        }
        let bad: &[(&str, u32, &str)] = &[
            ("010", 0, "invalid literal for int() with base 0: '010'"),
            ("0x", 16, "invalid literal for int() with base 16: '0x'"),
            ("0x_", 16, "invalid literal for int() with base 16: '0x_'"),
            ("_1", 10, "invalid literal for int() with base 10: '_1'"),
            ("1_", 10, "invalid literal for int() with base 10: '1_'"),
            ("1__2", 10, "invalid literal for int() with base 10: '1__2'"),
            ("0o17", 10, "invalid literal for int() with base 10: '0o17'"),
            ("+ 1", 10, "invalid literal for int() with base 10: '+ 1'"),
            ("12\0", 10, "invalid literal for int() with base 10: '12\\x00'"),
            (
                " \x1c12\u{3000}",
                10,
                "invalid literal for int() with base 10: ' \\x1c12\\u3000'",
            ),
            ("", 10, "invalid literal for int() with base 10: ''"),
            ("-", 10, "invalid literal for int() with base 10: '-'"),
            ("0_7", 0, "invalid literal for int() with base 0: '0_7'"),
            ("12a", 10, "invalid literal for int() with base 10: '12a'"),
            ("1", 37, "int() base must be >= 2 and <= 36, or 0"),
            ("1", 1, "int() base must be >= 2 and <= 36, or 0"),
        ];
        for &(s, base, want) in bad {
            assert_eq!(parse_int(s, base).unwrap_err().msg, want, "{s:?} {base}");
        }
        // python3: int('a' * 300) -> the repr is cut to 200 characters.
        let long = "a".repeat(300);
        let msg = parse_int(&long, 10).unwrap_err().msg;
        assert_eq!(
            msg,
            format!("invalid literal for int() with base 10: '{}", "a".repeat(199))
        );
        let s = "1".repeat(5000) + "x";
        assert_eq!(
            parse_int(&s, 10).unwrap_err().msg,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(
            parse_int(&"1".repeat(4301), 0).unwrap_err().msg,
            int_limit_error(4300, 4301).msg
        );
        // Underscores do not count; powers of two are not limited.
        assert!(parse_int(&("1_".repeat(2500) + "1"), 10).is_ok());
        assert!(parse_int(&"1".repeat(5000), 16).is_ok());
        assert!(parse_int_limited(&"1".repeat(5000), 10, 0).is_ok());
    }

    // Expected values from python3 (CPython 3.11.7): float(s).
    #[test]
    fn floats() {
        let ok: &[(&str, f64)] = &[
            ("1_0.5_0e1_0", 105000000000.0),
            ("1.5e-1_0", 1.5e-10),
            ("-iNF", f64::NEG_INFINITY),
            (" -iNfinity ", f64::NEG_INFINITY),
            (".5", 0.5),
            ("5.", 5.0),
            ("\u{661}.\u{665}", 1.5),
            ("1e400", f64::INFINITY),
            ("+.5e+5", 50000.0),
            ("\u{661}_\u{662}", 12.0),
            ("0.1", 0.1),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
        ];
        for &(s, want) in ok {
            assert_eq!(parse_float(s).unwrap(), want, "{s:?}");
        }
        assert!(parse_float(" nan").unwrap().is_nan());
        let z = parse_float("-1e-400").unwrap();
        assert!(z == 0.0 && z.is_sign_negative());
        for s in [
            "_1",
            "1_",
            "1._5",
            "1_.5",
            "1e_5",
            "infinit",
            "1e",
            ".e1",
            "",
            "  ",
            "1.5 x",
            "0x1p3",
            "1\u{2000}5",
            ".",
        ] {
            assert_eq!(
                parse_float(s).unwrap_err().msg,
                format!("could not convert string to float: {}", crate::pyrepr::repr_str(s)),
                "{s:?}"
            );
        }
        assert_eq!(
            parse_float("1\u{2000}5").unwrap_err().msg,
            "could not convert string to float: '1\\u20005'"
        );
    }
}
