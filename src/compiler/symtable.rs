//! Symbol tables: which names each scope binds, and whether a name is local, global (declared
//! or implicit), free or a cell. Modelled on CPython 3.11's Python/symtable.c: one pass over the
//! tree records how each scope uses each name, a second pass (`analyze`) resolves scopes from
//! the module down, passing the names bound in enclosing functions and the declared globals.
//!
//! Scopes are keyed by the address of the node that opens them (`FunctionDef`/`ClassDef`
//! statement, `Lambda`/comprehension expression); the compiler walks the same tree, so the
//! addresses match.

use crate::parser::ast::*;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use std::collections::{HashMap, HashSet};

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name lives, as CPython's `_PyST_GetScope`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockType {
    Module,
    Class,
    /// Functions, lambdas and comprehensions.
    Function,
}

/// What kind of function-like block (for error messages and code generation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncKind {
    NotFunction,
    Function,
    Lambda,
    ListComp,
    SetComp,
    DictComp,
    GenExpr,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub name: Identifier,
    pub flags: u32,
    pub scope: Scope,
}

#[derive(Clone, Debug)]
pub struct ScopeEntry {
    pub block: BlockType,
    pub func_kind: FuncKind,
    pub name: Identifier,
    pub symbols: Vec<Symbol>,
    index: HashMap<Identifier, usize>,
    /// Parameter names in signature order (CPython's `ste_varnames`).
    pub varnames: Vec<Identifier>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub is_async_def: bool,
    pub needs_class_closure: bool,
    /// Nested inside a function (CPython's `ste_nested`).
    pub nested: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// Where each global/nonlocal directive appeared (first one per name).
    directives: HashMap<Identifier, Loc>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    pub loc: Loc,
}

impl ScopeEntry {
    fn new(block: BlockType, func_kind: FuncKind, name: Identifier, parent: Option<usize>, loc: Loc) -> ScopeEntry {
        ScopeEntry {
            block,
            func_kind,
            name,
            symbols: Vec::new(),
            index: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            parent,
            is_generator: false,
            is_coroutine: false,
            is_async_def: false,
            needs_class_closure: false,
            nested: false,
            has_varargs: false,
            has_varkeywords: false,
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
            loc,
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i])
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of `name`; `None` for a name the block never mentions.
    pub fn scope_of(&self, name: &str) -> Option<Scope> {
        self.lookup(name).map(|s| s.scope)
    }

    pub fn is_function_like(&self) -> bool {
        self.block == BlockType::Function
    }

    fn add_flags(&mut self, name: &Identifier, flags: u32) -> u32 {
        match self.index.get(name) {
            Some(&i) => {
                let old = self.symbols[i].flags;
                self.symbols[i].flags |= flags;
                old
            }
            None => {
                self.index.insert(name.clone(), self.symbols.len());
                self.symbols.push(Symbol { name: name.clone(), flags, scope: Scope::GlobalImplicit });
                0
            }
        }
    }
}

/// All scopes of one module; scope 0 is the module.
#[derive(Debug, Default)]
pub struct SymbolTable {
    pub scopes: Vec<ScopeEntry>,
    pub by_node: HashMap<usize, usize>,
    pub future_annotations: bool,
}

impl SymbolTable {
    pub fn scope_for<T>(&self, node: &T) -> Option<usize> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
}

/// CPython's `_Py_Mangle`: `__spam` inside class `Ham` is `_Ham__spam`.
pub fn mangle(private: Option<&str>, name: &str) -> Option<Identifier> {
    let p = private?;
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return None;
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    let mut s = Identifier::with_capacity(1 + stripped.len() + name.len());
    s.push('_');
    s.push_str(stripped);
    s.push_str(name);
    Some(s)
}

/// A SyntaxError at `loc` (columns are UTF-8 byte offsets, 1-based; `compile_source` turns them
/// into characters and adds the text).
pub fn error_at(msg: impl Into<String>, loc: Loc) -> SyntaxError {
    let mut e = SyntaxError::new(SyntaxErrorKind::SyntaxError, msg);
    e.lineno = loc.lineno;
    e.offset = loc.col_offset + 1;
    e.end_lineno = loc.end_lineno;
    e.end_offset = loc.end_col_offset + 1;
    e
}

struct Builder {
    st: SymbolTable,
    cur: usize,
    stack: Vec<usize>,
    private: Vec<Option<Identifier>>,
    depth: u32,
}

