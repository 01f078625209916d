//! Backslash escapes of str and bytes literals, with CPython 3.11's error messages.
//!
//! CPython decodes a str literal by first rewriting it to pure ASCII (each non-ASCII character
//! becomes a 10-byte `\UXXXXXXXX`, a backslash before one or at the end becomes the 6-byte
//! `\u005c`) and running the `unicode_escape` codec over that; the positions in its error
//! messages count bytes of the rewritten text. The decoder here works on the original text
//! and keeps a running "rewritten position" so the messages come out the same. Unknown escapes
//! are kept as they are (CPython only warns).

use super::unicode_names;
use crate::wtf8::Wtf8Buf;

/// Length of a non-ASCII character in CPython's rewritten text (`\UXXXXXXXX`).
const REWRITTEN_CHAR: usize = 10;
/// Length of a backslash that escapes nothing in the rewritten text (`\u005c`).
const REWRITTEN_BACKSLASH: usize = 6;

fn unicode_error(start: usize, end: usize, reason: &str) -> String {
    if end == start + 1 {
        // Only a backslash can start an escape.
        format!("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}")
    } else {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {reason}",
            end.saturating_sub(1)
        )
    }
}

/// Length of the UTF-8 sequence starting with `b` (1 for stray continuation bytes).
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

/// Decodes the body of a non-raw str literal (or one literal part of an f-string). The error
/// is the complete SyntaxError message.
pub fn decode_str(body: &[u8]) -> Result<Wtf8Buf, String> {
    let mut out = Wtf8Buf::new();
    let n = body.len();
    let mut i = 0;
    // Position in CPython's rewritten text.
    let mut tpos = 0;
    while i < n {
        let b = body[i];
        if b != b'\\' {
            // Copy the run up to the next backslash at once.
            let run_end = body[i..].iter().position(|&c| c == b'\\').map_or(n, |k| i + k);
            let run = &body[i..run_end];
            match std::str::from_utf8(run) {
                Ok(s) => {
                    out.push_str(s);
                    tpos += s.chars().map(|c| if c.is_ascii() { 1 } else { REWRITTEN_CHAR }).sum::<usize>();
                }
                Err(e) => {
                    // Only an f-string literal part cut inside a character gets here.
                    let bad = run.get(e.valid_up_to()).copied().unwrap_or(0);
                    return Err(format!(
                        "(unicode error) 'utf-8' codec can't decode byte 0x{bad:02x} in position 0: unexpected end of data"
                    ));
                }
            }
            i = run_end;
            continue;
        }
        let start = tpos;
        let Some(&c) = body.get(i + 1) else {
            // A backslash at the end stands for itself.
            out.push_char('\\');
            i += 1;
            tpos += REWRITTEN_BACKSLASH;
            continue;
        };
        if c >= 0x80 {
            // A backslash before a non-ASCII character stands for itself.
            out.push_char('\\');
            i += 1;
            tpos += REWRITTEN_BACKSLASH;
            continue;
        }
        i += 2;
        tpos += 2;
        if let Some(b) = simple_escape(c) {
            out.push_char(b as char);
            continue;
        }
        match c {
            b'\n' => {}
            b'0'..=b'7' => {
                let (v, more) = octal_escape(c, body.get(i..).unwrap_or(&[]));
                i += more;
                tpos += more;
                out.push_code_point(v);
            }
            b'x' | b'u' | b'U' => {
                let (count, reason) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                for _ in 0..count {
                    let d = body.get(i).and_then(|&d| (d as char).to_digit(16));
                    match d {
                        Some(d) => {
                            v = (v << 4) | d;
                            i += 1;
                            tpos += 1;
                        }
                        None => return Err(unicode_error(start, tpos, reason)),
                    }
                }
                if v > 0x10FFFF {
                    return Err(unicode_error(start, tpos, "illegal Unicode character"));
                }
                out.push_code_point(v);
            }
            b'N' => {
                let mut reason = "malformed \\N character escape";
                if body.get(i) == Some(&b'{') {
                    i += 1;
                    tpos += 1;
                    let name_start = i;
                    while i < n && body[i] != b'}' {
                        if body[i] < 0x80 {
                            i += 1;
                            tpos += 1;
                        } else {
                            i += utf8_len(body[i]);
                            tpos += REWRITTEN_CHAR;
                        }
                    }
                    if i < n && i > name_start {
                        let name = &body[name_start..i];
                        i += 1;
                        tpos += 1;
                        if let Some(cp) = unicode_names::lookup(name) {
                            out.push_code_point(cp);
                            continue;
                        }
                        reason = "unknown Unicode character name";
                    }
                }
                return Err(unicode_error(start, tpos, reason));
            }
            _ => {
                out.push_char('\\');
                out.push_char(c as char);
            }
        }
    }
    Ok(out)
}

