//! String literals: escapes, bytes, raw strings, implicit concatenation, and f-strings parsed
//! into `JoinedStr`/`FormattedValue` with CPython 3.11's positions.
//!
//! Follows CPython 3.11's `_PyPegen_concatenate_strings` and `Parser/string_parser.c`: each
//! STRING token is split into prefix, quotes and body; str and bytes bodies are decoded
//! (`strings/escapes.rs`), f-string bodies are scanned for literal parts and replacement
//! fields (`strings/fstring.rs`), whose expressions go back to the parser through the
//! `parse_expr` callback. Adjacent literal parts are merged, empty ones dropped.
//!
//! Errors: CPython raises most string errors with RAISE_SYNTAX_ERROR, i.e. at the last token
//! the parser has fetched, which is the token after the last STRING. Those come back from
//! `parse_strings` with `lineno == 0` (and no other location): the caller places them at that
//! token, as its own "raise here" does. Errors with a location (non-ASCII in a bytes literal,
//! errors from `parse_expr`) come back complete.

mod escapes;
mod fstring;
mod unicode_names;

use super::ast::{Constant, Expr, ExprKind, Loc};
use crate::lexer::lexer::SourceInfo;
use crate::lexer::token::Token;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use crate::wtf8::Wtf8Buf;
use std::borrow::Cow;
use std::cell::Cell;

/// Parses the source of one f-string replacement field's expression. Arguments: the text to
/// parse (CPython wraps the expression in parentheses), the line of its first line in the file
/// (CPython's `starting_lineno`) and the column shift for tokens on that first line
/// (`starting_col_offset`).
pub type FStringExprParser<'a> = dyn FnMut(&str, u32, u32) -> Result<Expr, SyntaxError> + 'a;

/// Builds the `Constant` or `JoinedStr` for one or more adjacent STRING tokens of `src`.
///
/// The result spans the first token's start to the last token's end. An error with
/// `lineno == 0` is to be reported at the parser's next token (see the module docs).
pub fn parse_strings(src: &str, toks: &[Token], parse_expr: &mut FStringExprParser<'_>) -> Result<Expr, SyntaxError> {
    parse_strings_in(src, SourceInfo::default(), toks, parse_expr)
}

/// `parse_strings` for text decoded from a file's bytes (`source::Decoded::info()`): error
/// offsets and lines as CPython reports them for that source (byte offsets when no encoding
/// was declared; line 1 read back with its BOM).
pub fn parse_strings_in(src: &str, info: SourceInfo, toks: &[Token], parse_expr: &mut FStringExprParser<'_>) -> Result<Expr, SyntaxError> {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return Err(here("no string tokens"));
    };
    let cx = Cx { src, info, first, last, newlines: Cell::new(NewlineScan::default()) };
    let mut state = Concat::default();
    let mut bytes: Option<Vec<u8>> = None;
    for (i, t) in toks.iter().enumerate() {
        let text = cx.token_text(t);
        let lit = split_literal(&text).ok_or_else(|| here("malformed string token"))?;
        let body = text.as_bytes().get(lit.body.clone()).unwrap_or(b"");
        // Decode this token's value first: its errors come before the mixing error.
        let value = if lit.fmode {
            None
        } else if lit.bytes {
            if !body.is_ascii() {
                return Err(cx.error_at_token(t, "bytes can only contain ASCII literal characters"));
            }
            Some(Piece::Bytes(if lit.raw || !body.contains(&b'\\') {
                Cow::Borrowed(body)
            } else {
                Cow::Owned(escapes::decode_bytes(body).map_err(here)?)
            }))
        } else if lit.raw || !body.contains(&b'\\') {
            // (The body lies between ASCII quotes, so it is a slice of the text at character
            // boundaries: no UTF-8 check needed.)
            Some(Piece::Str(Wtf8Buf::from(text.get(lit.body.clone()).unwrap_or(""))))
        } else {
            Some(Piece::Str(escapes::decode_str(body).map_err(here)?))
        };
        if i > 0 && bytes.is_some() != lit.bytes {
            return Err(here("cannot mix bytes and nonbytes literals"));
        }
        match value {
            None => {
                let mut pos = lit.body.start;
                fstring::concat_fstring(&cx, parse_expr, &mut state, t, &text, &mut pos, lit.body.end, lit.raw, 0)?;
            }
            Some(Piece::Bytes(b)) => bytes.get_or_insert_with(Vec::new).extend_from_slice(&b),
            Some(Piece::Str(s)) => state.push_str(s),
        }
    }
    let loc = Loc::new(first.lineno, first.col, last.end_lineno, last.end_col);
    if let Some(b) = bytes {
        return Ok(Expr { kind: ExprKind::Constant { value: Constant::Bytes(b), kind: None }, loc });
    }
    Ok(state.finish(&cx, first, last))
}

