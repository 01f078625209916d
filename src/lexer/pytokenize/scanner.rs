//! The line-by-line tokenizer of CPython's pure-Python `tokenize` module (`_tokenize`), with
//! its pseudo-token regular expression reproduced by hand-written scanning: the first
//! alternative that matches wins (continuation backslash, end of line, comment, triple-quote
//! opener, number, newline or operator, single-quoted string, name), and a position where none
//! matches yields one ERRORTOKEN character (whitespace included).

use crate::unicode14::{is_id_start, is_word};

/// The token types `tokenize` produces (names as in `token.tok_name`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    Op,
    ErrorToken,
    Comment,
    Nl,
    Encoding,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::EndMarker => "ENDMARKER",
            Kind::Name => "NAME",
            Kind::Number => "NUMBER",
            Kind::String => "STRING",
            Kind::Newline => "NEWLINE",
            Kind::Indent => "INDENT",
            Kind::Dedent => "DEDENT",
            Kind::Op => "OP",
            Kind::ErrorToken => "ERRORTOKEN",
            Kind::Comment => "COMMENT",
            Kind::Nl => "NL",
            Kind::Encoding => "ENCODING",
        }
    }
}

/// One token: its text borrows from the source (multi-line strings are contiguous there).
/// Positions are (line, column) with 1-based lines and columns counted in code points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    pub kind: Kind,
    pub text: &'a str,
    pub start: (usize, usize),
    pub end: (usize, usize),
}

/// Why tokenizing stopped early.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScanError {
    /// `TokenError(msg, (line, col))`.
    Token {
        msg: &'static str,
        line: usize,
        col: usize,
    },
    /// `IndentationError("unindent does not match any outer indentation level")` at (line, col).
    Unindent { line: usize, col: usize },
    /// The line at this 0-based index could not be decoded (the caller knows why).
    Decode { line_index: usize },
}

/// The source as the tokenizer reads it: decoded text split into lines (each keeps its `\n`).
pub struct Source<'a> {
    /// All decoded lines, concatenated.
    pub text: &'a str,
    /// Byte offset where each line starts; one more entry than lines (the last is `text.len()`).
    pub line_starts: Vec<usize>,
    /// The 0-based index of the first line that failed to decode; lines from there on are
    /// absent from `text`, and reading that line reports `ScanError::Decode`.
    pub bad_line: Option<usize>,
}

impl<'a> Source<'a> {
    /// Splits already-decoded text into lines at `\n`.
    pub fn from_text(text: &'a str) -> Source<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(newline_positions(text.as_bytes()).map(|i| i + 1));
        if *line_starts.last().unwrap_or(&0) != text.len() {
            line_starts.push(text.len());
        }
        Source {
            text,
            line_starts,
            bad_line: None,
        }
    }
}

fn newline_positions(b: &[u8]) -> impl Iterator<Item = usize> + '_ {
    b.iter()
        .enumerate()
        .filter(|(_, &c)| c == b'\n')
        .map(|(i, _)| i)
}

/// `str.isspace()` for one character (Rust's whitespace plus the ASCII separators 0x1C..0x1F).
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Byte offset to code-point column within one line.
struct Columns {
    /// The line is ASCII: columns are byte offsets.
    ascii: bool,
    /// For non-ASCII lines: the column of every byte offset (0..=len).
    cols: Vec<u32>,
}

impl Columns {
    fn set_line(&mut self, line: &str) {
        self.ascii = line.is_ascii();
        if !self.ascii {
            self.cols.clear();
            for (col, c) in line.chars().enumerate() {
                for _ in 0..c.len_utf8() {
                    self.cols.push(col as u32);
                }
            }
            let n = self.cols.last().map_or(0, |&c| c + 1);
            self.cols.push(n);
        }
    }

    fn col(&self, byte: usize) -> usize {
        if self.ascii {
            byte
        } else {
            self.cols.get(byte).copied().unwrap_or(0) as usize
        }
    }
}

/// What the pseudo-token pattern matched at a position (after optional whitespace).
enum Pseudo {
    /// Backslash-newline: the statement continues.
    Continuation,
    /// `\Z`: the end of the line text (no token).
    End,
    Comment,
    /// A triple-quote opener (prefix and quotes); the quote byte.
    Triple(u8),
    Number,
    /// `\r?\n`.
    Newline,
    Op,
    /// A single-quoted string; `true` when it ends in backslash-newline (continued).
    Str(bool, u8),
    /// `\w+`.
    Name,
}

