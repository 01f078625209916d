//! The parser proper: a hand-written recursive-descent parser equivalent to CPython 3.11's PEG
//! grammar (Grammar/python.gram). This file holds the token cursor, node positions (the
//! grammar's EXTRA), error raising, and the two-pass driver; the rules live in the submodules.
//!
//! Strategy: a first pass without the `invalid_*` rules; when it fails, a second pass with
//! them enabled (`Parser::invalid_pass`) to produce CPython's specialised messages; when none
//! fires, "invalid syntax" at the furthest token the first pass looked at.

mod arguments;
mod errors;
mod expr;
mod pattern;
mod stmt;
mod targets;

use crate::frontend::Mode;
use crate::lexer::lexer::{tokenize_mode, tokenize_source, LexOptions, Lexed, SourceInfo};
use crate::lexer::token::{Token, TokenKind as T};
use crate::parser::ast::*;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// Kind of the sentinel token standing for "the tokenizer stopped here" (text ended inside
/// brackets). TYPE_IGNORE tokens never reach the rules (they are collected before parsing), so
/// this kind matches nothing any rule asks for.
const END_OF_TOKENS: T = T::TypeIgnore;

/// End column marking the NEWLINE single input gets in place of ENDMARKER: like ENDMARKER,
/// CPython gives it no columns.
pub(crate) const NO_COL: u32 = u32::MAX;

/// Maximum rule nesting, as CPython's MAXSTACK. Levels are counted per construct so that the
/// limit falls near CPython's for the usual deep inputs (unary operators and `not` count 1,
/// `**` and `lambda` 2, as CPython's rule calls do).
const MAX_DEPTH: u32 = 5990;

/// Parser state for one pass over one token list.
pub(crate) struct Parser<'s> {
    /// The decoded source text the tokens index into.
    pub(crate) src: &'s str,
    /// Tokens without TYPE_IGNORE, ending with ENDMARKER or the `END_OF_TOKENS` sentinel.
    toks: Vec<Token>,
    /// Index of the next token.
    pos: usize,
    /// Furthest token index looked at (CPython's `p->fill - 1`).
    furthest: usize,
    /// Second pass: the `invalid_*` rules are active.
    pub(crate) invalid_pass: bool,
    /// The first error raised; once set every rule fails.
    err: Option<SyntaxError>,
    /// Current rule nesting.
    depth: u32,
    /// First line number of the text (f-string expressions start inside a file).
    start_line: u32,
    /// Second pass: `disjunction` results by start token, whether computed with or without
    /// the invalid rules (CPython memoizes `disjunction`, and a result computed inside an
    /// `*_without_invalid` rule is reused by later invalid-rule attempts).
    pub(crate) disjunction_memo: Option<std::collections::HashMap<usize, (Option<Expr>, usize)>>,
    /// Second pass: `invalid_expression` checks are off (a dict key after the first pair,
    /// outside brackets).
    pub(crate) skip_expression_checks: bool,
    /// The text is a file (exec mode): the tokenizer supplied a final newline.
    exec_input: bool,
    /// A `primary` already parsed from token `.0` to token `.1` (`disjunction`'s fast path):
    /// the next `primary` call at `.0` returns it instead of parsing it again.
    pub(crate) primary_seed: Option<(usize, usize, Expr)>,
    /// Parsing an f-string expression: its first line's column shift. Errors then say
    /// "f-string: ..." and count columns from the start of the expression text.
    fstring_col: Option<u32>,
    /// Where the text came from: decides how error columns and lines are reported.
    pub(crate) info: SourceInfo,
}

/// What a rule returns: `None` is "no match" (or an error was raised: see `Parser::err`).
pub(crate) type R<T> = Option<T>;

pub(crate) fn tloc(t: &Token) -> Loc {
    Loc::new(t.lineno, t.col, t.end_lineno, t.end_col)
}

pub(crate) fn mk(kind: ExprKind, loc: Loc) -> Expr {
    Expr { kind, loc }
}

