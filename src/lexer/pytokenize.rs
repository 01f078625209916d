//! `pyjit -m tokenize`: the pure-Python `tokenize` module's tokenizer and command line, with
//! output byte-identical to `python3 -m tokenize [-e] [FILE]` (CPython 3.11).
//!
//! - `args`: argparse's handling of the command line.
//! - `encoding`: `detect_encoding` and line decoding (with `crate::codecs`).
//! - `scanner`: the tokenizer itself (`\w` and identifiers from `crate::unicode14`).
//! - `tests`: golden tests recorded from python3.

mod args;
mod encoding;
pub mod scanner;
#[cfg(test)]
mod tests;

use scanner::{Kind, ScanError, Source, Token};
use std::io::Write;

/// Where CPython's standard library lives (its tracebacks name files there).
const PYTHON_LIB: &str = "/root/.pyenv/versions/3.11.7/lib/python3.11";

/// The traceback CPython prints when a line fails to decode (an uncaught UnicodeDecodeError
/// re-raised by `main()`), minus the codec's own frame and the final line. The paths are
/// `PYTHON_LIB`'s.
const DECODE_TRACEBACK: &str = r#"Traceback (most recent call last):
  File "<frozen runpy>", line 198, in _run_module_as_main
  File "<frozen runpy>", line 88, in _run_code
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py", line 694, in <module>
    main()
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py", line 656, in main
    tokens = list(tokenize(f.readline))
             ^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py", line 459, in _tokenize
    line = line.decode(encoding)
           ^^^^^^^^^^^^^^^^^^^^^
"#;

/// Entry point for `pyjit -m tokenize [-e] [FILE]`; returns the exit status.
pub fn main(argv: &[String]) -> u8 {
    let (exact, filename) = match args::parse(argv) {
        args::Parsed::Help => {
            print!("{}", args::HELP);
            return 0;
        }
        args::Parsed::Error(msg) => {
            eprintln!("{}python -m tokenize: error: {msg}", args::USAGE);
            return 2;
        }
        args::Parsed::Run { exact, filename } => (exact, filename),
    };
    let mut out = Vec::with_capacity(1 << 16);
    let (status, err) = match filename.filter(|f| !f.is_empty()) {
        Some(f) => run_file(&f, exact, &mut out),
        None => run_stdin(exact, &mut out),
    };
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout.write_all(&out).and_then(|()| stdout.flush()) {
        // print() raising OSError (e.g. a closed pipe) lands in main()'s `except OSError`.
        eprintln!("error: {}", os_error_text(&e));
        return 1;
    }
    if !err.is_empty() {
        let _ = std::io::stderr().write_all(err.as_bytes());
    }
    status
}

/// Tokenizes a file: tokens go to `out` only if the whole file tokenizes (CPython collects
/// them in a list first). Returns the exit status and what to print on stderr.
fn run_file(filename: &str, exact: bool, out: &mut Vec<u8>) -> (u8, String) {
    match read_file(filename) {
        Ok(data) => tokenize_file_bytes(&data, filename, exact, out),
        Err(e) => (1, format!("error: {e}\n")),
    }
}

/// `python -m tokenize [-e] FILE` on the file's bytes: writes stdout to `out`, returns the exit
/// status and the stderr text.
pub fn tokenize_file_bytes(
    data: &[u8],
    filename: &str,
    exact: bool,
    out: &mut Vec<u8>,
) -> (u8, String) {
    let detected = match encoding::detect_encoding(data, filename) {
        Ok(d) => d,
        Err(msg) => return (1, format!("{filename}: error: {msg}\n")),
    };
    let decoded = encoding::decode_lines(&data[detected.skip..], detected.codec);
    // The listing is about nine times the size of the source.
    out.reserve(data.len().saturating_mul(10));
    let source = Source {
        text: &decoded.text,
        line_starts: decoded.line_starts,
        bad_line: decoded.error.as_ref().map(|(i, _)| *i),
    };
    let mut w = TokenWriter { out, exact };
    w.write(&Token {
        kind: Kind::Encoding,
        text: &detected.name,
        start: (0, 0),
        end: (0, 0),
    });
    match scanner::scan(&source, &mut |t| w.write(&t)) {
        Ok(()) => (0, String::new()),
        Err(e) => {
            out.clear();
            let msg = match e {
                ScanError::Decode { .. } => {
                    let msg = decoded.error.map(|(_, m)| m).unwrap_or_default();
                    let frame = encoding::traceback_frame(detected.codec).unwrap_or_default();
                    return (1, format!("unexpected error: {msg}\n{DECODE_TRACEBACK}{frame}UnicodeDecodeError: {msg}\n"));
                }
                other => scan_error(filename, &other),
            };
            (1, msg)
        }
    }
}