fn byte_at(b: &[u8], i: usize) -> u8 {
    b.get(i).copied().unwrap_or(0)
}

/// `[0-9](?:_?[0-9])*` at `i`: its end.
fn digit_part(b: &[u8], i: usize) -> Option<usize> {
    if !byte_at(b, i).is_ascii_digit() {
        return None;
    }
    Some(digits_after(b, i + 1, |c| c.is_ascii_digit()))
}

/// `(?:_?D)*` at `i` for the digit class `D`: its end.
fn digits_after(b: &[u8], mut i: usize, is_digit: impl Fn(u8) -> bool) -> usize {
    loop {
        let c = byte_at(b, i);
        if is_digit(c) {
            i += 1;
        } else if c == b'_' && is_digit(byte_at(b, i + 1)) {
            i += 2;
        } else {
            return i;
        }
    }
}

/// `[eE][-+]?[0-9](?:_?[0-9])*` at `i`.
fn exponent(b: &[u8], i: usize) -> Option<usize> {
    if !matches!(byte_at(b, i), b'e' | b'E') {
        return None;
    }
    let j = if matches!(byte_at(b, i + 1), b'+' | b'-') {
        i + 2
    } else {
        i + 1
    };
    digit_part(b, j)
}

fn imaginary_suffix(b: &[u8], i: usize) -> usize {
    if matches!(byte_at(b, i), b'j' | b'J') {
        i + 1
    } else {
        i
    }
}

/// The `Number` pattern (Imagnumber | Floatnumber | Intnumber, first alternative wins) at `p`.
fn number(b: &[u8], p: usize) -> Option<usize> {
    let c = byte_at(b, p);
    if c == b'.' {
        let f = digit_part(b, p + 1)?;
        let e = exponent(b, f).unwrap_or(f);
        return Some(imaginary_suffix(b, e));
    }
    let d = digit_part(b, p)?;
    if matches!(byte_at(b, d), b'j' | b'J') {
        return Some(d + 1);
    }
    let float_end = if byte_at(b, d) == b'.' {
        let f = digit_part(b, d + 1).unwrap_or(d + 1);
        Some(exponent(b, f).unwrap_or(f))
    } else {
        exponent(b, d)
    };
    if let Some(f) = float_end {
        return Some(imaginary_suffix(b, f));
    }
    if c == b'0' {
        let radix: Option<fn(u8) -> bool> = match byte_at(b, p + 1) {
            b'x' | b'X' => Some(|c: u8| c.is_ascii_hexdigit()),
            b'b' | b'B' => Some(|c: u8| c == b'0' || c == b'1'),
            b'o' | b'O' => Some(|c: u8| (b'0'..=b'7').contains(&c)),
            _ => None,
        };
        if let Some(is_digit) = radix {
            let e = digits_after(b, p + 2, is_digit);
            if e > p + 2 {
                return Some(e);
            }
        }
        return Some(digits_after(b, p + 1, |c| c == b'0'));
    }
    Some(d)
}

/// The longest operator of `token.EXACT_TOKEN_TYPES` at `p`: its length.
fn operator(b: &[u8], p: usize) -> Option<usize> {
    let c0 = byte_at(b, p);
    let c1 = byte_at(b, p + 1);
    let c2 = byte_at(b, p + 2);
    let three = matches!(
        (c0, c1, c2),
        (b'*', b'*', b'=')
            | (b'.', b'.', b'.')
            | (b'/', b'/', b'=')
            | (b'<', b'<', b'=')
            | (b'>', b'>', b'=')
    );
    if three {
        return Some(3);
    }
    let two = matches!(
        (c0, c1),
        (
            b'!' | b'%'
                | b'&'
                | b'*'
                | b'+'
                | b'-'
                | b'/'
                | b':'
                | b'<'
                | b'='
                | b'>'
                | b'@'
                | b'^'
                | b'|',
            b'='
        ) | (b'*', b'*')
            | (b'-', b'>')
            | (b'/', b'/')
            | (b'<', b'<')
            | (b'>', b'>')
    );
    if two {
        return Some(2);
    }
    match c0 {
        b'%' | b'&' | b'(' | b')' | b'*' | b'+' | b',' | b'-' | b'.' | b'/' | b':' | b';'
        | b'<' | b'=' | b'>' | b'@' | b'[' | b']' | b'^' | b'{' | b'|' | b'}' | b'~' => Some(1),
        _ => None,
    }
}

