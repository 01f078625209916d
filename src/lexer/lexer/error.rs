//! CPython's SyntaxErrors for tokenizer failures, built the two ways CPython builds them:
//! the tokenizer's own `syntaxerror()` (offsets count characters up to the cursor, text is
//! the line without its newline), and the parser's `tokenizer_error()` for the error codes the
//! tokenizer only flags (byte columns converted to characters on the line as read from the
//! file, newline included).

use super::state::{Lexer, Stop};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// Number of characters in UTF-8 bytes (a cut-off character counts as one, as CPython's
/// "replace" decoding does).
pub(super) fn char_count(bytes: &[u8]) -> u32 {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as u32
}

impl<'a> Lexer<'a> {
    /// The current line from `line_start` up to (not including) its newline.
    fn line_text_no_nl(&self, line_start: usize) -> String {
        let rest = self.buf.get(line_start..).unwrap_or(&[]);
        let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        String::from_utf8_lossy(&rest[..end]).into_owned()
    }

    /// The line starting at `line_start` as CPython reads it back from the file: with its
    /// newline, unless it is the last line and the file has none.
    pub(super) fn line_text_file(&self, line_start: usize) -> String {
        let rest = self.buf.get(line_start..).unwrap_or(&[]);
        let mut end = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => i + 1,
            None => rest.len(),
        };
        if line_start + end > self.real_len {
            end = self.real_len.saturating_sub(line_start);
        }
        String::from_utf8_lossy(&rest[..end]).into_owned()
    }

    /// The tokenizer's `syntaxerror()`: points at the character before the cursor.
    pub(super) fn tok_error(&self, msg: impl Into<String>) -> Stop {
        let cur = self.cur.max(self.line_start);
        let offset = char_count(self.buf.get(self.line_start..cur).unwrap_or(&[]));
        self.tok_error_range(offset, offset, msg)
    }

    /// The tokenizer's `syntaxerror_known_range()`: CPython passes these offsets through as
    /// they are (byte-based).
    pub(super) fn tok_error_range(&self, offset: u32, end_offset: u32, msg: impl Into<String>) -> Stop {
        Stop::Error(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            lineno: self.lineno,
            offset,
            end_lineno: self.lineno,
            end_offset,
            text: Some(self.line_text_no_nl(self.line_start)),
        })
    }

    /// An error raised by CPython's parser at a 0-based byte column of the line starting at
    /// `line_start` (`RAISE_ERROR_KNOWN_LOCATION` and friends). `col1` is the 1-based byte
    /// column; `end_offset` is passed through (0 or CPython's -1, which we report as 0).
    pub(super) fn parser_error(
        &self,
        kind: SyntaxErrorKind,
        lineno: u32,
        line_start: usize,
        col1: usize,
        msg: impl Into<String>,
    ) -> SyntaxError {
        let text = self.line_text_file(line_start);
        let offset = byte_to_char_offset(&text, col1);
        SyntaxError { kind, msg: msg.into(), lineno, offset, end_lineno: lineno, end_offset: 0, text: Some(text) }
    }

    /// `tokenizer_error()` for E_TABSPACE / E_TOODEEP: column 1 of the current line.
    pub(super) fn indent_error(&self, kind: SyntaxErrorKind, msg: &str) -> Stop {
        Stop::Error(self.parser_error(kind, self.lineno, self.line_start, 1, msg))
    }

    /// `tokenizer_error()` for E_DEDENT and E_EOF: CPython's parser points at the cursor
    /// (0-based byte column used as the 1-based offset).
    pub(super) fn error_at_cursor(&self, kind: SyntaxErrorKind, msg: &str) -> Stop {
        let col = self.cur.saturating_sub(self.line_start);
        Stop::Error(self.parser_error(kind, self.lineno, self.line_start, col, msg))
    }

    /// "'(' was never closed" for the innermost open bracket.
    pub(super) fn unclosed_error(&self) -> Stop {
        match self.parens.last() {
            Some(p) => Stop::Unclosed(self.parser_error(
                SyntaxErrorKind::SyntaxError,
                p.lineno,
                p.line_start,
                p.col as usize + 1,
                format!("'{}' was never closed", p.ch as char),
            )),
            None => self.error_at_cursor(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing"),
        }
    }
}

/// CPython's `_PyPegen_byte_offset_to_character_offset`: the number of characters in the
/// first `col` bytes of `line` (past the end, the terminating NUL counts as one more).
pub(super) fn byte_to_char_offset(line: &str, col: usize) -> u32 {
    let b = line.as_bytes();
    let col = col.min(b.len() + 1);
    if col > b.len() {
        char_count(b) + 1
    } else {
        char_count(&b[..col])
    }
}
