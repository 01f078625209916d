//! `str.encode` and `bytes.decode`: the UTF-8, ASCII, Latin-1, UTF-16, UTF-32 and single-byte
//! (charmap) codecs with the standard error handlers (strict, replace, ignore,
//! surrogateescape, surrogatepass, backslashreplace, xmlcharrefreplace, namereplace), raising
//! `UnicodeEncodeError` / `UnicodeDecodeError` with CPython's arguments and messages.

use super::exceptions::{exc_args, lookup_error, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR};
use super::str::{StrBuilder, StrObject};
use super::value::Value;
use crate::codecs::{self, Codec};
use crate::vm::{PyErr, PyResult, Vm};
use std::fmt::Write;

/// The codecs this module implements.
#[derive(Clone, Copy)]
enum Enc {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    Charmap(&'static codecs::Charmap),
}

impl Enc {
    /// The codec's name in error messages.
    fn name(self) -> &'static str {
        match self {
            Enc::Utf8 => "utf-8",
            Enc::Ascii => "ascii",
            Enc::Latin1 => "latin-1",
            Enc::Utf16(None) => "utf-16",
            Enc::Utf16(Some(true)) => "utf-16-be",
            Enc::Utf16(Some(false)) => "utf-16-le",
            Enc::Utf32(None) => "utf-32",
            Enc::Utf32(Some(true)) => "utf-32-be",
            Enc::Utf32(Some(false)) => "utf-32-le",
            Enc::Charmap(_) => "charmap",
        }
    }
}

fn lookup(name: &str) -> PyResult<Enc> {
    let norm = codecs::normalize_encoding(name).replace('.', "_");
    let e = match norm.as_str() {
        "utf_16" | "utf16" | "u16" => Some(Enc::Utf16(None)),
        "utf_16_le" | "utf_16le" => Some(Enc::Utf16(Some(false))),
        "utf_16_be" | "utf_16be" => Some(Enc::Utf16(Some(true))),
        "utf_32" | "utf32" | "u32" => Some(Enc::Utf32(None)),
        "utf_32_le" | "utf_32le" => Some(Enc::Utf32(Some(false))),
        "utf_32_be" | "utf_32be" => Some(Enc::Utf32(Some(true))),
        _ => match codecs::lookup(name) {
            Some(Codec::Utf8) => Some(Enc::Utf8),
            Some(Codec::Ascii) => Some(Enc::Ascii),
            Some(Codec::Latin1) => Some(Enc::Latin1),
            Some(Codec::Charmap(m)) => Some(Enc::Charmap(m)),
            _ => None,
        },
    };
    e.ok_or_else(|| lookup_error(format!("unknown encoding: {name}")))
}

/// Error handlers.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Replace,
    Ignore,
    SurrogateEscape,
    SurrogatePass,
    BackslashReplace,
    XmlCharRef,
    NameReplace,
}

fn handler(name: &str) -> PyResult<Handler> {
    Ok(match name {
        "strict" => Handler::Strict,
        "replace" => Handler::Replace,
        "ignore" => Handler::Ignore,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRef,
        "namereplace" => Handler::NameReplace,
        _ => return Err(lookup_error(format!("unknown error handler name '{name}'"))),
    })
}

/// An exception of a Unicode error type with its five arguments; `finish` initialises it.
fn unicode_error(ty: &'static super::TypeObject, args: &[Value]) -> PyErr {
    exc_args(ty, args)
}

/// Run the Unicode error's `__init__` (which sets `encoding`, `object`, `start`, `end`,
/// `reason` from the arguments) as calling the type would have.
fn finish(vm: &mut Vm, e: PyErr) -> PyErr {
    let v = e.value();
    if v.is_exact(&UNICODE_DECODE_ERROR) || v.is_exact(&UNICODE_ENCODE_ERROR) {
        if let Some(init) = v.ty().slots().init {
            let args = super::exceptions::exc_obj(v).args.get();
            if !args.is_null() {
                let items = super::tuple::items(args).to_vec();
                let _ = init(vm, v, &items, &[]);
            }
        }
    }
    e
}

