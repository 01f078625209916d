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

pub(crate) use utf8::{unicode_decode_error, NAME_ERROR};

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
    /// An error CPython's tokenizer raises when it reaches this byte of `text`: a name that
    /// is not UTF-8 (U+FFFD in `text`); in script files (`decode_file`) also a line that is
    /// not UTF-8 without a declared encoding, or that holds a NUL byte (`text` then ends at
    /// that line).
    pub line_error: Option<(usize, SyntaxError)>,
    /// The UTF-8 bytes `text` was made from with U+FFFD for bad bytes, when no encoding was
    /// declared: CPython's tokenizer works on these bytes and its error columns count them.
    pub raw: Option<&'a [u8]>,
}

impl Decoded<'_> {
    /// What the lexer needs to know about this source (`lexer::tokenize_source`).
    pub fn info(&self) -> crate::lexer::lexer::SourceInfo {
        crate::lexer::lexer::SourceInfo { encoding_declared: self.encoding_declared, bom: self.bom, file_input: false, reread: true }
    }
}

/// Decodes a source file's bytes to text (UTF-8 unless a cookie says otherwise).
pub fn decode_source(bytes: &[u8]) -> Result<Cow<'_, str>, SyntaxError> {
    let d = decode_source_full(bytes)?;
    match d.line_error {
        Some((_, e)) => Err(e),
        None => Ok(d.text),
    }
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
            Ok(s) => Ok(Decoded { text: Cow::Borrowed(s), encoding_declared, bom, line_error: None, raw: None }),
            Err(_) => utf8::invalid_utf8_source(body, encoding_declared, bom)
                .map(|(text, line_error)| Decoded { text: Cow::Owned(text), encoding_declared, bom, line_error, raw: (!encoding_declared).then_some(body) }),
        },
        // CPython decodes the newline-translated text: error positions count in it.
        Some(codec) => match codec.decode(body) {
            Ok(text) => Ok(Decoded { text: Cow::Owned(text), encoding_declared, bom, line_error: None, raw: None }),
            Err(e) => Err(init_error(codec.decode(&translate_newlines(body)).err().unwrap_or(e).message())),
        },
    }
}

/// Decodes a script file's bytes as CPython's file tokenizer (`python3 FILE`) reads them, line
/// by line; `filename` is the path its messages name. Differences from `decode_source_full`:
/// - a coding cookie it cannot use (unknown codec, or bytes the codec rejects) is "encoding
///   problem: NAME" (CPython opens the file with that codec and fails);
/// - without a BOM or cookie each line is checked for UTF-8 up to its first NUL (so is line 1
///   when the cookie is on line 2), and the first bad line is "Non-UTF-8 code starting with '\xNN' in file ... on line N, ...",
///   without location;
/// - a NUL byte is "source code cannot contain null bytes" on its line, with the line's text
///   up to the NUL and no column.
///
/// Those two line errors are raised when the tokenizer reads the line, so they are returned
/// in `Decoded::line_error` with the text before that line; the parser reports them unless it
/// fails earlier in a way that stops CPython from reading on.
pub fn decode_file<'a>(bytes: &'a [u8], filename: &str) -> Result<Decoded<'a>, SyntaxError> {
    let (body, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    let cookie = find_cookie(body);
    let encoding_declared = bom || cookie.is_some();
    if cookie.is_some() && !bom {
        // CPython reads line 1 before it sees a cookie on line 2, and checks it as UTF-8.
        if let Some((_, end)) = file_lines(body).next() {
            let line1 = &body[..end];
            let line1 = &line1[..line1.iter().position(|&c| c == 0).unwrap_or(line1.len())];
            if let (None, Some(bad)) = (cookie::coding_spec(line1), utf8_error_byte(line1)) {
                let e = non_utf8_error(bad, filename, 1);
                return Ok(Decoded { text: Cow::Borrowed(""), encoding_declared, bom, line_error: Some((0, e)), raw: None });
            }
        }
    }
    match cookie.as_deref() {
        Some(cs) if bom && cs != "utf-8" => Err(init_error(format!("encoding problem: {} with BOM", cs))),
        Some(cs) if cs != "utf-8" => {
            let problem = || init_error(format!("encoding problem: {}", cs));
            let codec = lookup(cs).ok_or_else(problem)?;
            let text = codec.decode(body).map_err(|_| problem())?;
            match first_bad_line(text.as_bytes(), false, filename) {
                Some((start, e)) => {
                    let text = text.get(..start).unwrap_or("").to_string();
                    Ok(Decoded { text: Cow::Owned(text), encoding_declared, bom, line_error: Some((start, e)), raw: None })
                }
                None => Ok(Decoded { text: Cow::Owned(text), encoding_declared, bom, line_error: None, raw: None }),
            }
        }
        _ => match first_bad_line(body, !encoding_declared, filename) {
            Some((start, e)) => {
                let text = String::from_utf8_lossy(&body[..start]);
                let at = text.len();
                Ok(Decoded { text, encoding_declared, bom, line_error: Some((at, e)), raw: None })
            }
            None => decode_source_full(bytes),
        },
    }
}

/// The first line CPython's file reader rejects: one failing its UTF-8 check when `check_utf8`
/// (`ensure_utf8`, which stops at a NUL), else one holding a NUL. Returns the
/// line's start in `b` and the error.
fn first_bad_line(b: &[u8], check_utf8: bool, filename: &str) -> Option<(usize, SyntaxError)> {
    let ascii = b.is_ascii();
    if (ascii || !check_utf8) && !b.contains(&0) {
        return None;
    }
    for (n, (start, end)) in file_lines(b).enumerate() {
        let lineno = n as u32 + 1;
        let line = &b[start..end];
        let nul = line.iter().position(|&c| c == 0);
        let before_nul = &line[..nul.unwrap_or(line.len())];
        if check_utf8 && !ascii {
            if let Some(bad) = utf8_error_byte(before_nul) {
                return Some((start, non_utf8_error(bad, filename, lineno)));
            }
        }
        if nul.is_some() {
            let mut e = SyntaxError::new(SyntaxErrorKind::SyntaxError, "source code cannot contain null bytes");
            e.lineno = lineno;
            e.end_lineno = lineno;
            e.text = Some(String::from_utf8_lossy(before_nul).into_owned());
            return Some((start, e));
        }
    }
    None
}

/// CPython's `ensure_utf8` over a line (up to its NUL): the lead byte of the first sequence
/// that is not UTF-8.
fn utf8_error_byte(line: &[u8]) -> Option<u8> {
    match std::str::from_utf8(line) {
        Ok(_) => None,
        Err(e) => line.get(e.valid_up_to()).copied(),
    }
}

/// CPython's message for a line that fails its UTF-8 check.
fn non_utf8_error(badchar: u8, filename: &str, lineno: u32) -> SyntaxError {
    init_error(format!(
        "Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
        badchar, filename, lineno
    ))
}

/// Lines as CPython's file reader splits them (`\n`, `\r\n`, `\r`): (start, end with newline).
fn file_lines(b: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        if pos >= b.len() {
            return None;
        }
        let start = pos;
        let rest = &b[start..];
        let end = match rest.iter().position(|&c| c == b'\n' || c == b'\r') {
            Some(i) if rest[i] == b'\r' && rest.get(i + 1) == Some(&b'\n') => start + i + 2,
            Some(i) => start + i + 1,
            None => b.len(),
        };
        pos = end;
        Some((start, end))
    })
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
