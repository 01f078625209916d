//! `match` statements, as CPython 3.11's compiler_match / compiler_pattern: the subject stays
//! on the stack while each case is tried; captured values are kept on the stack (under what a
//! sub-pattern still needs) and stored only once the whole pattern matched; a failed test
//! jumps to a "fail_pop" label that pops what has been pushed so far.

use super::codegen::{const_of, CResult, Compiler, Label};
use crate::bytecode::code::Const;
use crate::bytecode::opcode::Op;
use crate::parser::ast::*;

/// CPython's pattern_context.
struct PatternCtx {
    stores: Vec<Identifier>,
    allow_irrefutable: bool,
    fail_pop: Vec<Label>,
    on_top: u32,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchAs { pattern: None, name: None })
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(&p.kind, PatternKind::MatchStar { name: None })
}

/// Python equality of two constant keys (1 == 1.0 == True), for duplicate mapping keys.
fn const_key_eq(a: &Const, b: &Const) -> bool {
    use num_traits::ToPrimitive;
    let num = |c: &Const| -> Option<(f64, f64, Option<num_bigint::BigInt>)> {
        match c {
            Const::Bool(b) => Some((*b as u8 as f64, 0.0, Some((*b as u8).into()))),
            Const::Int(i) => Some((i.to_f64().unwrap_or(f64::NAN), 0.0, Some(i.clone()))),
            Const::Float(f) => Some((*f, 0.0, None)),
            Const::Complex { real, imag } => Some((*real, *imag, None)),
            _ => None,
        }
    };
    match (num(a), num(b)) {
        (Some((ar, ai, Some(x))), Some((_, _, Some(y)))) => {
            let _ = (ar, ai);
            x == y
        }
        (Some((ar, ai, _)), Some((br, bi, _))) => ar == br && ai == bi,
        (None, None) => a == b,
        _ => false,
    }
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, _s: &'a Stmt, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.new_label();
        let n = cases.len();
        let Some(last) = cases.last() else { return Ok(()) };
        let has_default = is_wildcard(&last.pattern) && n > 1;
        let upto = n - has_default as usize;
        for (i, m) in cases[..upto].iter().enumerate() {
            self.set_loc(m.pattern.loc);
            if i != upto - 1 {
                self.emit(Op::COPY, 1);
            }
            let mut pc = PatternCtx { stores: Vec::new(), allow_irrefutable: m.guard.is_some() || i == n - 1, fail_pop: Vec::new(), on_top: 0 };
            self.pattern(&m.pattern, &mut pc)?;
            for name in std::mem::take(&mut pc.stores) {
                self.nameop(&name, ExprContext::Store)?;
            }
            if let Some(g) = &m.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let l = pc.fail_pop[0];
                self.jump_if(g, l, false)?;
            }
            if i != upto - 1 {
                self.op(Op::POP_TOP);
            }
            self.stmts(&m.body)?;
            self.u().loc = Default::default();
            self.jump(Op::JUMP, end);
            self.set_loc(m.pattern.loc);
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.set_loc(last.pattern.loc);
            if n == 1 {
                self.op(Op::POP_TOP);
            } else {
                self.op(Op::NOP);
            }
            if let Some(g) = &last.guard {
                self.jump_if(g, end, false)?;
            }
            self.stmts(&last.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternCtx, n: usize) {
        while pc.fail_pop.len() <= n {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternCtx, op: Op) {
        let pops = pc.on_top as usize + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let l = pc.fail_pop[pops];
        self.jump(op, l);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternCtx) {
        if pc.fail_pop.is_empty() {
            return;
        }
        let mut k = pc.fail_pop.len() - 1;
        while k > 0 {
            self.bind(pc.fail_pop[k]);
            self.op(Op::POP_TOP);
            k -= 1;
        }
        self.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, mut count: u32) {
        while count > 1 {
            self.emit(Op::SWAP, count);
            count -= 1;
        }
    }

    fn store_capture(&mut self, name: Option<&Identifier>, pc: &mut PatternCtx) -> CResult {
        let Some(n) = name else {
            self.op(Op::POP_TOP);
            return Ok(());
        };
        if n.as_str() == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        if pc.stores.contains(n) {
            return Err(self.error(&format!("multiple assignments to name {} in pattern", crate::pyrepr::repr_str(n))));
        }
        let rotations = pc.on_top + pc.stores.len() as u32 + 1;
        self.rotate(rotations);
        pc.stores.push(n.clone());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let r = self.pattern(p, pc);
        pc.allow_irrefutable = allow;
        r
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        self.guard()?;
        self.set_loc(p.loc);
        let r = self.pattern_inner(p, pc);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                if !matches!(value.kind, ExprKind::Constant { .. } | ExprKind::Attribute { .. }) {
                    return Err(self.error("patterns may only match literals and attribute lookups"));
                }
                self.expr(value)?;
                self.emit(Op::COMPARE_OP, 2);
                self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
                Ok(())
            }
            PatternKind::MatchSingleton { value } => {
                self.load_const(super::codegen::ast_const(value));
                self.emit(Op::IS_OP, 0);
                self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
                Ok(())
            }
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        if let Some(n) = name {
                            return Err(self.error(&format!("name capture {} makes remaining patterns unreachable", crate::pyrepr::repr_str(n))));
                        }
                        return Err(self.error("wildcard makes remaining patterns unreachable"));
                    }
                    self.store_capture(name.as_ref(), pc)
                }
                Some(q) => {
                    pc.on_top += 1;
                    self.emit(Op::COPY, 1);
                    self.pattern(q, pc)?;
                    pc.on_top -= 1;
                    self.set_loc(p.loc);
                    self.store_capture(name.as_ref(), pc)
                }
            },
            PatternKind::MatchStar { name } => self.store_capture(name.as_ref(), pc),
            PatternKind::MatchSequence { patterns } => self.pattern_sequence(patterns, pc),
            PatternKind::MatchMapping { keys, patterns, rest } => self.pattern_mapping(p, keys, patterns, rest.as_ref(), pc),
            PatternKind::MatchClass { cls, patterns, kwd_attrs, kwd_patterns } => self.pattern_class(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchOr { patterns } => self.pattern_or(p, patterns, pc),
        }
    }

    fn pattern_sequence(&mut self, patterns: &'a [Pattern], pc: &mut PatternCtx) -> CResult {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, q) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar { .. } = q.kind {
                if star.is_some() {
                    return Err(self.error("multiple starred names in sequence pattern"));
                }
                star_wildcard = is_star_wildcard(q);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(q);
        }
        pc.on_top += 1;
        self.op(Op::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.op(Op::GET_LEN);
                self.load_const(Const::Int(size.into()));
                self.emit(Op::COMPARE_OP, 2);
                self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.op(Op::GET_LEN);
                self.load_const(Const::Int((size - 1).into()));
                self.emit(Op::COMPARE_OP, 5);
                self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.op(Op::POP_TOP);
        } else if star_wildcard {
            let star = star.unwrap_or(usize::MAX);
            pc.on_top += 1;
            for (i, q) in patterns.iter().enumerate() {
                if is_wildcard(q) || i == star {
                    continue;
                }
                self.emit(Op::COPY, 1);
                if i < star {
                    self.load_const(Const::Int(i.into()));
                } else {
                    self.op(Op::GET_LEN);
                    self.load_const(Const::Int((size - i).into()));
                    self.emit(Op::BINARY_OP, 10);
                }
                self.op(Op::BINARY_SUBSCR);
                self.subpattern(q, pc)?;
            }
            pc.on_top -= 1;
            self.op(Op::POP_TOP);
        } else {
            match star {
                Some(i) => self.emit(Op::UNPACK_EX, (i + ((size - i - 1) << 8)) as u32),
                None => self.emit(Op::UNPACK_SEQUENCE, size as u32),
            }
            pc.on_top += size as u32;
            for q in patterns {
                pc.on_top -= 1;
                self.subpattern(q, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(&mut self, p: &'a Pattern, keys: &'a [Expr], patterns: &'a [Pattern], rest: Option<&Identifier>, pc: &mut PatternCtx) -> CResult {
        let size = keys.len();
        if size != patterns.len() {
            return Err(self.error(&format!("keys ({size}) / patterns ({}) length mismatch in mapping pattern", patterns.len())));
        }
        pc.on_top += 1;
        self.op(Op::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        if size == 0 && rest.is_none() {
            pc.on_top -= 1;
            self.op(Op::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.op(Op::GET_LEN);
            self.load_const(Const::Int(size.into()));
            self.emit(Op::COMPARE_OP, 5);
            self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        }
        let mut seen: Vec<Const> = Vec::new();
        let mut consts: Vec<Const> = Vec::new();
        for k in keys {
            match &k.kind {
                ExprKind::Constant { .. } => {
                    let Some(c) = const_of(k) else { continue };
                    if seen.iter().any(|s| const_key_eq(s, &c)) {
                        return Err(self.error(&format!("mapping pattern checks duplicate key ({})", crate::bytecode::dis::const_repr(&c))));
                    }
                    seen.push(c.clone());
                    consts.push(c);
                }
                ExprKind::Attribute { .. } => {}
                _ => return Err(self.error("mapping pattern keys may only match literals and attribute lookups")),
            }
        }
        if consts.len() == size {
            self.load_const(Const::Tuple(consts));
        } else {
            for k in keys {
                self.expr(k)?;
            }
            self.emit(Op::BUILD_TUPLE, size as u32);
        }
        self.set_loc(p.loc);
        self.op(Op::MATCH_KEYS);
        pc.on_top += 2;
        self.emit(Op::COPY, 1);
        self.load_const(Const::None);
        self.emit(Op::IS_OP, 1);
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        self.emit(Op::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size as u32;
        pc.on_top -= 1;
        for q in patterns {
            pc.on_top -= 1;
            self.subpattern(q, pc)?;
        }
        pc.on_top -= 2;
        self.set_loc(p.loc);
        if let Some(r) = rest {
            self.emit(Op::BUILD_MAP, 0);
            self.emit(Op::SWAP, 3);
            self.emit(Op::DICT_UPDATE, 2);
            self.emit(Op::UNPACK_SEQUENCE, size as u32);
            let mut k = size as u32;
            while k > 0 {
                self.emit(Op::COPY, 1 + k);
                k -= 1;
                self.emit(Op::SWAP, 2);
                self.op(Op::DELETE_SUBSCR);
            }
            self.store_capture(Some(r), pc)?;
        } else {
            self.op(Op::POP_TOP);
            self.op(Op::POP_TOP);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn pattern_class(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [Identifier],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternCtx,
    ) -> CResult {
        let nargs = patterns.len();
        let nattrs = kwd_attrs.len();
        if nattrs != kwd_patterns.len() {
            return Err(self.error(&format!("kwd_attrs ({nattrs}) / kwd_patterns ({}) length mismatch in class pattern", kwd_patterns.len())));
        }
        for (i, a) in kwd_attrs.iter().enumerate() {
            if a.as_str() == "__debug__" {
                self.set_loc(kwd_patterns[i].loc);
                return Err(self.error("cannot assign to __debug__"));
            }
            if kwd_attrs[i + 1..].contains(a) {
                let j = i + 1 + kwd_attrs[i + 1..].iter().position(|x| x == a).unwrap_or(0);
                if let Some(q) = kwd_patterns.get(j) {
                    self.set_loc(q.loc);
                }
                return Err(self.error(&format!("attribute name repeated in class pattern: {a}")));
            }
        }
        self.expr(cls)?;
        let names: Vec<Const> = kwd_attrs.iter().map(|a| Const::Str(a.as_str().into())).collect();
        self.set_loc(p.loc);
        self.load_const(Const::Tuple(names));
        self.emit(Op::MATCH_CLASS, nargs as u32);
        self.emit(Op::COPY, 1);
        self.load_const(Const::None);
        self.emit(Op::IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Op::POP_JUMP_IF_FALSE);
        let total = (nargs + nattrs) as u32;
        self.emit(Op::UNPACK_SEQUENCE, total);
        pc.on_top += total;
        pc.on_top -= 1;
        for q in patterns.iter().chain(kwd_patterns) {
            pc.on_top -= 1;
            if is_wildcard(q) {
                self.op(Op::POP_TOP);
                continue;
            }
            self.subpattern(q, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, p: &'a Pattern, alts: &'a [Pattern], pc: &mut PatternCtx) -> CResult {
        let end = self.new_label();
        let size = alts.len();
        let old_stores = std::mem::take(&mut pc.stores);
        let old_allow = pc.allow_irrefutable;
        let old_fail_pop = std::mem::take(&mut pc.fail_pop);
        let old_on_top = pc.on_top;
        let mut control: Option<Vec<Identifier>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.loc);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == size - 1 && old_allow;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Op::COPY, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return Err(self.error("alternative patterns bind different names"));
                }
                Some(ctl) => {
                    let ctl = ctl.clone();
                    let mut icontrol = nstores;
                    while icontrol > 0 {
                        icontrol -= 1;
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|n| n == name) else {
                            return Err(self.error("alternative patterns bind different names"));
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<Identifier> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol as u32 + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Op::JUMP, end);
            self.emit_and_reset_fail_pop(pc);
        }
        pc.stores = old_stores;
        pc.allow_irrefutable = old_allow;
        pc.fail_pop = old_fail_pop;
        pc.on_top = old_on_top;
        self.set_loc(p.loc);
        self.op(Op::POP_TOP);
        self.jump_to_fail_pop(pc, Op::JUMP);
        self.bind(end);
        let control = control.unwrap_or_default();
        let nstores = control.len() as u32;
        let nrots = nstores + 1 + pc.on_top + pc.stores.len() as u32;
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return Err(self.error(&format!("multiple assignments to name {} in pattern", crate::pyrepr::repr_str(&name))));
            }
            pc.stores.push(name);
        }
        self.op(Op::POP_TOP);
        Ok(())
    }
}
