//! `match` statement patterns (PEP 634): sequence, mapping, class, value, capture, wildcard,
//! `as` and or-patterns, with CPython 3.11's positions.

use super::{mk, tloc, Parser, R};
use crate::lexer::token::TokenKind as T;
use crate::parser::ast::*;

fn pat(kind: PatternKind, loc: Loc) -> Pattern {
    Pattern { kind, loc }
}

impl<'s> Parser<'s> {
    /// `patterns`: open_sequence_pattern (a MatchSequence) | pattern.
    pub(crate) fn patterns(&mut self) -> R<Pattern> {
        let start = self.mark();
        let first = self.maybe_star_pattern()?;
        if !self.at(T::Comma) {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return None;
            }
            return Some(first);
        }
        let mut patterns = Vec::with_capacity(4);
        patterns.push(first);
        self.sequence_rest(&mut patterns, &[T::If, T::Colon])?;
        Some(pat(PatternKind::MatchSequence { patterns }, self.loc_from(start)))
    }

    /// After a first element: (',' maybe_star_pattern)* [','] until a token in `stop`.
    fn sequence_rest(&mut self, out: &mut Vec<Pattern>, stop: &[T]) -> R<()> {
        while self.eat(T::Comma).is_some() {
            if stop.contains(&self.peek()) {
                break;
            }
            out.push(self.maybe_star_pattern()?);
        }
        Some(())
    }

    fn maybe_star_pattern(&mut self) -> R<Pattern> {
        if self.at(T::Star) {
            let start = self.mark();
            self.bump();
            let t = self.eat(T::Name)?;
            let name = if self.text(&t) == "_" { None } else { Some(self.ident(&t)) };
            return Some(pat(PatternKind::MatchStar { name }, self.loc_from(start)));
        }
        self.pattern()
    }

    /// `pattern`: or_pattern ['as' pattern_capture_target].
    pub(crate) fn pattern(&mut self) -> R<Pattern> {
        let start = self.mark();
        self.enter()?;
        let p = self.or_pattern();
        self.leave();
        let p = p?;
        if !self.at(T::As) {
            return Some(p);
        }
        let m = self.mark();
        self.bump();
        let t = self.cur();
        if self.at(T::Name) && self.text(&t) != "_" && !matches!(self.peek_n(1), T::Dot | T::Lpar | T::Equal) {
            self.bump();
            let name = Some(self.ident(&t));
            return Some(pat(PatternKind::MatchAs { pattern: Some(Box::new(p)), name }, self.loc_from(start)));
        }
        if self.invalid_pass {
            if self.at(T::Name) && self.text(&t) == "_" {
                return self.raise_at(tloc(&t), "cannot use '_' as a target");
            }
            if !self.at(T::Name) {
                if let Some(e) = self.expression() {
                    return self.raise_at(e.loc, "invalid pattern target");
                }
            }
        }
        // as_pattern failed: the `or_pattern` alternative stands without 'as'.
        if self.failed() {
            return None;
        }
        self.reset_to(m);
        Some(p)
    }

    fn or_pattern(&mut self) -> R<Pattern> {
        let start = self.mark();
        let first = self.closed_pattern()?;
        if !self.at(T::Vbar) {
            return Some(first);
        }
        let mut patterns = Vec::with_capacity(4);
        patterns.push(first);
        while self.eat(T::Vbar).is_some() {
            patterns.push(self.closed_pattern()?);
        }
        Some(pat(PatternKind::MatchOr { patterns }, self.loc_from(start)))
    }

    fn closed_pattern(&mut self) -> R<Pattern> {
        let start = self.mark();
        let t = self.cur();
        match self.peek() {
            T::Number | T::Minus | T::String | T::None | T::True | T::False => {
                let kind = match self.peek() {
                    T::None => {
                        self.bump();
                        PatternKind::MatchSingleton { value: Constant::None }
                    }
                    T::True => {
                        self.bump();
                        PatternKind::MatchSingleton { value: Constant::Bool(true) }
                    }
                    T::False => {
                        self.bump();
                        PatternKind::MatchSingleton { value: Constant::Bool(false) }
                    }
                    _ => PatternKind::MatchValue { value: Box::new(self.literal_expr()?) },
                };
                Some(pat(kind, self.loc_from(start)))
            }
            T::Name => {
                if self.text(&t) == "_" {
                    self.bump();
                    return Some(pat(PatternKind::MatchAs { pattern: None, name: None }, tloc(&t)));
                }
                match self.peek_n(1) {
                    T::Dot | T::Lpar => {
                        let cls = self.name_or_attr()?;
                        if self.at(T::Lpar) {
                            return self.class_pattern(start, cls);
                        }
                        if !matches!(cls.kind, ExprKind::Attribute { .. }) || self.at(T::Equal) {
                            return None;
                        }
                        Some(pat(PatternKind::MatchValue { value: Box::new(cls) }, self.loc_from(start)))
                    }
                    T::Equal => None,
                    _ => {
                        self.bump();
                        Some(pat(PatternKind::MatchAs { pattern: None, name: Some(self.ident(&t)) }, tloc(&t)))
                    }
                }
            }
            T::Lpar => {
                self.bump();
                if self.eat(T::Rpar).is_some() {
                    return Some(pat(PatternKind::MatchSequence { patterns: Vec::new() }, self.loc_from(start)));
                }
                let first = self.maybe_star_pattern()?;
                if self.at(T::Comma) {
                    let mut patterns = Vec::with_capacity(4);
                    patterns.push(first);
                    self.sequence_rest(&mut patterns, &[T::Rpar])?;
                    self.eat(T::Rpar)?;
                    return Some(pat(PatternKind::MatchSequence { patterns }, self.loc_from(start)));
                }
                if matches!(first.kind, PatternKind::MatchStar { .. }) {
                    return None;
                }
                self.eat(T::Rpar)?;
                Some(first)
            }
            T::Lsqb => {
                self.bump();
                let mut patterns = Vec::new();
                if !self.at(T::Rsqb) {
                    patterns.push(self.maybe_star_pattern()?);
                    self.sequence_rest(&mut patterns, &[T::Rsqb])?;
                }
                self.eat(T::Rsqb)?;
                Some(pat(PatternKind::MatchSequence { patterns }, self.loc_from(start)))
            }
            T::Lbrace => self.mapping_pattern(),
            _ => None,
        }
    }

    /// `literal_expr` without the singletons: signed numbers, complex numbers, strings.
    fn literal_expr(&mut self) -> R<Expr> {
        let start = self.mark();
        if self.at(T::String) {
            return self.strings();
        }
        match self.peek() {
            T::None | T::True | T::False => return self.atom(),
            _ => {}
        }
        let neg = self.eat(T::Minus).is_some();
        let nt = self.eat(T::Number)?;
        let mut e = self.number(&nt)?;
        if neg {
            e = mk(ExprKind::UnaryOp { op: UnaryOp::USub, operand: Box::new(e) }, self.loc_from(start));
        }
        let op = match self.peek() {
            T::Plus => Operator::Add,
            T::Minus => Operator::Sub,
            _ => return Some(e),
        };
        // complex_number: signed_real_number ('+' | '-') imaginary_number.
        let number = if let ExprKind::UnaryOp { operand, .. } = &e.kind { operand } else { &e };
        if matches!(number.kind, ExprKind::Constant { value: Constant::Complex { .. }, .. }) {
            let loc = number.loc;
            return self.raise_at(loc, "real number required in complex literal");
        }
        self.bump();
        let it = self.eat(T::Number)?;
        let imag = self.number(&it)?;
        if !matches!(imag.kind, ExprKind::Constant { value: Constant::Complex { .. }, .. }) {
            return self.raise_at(imag.loc, "imaginary number required in complex literal");
        }
        Some(mk(ExprKind::BinOp { left: Box::new(e), op, right: Box::new(imag) }, self.loc_from(start)))
    }

    /// `name_or_attr`: NAME ('.' NAME)*.
    fn name_or_attr(&mut self) -> R<Expr> {
        let start = self.mark();
        let (id, t) = self.name()?;
        let mut e = mk(ExprKind::Name { id, ctx: ExprContext::Load }, tloc(&t));
        while self.eat(T::Dot).is_some() {
            let (attr, _) = self.name()?;
            e = mk(ExprKind::Attribute { value: Box::new(e), attr, ctx: ExprContext::Load }, self.loc_from(start));
        }
        Some(e)
    }

    fn class_pattern(&mut self, start: usize, cls: Expr) -> R<Pattern> {
        self.eat(T::Lpar)?;
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        while !self.at(T::Rpar) {
            if self.peek() == T::Name && self.peek_n(1) == T::Equal {
                let (n, _) = self.name()?;
                self.bump();
                kwd_attrs.push(n);
                kwd_patterns.push(self.pattern()?);
            } else if !kwd_attrs.is_empty() {
                // invalid_class_argument_pattern: keyword_patterns ',' a=positional_patterns
                if self.invalid_pass {
                    if let Some(first) = self.pattern() {
                        let mut last = first.loc;
                        loop {
                            let m = self.mark();
                            if self.eat(T::Comma).is_none() {
                                break;
                            }
                            if self.peek() == T::Name && self.peek_n(1) == T::Equal {
                                self.reset_to(m);
                                break;
                            }
                            match self.pattern() {
                                Some(p) => last = p.loc,
                                None => {
                                    if self.failed() {
                                        return None;
                                    }
                                    self.reset_to(m);
                                    break;
                                }
                            }
                        }
                        return self.raise_range(first.loc, last, "positional patterns follow keyword patterns");
                    }
                }
                return None;
            } else {
                patterns.push(self.pattern()?);
            }
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        self.eat(T::Rpar)?;
        Some(pat(PatternKind::MatchClass { cls: Box::new(cls), patterns, kwd_attrs, kwd_patterns }, self.loc_from(start)))
    }

    fn mapping_pattern(&mut self) -> R<Pattern> {
        let start = self.mark();
        self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(T::Rbrace) {
            if self.at(T::DoubleStar) {
                self.bump();
                let t = self.eat(T::Name)?;
                if self.text(&t) == "_" || matches!(self.peek(), T::Dot | T::Lpar | T::Equal) {
                    return None;
                }
                rest = Some(self.ident(&t));
                self.eat(T::Comma);
                if !self.at(T::Rbrace) {
                    return None;
                }
                break;
            }
            let key = match self.peek() {
                T::Name => {
                    let k = self.name_or_attr()?;
                    if !matches!(k.kind, ExprKind::Attribute { .. }) {
                        return None;
                    }
                    k
                }
                _ => self.literal_expr()?,
            };
            self.eat(T::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        self.eat(T::Rbrace)?;
        Some(pat(PatternKind::MatchMapping { keys, patterns, rest }, self.loc_from(start)))
    }
}
