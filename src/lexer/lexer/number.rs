//! Numeric literals: decimal, hex, octal, binary, floats, exponents, imaginary, underscores,
//! and CPython's errors for malformed ones (`verify_end_of_number` and friends).

use super::super::token::TokenKind;
use super::scan::{is_digit, is_ident_char};
use super::state::{Lexer, Step, EOF};

#[inline]
fn is_xdigit(c: i32) -> bool {
    (0..128).contains(&c) && (c as u8).is_ascii_hexdigit()
}

#[inline]
fn is(c: i32, a: u8) -> bool {
    c == a as i32
}

/// Where to continue in the decimal/float grammar (the labels of CPython's `tok_get`).
enum Next {
    Fraction,
    AfterFraction,
    Exponent,
    Imaginary,
    Decimal,
}

impl<'a> Lexer<'a> {
    /// A number starting with the digit `c` (already read).
    pub(super) fn number(&mut self, c: i32) -> Step<TokenKind> {
        // Fast path: a plain decimal integer (`0` alone, or no leading zero) followed in its
        // line by a byte that can neither continue a number nor begin a name (so none of the
        // checks below applies); anything else takes the general path.
        if let Some(line) = self.buf.get(..self.inp) {
            let mut i = self.cur;
            while line.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            let plain_end = line.get(i).is_some_and(|&b| b < 128 && !b.is_ascii_alphanumeric() && b != b'_' && b != b'.');
            if plain_end && (!is(c, b'0') || i == self.cur) {
                self.cur = i;
                return self.emit(TokenKind::Number, self.start, self.cur);
            }
        }
        let mut c = c;
        let next;
        if is(c, b'0') {
            c = self.nextc();
            if is(c, b'x') || is(c, b'X') {
                c = self.nextc();
                loop {
                    if is(c, b'_') {
                        c = self.nextc();
                    }
                    if !is_xdigit(c) {
                        self.backup(c);
                        return Err(self.tok_error("invalid hexadecimal literal"));
                    }
                    loop {
                        c = self.nextc();
                        if !is_xdigit(c) {
                            break;
                        }
                    }
                    if !is(c, b'_') {
                        break;
                    }
                }
                self.verify_end_of_number(c, "hexadecimal")?;
                return self.finish_number(c);
            } else if is(c, b'o') || is(c, b'O') || is(c, b'b') || is(c, b'B') {
                let (max, kind) = if is(c, b'o') || is(c, b'O') { (b'7', "octal") } else { (b'1', "binary") };
                let ok = |c: i32| c >= b'0' as i32 && c <= max as i32;
                c = self.nextc();
                loop {
                    if is(c, b'_') {
                        c = self.nextc();
                    }
                    if !ok(c) {
                        if is_digit(c) {
                            return Err(self.tok_error(format!("invalid digit '{}' in {} literal", c as u8 as char, kind)));
                        }
                        self.backup(c);
                        return Err(self.tok_error(format!("invalid {} literal", kind)));
                    }
                    loop {
                        c = self.nextc();
                        if !ok(c) {
                            break;
                        }
                    }
                    if !is(c, b'_') {
                        break;
                    }
                }
                if is_digit(c) {
                    return Err(self.tok_error(format!("invalid digit '{}' in {} literal", c as u8 as char, kind)));
                }
                self.verify_end_of_number(c, kind)?;
                return self.finish_number(c);
            } else {
                // Zeros, maybe an old-style octal (an error), a float or an imaginary.
                let mut nonzero = false;
                loop {
                    if is(c, b'_') {
                        c = self.nextc();
                        if !is_digit(c) {
                            self.backup(c);
                            return Err(self.tok_error("invalid decimal literal"));
                        }
                    }
                    if !is(c, b'0') {
                        break;
                    }
                    c = self.nextc();
                }
                let zeros_end = self.cur;
                if is_digit(c) {
                    nonzero = true;
                    c = self.decimal_tail()?;
                }
                if is(c, b'.') {
                    c = self.nextc();
                    next = Next::Fraction;
                } else if is(c, b'e') || is(c, b'E') {
                    next = Next::Exponent;
                } else if is(c, b'j') || is(c, b'J') {
                    next = Next::Imaginary;
                } else if nonzero {
                    self.backup(c);
                    let col = (self.start + 1 - self.line_start) as u32;
                    let end_col = zeros_end.saturating_sub(self.line_start) as u32;
                    return Err(self.tok_error_range(
                        col,
                        end_col,
                        "leading zeros in decimal integer literals are not permitted; \
                         use an 0o prefix for octal integers",
                    ));
                } else {
                    next = Next::Decimal;
                }
            }
        } else {
            c = self.decimal_tail()?;
            if is(c, b'.') {
                c = self.nextc();
                next = Next::Fraction;
            } else {
                next = Next::AfterFraction;
            }
        }
        self.number_from(c, next)
    }