fn decode_error(enc: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let b = super::bytes::new_bytes(data);
    let e = super::str::new_str(enc);
    let r = super::str::new_str(reason);
    let err = unicode_error(&UNICODE_DECODE_ERROR, &[e, b, Value::small_int(start as i64), Value::small_int(end as i64), r]);
    b.decref();
    e.decref();
    r.decref();
    err
}

fn encode_error(enc: &str, s: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let e = super::str::new_str(enc);
    let r = super::str::new_str(reason);
    let err = unicode_error(&UNICODE_ENCODE_ERROR, &[e, s, Value::small_int(start as i64), Value::small_int(end as i64), r]);
    e.decref();
    r.decref();
    err
}

/// `str(UnicodeDecodeError)` as CPython words it.
pub fn decode_error_message(enc: &str, data: &[u8], start: usize, end: usize, reason: &str) -> String {
    if end == start + 1 {
        format!("'{enc}' codec can't decode byte 0x{:02x} in position {start}: {reason}", data.get(start).copied().unwrap_or(0))
    } else {
        format!("'{enc}' codec can't decode bytes in position {start}-{}: {reason}", end.saturating_sub(1))
    }
}

/// `str(UnicodeEncodeError)` as CPython words it.
pub fn encode_error_message(enc: &str, cps: &[u32], start: usize, end: usize, reason: &str) -> String {
    if end == start + 1 {
        let c = cps.get(start).copied().unwrap_or(0);
        let esc = if c < 0x100 {
            format!("\\x{c:02x}")
        } else if c < 0x10000 {
            format!("\\u{c:04x}")
        } else {
            format!("\\U{c:08x}")
        };
        format!("'{enc}' codec can't encode character '{esc}' in position {start}: {reason}")
    } else {
        format!("'{enc}' codec can't encode characters in position {start}-{}: {reason}", end.saturating_sub(1))
    }
}

/// `bytes.decode(encoding, errors)`: a new str.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult {
    decode_inner(data, encoding, errors).map_err(|e| finish(vm, e))
}

