//! The code generator's state: one `Unit` per code object being compiled (a stack of them
//! while nested functions, classes and comprehensions are compiled), instruction emission with
//! labels and CPython's exception-block pseudo-instructions, the constant/name/local tables,
//! and name resolution (`nameop`, CPython's `compiler_nameop`).

use super::assemble;
use super::symtable::{mangle, BlockType, FuncKind, Scope, ScopeEntry, SymbolTable, DEF_FREE_CLASS};
use super::CompileMode;
use crate::bytecode::code::{CodeFlags, CodeUnit, Const, Location};
use crate::bytecode::opcode::Op;
use crate::parser::ast::*;
use crate::syntax_error::SyntaxError;
use num_bigint::BigInt;
use std::collections::HashMap;
use std::rc::Rc;

pub type CResult<T = ()> = Result<T, SyntaxError>;

/// An instruction before assembly: a real opcode or one of CPython's block pseudo-ops. For a
/// jump (and a setup pseudo-op) `arg` is a label number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IOp {
    Real(Op),
    /// Exception handler: on exception pop to the current depth, push exc, jump.
    SetupFinally,
    /// As SetupFinally, pushing lasti before the exception.
    SetupCleanup,
    /// After BEFORE_WITH: the handler keeps the exit function (depth - 1), pushes lasti, exc.
    SetupWith,
    PopBlock,
}

#[derive(Clone, Copy, Debug)]
pub struct IInstr {
    pub op: IOp,
    pub arg: u32,
    pub loc: Location,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone)]
pub struct FBlock<'a> {
    pub kind: FKind,
    pub start: Label,
    pub exit: Label,
    pub finalbody: &'a [Stmt],
    pub name: Option<Identifier>,
    pub loc: Loc,
}

/// A hashable identity for constants (CPython keys co_consts by type and value: 1, 1.0, True
/// and -0.0 stay distinct).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Vec<u8>),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Code(usize),
}

fn const_key(c: &Const) -> ConstKey {
    match c {
        Const::None => ConstKey::None,
        Const::Bool(b) => ConstKey::Bool(*b),
        Const::Ellipsis => ConstKey::Ellipsis,
        Const::Int(i) => ConstKey::Int(i.clone()),
        Const::Float(f) => ConstKey::Float(f.to_bits()),
        Const::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
        Const::Str(s) => ConstKey::Str(s.as_bytes().to_vec()),
        Const::Bytes(b) => ConstKey::Bytes(b.clone()),
        Const::Tuple(v) => ConstKey::Tuple(v.iter().map(const_key).collect()),
        Const::FrozenSet(v) => ConstKey::FrozenSet(v.iter().map(const_key).collect()),
        Const::Code(c) => ConstKey::Code(Rc::as_ptr(c) as usize),
    }
}

/// One code object under construction.
pub struct Unit<'a> {
    pub scope: usize,
    pub name: Identifier,
    pub qualname: String,
    pub firstlineno: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub instrs: Vec<IInstr>,
    pub labels: Vec<u32>,
    pub consts: Vec<Const>,
    const_index: HashMap<ConstKey, u32>,
    /// Code constants by (qualname, first line), to find an equal one.
    code_index: HashMap<(String, u32), Vec<u32>>,
    pub names: Vec<Identifier>,
    name_index: HashMap<Identifier, u32>,
    pub varnames: Vec<Identifier>,
    var_index: HashMap<Identifier, u32>,
    /// Cells then free variables; a deref argument indexes this list until assembly.
    pub cellvars: Vec<Identifier>,
    pub freevars: Vec<Identifier>,
    pub fblocks: Vec<FBlock<'a>>,
    pub loc: Location,
    pub private: Option<Identifier>,
    /// Comprehension or async function (for the `await` check).
    pub is_async_scope: bool,
    pub is_comprehension: bool,
    /// consts[0] is a function's docstring slot (kept even when unused).
    pub keep_first_const: bool,
}

impl<'a> Unit<'a> {
    pub fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        self.freevars.iter().position(|n| n == name).map(|i| (self.cellvars.len() + i) as u32)
    }
}

pub struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub filename: Rc<str>,
    pub optimize: u8,
    pub mode: CompileMode,
    pub units: Vec<Unit<'a>>,
    pub future_annotations: bool,
    /// CO_FUTURE_* bits from `from __future__ import`, set on every code object.
    pub future_flags: u32,
    /// Line of the last valid `from __future__ import` (0: none).
    pub future_lineno: u32,
    /// Nesting of `compile_expr`/`compile_stmt` calls (guards the Rust stack).
    pub depth: u32,
}

pub fn loc_of(l: Loc) -> Location {
    Location { lineno: l.lineno, end_lineno: l.end_lineno, col: l.col_offset, end_col: l.end_col_offset }
}

