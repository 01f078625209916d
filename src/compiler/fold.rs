//! Constant folding on the tree before compilation, as CPython 3.11's Python/ast_opt.c: unary
//! and binary operators on constants (within CPython's size limits, and never when the
//! operation would raise), `__debug__`, `not (a is b)` -> `a is not b`. Tuples of constants,
//! `x in [..]` / `x in {..}` and `for x in [..]` are folded while generating code (the tree has
//! no tuple constants).

use crate::parser::ast::*;
use crate::wtf8::Wtf8Buf;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// CPython's limits (ast_opt.c): folded results larger than these are left to run time.
const MAX_INT_SIZE: u64 = 128; // bits
const MAX_STR_SIZE: usize = 4096;
const MAX_DEPTH: u32 = 3000;

pub struct Folder {
    pub optimize: u8,
    depth: u32,
}

impl Folder {
    pub fn new(optimize: u8) -> Folder {
        Folder { optimize, depth: 0 }
    }

    pub fn module(&mut self, m: &mut Mod) {
        match m {
            Mod::Module { body, .. } | Mod::Interactive { body } => self.stmts(body),
            Mod::Expression { body } => self.expr(body),
            Mod::FunctionType { .. } => {}
        }
    }

    fn stmts(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        if self.depth > MAX_DEPTH {
            return;
        }
        self.depth += 1;
        match &mut s.kind {
            StmtKind::FunctionDef { args, body, decorator_list, returns, .. } => {
                self.args(args);
                self.stmts(body);
                self.exprs(decorator_list);
                if let Some(r) = returns {
                    self.expr(r);
                }
            }
            StmtKind::ClassDef { bases, keywords, body, decorator_list, .. } => {
                self.exprs(bases);
                for k in keywords {
                    self.expr(&mut k.value);
                }
                self.stmts(body);
                self.exprs(decorator_list);
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign { target, annotation, value, .. } => {
                self.expr(target);
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&mut it.context_expr);
                    if let Some(v) = &mut it.optional_vars {
                        self.expr(v);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for c in cases {
                    self.pattern(&mut c.pattern);
                    if let Some(g) = &mut c.guard {
                        self.expr(g);
                    }
                    self.stmts(&mut c.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                }
                if let Some(c) = cause {
                    self.expr(c);
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &mut h.type_ {
                        self.expr(t);
                    }
                    self.stmts(&mut h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
        self.depth -= 1;
    }

    fn args(&mut self, a: &mut Arguments) {
        for x in a.posonlyargs.iter_mut().chain(&mut a.args).chain(&mut a.kwonlyargs) {
            if let Some(an) = &mut x.annotation {
                self.expr(an);
            }
        }
        for x in [&mut a.vararg, &mut a.kwarg].into_iter().flatten() {
            if let Some(an) = &mut x.annotation {
                self.expr(an);
            }
        }
        self.exprs(&mut a.defaults);
        for d in a.kw_defaults.iter_mut().flatten() {
            self.expr(d);
        }
    }

    fn pattern(&mut self, p: &mut Pattern) {
        if self.depth > MAX_DEPTH {
            return;
        }
        self.depth += 1;
        match &mut p.kind {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q);
                }
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                self.exprs(keys);
                for q in patterns {
                    self.pattern(q);
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls);
                for q in patterns.iter_mut().chain(kwd_patterns) {
                    self.pattern(q);
                }
            }
            PatternKind::MatchAs { pattern, .. } => {
                if let Some(q) = pattern {
                    self.pattern(q);
                }
            }
        }
        self.depth -= 1;
    }

    fn exprs(&mut self, es: &mut [Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        if self.depth > MAX_DEPTH {
            return;
        }
        self.depth += 1;
        self.expr_children(e);
        self.depth -= 1;
        let folded = match &e.kind {
            ExprKind::UnaryOp { op, operand } => match &operand.kind {
                ExprKind::Constant { value, .. } => fold_unary(*op, value),
                ExprKind::Compare { left, ops, comparators } if *op == UnaryOp::Not && ops.len() == 1 => {
                    let inv = match ops[0] {
                        CmpOp::Is => Some(CmpOp::IsNot),
                        CmpOp::IsNot => Some(CmpOp::Is),
                        CmpOp::In => Some(CmpOp::NotIn),
                        CmpOp::NotIn => Some(CmpOp::In),
                        _ => None,
                    };
                    if let Some(inv) = inv {
                        let kind = ExprKind::Compare { left: left.clone(), ops: vec![inv], comparators: comparators.clone() };
                        e.kind = kind;
                    }
                    None
                }
                _ => None,
            },
            ExprKind::BinOp { left, op, right } => match (&left.kind, &right.kind) {
                (ExprKind::Constant { value: l, .. }, ExprKind::Constant { value: r, .. }) => fold_binop(l, *op, r),
                _ => None,
            },
            ExprKind::Name { id, ctx: ExprContext::Load } if id.as_str() == "__debug__" => Some(Constant::Bool(self.optimize == 0)),
            _ => None,
        };
        if let Some(c) = folded {
            e.kind = ExprKind::Constant { value: c, kind: None };
        }
    }

    fn expr_children(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.args(args);
                self.expr(body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter_mut().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts),
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comps(generators);
            }
            ExprKind::DictComp { key, value, generators } => {
                self.expr(key);
                self.expr(value);
                self.comps(generators);
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => self.expr(value),
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func);
                self.exprs(args);
                for k in keywords {
                    self.expr(&mut k.value);
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value);
                if let Some(f) = format_spec {
                    self.expr(f);
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x);
                }
            }
            ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
        }
    }

