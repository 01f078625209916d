//! `tok_get`: one token per call — indentation at the start of a line, then names, numbers,
//! strings, operators and brackets, skipping comments (or returning type comments).

use super::super::token::TokenKind;
use super::state::{Lexer, Paren, Step, Stop, EOF, MAX_INDENT, MAX_LEVEL, TABSIZE};
use crate::syntax_error::SyntaxErrorKind;

#[inline]
pub(super) fn is_digit(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}

#[inline]
pub(super) fn is_ident_start(c: i32) -> bool {
    (c >= b'a' as i32 && c <= b'z' as i32) || (c >= b'A' as i32 && c <= b'Z' as i32) || c == b'_' as i32 || c >= 128
}

#[inline]
pub(super) fn is_ident_char(c: i32) -> bool {
    is_ident_start(c) || is_digit(c)
}

/// Bytes that continue a name: ASCII letters, digits, `_`, and every non-ASCII byte (checked
/// afterwards by `verify_identifier`).
static NAME_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_' || c >= 128;
        b += 1;
    }
    t
};

/// ASCII bytes that continue a name: letters, digits and `_`.
static ASCII_NAME_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_';
        b += 1;
    }
    t
};

const TAB_MSG: &str = "inconsistent use of tabs and spaces in indentation";

impl<'a> Lexer<'a> {
    /// Reads and records the next token; returns its kind (`EndMarker` at the end).
    pub(super) fn get(&mut self) -> Step<TokenKind> {
        'nextline: loop {
            let mut blankline = false;
            if self.atbol {
                self.atbol = false;
                self.between_tokens = true;
                let r = self.indentation(&mut blankline);
                self.between_tokens = false;
                r?;
            }
            self.start = self.cur;
            if self.pendin != 0 {
                let kind = if self.pendin < 0 {
                    self.pendin += 1;
                    TokenKind::Dedent
                } else {
                    self.pendin -= 1;
                    TokenKind::Indent
                };
                return self.emit(kind, self.cur, self.cur);
            }
            // 'again': after a backslash continuation.
            loop {
                let mut c = self.nextc();
                while c == b' ' as i32 || c == b'\t' as i32 || c == 0x0c {
                    c = self.nextc();
                }
                self.start = if c == EOF { self.cur } else { self.cur - 1 };

                if c == b'#' as i32 {
                    // Skip to the end of the line (the `\n` is read as `c`): the line's only
                    // `\n` is its last byte (`next_line` ends lines there), so no scan is needed.
                    self.cur = if self.cur < self.inp && self.buf.get(self.inp - 1) == Some(&b'\n') {
                        self.inp - 1
                    } else {
                        self.inp
                    };
                    c = self.nextc();
                    if self.type_comments {
                        if let Some(kind) = self.type_comment(c, blankline)? {
                            return Ok(kind);
                        }
                    }
                }

                if c == EOF {
                    if !self.parens.is_empty() {
                        return Err(self.unclosed_error());
                    }
                    return self.emit(TokenKind::EndMarker, self.cur, self.cur);
                }

                if is_ident_start(c) {
                    return self.name_or_string(c);
                }

                if c == b'\n' as i32 {
                    self.atbol = true;
                    if blankline || !self.parens.is_empty() {
                        continue 'nextline;
                    }
                    return self.emit(TokenKind::Newline, self.start, self.cur - 1);
                }

                if c == b'.' as i32 {
                    let c2 = self.nextc();
                    if is_digit(c2) {
                        return self.number_fraction(c2);
                    } else if c2 == b'.' as i32 {
                        let c3 = self.nextc();
                        if c3 == b'.' as i32 {
                            return self.emit(TokenKind::Ellipsis, self.start, self.cur);
                        }
                        self.backup(c3);
                        self.backup(c2);
                    } else {
                        self.backup(c2);
                    }
                    return self.emit(TokenKind::Dot, self.start, self.cur);
                }

                if is_digit(c) {
                    return self.number(c);
                }

                if c == b'\'' as i32 || c == b'"' as i32 {
                    return self.string(c);
                }

                if c == b'\\' as i32 {
                    self.continuation_line()?;
                    continue;
                }

                return self.operator(c);
            }
        }
    }

    /// Measures a new line's indentation and queues INDENT/DEDENT tokens.
    fn indentation(&mut self, blankline: &mut bool) -> Step<()> {
        let mut col: u32 = 0;
        let mut altcol: u32 = 0;
        let mut cont_line_col: u32 = 0;
        let mut c;
        loop {
            // Fast path: a run of spaces within the current line.
            let spaces = self.buf.get(self.cur..self.inp).map_or(0, |rest| rest.iter().take_while(|&&b| b == b' ').count());
            if spaces > 0 {
                self.cur += spaces;
                let n = u32::try_from(spaces).unwrap_or(u32::MAX);
                col = col.saturating_add(n);
                altcol = altcol.saturating_add(n);
            }
            c = self.nextc();
            // (Saturating: a line of billions of blanks must not overflow.)
            if c == b' ' as i32 {
                col = col.saturating_add(1);
                altcol = altcol.saturating_add(1);
            } else if c == b'\t' as i32 {
                col = (col / TABSIZE).saturating_add(1).saturating_mul(TABSIZE);
                altcol = altcol.saturating_add(1);
            } else if c == 0x0c {
                col = 0;
                altcol = 0;
            } else if c == b'\\' as i32 {
                if cont_line_col == 0 {
                    cont_line_col = col;
                }
                self.continuation_line()?;
            } else {
                break;
            }
        }
        self.backup(c);
        if c == b'#' as i32 || c == b'\n' as i32 {
            *blankline = true;
        }
        if *blankline || !self.parens.is_empty() {
            return Ok(());
        }
        if cont_line_col != 0 {
            col = cont_line_col;
            altcol = cont_line_col;
        }
        let top = self.indstack.len() - 1;
        let (icol, ialt) = (self.indstack[top], self.altindstack[top]);
        if col == icol {
            if altcol != ialt {
                return Err(self.indent_fail(SyntaxErrorKind::TabError, TAB_MSG));
            }
        } else if col > icol {
            if top + 1 >= MAX_INDENT {
                return Err(self.indent_fail(SyntaxErrorKind::IndentationError, "too many levels of indentation"));
            }
            if altcol <= ialt {
                return Err(self.indent_fail(SyntaxErrorKind::TabError, TAB_MSG));
            }
            self.pendin += 1;
            self.indstack.push(col);
            self.altindstack.push(altcol);
        } else {
            while self.indstack.len() > 1 && col < self.indstack[self.indstack.len() - 1] {
                self.pendin -= 1;
                self.indstack.pop();
                self.altindstack.pop();
            }
            let top = self.indstack.len() - 1;
            if col != self.indstack[top] {
                self.cur = self.inp;
                return Err(self.error_at_cursor(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                ));
            }
            if altcol != self.altindstack[top] {
                return Err(self.indent_fail(SyntaxErrorKind::TabError, TAB_MSG));
            }
        }
        Ok(())
    }

    fn indent_fail(&mut self, kind: SyntaxErrorKind, msg: &str) -> Stop {
        self.cur = self.inp;
        self.indent_error(kind, msg)
    }

    /// After a backslash: the next character must end the line, and input must go on.
    pub(super) fn continuation_line(&mut self) -> Step<()> {
        let c = self.nextc();
        if c != b'\n' as i32 {
            // CPython's parser: column of the character after the backslash, counted from
            // `tok->buf` (which a multi-line string or continuation keeps at an earlier line).
            let col1 = self.cur.saturating_sub(self.buf_start);
            return Err(Stop::Flagged(self.parser_error(
                SyntaxErrorKind::SyntaxError,
                self.lineno,
                self.line_start,
                col1,
                "unexpected character after line continuation character",
            )));
        }
        let c = self.nextc();
        if c == EOF {
            self.cur = self.inp;
            return Err(if self.parens.is_empty() {
                self.error_at_cursor(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing")
            } else {
                self.unclosed_error()
            });
        }
        self.backup(c);
        Ok(())
    }

    /// A `#` comment has been skipped up to `c` (newline or EOF): returns a TYPE_COMMENT or
    /// TYPE_IGNORE token if it is one.
    fn type_comment(&mut self, c: i32, blankline: bool) -> Step<Option<TokenKind>> {
        const PREFIX: &[u8] = b"# type: ";
        let mut p = self.start;
        let mut matched = 0;
        while matched < PREFIX.len() && p < self.cur {
            let want = PREFIX[matched];
            if want == b' ' {
                while matches!(self.byte_at(p), b' ' | b'\t') {
                    p += 1;
                }
            } else if self.byte_at(p) == want {
                p += 1;
            } else {
                break;
            }
            matched += 1;
        }
        if matched < PREFIX.len() {
            return Ok(None);
        }
        self.backup(c);
        let ignore_end = p + 6;
        let is_ignore = self.cur >= ignore_end
            && self.buf.get(p..ignore_end) == Some(b"ignore".as_slice())
            && !(self.cur > ignore_end && {
                let b = self.byte_at(ignore_end);
                b >= 128 || b.is_ascii_alphanumeric()
            });
        if is_ignore {
            let end = self.cur;
            let kind = self.emit(TokenKind::TypeIgnore, ignore_end, end)?;
            if blankline {
                self.nextc();
                self.atbol = true;
            }
            Ok(Some(kind))
        } else {
            let end = self.cur;
            Ok(Some(self.emit(TokenKind::TypeComment, p, end)?))
        }
    }

    /// A name, or a string literal with a prefix.
    fn name_or_string(&mut self, first: i32) -> Step<TokenKind> {
        let mut c = first;
        let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
        loop {
            let ch = if (0..128).contains(&c) { (c as u8).to_ascii_lowercase() } else { 0 };
            if !(saw_b || saw_u || saw_f) && ch == b'b' {
                saw_b = true;
            } else if !(saw_b || saw_u || saw_r || saw_f) && ch == b'u' {
                saw_u = true;
            } else if !(saw_r || saw_u) && ch == b'r' {
                saw_r = true;
            } else if !(saw_f || saw_b || saw_u) && ch == b'f' {
                saw_f = true;
            } else {
                break;
            }
            c = self.nextc();
            if c == b'"' as i32 || c == b'\'' as i32 {
                return self.string(c);
            }
        }
        let mut nonascii = c >= 128;
        if is_ident_char(c) {
            // `c` is part of the name: scan the rest of it within the current line (a name
            // never reaches past the line's `\n`, so no new line is read).
            let line = &self.buf[..self.inp];
            let mut i = self.cur;
            // ASCII letters, digits and `_` first (the common case), then, only if a
            // non-ASCII byte stops that run, everything `NAME_BYTE` allows.
            while let Some(&b) = line.get(i) {
                if !ASCII_NAME_BYTE[b as usize] {
                    break;
                }
                i += 1;
            }
            if line.get(i).is_some_and(|&b| b >= 128) {
                nonascii = true;
                while let Some(&b) = line.get(i) {
                    if !NAME_BYTE[b as usize] {
                        break;
                    }
                    i += 1;
                }
            }
            self.cur = i;
        } else {
            self.backup(c);
        }
        if nonascii {
            self.verify_identifier()?;
        }
        let (start, end) = (self.start, self.cur);
        let kind = self.keyword_kind(start, end);
        self.emit(kind, start, end)
    }

    fn keyword_kind(&self, start: usize, end: usize) -> TokenKind {
        let word = &self.buf[start..end];
        // Every keyword is 2 to 8 ASCII letters starting with one of these.
        if word.len() < 2 || word.len() > 8 || !matches!(word[0], b'F' | b'N' | b'T' | b'a'..=b'y') {
            return TokenKind::Name;
        }
        keyword_bytes(word).unwrap_or(TokenKind::Name)
    }

    /// Operators, brackets and any other character.
    fn operator(&mut self, c: i32) -> Step<TokenKind> {
        // `,` and `;` never begin a two-character operator (and are printable).
        if c == b',' as i32 || c == b';' as i32 {
            return self.emit(one_char(c as u8), self.start, self.cur);
        }
        let c2 = self.nextc();
        if let Some(kind) = two_chars(c, c2) {
            let c3 = self.nextc();
            let kind = match three_chars(c, c2, c3) {
                Some(k3) => k3,
                None => {
                    self.backup(c3);
                    kind
                }
            };
            return self.emit(kind, self.start, self.cur);
        }
        self.backup(c2);
        let ch = c as u8;
        match ch {
            b'(' | b'[' | b'{' => {
                if self.parens.len() >= MAX_LEVEL {
                    return Err(self.tok_error("too many nested parentheses"));
                }
                self.parens.push(Paren {
                    ch,
                    lineno: self.lineno,
                    col: (self.start - self.line_start) as u32,
                    line_start: self.line_start,
                });
            }
            b')' | b']' | b'}' => {
                let Some(open) = self.parens.pop() else {
                    return Err(self.tok_error(format!("unmatched '{}'", ch as char)));
                };
                let ok = matches!((open.ch, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !ok {
                    let msg = if open.lineno != self.lineno {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                            ch as char, open.ch as char, open.lineno
                        )
                    } else {
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, open.ch as char
                        )
                    };
                    return Err(self.tok_error(msg));
                }
            }
            _ => {}
        }
        // (Every ASCII character from '!' to '~' is printable.)
        if !(0x21..0x7f).contains(&c) && !crate::unicode14::is_printable(c as u32) {
            return Err(self.tok_error(format!("invalid non-printable character U+{:04X}", c)));
        }
        let kind = one_char(ch);
        self.emit(kind, self.start, self.cur)
    }
}

