//! Statements: CPython 3.11's `compiler_visit_stmt` and its helpers (functions, classes,
//! loops, try/except/finally/except*, with, imports, assignment forms), and the unwinding of
//! the frame-block stack for `return`/`break`/`continue`.

use super::codegen::{const_of, const_truth, docstring, CResult, Compiler, FBlock, FKind, IOp, Label};
use super::symtable::FuncKind;
use super::CompileMode;
use crate::bytecode::code::Const;
use crate::bytecode::opcode::Op;
use crate::parser::ast::*;
use crate::syntax_error::SyntaxError;

/// CPython's STACK_USE_GUIDELINE: past this many items, sequences are built incrementally.
pub const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    pub fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// A module or class body: SETUP_ANNOTATIONS when needed, the docstring into `__doc__`.
    pub fn body(&mut self, body: &'a [Stmt]) -> CResult {
        if find_ann(body) {
            self.op(Op::SETUP_ANNOTATIONS);
        }
        let mut rest = body;
        if self.optimize < 2 {
            if let (Some(doc), Some(first)) = (docstring(body), body.first()) {
                self.set_loc(first.loc);
                self.load_const(Const::Str(doc.clone()));
                self.nameop(&"__doc__".into(), ExprContext::Store)?;
                rest = &body[1..];
            }
        }
        self.stmts(rest)
    }

    pub fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.guard()?;
        self.set_loc(s.loc);
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::FunctionDef { is_async, name, args, body, decorator_list, returns, .. } => {
                self.function_def(s, *is_async, name, args, body, decorator_list, returns.as_deref())
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list } => {
                self.class_def(s, name, bases, keywords, body, decorator_list)
            }
            StmtKind::Return { value } => self.return_stmt(value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::COPY, 1);
                    }
                    self.store(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign { target, annotation, value, simple } => self.ann_assign(s, target, annotation, value.as_deref(), *simple),
            StmtKind::For { is_async, target, iter, body, orelse, .. } => {
                if *is_async {
                    self.async_for(s, target, iter, body, orelse)
                } else {
                    self.for_stmt(target, iter, body, orelse)
                }
            }
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let next = if orelse.is_empty() { end } else { self.new_label() };
                self.jump_if(test, next, false)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump(Op::JUMP, end);
                    self.bind(next);
                    self.stmts(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::With { is_async, items, body, .. } => self.with_stmt(s, *is_async, items, 0, body),
            StmtKind::Match { subject, cases } => self.match_stmt(s, subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(s.loc);
                self.emit(Op::RAISE_VARARGS, n);
                Ok(())
            }
            StmtKind::Try { is_star, body, handlers, orelse, finalbody } => {
                if !finalbody.is_empty() {
                    self.try_finally(s, *is_star, body, handlers, orelse, finalbody)
                } else if *is_star {
                    self.try_star_except(s, body, handlers, orelse)
                } else {
                    self.try_except(s, body, handlers, orelse)
                }
            }
            StmtKind::Assert { test, msg } => {
                if self.optimize > 0 {
                    return Ok(());
                }
                let end = self.new_label();
                self.jump_if(test, end, true)?;
                // Where the failing assert reports itself: CPython 3.11's jump_if leaves the
                // position of a comparison (also under `not`) current, else the statement's.
                fn compare_loc(e: &crate::parser::ast::Expr) -> Option<crate::parser::ast::Loc> {
                    match &e.kind {
                        crate::parser::ast::ExprKind::Compare { .. } => Some(e.loc),
                        crate::parser::ast::ExprKind::UnaryOp { op: crate::parser::ast::UnaryOp::Not, operand } => compare_loc(operand),
                        _ => None,
                    }
                }
                let loc = compare_loc(test).unwrap_or(s.loc);
                self.set_loc(loc);
                self.op(Op::LOAD_ASSERTION_ERROR);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.set_loc(loc);
                    self.emit(Op::CALL, 1);
                }
                self.emit(Op::RAISE_VARARGS, 1);
                self.bind(end);
                Ok(())
            }
            StmtKind::Import { names } => {
                for a in names {
                    self.load_const(Const::Int(0.into()));
                    self.load_const(Const::None);
                    self.emit_import_name(&a.name);
                    if let Some(asname) = &a.asname {
                        let parts: Vec<&str> = a.name.split('.').collect();
                        if parts.len() > 1 {
                            for (k, attr) in parts[1..].iter().enumerate() {
                                let id: Identifier = (*attr).into();
                                let i = self.add_name(&id);
                                self.emit(Op::IMPORT_FROM, i);
                                if k + 2 < parts.len() {
                                    self.emit(Op::SWAP, 2);
                                    self.op(Op::POP_TOP);
                                }
                            }
                            self.nameop(asname, ExprContext::Store)?;
                            self.op(Op::POP_TOP);
                        } else {
                            self.nameop(asname, ExprContext::Store)?;
                        }
                    } else {
                        let first: Identifier = a.name.split('.').next().unwrap_or("").into();
                        self.nameop(&first, ExprContext::Store)?;
                    }
                }
                Ok(())
            }
            StmtKind::ImportFrom { module, names, level } => {
                if module.as_deref() == Some("__future__") && s.loc.lineno > self.future_lineno {
                    return Err(self.error("from __future__ imports must occur at the beginning of the file"));
                }
                self.load_const(Const::Int((*level).into()));
                let fromlist: Vec<Const> = names.iter().map(|a| Const::Str(a.name.as_str().into())).collect();
                self.load_const(Const::Tuple(fromlist));
                let m: Identifier = module.clone().unwrap_or_default();
                self.emit_import_name(&m);
                if names.len() == 1 && names[0].name.as_str() == "*" {
                    self.op(Op::IMPORT_STAR);
                    return Ok(());
                }
                for a in names {
                    let i = self.add_name(&a.name);
                    self.emit(Op::IMPORT_FROM, i);
                    let store = a.asname.as_ref().unwrap_or(&a.name);
                    self.nameop(store, ExprContext::Store)?;
                }
                self.op(Op::POP_TOP);
                Ok(())
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => {
                if self.mode == CompileMode::Single && self.units.len() == 1 {
                    self.expr(value)?;
                    self.op(Op::PRINT_EXPR);
                    return Ok(());
                }
                if let ExprKind::Constant { .. } = value.kind {
                    self.op(Op::NOP);
                    return Ok(());
                }
                self.expr(value)?;
                self.set_loc(s.loc);
                self.op(Op::POP_TOP);
                Ok(())
            }
            StmtKind::Pass => {
                self.op(Op::NOP);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(),
            StmtKind::Continue => self.continue_stmt(),
        }
    }

    fn emit_import_name(&mut self, name: &Identifier) {
        let i = self.add_name(name);
        self.emit(Op::IMPORT_NAME, i);
    }

    // ----- functions and classes -----

    fn check_debug_args(&self, args: &Arguments) -> CResult {
        let all = args.posonlyargs.iter().chain(&args.args).chain(args.vararg.as_deref()).chain(&args.kwonlyargs).chain(args.kwarg.as_deref());
        for a in all {
            if a.arg.as_str() == "__debug__" {
                return Err(self.error("cannot assign to __debug__"));
            }
        }
        Ok(())
    }

    /// Pushes defaults / kw-defaults; returns the MAKE_FUNCTION flags.
    fn default_arguments(&mut self, args: &'a Arguments) -> CResult<u32> {
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
        Ok(flags)
    }

    /// Pushes the elements as one tuple (a constant when they all are).
    pub fn tuple_of(&mut self, elts: &'a [Expr]) -> CResult {
        let consts: Option<Vec<Const>> = elts.iter().map(const_of).collect();
        if let Some(c) = consts {
            self.load_const(Const::Tuple(c));
            return Ok(());
        }
        for e in elts {
            self.expr(e)?;
        }
        self.emit(Op::BUILD_TUPLE, elts.len() as u32);
        Ok(())
    }

    fn annotation_value(&mut self, ann: &'a Expr) -> CResult {
        if self.future_annotations {
            let s = super::unparse::unparse(ann);
            self.load_const(Const::Str(s.as_str().into()));
            return Ok(());
        }
        if let ExprKind::Starred { value, .. } = &ann.kind {
            self.expr(value)?;
            self.emit(Op::UNPACK_SEQUENCE, 1);
            return Ok(());
        }
        self.expr(ann)
    }

    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut n = 0u32;
        let list = args.args.iter().chain(&args.posonlyargs).chain(args.vararg.as_deref()).chain(&args.kwonlyargs).chain(args.kwarg.as_deref());
        for a in list {
            if let Some(ann) = &a.annotation {
                let m = self.mangle(&a.arg);
                self.load_const(Const::Str(m.as_str().into()));
                self.annotation_value(ann)?;
                n += 2;
            }
        }
        if let Some(r) = returns {
            self.load_const(Const::Str("return".into()));
            self.annotation_value(r)?;
            n += 2;
        }
        if n > 0 {
            self.emit(Op::BUILD_TUPLE, n);
        }
        Ok(n > 0)
    }

    #[allow(clippy::too_many_arguments)]
    fn function_def(
        &mut self,
        s: &'a Stmt,
        is_async: bool,
        name: &'a Identifier,
        args: &'a Arguments,
        body: &'a [Stmt],
        decorators: &'a [Expr],
        returns: Option<&'a Expr>,
    ) -> CResult {
        self.check_debug_args(args)?;
        if name.as_str() == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        for d in decorators {
            self.expr(d)?;
        }
        let firstlineno = decorators.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        self.set_loc(s.loc);
        let mut flags = self.default_arguments(args)?;
        if self.annotations(args, returns)? {
            flags |= 4;
        }
        let Some(scope) = self.st.scope_for(s) else {
            return Err(self.error("internal compiler error: no scope for function"));
        };
        let private = self.ur().private.clone();
        self.enter_unit(scope, name.clone(), firstlineno, private);
        let _ = is_async;
        self.u().keep_first_const = true;
        let doc = if self.optimize < 2 { docstring(body) } else { None };
        match doc {
            Some(d) => self.add_const(Const::Str(d.clone())),
            None => self.add_const(Const::None),
        };
        {
            let u = self.u();
            u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            u.posonlyargcount = args.posonlyargs.len() as u32;
            u.kwonlyargcount = args.kwonlyargs.len() as u32;
        }
        let start = if doc.is_some() { 1 } else { 0 };
        self.stmts(&body[start..])?;
        let code = self.leave_unit()?;
        self.set_loc(s.loc);
        self.make_closure(code, flags)?;
        for d in decorators.iter().rev() {
            // A decorator's call is reported at the decorator (CPython 3.11).
            self.set_loc(d.loc);
            self.emit(Op::CALL, 1);
        }
        self.nameop(name, ExprContext::Store)
    }

    fn class_def(
        &mut self,
        s: &'a Stmt,
        name: &'a Identifier,
        bases: &'a [Expr],
        keywords: &'a [Keyword],
        body: &'a [Stmt],
        decorators: &'a [Expr],
    ) -> CResult {
        if name.as_str() == "__debug__" {
            return Err(self.error("cannot assign to __debug__"));
        }
        for d in decorators {
            self.expr(d)?;
        }
        let firstlineno = decorators.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        let Some(scope) = self.st.scope_for(s) else {
            return Err(self.error("internal compiler error: no scope for class"));
        };
        self.enter_unit(scope, name.clone(), firstlineno, Some(name.clone()));
        self.set_loc(s.loc);
        self.nameop(&"__name__".into(), ExprContext::Load)?;
        self.nameop(&"__module__".into(), ExprContext::Store)?;
        let q = self.ur().qualname.clone();
        self.load_const(Const::Str(q.as_str().into()));
        self.nameop(&"__qualname__".into(), ExprContext::Store)?;
        self.body(body)?;
        self.set_loc(s.loc);
        if self.ste().needs_class_closure {
            let Some(i) = self.ur().deref_index("__class__") else {
                return Err(self.error("internal compiler error: no __class__ cell"));
            };
            self.emit_noline(Op::LOAD_CLOSURE, i);
            self.emit_noline(Op::COPY, 1);
            let n = self.add_name(&"__classcell__".into());
            self.emit_noline(Op::STORE_NAME, n);
            self.emit_noline(Op::RETURN_VALUE, 0);
        }
        let code = self.leave_unit()?;
        self.set_loc(s.loc);
        self.op(Op::LOAD_BUILD_CLASS);
        self.make_closure(code, 0)?;
        self.load_const(Const::Str(name.as_str().into()));
        self.call_helper(2, bases, keywords)?;
        self.set_loc(s.loc);
        for d in decorators.iter().rev() {
            // A decorator's call is reported at the decorator (CPython 3.11).
            self.set_loc(d.loc);
            self.emit(Op::CALL, 1);
        }
        self.nameop(name, ExprContext::Store)
    }

    // ----- return / break / continue -----

    fn return_stmt(&mut self, value: Option<&'a Expr>) -> CResult {
        let ste = self.ste();
        if !ste.is_function_like() || matches!(ste.func_kind, FuncKind::NotFunction) {
            return Err(self.error("'return' outside function"));
        }
        if value.is_some() && ste.is_coroutine && ste.is_generator {
            return Err(self.error("'return' with value in async generator"));
        }
        let cst = value.and_then(const_of);
        let preserve = value.is_some() && cst.is_none();
        if preserve {
            if let Some(v) = value {
                self.expr(v)?;
            }
        }
        let saved = self.ur().loc;
        self.unwind_fblock_stack(preserve, false)?;
        self.u().loc = saved;
        if preserve {
            self.op(Op::RETURN_VALUE);
        } else {
            let i = self.add_const(cst.unwrap_or(Const::None));
            self.emit(Op::RETURN_CONST, i);
        }
        Ok(())
    }

    fn break_stmt(&mut self) -> CResult {
        let saved = self.ur().loc;
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = saved;
            return Err(self.error("'break' outside loop"));
        };
        self.unwind_fblock(&lp, false)?;
        self.u().loc = saved;
        self.jump(Op::JUMP, lp.exit);
        Ok(())
    }

    fn continue_stmt(&mut self) -> CResult {
        let saved = self.ur().loc;
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = saved;
            return Err(self.error("'continue' not properly in loop"));
        };
        self.u().loc = saved;
        self.jump(Op::JUMP_BACKWARD, lp.start);
        Ok(())
    }

    /// Runs the exit code of every frame block up to (not including) the innermost loop when
    /// `loop_out`, else all of them; returns the loop block.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, loop_out: bool) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().cloned() else { return Ok(None) };
        if top.kind == FKind::ExceptionGroupHandler {
            return Err(self.error("'break', 'continue' and 'return' cannot appear in an except* block"));
        }
        if loop_out && matches!(top.kind, FKind::WhileLoop | FKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self.unwind_fblock(&top, preserve_tos).and_then(|_| self.unwind_fblock_stack(preserve_tos, loop_out));
        self.u().fblocks.push(top);
        r
    }

    fn unwind_fblock(&mut self, b: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match b.kind {
            FKind::WhileLoop | FKind::ExceptionHandler | FKind::ExceptionGroupHandler | FKind::AsyncComprehensionGenerator => {}
            FKind::ForLoop => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.op(Op::POP_TOP);
            }
            FKind::TryExcept => self.pop_block(),
            FKind::FinallyTry => {
                self.pop_block();
                if preserve_tos {
                    self.push_fblock(FKind::PopValue, Label(0), Label(0));
                }
                self.stmts(b.finalbody)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.op(Op::POP_TOP);
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.pop_block();
                self.op(Op::POP_EXCEPT);
            }
            FKind::With | FKind::AsyncWith => {
                self.set_loc(b.loc);
                self.pop_block();
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.call_exit_with_nones();
                if b.kind == FKind::AsyncWith {
                    self.emit(Op::GET_AWAITABLE, 2);
                    self.load_const(Const::None);
                    self.yield_from_loop(1);
                }
                self.op(Op::POP_TOP);
            }
            FKind::HandlerCleanup => {
                if b.name.is_some() {
                    self.pop_block();
                }
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.pop_block();
                self.op(Op::POP_EXCEPT);
                if let Some(n) = &b.name {
                    self.load_const(Const::None);
                    self.nameop(n, ExprContext::Store)?;
                    self.nameop(n, ExprContext::Del)?;
                }
            }
            FKind::PopValue => {
                if preserve_tos {
                    self.emit(Op::SWAP, 2);
                }
                self.op(Op::POP_TOP);
            }
        }
        Ok(())
    }

    fn call_exit_with_nones(&mut self) {
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.load_const(Const::None);
        self.emit(Op::CALL, 3);
    }

    /// The SEND/YIELD_VALUE loop of `yield from` and `await`: `[receiver, value]` -> `[result]`.
    /// YIELD_VALUE's argument is 1 here (a delegated yield), 0 for a plain `yield`.
    pub fn yield_from_loop(&mut self, _is_await: u32) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.jump(Op::SEND, exit);
        self.emit(Op::YIELD_VALUE, 1);
        self.jump(Op::JUMP_BACKWARD, start);
        self.bind(exit);
    }

    // ----- loops -----

    fn for_stmt(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.iter_expr(iter)?;
        self.op(Op::GET_ITER);
        self.bind(start);
        self.push_fblock(FKind::ForLoop, start, end);
        self.jump(Op::FOR_ITER, cleanup);
        self.store(target)?;
        self.stmts(body)?;
        self.set_loc(iter.loc);
        self.jump(Op::JUMP_BACKWARD, start);
        self.pop_fblock();
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// The iterable of a `for`: a list or set display of constants becomes a constant tuple /
    /// frozenset (ast_opt.c's fold_iter); a list display becomes a tuple.
    fn iter_expr(&mut self, iter: &'a Expr) -> CResult {
        match &iter.kind {
            ExprKind::List { elts, ctx: ExprContext::Load } if !elts.iter().any(|e| matches!(e.kind, ExprKind::Starred { .. })) => {
                self.set_loc(iter.loc);
                self.tuple_of(elts)
            }
            ExprKind::Set { elts } => {
                if let Some(c) = elts.iter().map(const_of).collect::<Option<Vec<Const>>>() {
                    self.set_loc(iter.loc);
                    self.load_const(Const::FrozenSet(c));
                    Ok(())
                } else {
                    self.expr(iter)
                }
            }
            _ => self.expr(iter),
        }
    }

    fn async_for(&mut self, s: &'a Stmt, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        if !self.ste().is_async_def {
            return Err(self.error("'async for' outside async function"));
        }
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.set_loc(s.loc);
        self.op(Op::GET_AITER);
        self.bind(start);
        self.push_fblock(FKind::ForLoop, start, end);
        self.pseudo(IOp::SetupFinally, except);
        self.op(Op::GET_ANEXT);
        self.load_const(Const::None);
        self.yield_from_loop(1);
        self.pop_block();
        self.store(target)?;
        self.stmts(body)?;
        self.set_loc(s.loc);
        self.jump(Op::JUMP_BACKWARD, start);
        self.pop_fblock();
        self.bind(except);
        self.op(Op::END_ASYNC_FOR);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let lp = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(lp);
        self.push_fblock(FKind::WhileLoop, lp, end);
        self.jump_if(test, anchor, false)?;
        self.stmts(body)?;
        self.set_loc(test.loc);
        self.jump(Op::JUMP_BACKWARD, lp);
        self.pop_fblock();
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    // ----- try -----

    fn try_except(&mut self, _s: &'a Stmt, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> CResult {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.set_loc(_s.loc);
        self.op(Op::NOP); // the `try:` line (CPython's SETUP_FINALLY becomes this NOP)
        self.pseudo(IOp::SetupFinally, except);
        self.push_fblock(FKind::TryExcept, except, Label(0));
        self.stmts(body)?;
        self.pop_fblock();
        self.u().loc = Default::default();
        self.pop_block();
        self.stmts(orelse)?;
        self.u().loc = Default::default();
        self.jump(Op::JUMP, end);
        self.bind(except);
        self.pseudo(IOp::SetupCleanup, cleanup);
        self.op(Op::PUSH_EXC_INFO);
        self.push_fblock(FKind::ExceptionHandler, Label(0), Label(0));
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.loc);
            if h.type_.is_none() && i + 1 < n {
                return Err(self.error("default 'except:' must be last"));
            }
            let next = self.new_label();
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.set_loc(h.loc);
                self.op(Op::CHECK_EXC_MATCH);
                self.jump(Op::POP_JUMP_IF_FALSE, next);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_label();
                self.nameop(name, ExprContext::Store)?;
                self.pseudo(IOp::SetupCleanup, cleanup_end);
                self.push_fblock_full(FBlock {
                    kind: FKind::HandlerCleanup,
                    start: Label(0),
                    exit: Label(0),
                    finalbody: &[],
                    name: Some(name.clone()),
                    loc: h.loc,
                });
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.u().loc = Default::default();
                self.pop_block();
                self.pop_block();
                self.op(Op::POP_EXCEPT);
                self.load_const(Const::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.jump(Op::JUMP, end);
                self.bind(cleanup_end);
                self.load_const(Const::None);
                self.nameop(name, ExprContext::Store)?;
                self.nameop(name, ExprContext::Del)?;
                self.emit(Op::RERAISE, 1);
            } else {
                self.op(Op::POP_TOP);
                self.push_fblock_full(FBlock {
                    kind: FKind::HandlerCleanup,
                    start: Label(0),
                    exit: Label(0),
                    finalbody: &[],
                    name: None,
                    loc: h.loc,
                });
                self.stmts(&h.body)?;
                self.pop_fblock();
                self.u().loc = Default::default();
                self.pop_block();
                self.op(Op::POP_EXCEPT);
                self.jump(Op::JUMP, end);
            }
            self.bind(next);
        }
        self.pop_fblock();
        self.u().loc = Default::default();
        self.emit(Op::RERAISE, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    fn pop_except_and_reraise(&mut self) {
        self.emit(Op::COPY, 3);
        self.op(Op::POP_EXCEPT);
        self.emit(Op::RERAISE, 1);
    }

    fn try_finally(
        &mut self,
        s: &'a Stmt,
        is_star: bool,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        let body_label = self.new_label();
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.bind(body_label);
        self.set_loc(s.loc);
        self.op(Op::NOP);
        self.pseudo(IOp::SetupFinally, end);
        self.push_fblock_full(FBlock { kind: FKind::FinallyTry, start: body_label, exit: end, finalbody, name: None, loc: s.loc });
        if handlers.is_empty() {
            self.stmts(body)?;
        } else if is_star {
            self.try_star_except(s, body, handlers, orelse)?;
        } else {
            self.try_except(s, body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.u().loc = Default::default();
        self.pop_block();
        self.stmts(finalbody)?;
        self.u().loc = Default::default();
        self.jump(Op::JUMP, exit);
        // The exceptional path.
        self.bind(end);
        self.pseudo(IOp::SetupCleanup, cleanup);
        self.op(Op::PUSH_EXC_INFO);
        self.push_fblock(FKind::FinallyEnd, end, Label(0));
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.u().loc = Default::default();
        self.emit(Op::RERAISE, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn try_star_except(&mut self, _s: &'a Stmt, body: &'a [Stmt], handlers: &'a [ExceptHandler], orelse: &'a [Stmt]) -> CResult {
        let except = self.new_label();
        let orelse_l = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();
        self.set_loc(_s.loc);
        self.op(Op::NOP);
        self.pseudo(IOp::SetupFinally, except);
        self.push_fblock(FKind::TryExcept, except, Label(0));
        self.stmts(body)?;
        self.pop_fblock();
        self.u().loc = Default::default();
        self.pop_block();
        self.jump(Op::JUMP, orelse_l);
        self.bind(except);
        self.pseudo(IOp::SetupCleanup, cleanup);
        self.op(Op::PUSH_EXC_INFO);
        self.push_fblock(FKind::ExceptionGroupHandler, Label(0), Label(0));
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.loc);
            let next = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                // [prev, exc] -> [prev, orig, [], rest]
                self.emit(Op::COPY, 1);
                self.emit(Op::BUILD_LIST, 0);
                self.emit(Op::SWAP, 2);
            }
            if let Some(t) = &h.type_ {
                self.expr(t)?;
                self.set_loc(h.loc);
                self.op(Op::CHECK_EG_MATCH);
                self.emit(Op::COPY, 1);
                self.jump(Op::POP_JUMP_IF_NONE, no_match);
            }
            let cleanup_end = self.new_label();
            match &h.name {
                Some(n) => self.nameop(n, ExprContext::Store)?,
                None => self.op(Op::POP_TOP),
            }
            self.pseudo(IOp::SetupCleanup, cleanup_end);
            self.push_fblock_full(FBlock {
                kind: FKind::HandlerCleanup,
                start: Label(0),
                exit: Label(0),
                finalbody: &[],
                name: h.name.clone(),
                loc: h.loc,
            });
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.u().loc = Default::default();
            self.pop_block();
            if let Some(n) = &h.name {
                self.load_const(Const::None);
                self.nameop(n, ExprContext::Store)?;
                self.nameop(n, ExprContext::Del)?;
            }
            self.jump(Op::JUMP, next);
            self.bind(cleanup_end);
            if let Some(n) = &h.name {
                self.load_const(Const::None);
                self.nameop(n, ExprContext::Store)?;
                self.nameop(n, ExprContext::Del)?;
            }
            // [prev, orig, list, rest, lasti, raised] -> append raised, drop lasti
            self.emit(Op::LIST_APPEND, 3);
            self.op(Op::POP_TOP);
            self.jump(Op::JUMP, next);
            self.bind(no_match);
            self.op(Op::POP_TOP);
            self.bind(next);
        }
        self.pop_fblock();
        self.u().loc = Default::default();
        // [prev, orig, list, rest] -> the unhandled rest joins the list.
        self.emit(Op::LIST_APPEND, 1);
        self.bind(reraise_star);
        let reraise = self.new_label();
        self.op(Op::PREP_RERAISE_STAR);
        self.emit(Op::COPY, 1);
        self.jump(Op::POP_JUMP_IF_NOT_NONE, reraise);
        self.op(Op::POP_TOP);
        self.pop_block();
        self.op(Op::POP_EXCEPT);
        self.jump(Op::JUMP, end);
        self.bind(reraise);
        self.pop_block();
        self.emit(Op::SWAP, 2);
        self.op(Op::POP_EXCEPT);
        self.emit(Op::RERAISE, 0);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(orelse_l);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    // ----- with -----

    fn with_stmt(&mut self, s: &'a Stmt, is_async: bool, items: &'a [WithItem], pos: usize, body: &'a [Stmt]) -> CResult {
        if is_async && !self.ste().is_async_def {
            return Err(self.error("'async with' outside async function"));
        }
        let Some(item) = items.get(pos) else { return self.stmts(body) };
        let final_l = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.expr(&item.context_expr)?;
        self.set_loc(s.loc);
        if is_async {
            self.op(Op::BEFORE_ASYNC_WITH);
            self.emit(Op::GET_AWAITABLE, 1);
            self.load_const(Const::None);
            self.yield_from_loop(1);
        } else {
            self.op(Op::BEFORE_WITH);
        }
        self.pseudo(IOp::SetupWith, final_l);
        self.push_fblock_full(FBlock {
            kind: if is_async { FKind::AsyncWith } else { FKind::With },
            start: Label(0),
            exit: Label(0),
            finalbody: &[],
            name: None,
            loc: s.loc,
        });
        match &item.optional_vars {
            Some(v) => self.store(v)?,
            None => self.op(Op::POP_TOP),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, is_async, items, pos + 1, body)?;
        }
        self.pop_fblock();
        self.set_loc(s.loc);
        self.pop_block();
        self.call_exit_with_nones();
        if is_async {
            self.emit(Op::GET_AWAITABLE, 2);
            self.load_const(Const::None);
            self.yield_from_loop(1);
        }
        self.op(Op::POP_TOP);
        self.jump(Op::JUMP, exit);
        // Exceptional exit: [exit_func, lasti, exc].
        self.bind(final_l);
        self.pseudo(IOp::SetupCleanup, cleanup);
        self.op(Op::PUSH_EXC_INFO);
        self.op(Op::WITH_EXCEPT_START);
        if is_async {
            self.emit(Op::GET_AWAITABLE, 2);
            self.load_const(Const::None);
            self.yield_from_loop(1);
        }
        let suppress = self.new_label();
        self.jump(Op::POP_JUMP_IF_TRUE, suppress);
        self.emit(Op::RERAISE, 2);
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(suppress);
        self.op(Op::POP_TOP);
        self.pop_block();
        self.op(Op::POP_EXCEPT);
        self.op(Op::POP_TOP);
        self.op(Op::POP_TOP);
        self.bind(exit);
        Ok(())
    }

    // ----- assignment forms -----

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult {
        let oparg = super::expr::binop_arg(op) + 13;
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.set_loc(target.loc);
                self.nameop(id, ExprContext::Load)?;
                self.expr(value)?;
                self.set_loc(target.loc.to(value.loc));
                self.emit(Op::BINARY_OP, oparg);
                self.set_loc(target.loc);
                self.nameop(id, ExprContext::Store)
            }
            ExprKind::Attribute { value: obj, attr, .. } => {
                self.expr(obj)?;
                self.set_loc(target.loc);
                self.emit(Op::COPY, 1);
                self.emit_name(Op::LOAD_ATTR, attr);
                self.expr(value)?;
                self.set_loc(target.loc.to(value.loc));
                self.emit(Op::BINARY_OP, oparg);
                self.set_loc(target.loc);
                self.emit(Op::SWAP, 2);
                self.emit_name(Op::STORE_ATTR, attr);
                Ok(())
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.set_loc(target.loc);
                self.emit(Op::COPY, 2);
                self.emit(Op::COPY, 2);
                self.op(Op::BINARY_SUBSCR);
                self.expr(value)?;
                self.set_loc(target.loc.to(value.loc));
                self.emit(Op::BINARY_OP, oparg);
                self.set_loc(target.loc);
                self.emit(Op::SWAP, 3);
                self.emit(Op::SWAP, 2);
                self.op(Op::STORE_SUBSCR);
                Ok(())
            }
            _ => Err(self.error("invalid node type for augmented assignment")),
        }
    }

    fn ann_assign(&mut self, s: &'a Stmt, target: &'a Expr, annotation: &'a Expr, value: Option<&'a Expr>, simple: bool) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.store(target)?;
        }
        let module_or_class = !self.ste().is_function_like();
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if id.as_str() == "__debug__" {
                    self.set_loc(target.loc);
                    return Err(self.error("cannot assign to __debug__"));
                }
                if simple && module_or_class {
                    self.set_loc(s.loc);
                    self.annotation_value(annotation)?;
                    self.set_loc(s.loc);
                    let n = self.add_name(&"__annotations__".into());
                    self.emit(Op::LOAD_NAME, n);
                    let m = self.mangle(id);
                    self.load_const(Const::Str(m.as_str().into()));
                    self.op(Op::STORE_SUBSCR);
                }
                return Ok(());
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.op(Op::POP_TOP);
                }
            }
            ExprKind::Subscript { value: obj, slice, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.op(Op::POP_TOP);
                    self.check_ann_subscr(slice)?;
                }
            }
            _ => return Err(self.error("invalid node type for annotated assignment")),
        }
        if !simple && module_or_class && !self.future_annotations {
            self.expr(annotation)?;
            self.op(Op::POP_TOP);
        }
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                    self.op(Op::POP_TOP);
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.check_ann_subscr(x)?;
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                self.op(Op::POP_TOP);
                Ok(())
            }
        }
    }

    fn delete(&mut self, t: &'a Expr) -> CResult {
        self.set_loc(t.loc);
        match &t.kind {
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_loc(t.loc);
                self.emit_name(Op::DELETE_ATTR, attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.loc);
                self.op(Op::DELETE_SUBSCR);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete(e)?;
                }
                Ok(())
            }
            _ => Err(self.error("invalid node type for del")),
        }
    }

    /// Stores TOS into an assignment target.
    pub fn store(&mut self, t: &'a Expr) -> CResult {
        self.guard()?;
        let r = self.store_inner(t);
        self.depth -= 1;
        r
    }

    fn store_inner(&mut self, t: &'a Expr) -> CResult {
        self.set_loc(t.loc);
        match &t.kind {
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                self.set_loc(t.loc);
                self.emit_name(Op::STORE_ATTR, attr);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.loc);
                self.op(Op::STORE_SUBSCR);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack_helper(elts)?;
                for e in elts {
                    let e = match &e.kind {
                        ExprKind::Starred { value, .. } => value.as_ref(),
                        _ => e,
                    };
                    self.store(e)?;
                }
                Ok(())
            }
            ExprKind::Starred { .. } => Err(self.error("starred assignment target must be in a list or tuple")),
            _ => Err(self.error("cannot assign to expression")),
        }
    }

    fn unpack_helper(&mut self, elts: &'a [Expr]) -> CResult {
        let n = elts.len();
        let mut seen_star = false;
        for (i, e) in elts.iter().enumerate() {
            if matches!(e.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return Err(self.error("multiple starred expressions in assignment"));
                }
                if i >= (1 << 8) || n - i - 1 >= (i32::MAX as usize >> 8) {
                    return Err(self.error("too many expressions in star-unpacking assignment"));
                }
                self.emit(Op::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Op::UNPACK_SEQUENCE, n as u32);
        }
        Ok(())
    }
}

/// Whether a body has a variable annotation outside nested functions and classes
/// (then it needs `__annotations__`).
pub fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. } | StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            find_ann(body) || find_ann(orelse)
        }
        StmtKind::With { body, .. } => find_ann(body),
        StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
            find_ann(body) || find_ann(orelse) || find_ann(finalbody) || handlers.iter().any(|h| find_ann(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

pub fn unused(_: SyntaxError) {}

#[allow(dead_code)]
fn truth(c: &Const) -> bool {
    const_truth(c)
}