const MAX_DEPTH: u32 = 2000;

/// Builds the symbol table of `m` (already constant-folded). `future_annotations` is set when
/// the module has `from __future__ import annotations` (annotations are then not evaluated).
pub fn build(m: &Mod, future_annotations: bool) -> Result<SymbolTable, SyntaxError> {
    let top = ScopeEntry::new(BlockType::Module, FuncKind::NotFunction, "top".into(), None, Loc::new(0, 0, 0, 0));
    let mut b = Builder {
        st: SymbolTable { scopes: vec![top], by_node: HashMap::new(), future_annotations },
        cur: 0,
        stack: vec![0],
        private: vec![None],
        depth: 0,
    };
    match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => b.stmts(body)?,
        Mod::Expression { body } => b.expr(body)?,
        Mod::FunctionType { argtypes, returns } => {
            for a in argtypes {
                b.expr(a)?;
            }
            b.expr(returns)?;
        }
    }
    let mut st = b.st;
    analyze(&mut st)?;
    Ok(st)
}

impl Builder {
    fn ste(&mut self) -> &mut ScopeEntry {
        &mut self.st.scopes[self.cur]
    }

    fn mangled(&self, name: &Identifier) -> Identifier {
        let p = self.private.last().and_then(|p| p.as_deref());
        mangle(p, name).unwrap_or_else(|| name.clone())
    }

    fn enter(&mut self, block: BlockType, kind: FuncKind, name: Identifier, key: usize, loc: Loc) {
        let parent = self.cur;
        let id = self.st.scopes.len();
        let mut e = ScopeEntry::new(block, kind, name, Some(parent), loc);
        let p = &self.st.scopes[parent];
        e.nested = p.block == BlockType::Function || p.nested;
        self.st.scopes.push(e);
        self.st.scopes[parent].children.push(id);
        self.st.by_node.insert(key, id);
        self.stack.push(id);
        self.cur = id;
    }

    fn leave(&mut self) {
        self.stack.pop();
        self.cur = *self.stack.last().unwrap_or(&0);
    }

    fn add_def(&mut self, name: &Identifier, flag: u32, loc: Loc) -> Result<(), SyntaxError> {
        let cur = self.cur;
        self.add_def_in(name, flag, cur, loc)
    }

