//! String literals (any prefix; single or triple quoted): finding the end, skipping escaped
//! characters, and CPython's "unterminated string literal" errors.

use super::super::token::TokenKind;
use super::state::{Lexer, Step, EOF};

impl<'a> Lexer<'a> {
    /// A string literal whose opening quote `quote` has just been read (`self.start` is at
    /// its prefix or quote).
    pub(super) fn string(&mut self, quote: i32) -> Step<TokenKind> {
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        self.first_lineno = self.lineno;
        self.multi_line_start = self.line_start;
        let mut c = self.nextc();
        if c == quote {
            c = self.nextc();
            if c == quote {
                quote_size = 3;
            } else {
                end_quote_size = 1; // empty string
            }
        }
        if c != quote {
            self.backup(c);
        }
        let q = quote as u8;
        while end_quote_size != quote_size {
            // Fast skip of ordinary characters within the current line.
            if let Some(rest) = self.buf.get(self.cur..self.inp) {
                let n = memchr::memchr3(q, b'\\', b'\n', rest).unwrap_or(rest.len());
                if n > 0 {
                    self.cur += n;
                    end_quote_size = 0;
                }
            }
            c = self.nextc();
            if c == EOF || (quote_size == 1 && c == b'\n' as i32) {
                let detected = self.lineno;
                self.cur = self.start + 1;
                self.line_start = self.multi_line_start;
                self.lineno = self.first_lineno;
                let msg = if quote_size == 3 {
                    format!("unterminated triple-quoted string literal (detected at line {})", detected)
                } else {
                    format!("unterminated string literal (detected at line {})", detected)
                };
                return Err(self.tok_error(msg));
            }
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == b'\\' as i32 {
                    self.nextc(); // the escaped character
                }
            }
        }
        self.emit(TokenKind::String, self.start, self.cur)
    }
}