/// A string prefix (`''`, b, r, u, f, br, rb, fr, rf in any case) followed by a quote at `p`:
/// the prefix length.
fn string_prefix(b: &[u8], p: usize) -> Option<usize> {
    for k in 0..=2 {
        let c = byte_at(b, p + k);
        if c == b'\'' || c == b'"' {
            let ok = match k {
                0 => true,
                1 => true,
                _ => {
                    let x = b[p].to_ascii_lowercase();
                    let y = b[p + 1].to_ascii_lowercase();
                    matches!(
                        (x, y),
                        (b'b', b'r') | (b'r', b'b') | (b'f', b'r') | (b'r', b'f')
                    )
                }
            };
            return if ok { Some(k) } else { None };
        }
        if !matches!(c, b'b' | b'B' | b'r' | b'R' | b'u' | b'U' | b'f' | b'F') {
            return None;
        }
    }
    None
}

/// The `ContStr` body after the opening quote `q` at `i`: the end of the closing quote or of
/// a final backslash-newline (`true`), or `None` when the line ends first.
fn single_line_string(b: &[u8], mut i: usize, q: u8) -> Option<(usize, bool)> {
    loop {
        let c = *b.get(i)?;
        if c == q {
            return Some((i + 1, false));
        } else if c == b'\n' {
            return None;
        } else if c == b'\\' {
            match byte_at(b, i + 1) {
                b'\n' => return Some((i + 2, true)),
                b'\r' if byte_at(b, i + 2) == b'\n' => return Some((i + 3, true)),
                _ if i + 1 < b.len() => i += 2,
                _ => return None,
            }
        } else {
            i += 1;
        }
    }
}

/// What ends a string that continues past its first line (the `endpats` patterns).
#[derive(Clone, Copy)]
struct EndPattern {
    quote: u8,
    triple: bool,
}

impl EndPattern {
    /// `endprog.match(line, i)`: the end of the closing quote(s).
    fn find(self, b: &[u8], mut i: usize) -> Option<usize> {
        let q = self.quote;
        loop {
            let c = *b.get(i)?;
            if c == q {
                if !self.triple {
                    return Some(i + 1);
                }
                if byte_at(b, i + 1) == q && byte_at(b, i + 2) == q {
                    return Some(i + 3);
                }
                i += 1;
            } else if c == b'\\' {
                // `\\.`: any character but a newline may follow.
                match b.get(i + 1) {
                    Some(b'\n') | None => return None,
                    Some(_) => i += 2,
                }
            } else {
                i += 1;
            }
        }
    }
}

/// A string whose end has not been seen yet.
struct Pending {
    /// Byte offset in the whole text where the string starts.
    start: usize,
    /// (line, column) where it starts.
    pos: (usize, usize),
    end: EndPattern,
}

