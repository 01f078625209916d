//! f-string bodies, as CPython 3.11's `string_parser.c` scans them: literal parts (with `{{`
//! and `}}`), replacement fields `{expr=!c:spec}` whose expression text is found by a
//! bracket- and quote-aware scan and parsed through the caller's `parse_expr`, and format
//! specs, which are f-strings one level down (two levels at most).
//!
//! Positions, as CPython 3.11 sets them: FormattedValue nodes and the Constants made before a
//! replacement field span the whole concatenation (first token to last token); a format
//! spec's JoinedStr, and the Constant that ends it, span the token holding it. The expression
//! is parsed with a line and column start computed like `fstring_find_expr_location`.

use super::{escapes, here, Concat, Cx, FStringExprParser};
use crate::lexer::token::Token;
use crate::parser::ast::{Expr, ExprKind, Loc};
use crate::syntax_error::SyntaxError;
use crate::wtf8::Wtf8Buf;

/// CPython's limit on brackets open inside one replacement field.
const MAX_NESTED_BRACKETS: usize = 200;

const EXPECTING_BRACE: &str = "f-string: expecting '}'";

/// Parses the f-string body `text[*pos..end]` of token `t` (whose full text is `text`) into
/// `state` (CPython's `_PyPegen_FstringParser_ConcatFstring`).
#[allow(clippy::too_many_arguments)]
pub(super) fn concat_fstring(
    cx: &Cx<'_>,
    parse_expr: &mut FStringExprParser<'_>,
    state: &mut Concat,
    t: &Token,
    text: &str,
    pos: &mut usize,
    end: usize,
    raw: bool,
    recurse_lvl: u32,
) -> Result<(), SyntaxError> {
    state.fmode = true;
    let bytes = text.as_bytes();
    loop {
        let (literal, more) = find_literal(text, pos, end, raw, recurse_lvl)?;
        if let Some(lit) = literal {
            state.push_str(lit);
        }
        if more {
            continue;
        }
        if *pos >= end || bytes.get(*pos) == Some(&b'}') {
            break;
        }
        let (expr_text, value) = find_expr(cx, parse_expr, t, text, pos, end, raw, recurse_lvl)?;
        if let Some(et) = expr_text {
            state.push_str(et);
        }
        state.flush(cx, cx.first, cx.last);
        state.values.push(value);
    }
    if recurse_lvl == 0 && *pos + 1 < end {
        return Err(here("f-string: unexpected end of string"));
    }
    if recurse_lvl != 0 && bytes.get(*pos) != Some(&b'}') {
        return Err(here(EXPECTING_BRACE));
    }
    Ok(())
}

/// Scans a literal part (CPython's `fstring_find_literal`). Returns the decoded text, if
/// any, and whether the caller should scan for another literal (after a doubled brace).
fn find_literal(
    text: &str,
    pos: &mut usize,
    end: usize,
    raw: bool,
    recurse_lvl: u32,
) -> Result<(Option<Wtf8Buf>, bool), SyntaxError> {
    let b = text.as_bytes();
    let start = *pos;
    let mut s = *pos;
    let mut more = false;
    let mut lit_end = None;
    while s < end {
        let mut ch = b[s];
        s += 1;
        if !raw && ch == b'\\' && s < end {
            ch = b[s];
            s += 1;
            if ch == b'N' {
                // `\N{...}`: its braces are not replacement fields.
                if s < end {
                    let next = b[s];
                    s += 1;
                    if next == b'{' {
                        while s < end {
                            let c = b[s];
                            s += 1;
                            if c == b'}' {
                                break;
                            }
                        }
                        continue;
                    }
                }
                break;
            }
        }
        if ch == b'{' || ch == b'}' {
            if recurse_lvl == 0 {
                if s < end && b[s] == ch {
                    // A doubled brace: the literal ends after the first one.
                    *pos = s + 1;
                    more = true;
                    lit_end = Some(s);
                    break;
                }
                if ch == b'}' {
                    *pos = s - 1;
                    return Err(here("f-string: single '}' is not allowed"));
                }
            }
            s -= 1;
            break;
        }
    }
    let lit_end = match lit_end {
        Some(e) => e,
        None => {
            *pos = s;
            s
        }
    };
    if lit_end == start {
        return Ok((None, more));
    }
    let part = b.get(start..lit_end).unwrap_or(b"");
    let decoded = if raw {
        Wtf8Buf::from(String::from_utf8_lossy(part).as_ref())
    } else {
        escapes::decode_str(part).map_err(here)?
    };
    Ok((Some(decoded), more))
}