    /// A number that starts with `.` followed by the digit `c` (already read).
    pub(super) fn number_fraction(&mut self, c: i32) -> Step<TokenKind> {
        self.number_from(c, Next::Fraction)
    }

    fn number_from(&mut self, mut c: i32, mut next: Next) -> Step<TokenKind> {
        loop {
            match next {
                Next::Fraction => {
                    if is_digit(c) {
                        c = self.decimal_tail()?;
                    }
                    next = Next::AfterFraction;
                }
                Next::AfterFraction => {
                    if is(c, b'e') || is(c, b'E') {
                        next = Next::Exponent;
                    } else if is(c, b'j') || is(c, b'J') {
                        next = Next::Imaginary;
                    } else {
                        next = Next::Decimal;
                    }
                }
                Next::Exponent => {
                    let e = c;
                    c = self.nextc();
                    if is(c, b'+') || is(c, b'-') {
                        c = self.nextc();
                        if !is_digit(c) {
                            self.backup(c);
                            return Err(self.tok_error("invalid decimal literal"));
                        }
                    } else if !is_digit(c) {
                        self.backup(c);
                        self.verify_end_of_number(e, "decimal")?;
                        self.backup(e);
                        return self.emit(TokenKind::Number, self.start, self.cur);
                    }
                    c = self.decimal_tail()?;
                    next = if is(c, b'j') || is(c, b'J') { Next::Imaginary } else { Next::Decimal };
                }
                Next::Imaginary => {
                    c = self.nextc();
                    self.verify_end_of_number(c, "imaginary")?;
                    return self.finish_number(c);
                }
                Next::Decimal => {
                    self.verify_end_of_number(c, "decimal")?;
                    return self.finish_number(c);
                }
            }
        }
    }

    fn finish_number(&mut self, c: i32) -> Step<TokenKind> {
        self.backup(c);
        self.emit(TokenKind::Number, self.start, self.cur)
    }

    /// Digits with single underscores between them; returns the first character after.
    fn decimal_tail(&mut self) -> Step<i32> {
        loop {
            let mut c;
            loop {
                c = self.nextc();
                if !is_digit(c) {
                    break;
                }
            }
            if !is(c, b'_') {
                return Ok(c);
            }
            c = self.nextc();
            if !is_digit(c) {
                self.backup(c);
                return Err(self.tok_error("invalid decimal literal"));
            }
        }
    }

    /// A number may not run into a name, except the keywords that can follow a number in
    /// valid code (CPython only warns about those).
    fn verify_end_of_number(&mut self, c: i32, kind: &str) -> Step<()> {
        let r = if is(c, b'a') {
            self.lookahead(b"nd")
        } else if is(c, b'e') {
            self.lookahead(b"lse")
        } else if is(c, b'f') {
            self.lookahead(b"or")
        } else if is(c, b'i') {
            let c2 = self.nextc();
            let r = is(c2, b'f') || is(c2, b'n') || is(c2, b's');
            self.backup(c2);
            r
        } else if is(c, b'o') {
            self.lookahead(b"r")
        } else if is(c, b'n') {
            self.lookahead(b"ot")
        } else {
            false
        };
        if r {
            // CPython warns ("invalid ... literal", DeprecationWarning); not an error.
            return Ok(());
        }
        // A non-ASCII character is left for the name scanner (CPython then reports it as an
        // invalid character, not an invalid literal).
        if c < 128 && is_ident_char(c) {
            self.backup(c);
            return Err(self.tok_error(format!("invalid {} literal", kind)));
        }
        Ok(())
    }

    /// Whether `test` follows (then not followed by a name character); reads nothing.
    fn lookahead(&mut self, test: &[u8]) -> bool {
        let save = self.cur;
        let mut res = false;
        let mut i = 0;
        loop {
            let c = self.nextc();
            if i == test.len() {
                res = !is_ident_char(c);
                break;
            }
            if c != EOF && c == test[i] as i32 {
                i += 1;
                continue;
            }
            break;
        }
        // Everything read is on the current line (a newline ends the match).
        self.cur = save;
        res
    }
}