enum Piece<'a> {
    Str(Wtf8Buf),
    Bytes(Cow<'a, [u8]>),
}

/// An error CPython raises at the parser's current token (RAISE_SYNTAX_ERROR).
fn here(msg: impl Into<String>) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::SyntaxError, msg)
}

/// What the parts of one STRING token are.
struct Literal {
    bytes: bool,
    raw: bool,
    fmode: bool,
    /// Byte range of the body (between the quotes) in the token text.
    body: std::ops::Range<usize>,
}

/// Splits a STRING token's text into prefix flags and body, as `_PyPegen_parsestr` does.
fn split_literal(text: &str) -> Option<Literal> {
    let b = text.as_bytes();
    let (mut bytes, mut raw, mut fmode) = (false, false, false);
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'b' | b'B' => bytes = true,
            b'r' | b'R' => raw = true,
            b'f' | b'F' => fmode = true,
            b'u' | b'U' => {}
            _ => break,
        }
        i += 1;
    }
    let quote = *b.get(i)?;
    if (quote != b'\'' && quote != b'"') || b.len() < i + 2 || b[b.len() - 1] != quote {
        return None;
    }
    let mut start = i + 1;
    let mut end = b.len() - 1;
    if end - start >= 4 && b[start] == quote && b[start + 1] == quote {
        start += 2;
        end -= 2;
    }
    Some(Literal { bytes, raw, fmode, body: start..end })
}

/// What every part of a concatenation shares: the source and the first and last tokens.
pub(crate) struct Cx<'a> {
    src: &'a str,
    info: SourceInfo,
    first: &'a Token,
    last: &'a Token,
    /// Newline counting in the current f-string token, resumed field after field so that a
    /// long f-string costs linear time.
    newlines: Cell<NewlineScan>,
}

/// How far `Cx::newlines_before` has counted in the token starting at `tok_start`.
#[derive(Clone, Copy, Default)]
struct NewlineScan {
    tok_start: u32,
    tok_end: u32,
    scanned: usize,
    lines: u32,
    last_nl: Option<usize>,
}