/// `TokenKind::keyword` on bytes (no UTF-8 check needed: every keyword is ASCII).
#[inline]
pub(super) fn keyword_bytes(word: &[u8]) -> Option<TokenKind> {
    use TokenKind::*;
    Some(match word {
        b"False" => False,
        b"None" => None,
        b"True" => True,
        b"and" => And,
        b"as" => As,
        b"assert" => Assert,
        b"async" => Async,
        b"await" => Await,
        b"break" => Break,
        b"class" => Class,
        b"continue" => Continue,
        b"def" => Def,
        b"del" => Del,
        b"elif" => Elif,
        b"else" => Else,
        b"except" => Except,
        b"finally" => Finally,
        b"for" => For,
        b"from" => From,
        b"global" => Global,
        b"if" => If,
        b"import" => Import,
        b"in" => In,
        b"is" => Is,
        b"lambda" => Lambda,
        b"nonlocal" => Nonlocal,
        b"not" => Not,
        b"or" => Or,
        b"pass" => Pass,
        b"raise" => Raise,
        b"return" => Return,
        b"try" => Try,
        b"while" => While,
        b"with" => With,
        b"yield" => Yield,
        _ => return Option::None,
    })
}

#[inline]
fn one_char(c: u8) -> TokenKind {
    use TokenKind::*;
    match c {
        b'%' => Percent,
        b'&' => Amper,
        b'(' => Lpar,
        b')' => Rpar,
        b'*' => Star,
        b'+' => Plus,
        b',' => Comma,
        b'-' => Minus,
        b'.' => Dot,
        b'/' => Slash,
        b':' => Colon,
        b';' => Semi,
        b'<' => Less,
        b'=' => Equal,
        b'>' => Greater,
        b'@' => At,
        b'[' => Lsqb,
        b']' => Rsqb,
        b'^' => Circumflex,
        b'{' => Lbrace,
        b'|' => Vbar,
        b'}' => Rbrace,
        b'~' => Tilde,
        _ => Op,
    }
}

