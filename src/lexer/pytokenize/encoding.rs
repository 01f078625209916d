//! `tokenize.detect_encoding` (UTF-8 BOM, PEP 263 cookie on line 1 or 2, its SyntaxError
//! messages) and the line-by-line decoding `tokenize` does afterwards, with the codecs'
//! `UnicodeDecodeError` messages.

use crate::codecs::{cookie, lookup, Codec};
use crate::pyrepr::repr_str;

/// The traceback frame the codec's own Python module adds to a decoding error, if any.
pub fn traceback_frame(codec: Codec) -> Option<String> {
    match codec {
        Codec::Charmap(map) => Some(format!(
            "  File \"{}/encodings/{}.py\", line {}, in decode\n    return {}\n           {}\n",
            super::PYTHON_LIB,
            map.name,
            map.decode_line,
            map.decode_call,
            "^".repeat(map.decode_call.len())
        )),
        _ => None,
    }
}

/// `blank_re`: `^[ \t\f]*(?:[#\r\n]|$)` on bytes.
fn is_blank(line: &[u8]) -> bool {
    let rest = line
        .iter()
        .skip_while(|&&c| matches!(c, b' ' | b'\t' | b'\x0c'));
    match rest.clone().next() {
        None => true,
        Some(c) => matches!(c, b'#' | b'\r' | b'\n'),
    }
}

/// What `detect_encoding` found.
pub struct Detected {
    /// The ENCODING token's text.
    pub name: String,
    pub codec: Codec,
    /// Bytes to skip at the start (a UTF-8 BOM).
    pub skip: usize,
}

/// `tokenize.detect_encoding` on the whole file; `Err` is the SyntaxError message.
pub fn detect_encoding(data: &[u8], filename: &str) -> Result<Detected, String> {
    let bom = data.starts_with(b"\xef\xbb\xbf");
    let skip = if bom { 3 } else { 0 };
    let body = &data[skip..];
    let default = || Detected {
        name: "utf-8".into(),
        codec: Codec::Utf8,
        skip,
    };
    let first_len = body
        .iter()
        .position(|&c| c == b'\n')
        .map_or(body.len(), |n| n + 1);
    let first = &body[..first_len];
    if first.is_empty() {
        return Ok(default());
    }
    let find_cookie = |line: &[u8]| -> Result<Option<Detected>, String> {
        let Ok(text) = std::str::from_utf8(line) else {
            return Err(format!(
                "invalid or missing encoding declaration for {}",
                repr_str(filename)
            ));
        };
        // `text` is valid UTF-8 and the cookie's name ASCII.
        let Some(raw) = cookie::coding_spec(text.as_bytes()) else {
            return Ok(None);
        };
        let name = cookie::normal_name(&String::from_utf8_lossy(raw)).to_string();
        let Some(codec) = lookup(&name) else {
            return Err(format!(
                "unknown encoding for {}: {name}",
                repr_str(filename)
            ));
        };
        if bom && name != "utf-8" {
            return Err(format!(
                "encoding problem for {}: utf-8",
                repr_str(filename)
            ));
        }
        Ok(Some(Detected { name, codec, skip }))
    };
    if let Some(d) = find_cookie(first)? {
        return Ok(d);
    }
    if !is_blank(first) {
        return Ok(default());
    }
    let rest = &body[first_len..];
    let second_len = rest
        .iter()
        .position(|&c| c == b'\n')
        .map_or(rest.len(), |n| n + 1);
    if second_len == 0 {
        return Ok(default());
    }
    Ok(find_cookie(&rest[..second_len])?.unwrap_or_else(default))
}

/// The file's lines decoded one by one, concatenated.
pub struct Decoded {
    pub text: String,
    /// Where each decoded line starts in `text`, plus `text.len()` at the end.
    pub line_starts: Vec<usize>,
    /// The first line that failed to decode (0-based) and the `UnicodeDecodeError` message.
    pub error: Option<(usize, String)>,
}

/// Splits `data` into lines at `\n` and decodes each with `codec`, stopping at the first error.
pub fn decode_lines(data: &[u8], codec: Codec) -> Decoded {
    let mut text = String::with_capacity(data.len());
    let mut line_starts = vec![0];
    let mut error = None;
    for (index, line) in data.split_inclusive(|&c| c == b'\n').enumerate() {
        if let Err(e) = codec.decode_into(line, &mut text) {
            error = Some((index, e.message()));
            break;
        }
        line_starts.push(text.len());
    }
    Decoded {
        text,
        line_starts,
        error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values: python3 -m tokenize on these files prints "F: error: MSG" (CPython 3.11.7).
    #[test]
    fn detection_errors() {
        let e = |b: &[u8]| detect_encoding(b, "F").err();
        assert_eq!(
            e(b"\xef\xbb\xbf# coding: latin-1\n").as_deref(),
            Some("encoding problem for 'F': utf-8")
        );
        assert_eq!(
            e(b"# coding: foo\n").as_deref(),
            Some("unknown encoding for 'F': foo")
        );
        assert_eq!(
            e(b"\xff\n").as_deref(),
            Some("invalid or missing encoding declaration for 'F'")
        );
        assert_eq!(
            e(b"#!x\n\xff\n").as_deref(),
            Some("invalid or missing encoding declaration for 'F'")
        );
        assert!(e(b"x\n\xff\n").is_none());
        let d = detect_encoding(b"\n# vim: set fileencoding=cp1252 :\n", "F")
            .ok()
            .map(|d| d.name);
        assert_eq!(d.as_deref(), Some("cp1252"));
    }
}
