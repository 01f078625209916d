//! Call arguments (`arguments`, `args`, `kwargs`, a generator expression as sole argument)
//! and function/lambda parameter lists (`params`, `lambda_params`), with type comments.

use super::expr::starts_expression;
use super::{mk, tloc, Parser, R};
use crate::lexer::token::TokenKind as T;
use crate::parser::ast::*;

/// Which list the last parameter went to (for a type comment after it).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    None,
    Plain,
    Kwonly,
    Vararg,
    Kwarg,
    BareStar,
}

impl<'s> Parser<'s> {
    /// '(' [arguments] ')' after a primary, or a generator expression as the sole argument.
    pub(crate) fn call_arguments(&mut self) -> R<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.mark();
        self.eat(T::Lpar)?;
        if self.eat(T::Rpar).is_some() {
            return Some((Vec::new(), Vec::new()));
        }
        let (args, keywords) = self.arguments_until_rpar(Some(open))?;
        self.eat(T::Rpar)?;
        Some((args, keywords))
    }

    /// `arguments` up to (not including) ')'. `genexp_open` is the '(' index when a
    /// generator expression may be the sole argument.
    pub(crate) fn arguments_until_rpar(&mut self, genexp_open: Option<usize>) -> R<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw = false;
        let mut seen_dstar = false;
        let mut first = true;
        loop {
            let item = self.mark();
            match self.peek() {
                T::Star => {
                    let star = self.bump();
                    let v = self.expression();
                    if v.is_none() || seen_dstar {
                        // invalid_arguments: a=args ',' '*' (CPython reports it at the '*' when
                        // keyword items precede it).
                        if self.invalid_pass && seen_kw && !self.failed() {
                            return self.raise_at(tloc(&star), "iterable argument unpacking follows keyword argument unpacking");
                        }
                        return None;
                    }
                    let v = v?;
                    args.push(mk(ExprKind::Starred { value: Box::new(v), ctx: ExprContext::Load }, self.loc_from(item)));
                }
                T::DoubleStar => {
                    self.bump();
                    let v = self.expression()?;
                    keywords.push(Keyword { arg: None, value: v, loc: self.loc_from(item) });
                    seen_kw = true;
                    seen_dstar = true;
                }
                T::Name if self.peek_n(1) == T::Equal => {
                    let (id, nt) = self.name()?;
                    let eq = self.bump();
                    let v = self.expression()?;
                    if self.invalid_pass && matches!(self.peek(), T::For | T::Async) && self.for_if_clauses().is_some() {
                        return self.raise_range(tloc(&nt), tloc(&eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                    }
                    keywords.push(Keyword { arg: Some(id), value: v, loc: self.loc_from(item) });
                    seen_kw = true;
                }
                _ if seen_kw && !self.invalid_pass => {
                    // kwargs: only NAME '=', '*' and '**' items may follow a keyword.
                    return None;
                }
                k => {
                    if self.invalid_pass && matches!(k, T::True | T::False | T::None) && self.peek_n(1) == T::Equal {
                        let a = self.bump();
                        let b = self.bump();
                        let msg = format!("cannot assign to {}", self.text(&a));
                        return self.raise_range(tloc(&a), tloc(&b), &msg);
                    }
                    let e = if k == T::Name && self.peek_n(1) == T::ColonEqual {
                        self.assignment_expression()?
                    } else {
                        let e = self.expression()?;
                        if self.at(T::ColonEqual) {
                            return None;
                        }
                        e
                    };
                    if self.at(T::Equal) {
                        if self.invalid_pass {
                            let eq = self.cur();
                            return self.raise_range(e.loc, tloc(&eq), "expression cannot contain assignment, perhaps you meant \"==\"?");
                        }
                        return None;
                    }
                    if matches!(self.peek(), T::For | T::Async) {
                        if let (true, Some(open)) = (first, genexp_open) {
                            let generators = self.for_if_clauses()?;
                            if !self.at(T::Rpar) {
                                if self.invalid_pass && self.at(T::Comma) {
                                    let last = last_comprehension_item(&generators);
                                    return self.raise_range(e.loc, last, "Generator expression must be parenthesized");
                                }
                                return None;
                            }
                            // The generator's span includes the call's parentheses.
                            let g = mk(ExprKind::GeneratorExp { elt: Box::new(e), generators }, self.loc_through_next(open));
                            return Some((vec![g], Vec::new()));
                        }
                        if self.invalid_pass && !first {
                            if let Some(generators) = self.for_if_clauses() {
                                let last = last_comprehension_item(&generators);
                                return self.raise_range(e.loc, last, "Generator expression must be parenthesized");
                            }
                        }
                        return None;
                    }
                    if seen_kw {
                        if self.invalid_pass {
                            // CPython reports this once the whole argument list is read.
                            // `a=args ',' args`: the rest is read as an argument list; the
                            // error is at the last token that read looked at.
                            if self.eat(T::Comma).is_some() {
                                self.rest_of_args();
                            }
                            let msg = if seen_dstar {
                                "positional argument follows keyword argument unpacking"
                            } else {
                                "positional argument follows keyword argument"
                            };
                            return self.raise_here(msg);
                        }
                        return None;
                    }
                    args.push(e);
                }
            }
            first = false;
            if self.eat(T::Comma).is_none() {
                break;
            }
            if self.at(T::Rpar) {
                break;
            }
        }
        if !self.at(T::Rpar) {
            return None;
        }
        Some((args, keywords))
    }

    /// Second pass: reads an `args` list (positional, starred, keyword and `**` items) as far
    /// as it goes, for the furthest-token position of an argument-order error.
    fn rest_of_args(&mut self) {
        loop {
            let ok = match self.peek() {
                T::Star | T::DoubleStar => {
                    self.bump();
                    self.expression().is_some()
                }
                T::Name if self.peek_n(1) == T::Equal => {
                    self.bump();
                    self.bump();
                    self.expression().is_some()
                }
                _ => self.expression().is_some(),
            };
            if !ok || self.failed() || self.eat(T::Comma).is_none() {
                break;
            }
        }
    }

    /// The span from token `start` through the current token (which is not consumed).
    fn loc_through_next(&self, start: usize) -> Loc {
        let s = self.tok_at(start);
        let e = self.cur();
        Loc::new(s.lineno, s.col, e.end_lineno, e.end_col)
    }

    /// One parameter: NAME [':' expression] (no annotation in a lambda; a `*args` annotation
    /// may be starred).
    fn param(&mut self, lambda: bool, star_annotation: bool) -> R<Arg> {
        let start = self.mark();
        let (arg, _) = self.name()?;
        let annotation = if !lambda && self.eat(T::Colon).is_some() {
            Some(Box::new(if star_annotation { self.star_expression()? } else { self.expression()? }))
        } else {
            None
        };
        Some(Arg { arg, annotation, type_comment: None, loc: self.loc_from(start) })
    }

    /// `params` / `lambda_params`: parameters up to ')' (def) or ':' (lambda), not consumed.
    pub(crate) fn parameters(&mut self, lambda: bool) -> R<Arguments> {
        let closer = if lambda { T::Colon } else { T::Rpar };
        let mut a = Arguments::default();
        let mut plain: Vec<Arg> = Vec::new();
        let mut star_seen = false;
        let mut slash_seen = false;
        let mut kwarg_seen = false;
        let mut defaults_after_slash = false;
        let mut doomed = false;
        loop {
            if self.at(closer) {
                break;
            }
            if kwarg_seen {
                if self.invalid_pass {
                    let t = self.cur();
                    let loc = if self.at(T::Name) { self.param(lambda, true)?.loc } else { tloc(&t) };
                    if matches!(t.kind, T::Name | T::Star | T::DoubleStar | T::Slash) {
                        return self.raise_at(loc, "arguments cannot follow var-keyword argument");
                    }
                }
                return None;
            }
            let last;
            match self.peek() {
                T::Slash => {
                    let t = self.cur();
                    if self.invalid_pass {
                        if star_seen {
                            return self.raise_at(tloc(&t), "/ must be ahead of *");
                        }
                        if slash_seen {
                            return self.raise_at(tloc(&t), "/ may appear only once");
                        }
                        if plain.is_empty() && self.peek_n(1) == T::Comma {
                            return self.raise_at(tloc(&t), "at least one argument must precede /");
                        }
                    }
                    if star_seen || slash_seen || plain.is_empty() {
                        return None;
                    }
                    self.bump();
                    if self.invalid_pass && self.at(T::Star) {
                        let t = self.cur();
                        return self.raise_at(tloc(&t), "expected comma between / and *");
                    }
                    slash_seen = true;
                    a.posonlyargs = std::mem::take(&mut plain);
                    last = Last::None;
                }
                T::Star => {
                    let star = self.bump();
                    if star_seen {
                        // invalid_star_etc: ... a='*' (param_no_default | ',')
                        if self.invalid_pass {
                            let again = self.at(T::Comma)
                                || self.at(T::Name)
                                    && self.param(lambda, false).is_some()
                                    && (matches!(self.peek(), T::Comma | T::TypeComment) || self.at(closer));
                            if again {
                                return self.raise_at(tloc(&star), "* argument may appear only once");
                            }
                        }
                        return None;
                    }
                    star_seen = true;
                    if self.at(T::Comma) {
                        let k1 = self.peek_n(1);
                        if k1 == closer || k1 == T::DoubleStar {
                            if self.invalid_pass {
                                return self.bare_star_error(lambda, star);
                            }
                            return None;
                        }
                        if self.invalid_pass && k1 == T::TypeComment {
                            return self.raise_here("bare * has associated type comment");
                        }
                        last = Last::BareStar;
                    } else if self.at(T::Name) {
                        let p = self.param(lambda, true)?;
                        if self.at(T::Equal) {
                            if self.invalid_pass {
                                let t = self.cur();
                                return self.raise_at(tloc(&t), "var-positional argument cannot have default value");
                            }
                            return None;
                        }
                        a.vararg = Some(Box::new(p));
                        last = Last::Vararg;
                    } else {
                        if self.invalid_pass && self.at(closer) {
                            return self.bare_star_error(lambda, star);
                        }
                        return None;
                    }
                }
                T::DoubleStar => {
                    self.bump();
                    let p = self.param(lambda, false)?;
                    if self.at(T::Equal) {
                        if self.invalid_pass {
                            let t = self.cur();
                            return self.raise_at(tloc(&t), "var-keyword argument cannot have default value");
                        }
                        return None;
                    }
                    a.kwarg = Some(Box::new(p));
                    kwarg_seen = true;
                    last = Last::Kwarg;
                }
                T::Name => {
                    let p = self.param(lambda, false)?;
                    let default = if let Some(eq) = self.eat(T::Equal) {
                        if self.invalid_pass && matches!(self.peek(), T::Rpar | T::Comma) {
                            return self.raise_at(tloc(&eq), "expected default value expression");
                        }
                        if !starts_expression(self.peek()) {
                            return None;
                        }
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if star_seen {
                        a.kwonlyargs.push(p);
                        a.kw_defaults.push(default);
                        last = Last::Kwonly;
                    } else {
                        match default {
                            Some(d) => {
                                if slash_seen {
                                    defaults_after_slash = true;
                                }
                                a.defaults.push(d)
                            }
                            None => {
                                if !a.defaults.is_empty() {
                                    // invalid_parameters: param_no_default* (param_with_default+ |
                                    // slash_with_default) a=param_no_default
                                    let matches_rule = !slash_seen || (plain.is_empty() && !defaults_after_slash);
                                    if self.invalid_pass
                                        && matches_rule
                                        && (matches!(self.peek(), T::Comma | T::TypeComment) || self.at(closer))
                                    {
                                        return self.raise_at(p.loc, "non-default argument follows default argument");
                                    }
                                    if !self.invalid_pass {
                                        return None;
                                    }
                                    // The other invalid_parameters alternatives read on (and may
                                    // find, say, a missing default value); the list fails anyway.
                                    doomed = true;
                                }
                            }
                        }
                        plain.push(p);
                        last = Last::Plain;
                    }
                }
                T::Lpar if self.invalid_pass && !star_seen && !slash_seen && a.defaults.is_empty() => {
                    // param_no_default* '(' param_no_default+ ','? ')'
                    let open = self.bump();
                    let mut n = 0;
                    while self.at(T::Name) && self.param(lambda, false).is_some() {
                        n += 1;
                        if self.eat(T::Comma).is_none() {
                            break;
                        }
                    }
                    if let (true, Some(close)) = (n > 0, self.eat(T::Rpar)) {
                        let what = if lambda { "Lambda expression parameters" } else { "Function parameters" };
                        return self.raise_range(tloc(&open), tloc(&close), &format!("{what} cannot be parenthesized"));
                    }
                    return None;
                }
                _ => return None,
            }
            let comma = self.eat(T::Comma).is_some();
            if !lambda && self.at(T::TypeComment) {
                let t = self.bump();
                let tc = self.text(&t).to_string();
                let slot = match last {
                    Last::Plain => plain.last_mut().or(a.posonlyargs.last_mut()),
                    Last::Kwonly => a.kwonlyargs.last_mut(),
                    Last::Vararg => a.vararg.as_deref_mut(),
                    Last::Kwarg => a.kwarg.as_deref_mut(),
                    Last::None | Last::BareStar => None,
                };
                match slot {
                    Some(arg) => arg.type_comment = Some(tc),
                    None => return None,
                }
                if !comma && !self.at(closer) {
                    return None;
                }
            }
            if !comma {
                break;
            }
        }
        if doomed || !self.at(closer) {
            return None;
        }
        if star_seen && a.vararg.is_none() && a.kwonlyargs.is_empty() {
            return None;
        }
        if slash_seen && a.posonlyargs.is_empty() {
            return None;
        }
        a.args = plain;
        Some(a)
    }

    fn bare_star_error(&mut self, lambda: bool, star: crate::lexer::token::Token) -> R<Arguments> {
        if lambda {
            // RAISE_SYNTAX_ERROR: at the last token of '*' (':' | ',' (':' | '**')).
            let i = if self.at(T::Comma) { self.mark() + 1 } else { self.mark() };
            let t = self.tok_at(i);
            self.raise_at(tloc(&t), "named arguments must follow bare *")
        } else {
            self.raise_at(tloc(&star), "named arguments must follow bare *")
        }
    }
}

/// CPython's `_PyPegen_get_last_comprehension_item`: the last `if` or else the iterable.
pub(crate) fn last_comprehension_item(gens: &[Comprehension]) -> Loc {
    match gens.last() {
        Some(g) => g.ifs.last().map(|e| e.loc).unwrap_or(g.iter.loc),
        None => Loc::default(),
    }
}
