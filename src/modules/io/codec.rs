//! Text encodings of the file objects: encode str (WTF-8) to bytes and decode bytes
//! incrementally, for utf-8, latin-1, ascii and the single-byte charmaps, with the error
//! handlers strict, replace, ignore, backslashreplace, surrogateescape and
//! xmlcharrefreplace. Errors become `UnicodeEncodeError` / `UnicodeDecodeError` with
//! CPython's messages.

use crate::codecs::Charmap;
use crate::objects::exceptions::{exc_msg, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR};
use crate::objects::{Owned, Value};
use crate::vm::{ops, PyErr, Vm};
use std::fmt::Write;

/// A supported text encoding.
#[derive(Clone, Copy)]
pub enum Encoding {
    Utf8,
    Latin1,
    Ascii,
    Charmap(&'static Charmap),
}

impl Encoding {
    /// Look an encoding name up (`None`: pyjit's streams cannot use it).
    pub fn lookup(name: &str) -> Option<Encoding> {
        match crate::codecs::lookup(name)? {
            crate::codecs::Codec::Utf8 => Some(Encoding::Utf8),
            crate::codecs::Codec::Latin1 => Some(Encoding::Latin1),
            crate::codecs::Codec::Ascii => Some(Encoding::Ascii),
            crate::codecs::Codec::Charmap(m) => Some(Encoding::Charmap(m)),
            crate::codecs::Codec::Other => None,
        }
    }
    /// The name in error messages.
    pub fn error_name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Latin1 => "latin-1",
            Encoding::Ascii => "ascii",
            Encoding::Charmap(_) => "charmap",
        }
    }
    /// Bytes per code point are fixed (one) for every encoding but UTF-8.
    pub fn is_utf8(self) -> bool {
        matches!(self, Encoding::Utf8)
    }
}

/// An error handler.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Errors {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
    SurrogateEscape,
    XmlCharRefReplace,
}

impl Errors {
    pub fn lookup(name: &str) -> Option<Errors> {
        Some(match name {
            "strict" => Errors::Strict,
            "replace" => Errors::Replace,
            "ignore" => Errors::Ignore,
            "backslashreplace" => Errors::BackslashReplace,
            "surrogateescape" => Errors::SurrogateEscape,
            "xmlcharrefreplace" => Errors::XmlCharRefReplace,
            _ => return None,
        })
    }
}

/// A failed encode: the code point and its index (in code points) in the text.
pub struct EncodeFail {
    pub cp: u32,
    pub pos: usize,
    pub reason: &'static str,
}

fn push_wtf8(out: &mut Vec<u8>, cp: u32) {
    match char::from_u32(cp) {
        Some(c) => {
            let mut b = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
        }
        None => out.extend_from_slice(&[0xE0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3F) as u8, 0x80 | (cp & 0x3F) as u8]),
    }
}

/// Encode WTF-8 text, appending to `out`.
pub fn encode(enc: Encoding, errors: Errors, text: &[u8], out: &mut Vec<u8>) -> Result<(), EncodeFail> {
    if enc.is_utf8() {
        if let Ok(s) = std::str::from_utf8(text) {
            out.extend_from_slice(s.as_bytes());
            return Ok(());
        }
    } else if text.is_ascii() && !matches!(enc, Encoding::Charmap(_)) {
        out.extend_from_slice(text);
        return Ok(());
    }
    for (pos, cp) in crate::wtf8::code_points_of(text).enumerate() {
        let ok: Option<u8> = match enc {
            Encoding::Utf8 => {
                if !(0xD800..=0xDFFF).contains(&cp) {
                    push_wtf8(out, cp);
                    continue;
                }
                None
            }
            Encoding::Latin1 => (cp < 0x100).then_some(cp as u8),
            Encoding::Ascii => (cp < 0x80).then_some(cp as u8),
            Encoding::Charmap(m) => (0..=255u8).find(|&b| m.decode(b).map(|c| c as u32) == Some(cp)),
        };
        if let Some(b) = ok {
            out.push(b);
            continue;
        }
        let reason = match enc {
            Encoding::Utf8 => "surrogates not allowed",
            Encoding::Latin1 => "ordinal not in range(256)",
            Encoding::Ascii => "ordinal not in range(128)",
            Encoding::Charmap(_) => "character maps to <undefined>",
        };
        match errors {
            Errors::Strict => return Err(EncodeFail { cp, pos, reason }),
            Errors::Ignore => {}
            Errors::Replace => out.push(b'?'),
            Errors::SurrogateEscape if (0xDC80..=0xDCFF).contains(&cp) => out.push((cp - 0xDC00) as u8),
            Errors::SurrogateEscape => return Err(EncodeFail { cp, pos, reason }),
            Errors::BackslashReplace => {
                let mut s = String::new();
                if cp <= 0xFF {
                    let _ = write!(s, "\\x{cp:02x}");
                } else if cp <= 0xFFFF {
                    let _ = write!(s, "\\u{cp:04x}");
                } else {
                    let _ = write!(s, "\\U{cp:08x}");
                }
                out.extend_from_slice(s.as_bytes());
            }
            Errors::XmlCharRefReplace => {
                out.extend_from_slice(format!("&#{cp};").as_bytes());
            }
        }
    }
    Ok(())
}