/// Parses one replacement field starting at the `{` at `*pos` (CPython's `fstring_find_expr`).
/// Returns the `=` text, if any, and the FormattedValue.
#[allow(clippy::too_many_arguments)]
fn find_expr(
    cx: &Cx<'_>,
    parse_expr: &mut FStringExprParser<'_>,
    t: &Token,
    text: &str,
    pos: &mut usize,
    end: usize,
    raw: bool,
    recurse_lvl: u32,
) -> Result<(Option<Wtf8Buf>, Expr), SyntaxError> {
    let b = text.as_bytes();
    if recurse_lvl >= 2 {
        return Err(here("f-string: expressions nested too deeply"));
    }
    *pos += 1;
    let expr_start = *pos;
    // Inside a string in the expression: its quote character and 1 or 3 quotes.
    let mut quote: u8 = 0;
    let mut string_type = 0;
    let mut stack: Vec<u8> = Vec::new();
    while *pos < end {
        let ch = b[*pos];
        if ch == b'\\' {
            return Err(here("f-string expression part cannot include a backslash"));
        }
        if quote != 0 {
            if ch == quote {
                if string_type == 3 {
                    if *pos + 2 < end && b[*pos + 1] == ch && b[*pos + 2] == ch {
                        *pos += 3;
                        string_type = 0;
                        quote = 0;
                        continue;
                    }
                } else {
                    string_type = 0;
                    quote = 0;
                    *pos += 1;
                    continue;
                }
            }
        } else if ch == b'\'' || ch == b'"' {
            if *pos + 2 < end && b[*pos + 1] == ch && b[*pos + 2] == ch {
                string_type = 3;
                *pos += 2;
            } else {
                string_type = 1;
            }
            quote = ch;
        } else if ch == b'[' || ch == b'{' || ch == b'(' {
            if stack.len() >= MAX_NESTED_BRACKETS {
                return Err(here("f-string: too many nested parenthesis"));
            }
            stack.push(ch);
        } else if ch == b'#' {
            return Err(here("f-string expression part cannot include '#'"));
        } else if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'>' | b'<') {
            // "!=", "==", "<=", ">=" are operators, not the end of the expression.
            if *pos + 1 < end && b[*pos + 1] == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                *pos += 2;
                continue;
            }
            // A lone '<' or '>' is an operator too.
            if ch == b'>' || ch == b'<' {
                *pos += 1;
                continue;
            }
            break;
        } else if ch == b']' || ch == b'}' || ch == b')' {
            let Some(opening) = stack.pop() else {
                return Err(here(format!("f-string: unmatched '{}'", ch as char)));
            };
            let matching = matches!((opening, ch), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
            if !matching {
                return Err(here(format!(
                    "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                    ch as char, opening as char
                )));
            }
        }
        *pos += 1;
    }
    let expr_end = *pos;
    if quote != 0 {
        return Err(here("f-string: unterminated string"));
    }
    if let Some(&opening) = stack.last() {
        return Err(here(format!("f-string: unmatched '{}'", opening as char)));
    }
    if *pos >= end {
        return Err(here(EXPECTING_BRACE));
    }
    let value = compile_expr(cx, parse_expr, t, text, expr_start, expr_end)?;

    // `=`: the expression's text (with the '=' and the spaces after it) goes before it.
    let mut expr_text = None;
    if b.get(*pos) == Some(&b'=') {
        *pos += 1;
        while b.get(*pos).is_some_and(|&c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)) {
            *pos += 1;
        }
        let et = text.get(expr_start..*pos).unwrap_or("");
        expr_text = Some(Wtf8Buf::from(et));
    }
    let mut conversion: i32 = -1;
    if b.get(*pos) == Some(&b'!') {
        *pos += 1;
        if *pos >= end {
            return Err(here(EXPECTING_BRACE));
        }
        conversion = b[*pos] as i32;
        *pos += 1;
        if !matches!(conversion as u8, b's' | b'r' | b'a') {
            return Err(here("f-string: invalid conversion character: expected 's', 'r', or 'a'"));
        }
    }
    if *pos >= end {
        return Err(here(EXPECTING_BRACE));
    }
    let mut format_spec = None;
    if b[*pos] == b':' {
        *pos += 1;
        if *pos >= end {
            return Err(here(EXPECTING_BRACE));
        }
        let mut spec = Concat::default();
        concat_fstring(cx, parse_expr, &mut spec, t, text, pos, end, raw, recurse_lvl + 1)?;
        format_spec = Some(Box::new(spec.finish(cx, t, t)));
    }
    if *pos >= end || b[*pos] != b'}' {
        return Err(here(EXPECTING_BRACE));
    }
    *pos += 1;
    if expr_text.is_some() && format_spec.is_none() && conversion == -1 {
        conversion = b'r' as i32;
    }
    let (first, last) = (cx.first, cx.last);
    let loc = Loc::new(first.lineno, first.col, last.end_lineno, last.end_col);
    let node = Expr { kind: ExprKind::FormattedValue { value: Box::new(value), conversion, format_spec }, loc };
    Ok((expr_text, node))
}

