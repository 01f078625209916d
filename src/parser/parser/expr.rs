//! Expression rules: from `star_expressions` down to atoms, displays, comprehensions,
//! subscripts, lambdas and string/number literals (CPython 3.11 grammar, EXPRESSIONS section).

use super::{mk, tloc, Parser, R};
use crate::lexer::token::TokenKind as T;
use crate::parser::ast::*;

/// Can a token of this kind start an `expression` (not a starred one)?
pub(crate) fn starts_expression(k: T) -> bool {
    matches!(
        k,
        T::Name
            | T::Number
            | T::String
            | T::Lpar
            | T::Lsqb
            | T::Lbrace
            | T::Minus
            | T::Plus
            | T::Tilde
            | T::Not
            | T::Lambda
            | T::Await
            | T::None
            | T::True
            | T::False
            | T::Ellipsis
    )
}

/// Can a token of this kind, after a `primary`, continue an operand of `disjunction` (a binary,
/// comparison or boolean operator of the levels from `power` up)?
fn continues_operand(k: T) -> bool {
    matches!(
        k,
        T::DoubleStar
            | T::Star
            | T::Slash
            | T::DoubleSlash
            | T::Percent
            | T::At
            | T::Plus
            | T::Minus
            | T::LeftShift
            | T::RightShift
            | T::Amper
            | T::Circumflex
            | T::Vbar
            | T::EqEqual
            | T::NotEqual
            | T::LessEqual
            | T::Less
            | T::GreaterEqual
            | T::Greater
            | T::In
            | T::Not
            | T::Is
            | T::And
            | T::Or
    )
}

fn binop(left: Expr, op: Operator, right: Expr, loc: Loc) -> Expr {
    mk(ExprKind::BinOp { left: Box::new(left), op, right: Box::new(right) }, loc)
}

