//! Character properties as CPython 3.11 has them (Unicode 14.0): newer Unicode data (Rust's
//! `char` methods, crates) assigns more characters, so the front end asks these tables, all
//! generated from python3 by `unicode14/gen_tables.py`.
//!
//! - `printable`, `ident`, `word`: the tables behind the functions here.
//! - `names`: code points with a name and the name aliases, for `\N{...}`.

mod ident;
pub mod names;
mod printable;
mod word;

fn in_ranges(ranges: &[(u32, u32)], cp: u32) -> bool {
    let i = ranges.partition_point(|&(_, hi)| hi < cp);
    ranges.get(i).is_some_and(|&(lo, _)| lo <= cp)
}

/// `str.isprintable()` of one code point.
pub fn is_printable(cp: u32) -> bool {
    if cp < 0x7F {
        return cp >= 0x20;
    }
    in_ranges(&printable::PRINTABLE, cp)
}

/// `chr(c).isidentifier()`: XID_Start, or `_`.
pub fn is_id_start(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphabetic() || ch == '_';
    }
    in_ranges(&ident::ID_START, ch as u32)
}

/// XID_Continue: a character an identifier may continue with.
pub fn is_id_continue(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphanumeric() || ch == '_';
    }
    in_ranges(&ident::ID_CONTINUE, ch as u32)
}

/// The `re` module's Unicode `\w`: letters, numbers (Nd, Nl, No) and `_`.
pub fn is_word(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphanumeric() || ch == '_';
    }
    in_ranges(&word::WORD, ch as u32)
}

/// Whether the code point has a name (`unicodedata.name(chr(cp), None) is not None`).
pub fn is_named(cp: u32) -> bool {
    in_ranges(&names::NAMED, cp)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from python3 (CPython 3.11.7, Unicode 14.0): `chr(c).isprintable()`,
    // `chr(c).isidentifier()`, `('a' + chr(c)).isidentifier()`, `re.match(r'\w', chr(c))`,
    // `unicodedata.name(chr(c), None)`.
    #[test]
    fn properties() {
        assert!(is_printable(0x20) && !is_printable(0x7F) && !is_printable(0xA0) && is_printable(0xE9));
        // U+0897 and U+1C89 were assigned after Unicode 14.0.
        assert!(!is_printable(0x897) && !is_printable(0x1C89) && !is_printable(0x110000));
        assert!(is_id_start('_') && is_id_start('é') && is_id_start('ℕ') && !is_id_start('1'));
        assert!(!is_id_start('\u{558}') && !is_id_start('·') && is_id_continue('·'));
        assert!(!is_id_continue('\u{897}') && is_id_continue('\u{300}') && !is_id_start('\u{300}'));
        assert!(is_word('_') && is_word('²') && is_word('é') && !is_word('·') && !is_word('\u{1C89}'));
        assert!(!is_word('\u{300}') && !is_word('-'));
        assert!(is_named(0x41) && !is_named(0x80) && is_named(0xE9) && !is_named(0x1C89));
    }
}
