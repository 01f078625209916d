//! Python `str` text as WTF-8: UTF-8 that may also hold lone surrogates (U+D800..U+DFFF), which
//! Python string literals can contain (`'\ud800'`) but Rust's `String` cannot.

use std::fmt;

/// An owned string of Unicode code points, surrogates allowed, stored as generalized UTF-8.
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Wtf8Buf {
    bytes: Vec<u8>,
}

impl Wtf8Buf {
    pub fn new() -> Self {
        Wtf8Buf { bytes: Vec::new() }
    }

    pub fn from_str(s: &str) -> Self {
        Wtf8Buf { bytes: s.as_bytes().to_vec() }
    }

    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
    }

    pub fn push_char(&mut self, c: char) {
        let mut buf = [0u8; 4];
        self.bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    pub fn push_wtf8(&mut self, other: &Wtf8Buf) {
        self.bytes.extend_from_slice(&other.bytes);
    }

    /// Appends any code point in 0..=0x10FFFF, surrogates included. Panics on larger values,
    /// which callers rule out (Python rejects `\U00110000` before this point).
    pub fn push_code_point(&mut self, cp: u32) {
        if let Some(c) = char::from_u32(cp) {
            self.push_char(c);
        } else {
            assert!((0xD800..=0xDFFF).contains(&cp), "code point out of range: {cp:#x}");
            self.bytes.push(0xE0 | (cp >> 12) as u8);
            self.bytes.push(0x80 | ((cp >> 6) & 0x3F) as u8);
            self.bytes.push(0x80 | (cp & 0x3F) as u8);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The text as `&str` when it holds no surrogates.
    pub fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(&self.bytes).ok()
    }

    /// The code points, in order.
    pub fn code_points(&self) -> CodePoints<'_> {
        CodePoints { bytes: &self.bytes, pos: 0 }
    }
}

/// The code points of WTF-8 bytes (a `str` object's text).
pub fn code_points_of(bytes: &[u8]) -> CodePoints<'_> {
    CodePoints { bytes, pos: 0 }
}

/// WTF-8 bytes as a `String`, lone surrogates replaced by U+FFFD.
pub fn to_string_lossy(bytes: &[u8]) -> String {
    code_points_of(bytes).map(|c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect()
}

impl From<&str> for Wtf8Buf {
    fn from(s: &str) -> Self {
        Wtf8Buf::from_str(s)
    }
}

impl From<String> for Wtf8Buf {
    fn from(s: String) -> Self {
        Wtf8Buf { bytes: s.into_bytes() }
    }
}

impl fmt::Debug for Wtf8Buf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", String::from_utf8_lossy(&self.bytes))
    }
}

/// Iterator over the code points of a [`Wtf8Buf`].
#[derive(Clone)]
pub struct CodePoints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Iterator for CodePoints<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        let b = self.bytes;
        let i = self.pos;
        let b0 = *b.get(i)? as u32;
        let (cp, len) = if b0 < 0x80 {
            (b0, 1)
        } else if b0 < 0xE0 {
            (((b0 & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
        } else if b0 < 0xF0 {
            (((b0 & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F), 3)
        } else {
            (
                ((b0 & 0x07) << 18)
                    | ((b[i + 1] as u32 & 0x3F) << 12)
                    | ((b[i + 2] as u32 & 0x3F) << 6)
                    | (b[i + 3] as u32 & 0x3F),
                4,
            )
        };
        self.pos = i + len;
        Some(cp)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip() {
        let mut s = Wtf8Buf::from_str("aé");
        s.push_code_point(0xD800);
        s.push_code_point(0x1F600);
        assert_eq!(s.code_points().collect::<Vec<_>>(), vec![0x61, 0xE9, 0xD800, 0x1F600]);
        assert!(s.as_str().is_none());
    }
}