/// Tokenizes `src` as `tokenize._tokenize` does (without the ENCODING token), passing each
/// token to `sink` as it is produced.
pub fn scan<'a>(src: &Source<'a>, sink: &mut impl FnMut(Token<'a>)) -> Result<(), ScanError> {
    let text = src.text;
    let nlines = src.line_starts.len().saturating_sub(1);
    let mut lnum = 0usize;
    let mut parenlev: i64 = 0;
    let mut continued = false;
    let mut indents: Vec<usize> = vec![0];
    let mut pending: Option<Pending> = None;
    // Set by a single-quoted string continued with backslash-newline; as in tokenize.py it is
    // cleared only when a continued string ends normally, so it outlives an ERRORTOKEN and
    // then applies to a later triple-quoted string too.
    let mut needcont = false;
    let mut cols = Columns {
        ascii: true,
        cols: Vec::new(),
    };
    let mut line: &'a str = "";
    let mut last_line: &'a str;

    loop {
        last_line = line;
        let index = lnum;
        if src.bad_line == Some(index) {
            return Err(ScanError::Decode { line_index: index });
        }
        let line_start = if index < nlines {
            src.line_starts[index]
        } else {
            text.len()
        };
        line = if index < nlines {
            &text[line_start..src.line_starts[index + 1]]
        } else {
            ""
        };
        lnum += 1;
        let b = line.as_bytes();
        let max = b.len();
        let mut pos = 0usize;
        cols.set_line(line);

        if let Some(p) = &pending {
            if line.is_empty() {
                return Err(ScanError::Token {
                    msg: "EOF in multi-line string",
                    line: p.pos.0,
                    col: p.pos.1,
                });
            }
            if let Some(end) = p.end.find(b, 0) {
                pos = end;
                sink(Token {
                    kind: Kind::String,
                    text: &text[p.start..line_start + end],
                    start: p.pos,
                    end: (lnum, cols.col(end)),
                });
                pending = None;
                needcont = false;
            } else if needcont && !line.ends_with("\\\n") && !line.ends_with("\\\r\n") {
                sink(Token {
                    kind: Kind::ErrorToken,
                    text: &text[p.start..line_start + max],
                    start: p.pos,
                    end: (lnum, cols.col(max)),
                });
                pending = None;
                continue;
            } else {
                continue;
            }
        } else if parenlev == 0 && !continued {
            if line.is_empty() {
                break;
            }
            let mut column = 0usize;
            while pos < max {
                match b[pos] {
                    b' ' => column += 1,
                    b'\t' => column = (column / 8 + 1) * 8,
                    b'\x0c' => column = 0,
                    _ => break,
                }
                pos += 1;
            }
            if pos == max {
                break;
            }
            if matches!(b[pos], b'#' | b'\r' | b'\n') {
                if b[pos] == b'#' {
                    let comment = line[pos..].trim_end_matches(['\r', '\n']);
                    let end = pos + comment.len();
                    sink(Token {
                        kind: Kind::Comment,
                        text: comment,
                        start: (lnum, pos),
                        end: (lnum, cols.col(end)),
                    });
                    pos = end;
                }
                sink(Token {
                    kind: Kind::Nl,
                    text: &line[pos..],
                    start: (lnum, cols.col(pos)),
                    end: (lnum, cols.col(max)),
                });
                continue;
            }
            if column > *indents.last().unwrap_or(&0) {
                indents.push(column);
                sink(Token {
                    kind: Kind::Indent,
                    text: &line[..pos],
                    start: (lnum, 0),
                    end: (lnum, pos),
                });
            }
            while column < *indents.last().unwrap_or(&0) {
                if !indents.contains(&column) {
                    return Err(ScanError::Unindent {
                        line: lnum,
                        col: pos,
                    });
                }
                indents.pop();
                sink(Token {
                    kind: Kind::Dedent,
                    text: "",
                    start: (lnum, pos),
                    end: (lnum, pos),
                });
            }
        } else {
            if line.is_empty() {
                return Err(ScanError::Token {
                    msg: "EOF in multi-line statement",
                    line: lnum,
                    col: 0,
                });
            }
            continued = false;
        }

        while pos < max {
            let mut start = pos;
            while start < max && matches!(b[start], b' ' | b'\x0c' | b'\t') {
                start += 1;
            }
            let Some((what, end)) = pseudo_token(line, start) else {
                let c_len = line[pos..].chars().next().map_or(1, char::len_utf8);
                sink(Token {
                    kind: Kind::ErrorToken,
                    text: &line[pos..pos + c_len],
                    start: (lnum, cols.col(pos)),
                    end: (lnum, cols.col(pos) + 1),
                });
                pos += c_len;
                continue;
            };
            pos = end;
            let spos = (lnum, cols.col(start));
            let epos = (lnum, cols.col(end));
            let token = &line[start..end];
            let kind = match what {
                Pseudo::End => continue,
                Pseudo::Continuation => {
                    continued = true;
                    continue;
                }
                Pseudo::Number => Kind::Number,
                Pseudo::Newline => {
                    if parenlev > 0 {
                        Kind::Nl
                    } else {
                        Kind::Newline
                    }
                }
                Pseudo::Comment => Kind::Comment,
                Pseudo::Triple(quote) => {
                    let endp = EndPattern {
                        quote,
                        triple: true,
                    };
                    if let Some(e) = endp.find(b, pos) {
                        pos = e;
                        sink(Token {
                            kind: Kind::String,
                            text: &line[start..e],
                            start: spos,
                            end: (lnum, cols.col(e)),
                        });
                        continue;
                    }
                    pending = Some(Pending {
                        start: line_start + start,
                        pos: spos,
                        end: endp,
                    });
                    break;
                }
                Pseudo::Str(cont, quote) => {
                    if cont {
                        let endp = EndPattern {
                            quote,
                            triple: false,
                        };
                        pending = Some(Pending {
                            start: line_start + start,
                            pos: spos,
                            end: endp,
                        });
                        needcont = true;
                        break;
                    }
                    Kind::String
                }
                Pseudo::Name => {
                    let initial = token.chars().next().unwrap_or(' ');
                    if is_id_start(initial) {
                        Kind::Name
                    } else {
                        Kind::Op
                    }
                }
                Pseudo::Op => {
                    match b[start] {
                        b'(' | b'[' | b'{' => parenlev += 1,
                        b')' | b']' | b'}' => parenlev -= 1,
                        _ => {}
                    }
                    Kind::Op
                }
            };
            sink(Token {
                kind,
                text: token,
                start: spos,
                end: epos,
            });
        }
    }

    if !last_line.is_empty()
        && !last_line.ends_with(['\r', '\n'])
        && !last_line.trim_start_matches(is_py_space).starts_with('#')
    {
        let n = last_line.chars().count();
        sink(Token {
            kind: Kind::Newline,
            text: "",
            start: (lnum - 1, n),
            end: (lnum - 1, n + 1),
        });
    }
    for _ in 1..indents.len() {
        sink(Token {
            kind: Kind::Dedent,
            text: "",
            start: (lnum, 0),
            end: (lnum, 0),
        });
    }
    sink(Token {
        kind: Kind::EndMarker,
        text: "",
        start: (lnum, 0),
        end: (lnum, 0),
    });
    Ok(())
}