#[inline]
fn two_chars(c1: i32, c2: i32) -> Option<TokenKind> {
    use TokenKind::*;
    if !(0..128).contains(&c1) || !(0..128).contains(&c2) {
        return Option::None;
    }
    Some(match (c1 as u8, c2 as u8) {
        (b'!', b'=') => NotEqual,
        (b'%', b'=') => PercentEqual,
        (b'&', b'=') => AmperEqual,
        (b'*', b'*') => DoubleStar,
        (b'*', b'=') => StarEqual,
        (b'+', b'=') => PlusEqual,
        (b'-', b'=') => MinEqual,
        (b'-', b'>') => Rarrow,
        (b'/', b'/') => DoubleSlash,
        (b'/', b'=') => SlashEqual,
        (b':', b'=') => ColonEqual,
        (b'<', b'<') => LeftShift,
        (b'<', b'=') => LessEqual,
        // CPython makes `<>` a NOTEQUAL that only Barry-as-FLUFL mode accepts; the parser
        // rejects it otherwise, which a generic OP token does too.
        (b'<', b'>') => Op,
        (b'=', b'=') => EqEqual,
        (b'>', b'=') => GreaterEqual,
        (b'>', b'>') => RightShift,
        (b'@', b'=') => AtEqual,
        (b'^', b'=') => CircumflexEqual,
        (b'|', b'=') => VbarEqual,
        _ => return Option::None,
    })
}

fn three_chars(c1: i32, c2: i32, c3: i32) -> Option<TokenKind> {
    use TokenKind::*;
    if c3 != b'=' as i32 {
        return Option::None;
    }
    match (c1 as u8, c2 as u8) {
        (b'*', b'*') => Some(DoubleStarEqual),
        (b'/', b'/') => Some(DoubleSlashEqual),
        (b'<', b'<') => Some(LeftShiftEqual),
        (b'>', b'>') => Some(RightShiftEqual),
        _ => Option::None,
    }
}