fn decode_inner(data: &[u8], encoding: &str, errors: &str) -> PyResult {
    let enc = lookup(encoding)?;
    if matches!(enc, Enc::Utf8) {
        if let Ok(s) = std::str::from_utf8(data) {
            return Ok(super::str::new_str(s));
        }
    }
    let h = handler(errors)?;
    let mut out = StrBuilder::with_capacity(data.len());
    let bad = |out: &mut StrBuilder, start: usize, end: usize, reason: &str| -> PyResult<()> {
        match h {
            Handler::Strict | Handler::XmlCharRef | Handler::NameReplace => {
                Err(decode_error(enc.name(), data, start, end, reason))
            }
            Handler::SurrogatePass => Err(decode_error(enc.name(), data, start, end, reason)),
            Handler::Replace => {
                out.push_cp(0xFFFD);
                Ok(())
            }
            Handler::Ignore => Ok(()),
            Handler::SurrogateEscape => {
                for &b in &data[start..end] {
                    if b < 128 {
                        return Err(decode_error(enc.name(), data, start, end, reason));
                    }
                    out.push_cp(0xDC00 + b as u32);
                }
                Ok(())
            }
            Handler::BackslashReplace => {
                for &b in &data[start..end] {
                    out.push_str(&format!("\\x{b:02x}"));
                }
                Ok(())
            }
        }
    };
    match enc {
        Enc::Utf8 => {
            let mut pos = 0;
            while pos < data.len() {
                let rest = &data[pos..];
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        // SAFETY-free: the prefix is valid UTF-8 by from_utf8's report.
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let err = codecs::utf8_error(&rest[good..]);
                        let (n, reason) = match err {
                            Some(d) => (d.end - d.start, d.reason),
                            None => (1, "invalid start byte"),
                        };
                        let n = n.max(1);
                        bad(&mut out, pos + good, pos + good + n, reason)?;
                        pos += good + n;
                    }
                }
            }
        }
        Enc::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push_cp(b as u32);
                } else {
                    bad(&mut out, i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Enc::Latin1 => {
            for &b in data {
                out.push_cp(b as u32);
            }
        }
        Enc::Charmap(m) => {
            for (i, &b) in data.iter().enumerate() {
                match m.decode(b) {
                    Some(c) => out.push_char(c),
                    None => bad(&mut out, i, i + 1, "character maps to <undefined>")?,
                }
            }
        }
        Enc::Utf16(order) => {
            let (mut be, mut pos) = (order.unwrap_or(false), 0);
            let name_le = |be: bool| if be { "utf-16-be" } else { "utf-16-le" };
            if order.is_none() && data.len() >= 2 {
                if data[..2] == [0xFF, 0xFE] {
                    pos = 2;
                } else if data[..2] == [0xFE, 0xFF] {
                    be = true;
                    pos = 2;
                }
            }
            let enc_name = name_le(be);
            while pos < data.len() {
                if pos + 1 >= data.len() {
                    if h == Handler::Strict {
                        return Err(decode_error(enc_name, data, pos, data.len(), "truncated data"));
                    }
                    bad(&mut out, pos, data.len(), "truncated data")?;
                    break;
                }
                let u = if be { u16::from_be_bytes([data[pos], data[pos + 1]]) } else { u16::from_le_bytes([data[pos], data[pos + 1]]) };
                if (0xD800..0xDC00).contains(&u) {
                    if pos + 3 < data.len() {
                        let l = if be {
                            u16::from_be_bytes([data[pos + 2], data[pos + 3]])
                        } else {
                            u16::from_le_bytes([data[pos + 2], data[pos + 3]])
                        };
                        if (0xDC00..0xE000).contains(&l) {
                            out.push_cp(0x10000 + (((u as u32) - 0xD800) << 10) + (l as u32 - 0xDC00));
                            pos += 4;
                            continue;
                        }
                        if h == Handler::Strict {
                            return Err(decode_error(enc_name, data, pos, pos + 2, "illegal UTF-16 surrogate"));
                        }
                        bad(&mut out, pos, pos + 2, "illegal UTF-16 surrogate")?;
                        pos += 2;
                        continue;
                    }
                    if h == Handler::Strict {
                        return Err(decode_error(enc_name, data, pos, data.len(), "unexpected end of data"));
                    }
                    bad(&mut out, pos, data.len(), "unexpected end of data")?;
                    break;
                } else if (0xDC00..0xE000).contains(&u) {
                    if h == Handler::Strict {
                        return Err(decode_error(enc_name, data, pos, pos + 2, "illegal encoding"));
                    }
                    bad(&mut out, pos, pos + 2, "illegal encoding")?;
                    pos += 2;
                    continue;
                }
                out.push_cp(u as u32);
                pos += 2;
            }
        }
        Enc::Utf32(order) => {
            let (mut be, mut pos) = (order.unwrap_or(false), 0);
            if order.is_none() && data.len() >= 4 {
                if data[..4] == [0xFF, 0xFE, 0, 0] {
                    pos = 4;
                } else if data[..4] == [0, 0, 0xFE, 0xFF] {
                    be = true;
                    pos = 4;
                }
            }
            let enc_name = if be { "utf-32-be" } else { "utf-32-le" };
            while pos < data.len() {
                if pos + 3 >= data.len() {
                    if h == Handler::Strict {
                        return Err(decode_error(enc_name, data, pos, data.len(), "truncated data"));
                    }
                    bad(&mut out, pos, data.len(), "truncated data")?;
                    break;
                }
                let w = [data[pos], data[pos + 1], data[pos + 2], data[pos + 3]];
                let u = if be { u32::from_be_bytes(w) } else { u32::from_le_bytes(w) };
                if u > 0x10FFFF || (0xD800..0xE000).contains(&u) {
                    let reason = if u > 0x10FFFF { "code point not in range(0x110000)" } else { "code point in surrogate code point range(0xd800, 0xe000)" };
                    if h == Handler::Strict {
                        return Err(decode_error(enc_name, data, pos, pos + 4, reason));
                    }
                    bad(&mut out, pos, pos + 4, reason)?;
                } else {
                    out.push_cp(u);
                }
                pos += 4;
            }
        }
    }
    Ok(out.finish())
}