/// The `UnicodeEncodeError` for a failed encode of `text` (a str value).
pub fn encode_error(vm: &mut Vm, enc: Encoding, text: Value, f: &EncodeFail) -> PyErr {
    let name = enc.error_name();
    let e = Owned::new(crate::objects::str::new_str(name));
    let r = Owned::new(crate::objects::str::new_str(f.reason));
    let args = [e.get(), text, Value::small_int(f.pos as i64), Value::small_int(f.pos as i64 + 1), r.get()];
    if let Ok(exc) = ops::call(vm, UNICODE_ENCODE_ERROR.as_value(), &args, &[]) {
        if crate::objects::exceptions::is_exception(exc) {
            return PyErr::from_instance(exc);
        }
        exc.decref();
    }
    let ch = crate::pyrepr::repr_code_points(std::iter::once(f.cp));
    let ch = &ch[1..ch.len() - 1];
    exc_msg(&UNICODE_ENCODE_ERROR, &format!("'{name}' codec can't encode character '{ch}' in position {}: {}", f.pos, f.reason))
}

/// A failed decode: the bad bytes `start..end` of the input and why.
pub struct DecodeFail {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// Decode `input`, appending WTF-8 text to `out`. When `final_` is false an incomplete UTF-8
/// sequence at the end is left undecoded: returns how many bytes were consumed.
pub fn decode(enc: Encoding, errors: Errors, input: &[u8], final_: bool, out: &mut Vec<u8>) -> Result<usize, DecodeFail> {
    match enc {
        Encoding::Utf8 => {
            let mut i = 0;
            while i < input.len() {
                match std::str::from_utf8(&input[i..]) {
                    Ok(s) => {
                        out.extend_from_slice(s.as_bytes());
                        return Ok(input.len());
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.extend_from_slice(&input[i..i + good]);
                        i += good;
                        let bad = match e.error_len() {
                            None if !final_ => return Ok(i),
                            None => input.len() - i,
                            Some(n) => n,
                        };
                        let reason = match crate::codecs::utf8_error(&input[i..]) {
                            Some(d) => d.reason,
                            None => "invalid start byte",
                        };
                        // CPython's utf-8 decoder reports one bad byte at a time for an invalid
                        // start byte and the whole truncated sequence otherwise.
                        let bad = if reason == "invalid start byte" { 1 } else { bad };
                        handle_bad(errors, &input[i..i + bad], out).map_err(|_| DecodeFail { start: i, end: i + bad, reason })?;
                        i += bad;
                    }
                }
            }
            Ok(input.len())
        }
        Encoding::Latin1 => {
            for &b in input {
                push_wtf8(out, b as u32);
            }
            Ok(input.len())
        }
        Encoding::Ascii => {
            for (i, &b) in input.iter().enumerate() {
                if b < 0x80 {
                    out.push(b);
                } else {
                    handle_bad(errors, &[b], out).map_err(|_| DecodeFail { start: i, end: i + 1, reason: "ordinal not in range(128)" })?;
                }
            }
            Ok(input.len())
        }
        Encoding::Charmap(m) => {
            for (i, &b) in input.iter().enumerate() {
                match m.decode(b) {
                    Some(c) => push_wtf8(out, c as u32),
                    None => handle_bad(errors, &[b], out)
                        .map_err(|_| DecodeFail { start: i, end: i + 1, reason: "character maps to <undefined>" })?,
                }
            }
            Ok(input.len())
        }
    }
}

fn handle_bad(errors: Errors, bad: &[u8], out: &mut Vec<u8>) -> Result<(), ()> {
    match errors {
        Errors::Strict | Errors::XmlCharRefReplace => Err(()),
        Errors::Ignore => Ok(()),
        Errors::Replace => {
            push_wtf8(out, 0xFFFD);
            Ok(())
        }
        Errors::SurrogateEscape => {
            for &b in bad {
                push_wtf8(out, 0xDC00 + b as u32);
            }
            Ok(())
        }
        Errors::BackslashReplace => {
            for &b in bad {
                out.extend_from_slice(format!("\\x{b:02x}").as_bytes());
            }
            Ok(())
        }
    }
}

/// The `UnicodeDecodeError` for a failed decode of `input`.
pub fn decode_error(vm: &mut Vm, enc: Encoding, input: &[u8], f: &DecodeFail) -> PyErr {
    let name = enc.error_name();
    if let Ok(b) = super::bytes_bridge::new_bytes(vm, input) {
        let b = Owned::new(b);
        let e = Owned::new(crate::objects::str::new_str(name));
        let r = Owned::new(crate::objects::str::new_str(f.reason));
        let args = [e.get(), b.get(), Value::small_int(f.start as i64), Value::small_int(f.end as i64), r.get()];
        if let Ok(exc) = ops::call(vm, UNICODE_DECODE_ERROR.as_value(), &args, &[]) {
            if crate::objects::exceptions::is_exception(exc) {
                return PyErr::from_instance(exc);
            }
            exc.decref();
        }
    }
    let msg = if f.end <= f.start + 1 {
        format!(
            "'{name}' codec can't decode byte 0x{:02x} in position {}: {}",
            input.get(f.start).copied().unwrap_or(0),
            f.start,
            f.reason
        )
    } else {
        format!("'{name}' codec can't decode bytes in position {}-{}: {}", f.start, f.end - 1, f.reason)
    };
    exc_msg(&UNICODE_DECODE_ERROR, &msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected bytes from python3: 'é'.encode('latin-1', 'strict') == b'\xe9',
    // 'é€'.encode('ascii', 'replace') == b'??', b'a\xffb'.decode('utf-8', 'replace') == 'a\ufffdb'.
    #[test]
    fn encodes_and_decodes() {
        let mut out = Vec::new();
        assert!(encode(Encoding::Latin1, Errors::Strict, "é".as_bytes(), &mut out).is_ok());
        assert_eq!(out, b"\xe9");
        out.clear();
        assert!(encode(Encoding::Ascii, Errors::Replace, "é€".as_bytes(), &mut out).is_ok());
        assert_eq!(out, b"??");
        out.clear();
        let f = encode(Encoding::Ascii, Errors::Strict, "aé".as_bytes(), &mut out).err().map(|f| (f.cp, f.pos));
        assert_eq!(f, Some((0xE9, 1)));
        let mut d = Vec::new();
        assert_eq!(decode(Encoding::Utf8, Errors::Replace, b"a\xffb", true, &mut d).ok(), Some(3));
        assert_eq!(d, "a\u{FFFD}b".as_bytes());
        d.clear();
        // An incomplete sequence at the end of a chunk waits for more input.
        assert_eq!(decode(Encoding::Utf8, Errors::Strict, b"a\xc3", false, &mut d).ok(), Some(1));
        assert_eq!(d, b"a");
        d.clear();
        assert_eq!(decode(Encoding::Latin1, Errors::Strict, b"\xe9", true, &mut d).ok(), Some(1));
        assert_eq!(d, "é".as_bytes());
    }
}
