//! Character classes and case mapping for `str` methods.
//!
//! Where pyjit has CPython's own Unicode 14 tables (`crate::unicode14`: printable,
//! identifiers) they are used. Otherwise Rust's `char` methods stand in (Rust follows a newer
//! Unicode, so characters assigned after 14.0 differ), with these known approximations:
//! - `isalpha` is Rust's Alphabetic property minus marks and letter numbers would be exact; we
//!   use `is_alphabetic` (so a few combining marks with Other_Alphabetic count as alpha).
//! - `isnumeric` is Nd/Nl/No (`char::is_numeric`) plus the CJK numeral ideographs CPython
//!   lists; other Numeric_Type=Numeric ideographs are missed.
//! - `isdigit` is Nd plus the superscript/circled/etc. digit ranges listed below.
//! - `casefold` is full lowercase plus the common full folds (ß, ligatures, final sigma).
//! - Titlecase is uppercase except for the DŽ/LJ/NJ/DZ digraphs.

use super::str::{StrBuilder, StrObject};
use super::value::Value;

/// `Py_UNICODE_ISSPACE`: Zs, or bidirectional class WS/B/S.
#[inline]
pub fn is_space(cp: u32) -> bool {
    matches!(
        cp,
        0x09..=0x0D | 0x1C..=0x20 | 0x85 | 0xA0 | 0x1680 | 0x2000..=0x200A | 0x2028 | 0x2029 | 0x202F | 0x205F | 0x3000
    )
}

/// Line boundaries of `str.splitlines`.
#[inline]
pub fn is_linebreak(cp: u32) -> bool {
    matches!(cp, 0x0A..=0x0D | 0x1C..=0x1E | 0x85 | 0x2028 | 0x2029)
}

fn ch(cp: u32) -> Option<char> {
    char::from_u32(cp)
}

pub fn is_alpha(cp: u32) -> bool {
    if cp < 0x80 {
        return (cp as u8).is_ascii_alphabetic();
    }
    ch(cp).is_some_and(|c| c.is_alphabetic() && !c.is_numeric())
}

pub fn is_decimal(cp: u32) -> bool {
    if cp < 0x80 {
        return (cp as u8).is_ascii_digit();
    }
    ch(cp).is_some_and(|c| crate::numfmt::spec::unicode_decimal(c).is_some())
}

/// Digits with Numeric_Type=Digit that are not decimal (superscripts, circled, ...).
const EXTRA_DIGITS: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

pub fn is_digit(cp: u32) -> bool {
    is_decimal(cp) || EXTRA_DIGITS.iter().any(|&(a, b)| (a..=b).contains(&cp))
}

/// CJK ideographs CPython counts as numeric (Numeric_Type=Numeric in Unihan).
const CJK_NUMERIC: &[u32] = &[
    0x3007, 0x4E00, 0x4E03, 0x4E07, 0x4E09, 0x4E5D, 0x4E8C, 0x4E94, 0x4E96, 0x4EBF, 0x4EC0, 0x4EDF, 0x4EE8, 0x4F0D, 0x4F70,
    0x5104, 0x5146, 0x5169, 0x516B, 0x516D, 0x5341, 0x5343, 0x5344, 0x5345, 0x534C, 0x53C1, 0x53C2, 0x53C3, 0x53C4, 0x56DB,
    0x58F1, 0x58F9, 0x5E7A, 0x5EFE, 0x5EFF, 0x5F0C, 0x5F0D, 0x5F0E, 0x5F10, 0x62FE, 0x634C, 0x67D2, 0x6F06, 0x7396, 0x767E,
    0x8086, 0x842C, 0x8CAE, 0x8CB3, 0x8D30, 0x9621, 0x9646, 0x964C, 0x9678, 0x96F6,
];

pub fn is_numeric(cp: u32) -> bool {
    if cp < 0x80 {
        return (cp as u8).is_ascii_digit();
    }
    ch(cp).is_some_and(|c| c.is_numeric()) || CJK_NUMERIC.binary_search(&cp).is_ok()
}

pub fn is_alnum(cp: u32) -> bool {
    is_alpha(cp) || is_decimal(cp) || is_digit(cp) || is_numeric(cp)
}

