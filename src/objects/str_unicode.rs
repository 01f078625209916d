//! Character classes and case mapping for `str` methods, as CPython 3.11 (Unicode 14.0) has
//! them: `tables.rs` (generated from python3 by `str_unicode/gen_tables.py`) holds the alpha,
//! numeric, lower/upper/title classes and the full lower/upper/title/casefold mappings;
//! decimal digits come from `numfmt::spec::unicode_decimal`, printable and identifier
//! characters from `crate::unicode14`. One approximation remains: the Case_Ignorable set used
//! by the final-sigma rule of `lower()` is a short list (marks, modifier letters, apostrophes).

mod tables;

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

pub fn is_alpha(cp: u32) -> bool {
    if cp < 0x80 {
        return (cp as u8).is_ascii_alphabetic();
    }
    in_ranges(tables::ALPHA, cp)
}

fn in_ranges(ranges: &[(u32, u32)], cp: u32) -> bool {
    let i = ranges.partition_point(|&(_, hi)| hi < cp);
    ranges.get(i).is_some_and(|&(lo, _)| lo <= cp)
}

fn mapped(map: &'static [(u32, [u32; 3])], cp: u32) -> Option<&'static [u32; 3]> {
    map.binary_search_by_key(&cp, |&(k, _)| k).ok().map(|i| &map[i].1)
}

pub fn is_decimal(cp: u32) -> bool {
    if cp < 0x80 {
        return (cp as u8).is_ascii_digit();
    }
    char::from_u32(cp).is_some_and(|c| crate::numfmt::spec::unicode_decimal(c).is_some())
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

pub fn is_numeric(cp: u32) -> bool {
    if cp < 0x80 {
        return (cp as u8).is_ascii_digit();
    }
    in_ranges(tables::NUMERIC, cp)
}

pub fn is_alnum(cp: u32) -> bool {
    is_alpha(cp) || is_decimal(cp) || is_digit(cp) || is_numeric(cp)
}

fn is_lower_cp(cp: u32) -> bool {
    if cp < 0x80 {
        return (cp as u8).is_ascii_lowercase();
    }
    in_ranges(tables::LOWER, cp)
}
fn is_upper_cp(cp: u32) -> bool {
    if cp < 0x80 {
        return (cp as u8).is_ascii_uppercase();
    }
    in_ranges(tables::UPPER, cp)
}
/// Titlecase letters (Lt).
fn is_title_cp(cp: u32) -> bool {
    cp >= 0x80 && in_ranges(tables::TITLE, cp)
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

fn push_mapped(b: &mut StrBuilder, map: &'static [(u32, [u32; 3])], cp: u32) {
    if cp < 0x80 && !std::ptr::eq(map, tables::TITLE_MAP) {
        let c = cp as u8;
        let m = if std::ptr::eq(map, tables::UPPER_MAP) { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() };
        b.push_cp(m as u32);
        return;
    }
    match mapped(map, cp) {
        Some(m) => {
            for &x in m.iter().filter(|&&x| x != 0) {
                b.push_cp(x);
            }
        }
        None => b.push_cp(cp),
    }
}

fn push_lower(b: &mut StrBuilder, cp: u32) {
    push_mapped(b, tables::LOWER_MAP, cp)
}

fn push_upper(b: &mut StrBuilder, cp: u32) {
    push_mapped(b, tables::UPPER_MAP, cp)
}

fn push_title(b: &mut StrBuilder, cp: u32) {
    push_mapped(b, tables::TITLE_MAP, cp)
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
        push_mapped(&mut b, tables::FOLD_MAP, c);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_match_cpython() {
        // Expected values from python3 (chr(c).isalpha() etc., CPython 3.11.7).
        assert!(is_alpha(0xE9) && is_alpha(0x3042) && !is_alpha(0x301) && !is_alpha(0x2160));
        assert!(is_numeric(0x2160) && is_numeric(0x4E00) && is_numeric(0xBD) && !is_numeric(0x41));
        assert!(is_digit(0xB2) && !is_decimal(0xB2) && is_decimal(0x661));
        assert!(is_space(0x1C) && is_space(0x3000) && !is_space(0x200B));
        assert!(is_lower_cp(0xAA) && is_upper_cp(0x2160) && is_title_cp(0x1C5) && !is_upper_cp(0x1C5));
    }
}
