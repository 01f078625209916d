//! `\N{NAME}` look-up with CPython 3.11's rules: names of Unicode 14.0 (unicode_names2 knows a
//! newer version, so its answers are checked against `unicode_names_data.rs`), matched
//! case-insensitively but otherwise exactly (no loose matching of spaces, hyphens or
//! underscores), name aliases accepted, named sequences not; `HANGUL SYLLABLE ...` and
//! `CJK UNIFIED IDEOGRAPH-XXXX` only in upper case, the latter with 4 or 5 hex digits.

use super::unicode_names_data::{ALIASES, NAMED_RANGES};

/// Longest name CPython's look-up considers.
const MAX_NAME_LEN: usize = 256;

fn named_in_unicode_14(cp: u32) -> bool {
    let i = NAMED_RANGES.partition_point(|&(_, hi)| hi < cp);
    NAMED_RANGES.get(i).is_some_and(|&(lo, _)| lo <= cp)
}

fn is_hangul_syllable(cp: u32) -> bool {
    (0xAC00..=0xD7A3).contains(&cp)
}

fn canonical_name(c: char) -> Option<String> {
    unicode_names2::name(c).map(|n| n.to_string())
}

fn is_cjk_unified(c: char) -> bool {
    canonical_name(c).is_some_and(|n| n.starts_with("CJK UNIFIED IDEOGRAPH-"))
}

/// The code point `\N{name}` stands for, or `None` ("unknown Unicode character name").
pub fn lookup(name: &[u8]) -> Option<u32> {
    if name.is_empty() || name.len() > MAX_NAME_LEN || !name.iter().all(|&b| b.is_ascii_graphic() || b == b' ') {
        return None;
    }
    let name = std::str::from_utf8(name).ok()?;
    if name.starts_with("HANGUL SYLLABLE ") {
        let c = unicode_names2::character(name)?;
        return (is_hangul_syllable(c as u32) && canonical_name(c).as_deref() == Some(name)).then_some(c as u32);
    }
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        if !(4..=5).contains(&hex.len()) || !hex.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)) {
            return None;
        }
        let cp = u32::from_str_radix(hex, 16).ok()?;
        let c = char::from_u32(cp)?;
        return (named_in_unicode_14(cp) && is_cjk_unified(c)).then_some(cp);
    }
    let upper = name.to_ascii_uppercase();
    if let Ok(i) = ALIASES.binary_search_by(|&(a, _)| a.cmp(upper.as_str())) {
        return ALIASES.get(i).map(|&(_, cp)| cp);
    }
    let c = unicode_names2::character(&upper)?;
    let cp = c as u32;
    if is_hangul_syllable(cp) || !named_in_unicode_14(cp) {
        return None;
    }
    let canonical = canonical_name(c)?;
    if canonical != upper || canonical.starts_with("CJK UNIFIED IDEOGRAPH-") {
        return None;
    }
    Some(cp)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn l(s: &str) -> Option<u32> {
        lookup(s.as_bytes())
    }

    // Expected values: python3 -c 'print(ascii("\N{...}"))' (CPython 3.11.7, Unicode 14.0).
    #[test]
    fn cpython_rules() {
        assert_eq!(l("LATIN SMALL LETTER A"), Some(0x61));
        assert_eq!(l("latin small letter a"), Some(0x61));
        assert_eq!(l("EMPTY SET"), Some(0x2205));
        assert_eq!(l("SPACE"), Some(0x20));
        assert_eq!(l("line feed"), Some(0x0A));
        assert_eq!(l("NBSP"), Some(0xA0));
        assert_eq!(l("BYTE ORDER MARK"), Some(0xFEFF));
        assert_eq!(l("HANGUL SYLLABLE GA"), Some(0xAC00));
        assert_eq!(l("hangul syllable ga"), None);
        assert_eq!(l("hangul syllable GA"), None);
        assert_eq!(l("CJK UNIFIED IDEOGRAPH-4E00"), Some(0x4E00));
        assert_eq!(l("CJK UNIFIED IDEOGRAPH-04E00"), Some(0x4E00));
        assert_eq!(l("CJK UNIFIED IDEOGRAPH-4e00"), None);
        assert_eq!(l("cjk unified ideograph-4e00"), None);
        assert_eq!(l("CJK UNIFIED IDEOGRAPH-2B739"), None); // Unicode 15
        assert_eq!(l("CJK UNIFIED IDEOGRAPH-31350"), None); // Unicode 15
        assert_eq!(l("cjk compatibility ideograph-f900"), Some(0xF900));
        assert_eq!(l("KHITAN SMALL SCRIPT CHARACTER-18B00"), Some(0x18B00));
        assert_eq!(l("TANGUT IDEOGRAPH-17000"), None);
        assert_eq!(l("LATINSMALLLETTERA"), None);
        assert_eq!(l("BLACK_STAR"), None);
        assert_eq!(l("latin  small letter a"), None);
        assert_eq!(l(" latin small letter a"), None);
        assert_eq!(l("LINE FEED (LF)"), None);
        assert_eq!(l("DIGIT ONE"), Some(0x31));
        assert_eq!(l("GREEK SMALL LETTER ALPHA"), Some(0x3B1));
        assert_eq!(l("FACE WITH OPEN EYES AND HAND OVER MOUTH"), Some(0x1FAE2)); // Unicode 14
        assert_eq!(l("SHAKING FACE"), None); // Unicode 15
        assert_eq!(l(""), None);
    }

    /// Every name of CPython 3.11's unicodedata ("HEX NAME" lines, from python3, in the file
    /// named by UNICODE_NAMES) resolves, in upper and (outside Hangul/CJK) lower case.
    #[test]
    #[ignore]
    fn all_names_file() {
        let Ok(path) = std::env::var("UNICODE_NAMES") else { return };
        let data = std::fs::read_to_string(path).unwrap();
        let mut bad = 0;
        for line in data.lines() {
            let (hex, name) = line.split_once(' ').unwrap();
            let cp = u32::from_str_radix(hex, 16).unwrap();
            let lower_ok = name.starts_with("HANGUL SYLLABLE ") || name.starts_with("CJK UNIFIED IDEOGRAPH-");
            let lower = name.to_ascii_lowercase();
            if l(name) != Some(cp) || (!lower_ok && l(&lower) != Some(cp)) {
                bad += 1;
                if bad < 20 {
                    eprintln!("{hex} {name}: {:?} {:?}", l(name), l(&lower));
                }
            }
        }
        assert_eq!(bad, 0);
    }
}
