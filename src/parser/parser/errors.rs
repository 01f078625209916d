//! The second pass's `invalid_*` rules that are not local to one statement kind: invalid
//! targets, misplaced '=', missing commas, legacy `print`/`exec`, comprehension targets.

use super::expr::starts_expression;
use super::targets::{expr_name, invalid_target, TargetsKind};
use super::{tloc, Parser, R};
use crate::lexer::token::TokenKind as T;
use crate::parser::ast::*;

impl<'s> Parser<'s> {
    /// Bracket nesting level just after token `i` (CPython's `token->level` for the token
    /// that closes an expression), counted from the start of the text.
    fn level_after(&self, i: usize) -> i32 {
        let mut level = 0i32;
        for t in self.toks.iter().take(i + 1) {
            match t.kind {
                T::Lpar | T::Lsqb | T::Lbrace => level += 1,
                T::Rpar | T::Rsqb | T::Rbrace => level -= 1,
                _ => {}
            }
        }
        level
    }

    /// `invalid_named_expression`, checked after `expression` in `named_expression` (its
    /// alternatives can only match where an expression is followed by ':=' or '=').
    /// Returns `None` when it raised; otherwise the position is back where it was.
    pub(crate) fn invalid_named_after(&mut self, start: usize, e: &Expr) -> R<()> {
        let end = self.mark();
        let first = self.tok_at(start);
        if self.at(T::ColonEqual) {
            // a=expression ':=' expression
            self.bump();
            if self.expression().is_some() {
                let msg = format!("cannot use assignment expressions with {}", expr_name(e));
                return self.raise_at(e.loc, &msg);
            }
        } else if self.at(T::Equal) {
            if first.kind == T::Name && end == start + 1 {
                // a=NAME '=' b=bitwise_or !('='|':=')
                self.bump();
                if let Some(b) = self.bitwise_or() {
                    if !matches!(self.peek(), T::Equal | T::ColonEqual) {
                        return self.raise_range(tloc(&first), b.loc, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    }
                }
            } else if is_bitwise_or_level(e) && !self.excluded_start(start) {
                // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or '=' bitwise_or !('='|':=')
                self.reset_to(end);
                self.bump();
                if self.bitwise_or().is_some() && !matches!(self.peek(), T::Equal | T::ColonEqual) {
                    let msg = format!("cannot assign to {} here. Maybe you meant '==' instead of '='?", expr_name(e));
                    return self.raise_at(e.loc, &msg);
                }
            }
        }
        if self.failed() {
            return None;
        }
        self.reset_to(end);
        Some(())
    }

    /// Does a list, tuple, generator expression, True, None or False start at `start`?
    fn excluded_start(&mut self, start: usize) -> bool {
        let end = self.mark();
        let first = self.tok_at(start);
        let ex = match first.kind {
            T::True | T::None | T::False => true,
            T::Lsqb | T::Lpar => {
                self.reset_to(start);
                let saved = self.invalid_pass;
                self.invalid_pass = false;
                let r = self.atom();
                self.invalid_pass = saved;
                matches!(r.map(|e| e.kind), Some(ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. }))
            }
            _ => false,
        };
        self.reset_to(end);
        ex
    }