impl<'s> Parser<'s> {
    fn new(src: &'s str, toks: Vec<Token>, start_line: u32) -> Parser<'s> {
        Parser { src, toks, pos: 0, furthest: 0, invalid_pass: false, err: None, depth: 0, start_line, fstring_col: None, disjunction_memo: None, primary_seed: None, exec_input: false, skip_expression_checks: false, info: SourceInfo::default() }
    }

    fn reset(&mut self) {
        // `furthest` is kept: CPython's token buffer (`p->fill`) survives into the second pass.
        self.pos = 0;
        self.err = None;
        self.depth = 0;
        self.primary_seed = None;
    }

    // ----- cursor -----

    /// The token at `pos + k` (the sentinel past the end).
    #[inline]
    pub(crate) fn tok_at(&self, i: usize) -> Token {
        match self.toks.get(i) {
            Some(t) => *t,
            None => *self.toks.last().unwrap_or(&SENTINEL),
        }
    }

    /// Kind of the token `k` places ahead; records how far the parser looked.
    #[inline]
    pub(crate) fn peek_n(&mut self, k: usize) -> T {
        if self.err.is_some() {
            return END_OF_TOKENS;
        }
        let i = self.pos + k;
        if i > self.furthest {
            self.furthest = i.min(self.toks.len().saturating_sub(1));
        }
        match self.toks.get(i) {
            Some(t) => t.kind,
            None => END_OF_TOKENS,
        }
    }

    #[inline]
    pub(crate) fn peek(&mut self) -> T {
        self.peek_n(0)
    }

    #[inline]
    pub(crate) fn at(&mut self, k: T) -> bool {
        self.peek() == k
    }

    /// The current token (without recording lookahead).
    #[inline]
    pub(crate) fn cur(&self) -> Token {
        self.tok_at(self.pos)
    }

    #[inline]
    pub(crate) fn bump(&mut self) -> Token {
        let t = self.tok_at(self.pos);
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
        t
    }

    /// Consumes the current token when it is of kind `k`.
    #[inline]
    pub(crate) fn eat(&mut self, k: T) -> R<Token> {
        if self.peek() == k {
            Some(self.bump())
        } else {
            None
        }
    }

    #[inline]
    pub(crate) fn mark(&self) -> usize {
        self.pos
    }

    #[inline]
    pub(crate) fn reset_to(&mut self, m: usize) {
        self.pos = m;
    }

    pub(crate) fn failed(&self) -> bool {
        self.err.is_some()
    }

    /// The text of token `t`.
    pub(crate) fn text(&self, t: &Token) -> &'s str {
        self.src.get(t.start as usize..t.end as usize).unwrap_or("")
    }

    /// Is the current token the NAME `s` (a soft keyword)?
    pub(crate) fn at_soft(&mut self, s: &str) -> bool {
        self.peek() == T::Name && self.text(&self.cur()) == s
    }

    /// An identifier's value: the NAME's text, NFKC-normalized when not ASCII.
    pub(crate) fn ident(&self, t: &Token) -> Identifier {
        let s = self.text(t);
        if s.is_ascii() {
            compact_str::CompactString::new(s)
        } else {
            use unicode_normalization::UnicodeNormalization;
            s.nfkc().collect()
        }
    }

    /// Consumes a NAME and returns its identifier.
    pub(crate) fn name(&mut self) -> R<(Identifier, Token)> {
        let t = self.eat(T::Name)?;
        Some((self.ident(&t), t))
    }

    /// Span from token `start` to the end of the last token consumed that is not NEWLINE,
    /// INDENT, DEDENT or ENDMARKER (CPython's EXTRA).
    pub(crate) fn loc_from(&self, start: usize) -> Loc {
        let s = self.tok_at(start);
        let mut i = self.pos;
        let mut e = s;
        while i > 0 {
            i -= 1;
            let t = self.tok_at(i);
            if !matches!(t.kind, T::Newline | T::Indent | T::Dedent | T::EndMarker) {
                e = t;
                break;
            }
        }
        Loc::new(s.lineno, s.col, e.end_lineno, e.end_col)
    }

