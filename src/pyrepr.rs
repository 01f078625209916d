//! Python's `repr()` of the values the front end prints (str, bytes, float, complex),
//! character for character as CPython 3.11 prints them.

use crate::wtf8::Wtf8Buf;
use std::fmt::Write;
use unicode_general_category::{get_general_category, GeneralCategory as G};

/// `str.isprintable()` for one code point: everything but the "Other" and "Separator"
/// categories, except that the ASCII space is printable.
pub fn is_printable(cp: u32) -> bool {
    if cp < 0x7F {
        return cp >= 0x20;
    }
    let Some(c) = char::from_u32(cp) else { return false }; // a surrogate (Cs)
    !matches!(
        get_general_category(c),
        G::Control
            | G::Format
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
            | G::LineSeparator
            | G::ParagraphSeparator
            | G::SpaceSeparator
    )
}

/// `repr(s)` for a str given as code points.
pub fn repr_code_points(cps: impl Iterator<Item = u32> + Clone) -> String {
    let (mut squote, mut dquote) = (false, false);
    for cp in cps.clone() {
        squote |= cp == '\'' as u32;
        dquote |= cp == '"' as u32;
    }
    let quote = if squote && !dquote { '"' } else { '\'' };
    let mut out = String::with_capacity(16);
    out.push(quote);
    for cp in cps {
        match cp {
            0x5C => out.push_str("\\\\"),
            0x09 => out.push_str("\\t"),
            0x0A => out.push_str("\\n"),
            0x0D => out.push_str("\\r"),
            _ if cp == quote as u32 => {
                out.push('\\');
                out.push(quote);
            }
            _ if cp < 0x20 || cp == 0x7F => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            _ if cp < 0x7F => out.push(cp as u8 as char),
            _ if is_printable(cp) => out.push(char::from_u32(cp).unwrap_or('\u{FFFD}')),
            _ if cp <= 0xFF => {
                let _ = write!(out, "\\x{cp:02x}");
            }
            _ if cp <= 0xFFFF => {
                let _ = write!(out, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(out, "\\U{cp:08x}");
            }
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` for a Rust string.
pub fn repr_str(s: &str) -> String {
    repr_code_points(s.chars().map(|c| c as u32))
}

/// `repr(s)` for a Python str that may hold lone surrogates.
pub fn repr_wtf8(s: &Wtf8Buf) -> String {
    repr_code_points(s.code_points())
}

/// Python's `repr()` digits for a finite float, CPython's `'r'` format: the shortest string
/// that reads back to the same value, in positional notation when the decimal exponent is in
/// -4..16, else in scientific notation with a signed exponent of at least two digits.
/// `add_dot_0` gives `1.0` rather than `1` for integral values (float repr does, the parts of
/// a complex repr don't).
pub fn format_float_r(out: &mut String, v: f64, add_dot_0: bool) {
    if v.is_nan() {
        out.push_str("nan");
        return;
    }
    if v.is_infinite() {
        out.push_str(if v < 0.0 { "-inf" } else { "inf" });
        return;
    }
    // Rust's `{:e}` is the shortest round-trip form, like "1.2345e-5", "-1e16", "0e0".
    let mut buf = String::with_capacity(32);
    let _ = write!(buf, "{v:e}");
    let (mantissa, exp) = buf.split_once('e').unwrap_or((buf.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let mut digits = [0u8; 40];
    let mut n = 0;
    for b in mantissa.bytes().filter(|b| b.is_ascii_digit()) {
        if n < digits.len() {
            digits[n] = b;
            n += 1;
        }
    }
    let digits = &digits[..n];
    let digits = std::str::from_utf8(digits).unwrap_or("0");
    // Position of the decimal point relative to the first digit.
    let decpt = exp + 1;
    if neg {
        out.push('-');
    }
    if decpt <= -4 || decpt > 16 {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let e = decpt - 1;
        let _ = write!(out, "e{}{:02}", if e < 0 { '-' } else { '+' }, e.unsigned_abs());
    } else if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..-decpt {
            out.push('0');
        }
        out.push_str(digits);
    } else if (decpt as usize) < digits.len() {
        let (int_part, frac) = digits.split_at(decpt as usize);
        out.push_str(int_part);
        out.push('.');
        out.push_str(frac);
    } else {
        out.push_str(digits);
        for _ in digits.len()..decpt as usize {
            out.push('0');
        }
        if add_dot_0 {
            out.push_str(".0");
        }
    }
}

/// `repr(x)` for a float.
pub fn repr_float(v: f64) -> String {
    let mut s = String::new();
    format_float_r(&mut s, v, true);
    s
}

/// `repr(z)` for a complex: `1j`, `infj`, `(1+2j)`, `(-0-1j)`.
pub fn repr_complex(out: &mut String, real: f64, imag: f64) {
    if real == 0.0 && real.is_sign_positive() {
        format_float_r(out, imag, false);
        out.push('j');
    } else {
        out.push('(');
        format_float_r(out, real, false);
        if imag.is_sign_positive() || imag.is_nan() {
            out.push('+');
        }
        format_float_r(out, imag, false);
        out.push_str("j)");
    }
}

/// `repr(b)` for bytes: `b'...'`, double quotes only when the value holds `'` and no `"`.
pub fn repr_bytes(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7E => out.push(c as char),
            _ => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote as char);
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values are what CPython 3.11 prints for repr() of the same strings.
    #[test]
    fn quotes_and_escapes() {
        assert_eq!(repr_str("abc"), "'abc'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("'\""), "'\\'\"'");
        assert_eq!(repr_str("a\tb\n\r\\"), "'a\\tb\\n\\r\\\\'");
        assert_eq!(repr_str("\x00\x7f\u{80}\u{a0}é"), "'\\x00\\x7f\\x80\\xa0é'");
        assert_eq!(repr_str("\u{2028}\u{200b}\u{e000}"), "'\\u2028\\u200b\\ue000'");
        assert_eq!(repr_str("\u{10ffff}😀"), "'\\U0010ffff😀'");
        let mut w = Wtf8Buf::new();
        w.push_code_point(0xDC80);
        assert_eq!(repr_wtf8(&w), "'\\udc80'");
    }

    // Expected values: python3 repr() of the same floats, complexes and bytes.
    #[test]
    fn numbers() {
        let cases: &[(f64, &str)] = &[
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (0.0, "0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1.5, "1.5"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (f64::INFINITY, "inf"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (123.456, "123.456"),
            (-2.5e-7, "-2.5e-07"),
            (1e100, "1e+100"),
            (9999999999999998.0, "9999999999999998.0"),
            (0.00012, "0.00012"),
        ];
        for &(v, want) in cases {
            assert_eq!(repr_float(v), want, "{v:e}");
        }
        let c = |re: f64, im: f64| {
            let mut s = String::new();
            repr_complex(&mut s, re, im);
            s
        };
        assert_eq!(c(0.0, 2.0), "2j");
        assert_eq!(c(0.0, 1.5), "1.5j");
        assert_eq!(c(0.0, 1e16), "1e+16j");
        assert_eq!(c(0.0, 0.0), "0j");
        assert_eq!(c(0.0, f64::INFINITY), "infj");
        assert_eq!(c(1.0, 2.0), "(1+2j)");
        assert_eq!(c(1.0, -2.0), "(1-2j)");
    }

    #[test]
    fn bytes() {
        let r = |b: &[u8]| {
            let mut s = String::new();
            repr_bytes(&mut s, b);
            s
        };
        assert_eq!(r(b"a'\x00\xff\\\""), "b'a\\'\\x00\\xff\\\\\"'");
        assert_eq!(r(b"it's"), "b\"it's\"");
        assert_eq!(r(b"\t\n\r\x7f "), "b'\\t\\n\\r\\x7f '");
    }
}