    /// After an `expression` parsed in the second pass: `invalid_expression` (a missing comma
    /// inside brackets, `a if b` without else) and `invalid_legacy_expression` (print/exec).
    pub(crate) fn invalid_expression_check(&mut self, start_tok_idx: usize, r: R<Expr>) -> R<Expr> {
        let end = self.mark();
        let e = r?;
        let first = self.tok_at(start_tok_idx);
        let second_kind = self.tok_at(start_tok_idx + 1).kind;
        let is_disjunction = !matches!(e.kind, ExprKind::IfExp { .. } | ExprKind::Lambda { .. });
        if is_disjunction && starts_expression(self.peek()) {
            // CPython's SOFT_KEYWORD test compares only the NAME's length of characters
            // (strncmp), so any prefix of a soft keyword ("m", "ca", ...) counts as one.
            let soft = first.kind == T::Name && {
                let t = self.text(&first);
                !t.is_empty() && ["match", "case", "_"].iter().any(|k| k.starts_with(t))
            };
            let name_string = first.kind == T::Name && second_kind == T::String;
            let legacy = matches!(&e.kind, ExprKind::Name { id, .. } if id == "print" || id == "exec");
            if !soft && !name_string {
                let saved = self.invalid_pass;
                self.invalid_pass = false;
                let b = self.expression();
                self.invalid_pass = saved;
                let b_failed = b.is_none();
                if let Some(b) = b {
                    if !legacy && self.level_after(self.mark().saturating_sub(1)) != 0 {
                        return self.raise_range(e.loc, b.loc, "invalid syntax. Perhaps you forgot a comma?");
                    }
                }
                if self.failed() {
                    return None;
                }
                self.reset_to(end);
                if b_failed && self.at(T::Lbrace) {
                    // A brace display right after an expression, which failed to parse above,
                    // is read again with the invalid rules (observed CPython 3.11 behaviour:
                    // `x = [] {a b}` reports the missing comma inside the braces).
                    let _ = self.expression();
                    if self.failed() {
                        return None;
                    }
                    self.reset_to(end);
                }
            }
        }
        // invalid_legacy_expression: NAME !'(' star_expressions (parsed whatever the name is;
        // the message is for `print` and `exec` only).
        let legacy = first.kind == T::Name && matches!(self.text(&first), "print" | "exec");
        if first.kind == T::Name && second_kind != T::Lpar {
            self.reset_to(start_tok_idx + 1);
            if starts_expression(self.peek()) || self.at(T::Star) {
                let b = self.star_expressions();
                if let (Some(b), true) = (b, legacy) {
                    let id = self.text(&first);
                    let msg = format!("Missing parentheses in call to '{id}'. Did you mean {id}(...)?");
                    return self.raise_range(tloc(&first), b.loc, &msg);
                }
                if self.failed() {
                    return None;
                }
            }
            self.reset_to(end);
        }
        if is_disjunction && self.at(T::If) {
            // a=disjunction 'if' b=disjunction !('else'|':')
            self.bump();
            let saved = self.invalid_pass;
            self.invalid_pass = false;
            let b = self.disjunction();
            self.invalid_pass = saved;
            if let Some(b) = b {
                if !matches!(self.peek(), T::Else | T::Colon) {
                    return self.raise_range(e.loc, b.loc, "expected 'else' after 'if' expression");
                }
            }
            if self.failed() {
                return None;
            }
            self.reset_to(end);
        }
        Some(e)
    }

    /// `invalid_for_target`: ['async'] 'for' star_expressions, reporting the bad target.
    /// Called with the position just after 'for'.
    pub(crate) fn invalid_for_target(&mut self) -> R<()> {
        if let Some(e) = self.star_expressions() {
            if let Some(bad) = invalid_target(&e, TargetsKind::For) {
                let msg = format!("cannot assign to {}", expr_name(bad));
                let loc = bad.loc;
                return self.raise_at(loc, &msg);
            }
        }
        if self.failed() {
            return None;
        }
        Some(())
    }

