//! Source bytes to text as CPython's tokenizer decodes a file: UTF-8 BOM, PEP 263 coding
//! cookie on line 1 or 2, and CPython's SyntaxErrors when that fails.
//!
//! This follows `compile(bytes)` / `ast.parse(bytes)` (what `python -m ast FILE` does):
//! - NUL bytes: "source code string cannot contain null bytes".
//! - A cookie naming UTF-8 (or none): the bytes are used as they are. Invalid UTF-8 is only an
//!   error where CPython decodes a token: a name, or a string literal's body (see `utf8`);
//!   elsewhere (comments) it is replaced by U+FFFD, as CPython does when it shows such a line.
//! - Any other cookie: the whole text is decoded with that codec up front; failures are
//!   SyntaxErrors at line 0 with the codec's message ("unknown encoding: X", "'ascii' codec
//!   can't decode byte 0xff in position 19: ordinal not in range(128)", ...).

mod charmaps;
mod utf8;

use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use std::borrow::Cow;

pub(crate) use utf8::first_error as first_utf8_error;

/// Decoded source text and what CPython's tokenizer knows about its encoding.
#[derive(Clone, Debug)]
pub struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// CPython's `tok->encoding` is set: the text had a UTF-8 BOM or a coding cookie. Only
    /// then does CPython's parser convert the byte columns of the errors it raises to
    /// characters; without it (`ast.parse(bytes)` of a plain file) its offsets count bytes.
    pub encoding_declared: bool,
    /// The bytes began with a UTF-8 BOM (removed from `text`).
    pub bom: bool,
}

impl Decoded<'_> {
    /// What the lexer needs to know about this source (`lexer::tokenize_source`).
    pub fn info(&self) -> crate::lexer::lexer::SourceInfo {
        crate::lexer::lexer::SourceInfo { encoding_declared: self.encoding_declared, bom: self.bom }
    }
}

/// Decodes a source file's bytes to text (UTF-8 unless a cookie says otherwise).
pub fn decode_source(bytes: &[u8]) -> Result<Cow<'_, str>, SyntaxError> {
    decode_source_full(bytes).map(|d| d.text)
}

/// `decode_source`, also telling whether the encoding was declared.
pub fn decode_source_full(bytes: &[u8]) -> Result<Decoded<'_>, SyntaxError> {
    if bytes.contains(&0) {
        return Err(SyntaxError::new(SyntaxErrorKind::SyntaxError, "source code string cannot contain null bytes"));
    }
    let (body, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let cookie = find_cookie(body);
    let codec = match &cookie {
        None => None,
        Some(cs) => {
            if bom && cs != "utf-8" {
                return Err(init_error(format!("encoding problem: {} with BOM", cs)));
            }
            if cs == "utf-8" {
                None
            } else {
                Some(lookup_codec(cs).ok_or_else(|| init_error(format!("unknown encoding: {}", cs)))?)
            }
        }
    };
    let encoding_declared = bom || cookie.is_some();
    match codec {
        None => match std::str::from_utf8(body) {
            Ok(s) => Ok(Decoded { text: Cow::Borrowed(s), encoding_declared, bom }),
            Err(_) => utf8::invalid_utf8_source(body, encoding_declared, bom)
                .map(|text| Decoded { text: Cow::Owned(text), encoding_declared, bom }),
        },
        Some(codec) => match decode_with(codec, body) {
            Some(text) => Ok(Decoded { text: Cow::Owned(text), encoding_declared, bom }),
            None => Err(init_error(codec_error(codec, &translate_newlines(body)))),
        },
    }
}

/// An error CPython raises while setting up the tokenizer: line 0, no column, no text.
fn init_error(msg: String) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::SyntaxError, msg)
}

/// The coding spec of line 1, or of line 2 when line 1 is blank or only a comment, with
/// CPython's normalization of UTF-8 and Latin-1 names.
fn find_cookie(body: &[u8]) -> Option<String> {
    // Lines end at \n, \r\n or \r (CPython reads the newline-translated text).
    let line_end = |from: usize| -> (usize, usize) {
        let rest = body.get(from..).unwrap_or(&[]);
        match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(i) => {
                let next = if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 };
                (from + i, from + next)
            }
            None => (body.len(), body.len()),
        }
    };
    let (end1, next1) = line_end(0);
    let line1 = &body[..end1];
    if let Some(cs) = coding_spec(line1) {
        return Some(cs);
    }
    let only_comment = line1
        .iter()
        .take_while(|&&b| b != b'#')
        .all(|&b| b == b' ' || b == b'\t' || b == 0x0c);
    if !only_comment || next1 >= body.len() {
        return None;
    }
    let (end2, _) = line_end(next1);
    coding_spec(&body[next1..end2])
}

