//! Assignment and deletion targets: `star_targets` for `for` loops and comprehensions, the
//! conversion of an already parsed expression to a Store/Del target (with the checks CPython's
//! target rules make), and the names CPython gives expressions in error messages.

use super::{mk, Parser, R};
use crate::lexer::token::TokenKind as T;
use crate::parser::ast::*;

/// Which target rule an invalid target was found for (CPython's TARGETS_TYPE).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetsKind {
    Star,
    Del,
    For,
}

/// Sets `ctx` on a target expression, checking it is one `star_targets` (Store) or
/// `del_targets` (Del) accepts. `top` allows a bare starred target (`*a = b`).
pub(crate) fn to_target(e: Expr, ctx: ExprContext, top: bool) -> Result<Expr, Expr> {
    let Expr { kind, loc } = e;
    let kind = match kind {
        ExprKind::Name { id, .. } => ExprKind::Name { id, ctx },
        ExprKind::Attribute { value, attr, .. } => ExprKind::Attribute { value, attr, ctx },
        ExprKind::Subscript { value, slice, .. } => ExprKind::Subscript { value, slice, ctx },
        ExprKind::Tuple { elts, .. } => ExprKind::Tuple { elts: to_targets(elts, ctx)?, ctx },
        ExprKind::List { elts, .. } => ExprKind::List { elts: to_targets(elts, ctx)?, ctx },
        ExprKind::Starred { value, .. } if ctx == ExprContext::Store && top => {
            if matches!(value.kind, ExprKind::Starred { .. }) {
                return Err(Expr { kind: ExprKind::Starred { value, ctx: ExprContext::Load }, loc });
            }
            ExprKind::Starred { value: Box::new(to_target(*value, ctx, false)?), ctx }
        }
        other => return Err(Expr { kind: other, loc }),
    };
    Ok(Expr { kind, loc })
}

fn to_targets(elts: Vec<Expr>, ctx: ExprContext) -> Result<Vec<Expr>, Expr> {
    let mut out = Vec::with_capacity(elts.len());
    for e in elts {
        out.push(to_target(e, ctx, true)?);
    }
    Ok(out)
}

/// CPython's `_PyPegen_get_expr_name`.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first sub-expression that cannot be a target.
pub(crate) fn invalid_target(e: &Expr, kind: TargetsKind) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => elts.iter().find_map(|x| invalid_target(x, kind)),
        ExprKind::Starred { value, .. } => {
            if kind == TargetsKind::Del {
                Some(e)
            } else {
                invalid_target(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if kind == TargetsKind::For {
                if ops.first() == Some(&CmpOp::In) {
                    return invalid_target(left, kind);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Can a token of this kind start a `star_target`?
fn starts_target(k: T) -> bool {
    k == T::Star || super::expr::starts_expression(k) && !matches!(k, T::Minus | T::Plus | T::Tilde | T::Not | T::Lambda | T::Await)
}

impl<'s> Parser<'s> {
    /// `star_targets` where a target must be parsed as such (before 'in', 'as').
    pub(crate) fn star_targets(&mut self) -> R<Expr> {
        let start = self.mark();
        let first = self.star_target()?;
        if !self.at(T::Comma) {
            return Some(first);
        }
        let mut elts = Vec::with_capacity(4);
        elts.push(first);
        while self.eat(T::Comma).is_some() {
            if !starts_target(self.peek()) {
                break;
            }
            elts.push(self.star_target()?);
        }
        Some(mk(ExprKind::Tuple { elts, ctx: ExprContext::Store }, self.loc_from(start)))
    }

    /// `star_target`: '*' star_target | a primary that is a valid target.
    pub(crate) fn star_target(&mut self) -> R<Expr> {
        if self.at(T::Star) {
            let start = self.mark();
            self.bump();
            if self.at(T::Star) {
                return None;
            }
            self.enter()?;
            let inner = self.star_target();
            self.leave();
            let inner = inner?;
            return Some(mk(ExprKind::Starred { value: Box::new(inner), ctx: ExprContext::Store }, self.loc_from(start)));
        }
        let e = self.primary()?;
        to_target(e, ExprContext::Store, false).ok()
    }

    /// `del_targets`: ','.del_target+ [','].
    pub(crate) fn del_targets(&mut self) -> R<Vec<Expr>> {
        let mut out = Vec::new();
        loop {
            let e = self.primary()?;
            out.push(to_target(e, ExprContext::Del, false).ok()?);
            if self.eat(T::Comma).is_none() || !starts_target(self.peek()) || self.at(T::Star) {
                break;
            }
        }
        Some(out)
    }
}