impl<'a> Compiler<'a> {
    pub fn u(&mut self) -> &mut Unit<'a> {
        let n = self.units.len() - 1;
        &mut self.units[n]
    }
    pub fn ur(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }
    pub fn ste(&self) -> &'a ScopeEntry {
        let st: &'a SymbolTable = self.st;
        &st.scopes[self.ur().scope]
    }

    // ----- emission -----

    pub fn emit(&mut self, op: Op, arg: u32) {
        let u = self.u();
        let loc = u.loc;
        u.instrs.push(IInstr { op: IOp::Real(op), arg, loc });
    }
    pub fn op(&mut self, op: Op) {
        self.emit(op, 0);
    }
    pub fn emit_noline(&mut self, op: Op, arg: u32) {
        self.u().instrs.push(IInstr { op: IOp::Real(op), arg, loc: Location::default() });
    }
    pub fn jump(&mut self, op: Op, l: Label) {
        self.emit(op, l.0);
    }
    pub fn pseudo(&mut self, op: IOp, l: Label) {
        let u = self.u();
        let loc = u.loc;
        u.instrs.push(IInstr { op, arg: l.0, loc });
    }
    pub fn pop_block(&mut self) {
        self.pseudo(IOp::PopBlock, Label(0));
    }
    pub fn new_label(&mut self) -> Label {
        let u = self.u();
        u.labels.push(u32::MAX);
        Label(u.labels.len() as u32 - 1)
    }
    pub fn bind(&mut self, l: Label) {
        let u = self.u();
        let n = u.instrs.len() as u32;
        u.labels[l.0 as usize] = n;
    }
    pub fn set_loc(&mut self, l: Loc) {
        self.u().loc = loc_of(l);
    }

    /// The position of an attribute access that spans lines: CPython 3.11
    /// (`update_start_location_to_match_attr`) moves its start to the attribute name on the
    /// last line, so `x\n  .name` is reported at `.name`.
    pub fn set_attr_loc(&mut self, l: Loc, attr: &str) {
        let mut l = l;
        if l.lineno != l.end_lineno {
            l.lineno = l.end_lineno;
            let len = attr.len() as u32;
            if len <= l.end_col_offset {
                l.col_offset = l.end_col_offset - len;
            }
        }
        self.set_loc(l);
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        // Equal code objects are one constant, as in CPython (a `finally` body is compiled
        // twice, and with it the functions it defines).
        if let Const::Code(code) = &c {
            let u = self.u();
            let key = (code.qualname.clone(), code.firstlineno);
            let same = u.code_index.get(&key).and_then(|v| v.iter().copied().find(|&i| matches!(&u.consts[i as usize], Const::Code(other) if **other == **code)));
            if let Some(i) = same {
                return i;
            }
            let i = u.consts.len() as u32;
            u.consts.push(c);
            u.code_index.entry(key).or_default().push(i);
            return i;
        }
        let k = const_key(&c);
        let u = self.u();
        if let Some(&i) = u.const_index.get(&k) {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        u.const_index.insert(k, i);
        i
    }
    pub fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Op::LOAD_CONST, i);
    }
    pub fn add_name(&mut self, n: &Identifier) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(n) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(n.clone());
        u.name_index.insert(n.clone(), i);
        i
    }
    /// A name operand, mangled inside a class (attributes, methods, globals).
    pub fn emit_name(&mut self, op: Op, n: &Identifier) {
        let m = self.mangle(n);
        let i = self.add_name(&m);
        self.emit(op, i);
    }
    pub fn add_var(&mut self, n: &Identifier) -> u32 {
        let u = self.u();
        if let Some(&i) = u.var_index.get(n) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(n.clone());
        u.var_index.insert(n.clone(), i);
        i
    }
    pub fn mangle(&self, n: &Identifier) -> Identifier {
        mangle(self.ur().private.as_deref(), n).unwrap_or_else(|| n.clone())
    }

    // ----- units -----

    pub fn enter_unit(&mut self, scope: usize, name: Identifier, firstlineno: u32, private: Option<Identifier>) {
        let st: &'a SymbolTable = self.st;
        let ste = &st.scopes[scope];
        let mut cellvars: Vec<Identifier> = ste.symbols.iter().filter(|s| s.scope == Scope::Cell).map(|s| s.name.clone()).collect();
        if ste.block == BlockType::Class && ste.needs_class_closure {
            cellvars.push("__class__".into());
        }
        cellvars.sort();
        let mut freevars: Vec<Identifier> = ste
            .symbols
            .iter()
            .filter(|s| s.scope == Scope::Free || (ste.block == BlockType::Class && s.flags & DEF_FREE_CLASS != 0))
            .map(|s| s.name.clone())
            .collect();
        freevars.sort();
        freevars.dedup();
        let is_comprehension = matches!(ste.func_kind, FuncKind::ListComp | FuncKind::SetComp | FuncKind::DictComp | FuncKind::GenExpr);
        let mut u = Unit {
            scope,
            name,
            qualname: String::new(),
            firstlineno,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            instrs: Vec::new(),
            labels: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            code_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames: Vec::new(),
            var_index: HashMap::new(),
            cellvars,
            freevars,
            fblocks: Vec::new(),
            loc: Location { lineno: firstlineno, end_lineno: firstlineno, col: 0, end_col: 0 },
            private,
            is_async_scope: ste.is_async_def || is_comprehension,
            is_comprehension,
            keep_first_const: false,
        };
        for v in &ste.varnames {
            let i = u.varnames.len() as u32;
            u.varnames.push(v.clone());
            u.var_index.insert(v.clone(), i);
        }
        // Prologue: free variables copied in, then cells made (CPython's prefix instructions).
        let nfree = u.freevars.len() as u32;
        if nfree > 0 {
            u.instrs.push(IInstr { op: IOp::Real(Op::COPY_FREE_VARS), arg: nfree, loc: Location::default() });
        }
        for i in 0..u.cellvars.len() as u32 {
            u.instrs.push(IInstr { op: IOp::Real(Op::MAKE_CELL), arg: i, loc: Location::default() });
        }
        self.units.push(u);
        self.set_qualname();
    }

    fn set_qualname(&mut self) {
        let n = self.units.len();
        let u = &self.units[n - 1];
        let mut qual = u.name.to_string();
        if n > 2 {
            let parent = &self.units[n - 2];
            let st: &'a SymbolTable = self.st;
            let ste = &st.scopes[u.scope];
            let pste = &st.scopes[parent.scope];
            let mut force_global = false;
            if matches!(ste.func_kind, FuncKind::Function) || ste.block == BlockType::Class {
                let m = mangle(parent.private.as_deref(), &u.name).unwrap_or_else(|| u.name.clone());
                if pste.scope_of(&m) == Some(Scope::GlobalExplicit) {
                    force_global = true;
                }
            }
            if !force_global {
                if matches!(pste.func_kind, FuncKind::Function | FuncKind::Lambda) {
                    qual = format!("{}.<locals>.{}", parent.qualname, u.name);
                } else {
                    qual = format!("{}.{}", parent.qualname, u.name);
                }
            }
        }
        self.u().qualname = qual;
    }

    /// Finishes the current unit: adds the implicit `return None` and assembles it.
    pub fn leave_unit(&mut self) -> CResult<Rc<CodeUnit>> {
        // A fall-through end returns None (dropped by assembly when unreachable).
        let i = self.add_const(Const::None);
        self.emit_noline(Op::RETURN_CONST, i);
        let Some(u) = self.units.pop() else {
            return Err(SyntaxError::new(crate::syntax_error::SyntaxErrorKind::SyntaxError, "internal compiler error: no unit"));
        };
        let st: &'a SymbolTable = self.st;
        let ste = &st.scopes[u.scope];
        let mut flags = self.future_flags;
        if ste.block == BlockType::Function {
            flags |= CodeFlags::NEWLOCALS | CodeFlags::OPTIMIZED;
            if ste.nested {
                flags |= CodeFlags::NESTED;
            }
            match (ste.is_generator, ste.is_coroutine) {
                (true, false) => flags |= CodeFlags::GENERATOR,
                (false, true) => flags |= CodeFlags::COROUTINE,
                (true, true) => flags |= CodeFlags::ASYNC_GENERATOR,
                _ => {}
            }
            if ste.has_varargs {
                flags |= CodeFlags::VARARGS;
            }
            if ste.has_varkeywords {
                flags |= CodeFlags::VARKEYWORDS;
            }
        }
        let code = assemble::assemble(u, flags, &self.filename)?;
        Ok(Rc::new(code))
    }

    // ----- names -----

    pub fn nameop(&mut self, name: &Identifier, ctx: ExprContext) -> CResult {
        if name.as_str() == "__debug__" {
            match ctx {
                ExprContext::Store => return Err(self.error("cannot assign to __debug__")),
                ExprContext::Del => return Err(self.error("cannot delete __debug__")),
                ExprContext::Load => {}
            }
        }
        let m = self.mangle(name);
        let ste = self.ste();
        let scope = ste.scope_of(&m);
        let func_like = ste.block == BlockType::Function;
        let is_class = ste.block == BlockType::Class;
        enum K {
            Fast,
            Deref,
            Global,
            Name,
        }
        let k = match scope {
            Some(Scope::Free) | Some(Scope::Cell) => K::Deref,
            Some(Scope::Local) if func_like => K::Fast,
            Some(Scope::GlobalImplicit) if func_like => K::Global,
            Some(Scope::GlobalExplicit) => K::Global,
            _ => K::Name,
        };
        match k {
            K::Fast => {
                let i = self.add_var(&m);
                let op = match ctx {
                    ExprContext::Load => Op::LOAD_FAST,
                    ExprContext::Store => Op::STORE_FAST,
                    ExprContext::Del => Op::DELETE_FAST,
                };
                self.emit(op, i);
            }
            K::Deref => {
                let Some(i) = self.ur().deref_index(&m) else {
                    return Err(self.error(&format!("internal compiler error: no cell for '{m}'")));
                };
                let op = match ctx {
                    ExprContext::Load if is_class => Op::LOAD_CLASSDEREF,
                    ExprContext::Load => Op::LOAD_DEREF,
                    ExprContext::Store => Op::STORE_DEREF,
                    ExprContext::Del => Op::DELETE_DEREF,
                };
                self.emit(op, i);
            }
            K::Global => {
                let i = self.add_name(&m);
                let op = match ctx {
                    ExprContext::Load => Op::LOAD_GLOBAL,
                    ExprContext::Store => Op::STORE_GLOBAL,
                    ExprContext::Del => Op::DELETE_GLOBAL,
                };
                self.emit(op, i);
            }
            K::Name => {
                let i = self.add_name(&m);
                let op = match ctx {
                    ExprContext::Load => Op::LOAD_NAME,
                    ExprContext::Store => Op::STORE_NAME,
                    ExprContext::Del => Op::DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    /// A SyntaxError at the current location (CPython's `compiler_error`).
    pub fn error(&self, msg: &str) -> SyntaxError {
        let l = self.ur().loc;
        super::symtable::error_at(msg, Loc::new(l.lineno, l.col, l.end_lineno, l.end_col))
    }

    pub fn guard(&mut self) -> CResult {
        self.depth += 1;
        if self.depth > 3000 {
            return Err(SyntaxError::new(crate::syntax_error::SyntaxErrorKind::MemoryError, ""));
        }
        Ok(())
    }

    /// Build a function object from `code` with `flags` arguments already pushed: the closure
    /// tuple (if the code has free variables), then MAKE_FUNCTION (CPython's make_closure).
    pub fn make_closure(&mut self, code: Rc<CodeUnit>, mut flags: u32) -> CResult {
        let free: Vec<Identifier> = code.freevars().cloned().collect();
        if !free.is_empty() {
            for name in &free {
                let Some(i) = self.ur().deref_index(name) else {
                    return Err(self.error(&format!("internal compiler error: no cell for free variable '{name}'")));
                };
                self.emit(Op::LOAD_CLOSURE, i);
            }
            self.emit(Op::BUILD_TUPLE, free.len() as u32);
            flags |= 8;
        }
        self.load_const(Const::Code(code));
        self.emit(Op::MAKE_FUNCTION, flags);
        Ok(())
    }

    pub fn push_fblock(&mut self, kind: FKind, start: Label, exit: Label) {
        let loc = {
            let l = self.ur().loc;
            Loc::new(l.lineno, l.col, l.end_lineno, l.end_col)
        };
        self.u().fblocks.push(FBlock { kind, start, exit, finalbody: &[], name: None, loc });
    }
    pub fn push_fblock_full(&mut self, b: FBlock<'a>) {
        self.u().fblocks.push(b);
    }
    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }
}

/// The value of an expression whose value is known at compile time: a constant, or a tuple of
/// such (CPython's AST optimizer makes those constants).
pub fn const_of(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(ast_const(value)),
        ExprKind::Tuple { elts, ctx: ExprContext::Load } => {
            let mut v = Vec::with_capacity(elts.len());
            for x in elts {
                v.push(const_of(x)?);
            }
            Some(Const::Tuple(v))
        }
        _ => None,
    }
}

pub fn ast_const(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(i.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex { real, imag } => Const::Complex { real: *real, imag: *imag },
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
    }
}

/// Whether a constant is true (for `if 1:` / `while 1:` elision).
pub fn const_truth(c: &Const) -> bool {
    use num_traits::Zero;
    match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Ellipsis | Const::Code(_) => true,
        Const::Int(i) => !i.is_zero(),
        Const::Float(f) => *f != 0.0,
        Const::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(v) | Const::FrozenSet(v) => !v.is_empty(),
    }
}

/// The docstring of a body, if its first statement is a string constant.
pub fn docstring(body: &[Stmt]) -> Option<&crate::wtf8::Wtf8Buf> {
    match &body.first()?.kind {
        StmtKind::Expr { value } => match &value.kind {
            ExprKind::Constant { value: Constant::Str(s), .. } => Some(s),
            _ => None,
        },
        _ => None,
    }
}
