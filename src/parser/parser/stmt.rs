//! Statement rules: simple statements (assignments, imports, ...), blocks, and the compound
//! statements (if, while, for, with, try, def, class, decorators, match).

use super::expr::starts_expression;
use super::targets::to_target;
use super::{mk, tloc, Parser, R};
use crate::lexer::token::TokenKind as T;
use crate::parser::ast::*;

fn st(kind: StmtKind, loc: Loc) -> Stmt {
    Stmt { kind, loc }
}

pub(crate) fn aug_op(k: T) -> Option<Operator> {
    Some(match k {
        T::PlusEqual => Operator::Add,
        T::MinEqual => Operator::Sub,
        T::StarEqual => Operator::Mult,
        T::AtEqual => Operator::MatMult,
        T::SlashEqual => Operator::Div,
        T::PercentEqual => Operator::Mod,
        T::AmperEqual => Operator::BitAnd,
        T::VbarEqual => Operator::BitOr,
        T::CircumflexEqual => Operator::BitXor,
        T::LeftShiftEqual => Operator::LShift,
        T::RightShiftEqual => Operator::RShift,
        T::DoubleStarEqual => Operator::Pow,
        T::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

impl<'s> Parser<'s> {
    /// `[statements] ENDMARKER` body: statements until ENDMARKER (not consumed).
    pub(crate) fn statements_until_end(&mut self) -> R<Vec<Stmt>> {
        let mut body = Vec::new();
        while !self.at(T::EndMarker) {
            if self.failed() {
                return None;
            }
            self.statement(&mut body)?;
        }
        Some(body)
    }

    /// `statement`: compound_stmt | simple_stmts, appended to `out`.
    pub(crate) fn statement(&mut self, out: &mut Vec<Stmt>) -> R<()> {
        let m = self.mark();
        if let Some(s) = self.compound_stmt() {
            out.push(s);
            return Some(());
        }
        if self.failed() {
            return None;
        }
        self.reset_to(m);
        self.simple_stmts(out)
    }

    /// `statement_newline` (single mode).
    pub(crate) fn statement_newline(&mut self) -> R<Vec<Stmt>> {
        let start = self.mark();
        if let Some(s) = self.compound_stmt() {
            self.eat(T::Newline)?;
            return Some(vec![s]);
        }
        if self.failed() {
            return None;
        }
        self.reset_to(start);
        if self.at(T::Newline) {
            self.bump();
            return Some(vec![st(StmtKind::Pass, self.loc_from(start))]);
        }
        let mut out = Vec::new();
        self.simple_stmts(&mut out)?;
        Some(out)
    }

    /// Single mode accepts one statement: CPython's `bad_single_statement`.
    pub(crate) fn bad_single_statement(&mut self) -> Option<crate::syntax_error::SyntaxError> {
        let rest = self.toks.get(self.pos..)?;
        if rest.iter().any(|t| !matches!(t.kind, T::Newline | T::Indent | T::Dedent | T::EndMarker)) {
            self.raise_here::<()>("multiple statements found while compiling a single statement");
            return self.err.take();
        }
        None
    }

    fn compound_stmt(&mut self) -> R<Stmt> {
        match self.peek() {
            T::Def => self.function_def(Vec::new()),
            T::At => self.decorated(),
            T::Async => match self.peek_n(1) {
                T::Def => self.function_def(Vec::new()),
                T::With => self.with_stmt(),
                T::For => self.for_stmt(),
                _ => None,
            },
            T::If => self.if_stmt(),
            T::Class => self.class_def(Vec::new()),
            T::With => self.with_stmt(),
            T::For => self.for_stmt(),
            T::Try => self.try_stmt(),
            T::While => self.while_stmt(),
            T::Name if self.at_soft("match") => {
                let m = self.mark();
                let r = self.match_stmt();
                if r.is_none() && !self.failed() {
                    self.reset_to(m);
                }
                r
            }
            _ => None,
        }
    }

    /// `simple_stmts`: simple_stmt (';' simple_stmt)* [';'] NEWLINE.
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> R<()> {
        loop {
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat(T::Semi).is_none() {
                break;
            }
            if self.at(T::Newline) {
                break;
            }
        }
        self.eat(T::Newline)?;
        Some(())
    }

    fn simple_stmt(&mut self) -> R<Stmt> {
        let start = self.mark();
        let t = self.cur();
        let kind = match self.peek() {
            T::Return => {
                self.bump();
                let value = self.opt_star_expressions()?.map(Box::new);
                StmtKind::Return { value }
            }
            T::Import | T::From => return self.import_stmt(),
            T::Raise => {
                self.bump();
                match self.opt_expression()? {
                    Some(exc) => {
                        let m = self.mark();
                        let cause = if self.eat(T::From).is_some() {
                            match self.expression() {
                                Some(c) => Some(Box::new(c)),
                                None => {
                                    self.reset_after_comma(m)?;
                                    None
                                }
                            }
                        } else {
                            None
                        };
                        StmtKind::Raise { exc: Some(Box::new(exc)), cause }
                    }
                    None => StmtKind::Raise { exc: None, cause: None },
                }
            }
            T::Pass => {
                self.bump();
                StmtKind::Pass
            }
            T::Break => {
                self.bump();
                StmtKind::Break
            }
            T::Continue => {
                self.bump();
                StmtKind::Continue
            }
            T::Del => return self.del_stmt(),
            T::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat(T::Comma).is_some() { Some(Box::new(self.expression()?)) } else { None };
                StmtKind::Assert { test: Box::new(test), msg }
            }
            T::Global | T::Nonlocal => {
                self.bump();
                let mut names = Vec::with_capacity(4);
                names.push(self.name()?.0);
                while self.eat(T::Comma).is_some() {
                    names.push(self.name()?.0);
                }
                if t.kind == T::Global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            _ => return self.expr_or_assign_stmt(),
        };
        Some(st(kind, self.loc_from(start)))
    }

    /// Assignment, annotated or augmented assignment, or an expression statement.
    fn expr_or_assign_stmt(&mut self) -> R<Stmt> {
        let start = self.mark();
        let r = self.expr_or_assign_inner(start);
        if !self.invalid_pass || self.failed() {
            return r;
        }
        if let Some(s) = &r {
            if matches!(s.kind, StmtKind::Assign { .. } | StmtKind::AnnAssign { .. } | StmtKind::AugAssign { .. }) {
                return r;
            }
        }
        // CPython tries `invalid_assignment` after the assignment forms and before the
        // expression statement.
        self.reset_to(start);
        self.invalid_assignment(start)?;
        self.reset_to(start);
        self.expr_or_assign_inner(start)
    }

    fn expr_or_assign_inner(&mut self, start: usize) -> R<Stmt> {
        let first_kind = self.peek();
        let first = if first_kind == T::Yield { self.yield_expr()? } else { self.star_expressions()? };
        match self.peek() {
            T::Colon if first_kind != T::Yield => {
                let simple = first_kind == T::Name && matches!(first.kind, ExprKind::Name { .. });
                if !matches!(first.kind, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                    return None;
                }
                let target = to_target(first, ExprContext::Store, false).ok()?;
                self.bump();
                let annotation = self.expression()?;
                let m = self.mark();
                let value = if self.eat(T::Equal).is_some() {
                    match self.annotated_rhs() {
                        Some(v) => Some(Box::new(v)),
                        None => {
                            // ['=' annotated_rhs] is optional: without it the statement ends here.
                            self.reset_after_comma(m)?;
                            None
                        }
                    }
                } else {
                    None
                };
                Some(st(
                    StmtKind::AnnAssign { target: Box::new(target), annotation: Box::new(annotation), value, simple },
                    self.loc_from(start),
                ))
            }
            T::Equal => {
                let mut targets = Vec::new();
                let mut cur = first;
                while self.eat(T::Equal).is_some() {
                    if matches!(cur.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) {
                        return None;
                    }
                    targets.push(to_target(cur, ExprContext::Store, true).ok()?);
                    cur = self.annotated_rhs()?;
                }
                let type_comment = if self.at(T::TypeComment) {
                    let t = self.bump();
                    Some(self.text(&t).to_string())
                } else {
                    None
                };
                Some(st(StmtKind::Assign { targets, value: Box::new(cur), type_comment }, self.loc_from(start)))
            }
            k => {
                if let Some(op) = aug_op(k) {
                    if !matches!(first.kind, ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }) {
                        return None;
                    }
                    let target = to_target(first, ExprContext::Store, false).ok()?;
                    self.bump();
                    let value = self.annotated_rhs()?;
                    return Some(st(
                        StmtKind::AugAssign { target: Box::new(target), op, value: Box::new(value) },
                        self.loc_from(start),
                    ));
                }
                Some(st(StmtKind::Expr { value: Box::new(first) }, self.loc_from(start)))
            }
        }
    }

    /// `annotated_rhs`: yield_expr | star_expressions.
    pub(crate) fn annotated_rhs(&mut self) -> R<Expr> {
        if self.at(T::Yield) {
            self.yield_expr()
        } else {
            self.star_expressions()
        }
    }

    fn del_stmt(&mut self) -> R<Stmt> {
        let start = self.mark();
        self.bump();
        if let Some(targets) = self.del_targets() {
            if matches!(self.peek(), T::Semi | T::Newline) {
                return Some(st(StmtKind::Delete { targets }, self.loc_from(start)));
            }
        }
        if self.invalid_pass && !self.failed() {
            self.reset_to(start + 1);
            if let Some(e) = self.star_expressions() {
                if let Some(bad) = super::targets::invalid_target(&e, super::targets::TargetsKind::Del) {
                    let msg = format!("cannot delete {}", super::targets::expr_name(bad));
                    let loc = bad.loc;
                    return self.raise_at(loc, &msg);
                }
            }
        }
        None
    }

    // ----- imports -----

    fn import_stmt(&mut self) -> R<Stmt> {
        let start = self.mark();
        if self.eat(T::Import).is_some() {
            let mut names = Vec::new();
            loop {
                let a_start = self.mark();
                let name = self.dotted_name()?;
                let asname = if self.eat(T::As).is_some() { Some(self.name()?.0) } else { None };
                names.push(Alias { name, asname, loc: self.loc_from(a_start) });
                if self.eat(T::Comma).is_none() {
                    break;
                }
            }
            return Some(st(StmtKind::Import { names }, self.loc_from(start)));
        }
        self.eat(T::From)?;
        let mut level = 0;
        loop {
            match self.peek() {
                T::Dot => level += 1,
                T::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if level == 0 || self.at(T::Name) { Some(self.dotted_name()?) } else { None };
        self.eat(T::Import)?;
        let mut names = Vec::new();
        if self.at(T::Star) {
            let t = self.bump();
            names.push(Alias { name: "*".into(), asname: None, loc: tloc(&t) });
        } else {
            let paren = self.eat(T::Lpar).is_some();
            loop {
                let a_start = self.mark();
                let (name, _) = self.name()?;
                let asname = if self.eat(T::As).is_some() { Some(self.name()?.0) } else { None };
                names.push(Alias { name, asname, loc: self.loc_from(a_start) });
                if self.eat(T::Comma).is_none() {
                    break;
                }
                if paren && self.at(T::Rpar) {
                    break;
                }
                if !paren && self.at(T::Newline) {
                    if self.invalid_pass {
                        return self.raise_here("trailing comma not allowed without surrounding parentheses");
                    }
                    return None;
                }
            }
            if paren {
                self.eat(T::Rpar)?;
            }
        }
        Some(st(StmtKind::ImportFrom { module, names, level }, self.loc_from(start)))
    }

    fn dotted_name(&mut self) -> R<Identifier> {
        let mut s = self.name()?.0;
        while self.peek() == T::Dot && self.peek_n(1) == T::Name {
            self.bump();
            s.push('.');
            s.push_str(&self.name()?.0);
        }
        Some(s)
    }

    // ----- blocks -----

    /// `block`: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block.
    pub(crate) fn block(&mut self) -> R<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.at(T::Newline) {
            let m = self.mark();
            self.bump();
            if self.eat(T::Indent).is_some() {
                self.enter()?;
                while !self.at(T::Dedent) {
                    if self.statement(&mut body).is_none() {
                        self.leave();
                        return None;
                    }
                }
                self.leave();
                self.bump();
                return Some(body);
            }
            if self.invalid_pass {
                return self.raise_indent("expected an indented block");
            }
            self.reset_to(m);
            return None;
        }
        self.simple_stmts(&mut body)?;
        Some(body)
    }

    /// Second pass: `KW header ':' NEWLINE !INDENT` gives "expected an indented block after
    /// WHAT on line N"; with `colon_msg`, `KW header NEWLINE` gives "expected ':'".
    /// Returns `None` when it raised; otherwise the position is back at `start`.
    fn invalid_block_header(&mut self, start: usize, what: &str, colon_msg: bool, header: fn(&mut Self) -> R<()>) -> R<()> {
        if !self.invalid_pass {
            return Some(());
        }
        let kw = self.cur();
        if kw.kind == T::Async {
            self.bump();
        }
        let kw = self.bump();
        if header(self).is_some() {
            if colon_msg && self.at(T::Newline) {
                return self.raise_here("expected ':'");
            }
            if self.eat(T::Colon).is_some() && self.eat(T::Newline).is_some() && !self.at(T::Indent) {
                let msg = format!("expected an indented block after {what} on line {}", kw.lineno);
                return self.raise_indent(&msg);
            }
        }
        if self.failed() {
            return None;
        }
        self.reset_to(start);
        Some(())
    }

    /// Second pass, at `':' NEWLINE` with no INDENT after it: raises CPython's "expected an
    /// indented block after WHAT on line N" (at the token after the NEWLINE, as CPython's
    /// RAISE_INDENTATION_ERROR sees it) and returns true.
    pub(crate) fn raise_missing_block(&mut self, what: &str, line: u32) -> bool {
        if !(self.invalid_pass && self.at(T::Colon) && self.peek_n(1) == T::Newline && self.peek_n(2) != T::Indent) {
            return false;
        }
        self.bump();
        self.bump();
        let _ = self.peek();
        let _ = self.raise_indent::<()>(&format!("expected an indented block after {what} on line {line}"));
        true
    }

    fn named_expression_header(&mut self) -> R<()> {
        self.named_expression().map(|_| ())
    }

    fn if_stmt(&mut self) -> R<Stmt> {
        let start = self.mark();
        self.invalid_block_header(start, "'if' statement", true, Self::named_expression_header)?;
        self.bump();
        let test = self.named_expression()?;
        self.eat(T::Colon)?;
        let body = self.block()?;
        let orelse = self.elif_or_else()?;
        Some(st(StmtKind::If { test: Box::new(test), body, orelse }, self.loc_from(start)))
    }

    fn elif_or_else(&mut self) -> R<Vec<Stmt>> {
        if self.at(T::Elif) {
            let start = self.mark();
            self.invalid_block_header(start, "'elif' statement", true, Self::named_expression_header)?;
            self.bump();
            let test = self.named_expression()?;
            self.eat(T::Colon)?;
            let body = self.block()?;
            let orelse = self.elif_or_else()?;
            return Some(vec![st(StmtKind::If { test: Box::new(test), body, orelse }, self.loc_from(start))]);
        }
        self.else_block()
    }

    /// [else_block]: 'else' &&':' block, or nothing.
    fn else_block(&mut self) -> R<Vec<Stmt>> {
        if !self.at(T::Else) {
            return Some(Vec::new());
        }
        let start = self.mark();
        self.invalid_block_header(start, "'else' statement", false, |_| Some(()))?;
        self.bump();
        self.expect_forced(T::Colon, ":")?;
        self.block()
    }

    fn while_stmt(&mut self) -> R<Stmt> {
        let start = self.mark();
        self.invalid_block_header(start, "'while' statement", true, Self::named_expression_header)?;
        self.bump();
        let test = self.named_expression()?;
        self.eat(T::Colon)?;
        let body = self.block()?;
        let orelse = self.else_block()?;
        Some(st(StmtKind::While { test: Box::new(test), body, orelse }, self.loc_from(start)))
    }

    /// `star_targets 'in'` of a `for` statement or clause; with the invalid rules, a target
    /// that is not followed by `in` gives CPython's invalid_for_target error.
    pub(crate) fn for_target_in(&mut self) -> R<Expr> {
        let target_start = self.mark();
        match self.star_targets() {
            Some(t) if self.at(T::In) => {
                self.bump();
                Some(t)
            }
            _ => {
                if self.invalid_pass && !self.failed() {
                    self.reset_to(target_start);
                    self.invalid_for_target()?;
                }
                None
            }
        }
    }

    fn for_stmt(&mut self) -> R<Stmt> {
        let start = self.mark();
        self.invalid_block_header(start, "'for' statement", true, |p| {
            p.star_targets()?;
            p.eat(T::In)?;
            p.star_expressions().map(|_| ())
        })?;
        let is_async = self.eat(T::Async).is_some();
        self.eat(T::For)?;
        let target = self.for_target_in()?;
        let iter = self.star_expressions()?;
        self.eat(T::Colon)?;
        let type_comment = self.opt_type_comment();
        let body = self.block()?;
        let orelse = self.else_block()?;
        Some(st(
            StmtKind::For { is_async, target: Box::new(target), iter: Box::new(iter), body, orelse, type_comment },
            self.loc_from(start),
        ))
    }

    fn opt_type_comment(&mut self) -> Option<String> {
        if self.at(T::TypeComment) {
            let t = self.bump();
            Some(self.text(&t).to_string())
        } else {
            None
        }
    }

    fn with_stmt(&mut self) -> R<Stmt> {
        let start = self.mark();
        self.invalid_block_header(start, "'with' statement", true, |p| {
            if p.at(T::Lpar) {
                let m = p.mark();
                p.bump();
                if p.loose_with_items(true).is_some() && p.eat(T::Rpar).is_some() && matches!(p.peek(), T::Colon | T::Newline) {
                    return Some(());
                }
                if p.failed() {
                    return None;
                }
                p.reset_to(m);
            }
            p.loose_with_items(false)
        })?;
        let is_async = self.eat(T::Async).is_some();
        self.eat(T::With)?;
        if self.at(T::Lpar) {
            let m = self.mark();
            self.bump();
            if let Some(items) = self.with_items(true) {
                if self.eat(T::Rpar).is_some() && self.eat(T::Colon).is_some() {
                    let body = self.block()?;
                    return Some(st(StmtKind::With { is_async, items, body, type_comment: None }, self.loc_from(start)));
                }
            }
            if self.failed() {
                return None;
            }
            self.reset_to(m);
        }
        let items = self.with_items(false)?;
        self.eat(T::Colon)?;
        let type_comment = self.opt_type_comment();
        let body = self.block()?;
        Some(st(StmtKind::With { is_async, items, body, type_comment }, self.loc_from(start)))
    }

    /// The second pass's `','.(expression ['as' star_target])+` (in parentheses: expressions
    /// and an optional trailing comma).
    fn loose_with_items(&mut self, parens: bool) -> R<()> {
        loop {
            if parens {
                self.expressions()?;
            } else {
                self.expression()?;
            }
            if self.at(T::As) {
                let m = self.mark();
                self.bump();
                if self.star_target().is_none() {
                    if self.failed() {
                        return None;
                    }
                    self.reset_to(m);
                }
            }
            let m = self.mark();
            if self.eat(T::Comma).is_none() {
                break;
            }
            if parens && self.at(T::Rpar) {
                break;
            }
            if !starts_expression(self.peek()) {
                self.reset_to(m);
                break;
            }
        }
        Some(())
    }

    /// ','.with_item+ (in parentheses: with an optional trailing comma before ')').
    fn with_items(&mut self, parens: bool) -> R<Vec<WithItem>> {
        let mut items = Vec::new();
        loop {
            let context_expr = self.expression()?;
            let optional_vars = if self.at(T::As) {
                let m = self.mark();
                self.bump();
                match self.star_target() {
                    Some(t) if matches!(self.peek(), T::Comma | T::Rpar | T::Colon) => Some(Box::new(t)),
                    _ => {
                        if self.invalid_pass && !self.failed() {
                            self.reset_to(m + 1);
                            if let Some(e) = self.expression() {
                                if matches!(self.peek(), T::Comma | T::Rpar | T::Colon) {
                                    if let Some(bad) = super::targets::invalid_target(&e, super::targets::TargetsKind::Star) {
                                        let msg = format!("cannot assign to {}", super::targets::expr_name(bad));
                                        let loc = bad.loc;
                                        return self.raise_at(loc, &msg);
                                    }
                                }
                            }
                        }
                        return None;
                    }
                }
            } else {
                None
            };
            items.push(WithItem { context_expr, optional_vars });
            if self.eat(T::Comma).is_none() {
                break;
            }
            if parens && self.at(T::Rpar) {
                break;
            }
        }
        Some(items)
    }

    fn try_stmt(&mut self) -> R<Stmt> {
        let start = self.mark();
        let try_tok = self.bump();
        if self.raise_missing_block("'try' statement", try_tok.lineno) {
            return None;
        }
        self.expect_forced(T::Colon, ":")?;
        let after_colon = self.mark();
        let Some(body) = self.block() else {
            // invalid_try_stmt reads 'try' ':' block* except_block+: the handlers are read
            // (for their own errors) even when the block is missing.
            if self.invalid_pass && !self.failed() {
                self.reset_to(after_colon);
                while self.at(T::Except) {
                    let star = self.peek_n(1) == T::Star;
                    self.except_block(star)?;
                }
            }
            return None;
        };
        let mut handlers = Vec::new();
        let mut is_star = false;
        while self.at(T::Except) {
            let star = self.peek_n(1) == T::Star;
            if handlers.is_empty() {
                is_star = star;
            } else if star != is_star {
                if self.invalid_pass {
                    let e = self.cur();
                    if star {
                        let s = self.tok_at(self.mark() + 1);
                        return self.raise_range(tloc(&e), tloc(&s), "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                    return self.raise_at(tloc(&e), "cannot have both 'except' and 'except*' on the same 'try'");
                }
                return None;
            }
            handlers.push(self.except_block(star)?);
        }
        let orelse = if handlers.is_empty() { Vec::new() } else { self.else_block()? };
        let finalbody = if self.at(T::Finally) {
            let f = self.bump();
            if self.raise_missing_block("'finally' statement", f.lineno) {
                return None;
            }
            self.expect_forced(T::Colon, ":")?;
            self.block()?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            if self.invalid_pass {
                return self.raise_here("expected 'except' or 'finally' block");
            }
            return None;
        }
        Some(st(StmtKind::Try { is_star, body, handlers, orelse, finalbody }, self.loc_from(start)))
    }

    fn except_block(&mut self, star: bool) -> R<ExceptHandler> {
        let start = self.mark();
        let kw = self.bump();
        if star {
            self.bump();
        }
        let what = if star { "'except*' statement" } else { "'except' statement" };
        if self.invalid_pass && star && matches!(self.peek(), T::Colon | T::Newline) {
            return self.raise_here("expected one or more exception types");
        }
        if self.invalid_pass && !star && self.at(T::Newline) {
            return self.raise_here("expected ':'");
        }
        let (type_, name) = if self.at(T::Colon) && !star {
            (None, None)
        } else {
            let e = self.expression()?;
            if self.invalid_pass && self.at(T::Comma) {
                let m = self.mark();
                self.bump();
                if self.expressions().is_some() {
                    if self.eat(T::As).is_some() && self.eat(T::Name).is_none() {
                        // ['as' NAME] did not match: the rule still needs ':' here.
                    } else if self.at(T::Colon) {
                        return self.raise_from(e.loc, "multiple exception types must be parenthesized");
                    }
                }
                self.reset_to(m);
            }
            let name = if self.eat(T::As).is_some() {
                match self.name() {
                    Some((n, _)) => Some(n),
                    None => return None,
                }
            } else {
                None
            };
            (Some(Box::new(e)), name)
        };
        if !self.at(T::Colon) {
            if self.invalid_pass && self.at(T::Newline) {
                return self.raise_here("expected ':'");
            }
            return None;
        }
        if self.raise_missing_block(what, kw.lineno) {
            return None;
        }
        self.bump();
        let body = self.block()?;
        Some(ExceptHandler { type_, name, body, loc: self.loc_from(start) })
    }

    // ----- definitions -----

    fn decorated(&mut self) -> R<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(T::At).is_some() {
            decorators.push(self.named_expression()?);
            self.eat(T::Newline)?;
        }
        match self.peek() {
            T::Def | T::Async => self.function_def(decorators),
            T::Class => self.class_def(decorators),
            _ => None,
        }
    }

    fn function_def(&mut self, decorator_list: Vec<Expr>) -> R<Stmt> {
        let start = self.mark();
        let is_async = self.eat(T::Async).is_some();
        let def = self.eat(T::Def)?;
        let (name, _) = self.name()?;
        self.expect_forced(T::Lpar, "(")?;
        let args = if self.at(T::Rpar) { Arguments::default() } else { self.parameters(false)? };
        self.eat(T::Rpar)?;
        let m = self.mark();
        let returns = if self.eat(T::Rarrow).is_some() {
            match self.expression() {
                Some(r) => Some(Box::new(r)),
                None => {
                    // ['->' expression] is optional: back to '->' (then "expected ':'" there).
                    self.reset_after_comma(m)?;
                    None
                }
            }
        } else {
            None
        };
        if self.raise_missing_block("function definition", def.lineno) {
            return None;
        }
        self.expect_forced(T::Colon, ":")?;
        let type_comment = self.func_type_comment()?;
        let body = self.block()?;
        Some(st(
            StmtKind::FunctionDef { is_async, name, args: Box::new(args), body, decorator_list, returns, type_comment },
            self.loc_from(start),
        ))
    }

    /// `func_type_comment`: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | TYPE_COMMENT, optional.
    fn func_type_comment(&mut self) -> R<Option<String>> {
        if self.at(T::Newline) && self.peek_n(1) == T::TypeComment {
            if self.peek_n(2) == T::Newline && self.peek_n(3) == T::Indent {
                self.bump();
                let t = self.bump();
                return Some(Some(self.text(&t).to_string()));
            }
            return Some(None);
        }
        if self.at(T::TypeComment) {
            if self.invalid_pass
                && self.peek_n(1) == T::Newline
                && self.peek_n(2) == T::TypeComment
                && self.peek_n(3) == T::Newline
                && self.peek_n(4) == T::Indent
            {
                return self.raise_here("Cannot have two type comments on def");
            }
            let t = self.bump();
            return Some(Some(self.text(&t).to_string()));
        }
        Some(None)
    }

    fn class_def(&mut self, decorator_list: Vec<Expr>) -> R<Stmt> {
        let start = self.mark();
        let class = self.eat(T::Class)?;
        let (name, _) = self.name()?;
        let (bases, keywords) = if self.at(T::Lpar) {
            self.bump();
            let r = if self.at(T::Rpar) { (Vec::new(), Vec::new()) } else { self.arguments_until_rpar(None)? };
            self.eat(T::Rpar)?;
            r
        } else {
            (Vec::new(), Vec::new())
        };
        if self.invalid_pass {
            if self.at(T::Newline) {
                return self.raise_here("expected ':'");
            }
            if self.raise_missing_block("class definition", class.lineno) {
                return None;
            }
        }
        self.eat(T::Colon)?;
        let body = self.block()?;
        Some(st(StmtKind::ClassDef { name, bases, keywords, body, decorator_list }, self.loc_from(start)))
    }

    // ----- match -----

    fn match_stmt(&mut self) -> R<Stmt> {
        let start = self.mark();
        let kw = self.bump();
        let subject = self.subject_expr()?;
        if !self.at(T::Colon) {
            if self.invalid_pass && self.at(T::Newline) {
                return self.raise_here("expected ':'");
            }
            return None;
        }
        self.bump();
        self.eat(T::Newline)?;
        if !self.at(T::Indent) {
            if self.invalid_pass {
                let msg = format!("expected an indented block after 'match' statement on line {}", kw.lineno);
                return self.raise_indent(&msg);
            }
            return None;
        }
        self.bump();
        let mut cases = Vec::new();
        while !self.at(T::Dedent) {
            cases.push(self.case_block()?);
        }
        self.bump();
        Some(st(StmtKind::Match { subject: Box::new(subject), cases }, self.loc_from(start)))
    }

    /// `subject_expr`: star_named_expression ',' star_named_expressions? | named_expression.
    fn subject_expr(&mut self) -> R<Expr> {
        let start = self.mark();
        let first = self.star_named_expression()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return None;
            }
            return Some(first);
        }
        let mut elts = Vec::with_capacity(4);
        elts.push(first);
        while self.eat(T::Comma).is_some() {
            let k = self.peek();
            if !(starts_expression(k) || k == T::Star) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Some(mk(ExprKind::Tuple { elts, ctx: ExprContext::Load }, self.loc_from(start)))
    }

    fn case_block(&mut self) -> R<MatchCase> {
        if !self.at_soft("case") {
            return None;
        }
        let kw = self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat(T::If).is_some() { Some(Box::new(self.named_expression()?)) } else { None };
        if !self.at(T::Colon) {
            if self.invalid_pass && self.at(T::Newline) {
                return self.raise_here("expected ':'");
            }
            return None;
        }
        if self.raise_missing_block("'case' statement", kw.lineno) {
            return None;
        }
        self.bump();
        let body = self.block()?;
        Some(MatchCase { pattern, guard, body })
    }
}