    fn add_def_in(&mut self, name: &Identifier, flag: u32, scope: usize, loc: Loc) -> Result<(), SyntaxError> {
        let m = self.mangled(name);
        let ste = &mut self.st.scopes[scope];
        let old = ste.flags(&m);
        if flag & DEF_PARAM != 0 && old & DEF_PARAM != 0 {
            return Err(error_at(format!("duplicate argument '{m}' in function definition"), loc));
        }
        if ste.comp_iter_target && old & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
            return Err(error_at(format!("comprehension inner loop cannot rebind assignment expression target '{m}'"), loc));
        }
        let mut f = flag;
        if ste.comp_iter_target {
            f |= DEF_COMP_ITER;
        }
        ste.add_flags(&m, f);
        if flag & DEF_PARAM != 0 {
            ste.varnames.push(m.clone());
        }
        if flag & DEF_GLOBAL != 0 {
            // Names declared global anywhere are known module-level bindings.
            self.st.scopes[0].add_flags(&m, flag);
        }
        Ok(())
    }

    fn guard(&mut self) -> Result<(), SyntaxError> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let mut e = SyntaxError::new(SyntaxErrorKind::SyntaxError, "too many nested blocks");
            e.kind = SyntaxErrorKind::MemoryError;
            return Err(e);
        }
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), SyntaxError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        self.guard()?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Result<(), SyntaxError> {
        match &s.kind {
            StmtKind::FunctionDef { is_async, name, args, body, decorator_list, returns, .. } => {
                self.add_def(name, DEF_LOCAL, s.loc)?;
                self.defaults(args)?;
                self.annotations(args, returns.as_deref())?;
                for d in decorator_list {
                    self.expr(d)?;
                }
                self.enter(BlockType::Function, FuncKind::Function, name.clone(), s as *const Stmt as usize, s.loc);
                if *is_async {
                    let ste = self.ste();
                    ste.is_coroutine = true;
                    ste.is_async_def = true;
                }
                self.params(args)?;
                self.stmts(body)?;
                self.leave();
            }
            StmtKind::ClassDef { name, bases, keywords, body, decorator_list } => {
                self.add_def(name, DEF_LOCAL, s.loc)?;
                for b in bases {
                    self.expr(b)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                for d in decorator_list {
                    self.expr(d)?;
                }
                self.enter(BlockType::Class, FuncKind::NotFunction, name.clone(), s as *const Stmt as usize, s.loc);
                self.private.push(Some(name.clone()));
                self.stmts(body)?;
                self.private.pop();
                self.leave();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.expr(t)?;
                }
            }
            StmtKind::Assign { targets, value, .. } => {
                for t in targets {
                    self.expr(t)?;
                }
                self.expr(value)?;
            }
            StmtKind::AnnAssign { target, annotation, value, simple } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let m = self.mangled(id);
                    let cur = self.st.scopes[self.cur].flags(&m);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur != 0 && *simple {
                        let what = if cur & DEF_GLOBAL != 0 { "global" } else { "nonlocal" };
                        return Err(error_at(format!("annotated name '{id}' can't be {what}"), s.loc));
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::For { target, iter, body, orelse, .. } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try { body, handlers, orelse, finalbody, .. } => {
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    if let Some(t) = &h.type_ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import { names } => {
                for a in names {
                    self.import_alias(a, s.loc)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.import_alias(a, s.loc)?;
                }
            }
            StmtKind::Global { names } => {
                for n in names {
                    let m = self.mangled(n);
                    let cur = self.st.scopes[self.cur].flags(&m);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{n}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{n}' can't be global")
                        } else {
                            format!("name '{n}' is assigned to before global declaration")
                        };
                        return Err(error_at(msg, s.loc));
                    }
                    self.add_def(n, DEF_GLOBAL, s.loc)?;
                    self.ste().directives.entry(m).or_insert(s.loc);
                }
            }
            StmtKind::Nonlocal { names } => {
                for n in names {
                    let m = self.mangled(n);
                    let cur = self.st.scopes[self.cur].flags(&m);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{n}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{n}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{n}' can't be nonlocal")
                        } else {
                            format!("name '{n}' is assigned to before nonlocal declaration")
                        };
                        return Err(error_at(msg, s.loc));
                    }
                    if self.cur == 0 {
                        return Err(error_at("nonlocal declaration not allowed at module level", s.loc));
                    }
                    self.add_def(n, DEF_NONLOCAL, s.loc)?;
                    self.ste().directives.entry(m).or_insert(s.loc);
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn import_alias(&mut self, a: &Alias, stmt_loc: Loc) -> Result<(), SyntaxError> {
        if a.name.as_str() == "*" {
            if self.cur != 0 {
                return Err(error_at("import * only allowed at module level", stmt_loc));
            }
            return Ok(());
        }
        let stored: Identifier = match &a.asname {
            Some(n) => n.clone(),
            None => a.name.split('.').next().unwrap_or("").into(),
        };
        self.add_def(&stored, DEF_IMPORT, a.loc)
    }

    fn defaults(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        Ok(())
    }

    fn annotation(&mut self, a: &Expr) -> Result<(), SyntaxError> {
        if self.st.future_annotations {
            // Not evaluated, but CPython still rejects these in its annotation block.
            if let Some((what, loc)) = forbidden_in_annotation(a, 0) {
                return Err(error_at(format!("'{what}' can not be used within an annotation"), loc));
            }
            return Ok(());
        }
        self.expr(a)
    }

    fn annotations(&mut self, args: &Arguments, returns: Option<&Expr>) -> Result<(), SyntaxError> {
        let all = args.posonlyargs.iter().chain(&args.args).chain(args.vararg.as_deref()).chain(&args.kwonlyargs).chain(args.kwarg.as_deref());
        for a in all {
            if let Some(an) = &a.annotation {
                self.annotation(an)?;
            }
        }
        if let Some(r) = returns {
            self.annotation(r)?;
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) -> Result<(), SyntaxError> {
        for a in args.posonlyargs.iter().chain(&args.args).chain(&args.kwonlyargs) {
            self.add_def(&a.arg, DEF_PARAM, a.loc)?;
        }
        if let Some(v) = &args.vararg {
            self.add_def(&v.arg, DEF_PARAM, v.loc)?;
            self.ste().has_varargs = true;
        }
        if let Some(k) = &args.kwarg {
            self.add_def(&k.arg, DEF_PARAM, k.loc)?;
            self.ste().has_varkeywords = true;
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> Result<(), SyntaxError> {
        self.guard()?;
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } => {
                for q in patterns {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                for k in keys {
                    self.expr(k)?;
                }
                for q in patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchClass { cls, patterns, kwd_patterns, .. } => {
                self.expr(cls)?;
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.loc)?;
                }
            }
            PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        self.guard()?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                if self.st.scopes[self.cur].comp_iter_expr > 0 {
                    return Err(error_at("assignment expression cannot be used in a comprehension iterable expression", e.loc));
                }
                self.expr(value)?;
                self.named_target(target)?;
            }
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.enter(BlockType::Function, FuncKind::Lambda, "lambda".into(), e as *const Expr as usize, e.loc);
                self.params(args)?;
                self.expr(body)?;
                self.leave();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                for x in elts {
                    self.expr(x)?;
                }
            }
            ExprKind::ListComp { elt, generators } => self.comprehension(e, generators, elt, None, FuncKind::ListComp, "listcomp")?,
            ExprKind::SetComp { elt, generators } => self.comprehension(e, generators, elt, None, FuncKind::SetComp, "setcomp")?,
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, generators, elt, None, FuncKind::GenExpr, "genexpr")?,
            ExprKind::DictComp { key, value, generators } => {
                self.comprehension(e, generators, key, Some(value), FuncKind::DictComp, "dictcomp")?
            }
            ExprKind::Await { value } => {
                self.expr(value)?;
                self.ste().is_coroutine = true;
            }
            ExprKind::Yield { value } => {
                self.yield_check(e)?;
                if let Some(v) = value {
                    self.expr(v)?;
                }
                self.ste().is_generator = true;
            }
            ExprKind::YieldFrom { value } => {
                self.yield_check(e)?;
                self.expr(value)?;
                self.ste().is_generator = true;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr { values } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load { USE } else { DEF_LOCAL };
                self.add_def(id, flag, e.loc)?;
                if *ctx == ExprContext::Load && self.st.scopes[self.cur].block == BlockType::Function && id.as_str() == "super" {
                    self.add_def(&"__class__".into(), USE, e.loc)?;
                }
                if id.as_str() == "__class__" && *ctx == ExprContext::Load {
                    // already recorded as USE above
                }
            }
        }
        Ok(())
    }

    fn yield_check(&mut self, e: &Expr) -> Result<(), SyntaxError> {
        let ste = &self.st.scopes[self.cur];
        let kind = match ste.func_kind {
            FuncKind::ListComp => Some("list comprehension"),
            FuncKind::SetComp => Some("set comprehension"),
            FuncKind::DictComp => Some("dict comprehension"),
            FuncKind::GenExpr => Some("generator expression"),
            _ => None,
        };
        if let Some(k) = kind {
            return Err(error_at(format!("'yield' inside {k}"), e.loc));
        }
        if ste.block != BlockType::Function {
            return Err(error_at("'yield' outside function", e.loc));
        }
        Ok(())
    }

    fn named_target(&mut self, target: &Expr) -> Result<(), SyntaxError> {
        let ExprKind::Name { id, .. } = &target.kind else {
            return self.expr(target);
        };
        if !matches!(self.st.scopes[self.cur].func_kind, FuncKind::ListComp | FuncKind::SetComp | FuncKind::DictComp | FuncKind::GenExpr) {
            return self.expr(target);
        }
        // Walrus in a comprehension binds in the nearest enclosing function (or module).
        let comp = self.cur;
        let mut i = self.stack.len();
        while i > 0 {
            i -= 1;
            let sid = self.stack[i];
            let ste = &self.st.scopes[sid];
            let m = self.mangled(id);
            match (ste.block, ste.func_kind) {
                (BlockType::Function, FuncKind::ListComp | FuncKind::SetComp | FuncKind::DictComp | FuncKind::GenExpr) => {
                    if ste.flags(&m) & DEF_COMP_ITER != 0 {
                        return Err(error_at(format!("assignment expression cannot rebind comprehension iteration variable '{id}'"), target.loc));
                    }
                }
                (BlockType::Function, _) => {
                    if ste.flags(&m) & DEF_GLOBAL != 0 {
                        self.add_def_in(id, DEF_GLOBAL, comp, target.loc)?;
                    } else {
                        self.add_def_in(id, DEF_NONLOCAL, comp, target.loc)?;
                    }
                    return self.add_def_in(id, DEF_LOCAL, sid, target.loc);
                }
                (BlockType::Module, _) => {
                    self.add_def_in(id, DEF_GLOBAL, comp, target.loc)?;
                    return self.add_def_in(id, DEF_GLOBAL, sid, target.loc);
                }
                (BlockType::Class, _) => {
                    return Err(error_at("assignment expression within a comprehension cannot be used in a class body", target.loc));
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        kind: FuncKind,
        name: &str,
    ) -> Result<(), SyntaxError> {
        let Some(first) = generators.first() else { return Ok(()) };
        // The outermost iterator is evaluated in the enclosing scope.
        self.st.scopes[self.cur].comp_iter_expr += 1;
        let r = self.expr(&first.iter);
        self.st.scopes[self.cur].comp_iter_expr -= 1;
        r?;
        let is_async_outer = self.st.scopes[self.cur].is_async_def;
        self.enter(BlockType::Function, kind, name.into(), e as *const Expr as usize, e.loc);
        if first.is_async {
            self.ste().is_coroutine = true;
        }
        let _ = is_async_outer;
        if kind == FuncKind::GenExpr {
            self.ste().is_generator = true;
        }
        let dot0: Identifier = ".0".into();
        let ste = self.ste();
        ste.add_flags(&dot0, DEF_PARAM);
        ste.varnames.push(dot0);
        self.comp_target(&first.target)?;
        for c in &first.ifs {
            self.expr(c)?;
        }
        for g in &generators[1..] {
            self.comp_target(&g.target)?;
            self.ste().comp_iter_expr += 1;
            let r = self.expr(&g.iter);
            self.ste().comp_iter_expr -= 1;
            r?;
            for c in &g.ifs {
                self.expr(c)?;
            }
            if g.is_async {
                self.ste().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(elt)?;
            self.expr(v)?;
        } else {
            self.expr(elt)?;
        }
        self.leave();
        Ok(())
    }

    fn comp_target(&mut self, t: &Expr) -> Result<(), SyntaxError> {
        self.ste().comp_iter_target = true;
        let r = self.expr(t);
        self.ste().comp_iter_target = false;
        r
    }
}

/// The first yield / await / walrus of an annotation outside nested lambdas and
/// comprehensions (they open their own scopes).
fn forbidden_in_annotation(e: &Expr, depth: u32) -> Option<(&'static str, Loc)> {
    if depth > MAX_DEPTH {
        return None;
    }
    let d = depth + 1;
    let one = |x: &Expr| forbidden_in_annotation(x, d);
    let many = |xs: &[Expr]| xs.iter().find_map(|x| forbidden_in_annotation(x, d));
    match &e.kind {
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => Some(("yield expression", e.loc)),
        ExprKind::Await { .. } => Some(("await expression", e.loc)),
        ExprKind::NamedExpr { .. } => Some(("named expression", e.loc)),
        ExprKind::Lambda { .. }
        | ExprKind::ListComp { .. }
        | ExprKind::SetComp { .. }
        | ExprKind::DictComp { .. }
        | ExprKind::GeneratorExp { .. }
        | ExprKind::Constant { .. }
        | ExprKind::Name { .. } => None,
        ExprKind::BoolOp { values, .. } => many(values),
        ExprKind::BinOp { left, right, .. } => one(left).or_else(|| one(right)),
        ExprKind::UnaryOp { operand, .. } => one(operand),
        ExprKind::IfExp { test, body, orelse } => one(test).or_else(|| one(body)).or_else(|| one(orelse)),
        ExprKind::Dict { keys, values } => keys.iter().flatten().find_map(|k| one(k)).or_else(|| many(values)),
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => many(elts),
        ExprKind::Compare { left, comparators, .. } => one(left).or_else(|| many(comparators)),
        ExprKind::Call { func, args, keywords } => {
            one(func).or_else(|| many(args)).or_else(|| keywords.iter().find_map(|k| one(&k.value)))
        }
        ExprKind::FormattedValue { value, format_spec, .. } => one(value).or_else(|| format_spec.as_deref().and_then(one)),
        ExprKind::JoinedStr { values } => many(values),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => one(value),
        ExprKind::Subscript { value, slice, .. } => one(value).or_else(|| one(slice)),
        ExprKind::Slice { lower, upper, step } => [lower, upper, step].into_iter().flatten().find_map(|x| one(x)),
    }
}

/// Second pass: resolve every name's scope (CPython's `analyze_block`).
fn analyze(st: &mut SymbolTable) -> Result<(), SyntaxError> {
    let mut free = HashSet::new();
    analyze_block(st, 0, None, &mut free, &HashSet::new(), 0)
}

type NameSet = HashSet<Identifier>;

fn analyze_block(
    st: &mut SymbolTable,
    id: usize,
    bound: Option<&NameSet>,
    free_out: &mut NameSet,
    global_in: &NameSet,
    depth: u32,
) -> Result<(), SyntaxError> {
    if depth > MAX_DEPTH {
        return Err(SyntaxError::new(SyntaxErrorKind::MemoryError, ""));
    }
    let mut bound_local: Option<NameSet> = bound.cloned();
    let mut global = global_in.clone();
    let mut local = NameSet::new();
    let mut free = NameSet::new();
    let mut scopes: Vec<Scope> = Vec::with_capacity(st.scopes[id].symbols.len());
    let block = st.scopes[id].block;

    let mut newbound = NameSet::new();
    let mut newglobal = NameSet::new();
    if block == BlockType::Class {
        newglobal.extend(global.iter().cloned());
        if let Some(b) = bound {
            newbound.extend(b.iter().cloned());
        }
    }

    let nsyms = st.scopes[id].symbols.len();
    for i in 0..nsyms {
        let (name, flags) = {
            let s = &st.scopes[id].symbols[i];
            (s.name.clone(), s.flags)
        };
        let ste = &st.scopes[id];
        let scope = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(directive_error(ste, &name, format!("name '{name}' is nonlocal and global")));
            }
            global.insert(name.clone());
            if let Some(b) = &mut bound_local {
                b.remove(&name);
            }
            Scope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            match &bound_local {
                None => return Err(directive_error(ste, &name, "nonlocal declaration not allowed at module level".into())),
                Some(b) if !b.contains(&name) => {
                    return Err(directive_error(ste, &name, format!("no binding for nonlocal '{name}' found")))
                }
                _ => {}
            }
            free.insert(name.clone());
            Scope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(&name);
            Scope::Local
        } else if bound_local.as_ref().is_some_and(|b| b.contains(&name)) {
            free.insert(name.clone());
            Scope::Free
        } else {
            Scope::GlobalImplicit
        };
        scopes.push(scope);
    }

    if block != BlockType::Class {
        if block == BlockType::Function {
            newbound.extend(local.iter().cloned());
        }
        if let Some(b) = &bound_local {
            newbound.extend(b.iter().cloned());
        }
        newglobal.extend(global.iter().cloned());
    } else {
        newbound.insert("__class__".into());
    }

    let children = st.scopes[id].children.clone();
    let mut newfree = NameSet::new();
    for c in children {
        let mut child_free = NameSet::new();
        analyze_block(st, c, Some(&newbound), &mut child_free, &newglobal, depth + 1)?;
        newfree.extend(child_free);
    }

    let ste = &mut st.scopes[id];
    if block == BlockType::Function {
        for (i, s) in ste.symbols.iter().enumerate() {
            if scopes[i] == Scope::Local && newfree.remove(&s.name) {
                scopes[i] = Scope::Cell;
            }
        }
    } else if block == BlockType::Class && newfree.remove("__class__") {
        ste.needs_class_closure = true;
    }
    // Record results (CPython's update_symbols).
    for (i, s) in ste.symbols.iter_mut().enumerate() {
        s.scope = scopes[i];
    }
    let is_class = block == BlockType::Class;
    let mut extra = Vec::new();
    for name in newfree.iter() {
        if let Some(&i) = ste.index.get(name) {
            if is_class && ste.symbols[i].flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                ste.symbols[i].flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if let Some(b) = &bound_local {
            if !b.contains(name) {
                continue;
            }
        }
        extra.push(name.clone());
    }
    extra.sort();
    for name in extra {
        ste.index.insert(name.clone(), ste.symbols.len());
        ste.symbols.push(Symbol { name, flags: 0, scope: Scope::Free });
    }
    free.extend(newfree);
    free_out.extend(free);
    Ok(())
}

fn directive_error(ste: &ScopeEntry, name: &Identifier, msg: String) -> SyntaxError {
    let loc = ste.directives.get(name).copied().unwrap_or(ste.loc);
    error_at(msg, loc)
}

#[cfg(test)]
mod tests;