/// Parses the expression `text[expr_start..expr_end]` (CPython's `fstring_compile_expr`):
/// rejects an all-blank one, wraps it in parentheses and hands it to `parse_expr` with the
/// line and column CPython 3.11 starts its tokens at.
fn compile_expr(
    cx: &Cx<'_>,
    parse_expr: &mut FStringExprParser<'_>,
    t: &Token,
    text: &str,
    expr_start: usize,
    expr_end: usize,
) -> Result<Expr, SyntaxError> {
    let b = text.as_bytes();
    let expr = b.get(expr_start..expr_end).unwrap_or(b"");
    if expr.iter().all(|&c| matches!(c, b' ' | b'\t' | b'\n' | 0x0c)) {
        return Err(here(match b.get(expr_end) {
            Some(&c @ (b'!' | b':' | b'=')) => format!("f-string: expression required before '{}'", c as char),
            _ => "f-string: empty expression not allowed".to_string(),
        }));
    }
    let (lines, cols) = expr_location(cx, t, b, expr_start - 1);
    let src = text.get(expr_start..expr_end).unwrap_or("");
    let mut wrapped = String::with_capacity(src.len() + 2);
    wrapped.push('(');
    wrapped.push_str(src);
    wrapped.push(')');
    let line = t.lineno + lines;
    let col = if lines == 0 { t.col + cols } else { cols };
    parse_expr(&wrapped, line, col)
}

/// Where the replacement field whose `{` is at byte `brace` of the token text starts: the
/// newlines before it, and its column in its line (0 when only blanks separate the `{` from
/// the end of its line; on the token's first line, counted from the token's start).
fn expr_location(cx: &Cx<'_>, t: &Token, text: &[u8], brace: usize) -> (u32, u32) {
    let (lines, last_nl) = cx.newlines_before(t, text, brace);
    let mut newline_after_brace = false;
    for &c in text.get(brace + 1..).unwrap_or(b"") {
        if c == b'}' || c == b'\n' {
            newline_after_brace = true;
            break;
        }
        if c != b' ' && c != b'\t' && c != 0x0c {
            break;
        }
    }
    if newline_after_brace {
        return (lines, 0);
    }
    let cols = match last_nl {
        Some(nl) => brace - nl - 1,
        None => brace,
    };
    (lines, cols as u32)
}
