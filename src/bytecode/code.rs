//! The compiled form of a code object: what the compiler produces, what `pyjit -m dis` prints
//! and what the bytecode cache stores. It holds no runtime objects (constants are `Const`), so
//! the front end and the cache never depend on the object model; the VM turns a `CodeUnit` into
//! a runtime code object when it first runs it.

use super::opcode::{Op, NO_CACHE};
use crate::parser::ast::Identifier;
use crate::wtf8::Wtf8Buf;
use num_bigint::BigInt;
use std::rc::Rc;

/// One instruction word: opcode, inline-cache slot (`NO_CACHE` if none) and argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(C)]
pub struct Instr {
    pub op: Op,
    pub _pad: u8,
    /// Index into the code object's inline-cache array, assigned by `CodeUnit::assign_caches`.
    pub cache: u16,
    pub arg: u32,
}

impl Instr {
    pub fn new(op: Op, arg: u32) -> Instr {
        Instr { op, _pad: 0, cache: NO_CACHE, arg }
    }
}

/// A constant in `co_consts`.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex { real: f64, imag: f64 },
    Str(Wtf8Buf),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    FrozenSet(Vec<Const>),
    Code(Rc<CodeUnit>),
}

/// What a localsplus slot is (CPython 3.11's `co_localspluskinds`; a slot may be both a local
/// argument and a cell: `LOCAL | CELL`).
pub struct LocalKind;
impl LocalKind {
    pub const LOCAL: u8 = 0x20;
    pub const CELL: u8 = 0x40;
    pub const FREE: u8 = 0x80;
}

/// `co_flags`, CPython's values.
pub struct CodeFlags;
impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
}

/// One row of the exception table: instructions `start..end` (indices, end exclusive) jump to
/// `target` on an exception, after popping the value stack down to `depth` and, when `lasti`,
/// pushing the index of the raising instruction (as an int) before the exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub lasti: bool,
}

/// Source position of one instruction: 1-based lines, 0-based UTF-8 byte columns (as the AST).
/// `lineno == 0` means "no line" (an artificial instruction), as CPython's None.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub lineno: u32,
    pub end_lineno: u32,
    pub col: u32,
    pub end_col: u32,
}

/// A compiled code object.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeUnit {
    /// `co_name`, `co_qualname`, `co_filename`.
    pub name: Identifier,
    pub qualname: String,
    pub filename: Rc<str>,
    pub firstlineno: u32,
    /// `co_argcount` (includes positional-only), `co_posonlyargcount`, `co_kwonlyargcount`.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// `CodeFlags` bits.
    pub flags: u32,
    /// Maximum depth of the value stack.
    pub stacksize: u32,
    /// Names and kinds of the localsplus slots: arguments first (in signature order, then
    /// *args, then **kwargs), other locals, then cells that are not arguments, then free vars.
    pub localsplusnames: Vec<Identifier>,
    pub localspluskinds: Vec<u8>,
    /// `co_names`: globals, attributes, imported names.
    pub names: Vec<Identifier>,
    pub consts: Vec<Const>,
    pub instrs: Vec<Instr>,
    /// One entry per instruction.
    pub locations: Vec<Location>,
    pub exception_table: Vec<ExcEntry>,
    /// Number of inline-cache slots (instructions whose opcode has a cache).
    pub ncaches: u32,
}

impl CodeUnit {
    /// Number the inline caches: each instruction whose opcode has one gets the next index
    /// (beyond `u16::MAX - 1` of them, the rest run uncached).
    pub fn assign_caches(&mut self) {
        let mut n: u32 = 0;
        for ins in &mut self.instrs {
            if ins.op.has_cache() && n < NO_CACHE as u32 {
                ins.cache = n as u16;
                n += 1;
            } else {
                ins.cache = NO_CACHE;
            }
        }
        self.ncaches = n;
    }

    pub fn nlocalsplus(&self) -> usize {
        self.localsplusnames.len()
    }

    /// `co_nlocals`: slots that are locals (arguments included).
    pub fn nlocals(&self) -> usize {
        self.localspluskinds.iter().filter(|k| *k & LocalKind::LOCAL != 0).count()
    }

    /// `co_varnames`, `co_cellvars`, `co_freevars` as CPython derives them.
    pub fn varnames(&self) -> impl Iterator<Item = &Identifier> {
        self.slots_with(LocalKind::LOCAL)
    }
    pub fn cellvars(&self) -> impl Iterator<Item = &Identifier> {
        self.slots_with(LocalKind::CELL)
    }
    pub fn freevars(&self) -> impl Iterator<Item = &Identifier> {
        self.slots_with(LocalKind::FREE)
    }
    fn slots_with(&self, kind: u8) -> impl Iterator<Item = &Identifier> {
        self.localsplusnames
            .iter()
            .zip(&self.localspluskinds)
            .filter(move |(_, k)| **k & kind != 0)
            .map(|(n, _)| n)
    }
}
