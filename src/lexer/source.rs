//! Source bytes to text as CPython's tokenizer decodes a file: UTF-8 BOM, PEP 263 coding
//! cookie on line 1 or 2, and CPython's SyntaxErrors when that fails.
//!
//! This follows `compile(bytes)` / `ast.parse(bytes)` (what `python -m ast FILE` does):
//! - NUL bytes: "source code string cannot contain null bytes".
//! - A cookie naming UTF-8 (or none): the bytes are used as they are. Invalid UTF-8 is only an
//!   error where CPython decodes a token: a name, or a string literal's body (see `utf8`);
//!   elsewhere (comments) it is replaced by U+FFFD, as CPython does when it shows such a line.
//! - Any other cookie: the whole text is decoded with that codec (`crate::codecs`, the same
//!   codecs as `pyjit -m tokenize`) up front; failures are SyntaxErrors at line 0 with the
//!   codec's message ("unknown encoding: X", "'ascii' codec can't decode byte 0xff in position
//!   19: ordinal not in range(128)", ...). A codec CPython has and pyjit cannot decode with
//!   (multi-byte CJK codecs, UTF-16, ...) decodes ASCII text only.

mod utf8;

use crate::codecs::{cookie, lookup};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use std::borrow::Cow;

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
                Some(lookup(cs).ok_or_else(|| init_error(format!("unknown encoding: {}", cs)))?)
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
        // CPython decodes the newline-translated text: error positions count in it.
        Some(codec) => match codec.decode(body) {
            Ok(text) => Ok(Decoded { text: Cow::Owned(text), encoding_declared, bom }),
            Err(e) => Err(init_error(codec.decode(&translate_newlines(body)).err().unwrap_or(e).message())),
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
    let spec = |line: &[u8]| {
        cookie::coding_spec(line).map(|name| cookie::normal_name(&String::from_utf8_lossy(name)).to_string())
    };
    let (end1, next1) = line_end(0);
    let line1 = &body[..end1];
    if let Some(cs) = spec(line1) {
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
    spec(&body[next1..end2])
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
