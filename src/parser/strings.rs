//! String literals: escapes, bytes, raw strings, implicit concatenation, and f-strings parsed
//! into `JoinedStr`/`FormattedValue` with CPython 3.11's positions.

use super::ast::Expr;
use crate::lexer::token::Token;
use crate::syntax_error::SyntaxError;

/// Parses the source of one f-string replacement field's expression. Arguments: the text to
/// parse (CPython wraps the expression in parentheses), the line of its first line in the file
/// (CPython's `starting_lineno`) and the column shift for tokens on that first line
/// (`starting_col_offset`).
pub type FStringExprParser<'a> = dyn FnMut(&str, u32, u32) -> Result<Expr, SyntaxError> + 'a;

/// Builds the `Constant` or `JoinedStr` for one or more adjacent STRING tokens of `src`.
pub fn parse_strings(_src: &str, toks: &[Token], _parse_expr: &mut FStringExprParser<'_>) -> Result<Expr, SyntaxError> {
    let _ = toks;
    Err(SyntaxError::new(crate::syntax_error::SyntaxErrorKind::SyntaxError, "string literals not built yet"))
}