/// CPython's `get_coding_spec` on one line (without its newline).
fn coding_spec(line: &[u8]) -> Option<String> {
    let hash = line.iter().position(|&b| !matches!(b, b' ' | b'\t' | 0x0c))?;
    if line[hash] != b'#' {
        return None;
    }
    let mut i = hash;
    while i + 6 < line.len() + 1 {
        if line[i..].starts_with(b"coding") {
            let mut t = i + 6;
            if matches!(line.get(t), Some(b':' | b'=')) {
                t += 1;
                while matches!(line.get(t), Some(b' ' | b'\t')) {
                    t += 1;
                }
                let begin = t;
                while matches!(line.get(t), Some(b) if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')) {
                    t += 1;
                }
                if t > begin {
                    let name = String::from_utf8_lossy(&line[begin..t]).into_owned();
                    return Some(normal_name(name));
                }
            }
        }
        i += 1;
    }
    None
}

/// CPython's `get_normal_name`: spellings of UTF-8 and Latin-1 to "utf-8" / "iso-8859-1".
fn normal_name(name: String) -> String {
    let buf: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8".to_string()
    } else if matches!(buf.as_str(), "latin-1" | "iso-8859-1" | "iso-latin-1")
        || buf.starts_with("latin-1-")
        || buf.starts_with("iso-8859-1-")
        || buf.starts_with("iso-latin-1-")
    {
        "iso-8859-1".to_string()
    } else {
        name
    }
}

/// A codec this module can decode.
#[derive(Clone, Copy)]
enum Codec {
    Utf8,
    Latin1,
    Ascii,
    Table(&'static charmaps::Charmap),
}

/// Python's codec lookup (`encodings.normalize_encoding` plus the alias table), for the
/// codecs supported here.
fn lookup_codec(name: &str) -> Option<Codec> {
    let mut norm = String::new();
    let mut punct = false;
    for c in name.chars().flat_map(|c| c.to_lowercase()) {
        if c.is_alphanumeric() || c == '.' {
            if punct && !norm.is_empty() {
                norm.push('_');
            }
            if c.is_ascii() {
                norm.push(c);
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    let cands = [norm.clone(), norm.replace('.', "_")];
    for n in cands.iter() {
        let n = n.as_str();
        if n == "utf_8" || charmaps::UTF8_ALIASES.contains(&n) {
            return Some(Codec::Utf8);
        }
        if n == "latin_1" || charmaps::LATIN1_ALIASES.contains(&n) {
            return Some(Codec::Latin1);
        }
        if n == "ascii" || charmaps::ASCII_ALIASES.contains(&n) {
            return Some(Codec::Ascii);
        }
        if let Some(m) = charmaps::CHARMAPS.iter().find(|m| m.name == n || m.aliases.contains(&n)) {
            return Some(Codec::Table(m));
        }
    }
    None
}

/// Decodes `bytes` with `codec`; `None` on the first undecodable byte.
fn decode_with(codec: Codec, bytes: &[u8]) -> Option<String> {
    match codec {
        Codec::Utf8 => std::str::from_utf8(bytes).ok().map(str::to_owned),
        Codec::Latin1 => Some(bytes.iter().map(|&b| b as char).collect()),
        Codec::Ascii => bytes.is_ascii().then(|| String::from_utf8_lossy(bytes).into_owned()),
        Codec::Table(m) => {
            let mut s = String::with_capacity(bytes.len() + bytes.len() / 4);
            for &b in bytes {
                if b < 0x80 {
                    s.push(b as char);
                } else {
                    s.push(char::from_u32(m.high[(b - 0x80) as usize] as u32).filter(|&c| c != '\0')?);
                }
            }
            Some(s)
        }
    }
}

/// The codec's error message for the first undecodable byte of `text` (CPython decodes the
/// newline-translated text, so positions count in it).
fn codec_error(codec: Codec, text: &[u8]) -> String {
    match codec {
        Codec::Utf8 => match utf8::first_error(text) {
            Some(e) => e.message(),
            None => "'utf-8' codec can't decode".to_string(),
        },
        Codec::Latin1 => "'latin-1' codec can't decode".to_string(),
        Codec::Ascii => {
            let pos = text.iter().position(|&b| b >= 0x80).unwrap_or(0);
            format!("'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)", text.get(pos).copied().unwrap_or(0), pos)
        }
        Codec::Table(m) => {
            let pos = text.iter().position(|&b| b >= 0x80 && m.high[(b - 0x80) as usize] == 0).unwrap_or(0);
            format!(
                "'charmap' codec can't decode byte 0x{:02x} in position {}: character maps to <undefined>",
                text.get(pos).copied().unwrap_or(0),
                pos
            )
        }
    }
}

/// CPython's `translate_newlines` for file input: `\r\n` and `\r` to `\n`, and a final
/// newline (also after a final `\r\n`, CPython's quirk).
fn translate_newlines(src: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(src.len() + 1);
    let mut i = 0;
    while i < src.len() {
        if src[i] == b'\r' {
            out.push(b'\n');
            if src.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
        } else {
            out.push(src[i]);
        }
        i += 1;
    }
    if !matches!(src.last(), Some(b'\n' | b'\r')) || src.ends_with(b"\r\n") {
        out.push(b'\n');
    }
    out
}

#[cfg(test)]
mod tests;