/// The `PseudoToken` pattern at `start` (whitespace already skipped): what matched and where
/// it ends, or `None` when no alternative matches.
fn pseudo_token(line: &str, start: usize) -> Option<(Pseudo, usize)> {
    let b = line.as_bytes();
    let Some(&c) = b.get(start) else {
        return Some((Pseudo::End, start));
    };
    match c {
        b'\\' => {
            return match (byte_at(b, start + 1), byte_at(b, start + 2)) {
                (b'\n', _) => Some((Pseudo::Continuation, start + 2)),
                (b'\r', b'\n') => Some((Pseudo::Continuation, start + 3)),
                _ => None,
            }
        }
        b'#' => {
            let n = b[start..]
                .iter()
                .position(|&c| c == b'\r' || c == b'\n')
                .unwrap_or(b.len() - start);
            return Some((Pseudo::Comment, start + n));
        }
        _ => {}
    }
    let prefix = string_prefix(b, start);
    if let Some(k) = prefix {
        let q = b[start + k];
        if byte_at(b, start + k + 1) == q && byte_at(b, start + k + 2) == q {
            return Some((Pseudo::Triple(q), start + k + 3));
        }
    }
    if c.is_ascii_digit() || c == b'.' {
        if let Some(e) = number(b, start) {
            return Some((Pseudo::Number, e));
        }
    }
    match c {
        b'\n' => return Some((Pseudo::Newline, start + 1)),
        b'\r' if byte_at(b, start + 1) == b'\n' => return Some((Pseudo::Newline, start + 2)),
        _ => {}
    }
    if let Some(n) = operator(b, start) {
        return Some((Pseudo::Op, start + n));
    }
    if let Some(k) = prefix {
        let q = b[start + k];
        if let Some((e, cont)) = single_line_string(b, start + k + 1, q) {
            return Some((Pseudo::Str(cont, q), e));
        }
    }
    let end = start
        + line[start..]
            .find(|c: char| !is_word(c))
            .unwrap_or(line.len() - start);
    if end > start {
        return Some((Pseudo::Name, end));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<(Kind, String, (usize, usize), (usize, usize))> {
        let s = Source::from_text(src);
        let mut v = Vec::new();
        let r = scan(&s, &mut |t| {
            v.push((t.kind, t.text.to_string(), t.start, t.end))
        });
        assert!(r.is_ok(), "{r:?}");
        v
    }

    fn kinds_texts(src: &str) -> Vec<(Kind, String)> {
        toks(src).into_iter().map(|(k, t, _, _)| (k, t)).collect()
    }

    #[test]
    fn numbers_follow_the_regex() {
        // python3: [t.string for t in tokenize.generate_tokens(io.StringIO(SRC).readline)]
        let cases: &[(&str, &[&str])] = &[
            ("1if x", &["1", "if", "x"]),
            ("0123", &["0", "123"]),
            ("0x_", &["0", "x_"]),
            ("1.e5j", &["1.e5j"]),
            ("1.ej", &["1.", "ej"]),
            ("1__2", &["1", "__2"]),
            ("0b12", &["0b1", "2"]),
            ("1e+", &["1", "e", "+"]),
            (".5.5", &[".5", ".5"]),
        ];
        for (src, want) in cases {
            let got: Vec<String> = kinds_texts(src)
                .into_iter()
                .filter(|(k, _)| !matches!(k, Kind::Newline | Kind::EndMarker))
                .map(|(_, t)| t)
                .collect();
            assert_eq!(&got, want, "{src}");
        }
    }
}
