//! `tokenize.detect_encoding` (UTF-8 BOM, PEP 263 cookie on line 1 or 2, its SyntaxError
//! messages) and the line-by-line decoding `tokenize` does afterwards, with the codecs'
//! `UnicodeDecodeError` messages.

use super::charmaps::{Charmap, CHARMAPS};
use super::codec_names::CODEC_NAMES;
use crate::pyrepr::repr_str;

/// A codec `tokenize` can decode with.
#[derive(Clone, Copy)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Charmap(&'static Charmap),
    /// A codec CPython has and pyjit does not decode with (yet): ASCII text still decodes.
    Other,
}

impl Codec {
    /// The codec's name in `UnicodeDecodeError` messages.
    fn error_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Charmap(_) => "charmap",
            Codec::Other => "pyjit",
        }
    }

    /// The traceback frame the codec's own Python module adds to a decoding error, if any.
    pub fn traceback_frame(self) -> Option<String> {
        match self {
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

    /// Decodes one line (`bytes.decode(codec)`), appending to `out`; on failure returns the
    /// `UnicodeDecodeError` message.
    pub fn decode_into(self, line: &[u8], out: &mut String) -> Result<(), String> {
        match self {
            Codec::Utf8 => match std::str::from_utf8(line) {
                Ok(s) => {
                    out.push_str(s);
                    Ok(())
                }
                Err(e) => {
                    let start = e.valid_up_to();
                    let (len, reason) = match e.error_len() {
                        Some(n) => {
                            let b0 = line.get(start).copied().unwrap_or(0);
                            let bad_start = (0x80..0xC2).contains(&b0) || b0 >= 0xF5;
                            (
                                n,
                                if bad_start {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                },
                            )
                        }
                        None => (line.len() - start, "unexpected end of data"),
                    };
                    Err(self.error(line, start, start + len.max(1), reason))
                }
            },
            Codec::Ascii | Codec::Other => match line.iter().position(|&b| b >= 0x80) {
                None => {
                    // SAFETY-free: ASCII bytes are valid UTF-8.
                    out.push_str(std::str::from_utf8(line).unwrap_or(""));
                    Ok(())
                }
                Some(i) if matches!(self, Codec::Ascii) => {
                    Err(self.error(line, i, i + 1, "ordinal not in range(128)"))
                }
                Some(i) => Err(self.error(line, i, i + 1, "pyjit cannot decode this codec yet")),
            },
            Codec::Latin1 => {
                out.extend(line.iter().map(|&b| b as char));
                Ok(())
            }
            Codec::Charmap(map) => {
                for (i, &b) in line.iter().enumerate() {
                    match map.decode(b) {
                        Some(c) => out.push(c),
                        None => {
                            return Err(self.error(line, i, i + 1, "character maps to <undefined>"))
                        }
                    }
                }
                Ok(())
            }
        }
    }

    fn error(self, line: &[u8], start: usize, end: usize, reason: &str) -> String {
        let name = self.error_name();
        if end - start == 1 {
            let b = line.get(start).copied().unwrap_or(0);
            format!("'{name}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
        } else {
            format!(
                "'{name}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            )
        }
    }
}

/// `codecs.lookup(name)` for the codecs pyjit knows; `None` is "unknown encoding".
pub fn lookup(name: &str) -> Option<Codec> {
    let norm = normalize(name);
    let alt = norm.replace('.', "_");
    let is = |names: &[&str]| names.iter().any(|&n| n == norm || n == alt);
    if is(&[
        "utf_8",
        "cp65001",
        "u8",
        "utf",
        "utf8",
        "utf8_ucs2",
        "utf8_ucs4",
    ]) {
        return Some(Codec::Utf8);
    }
    if is(&[
        "ascii",
        "646",
        "ansi_x3.4_1968",
        "ansi_x3.4_1986",
        "ansi_x3_4_1968",
        "cp367",
        "csascii",
        "ibm367",
        "iso646_us",
        "iso_646.irv_1991",
        "iso_ir_6",
        "us",
        "us_ascii",
    ]) {
        return Some(Codec::Ascii);
    }
    if is(&[
        "latin_1",
        "8859",
        "cp819",
        "csisolatin1",
        "ibm819",
        "iso8859",
        "iso8859_1",
        "iso_8859_1",
        "iso_8859_1_1987",
        "iso_ir_100",
        "l1",
        "latin",
        "latin1",
    ]) {
        return Some(Codec::Latin1);
    }
    if let Some(m) = CHARMAPS
        .iter()
        .find(|m| m.name == norm || is(m.aliases) || m.name == alt)
    {
        return Some(Codec::Charmap(m));
    }
    is(CODEC_NAMES).then_some(Codec::Other)
}

/// `encodings.normalize_encoding` after `codecs.lookup`'s lowercasing: runs of characters
/// other than ASCII letters, digits and `.` become one `_` between kept characters.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c);
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// `tokenize._get_normal_name`: the canonical spelling of UTF-8 and Latin-1 names.
fn get_normal_name(orig: &str) -> String {
    let enc: String = orig
        .chars()
        .take(12)
        .flat_map(char::to_lowercase)
        .map(|c| if c == '_' { '-' } else { c })
        .collect();
    if enc == "utf-8" || enc.starts_with("utf-8-") {
        return "utf-8".into();
    }
    if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&enc.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"]
            .iter()
            .any(|p| enc.starts_with(p))
    {
        return "iso-8859-1".into();
    }
    orig.to_string()
}

/// `cookie_re`: `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` (ASCII), the captured name.
fn cookie(line: &str) -> Option<&str> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    if b.get(i) != Some(&b'#') {
        return None;
    }
    // `.` stops at a newline.
    let end = b[i..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |n| i + n);
    let mut from = i + 1;
    while let Some(off) = line[from..end].find("coding") {
        let at = from + off + 6;
        if matches!(b.get(at), Some(b':' | b'=')) {
            let mut j = at + 1;
            while j < b.len() && matches!(b[j], b' ' | b'\t') {
                j += 1;
            }
            let k = j + b[j..]
                .iter()
                .take_while(|&&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
                .count();
            if k > j {
                return Some(&line[j..k]);
            }
        }
        from = from + off + 1;
    }
    None
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
        let Some(raw) = cookie(text) else {
            return Ok(None);
        };
        let name = get_normal_name(raw);
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
        if let Err(msg) = codec.decode_into(line, &mut text) {
            error = Some((index, msg));
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

    // Expected values: python3 -c "import tokenize, io; ..." (CPython 3.11.7).
    #[test]
    fn cookies() {
        assert_eq!(cookie("# -*- coding: latin-1 -*-\n"), Some("latin-1"));
        assert_eq!(cookie("#coding=utf8"), Some("utf8"));
        assert_eq!(cookie("# coding: \n# coding:x"), None);
        assert_eq!(cookie("x = 1 # coding: utf-8"), None);
        assert_eq!(cookie("# encoding:  koi8-r\n"), Some("koi8-r"));
        assert_eq!(get_normal_name("Latin_1"), "iso-8859-1");
        assert_eq!(get_normal_name("UTF-8-unix"), "utf-8");
        assert_eq!(get_normal_name("utf8"), "utf8");
    }

    #[test]
    fn detection_errors() {
        // python3 -m tokenize on these files prints "F: error: MSG".
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

    #[test]
    fn decode_errors() {
        // b'...'.decode(codec) in CPython 3.11.
        let msg = |c: Codec, b: &[u8]| c.decode_into(b, &mut String::new()).err();
        assert_eq!(
            msg(Codec::Utf8, b"y = \"\xe9\"\n").as_deref(),
            Some("'utf-8' codec can't decode byte 0xe9 in position 5: invalid continuation byte")
        );
        assert_eq!(
            msg(Codec::Utf8, b"\xe4\xbd").as_deref(),
            Some("'utf-8' codec can't decode bytes in position 0-1: unexpected end of data")
        );
        assert_eq!(
            msg(Codec::Utf8, b"a\x80").as_deref(),
            Some("'utf-8' codec can't decode byte 0x80 in position 1: invalid start byte")
        );
        assert_eq!(
            msg(Codec::Ascii, b"\xe9").as_deref(),
            Some("'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)")
        );
        let cp1252 = lookup("windows-1252").map(|c| c.error_name());
        assert_eq!(cp1252, Some("charmap"));
    }
}