    /// `[a, b for ...]` / `{a, b for ...}`: "did you forget parentheses around the
    /// comprehension target?" (the current token is 'for' or 'async').
    pub(crate) fn invalid_comprehension_target(&mut self, elts: &[Expr]) -> R<Expr> {
        let trailing_comma = self.tok_at(self.mark().saturating_sub(1)).kind == T::Comma;
        let comma_tok = self.tok_at(self.mark().saturating_sub(1));
        self.for_if_clauses()?;
        let (Some(first), Some(last)) = (elts.first(), elts.last()) else { return None };
        if elts.len() == 1 {
            if trailing_comma {
                return self.raise_range(first.loc, tloc(&comma_tok), "did you forget parentheses around the comprehension target?");
            }
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return self.raise_at(first.loc, "iterable unpacking cannot be used in comprehension");
            }
            return None;
        }
        self.raise_range(first.loc, last.loc, "did you forget parentheses around the comprehension target?")
    }

    /// '(' '**' expression ')': "cannot use double starred expression here".
    pub(crate) fn invalid_paren_double_star(&mut self) -> R<Expr> {
        let ds = self.bump();
        if self.expression().is_some() && self.at(T::Rpar) {
            return self.raise_at(tloc(&ds), "cannot use double starred expression here");
        }
        None
    }

    /// `invalid_assignment`, after a statement starting with an expression failed.
    pub(crate) fn invalid_assignment(&mut self, start: usize) -> R<()> {
        // a=invalid_ann_assign_target ':' expression
        if matches!(self.peek(), T::Lpar | T::Lsqb) {
            if let Some(a) = self.atom() {
                if matches!(a.kind, ExprKind::List { .. } | ExprKind::Tuple { .. }) && self.eat(T::Colon).is_some() && self.expression().is_some() {
                    let msg = format!("only single target (not {}) can be annotated", expr_name(&a));
                    return self.raise_at(a.loc, &msg);
                }
            }
            if self.failed() {
                return None;
            }
            self.reset_to(start);
        }
        // a=star_named_expression ',' star_named_expressions* ':' expression
        if let Some(a) = self.star_named_expression() {
            if self.eat(T::Comma).is_some() {
                // star_named_expressions*: each one is ','.star_named_expression+ [','].
                loop {
                    let m = self.mark();
                    if !(starts_expression(self.peek()) || self.at(T::Star)) || self.star_named_expression().is_none() {
                        if self.failed() {
                            return None;
                        }
                        self.reset_to(m);
                        break;
                    }
                    let mut elts = Vec::new();
                    self.star_named_rest(&mut elts)?;
                }
                if self.eat(T::Colon).is_some() && self.expression().is_some() {
                    return self.raise_at(a.loc, "only single target (not tuple) can be annotated");
                }
            }
        }
        if self.failed() {
            return None;
        }
        self.reset_to(start);
        // a=expression ':' expression
        if let Some(a) = self.expression() {
            if self.eat(T::Colon).is_some() && self.expression().is_some() {
                return self.raise_at(a.loc, "illegal target for annotation");
            }
        }
        if self.failed() {
            return None;
        }
        self.reset_to(start);
        // (star_targets '=')* a=star_expressions '='  /  (star_targets '=')* a=yield_expr '='
        loop {
            let m = self.mark();
            let ok = self.star_targets().is_some() && self.eat(T::Equal).is_some();
            if self.failed() {
                return None;
            }
            if !ok {
                self.reset_to(m);
                break;
            }
        }
        let m = self.mark();
        if let Some(a) = self.star_expressions() {
            if self.at(T::Equal) {
                if let Some(bad) = invalid_target(&a, TargetsKind::Star) {
                    let msg = format!("cannot assign to {}", expr_name(bad));
                    let loc = bad.loc;
                    return self.raise_at(loc, &msg);
                }
            }
        }
        if self.failed() {
            return None;
        }
        self.reset_to(m);
        if self.at(T::Yield) {
            if let Some(a) = self.yield_expr() {
                if self.at(T::Equal) {
                    return self.raise_at(a.loc, "assignment to yield expression not possible");
                }
            }
            if self.failed() {
                return None;
            }
        }
        self.reset_to(start);
        // a=star_expressions augassign (yield_expr | star_expressions)
        if let Some(a) = self.star_expressions() {
            if super::stmt::aug_op(self.peek()).is_some() {
                self.bump();
                if self.annotated_rhs().is_some() {
                    let msg = format!("'{}' is an illegal expression for augmented assignment", expr_name(&a));
                    return self.raise_at(a.loc, &msg);
                }
            }
        }
        if self.failed() {
            return None;
        }
        self.reset_to(start);
        Some(())
    }
}

/// Is `e` what `bitwise_or` alone would produce (no comparison, boolean operator, `not`,
/// conditional, lambda or named expression at its top)?
fn is_bitwise_or_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp { op: UnaryOp::Not, .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
    )
}