/// Tokenizes stdin as text (UTF-8, undecodable bytes as lone surrogates; no ENCODING token);
/// tokens are printed as they are produced, so an error follows the tokens before it.
fn run_stdin(exact: bool, out: &mut Vec<u8>) -> (u8, String) {
    let mut data = Vec::new();
    if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut data) {
        return (1, format!("error: {}\n", os_error_text(&e)));
    }
    tokenize_stdin_bytes(&data, exact, out)
}

/// `run_stdin` once stdin is read.
fn tokenize_stdin_bytes(data: &[u8], exact: bool, out: &mut Vec<u8>) -> (u8, String) {
    let text = surrogateescape_decode(data);
    let source = Source::from_text(&text);
    let mut w = TokenWriter { out, exact };
    match scanner::scan(&source, &mut |t| w.write(&t)) {
        Ok(()) => (0, String::new()),
        Err(e) => (1, scan_error("<stdin>", &e)),
    }
}

/// First code point of the private-use block that stands for undecodable stdin bytes
/// (U+DC80..U+DCFF in CPython); `repr` maps them back.
const ESCAPE_BASE: u32 = 0x10_FF00;

/// UTF-8 with each undecodable byte as a stand-in character (see `ESCAPE_BASE`).
fn surrogateescape_decode(data: &[u8]) -> String {
    let mut s = String::with_capacity(data.len());
    for chunk in data.utf8_chunks() {
        s.push_str(chunk.valid());
        for &b in chunk.invalid() {
            s.push(char::from_u32(ESCAPE_BASE + b as u32).unwrap_or('\u{FFFD}'));
        }
    }
    s
}

fn scan_error(filename: &str, e: &ScanError) -> String {
    match *e {
        ScanError::Token { msg, line, col } => format!("{filename}:{line}:{col}: error: {msg}\n"),
        ScanError::Unindent { line, col } => {
            format!("{filename}:{line}:{col}: error: unindent does not match any outer indentation level\n")
        }
        ScanError::Decode { .. } => String::new(),
    }
}

/// `str(OSError)` without a filename: `[Errno 32] Broken pipe`.
fn os_error_text(e: &std::io::Error) -> String {
    let code = e.raw_os_error().unwrap_or(0);
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or("");
    format!("[Errno {code}] {text}")
}

/// `open(name, 'rb').read()` with `OSError`'s text: `[Errno 2] No such file or directory: 'x'`.
fn read_file(name: &str) -> Result<Vec<u8>, String> {
    let os_error =
        |e: std::io::Error| format!("{}: {}", os_error_text(&e), crate::pyrepr::repr_str(name));
    let meta = std::fs::metadata(name).map_err(os_error)?;
    if meta.is_dir() {
        return Err(format!(
            "[Errno 21] Is a directory: {}",
            crate::pyrepr::repr_str(name)
        ));
    }
    std::fs::read(name).map_err(os_error)
}

/// Formats tokens as `main()` prints them: `"%-20s%-15s%-15r"` of range, type name, string.
struct TokenWriter<'o> {
    out: &'o mut Vec<u8>,
    exact: bool,
}

/// Bytes of the stack buffer a listing line is assembled in.
const LINE_BUF: usize = 128;

impl TokenWriter<'_> {
    fn write(&mut self, t: &Token<'_>) {
        // The line is assembled in a space-filled buffer (fields at their columns) and goes to
        // `out` as one fixed-size copy, trimmed after: tiny variable-length copies dominated.
        let mut line = [b' '; LINE_BUF];
        let mut n = 0;
        for (i, v) in [t.start.0, t.start.1, t.end.0, t.end.1]
            .into_iter()
            .enumerate()
        {
            n = put_uint(&mut line, n, v);
            line[n] = [b',', b'-', b',', b':'][i];
            n += 1;
        }
        let name = if self.exact && t.kind == Kind::Op {
            exact_name(t.text).unwrap_or("OP")
        } else {
            t.kind.name()
        };
        let at = n.max(20);
        // Byte loops, not `copy_from_slice`: these copies are too short for a memcpy call.
        for (d, &c) in line[at..].iter_mut().zip(name.as_bytes()) {
            *d = c;
        }
        let head_len = at + name.len().max(15);
        let out = &mut *self.out;
        let start = out.len();
        // Room for the repr (at most two bytes per character plus quotes), its padding and
        // the newline.
        if head_len + 2 * t.text.len() + 2 + 15 + 1 <= LINE_BUF {
            if let Some(width) = repr_ascii(&mut line[head_len..], t.text) {
                let end = head_len + width.max(15);
                line[end] = b'\n';
                out.extend_from_slice(&line);
                out.truncate(start + end + 1);
                return;
            }
        }
        out.extend_from_slice(&line[..head_len]);
        let width = write_repr(out, t.text);
        pad(out, width, 15);
        out.push(b'\n');
    }
}