/// What a one-character escape (`\n`, `\t`, `\\`, ...) stands for, in str and bytes
/// literals alike.
fn simple_escape(c: u8) -> Option<u8> {
    Some(match c {
        b'\\' | b'\'' | b'"' => c,
        b'b' => 0x08,
        b'f' => 0x0c,
        b't' => b'\t',
        b'n' => b'\n',
        b'r' => b'\r',
        b'v' => 0x0b,
        b'a' => 0x07,
        _ => return None,
    })
}

/// An octal escape's value from its first digit and up to two more at the start of `rest`,
/// and how many of `rest` it took.
fn octal_escape(first: u8, rest: &[u8]) -> (u32, usize) {
    let mut v = (first - b'0') as u32;
    let more = rest.iter().take(2).take_while(|d| matches!(d, b'0'..=b'7')).count();
    for &d in rest.iter().take(more) {
        v = v * 8 + (d - b'0') as u32;
    }
    (v, more)
}

/// Decodes the body of a non-raw bytes literal (ASCII only: checked before).
pub fn decode_bytes(body: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let n = body.len();
    let mut i = 0;
    while i < n {
        let b = body[i];
        if b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&c) = body.get(i + 1) else {
            return Err("(value error) Trailing \\ in string".to_string());
        };
        i += 2;
        if let Some(b) = simple_escape(c) {
            out.push(b);
            continue;
        }
        match c {
            b'\n' => {}
            b'0'..=b'7' => {
                let (v, more) = octal_escape(c, body.get(i..).unwrap_or(&[]));
                i += more;
                out.push(v as u8);
            }
            b'x' => {
                let hi = body.get(i).and_then(|&d| (d as char).to_digit(16));
                let lo = body.get(i + 1).and_then(|&d| (d as char).to_digit(16));
                match (hi, lo) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => return Err(format!("(value error) invalid \\x escape at position {start}")),
                }
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(body: &str) -> Result<String, String> {
        decode_str(body.as_bytes()).map(|w| crate::pyrepr::repr_wtf8(&w))
    }

    // Expected values: python3 evaluating (or failing to compile) the same literals.
    #[test]
    fn str_escapes() {
        assert_eq!(s(r"a\tb\n\\\'\x41\u00e9\U0001F600\101\0\777"), Ok("\"a\\tb\\n\\\\'Aé😀A\\x00ǿ\"".into()));
        assert_eq!(s(r"\d\{\ é"), Ok("'\\\\d\\\\{\\\\ é'".into()));
        assert_eq!(s("\\\né\\"), Ok("'é\\\\'".into()));
        assert_eq!(s(r"\ud800\udc00"), Ok("'\\ud800\\udc00'".into()));
        assert_eq!(s(r"\N{DIGIT ONE}\N{line feed}"), Ok("'1\\n'".into()));
        assert_eq!(s(r"\b\f\v\a\r"), Ok("'\\x08\\x0c\\x0b\\x07\\r'".into()));
    }

    #[test]
    fn str_errors() {
        let e = |b: &str| decode_str(b.as_bytes()).unwrap_err();
        let pre = "(unicode error) 'unicodeescape' codec can't decode bytes in position";
        assert_eq!(e(r"\x4"), format!("{pre} 0-2: truncated \\xXX escape"));
        assert_eq!(e(r"é\x4"), format!("{pre} 10-12: truncated \\xXX escape"));
        assert_eq!(e(r"é\N{x"), format!("{pre} 10-13: malformed \\N character escape"));
        assert_eq!(e(r"\N"), format!("{pre} 0-1: malformed \\N character escape"));
        assert_eq!(e(r"\Nx"), format!("{pre} 0-1: malformed \\N character escape"));
        assert_eq!(e(r"\N{}"), format!("{pre} 0-2: malformed \\N character escape"));
        assert_eq!(e(r"abc\N{foo}"), format!("{pre} 3-9: unknown Unicode character name"));
        assert_eq!(e(r"ab\u12"), format!("{pre} 2-5: truncated \\uXXXX escape"));
        assert_eq!(e(r"\U00110000"), format!("{pre} 0-9: illegal Unicode character"));
        assert_eq!(e(r"\xg"), format!("{pre} 0-1: truncated \\xXX escape"));
    }

    #[test]
    fn bytes_escapes() {
        assert_eq!(decode_bytes(br"a\x41\777\0\q\n"), Ok(b"aA\xff\x00\\q\n".to_vec()));
        assert_eq!(decode_bytes(br"ab\x4"), Err("(value error) invalid \\x escape at position 2".into()));
    }
}