    /// Enters a nested rule; fails (with CPython's error) past `MAX_DEPTH`.
    pub(crate) fn enter(&mut self) -> R<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            if self.err.is_none() {
                // CPython 3.11 raises a bare MemoryError here.
                self.err = Some(SyntaxError::new(SyntaxErrorKind::MemoryError, ""));
            }
            return None;
        }
        Some(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ----- errors -----

    /// The text of line `lineno` (with its newline), if it is in the source.
    fn line_text(&self, lineno: u32) -> Option<&'s str> {
        let idx = lineno.checked_sub(self.start_line)? as usize;
        let mut rest = self.src;
        // Lines end at `\n`, `\r\n` or `\r`, as CPython's tokenizer counts them.
        let line_end = |rest: &str| -> Option<usize> {
            let b = rest.as_bytes();
            let i = b.iter().position(|&c| c == b'\n' || c == b'\r')?;
            Some(if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') { i + 2 } else { i + 1 })
        };
        for _ in 0..idx {
            let end = line_end(rest)?;
            rest = &rest[end..];
        }
        let end = line_end(rest).unwrap_or(rest.len());
        Some(&rest[..end])
    }

    /// A 0-based byte column as CPython's 1-based character offset, counted on the text of
    /// line `lineno` (CPython converts end columns on the error's first line too, clamped to
    /// its length).
    fn char_offset(&self, lineno: u32, col: i64) -> u32 {
        if col < 0 || lineno == 0 {
            return 0;
        }
        let n = col as usize + 1;
        if !self.info.encoding_declared && self.fstring_col.is_none() {
            // CPython converts byte columns to characters only when it knows the encoding.
            return n as u32;
        }
        let line = match self.error_text(lineno) {
            Some(l) => l,
            None => return n as u32,
        };
        // CPython counts over the line with its newline; past its end, the C string's NUL
        // counts as one more character.
        if n > line.len() {
            return line.chars().count() as u32 + 1;
        }
        let mut c = n;
        while c > 0 && !line.is_char_boundary(c) {
            c -= 1;
        }
        // Bytes of a partial character decode to one replacement character.
        let partial = usize::from(c < n);
        (line[..c].chars().count() + partial) as u32
    }

    /// Is `lineno` the first line of a file that began with a BOM?
    fn bom_line(&self, lineno: u32) -> bool {
        self.info.bom && lineno == 1 && self.start_line == 1 && self.fstring_col.is_none()
    }

    /// The error text of line `lineno`, as CPython reads it back from the file: with universal
    /// newlines, the BOM on line 1, and only the last 999-byte piece of a longer line
    /// (`lexer::file_line_text`). Text not read back (`SourceInfo::reread`) and f-string
    /// expressions: the line as it is in the text.
    fn error_text(&self, lineno: u32) -> Option<String> {
        let line = self.line_text(lineno)?;
        let body = line.trim_end_matches(['\n', '\r']);
        let eol = if body.len() < line.len() { "\n" } else { "" };
        if self.fstring_col.is_some() || !self.info.reread {
            return Some(format!("{body}{eol}"));
        }
        let bom = if self.bom_line(lineno) { "\u{feff}" } else { "" };
        let full = format!("{bom}{body}{eol}");
        Some(crate::lexer::lexer::file_line_text(full.as_bytes(), true).unwrap_or(full))
    }

    /// Raises `msg` over the byte range given (end col -1: unknown). Returns `None` so rules
    /// can `return self.raise_range(...)`.
    pub(crate) fn raise_full<X>(&mut self, kind: SyntaxErrorKind, msg: &str, l: u32, c: i64, el: u32, ec: i64) -> R<X> {
        if self.err.is_none() {
            let (msg, c, ec) = match self.fstring_col {
                Some(shift) => (format!("f-string: {msg}"), c - shift as i64, if ec < 0 { ec } else { ec - shift as i64 }),
                None => (msg.to_string(), c, ec),
            };
            let mut e = SyntaxError::new(kind, msg);
            e.lineno = l;
            e.offset = self.char_offset(l, c);
            e.end_lineno = el;
            e.end_offset = if ec < 0 { 0 } else { self.char_offset(l, ec) };
            e.text = self.error_text(l);
            self.err = Some(e);
        }
        None
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b, msg).
    pub(crate) fn raise_range<X>(&mut self, a: Loc, b: Loc, msg: &str) -> R<X> {
        self.raise_full(SyntaxErrorKind::SyntaxError, msg, a.lineno, a.col_offset as i64, b.end_lineno, b.end_col_offset as i64)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a, msg).
    pub(crate) fn raise_at<X>(&mut self, a: Loc, msg: &str) -> R<X> {
        self.raise_range(a, a, msg)
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM(a, msg): from `a` to where the tokenizer is (the end
    /// of the furthest token read).
    pub(crate) fn raise_from<X>(&mut self, a: Loc, msg: &str) -> R<X> {
        let t = self.tok_at(self.furthest);
        self.raise_full(SyntaxErrorKind::SyntaxError, msg, a.lineno, a.col_offset as i64, t.end_lineno, t.end_col as i64 - 1)
    }

    /// RAISE_SYNTAX_ERROR(msg): at the last token looked at.
    pub(crate) fn raise_here<X>(&mut self, msg: &str) -> R<X> {
        self.raise_last(SyntaxErrorKind::SyntaxError, msg)
    }

    pub(crate) fn raise_last<X>(&mut self, kind: SyntaxErrorKind, msg: &str) -> R<X> {
        let t = self.tok_at(self.furthest);
        if self.info.file_input && t.kind == T::Dedent && t.start as usize >= self.src.len() {
            // A DEDENT made at the end of a file: CPython's buffer is empty there, column 0.
            return self.raise_full(kind, msg, t.lineno, -1, t.end_lineno, -1);
        }
        if matches!(t.kind, T::Indent | T::Dedent) {
            // CPython's INDENT/DEDENT tokens have no columns: it reports the tokenizer's
            // position (just after the indentation) and no end.
            return self.raise_full(kind, msg, t.lineno, t.col as i64 - 1, t.end_lineno, -1);
        }
        if t.kind == T::EndMarker || t.end_col == NO_COL {
            // Likewise for ENDMARKER: the tokenizer's position, at most just past the line (a
            // file has its implied final newline read; single input ends at the text's end).
            let len = self.line_text(t.lineno).map(|l| l.trim_end_matches(['\n', '\r']).len()).unwrap_or(0) as i64;
            let col = if self.info.file_input && t.kind == T::EndMarker {
                // A file's tokenizer has an empty buffer at the end: CPython uses column 0.
                -1
            } else {
                (t.col as i64).min(len) - i64::from(!self.exec_input)
            };
            return self.raise_full(kind, msg, t.lineno, col, t.end_lineno, -1);
        }
        self.raise_full(kind, msg, t.lineno, t.col as i64, t.end_lineno, t.end_col as i64)
    }

    /// RAISE_INDENTATION_ERROR(msg).
    pub(crate) fn raise_indent<X>(&mut self, msg: &str) -> R<X> {
        self.raise_last(SyntaxErrorKind::IndentationError, msg)
    }

    /// `&&tok`: a forced token, "expected 'X'" at the next token when missing.
    pub(crate) fn expect_forced(&mut self, k: T, spelled: &str) -> R<Token> {
        if let Some(t) = self.eat(k) {
            return Some(t);
        }
        if self.err.is_some() {
            return None;
        }
        let t = self.cur();
        self.raise_range(tloc(&t), tloc(&t), &format!("expected '{spelled}'"))
    }

    pub(crate) fn take_error(&mut self, e: SyntaxError) {
        if self.err.is_none() {
            self.err = Some(e);
        }
    }
}

const SENTINEL: Token = Token { kind: END_OF_TOKENS, start: 0, end: 0, lineno: 1, col: 0, end_lineno: 1, end_col: 0 };

/// CPython's parser, for single input, turns an ENDMARKER read after other tokens into a
/// NEWLINE followed by the DEDENTs that close the open blocks (`_PyPegen_fill_token`).
fn single_input_tokens(toks: Vec<Token>) -> Vec<Token> {
    let mut out = Vec::with_capacity(toks.len() + 4);
    let mut started = false;
    let mut depth = 0usize;
    for t in toks {
        match t.kind {
            T::Indent => depth += 1,
            T::Dedent => depth = depth.saturating_sub(1),
            _ => {}
        }
        if t.kind == T::EndMarker || t.end_col == NO_COL {
            while started {
                // Like the ENDMARKER it replaces, this NEWLINE has no columns (`NO_COL`).
                out.push(Token { kind: T::Newline, end_col: NO_COL, ..t });
                started = depth > 0;
                for _ in 0..depth {
                    out.push(Token { kind: T::Dedent, ..t });
                }
                depth = 0;
            }
        }
        started = true;
        out.push(t);
    }
    out
}

/// Is this a tokenizer error CPython raises only when the parser reads the failing token?
pub(crate) fn is_deferred_tokenizer_error(e: &SyntaxError) -> bool {
    matches!(e.kind, SyntaxErrorKind::IndentationError | SyntaxErrorKind::TabError)
        || e.msg == "unexpected character after line continuation character"
        || e.msg == "unexpected EOF while parsing"
}

/// A tokenizer error found by CPython's check of the rest of the file after a parser error
/// (`_PyPegen_tokenize_full_source_to_check_for_errors`), which replaces that error: a name
/// that is not UTF-8 escapes there as the codec's UnicodeDecodeError (only the parser turns
/// it into a SyntaxError, when it reads that token itself).
fn replacing(te: SyntaxError) -> SyntaxError {
    if te.kind == SyntaxErrorKind::SyntaxError && te.msg.starts_with(crate::lexer::source::NAME_ERROR) {
        crate::lexer::source::unicode_decode_error(&te)
    } else {
        te
    }
}

/// Runs one mode's start rule.
fn run(p: &mut Parser<'_>, mode: Mode) -> R<Mod> {
    match mode {
        Mode::Exec => {
            let body = p.statements_until_end()?;
            p.eat(T::EndMarker)?;
            Some(Mod::Module { body, type_ignores: Vec::new() })
        }
        Mode::Single => {
            let body = p.statement_newline()?;
            Some(Mod::Interactive { body })
        }
        Mode::Eval => {
            let body = p.expressions()?;
            while p.eat(T::Newline).is_some() {}
            p.eat(T::EndMarker)?;
            Some(Mod::Expression { body: Box::new(body) })
        }
        Mode::FuncType => {
            p.eat(T::Lpar)?;
            let argtypes = if p.at(T::Rpar) { Vec::new() } else { p.type_expressions()? };
            p.eat(T::Rpar)?;
            p.eat(T::Rarrow)?;
            let returns = p.expression()?;
            while p.eat(T::Newline).is_some() {}
            p.eat(T::EndMarker)?;
            Some(Mod::FunctionType { argtypes, returns: Box::new(returns) })
        }
    }
}

/// Parses a token list (CPython's `_PyPegen_run_parser`): two passes, then the error.
pub(crate) fn parse_tokens(src: &str, lexed: Lexed, mode: Mode, start_line: u32, info: SourceInfo) -> Result<Mod, SyntaxError> {
    // Errors CPython's tokenizer only reports through the parser when the parser reads that
    // far (E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT, E_EOF): they do not replace an earlier
    // parser error. The others it raises itself, and they win over parser errors.
    let (tok_error, deferred_tok_error) = match lexed.error {
        Some(e) if is_deferred_tokenizer_error(&e) => (None, Some(e)),
        other => (other, None),
    };
    let mut type_ignores = Vec::new();
    // The tokenizer's vector is reused; it is only filtered when it holds TYPE_IGNOREs.
    let mut toks = lexed.tokens;
    if toks.iter().any(|t| t.kind == T::TypeIgnore) {
        for t in toks.iter().filter(|t| t.kind == T::TypeIgnore) {
            let tag = src.get(t.start as usize..t.end as usize).unwrap_or("").to_string();
            type_ignores.push(TypeIgnore { lineno: t.lineno, tag });
        }
        toks.retain(|t| t.kind != T::TypeIgnore);
    }
    if toks.last().map(|t| t.kind) != Some(T::EndMarker) {
        // The tokenizer stopped inside brackets: a sentinel where its ERRORTOKEN would be.
        let (l, c, s) = toks.last().map(|t| (t.end_lineno, t.end_col, t.end)).unwrap_or((start_line, 0, 0));
        toks.push(Token { kind: END_OF_TOKENS, start: s, end: s, lineno: l, col: c, end_lineno: l, end_col: c });
    }
    let unclosed = lexed.unclosed;
    if mode == Mode::Single {
        toks = single_input_tokens(toks);
    }
    let mut p = Parser::new(src, toks, start_line);
    p.exec_input = mode == Mode::Exec;
    p.info = info;
    if let Some(mut m) = run(&mut p, mode) {
        if let Mod::Module { type_ignores: ti, .. } = &mut m {
            *ti = type_ignores;
        }
        if mode == Mode::Single {
            if let Some(e) = p.bad_single_statement() {
                return Err(e);
            }
        }
        return Ok(m);
    }
    let first_furthest = p.furthest;
    if let Some(e) = deferred_tok_error.clone() {
        if p.tok_at(first_furthest).kind == END_OF_TOKENS {
            return Err(e);
        }
    }
    if let Some(e) = tok_error.clone() {
        // The parser reached the point where the tokenizer failed: CPython raises the
        // tokenizer's error there.
        if p.tok_at(first_furthest).kind == END_OF_TOKENS {
            return Err(e);
        }
    }
    let err = match p.err.take() {
        // CPython checks the rest of the file for tokenizer errors only after a SyntaxError.
        Some(e) if e.kind == SyntaxErrorKind::MemoryError => return Err(e),
        Some(e) => match tok_error {
            Some(te) => return Err(replacing(te)),
            None => e,
        },
        None => {
            p.reset();
            p.invalid_pass = true;
            p.disjunction_memo = Some(Default::default());
            let _ = run(&mut p, mode);
            match p.err.take() {
                Some(e) if e.kind == SyntaxErrorKind::MemoryError => return Err(e),
                Some(e) => match (tok_error, deferred_tok_error) {
                    // A specialised error is replaced by a tokenizer error later in the file.
                    (Some(te), _) if p.tok_at(p.furthest).kind == END_OF_TOKENS => return Err(te),
                    (Some(te), _) => return Err(replacing(te)),
                    (None, Some(de)) if p.tok_at(p.furthest).kind == END_OF_TOKENS => return Err(de),
                    _ => e,
                },
                None => {
                    let last = p.tok_at(first_furthest);
                    if let (Some(te), true) = (tok_error.as_ref().or(deferred_tok_error.as_ref()), p.tok_at(p.furthest).kind == END_OF_TOKENS) {
                        // The second pass read up to the tokenizer's error.
                        return Err(te.clone());
                    }
                    if last.kind == END_OF_TOKENS {
                        if let Some(u) = unclosed {
                            return Err(u);
                        }
                        p.raise_last::<()>(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing");
                    } else if matches!(last.kind, T::Indent | T::Dedent) {
                        // CPython reports the tokenizer's position: just after the indentation.
                        let msg = if last.kind == T::Indent { "unexpected indent" } else { "unexpected unindent" };
                        p.raise_full::<()>(SyntaxErrorKind::IndentationError, msg, last.lineno, last.col as i64 - 1, last.end_lineno, -1);
                        return Err(p.err.take().unwrap_or_else(|| SyntaxError::new(SyntaxErrorKind::IndentationError, msg)));
                    } else if let Some(e) = tok_error {
                        return Err(replacing(e));
                    } else if last.kind == T::EndMarker || last.end_col == NO_COL {
                        // CPython's ENDMARKER has no columns.
                        p.raise_full::<()>(SyntaxErrorKind::SyntaxError, "invalid syntax", last.lineno, -1, last.end_lineno, -1);
                    } else {
                        p.raise_full::<()>(SyntaxErrorKind::SyntaxError, "invalid syntax", last.lineno, last.col as i64, last.end_lineno, last.end_col as i64);
                    }
                    p.err.take().unwrap_or_else(|| SyntaxError::new(SyntaxErrorKind::SyntaxError, "invalid syntax"))
                }
            }
        }
    };
    // CPython tokenizes the rest of the file: an unclosed bracket before the error's line wins.
    if let Some(u) = unclosed {
        let cur_line = p.tok_at(p.furthest.max(first_furthest)).lineno;
        if cur_line > u.lineno || p.tok_at(p.furthest).kind == END_OF_TOKENS {
            return Err(u);
        }
    }
    Err(err)
}

/// Tokenizes and parses decoded source text.
pub fn parse_text(src: &str, mode: Mode, type_comments: bool) -> Result<Mod, SyntaxError> {
    parse_text_in(src, SourceInfo::default(), mode, type_comments)
}

/// `parse_text` for text decoded from a file's bytes (`source::Decoded::info()`, with
/// `file_input` set for a script read through CPython's file tokenizer).
pub fn parse_text_in(src: &str, info: SourceInfo, mode: Mode, type_comments: bool) -> Result<Mod, SyntaxError> {
    let opts = LexOptions { type_comments, ..LexOptions::default() };
    let lexed = tokenize_source(src, &opts, mode == Mode::Exec, info);
    parse_tokens(src, lexed, mode, 1, info)
}

/// Parses `text`, made from the bytes `raw` (not UTF-8, no encoding declared) with U+FFFD for
/// the bad bytes: as CPython, the tokenizer reads the bytes, so token columns and the
/// tokenizer's errors count them; tokens are then placed in `text` for the parser.
pub fn parse_lossy_text(text: &str, raw: &[u8], info: SourceInfo, mode: Mode, type_comments: bool) -> Result<Mod, SyntaxError> {
    let opts = LexOptions { type_comments, ..LexOptions::default() };
    let mut lexed = crate::lexer::lexer::tokenize_raw(raw, &opts, mode == Mode::Exec, info);
    // Where each run of bad bytes ends, in `raw` and in `text` (one U+FFFD, 3 bytes, a run).
    let mut marks: Vec<(u32, u32)> = Vec::new();
    let (mut r, mut l) = (0u32, 0u32);
    for chunk in raw.utf8_chunks() {
        r += chunk.valid().len() as u32;
        l += chunk.valid().len() as u32;
        if !chunk.invalid().is_empty() {
            r += chunk.invalid().len() as u32;
            l += 3;
            marks.push((r, l));
        }
    }
    let to_text = |p: u32| -> u32 {
        let i = marks.partition_point(|&(mr, _)| mr <= p);
        match i.checked_sub(1).and_then(|i| marks.get(i)) {
            Some(&(mr, ml)) => p - mr + ml,
            None => p,
        }
    };
    for t in &mut lexed.tokens {
        t.start = to_text(t.start);
        t.end = to_text(t.end);
    }
    parse_tokens(text, lexed, mode, 1, info)
}

/// Parses a text CPython's tokenizer fails to read at byte `at` (`Decoded::line_error`):
/// `error` is raised when the parser (or CPython's check of the rest of the file after a
/// parser error) reads that far, unless the tokenizer failed before. The text ends at `at`
/// (a line CPython's file reader rejects), or has U+FFFD there (a name that is not UTF-8).
pub fn parse_text_until_error(src: &str, info: SourceInfo, at: usize, error: SyntaxError, mode: Mode, type_comments: bool) -> Result<Mod, SyntaxError> {
    let opts = LexOptions { type_comments, ..LexOptions::default() };
    let mut lexed = tokenize_source(src, &opts, mode == Mode::Exec, info);
    let at_end = at >= src.len();
    // Tokens from `at` on come from reading on; but the INDENT/DEDENTs before a bad name are
    // made before it is read (at the end of the text they are the end's DEDENTs).
    lexed.tokens.retain(|t| (t.start as usize) < at || (!at_end && t.start as usize == at && matches!(t.kind, T::Indent | T::Dedent)));
    let read_on = match &lexed.error {
        None => true,
        // A bad name is the first error in the text (decoding found no tokenizer error before
        // it): the lexer's error in the text with U+FFFD is at that name.
        Some(_) if !at_end => true,
        // Errors the tokenizer raises only at the end of the text.
        Some(e) => e.msg == "unexpected EOF while parsing" || e.msg.starts_with("unterminated triple-quoted string literal"),
    };
    if read_on {
        lexed.error = Some(error);
        lexed.error_on_reach = false;
        lexed.unclosed = None;
    }
    parse_tokens(src, lexed, mode, 1, info)
}

/// Parses an f-string replacement field's expression (CPython's `fstring` start rule:
/// star_expressions, then end of input), tokenized from `starting_lineno`/`starting_col`.
pub fn parse_fstring_expr(text: &str, starting_lineno: u32, starting_col: u32) -> Result<Expr, SyntaxError> {
    let opts = LexOptions { type_comments: false, start_line: starting_lineno, start_col: starting_col };
    let lexed = tokenize_mode(text, &opts, false);
    if let Some(e) = lexed.error {
        return Err(e);
    }
    let mut toks = lexed.tokens;
    toks.retain(|t| t.kind != T::TypeIgnore);
    if toks.last().map(|t| t.kind) != Some(T::EndMarker) {
        let (l, c, s) = toks.last().map(|t| (t.end_lineno, t.end_col, t.end)).unwrap_or((starting_lineno, 0, 0));
        toks.push(Token { kind: END_OF_TOKENS, start: s, end: s, lineno: l, col: c, end_lineno: l, end_col: c });
    }
    let mut p = Parser::new(text, toks, starting_lineno);
    p.fstring_col = Some(starting_col);
    let run_fstring = |p: &mut Parser<'_>| -> R<Expr> {
        let e = p.star_expressions()?;
        while p.eat(T::Newline).is_some() {}
        p.eat(T::EndMarker)?;
        Some(e)
    };
    if let Some(e) = run_fstring(&mut p) {
        return Ok(e);
    }
    let first_furthest = p.furthest;
    if let Some(e) = p.err.take() {
        return Err(e);
    }
    p.reset();
    p.invalid_pass = true;
    p.disjunction_memo = Some(Default::default());
    let _ = run_fstring(&mut p);
    if let Some(e) = p.err.take() {
        return Err(e);
    }
    let last = p.tok_at(first_furthest);
    p.raise_full::<()>(SyntaxErrorKind::SyntaxError, "invalid syntax", last.lineno, last.col as i64, last.end_lineno, last.end_col as i64);
    Err(p.err.take().unwrap_or_else(|| SyntaxError::new(SyntaxErrorKind::SyntaxError, "invalid syntax")))
}

#[cfg(test)]
mod tests;
