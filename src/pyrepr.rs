//! Python's `repr()` of the values the front end prints (`str` here; numbers and bytes join
//! it as they are needed), character for character as CPython 3.11 prints them.

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
}