/// `repr(s)` into `buf` when `s` is ASCII without control characters other than tab, newline
/// and carriage return (the common case); returns its length. `buf` must hold `2 * len + 2`.
fn repr_ascii(buf: &mut [u8], s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut squote = false;
    let mut dquote = false;
    for &c in b {
        if !((0x20..0x7F).contains(&c) || matches!(c, b'\t' | b'\n' | b'\r')) {
            return None;
        }
        squote |= c == b'\'';
        dquote |= c == b'"';
    }
    let quote = if squote && !dquote { b'"' } else { b'\'' };
    let mut n = 0;
    buf[n] = quote;
    n += 1;
    for &c in b {
        let esc = match c {
            b'\\' => b'\\',
            b'\t' => b't',
            b'\n' => b'n',
            b'\r' => b'r',
            _ if c == quote => quote,
            _ => {
                buf[n] = c;
                n += 1;
                continue;
            }
        };
        buf[n] = b'\\';
        buf[n + 1] = esc;
        n += 2;
    }
    buf[n] = quote;
    Some(n + 1)
}

/// Writes `v` in decimal into `buf` at `at`; returns the end. At most 10 digits are written,
/// so four numbers, their separators and the longest type name fit in 64 bytes (line and
/// column numbers of a file held in memory stay far below 10^10); the rest of the line buffer
/// is for the repr.
fn put_uint(buf: &mut [u8; LINE_BUF], at: usize, v: usize) -> usize {
    let v = v.min(9_999_999_999) as u64;
    let mut len = 1;
    while len < 10 && v >= 10u64.pow(len as u32) {
        len += 1;
    }
    let mut rest = v;
    for d in buf[at..at + len].iter_mut().rev() {
        *d = b'0' + (rest % 10) as u8;
        rest /= 10;
    }
    at + len
}

/// Pads a field of `width` characters with spaces to `to` (`%-Ns`).
fn pad(out: &mut Vec<u8>, width: usize, to: usize) {
    const SPACES: &[u8; 20] = b"                    ";
    if width < to {
        out.extend_from_slice(&SPACES[..(to - width).min(SPACES.len())]);
    }
}

/// Appends `repr(s)`; returns its width in code points.
fn write_repr(out: &mut Vec<u8>, s: &str) -> usize {
    let start = out.len();
    out.resize(start + 2 * s.len() + 2, 0);
    if let Some(n) = repr_ascii(&mut out[start..], s) {
        out.truncate(start + n);
        return n;
    }
    out.truncate(start);
    let r = if s
        .chars()
        .any(|c| (ESCAPE_BASE + 0x80..=ESCAPE_BASE + 0xFF).contains(&(c as u32)))
    {
        crate::pyrepr::repr_code_points(s.chars().map(|c| {
            let cp = c as u32;
            if (ESCAPE_BASE + 0x80..=ESCAPE_BASE + 0xFF).contains(&cp) {
                cp - ESCAPE_BASE + 0xDC00
            } else {
                cp
            }
        }))
    } else {
        crate::pyrepr::repr_str(s)
    };
    out.extend_from_slice(r.as_bytes());
    r.chars().count()
}

/// `token.EXACT_TOKEN_TYPES` names.
fn exact_name(op: &str) -> Option<&'static str> {
    Some(match op {
        "!=" => "NOTEQUAL",
        "%" => "PERCENT",
        "%=" => "PERCENTEQUAL",
        "&" => "AMPER",
        "&=" => "AMPEREQUAL",
        "(" => "LPAR",
        ")" => "RPAR",
        "*" => "STAR",
        "**" => "DOUBLESTAR",
        "**=" => "DOUBLESTAREQUAL",
        "*=" => "STAREQUAL",
        "+" => "PLUS",
        "+=" => "PLUSEQUAL",
        "," => "COMMA",
        "-" => "MINUS",
        "-=" => "MINEQUAL",
        "->" => "RARROW",
        "." => "DOT",
        "..." => "ELLIPSIS",
        "/" => "SLASH",
        "//" => "DOUBLESLASH",
        "//=" => "DOUBLESLASHEQUAL",
        "/=" => "SLASHEQUAL",
        ":" => "COLON",
        ":=" => "COLONEQUAL",
        ";" => "SEMI",
        "<" => "LESS",
        "<<" => "LEFTSHIFT",
        "<<=" => "LEFTSHIFTEQUAL",
        "<=" => "LESSEQUAL",
        "=" => "EQUAL",
        "==" => "EQEQUAL",
        ">" => "GREATER",
        ">=" => "GREATEREQUAL",
        ">>" => "RIGHTSHIFT",
        ">>=" => "RIGHTSHIFTEQUAL",
        "@" => "AT",
        "@=" => "ATEQUAL",
        "[" => "LSQB",
        "]" => "RSQB",
        "^" => "CIRCUMFLEX",
        "^=" => "CIRCUMFLEXEQUAL",
        "{" => "LBRACE",
        "|" => "VBAR",
        "|=" => "VBAREQUAL",
        "}" => "RBRACE",
        "~" => "TILDE",
        _ => return None,
    })
}