impl<'s> Parser<'s> {
    /// `expressions` (eval mode): expression (',' expression)* [','].
    pub(crate) fn expressions(&mut self) -> R<Expr> {
        let start = self.mark();
        let first = self.expression()?;
        if !self.at(T::Comma) {
            return Some(first);
        }
        let mut elts = Vec::with_capacity(4);
        elts.push(first);
        while self.eat(T::Comma).is_some() {
            if !starts_expression(self.peek()) {
                break;
            }
            let m = self.mark();
            match self.expression() {
                Some(e) => elts.push(e),
                None => {
                    self.reset_after_comma(m)?;
                    break;
                }
            }
        }
        Some(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.loc_from(start)))
    }

    /// `star_expressions`: a tuple without parentheses when there is a comma.
    pub(crate) fn star_expressions(&mut self) -> R<Expr> {
        let start = self.mark();
        let first = self.star_expression()?;
        if !self.at(T::Comma) {
            return Some(first);
        }
        let mut elts = Vec::with_capacity(4);
        elts.push(first);
        while self.eat(T::Comma).is_some() {
            let k = self.peek();
            if !(starts_expression(k) || k == T::Star) {
                break;
            }
            let m = self.mark();
            match self.star_expression() {
                Some(e) => elts.push(e),
                None => {
                    self.reset_after_comma(m)?;
                    break;
                }
            }
        }
        Some(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.loc_from(start)))
    }

    /// `star_expression`: '*' bitwise_or | expression.
    pub(crate) fn star_expression(&mut self) -> R<Expr> {
        if self.at(T::Star) {
            let start = self.mark();
            self.bump();
            let v = self.bitwise_or()?;
            return Some(mk(ExprKind::Starred { value: Box::new(v), ctx: ExprContext::Load }, self.loc_from(start)));
        }
        self.expression()
    }

    /// `star_named_expression`: '*' bitwise_or | named_expression.
    pub(crate) fn star_named_expression(&mut self) -> R<Expr> {
        if self.at(T::Star) {
            let start = self.mark();
            self.bump();
            let v = self.bitwise_or()?;
            return Some(mk(ExprKind::Starred { value: Box::new(v), ctx: ExprContext::Load }, self.loc_from(start)));
        }
        self.named_expression()
    }

    /// `star_named_expressions` after a first element: (',' star_named_expression)* [','],
    /// stopping before `closer`.
    pub(crate) fn star_named_rest(&mut self, elts: &mut Vec<Expr>) -> R<()> {
        while self.eat(T::Comma).is_some() {
            let k = self.peek();
            if !(starts_expression(k) || k == T::Star) {
                break;
            }
            let m = self.mark();
            match self.star_named_expression() {
                Some(e) => elts.push(e),
                None => {
                    self.reset_after_comma(m)?;
                    break;
                }
            }
        }
        Some(())
    }

    /// A failed `op right` repetition: back to before `op` with `left` as the result (PEG
    /// backtracking), unless an error was raised.
    pub(crate) fn backtrack(&mut self, m: usize, left: Expr) -> R<Expr> {
        if self.failed() {
            return None;
        }
        self.reset_to(m);
        Some(left)
    }

    /// An element after ',' failed: the comma was a trailing one (the position goes back to
    /// just after it), unless an error was raised.
    pub(crate) fn reset_after_comma(&mut self, m: usize) -> R<()> {
        if self.failed() {
            return None;
        }
        self.reset_to(m);
        Some(())
    }

    /// `[star_expressions]`: `Some(None)` when absent or not parsable here.
    pub(crate) fn opt_star_expressions(&mut self) -> R<Option<Expr>> {
        let k = self.peek();
        if !(starts_expression(k) || k == T::Star) {
            return Some(None);
        }
        let m = self.mark();
        match self.star_expressions() {
            Some(e) => Some(Some(e)),
            None => {
                self.reset_after_comma(m)?;
                Some(None)
            }
        }
    }

    /// `[expression]`: `Some(None)` when absent or not parsable here.
    pub(crate) fn opt_expression(&mut self) -> R<Option<Expr>> {
        if !starts_expression(self.peek()) {
            return Some(None);
        }
        let m = self.mark();
        match self.expression() {
            Some(e) => Some(Some(e)),
            None => {
                self.reset_after_comma(m)?;
                Some(None)
            }
        }
    }

    /// `assignment_expression`: NAME ':=' ~ expression.
    pub(crate) fn assignment_expression(&mut self) -> R<Expr> {
        let start = self.mark();
        let (id, t) = self.name()?;
        self.eat(T::ColonEqual)?;
        let value = self.expression()?;
        let target = mk(ExprKind::Name { id, ctx: ExprContext::Store }, tloc(&t));
        Some(mk(ExprKind::NamedExpr { target: Box::new(target), value: Box::new(value) }, self.loc_from(start)))
    }

    /// `named_expression`: assignment_expression | expression !':='.
    pub(crate) fn named_expression(&mut self) -> R<Expr> {
        if self.peek() == T::Name && self.peek_n(1) == T::ColonEqual {
            return self.assignment_expression();
        }
        let start = self.mark();
        let e = self.expression()?;
        if self.invalid_pass {
            self.invalid_named_after(start, &e)?;
        }
        if self.at(T::ColonEqual) {
            return None;
        }
        Some(e)
    }

    /// `expression`: disjunction 'if' disjunction 'else' expression | disjunction | lambdef.
    pub(crate) fn expression(&mut self) -> R<Expr> {
        let start = self.mark();
        self.enter()?;
        let r = self.expression_inner();
        self.leave();
        if self.invalid_pass && !self.skip_expression_checks && !self.failed() {
            return self.invalid_expression_check(start, r);
        }
        r
    }

    /// `expression` without the second pass's `invalid_expression` checks, except inside
    /// brackets (what CPython shows for dict keys after the first pair).
    fn expression_unchecked(&mut self) -> R<Expr> {
        let saved = self.skip_expression_checks;
        self.skip_expression_checks = true;
        let r = self.expression();
        self.skip_expression_checks = saved;
        r
    }

    /// `expression` without the second pass's checks at this level.
    pub(crate) fn expression_inner(&mut self) -> R<Expr> {
        if self.at(T::Lambda) {
            return self.lambdef();
        }
        let start = self.mark();
        let body = self.disjunction()?;
        if !self.at(T::If) {
            return Some(body);
        }
        let m = self.mark();
        self.bump();
        let test = match self.disjunction() {
            Some(t) => t,
            None => {
                self.reset_to(m);
                return Some(body);
            }
        };
        if self.eat(T::Else).is_none() {
            self.reset_to(m);
            return Some(body);
        }
        let orelse = match self.expression() {
            Some(e) => e,
            None => {
                self.reset_to(m);
                return Some(body);
            }
        };
        Some(mk(
            ExprKind::IfExp { test: Box::new(test), body: Box::new(body), orelse: Box::new(orelse) },
            self.loc_from(start),
        ))
    }

    pub(crate) fn disjunction(&mut self) -> R<Expr> {
        let start = self.mark();
        if let Some(memo) = &self.disjunction_memo {
            if let Some((r, end)) = memo.get(&start) {
                let (r, end) = (r.clone(), *end);
                self.reset_to(end);
                return r;
            }
            let r = self.disjunction_inner();
            // Only successes are reused: that is what CPython's error pass shows (a display
            // that failed to parse inside an `expression_without_invalid` is parsed again,
            // with the invalid rules, by a later rule).
            if !self.failed() && r.is_some() {
                let end = if r.is_some() { self.mark() } else { start };
                if let Some(memo) = &mut self.disjunction_memo {
                    memo.insert(start, (r.clone(), end));
                }
            }
            return r;
        }
        self.disjunction_inner()
    }

    fn disjunction_inner(&mut self) -> R<Expr> {
        let start = self.mark();
        // Fast path: an operand that starts with no prefix operator reaches `primary` straight
        // down the chain conjunction .. await_primary; when no operator of those levels
        // follows, every level returns it unchanged. Otherwise the chain runs, and its first
        // `primary` call (at `start`) takes this result instead of parsing it again.
        if !self.invalid_pass && !matches!(self.peek(), T::Not | T::Plus | T::Minus | T::Tilde | T::Await) {
            let e = self.primary()?;
            if !continues_operand(self.peek()) {
                return Some(e);
            }
            let end = self.mark();
            self.primary_seed = Some((start, end, e));
            self.reset_to(start);
        }
        let first = self.conjunction()?;
        if !self.at(T::Or) {
            return Some(first);
        }
        let mut values = Vec::with_capacity(4);
        values.push(first);
        loop {
            let m = self.mark();
            if self.eat(T::Or).is_none() {
                break;
            }
            match self.conjunction() {
                Some(v) => values.push(v),
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.reset_to(m);
                    break;
                }
            }
        }
        if values.len() == 1 {
            return values.pop();
        }
        Some(mk(ExprKind::BoolOp { op: BoolOp::Or, values }, self.loc_from(start)))
    }

    fn conjunction(&mut self) -> R<Expr> {
        let start = self.mark();
        let first = self.inversion()?;
        if !self.at(T::And) {
            return Some(first);
        }
        let mut values = Vec::with_capacity(4);
        values.push(first);
        loop {
            let m = self.mark();
            if self.eat(T::And).is_none() {
                break;
            }
            match self.inversion() {
                Some(v) => values.push(v),
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.reset_to(m);
                    break;
                }
            }
        }
        if values.len() == 1 {
            return values.pop();
        }
        Some(mk(ExprKind::BoolOp { op: BoolOp::And, values }, self.loc_from(start)))
    }

    fn inversion(&mut self) -> R<Expr> {
        if self.at(T::Not) {
            let start = self.mark();
            self.bump();
            self.enter()?;
            let operand = self.inversion();
            self.leave();
            let operand = operand?;
            return Some(mk(ExprKind::UnaryOp { op: UnaryOp::Not, operand: Box::new(operand) }, self.loc_from(start)));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> R<Expr> {
        let start = self.mark();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let m = self.mark();
            let op = match self.peek() {
                T::EqEqual => CmpOp::Eq,
                T::NotEqual => CmpOp::NotEq,
                T::LessEqual => CmpOp::LtE,
                T::Less => CmpOp::Lt,
                T::GreaterEqual => CmpOp::GtE,
                T::Greater => CmpOp::Gt,
                T::In => CmpOp::In,
                T::Not => {
                    if self.peek_n(1) != T::In {
                        break;
                    }
                    self.bump();
                    CmpOp::NotIn
                }
                T::Is => {
                    if self.peek_n(1) == T::Not {
                        self.bump();
                        CmpOp::IsNot
                    } else {
                        CmpOp::Is
                    }
                }
                _ => break,
            };
            self.bump();
            match self.bitwise_or() {
                Some(c) => {
                    ops.push(op);
                    comparators.push(c);
                }
                None => {
                    if self.failed() {
                        return None;
                    }
                    self.reset_to(m);
                    break;
                }
            }
        }
        if ops.is_empty() {
            return Some(left);
        }
        Some(mk(ExprKind::Compare { left: Box::new(left), ops, comparators }, self.loc_from(start)))
    }

    pub(crate) fn bitwise_or(&mut self) -> R<Expr> {
        self.binary_level(|k| (k == T::Vbar).then_some(Operator::BitOr), Self::bitwise_xor)
    }

    fn bitwise_xor(&mut self) -> R<Expr> {
        self.binary_level(|k| (k == T::Circumflex).then_some(Operator::BitXor), Self::bitwise_and)
    }

    fn bitwise_and(&mut self) -> R<Expr> {
        self.binary_level(|k| (k == T::Amper).then_some(Operator::BitAnd), Self::shift_expr)
    }

    fn shift_expr(&mut self) -> R<Expr> {
        self.binary_level(
            |k| match k {
                T::LeftShift => Some(Operator::LShift),
                T::RightShift => Some(Operator::RShift),
                _ => None,
            },
            Self::sum,
        )
    }

    fn sum(&mut self) -> R<Expr> {
        self.binary_level(
            |k| match k {
                T::Plus => Some(Operator::Add),
                T::Minus => Some(Operator::Sub),
                _ => None,
            },
            Self::term,
        )
    }

    fn term(&mut self) -> R<Expr> {
        self.binary_level(
            |k| match k {
                T::Star => Some(Operator::Mult),
                T::Slash => Some(Operator::Div),
                T::DoubleSlash => Some(Operator::FloorDiv),
                T::Percent => Some(Operator::Mod),
                T::At => Some(Operator::MatMult),
                _ => None,
            },
            Self::factor,
        )
    }

    /// One left-associative binary level: `operand (OP operand)*`, where `op_of` says which
    /// tokens are this level's operators. An operator not followed by an operand is left
    /// unread (the grammar's alternative fails there).
    #[inline]
    fn binary_level(&mut self, op_of: fn(T) -> Option<Operator>, operand: fn(&mut Self) -> R<Expr>) -> R<Expr> {
        let start = self.mark();
        let mut left = operand(self)?;
        while let Some(op) = op_of(self.peek()) {
            let m = self.mark();
            self.bump();
            let Some(right) = operand(self) else {
                return self.backtrack(m, left);
            };
            left = binop(left, op, right, self.loc_from(start));
        }
        Some(left)
    }

    fn factor(&mut self) -> R<Expr> {
        let op = match self.peek() {
            T::Plus => UnaryOp::UAdd,
            T::Minus => UnaryOp::USub,
            T::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.mark();
        self.bump();
        self.enter()?;
        let operand = self.factor();
        self.leave();
        let operand = operand?;
        Some(mk(ExprKind::UnaryOp { op, operand: Box::new(operand) }, self.loc_from(start)))
    }

    fn power(&mut self) -> R<Expr> {
        let start = self.mark();
        let left = self.await_primary()?;
        let m = self.mark();
        if self.eat(T::DoubleStar).is_none() {
            return Some(left);
        }
        self.enter()?;
        self.enter()?;
        let right = self.factor();
        self.leave();
        self.leave();
        let Some(right) = right else {
            return self.backtrack(m, left);
        };
        Some(binop(left, Operator::Pow, right, self.loc_from(start)))
    }

    fn await_primary(&mut self) -> R<Expr> {
        if self.at(T::Await) {
            let start = self.mark();
            self.bump();
            let v = self.primary()?;
            return Some(mk(ExprKind::Await { value: Box::new(v) }, self.loc_from(start)));
        }
        self.primary()
    }

    /// `primary`: atom followed by attribute, call and subscript trailers.
    pub(crate) fn primary(&mut self) -> R<Expr> {
        let start = self.mark();
        if let Some((at, end, e)) = self.primary_seed.take() {
            if at == start {
                self.reset_to(end);
                return Some(e);
            }
        }
        let mut e = self.atom()?;
        loop {
            let m = self.mark();
            match self.peek() {
                T::Dot => {
                    self.bump();
                    let Some((attr, _)) = self.name() else {
                        return self.backtrack(m, e);
                    };
                    e = mk(ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load }, self.loc_from(start));
                }
                T::Lpar => {
                    let Some((args, keywords)) = self.call_arguments() else {
                        return self.backtrack(m, e);
                    };
                    e = mk(ExprKind::Call { func: Box::new(e), args, keywords }, self.loc_from(start));
                }
                T::Lsqb => {
                    self.bump();
                    let Some(slice) = self.slices().filter(|_| self.eat(T::Rsqb).is_some()) else {
                        return self.backtrack(m, e);
                    };
                    e = mk(
                        ExprKind::Subscript { value: Box::new(e), slice: Box::new(slice), ctx: ExprContext::Load },
                        self.loc_from(start),
                    );
                }
                _ => return Some(e),
            }
        }
    }

    /// `slices`: a slice, or a tuple of slices and starred expressions.
    fn slices(&mut self) -> R<Expr> {
        let start = self.mark();
        let first = self.slice_or_starred()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                // `slice` cannot be starred: the tuple alternative takes `a[*b]`.
                return Some(mk(ExprKind::Tuple { elts: vec![first], ctx: ExprContext::Load }, self.loc_from(start)));
            }
            return Some(first);
        }
        let mut elts = Vec::with_capacity(4);
        elts.push(first);
        while self.eat(T::Comma).is_some() {
            let k = self.peek();
            if !(starts_expression(k) || k == T::Star || k == T::Colon) {
                break;
            }
            let m = self.mark();
            match self.slice_or_starred() {
                Some(e) => elts.push(e),
                None => {
                    self.reset_after_comma(m)?;
                    break;
                }
            }
        }
        Some(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.loc_from(start)))
    }

    fn slice_or_starred(&mut self) -> R<Expr> {
        if self.at(T::Star) {
            let start = self.mark();
            self.bump();
            let v = self.expression()?;
            return Some(mk(ExprKind::Starred { value: Box::new(v), ctx: ExprContext::Load }, self.loc_from(start)));
        }
        self.slice()
    }

    /// `slice`: [expression] ':' [expression] [':' [expression]] | named_expression.
    fn slice(&mut self) -> R<Expr> {
        let start = self.mark();
        let lower = if self.at(T::Colon) {
            None
        } else {
            let m = self.mark();
            let bare_walrus = self.peek() == T::Name && self.peek_n(1) == T::ColonEqual;
            let e = self.named_expression()?;
            if !self.at(T::Colon) {
                return Some(e);
            }
            if bare_walrus {
                // The slice alternative wants a plain `expression` before ':'.
                self.reset_to(m);
                return None;
            }
            Some(Box::new(e))
        };
        self.eat(T::Colon)?;
        let upper = self.opt_expression()?.map(Box::new);
        let step = if self.eat(T::Colon).is_some() { self.opt_expression()?.map(Box::new) } else { None };
        Some(mk(ExprKind::Slice { lower, upper, step }, self.loc_from(start)))
    }

    /// `atom`.
    pub(crate) fn atom(&mut self) -> R<Expr> {
        let t = self.cur();
        match self.peek() {
            T::Name => {
                self.bump();
                Some(mk(ExprKind::Name { id: self.ident(&t), ctx: ExprContext::Load }, tloc(&t)))
            }
            T::True => {
                self.bump();
                Some(mk(ExprKind::Constant { value: Constant::Bool(true), kind: None }, tloc(&t)))
            }
            T::False => {
                self.bump();
                Some(mk(ExprKind::Constant { value: Constant::Bool(false), kind: None }, tloc(&t)))
            }
            T::None => {
                self.bump();
                Some(mk(ExprKind::Constant { value: Constant::None, kind: None }, tloc(&t)))
            }
            T::Ellipsis => {
                self.bump();
                Some(mk(ExprKind::Constant { value: Constant::Ellipsis, kind: None }, tloc(&t)))
            }
            T::Number => {
                self.bump();
                self.number(&t)
            }
            T::String => self.strings(),
            T::Lpar => {
                self.enter()?;
                let saved = std::mem::replace(&mut self.skip_expression_checks, false);
                let r = self.paren_atom();
                self.skip_expression_checks = saved;
                self.leave();
                r
            }
            T::Lsqb => {
                self.enter()?;
                let saved = std::mem::replace(&mut self.skip_expression_checks, false);
                let r = self.list_atom();
                self.skip_expression_checks = saved;
                self.leave();
                r
            }
            T::Lbrace => {
                self.enter()?;
                let saved = std::mem::replace(&mut self.skip_expression_checks, false);
                let r = self.brace_atom();
                self.skip_expression_checks = saved;
                self.leave();
                r
            }
            _ => None,
        }
    }

    /// A NUMBER token's constant.
    pub(crate) fn number(&mut self, t: &crate::lexer::token::Token) -> R<Expr> {
        match crate::parser::numbers::parse_number(self.text(t)) {
            Ok(value) => Some(mk(ExprKind::Constant { value, kind: None }, tloc(t))),
            Err(msg) => self.raise_at(tloc(t), &msg),
        }
    }

    /// `strings`: one or more adjacent STRING tokens.
    pub(crate) fn strings(&mut self) -> R<Expr> {
        let first = self.mark();
        while self.at(T::String) {
            self.bump();
        }
        let last = self.mark();
        let loc = self.loc_from(first);
        let src = self.src;
        let toks = self.toks.get(first..last).unwrap_or(&[]);
        let r = crate::parser::strings::parse_strings_in(src, self.info, toks, &mut |text, line, col| {
            super::parse_fstring_expr(text, line, col)
        });
        match r {
            Ok(mut e) => {
                e.loc = loc;
                Some(e)
            }
            Err(e) => {
                if e.lineno == 0 {
                    // No location from the literal: CPython's RAISE_SYNTAX_ERROR, at the last
                    // token read.
                    let _ = self.peek();
                    return self.raise_last(e.kind, &e.msg);
                }
                self.take_error(e);
                None
            }
        }
    }

    /// '(' ... ')': empty tuple, group, tuple, generator expression, parenthesized yield.
    fn paren_atom(&mut self) -> R<Expr> {
        let start = self.mark();
        self.bump();
        if self.eat(T::Rpar).is_some() {
            return Some(mk(ExprKind::Tuple { elts: Vec::new(), ctx: ExprContext::Load }, self.loc_from(start)));
        }
        if self.at(T::Yield) {
            let e = self.yield_expr()?;
            self.eat(T::Rpar)?;
            return Some(e);
        }
        if self.invalid_pass && self.at(T::DoubleStar) {
            // invalid_group / invalid_comprehension with '**'.
            return self.invalid_paren_double_star();
        }
        let first = self.star_named_expression()?;
        match self.peek() {
            T::For | T::Async => {
                if matches!(first.kind, ExprKind::Starred { .. }) {
                    return self.invalid_starred_comprehension(&first);
                }
                let generators = self.for_if_clauses()?;
                self.eat(T::Rpar)?;
                Some(mk(ExprKind::GeneratorExp { elt: Box::new(first), generators }, self.loc_from(start)))
            }
            T::Comma => {
                let mut elts = Vec::with_capacity(4);
                elts.push(first);
                self.star_named_rest(&mut elts)?;
                if !self.at(T::Rpar) {
                    self.invalid_starred_retry(start)?;
                }
                self.eat(T::Rpar)?;
                Some(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.loc_from(start)))
            }
            T::Rpar => {
                if matches!(first.kind, ExprKind::Starred { .. }) {
                    if self.invalid_pass {
                        // invalid_group: '(' a=starred_expression ')', starred_expression
                        // being '*' expression.
                        self.reset_to(start + 1);
                        self.bump();
                        if self.expression().is_some() && self.at(T::Rpar) {
                            return self.raise_at(self.loc_from(start + 1), "cannot use starred expression here");
                        }
                    }
                    return None;
                }
                self.bump();
                Some(first)
            }
            _ => {
                self.invalid_starred_retry(start)?;
                None
            }
        }
    }

    /// Second pass, a display starting with '*' that failed: CPython's invalid_comprehension
    /// reads `'*' expression for_if_clauses` there (with the invalid rules on).
    fn invalid_starred_retry(&mut self, open: usize) -> R<()> {
        if !self.invalid_pass || self.tok_at(open + 1).kind != T::Star || self.failed() {
            return Some(());
        }
        let m = self.mark();
        self.reset_to(open + 2);
        if self.expression().is_some() {
            let loc = self.loc_from(open + 1);
            if matches!(self.peek(), T::For | T::Async) && self.for_if_clauses().is_some() {
                return self.raise_at(loc, "iterable unpacking cannot be used in comprehension");
            }
        }
        if self.failed() {
            return None;
        }
        self.reset_to(m);
        Some(())
    }

    /// '[' ... ']': list or list comprehension.
    fn list_atom(&mut self) -> R<Expr> {
        let start = self.mark();
        self.bump();
        if self.eat(T::Rsqb).is_some() {
            return Some(mk(ExprKind::List { elts: Vec::new(), ctx: ExprContext::Load }, self.loc_from(start)));
        }
        let first = self.star_named_expression()?;
        match self.peek() {
            T::For | T::Async => {
                if matches!(first.kind, ExprKind::Starred { .. }) {
                    return self.invalid_starred_comprehension(&first);
                }
                let generators = self.for_if_clauses()?;
                self.eat(T::Rsqb)?;
                Some(mk(ExprKind::ListComp { elt: Box::new(first), generators }, self.loc_from(start)))
            }
            _ => {
                let mut elts = Vec::with_capacity(4);
                elts.push(first);
                self.star_named_rest(&mut elts)?;
                if self.invalid_pass && matches!(self.peek(), T::For | T::Async) {
                    return self.invalid_comprehension_target(&elts);
                }
                if !self.at(T::Rsqb) {
                    self.invalid_starred_retry(start)?;
                }
                self.eat(T::Rsqb)?;
                Some(mk(ExprKind::List { elts, ctx: ExprContext::Load }, self.loc_from(start)))
            }
        }
    }

    /// `('[' | '(' | '{') a=starred_expression for_if_clauses` in the second pass.
    fn invalid_starred_comprehension(&mut self, first: &Expr) -> R<Expr> {
        if self.invalid_pass && self.for_if_clauses().is_some() {
            return self.raise_at(first.loc, "iterable unpacking cannot be used in comprehension");
        }
        None
    }

    /// '{' ... '}': dict, set, dict or set comprehension.
    fn brace_atom(&mut self) -> R<Expr> {
        let start = self.mark();
        self.bump();
        if self.eat(T::Rbrace).is_some() {
            return Some(mk(ExprKind::Dict { keys: Vec::new(), values: Vec::new() }, self.loc_from(start)));
        }
        if self.at(T::DoubleStar) {
            let ds = self.bump();
            let v = self.bitwise_or()?;
            if matches!(self.peek(), T::For | T::Async) {
                // invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}'
                if self.invalid_pass && self.for_if_clauses().is_some() && self.at(T::Rbrace) {
                    return self.raise_at(tloc(&ds), "dict unpacking cannot be used in dict comprehension");
                }
                return None;
            }
            return self.dict_rest(start, None, v);
        }
        if self.at(T::Star) {
            let first = self.star_named_expression()?;
            return self.set_rest(start, first);
        }
        let bare_walrus = self.peek() == T::Name && self.peek_n(1) == T::ColonEqual;
        let first = self.named_expression()?;
        if self.at(T::Colon) {
            if bare_walrus {
                return None;
            }
            self.bump();
            self.invalid_dict_value()?;
            let value = self.expression()?;
            if matches!(self.peek(), T::For | T::Async) {
                let generators = self.for_if_clauses()?;
                self.eat(T::Rbrace)?;
                return Some(mk(
                    ExprKind::DictComp { key: Box::new(first), value: Box::new(value), generators },
                    self.loc_from(start),
                ));
            }
            return self.dict_rest(start, Some(first), value);
        }
        if matches!(self.peek(), T::For | T::Async) {
            let generators = self.for_if_clauses()?;
            self.eat(T::Rbrace)?;
            return Some(mk(ExprKind::SetComp { elt: Box::new(first), generators }, self.loc_from(start)));
        }
        self.set_rest(start, first)
    }

    /// Second pass, just after a dict key's ':': a starred value or no value at all.
    fn invalid_dict_value(&mut self) -> R<()> {
        if !self.invalid_pass {
            return Some(());
        }
        if matches!(self.peek(), T::Rbrace | T::Comma) {
            let c = self.tok_at(self.mark().saturating_sub(1));
            return self.raise_at(tloc(&c), "expression expected after dictionary key and ':'");
        }
        if self.at(T::Star) {
            let m = self.mark();
            let star = self.bump();
            if self.bitwise_or().is_some() {
                return self.raise_from(tloc(&star), "cannot use a starred expression in a dictionary value");
            }
            if self.failed() {
                return None;
            }
            self.reset_to(m);
        }
        Some(())
    }

    fn set_rest(&mut self, start: usize, first: Expr) -> R<Expr> {
        let mut elts = Vec::with_capacity(4);
        elts.push(first);
        self.star_named_rest(&mut elts)?;
        if self.invalid_pass && matches!(self.peek(), T::For | T::Async) {
            return self.invalid_comprehension_target(&elts);
        }
        if !self.at(T::Rbrace) {
            self.invalid_starred_retry(start)?;
        }
        self.eat(T::Rbrace)?;
        Some(mk(ExprKind::Set { elts }, self.loc_from(start)))
    }

    fn dict_rest(&mut self, start: usize, key: Option<Expr>, value: Expr) -> R<Expr> {
        let mut keys = Vec::with_capacity(4);
        keys.push(key);
        let mut values = Vec::with_capacity(4);
        values.push(value);
        while self.eat(T::Comma).is_some() {
            if self.eat(T::DoubleStar).is_some() {
                keys.push(None);
                values.push(self.bitwise_or()?);
                continue;
            }
            if !starts_expression(self.peek()) {
                break;
            }
            // CPython never reports invalid_expression's errors ("Perhaps you forgot a
            // comma?", ...) for a key after the first pair; nested expressions still do.
            let k = self.expression_unchecked()?;
            if !self.at(T::Colon) {
                if self.invalid_pass {
                    // invalid_kvpair: "':' expected after dictionary key".
                    return self.raise_full(
                        crate::syntax_error::SyntaxErrorKind::SyntaxError,
                        "':' expected after dictionary key",
                        k.loc.lineno,
                        k.loc.end_col_offset as i64 - 1,
                        k.loc.end_lineno,
                        -1,
                    );
                }
                return None;
            }
            self.bump();
            self.invalid_dict_value()?;
            let v = self.expression()?;
            keys.push(Some(k));
            values.push(v);
        }
        self.eat(T::Rbrace)?;
        Some(mk(ExprKind::Dict { keys, values }, self.loc_from(start)))
    }

    /// `for_if_clauses`: one or more ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*.
    pub(crate) fn for_if_clauses(&mut self) -> R<Vec<Comprehension>> {
        let mut gens = Vec::new();
        while matches!(self.peek(), T::For | T::Async) {
            let is_async = self.eat(T::Async).is_some();
            self.eat(T::For)?;
            let target = self.for_target_in()?;
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(T::If).is_some() {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension { target, iter, ifs, is_async });
        }
        if gens.is_empty() {
            return None;
        }
        Some(gens)
    }

    /// `yield_expr`: 'yield' 'from' expression | 'yield' [star_expressions].
    pub(crate) fn yield_expr(&mut self) -> R<Expr> {
        let start = self.mark();
        self.eat(T::Yield)?;
        if self.eat(T::From).is_some() {
            let v = self.expression()?;
            return Some(mk(ExprKind::YieldFrom { value: Box::new(v) }, self.loc_from(start)));
        }
        let value = self.opt_star_expressions()?.map(Box::new);
        Some(mk(ExprKind::Yield { value }, self.loc_from(start)))
    }

    /// `lambdef`: 'lambda' [lambda_params] ':' expression.
    fn lambdef(&mut self) -> R<Expr> {
        let start = self.mark();
        self.eat(T::Lambda)?;
        let args = if self.at(T::Colon) { Arguments::default() } else { self.parameters(true)? };
        self.eat(T::Colon)?;
        self.enter()?;
        let body = self.expression();
        self.leave();
        let body = body?;
        Some(mk(ExprKind::Lambda { args: Box::new(args), body: Box::new(body) }, self.loc_from(start)))
    }

    /// `type_expressions` (func_type mode): expressions, then at most one '*' expression and
    /// one '**' expression, in that order.
    pub(crate) fn type_expressions(&mut self) -> R<Vec<Expr>> {
        let mut out = Vec::new();
        let mut stage = 0; // 0: plain, 1: after '*', 2: after '**'
        loop {
            match self.peek() {
                T::Star if stage == 0 => {
                    self.bump();
                    stage = 1;
                }
                T::DoubleStar if stage < 2 => {
                    self.bump();
                    stage = 2;
                }
                _ if stage == 0 => {}
                _ => return None,
            }
            out.push(self.expression()?);
            if stage == 2 || self.eat(T::Comma).is_none() {
                break;
            }
            if stage == 1 && !self.at(T::DoubleStar) {
                return None;
            }
        }
        Some(out)
    }
}