impl<'a> Cx<'a> {
    /// The token's text as CPython's tokenizer sees it: `\r\n` and `\r` read as `\n`.
    fn token_text(&self, t: &Token) -> Cow<'a, str> {
        let text = self.src.get(t.start as usize..t.end as usize).unwrap_or("");
        if text.contains('\r') {
            Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
        } else {
            Cow::Borrowed(text)
        }
    }

    /// The number of newlines in `text[..pos]` and the position of the last one (`text` is
    /// the text of token `t`).
    fn newlines_before(&self, t: &Token, text: &[u8], pos: usize) -> (u32, Option<usize>) {
        let mut scan = self.newlines.get();
        if scan.tok_start != t.start || scan.tok_end != t.end || scan.scanned > pos {
            scan = NewlineScan { tok_start: t.start, tok_end: t.end, ..NewlineScan::default() };
        }
        let upto = pos.min(text.len());
        for (i, &c) in text.iter().enumerate().take(upto).skip(scan.scanned) {
            if c == b'\n' {
                scan.lines += 1;
                scan.last_nl = Some(i);
            }
        }
        scan.scanned = scan.scanned.max(upto);
        self.newlines.set(scan);
        (scan.lines, scan.last_nl)
    }

    fn starts_with_u(&self, t: &Token) -> bool {
        self.src.as_bytes().get(t.start as usize) == Some(&b'u')
    }

    /// A Constant for a str part, placed and kinded as CPython's `make_str_node_and_del`.
    fn str_node(&self, s: Wtf8Buf, first: &Token, last: &Token) -> Expr {
        let kind = self.starts_with_u(first).then(|| "u".to_string());
        Expr {
            kind: ExprKind::Constant { value: Constant::Str(s), kind },
            loc: Loc::new(first.lineno, first.col, last.end_lineno, last.end_col),
        }
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(t, msg), with CPython's character offsets (both
    /// measured on the error's first line).
    fn error_at_token(&self, t: &Token, msg: &str) -> SyntaxError {
        let mut e = here(msg);
        let line = line_text(self.src, t.start as usize);
        // CPython reads the line back from the file: only the last piece of a long line.
        let line = match crate::lexer::lexer::file_line_text(line.as_bytes(), true) {
            Some(piece) if self.info.reread && piece.len() < line.len() => Cow::Owned(piece),
            _ => line,
        };
        e.lineno = t.lineno;
        e.end_lineno = t.end_lineno;
        if !self.info.encoding_declared {
            // CPython converts columns to characters only when it knows the encoding.
            e.offset = t.col + 1;
            e.end_offset = t.end_col + 1;
            e.text = Some(line.to_string());
        } else if self.info.bom && t.lineno == 1 {
            // Line 1 is read back from the file with its BOM, and counted over it.
            let with_bom = format!("\u{feff}{line}");
            e.offset = crate::lexer::lexer::byte_to_char_offset(&with_bom, t.col as usize + 1);
            e.end_offset = crate::lexer::lexer::byte_to_char_offset(&with_bom, t.end_col as usize + 1);
            e.text = Some(with_bom);
        } else {
            e.offset = char_offset(&line, t.col as usize);
            e.end_offset = char_offset(&line, t.end_col as usize);
            e.text = Some(line.to_string());
        }
        e
    }
}

/// The whole line (with its newline) holding byte `pos` of `src`, as CPython reads it back
/// from the file: lines end at `\n`, `\r\n` or `\r`, and the line read ends in `\n`.
fn line_text(src: &str, pos: usize) -> Cow<'_, str> {
    let b = src.as_bytes();
    let pos = pos.min(b.len());
    let start = b[..pos].iter().rposition(|&c| c == b'\n' || c == b'\r').map_or(0, |i| i + 1);
    let end = b[pos..].iter().position(|&c| c == b'\n' || c == b'\r').map_or(b.len(), |i| pos + i + 1);
    let line = src.get(start..end).unwrap_or("");
    match line.strip_suffix('\r') {
        Some(body) => Cow::Owned(format!("{body}\n")),
        None => Cow::Borrowed(line),
    }
}

/// CPython's `_PyPegen_byte_offset_to_character_offset(line, col + 1)`: 1-based characters.
fn char_offset(line: &str, col: usize) -> u32 {
    let b = line.as_bytes();
    let col = col.min(b.len());
    String::from_utf8_lossy(&b[..col]).chars().count() as u32 + 1
}

/// The running state of a concatenation (CPython's `FstringParser`): the pending literal
/// text and the nodes made so far.
#[derive(Default)]
pub(crate) struct Concat {
    last_str: Option<Wtf8Buf>,
    values: Vec<Expr>,
    /// Set once an f-string has been seen: the result is a JoinedStr.
    fmode: bool,
}

impl Concat {
    /// Appends literal text; empty text is dropped.
    fn push_str(&mut self, s: Wtf8Buf) {
        if s.is_empty() {
            return;
        }
        match &mut self.last_str {
            Some(prev) => prev.push_wtf8(&s),
            None => self.last_str = Some(s),
        }
    }

    /// Turns the pending literal, if any, into a Constant node.
    fn flush(&mut self, cx: &Cx<'_>, first: &Token, last: &Token) {
        if let Some(s) = self.last_str.take() {
            self.values.push(cx.str_node(s, first, last));
        }
    }

    /// The Constant (no f-string seen) or JoinedStr, spanning `first`..`last`.
    fn finish(mut self, cx: &Cx<'_>, first: &Token, last: &Token) -> Expr {
        if !self.fmode {
            return cx.str_node(self.last_str.take().unwrap_or_default(), first, last);
        }
        self.flush(cx, first, last);
        Expr {
            kind: ExprKind::JoinedStr { values: self.values },
            loc: Loc::new(first.lineno, first.col, last.end_lineno, last.end_col),
        }
    }
}

#[cfg(test)]
mod tests;
