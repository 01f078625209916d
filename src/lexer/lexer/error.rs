//! CPython's SyntaxErrors for tokenizer failures, built the two ways CPython builds them:
//! the tokenizer's own `syntaxerror()` (offsets count characters up to the cursor, text is
//! the line without its newline), and the parser's `tokenizer_error()` for the error codes the
//! tokenizer only flags (byte columns converted to characters on the line as read from the
//! file, newline included).

use super::state::{Lexer, Stop};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// Number of characters in UTF-8 bytes decoded as CPython's "replace" error handler does
/// (each bad or cut-off sequence is one character).
pub(super) fn char_count(bytes: &[u8]) -> u32 {
    if bytes.is_ascii() {
        return bytes.len() as u32;
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => s.chars().count() as u32,
        Err(_) => String::from_utf8_lossy(bytes).chars().count() as u32,
    }
}

impl<'a> Lexer<'a> {
    /// The current line from `line_start` up to (not including) its newline.
    fn line_text_no_nl(&self, line_start: usize) -> String {
        let rest = self.buf.get(line_start..).unwrap_or(&[]);
        let end = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
        String::from_utf8_lossy(&rest[..end]).into_owned()
    }

    /// Line `lineno`, starting at `line_start`, as CPython's parser shows it in an error:
    /// read back from the file (see `file_line_text`); when that fails (bytes that are not
    /// UTF-8 and no declared encoding), the tokenizer's buffer (`tok->buf` to the end of the
    /// current line) if the error is on the current line, else the line without its newline.
    pub(super) fn line_text_file(&self, lineno: u32, line_start: usize) -> String {
        let rest = self.buf.get(line_start..).unwrap_or(&[]);
        let with_nl = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => i + 1,
            None => rest.len(),
        };
        let mut end = with_nl;
        if line_start + end > self.real_len {
            end = self.real_len.saturating_sub(line_start);
        }
        let from_file = if self.bom && line_start == 0 {
            let mut line = b"\xEF\xBB\xBF".to_vec();
            line.extend_from_slice(&rest[..end]);
            file_line_text(&line, self.encoding_declared)
        } else {
            file_line_text(&rest[..end], self.encoding_declared)
        };
        match from_file {
            Some(text) => text,
            None if self.lineno <= lineno => {
                String::from_utf8_lossy(self.buf.get(self.buf_start..self.inp).unwrap_or(&[])).into_owned()
            }
            None => {
                let no_nl = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
                String::from_utf8_lossy(&rest[..no_nl]).into_owned()
            }
        }
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
        let text = self.line_text_file(lineno, line_start);
        let offset = if self.encoding_declared { byte_to_char_offset(&text, col1) } else { col1 as u32 };
        SyntaxError { kind, msg: msg.into(), lineno, offset, end_lineno: lineno, end_offset: 0, text: Some(text) }
    }

    /// `tokenizer_error()` for E_TABSPACE / E_TOODEEP: column 1 of the current line.
    pub(super) fn indent_error(&self, kind: SyntaxErrorKind, msg: &str) -> Stop {
        Stop::Flagged(self.parser_error(kind, self.lineno, self.line_start, 1, msg))
    }

    /// `tokenizer_error()` for E_DEDENT and E_EOF: CPython's parser points at the cursor
    /// (0-based byte column used as the 1-based offset).
    pub(super) fn error_at_cursor(&self, kind: SyntaxErrorKind, msg: &str) -> Stop {
        let col = self.cur.saturating_sub(self.line_start);
        Stop::Flagged(self.parser_error(kind, self.lineno, self.line_start, col, msg))
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

/// How CPython's parser reads line `line` (its bytes, with the newline it has in the file)
/// back from the file for an error's text (`err_programtext`): in 999-byte pieces, keeping
/// the last piece of a longer line, decoded strictly as UTF-8 unless an encoding was
/// declared (then with U+FFFD for bad bytes). `None` when that decoding fails.
pub fn file_line_text(line: &[u8], encoding_declared: bool) -> Option<String> {
    const PIECE: usize = 999;
    let start = if line.len() > PIECE { PIECE * ((line.len() - 1) / PIECE) } else { 0 };
    let piece = &line[start..];
    if encoding_declared {
        Some(String::from_utf8_lossy(piece).into_owned())
    } else {
        std::str::from_utf8(piece).ok().map(str::to_owned)
    }
}

/// CPython's `_PyPegen_byte_offset_to_character_offset`: the number of characters in the
/// first `col` bytes of `line` (past the end, the terminating NUL counts as one more).
pub(crate) fn byte_to_char_offset(line: &str, col: usize) -> u32 {
    let b = line.as_bytes();
    let col = col.min(b.len() + 1);
    if col > b.len() {
        char_count(b) + 1
    } else {
        char_count(&b[..col])
    }
}