fn is_lower_cp(cp: u32) -> bool {
    ch(cp).is_some_and(|c| c.is_lowercase())
}
fn is_upper_cp(cp: u32) -> bool {
    ch(cp).is_some_and(|c| c.is_uppercase())
}
/// Titlecase letters (Lt).
fn is_title_cp(cp: u32) -> bool {
    matches!(cp, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}
fn is_cased(cp: u32) -> bool {
    is_lower_cp(cp) || is_upper_cp(cp) || is_title_cp(cp)
}
/// Case_Ignorable (approximation: marks, format chars, modifier letters and a few
/// punctuation characters), for the final-sigma rule.
fn is_case_ignorable(cp: u32) -> bool {
    matches!(cp, 0x27 | 0x2E | 0x3A | 0x5E | 0x60 | 0xA8 | 0xAD | 0xAF | 0xB4 | 0xB7 | 0xB8 | 0x2019)
        || (0x300..=0x36F).contains(&cp)
        || (0x2B0..=0x2FF).contains(&cp)
        || (0x200B..=0x200F).contains(&cp)
}

pub fn islower(o: &StrObject) -> bool {
    let mut cased = false;
    for c in o.code_points() {
        if is_upper_cp(c) || is_title_cp(c) {
            return false;
        }
        if !cased && is_lower_cp(c) {
            cased = true;
        }
    }
    cased
}

pub fn isupper(o: &StrObject) -> bool {
    let mut cased = false;
    for c in o.code_points() {
        if is_lower_cp(c) || is_title_cp(c) {
            return false;
        }
        if !cased && is_upper_cp(c) {
            cased = true;
        }
    }
    cased
}

pub fn istitle(o: &StrObject) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for c in o.code_points() {
        if is_upper_cp(c) || is_title_cp(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if is_lower_cp(c) {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

fn push_lower(b: &mut StrBuilder, cp: u32) {
    match ch(cp) {
        Some(c) => {
            for l in c.to_lowercase() {
                b.push_char(l);
            }
        }
        None => b.push_cp(cp),
    }
}

fn push_upper(b: &mut StrBuilder, cp: u32) {
    match ch(cp) {
        Some(c) => {
            for u in c.to_uppercase() {
                b.push_char(u);
            }
        }
        None => b.push_cp(cp),
    }
}

fn push_title(b: &mut StrBuilder, cp: u32) {
    match cp {
        0x1C4..=0x1C6 => b.push_cp(0x1C5),
        0x1C7..=0x1C9 => b.push_cp(0x1C8),
        0x1CA..=0x1CC => b.push_cp(0x1CB),
        0x1F1..=0x1F3 => b.push_cp(0x1F2),
        // Full titlecase mappings that differ from uppercase (ligatures).
        0xDF => {
            b.push_cp('S' as u32);
            b.push_cp('s' as u32);
        }
        0xFB00 => b.push_str("Ff"),
        0xFB01 => b.push_str("Fi"),
        0xFB02 => b.push_str("Fl"),
        0xFB03 => b.push_str("Ffi"),
        0xFB04 => b.push_str("Ffl"),
        0xFB05 | 0xFB06 => b.push_str("St"),
        _ if is_title_cp(cp) => b.push_cp(cp),
        _ => push_upper(b, cp),
    }
}

/// Lowercase of Σ at index `i`: final form when preceded by a cased letter and not followed
/// by one (skipping case-ignorable characters), as CPython's `handle_capital_sigma`.
fn sigma_lower(cps: &[u32], i: usize) -> u32 {
    let mut j = i;
    let mut before = false;
    while j > 0 {
        j -= 1;
        let c = cps[j];
        if is_case_ignorable(c) {
            continue;
        }
        before = is_cased(c);
        break;
    }
    let mut after = false;
    for &c in &cps[i + 1..] {
        if is_case_ignorable(c) {
            continue;
        }
        after = is_cased(c);
        break;
    }
    if before && !after {
        0x3C2
    } else {
        0x3C3
    }
}

fn lower_into(b: &mut StrBuilder, cps: &[u32], i: usize) {
    let c = cps[i];
    if c == 0x3A3 {
        b.push_cp(sigma_lower(cps, i));
    } else {
        push_lower(b, c);
    }
}

fn ascii_map(o: &StrObject, f: fn(u8) -> u8) -> Option<Value> {
    if !o.is_ascii() {
        return None;
    }
    let v: Vec<u8> = o.bytes().iter().map(|&c| f(c)).collect();
    let mut b = StrBuilder::new();
    b.chars = v.len();
    b.bytes = v;
    Some(b.finish())
}

pub fn lower(o: &StrObject) -> Value {
    if let Some(v) = ascii_map(o, |c| c.to_ascii_lowercase()) {
        return v;
    }
    let cps: Vec<u32> = o.code_points().collect();
    let mut b = StrBuilder::with_capacity(o.byte_len);
    for i in 0..cps.len() {
        lower_into(&mut b, &cps, i);
    }
    b.finish()
}

pub fn upper(o: &StrObject) -> Value {
    if let Some(v) = ascii_map(o, |c| c.to_ascii_uppercase()) {
        return v;
    }
    let mut b = StrBuilder::with_capacity(o.byte_len);
    for c in o.code_points() {
        push_upper(&mut b, c);
    }
    b.finish()
}

pub fn casefold(o: &StrObject) -> Value {
    if let Some(v) = ascii_map(o, |c| c.to_ascii_lowercase()) {
        return v;
    }
    let mut b = StrBuilder::with_capacity(o.byte_len);
    for c in o.code_points() {
        match c {
            0xDF | 0x1E9E => b.push_str("ss"),
            0x3C2 => b.push_cp(0x3C3),
            0x130 => b.push_str("i\u{307}"),
            0x149 => b.push_str("\u{2BC}n"),
            0x17F => b.push_cp('s' as u32),
            0x1E9B => b.push_cp(0x1E61),
            0x345 | 0x399 => b.push_cp(0x3B9),
            0x3D0 => b.push_cp(0x3B2),
            0x3D1 => b.push_cp(0x3B8),
            0x3D5 => b.push_cp(0x3C6),
            0x3D6 => b.push_cp(0x3C0),
            0x3F0 => b.push_cp(0x3BA),
            0x3F1 => b.push_cp(0x3C1),
            0x3F5 => b.push_cp(0x3B5),
            0xFB00 => b.push_str("ff"),
            0xFB01 => b.push_str("fi"),
            0xFB02 => b.push_str("fl"),
            0xFB03 => b.push_str("ffi"),
            0xFB04 => b.push_str("ffl"),
            0xFB05 | 0xFB06 => b.push_str("st"),
            0x13F8..=0x13FD => b.push_cp(c - 8),
            0xAB70..=0xABBF => b.push_cp(c - 0xAB70 + 0x13A0),
            0x13A0..=0x13F5 => b.push_cp(c),
            _ => push_lower(&mut b, c),
        }
    }
    b.finish()
}

pub fn swapcase(o: &StrObject) -> Value {
    if let Some(v) = ascii_map(o, |c| {
        if c.is_ascii_uppercase() {
            c.to_ascii_lowercase()
        } else {
            c.to_ascii_uppercase()
        }
    }) {
        return v;
    }
    let cps: Vec<u32> = o.code_points().collect();
    let mut b = StrBuilder::with_capacity(o.byte_len);
    for i in 0..cps.len() {
        let c = cps[i];
        if is_upper_cp(c) {
            lower_into(&mut b, &cps, i);
        } else if is_lower_cp(c) {
            push_upper(&mut b, c);
        } else {
            b.push_cp(c);
        }
    }
    b.finish()
}

pub fn title(o: &StrObject) -> Value {
    let cps: Vec<u32> = o.code_points().collect();
    let mut b = StrBuilder::with_capacity(o.byte_len);
    let mut prev_cased = false;
    for i in 0..cps.len() {
        let c = cps[i];
        if prev_cased {
            lower_into(&mut b, &cps, i);
        } else {
            push_title(&mut b, c);
        }
        prev_cased = is_cased(c);
    }
    b.finish()
}

pub fn capitalize(o: &StrObject) -> Value {
    let cps: Vec<u32> = o.code_points().collect();
    let mut b = StrBuilder::with_capacity(o.byte_len);
    for i in 0..cps.len() {
        if i == 0 {
            push_title(&mut b, cps[0]);
        } else {
            lower_into(&mut b, &cps, i);
        }
    }
    b.finish()
}
