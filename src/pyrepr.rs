//! Python's `repr()` of the values the front end prints (str, bytes, float, complex),
//! character for character as CPython 3.11 prints them.

use crate::wtf8::Wtf8Buf;
use std::fmt::Write;

/// `str.isprintable()` for one code point, as CPython 3.11 (Unicode 14.0) decides it.
pub use crate::unicode14::is_printable;

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

/// Python's `repr()` text for a float, CPython's `'r'` format (shortest round-trip digits);
/// `add_dot_0` gives `1.0` rather than `1` for integral values (float repr does, the parts of
/// a complex repr don't). Delegates to `numfmt`.
pub fn format_float_r(out: &mut String, v: f64, add_dot_0: bool) {
    use crate::numfmt::float_fmt::{float_to_string, FloatFlags, FloatStyle};
    float_to_string(out, v, FloatStyle::Repr, 0, FloatFlags { add_dot_0, ..Default::default() });
}

/// `repr(x)` for a float.
pub fn repr_float(v: f64) -> String {
    crate::numfmt::float_repr(v)
}

/// `repr(z)` for a complex: `1j`, `infj`, `(1+2j)`, `(-0-1j)`.
pub fn repr_complex(out: &mut String, real: f64, imag: f64) {
    out.push_str(&crate::numfmt::complex_repr(real, imag));
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
        // Assigned after Unicode 14.0, so not printable for CPython 3.11.
        assert_eq!(repr_str("\u{14000}\u{2ffc}"), "'\\U00014000\\u2ffc'");
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
            // An exact tie between two shortest forms: CPython rounds half to even.
            (76957591475688.625, "76957591475688.62"),
            (1e22, "1e+22"),
            (123e-310, "1.23e-308"),
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

    /// Lines of "f64-bits-hex repr(x) repr(complex(0, abs(x)))" from python3 in the file named
    /// by FLOAT_REPRS (random floats).
    #[test]
    #[ignore]
    fn float_reprs_file() {
        let Ok(path) = std::env::var("FLOAT_REPRS") else { return };
        let data = std::fs::read_to_string(path).unwrap();
        let mut n = 0;
        for line in data.lines() {
            let mut it = line.split(' ');
            let (hex, want, want_c) = (it.next().unwrap(), it.next().unwrap(), it.next().unwrap());
            let bytes: Vec<u8> = (0..16).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap()).collect();
            let v = f64::from_le_bytes(bytes.try_into().unwrap());
            assert_eq!(repr_float(v), want);
            let mut c = String::new();
            repr_complex(&mut c, 0.0, v.abs());
            assert_eq!(c, want_c);
            n += 1;
        }
        eprintln!("{n} floats match");
    }
}
