//! Expressions: CPython 3.11's `compiler_visit_expr1` and helpers (operators, comparisons with
//! short-circuit chains, conditional jumps, calls with keywords / `*` / `**`, displays with
//! unpacking, comprehensions as nested code objects, lambda, f-strings, yield/await).

use super::codegen::{const_of, const_truth, CResult, Compiler, FKind, IOp, Label};
use super::stmt::STACK_USE_GUIDELINE;
use super::symtable::FuncKind;
use crate::bytecode::code::Const;
use crate::bytecode::opcode::Op;
use crate::parser::ast::*;

pub fn binop_arg(op: Operator) -> u32 {
    match op {
        Operator::Add => 0,
        Operator::BitAnd => 1,
        Operator::FloorDiv => 2,
        Operator::LShift => 3,
        Operator::MatMult => 4,
        Operator::Mult => 5,
        Operator::Mod => 6,
        Operator::BitOr => 7,
        Operator::Pow => 8,
        Operator::RShift => 9,
        Operator::Sub => 10,
        Operator::Div => 11,
        Operator::BitXor => 12,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr) -> CResult {
        self.guard()?;
        let saved = self.ur().loc;
        self.set_loc(e.loc);
        let r = self.expr_inner(e);
        self.u().loc = saved;
        self.depth -= 1;
        r
    }

    fn compare_op(&mut self, op: CmpOp) {
        match op {
            CmpOp::Lt => self.emit(Op::COMPARE_OP, 0),
            CmpOp::LtE => self.emit(Op::COMPARE_OP, 1),
            CmpOp::Eq => self.emit(Op::COMPARE_OP, 2),
            CmpOp::NotEq => self.emit(Op::COMPARE_OP, 3),
            CmpOp::Gt => self.emit(Op::COMPARE_OP, 4),
            CmpOp::GtE => self.emit(Op::COMPARE_OP, 5),
            CmpOp::Is => self.emit(Op::IS_OP, 0),
            CmpOp::IsNot => self.emit(Op::IS_OP, 1),
            CmpOp::In => self.emit(Op::CONTAINS_OP, 0),
            CmpOp::NotIn => self.emit(Op::CONTAINS_OP, 1),
        }
    }

    /// A comparison operand: the right side of `in`/`not in` as a constant tuple/frozenset
    /// when it is a list/set display of constants (ast_opt.c's fold_compare).
    fn compare_operand(&mut self, op: CmpOp, e: &'a Expr) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            match &e.kind {
                ExprKind::List { elts, .. } if !elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. })) => {
                    if let Some(c) = elts.iter().map(const_of).collect::<Option<Vec<_>>>() {
                        self.load_const(Const::Tuple(c));
                        return Ok(());
                    }
                }
                ExprKind::Set { elts } => {
                    if let Some(c) = elts.iter().map(const_of).collect::<Option<Vec<_>>>() {
                        self.load_const(Const::FrozenSet(c));
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        self.expr(e)
    }

    fn compare(&mut self, e: &'a Expr, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.compare_operand(ops[0], &comparators[0])?;
            self.set_loc(e.loc);
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            // Only the last comparator is folded (ast_opt.c): a middle operand is also the left
            // side of the next comparison and must keep its type.
            self.expr(&comparators[i])?;
            self.set_loc(e.loc);
            self.emit(Op::SWAP, 2);
            self.emit(Op::COPY, 2);
            self.compare_op(ops[i]);
            self.jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.compare_operand(ops[n - 1], &comparators[n - 1])?;
        self.set_loc(e.loc);
        self.compare_op(ops[n - 1]);
        let end = self.new_label();
        self.jump(Op::JUMP, end);
        self.bind(cleanup);
        self.emit(Op::SWAP, 2);
        self.op(Op::POP_TOP);
        self.bind(end);
        Ok(())
    }

    /// Jumps to `target` when the truth of `e` equals `cond` (CPython's compiler_jump_if).
    pub fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        self.guard()?;
        let r = self.jump_if_inner(e, target, cond);
        self.depth -= 1;
        r
    }

    fn jump_if_inner(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        if let Some(c) = const_of(e) {
            // Constant tests are resolved now; the dead branch is dropped by assembly.
            self.set_loc(e.loc);
            if const_truth(&c) == cond {
                self.jump(Op::JUMP, target);
            } else {
                self.op(Op::NOP);
            }
            return Ok(());
        }
        match &e.kind {
            ExprKind::UnaryOp { op: UnaryOp::Not, operand } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond != cond2 { self.new_label() } else { target };
                let n = values.len();
                for v in &values[..n - 1] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[n - 1], target, cond)?;
                if next2 != target {
                    self.bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.jump(Op::JUMP, end);
                self.bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if ops.len() > 1 => {
                self.expr(left)?;
                let n = ops.len();
                let cleanup = self.new_label();
                for i in 0..n - 1 {
                    // Only the last comparator is folded (see `compare`).
                    self.expr(&comparators[i])?;
                    self.set_loc(e.loc);
                    self.emit(Op::SWAP, 2);
                    self.emit(Op::COPY, 2);
                    self.compare_op(ops[i]);
                    self.jump(Op::POP_JUMP_IF_FALSE, cleanup);
                }
                self.compare_operand(ops[n - 1], &comparators[n - 1])?;
                self.set_loc(e.loc);
                self.compare_op(ops[n - 1]);
                self.jump(if cond { Op::POP_JUMP_IF_TRUE } else { Op::POP_JUMP_IF_FALSE }, target);
                let end = self.new_label();
                self.jump(Op::JUMP, end);
                self.bind(cleanup);
                self.op(Op::POP_TOP);
                if !cond {
                    self.jump(Op::JUMP, target);
                }
                self.bind(end);
                return Ok(());
            }
            ExprKind::Compare { left, ops, comparators } if matches!(ops[0], CmpOp::Is | CmpOp::IsNot) => {
                if let ExprKind::Constant { value: Constant::None, .. } = comparators[0].kind {
                    self.expr(left)?;
                    self.set_loc(e.loc);
                    let is_none = (ops[0] == CmpOp::Is) == cond;
                    self.jump(if is_none { Op::POP_JUMP_IF_NONE } else { Op::POP_JUMP_IF_NOT_NONE }, target);
                    return Ok(());
                }
            }
            _ => {}
        }
        self.expr(e)?;
        self.set_loc(e.loc);
        self.jump(if cond { Op::POP_JUMP_IF_TRUE } else { Op::POP_JUMP_IF_FALSE }, target);
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Op::COPY, 1);
                self.store(target)
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jop = if *op == BoolOp::And { Op::JUMP_IF_FALSE_OR_POP } else { Op::JUMP_IF_TRUE_OR_POP };
                let n = values.len();
                for v in &values[..n - 1] {
                    self.expr(v)?;
                    self.jump(jop, end);
                }
                self.expr(&values[n - 1])?;
                self.bind(end);
                Ok(())
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BINARY_OP, binop_arg(*op));
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.op(match op {
                    UnaryOp::Invert => Op::UNARY_INVERT,
                    UnaryOp::Not => Op::UNARY_NOT,
                    UnaryOp::UAdd => Op::UNARY_POSITIVE,
                    UnaryOp::USub => Op::UNARY_NEGATIVE,
                });
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.jump(Op::JUMP, end);
                self.bind(next);
                self.expr(orelse)?;
                self.bind(end);
                Ok(())
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::Set { elts } => self.starunpack(elts, 0, Op::BUILD_SET, Op::SET_ADD, Op::SET_UPDATE, false),
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Load => self.starunpack(elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, false),
                ExprContext::Store => self.store(e),
                ExprContext::Del => Err(self.error("invalid del target")),
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Load => {
                    if let Some(c) = const_of(e) {
                        self.load_const(c);
                        return Ok(());
                    }
                    self.starunpack(elts, 0, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true)
                }
                ExprContext::Store => self.store(e),
                ExprContext::Del => Err(self.error("invalid del target")),
            },
            ExprKind::ListComp { elt, generators } => self.comprehension(e, CompKind::List, generators, elt, None),
            ExprKind::SetComp { elt, generators } => self.comprehension(e, CompKind::Set, generators, elt, None),
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, CompKind::Gen, generators, elt, None),
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, CompKind::Dict, generators, key, Some(value)),
            ExprKind::Yield { value } => {
                let ste = self.ste();
                if !ste.is_function_like() {
                    return Err(self.error("'yield' outside function"));
                }
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Const::None),
                }
                if ste.is_coroutine {
                    self.op(Op::ASYNC_GEN_WRAP);
                }
                self.emit(Op::YIELD_VALUE, 0);
                Ok(())
            }
            ExprKind::YieldFrom { value } => {
                let ste = self.ste();
                if !ste.is_function_like() {
                    return Err(self.error("'yield' outside function"));
                }
                if ste.is_async_def {
                    return Err(self.error("'yield from' inside async function"));
                }
                self.expr(value)?;
                self.op(Op::GET_YIELD_FROM_ITER);
                self.load_const(Const::None);
                self.yield_from_loop(0);
                Ok(())
            }
            ExprKind::Await { value } => {
                let ste = self.ste();
                if !ste.is_function_like() {
                    return Err(self.error("'await' outside function"));
                }
                if !ste.is_async_def && !matches!(ste.func_kind, FuncKind::ListComp | FuncKind::SetComp | FuncKind::DictComp | FuncKind::GenExpr) {
                    return Err(self.error("'await' outside async function"));
                }
                self.expr(value)?;
                self.emit(Op::GET_AWAITABLE, 0);
                self.load_const(Const::None);
                self.yield_from_loop(1);
                Ok(())
            }
            ExprKind::Compare { left, ops, comparators } => self.compare(e, left, ops, comparators),
            ExprKind::Call { func, args, keywords } => self.call(e, func, args, keywords),
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                self.expr(value)?;
                let mut oparg = match *conversion {
                    115 => 1, // 's'
                    114 => 2, // 'r'
                    97 => 3,  // 'a'
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    oparg |= 4;
                }
                self.set_loc(e.loc);
                self.emit(Op::FORMAT_VALUE, oparg);
                Ok(())
            }
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUIDELINE {
                    self.load_const(Const::Str("".into()));
                    self.emit_name(Op::LOAD_METHOD, &"join".into());
                    self.emit(Op::BUILD_LIST, 0);
                    for v in values {
                        self.expr(v)?;
                        self.emit(Op::LIST_APPEND, 1);
                    }
                    self.emit(Op::CALL_METHOD, 1);
                } else {
                    for v in values {
                        self.expr(v)?;
                    }
                    if values.len() != 1 {
                        self.emit(Op::BUILD_STRING, values.len() as u32);
                    }
                }
                Ok(())
            }
            ExprKind::Constant { value, .. } => {
                self.load_const(super::codegen::ast_const(value));
                Ok(())
            }
            ExprKind::Attribute { value, attr, ctx } => match ctx {
                ExprContext::Load => {
                    self.expr(value)?;
                    self.set_attr_loc(e.loc, attr);
                    self.emit_name(Op::LOAD_ATTR, attr);
                    Ok(())
                }
                ExprContext::Store => self.store(e),
                ExprContext::Del => {
                    self.expr(value)?;
                    self.emit_name(Op::DELETE_ATTR, attr);
                    Ok(())
                }
            },
            ExprKind::Subscript { value, slice, ctx } => match ctx {
                ExprContext::Load => {
                    self.expr(value)?;
                    self.expr(slice)?;
                    self.set_loc(e.loc);
                    self.op(Op::BINARY_SUBSCR);
                    Ok(())
                }
                ExprContext::Store => self.store(e),
                ExprContext::Del => {
                    self.expr(value)?;
                    self.expr(slice)?;
                    self.op(Op::DELETE_SUBSCR);
                    Ok(())
                }
            },
            ExprKind::Starred { ctx, .. } => match ctx {
                ExprContext::Store => Err(self.error("starred assignment target must be in a list or tuple")),
                _ => Err(self.error("can't use starred expression here")),
            },
            ExprKind::Name { id, ctx } => self.nameop(id, *ctx),
            ExprKind::Slice { lower, upper, step } => {
                let mut n = 2;
                match lower {
                    Some(l) => self.expr(l)?,
                    None => self.load_const(Const::None),
                }
                match upper {
                    Some(u) => self.expr(u)?,
                    None => self.load_const(Const::None),
                }
                if let Some(s) = step {
                    self.expr(s)?;
                    n = 3;
                }
                self.set_loc(e.loc);
                self.emit(Op::BUILD_SLICE, n);
                Ok(())
            }
        }
    }

    /// Lists, sets, tuples and call arguments with `*` unpacking (CPython's
    /// starunpack_helper); `pushed` items are already on the stack.
    pub fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, build: Op, add: Op, extend: Op, tuple: bool) -> CResult {
        let n = elts.len();
        if n > 2 {
            if let Some(c) = elts.iter().map(const_of).collect::<Option<Vec<_>>>() {
                if tuple && pushed == 0 {
                    self.load_const(Const::Tuple(c));
                } else {
                    let folded = if add == Op::SET_ADD { Const::FrozenSet(c) } else { Const::Tuple(c) };
                    self.emit(build, pushed);
                    self.load_const(folded);
                    self.emit(extend, 1);
                    if tuple {
                        self.op(Op::LIST_TO_TUPLE);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|x| matches!(x.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for x in elts {
                self.expr(x)?;
            }
            if tuple {
                self.emit(Op::BUILD_TUPLE, n as u32 + pushed);
            } else {
                self.emit(build, n as u32 + pushed);
            }
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &x.kind {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.expr(value)?;
                self.emit(extend, 1);
            } else {
                self.expr(x)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.op(Op::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr], begin: usize, end: usize) -> CResult {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        let ks: Option<Vec<Const>> = if n > 1 && !big { keys[begin..end].iter().map(|k| k.as_ref().and_then(const_of)).collect() } else { None };
        if n > 1 && !big {
            if let Some(ks) = ks {
                for v in &values[begin..end] {
                    self.expr(v)?;
                }
                self.load_const(Const::Tuple(ks));
                self.emit(Op::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        if big {
            self.emit(Op::BUILD_MAP, 0);
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.expr(k)?;
            }
            self.expr(&values[i])?;
            if big {
                self.emit(Op::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Op::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len().min(keys.len());
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Op::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Op::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.expr(&values[i])?;
                self.emit(Op::DICT_UPDATE, 1);
            } else {
                if elements * 2 > STACK_USE_GUIDELINE {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Op::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Op::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Op::BUILD_MAP, 0);
        }
        Ok(())
    }

    fn validate_keywords(&mut self, keywords: &'a [Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
            for k2 in &keywords[i + 1..] {
                if k2.arg.as_ref() == Some(name) {
                    self.set_loc(k2.loc);
                    return Err(self.error(&format!("keyword argument repeated: {name}")));
                }
            }
        }
        Ok(())
    }

    fn call(&mut self, e: &'a Expr, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        if let ExprKind::Attribute { value, attr, ctx: ExprContext::Load } = &func.kind {
            let simple = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }))
                && !keywords.iter().any(|k| k.arg.is_none())
                && args.len() + keywords.len() < STACK_USE_GUIDELINE;
            if simple {
                self.validate_keywords(keywords)?;
                self.expr(value)?;
                self.set_attr_loc(func.loc, attr);
                self.emit_name(Op::LOAD_METHOD, attr);
                for a in args {
                    self.expr(a)?;
                }
                self.kw_values(keywords)?;
                self.set_loc(e.loc);
                self.emit(Op::CALL_METHOD, (args.len() + keywords.len()) as u32);
                return Ok(());
            }
        }
        self.expr(func)?;
        self.call_helper(0, args, keywords)?;
        Ok(())
    }

    fn kw_values(&mut self, keywords: &'a [Keyword]) -> CResult {
        if keywords.is_empty() {
            return Ok(());
        }
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            self.expr(&k.value)?;
            names.push(Const::Str(k.arg.as_deref().unwrap_or("").into()));
        }
        let i = self.add_const(Const::Tuple(names));
        self.emit(Op::KW_NAMES, i);
        Ok(())
    }

    /// Arguments and the call, with `n_pre` positional arguments already pushed after the
    /// callable (CPython's compiler_call_helper).
    pub fn call_helper(&mut self, n_pre: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        self.validate_keywords(keywords)?;
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred { .. }));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        let saved = self.ur().loc;
        if !starred && !dstar && args.len() + keywords.len() + (n_pre as usize) < STACK_USE_GUIDELINE {
            for a in args {
                self.expr(a)?;
            }
            self.kw_values(keywords)?;
            self.u().loc = saved;
            self.emit(Op::CALL, n_pre + (args.len() + keywords.len()) as u32);
            return Ok(());
        }
        // CALL_FUNCTION_EX: positional tuple, then an optional dict.
        if n_pre == 0 && args.len() == 1 {
            if let ExprKind::Starred { value, .. } = &args[0].kind {
                self.expr(value)?;
            } else {
                self.starunpack(args, n_pre, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true)?;
            }
        } else {
            self.starunpack(args, n_pre, Op::BUILD_LIST, Op::LIST_APPEND, Op::LIST_EXTEND, true)?;
        }
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(keywords, i - nseen, i)?;
                        if have_dict {
                            self.emit(Op::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                let n = keywords.len();
                self.subkwargs(keywords, n - nseen, n)?;
                if have_dict {
                    self.emit(Op::DICT_MERGE, 1);
                }
            }
        }
        self.u().loc = saved;
        self.emit(Op::CALL_FUNCTION_EX, (!keywords.is_empty()) as u32);
        Ok(())
    }

    fn subkwargs(&mut self, keywords: &'a [Keyword], begin: usize, end: usize) -> CResult {
        let n = end - begin;
        if n > 1 {
            let mut keys = Vec::with_capacity(n);
            for k in &keywords[begin..end] {
                self.expr(&k.value)?;
                keys.push(Const::Str(k.arg.as_deref().unwrap_or("").into()));
            }
            self.load_const(Const::Tuple(keys));
            self.emit(Op::BUILD_CONST_KEY_MAP, n as u32);
        } else {
            for k in &keywords[begin..end] {
                self.load_const(Const::Str(k.arg.as_deref().unwrap_or("").into()));
                self.expr(&k.value)?;
            }
            self.emit(Op::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> CResult {
        for a in args.posonlyargs.iter().chain(&args.args).chain(args.vararg.as_deref()).chain(&args.kwonlyargs).chain(args.kwarg.as_deref()) {
            if a.arg.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
        }
        let mut flags = 0;
        if !args.defaults.is_empty() {
            self.tuple_of(&args.defaults)?;
            flags |= 1;
        }
        let mut keys = Vec::new();
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                keys.push(Const::Str(self.mangle(&a.arg).as_str().into()));
                self.expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Const::Tuple(keys));
            self.emit(Op::BUILD_CONST_KEY_MAP, n);
            flags |= 2;
        }
        let Some(scope) = self.st.scope_for(e) else {
            return Err(self.error("internal compiler error: no scope for lambda"));
        };
        let private = self.ur().private.clone();
        self.enter_unit(scope, "<lambda>".into(), e.loc.lineno, private);
        self.u().keep_first_const = true;
        self.add_const(Const::None);
        {
            let u = self.u();
            u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            u.posonlyargcount = args.posonlyargs.len() as u32;
            u.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        self.expr(body)?;
        self.set_loc(body.loc);
        self.op(Op::RETURN_VALUE);
        let code = self.leave_unit()?;
        self.set_loc(e.loc);
        self.make_closure(code, flags)
    }

    fn comprehension(&mut self, e: &'a Expr, kind: CompKind, generators: &'a [Comprehension], elt: &'a Expr, val: Option<&'a Expr>) -> CResult {
        let Some(scope) = self.st.scope_for(e) else {
            return Err(self.error("internal compiler error: no scope for comprehension"));
        };
        let Some(outermost) = generators.first() else {
            return Err(self.error("comprehension with no generators"));
        };
        let st: &'a super::symtable::SymbolTable = self.st;
        let cste = &st.scopes[scope];
        let is_async = cste.is_coroutine && kind != CompKind::Gen;
        if is_async && !self.ur().is_async_scope {
            return Err(self.error("asynchronous comprehension outside of an asynchronous function"));
        }
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let private = self.ur().private.clone();
        self.enter_unit(scope, name.into(), e.loc.lineno, private);
        self.set_loc(e.loc);
        self.u().argcount = 1;
        match kind {
            CompKind::List => self.emit(Op::BUILD_LIST, 0),
            CompKind::Set => self.emit(Op::BUILD_SET, 0),
            CompKind::Dict => self.emit(Op::BUILD_MAP, 0),
            CompKind::Gen => {}
        }
        self.comprehension_generator(e, generators, 0, 0, elt, val, kind)?;
        if kind != CompKind::Gen {
            self.set_loc(e.loc);
            self.op(Op::RETURN_VALUE);
        }
        let code = self.leave_unit()?;
        self.set_loc(e.loc);
        self.make_closure(code, 0)?;
        self.expr(&outermost.iter)?;
        self.set_loc(e.loc);
        if outermost.is_async {
            self.op(Op::GET_AITER);
        } else {
            self.op(Op::GET_ITER);
        }
        self.emit(Op::CALL, 1);
        if is_async {
            self.emit(Op::GET_AWAITABLE, 0);
            self.load_const(Const::None);
            self.yield_from_loop(1);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension_generator(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        gen_index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        self.guard()?;
        let gen = &generators[gen_index];
        let r = if gen.is_async {
            self.async_comprehension_generator(e, generators, gen_index, depth, elt, val, kind)
        } else {
            self.sync_comprehension_generator(e, generators, gen_index, depth, elt, val, kind)
        };
        self.depth -= 1;
        r
    }

    fn comp_iter_source(&mut self, gen: &'a Comprehension, gen_index: usize) -> CResult {
        if gen_index == 0 {
            let dot0: Identifier = ".0".into();
            let i = self.add_var(&dot0);
            self.emit(Op::LOAD_FAST, i);
        } else {
            self.expr(&gen.iter)?;
            self.set_loc(gen.iter.loc);
            if gen.is_async {
                self.op(Op::GET_AITER);
            } else {
                self.op(Op::GET_ITER);
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn sync_comprehension_generator(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let gen = &generators[gen_index];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        let mut looping = true;
        if gen_index > 0 {
            if let ExprKind::List { elts, .. } = &gen.iter.kind {
                if elts.len() == 1 && !matches!(elts[0].kind, ExprKind::Starred { .. }) {
                    self.expr(&elts[0])?;
                    looping = false;
                }
            }
        }
        if looping {
            self.comp_iter_source(gen, gen_index)?;
            depth += 1;
            self.bind(start);
            self.set_loc(gen.iter.loc);
            self.jump(Op::FOR_ITER, anchor);
        }
        self.store(&gen.target)?;
        for c in &gen.ifs {
            self.jump_if(c, if_cleanup, false)?;
        }
        if gen_index + 1 < generators.len() {
            self.comprehension_generator(e, generators, gen_index + 1, depth, elt, val, kind)?;
        } else {
            self.comp_element(elt, val, kind, depth)?;
        }
        self.bind(if_cleanup);
        if looping {
            self.set_loc(gen.iter.loc);
            self.jump(Op::JUMP_BACKWARD, start);
            self.bind(anchor);
        }
        Ok(())
    }

    fn comp_element(&mut self, elt: &'a Expr, val: Option<&'a Expr>, kind: CompKind, depth: u32) -> CResult {
        match kind {
            CompKind::Gen => {
                self.expr(elt)?;
                self.set_loc(elt.loc);
                if self.ste().is_coroutine {
                    self.op(Op::ASYNC_GEN_WRAP);
                }
                self.emit(Op::YIELD_VALUE, 0);
                self.op(Op::POP_TOP);
            }
            CompKind::List => {
                self.expr(elt)?;
                self.emit(Op::LIST_APPEND, depth + 1);
            }
            CompKind::Set => {
                self.expr(elt)?;
                self.emit(Op::SET_ADD, depth + 1);
            }
            CompKind::Dict => {
                self.expr(elt)?;
                if let Some(v) = val {
                    self.expr(v)?;
                }
                self.emit(Op::MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn async_comprehension_generator(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        gen_index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let gen = &generators[gen_index];
        let start = self.new_label();
        let except = self.new_label();
        let if_cleanup = self.new_label();
        self.comp_iter_source(gen, gen_index)?;
        self.bind(start);
        self.push_fblock(FKind::AsyncComprehensionGenerator, start, Label(0));
        self.pseudo(IOp::SetupFinally, except);
        self.op(Op::GET_ANEXT);
        self.load_const(Const::None);
        self.yield_from_loop(1);
        self.pop_block();
        self.store(&gen.target)?;
        for c in &gen.ifs {
            self.jump_if(c, if_cleanup, false)?;
        }
        depth += 1;
        if gen_index + 1 < generators.len() {
            self.comprehension_generator(e, generators, gen_index + 1, depth, elt, val, kind)?;
        } else {
            self.comp_element(elt, val, kind, depth)?;
        }
        self.bind(if_cleanup);
        self.jump(Op::JUMP_BACKWARD, start);
        self.pop_fblock();
        self.bind(except);
        self.op(Op::END_ASYNC_FOR);
        Ok(())
    }
}
