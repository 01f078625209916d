//! The tokenizer's state: a cursor that reads the text line by line as CPython's `tok_nextc`
//! does (the line number advances when a line is first read), and token emission with
//! CPython's line/column rules.

use super::super::token::{Token, TokenKind};
use super::{LexOptions, Lexed, SourceInfo};
use crate::syntax_error::SyntaxError;

/// `tok_nextc`'s end-of-input value.
pub(super) const EOF: i32 = -1;
/// CPython's MAXINDENT: indentation levels.
pub(super) const MAX_INDENT: usize = 100;
/// CPython's MAXLEVEL: bracket nesting.
pub(super) const MAX_LEVEL: usize = 200;
pub(super) const TABSIZE: u32 = 8;

/// An open bracket.
#[derive(Clone, Copy, Debug)]
pub(super) struct Paren {
    pub ch: u8,
    pub lineno: u32,
    /// Byte column of the bracket in its line.
    pub col: u32,
    /// Offset of the start of the bracket's line.
    pub line_start: usize,
}

/// Why tokenizing stopped early.
pub(super) enum Stop {
    /// A tokenizer error (raised as an exception).
    Error(SyntaxError),
    /// An error the tokenizer only flags; CPython's parser raises it when it reaches it.
    Flagged(SyntaxError),
    /// End of input inside brackets.
    Unclosed(SyntaxError),
}

pub(super) type Step<T> = Result<T, Stop>;

pub(super) struct Lexer<'a> {
    /// The (newline-translated) text.
    pub buf: &'a [u8],
    /// Length of `buf` without a supplied final newline (for error texts read "from the file").
    pub real_len: usize,
    /// Next byte to read.
    pub cur: usize,
    /// End of the current line (after its `\n`).
    pub inp: usize,
    /// Start of the current line.
    pub line_start: usize,
    /// CPython's `tok->buf`: the start of the line that was read last outside a token (a
    /// string or backslash continuation keeps it at the line where it began).
    pub buf_start: usize,
    /// Lines read now are read between tokens (measuring indentation).
    pub between_tokens: bool,
    /// Current line number (already shifted by `start_line - 1`).
    pub lineno: u32,
    /// The whole input has been read.
    pub at_eof: bool,
    /// At the beginning of a line: indentation must be measured.
    pub atbol: bool,
    /// Open brackets, innermost last.
    pub parens: Vec<Paren>,
    /// Indentation columns (tabs to multiples of 8), and the same with tabs counted as 1.
    pub indstack: Vec<u32>,
    pub altindstack: Vec<u32>,
    /// INDENTs (> 0) or DEDENTs (< 0) still to return.
    pub pendin: i32,
    /// Start of the token being read.
    pub start: usize,
    /// Line and line start where the current string literal began.
    pub first_lineno: u32,
    pub multi_line_start: usize,
    pub type_comments: bool,
    pub start_line: u32,
    pub start_col: u32,
    /// Convert the byte columns of parser-raised errors to characters (CPython does so only
    /// when it knows the encoding).
    pub encoding_declared: bool,
    /// The file's BOM belongs in front of line 1 in error texts.
    pub bom: bool,
    pub tokens: Vec<Token>,
}

impl<'a> Lexer<'a> {
    pub fn new(buf: &'a [u8], opts: &LexOptions, info: SourceInfo, real_len: usize) -> Lexer<'a> {
        let start_line = opts.start_line.max(1);
        Lexer {
            buf,
            real_len,
            cur: 0,
            inp: 0,
            line_start: 0,
            buf_start: 0,
            between_tokens: true,
            lineno: start_line - 1,
            at_eof: false,
            atbol: true,
            parens: Vec::new(),
            indstack: vec![0],
            altindstack: vec![0],
            pendin: 0,
            start: 0,
            first_lineno: start_line,
            multi_line_start: 0,
            type_comments: opts.type_comments,
            start_line,
            start_col: opts.start_col,
            encoding_declared: info.encoding_declared,
            bom: info.bom && start_line == 1,
            // About one token per 4 bytes of typical Python source.
            tokens: Vec::with_capacity(buf.len() / 4 + 16),
        }
    }

    /// Tokenizes everything.
    pub fn run(mut self) -> Lexed {
        let mut lexed = Lexed::default();
        loop {
            match self.get() {
                Ok(TokenKind::EndMarker) => break,
                Ok(_) => {}
                Err(Stop::Error(e)) => {
                    lexed.error = Some(e);
                    break;
                }
                Err(Stop::Flagged(e)) => {
                    lexed.error = Some(e);
                    lexed.error_on_reach = true;
                    // CPython's check of the rest of the file after a parser error reports an
                    // open bracket at a flagged error (if the bracket is on an earlier line).
                    if let Stop::Unclosed(u) = self.unclosed_error() {
                        lexed.unclosed = Some(u);
                    }
                    break;
                }
                Err(Stop::Unclosed(e)) => {
                    lexed.unclosed = Some(e);
                    break;
                }
            }
        }
        lexed.tokens = self.tokens;
        lexed
    }

    /// The next byte, reading the next line when the current one is used up (`tok_nextc`).
    #[inline]
    pub fn nextc(&mut self) -> i32 {
        if self.cur < self.inp {
            let c = self.buf[self.cur];
            self.cur += 1;
            return c as i32;
        }
        self.next_line()
    }

    #[cold]
    fn next_line(&mut self) -> i32 {
        if self.at_eof || self.inp >= self.buf.len() {
            self.at_eof = true;
            self.cur = self.inp;
            return EOF;
        }
        let from = self.inp;
        let end = match memchr::memchr(b'\n', &self.buf[from..]) {
            Some(i) => from + i + 1,
            None => self.buf.len(),
        };
        self.lineno += 1;
        self.line_start = from;
        if self.between_tokens {
            self.buf_start = from;
        }
        self.cur = from;
        self.inp = end;
        let c = self.buf[self.cur];
        self.cur += 1;
        c as i32
    }

    /// Un-reads `c` (`tok_backup`); nothing to do at end of input.
    #[inline]
    pub fn backup(&mut self, c: i32) {
        if c != EOF && self.cur > self.line_start {
            self.cur -= 1;
        }
    }

    /// The byte at `i`, or 0 past the end (CPython's buffers are NUL-terminated).
    #[inline]
    pub fn byte_at(&self, i: usize) -> u8 {
        self.buf.get(i).copied().unwrap_or(0)
    }

    /// Appends a token in the current line (`start..end` in the current line, or `start` in
    /// the line where a string literal began).
    pub fn emit(&mut self, kind: TokenKind, start: usize, end: usize) -> Step<TokenKind> {
        let (lineno, line_start) = if kind == TokenKind::String {
            (self.first_lineno, self.multi_line_start)
        } else {
            (self.lineno, self.line_start)
        };
        let mut col = start.saturating_sub(line_start) as u32;
        let mut end_col = end.saturating_sub(self.line_start) as u32;
        if self.lineno == self.start_line {
            col += self.start_col;
            end_col += self.start_col;
        }
        self.tokens.push(Token {
            kind,
            start: start as u32,
            end: end as u32,
            lineno,
            col,
            end_lineno: self.lineno,
            end_col,
        });
        Ok(kind)
    }
}