    fn comps(&mut self, gens: &mut [Comprehension]) {
        for g in gens {
            self.expr(&mut g.target);
            self.expr(&mut g.iter);
            self.exprs(&mut g.ifs);
        }
    }
}

fn int_of(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Int(i) => Some(i.clone()),
        Constant::Bool(b) => Some(BigInt::from(*b as u8)),
        _ => None,
    }
}

/// An int that converts to a float exactly (|v| <= 2**53), as a float.
fn small_float(i: &BigInt) -> Option<f64> {
    let v = i.to_i64()?;
    if v.unsigned_abs() <= (1u64 << 53) {
        Some(v as f64)
    } else {
        None
    }
}

fn float_of(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        _ => small_float(&int_of(c)?),
    }
}

fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Bool(b) => *b,
        Constant::Ellipsis => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
    }
}

fn fold_unary(op: UnaryOp, c: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!truthy(c))),
        UnaryOp::USub => match c {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { real, imag } => Some(Constant::Complex { real: -real, imag: -imag }),
            _ => int_of(c).map(|i| Constant::Int(-i)),
        },
        UnaryOp::UAdd => match c {
            Constant::Float(_) | Constant::Complex { .. } => Some(c.clone()),
            _ => int_of(c).map(Constant::Int),
        },
        UnaryOp::Invert => int_of(c).map(|i| Constant::Int(-i - 1)),
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn fold_binop(l: &Constant, op: Operator, r: &Constant) -> Option<Constant> {
    // Sequences.
    match (l, op, r) {
        (Constant::Str(a), Operator::Add, Constant::Str(b)) => {
            if a.as_bytes().len() + b.as_bytes().len() > MAX_STR_SIZE * 4 {
                return None;
            }
            let mut s = a.clone();
            s.push_wtf8(b);
            if s.code_points().count() > MAX_STR_SIZE {
                return None;
            }
            return Some(Constant::Str(s));
        }
        (Constant::Bytes(a), Operator::Add, Constant::Bytes(b)) => {
            if a.len() + b.len() > MAX_STR_SIZE {
                return None;
            }
            let mut v = a.clone();
            v.extend_from_slice(b);
            return Some(Constant::Bytes(v));
        }
        (Constant::Str(_) | Constant::Bytes(_), Operator::Mult, _) | (_, Operator::Mult, Constant::Str(_) | Constant::Bytes(_)) => {
            let (seq, n) = if matches!(l, Constant::Str(_) | Constant::Bytes(_)) { (l, r) } else { (r, l) };
            let n = int_of(n)?.to_i64()?;
            let n = n.max(0) as usize;
            return match seq {
                Constant::Str(s) => {
                    let len = s.code_points().count();
                    if len != 0 && n > MAX_STR_SIZE / len.max(1) {
                        return None;
                    }
                    let mut out = Wtf8Buf::new();
                    for _ in 0..n {
                        out.push_wtf8(s);
                    }
                    Some(Constant::Str(out))
                }
                Constant::Bytes(b) => {
                    if !b.is_empty() && n > MAX_STR_SIZE / b.len() {
                        return None;
                    }
                    Some(Constant::Bytes(b.repeat(n)))
                }
                _ => None,
            };
        }
        _ => {}
    }
    if matches!(l, Constant::Str(_) | Constant::Bytes(_) | Constant::None | Constant::Ellipsis)
        || matches!(r, Constant::Str(_) | Constant::Bytes(_) | Constant::None | Constant::Ellipsis)
    {
        return None;
    }
    if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
        match op {
            Operator::BitAnd => return Some(Constant::Bool(*a & *b)),
            Operator::BitOr => return Some(Constant::Bool(*a | *b)),
            Operator::BitXor => return Some(Constant::Bool(*a ^ *b)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (int_of(l), int_of(r)) {
        return fold_int(&a, op, &b);
    }
    if matches!(l, Constant::Complex { .. }) || matches!(r, Constant::Complex { .. }) {
        let c = |x: &Constant| match x {
            Constant::Complex { real, imag } => Some((*real, *imag)),
            _ => float_of(x).map(|f| (f, 0.0)),
        };
        let (ar, ai) = c(l)?;
        let (br, bi) = c(r)?;
        let (re, im) = match op {
            Operator::Add => (ar + br, ai + bi),
            Operator::Sub => (ar - br, ai - bi),
            Operator::Mult => (ar * br - ai * bi, ar * bi + ai * br),
            _ => return None,
        };
        return Some(Constant::Complex { real: re, imag: im });
    }
    let a = float_of(l)?;
    let b = float_of(r)?;
    let v = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => a * b,
        Operator::Div => {
            if b == 0.0 {
                return None;
            }
            a / b
        }
        Operator::FloorDiv => {
            if b == 0.0 {
                return None;
            }
            py_float_divmod(a, b).0
        }
        Operator::Mod => {
            if b == 0.0 {
                return None;
            }
            py_float_divmod(a, b).1
        }
        Operator::Pow => {
            if a == 0.0 && b < 0.0 {
                return None;
            }
            if a < 0.0 && b.fract() != 0.0 {
                return None;
            }
            a.powf(b)
        }
        _ => return None,
    };
    if !v.is_finite() && a.is_finite() && b.is_finite() {
        return None; // OverflowError at run time
    }
    Some(Constant::Float(v))
}

/// Python's float divmod (floor division, remainder with the divisor's sign).
fn py_float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn fold_int(a: &BigInt, op: Operator, b: &BigInt) -> Option<Constant> {
    let divmod = |a: &BigInt, b: &BigInt| {
        let mut q = a / b;
        let mut r = a % b;
        if !r.is_zero() && (r.is_negative() != b.is_negative()) {
            q -= 1;
            r += b;
        }
        (q, r)
    };
    let r = match op {
        Operator::Add => a + b,
        Operator::Sub => a - b,
        Operator::Mult => {
            if !a.is_zero() && !b.is_zero() && bits(a) + bits(b) > MAX_INT_SIZE {
                return None;
            }
            a * b
        }
        Operator::FloorDiv => {
            if b.is_zero() {
                return None;
            }
            divmod(a, b).0
        }
        Operator::Mod => {
            if b.is_zero() {
                return None;
            }
            divmod(a, b).1
        }
        Operator::Div => {
            if b.is_zero() {
                return None;
            }
            let (x, y) = (small_float(a)?, small_float(b)?);
            return Some(Constant::Float(x / y));
        }
        Operator::Pow => {
            if b.is_negative() {
                return None;
            }
            let e = b.to_u64()?;
            if !a.is_zero() && bits(a).saturating_mul(e) > MAX_INT_SIZE {
                return None;
            }
            num_traits::pow::Pow::pow(a, e)
        }
        Operator::LShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64()?;
            if s > MAX_INT_SIZE || bits(a) > MAX_INT_SIZE - s {
                return None;
            }
            a << (s as usize)
        }
        Operator::RShift => {
            if b.is_negative() {
                return None;
            }
            let s = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
            a >> (s as usize)
        }
        Operator::BitAnd => a & b,
        Operator::BitOr => a | b,
        Operator::BitXor => a ^ b,
        Operator::MatMult => return None,
    };
    Some(Constant::Int(r))
}