/// `str.encode(encoding, errors)`: the encoded bytes.
pub fn encode(vm: &mut Vm, s: Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    encode_inner(s, encoding, errors).map_err(|e| finish(vm, e))
}

fn encode_inner(s: Value, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let o: &StrObject = super::str::str_obj(s);
    let enc = lookup(encoding)?;
    match enc {
        Enc::Utf8 if o.as_str().is_some() => return Ok(o.bytes().to_vec()),
        Enc::Ascii | Enc::Latin1 if o.is_ascii() => return Ok(o.bytes().to_vec()),
        _ => {}
    }
    let cps: Vec<u32> = o.code_points().collect();
    let mut out: Vec<u8> = Vec::with_capacity(cps.len() + 8);
    // Whether the codec can write code point c directly.
    let limit = match enc {
        Enc::Ascii => 0x80,
        Enc::Latin1 => 0x100,
        _ => 0x110000,
    };
    let mut h: Option<Handler> = None;
    let get_h = |h: &mut Option<Handler>| -> PyResult<Handler> {
        if let Some(x) = *h {
            return Ok(x);
        }
        let x = handler(errors)?;
        *h = Some(x);
        Ok(x)
    };
    match enc {
        Enc::Utf16(None) => out.extend_from_slice(&[0xFF, 0xFE]),
        Enc::Utf32(None) => out.extend_from_slice(&[0xFF, 0xFE, 0, 0]),
        _ => {}
    }
    let put = |out: &mut Vec<u8>, c: u32| match enc {
        Enc::Utf8 => {
            let mut w = crate::wtf8::Wtf8Buf::new();
            w.push_code_point(c);
            out.extend_from_slice(w.as_bytes());
        }
        Enc::Ascii | Enc::Latin1 => out.push(c as u8),
        Enc::Utf16(o) => {
            let be = o == Some(true);
            let mut units = [0u16; 2];
            let n = if c >= 0x10000 {
                let c2 = c - 0x10000;
                units[0] = 0xD800 + (c2 >> 10) as u16;
                units[1] = 0xDC00 + (c2 & 0x3FF) as u16;
                2
            } else {
                units[0] = c as u16;
                1
            };
            for u in &units[..n] {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
        }
        Enc::Utf32(o) => out.extend_from_slice(&if o == Some(true) { c.to_be_bytes() } else { c.to_le_bytes() }),
        Enc::Charmap(_) => out.push(c as u8),
    };
    let charmap_encode = |c: u32| -> Option<u8> {
        if let Enc::Charmap(m) = enc {
            (0u16..256).find(|&b| m.decode(b as u8).map(|x| x as u32) == Some(c)).map(|b| b as u8)
        } else {
            None
        }
    };
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        let surrogate = (0xD800..0xE000).contains(&c);
        let ok = match enc {
            Enc::Charmap(_) => charmap_encode(c).is_some(),
            _ => c < limit && !surrogate,
        };
        if ok {
            match enc {
                Enc::Charmap(_) => out.push(charmap_encode(c).unwrap_or(b'?')),
                _ => put(&mut out, c),
            }
            i += 1;
            continue;
        }
        // A run of unencodable characters (for the error's range).
        let bad = |c: u32| match enc {
            Enc::Charmap(_) => charmap_encode(c).is_none(),
            Enc::Ascii | Enc::Latin1 => c >= limit,
            _ => (0xD800..0xE000).contains(&c),
        };
        let mut end = i + 1;
        // UTF-16/32 report surrogates one at a time; the others report the whole run.
        let one_at_a_time = matches!(enc, Enc::Utf16(_) | Enc::Utf32(_));
        while !one_at_a_time && end < cps.len() && bad(cps[end]) {
            end += 1;
        }
        let reason = match enc {
            Enc::Ascii => "ordinal not in range(128)",
            Enc::Latin1 => "ordinal not in range(256)",
            Enc::Charmap(_) => "character maps to <undefined>",
            _ => "surrogates not allowed",
        };
        let hd = get_h(&mut h)?;
        match hd {
            Handler::Strict => return Err(encode_error(enc.name(), s, i, end, reason)),
            Handler::Ignore => {}
            Handler::Replace => {
                for _ in i..end {
                    match enc {
                        Enc::Utf16(_) | Enc::Utf32(_) | Enc::Utf8 => put(&mut out, '?' as u32),
                        _ => out.push(b'?'),
                    }
                }
            }
            Handler::SurrogateEscape => {
                for &c in &cps[i..end] {
                    if (0xDC80..0xDD00).contains(&c) && !matches!(enc, Enc::Utf16(_) | Enc::Utf32(_)) {
                        out.push((c - 0xDC00) as u8);
                    } else {
                        return Err(encode_error(enc.name(), s, i, end, reason));
                    }
                }
            }
            Handler::SurrogatePass => {
                for &c in &cps[i..end] {
                    if (0xD800..0xE000).contains(&c) && matches!(enc, Enc::Utf8 | Enc::Utf16(_) | Enc::Utf32(_)) {
                        match enc {
                            Enc::Utf8 => put(&mut out, c),
                            Enc::Utf16(o) => {
                                let u = c as u16;
                                out.extend_from_slice(&if o == Some(true) { u.to_be_bytes() } else { u.to_le_bytes() });
                            }
                            _ => put(&mut out, c),
                        }
                    } else {
                        return Err(encode_error(enc.name(), s, i, end, reason));
                    }
                }
            }
            Handler::BackslashReplace | Handler::XmlCharRef | Handler::NameReplace => {
                for &c in &cps[i..end] {
                    let mut t = String::new();
                    match hd {
                        Handler::XmlCharRef => {
                            let _ = write!(t, "&#{c};");
                        }
                        Handler::NameReplace if char::from_u32(c).and_then(unicode_names2::name).is_some() => {
                            let name = char::from_u32(c).and_then(unicode_names2::name).map(|n| n.to_string()).unwrap_or_default();
                            let _ = write!(t, "\\N{{{name}}}");
                        }
                        _ => {
                            if c < 0x100 {
                                let _ = write!(t, "\\x{c:02x}");
                            } else if c < 0x10000 {
                                let _ = write!(t, "\\u{c:04x}");
                            } else {
                                let _ = write!(t, "\\U{c:08x}");
                            }
                        }
                    }
                    for b in t.bytes() {
                        put(&mut out, b as u32);
                    }
                }
            }
        }
        i = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        // Expected values from python3 (see the module's runtime tests for more).
        let mut vm = Vm::new();
        let s = super::super::str::new_str("a€");
        let b = encode(&mut vm, s, "utf-16", "strict").ok();
        assert_eq!(b, Some(b"\xff\xfea\x00\xac ".to_vec()));
        let b = encode(&mut vm, s, "ascii", "backslashreplace").ok();
        assert_eq!(b, Some(b"a\\u20ac".to_vec()));
        let r = decode(&mut vm, b"a\xffb", "utf-8", "replace").ok().unwrap_or(Value::NULL);
        assert_eq!(super::super::str::as_str(r), Some("a\u{FFFD}b"));
        assert!(decode(&mut vm, b"\xff", "utf-8", "strict").is_err());
        assert_eq!(
            decode_error_message("utf-8", b"\xff", 0, 1, "invalid start byte"),
            "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
        );
    }
}
