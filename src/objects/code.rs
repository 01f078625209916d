//! Runtime code objects: a compiled `CodeUnit` plus what running it needs — constants as
//! values, names as interned strs, the inline caches the interpreter fills with type feedback,
//! and the call / back-edge counters the JIT reads.

use super::object::{alloc, dealloc_box, ObjHeader};
use super::typeobj::{GetSetDef, Slots, TypeObject};
use super::value::Value;
use crate::bytecode::{CodeFlags, CodeUnit, Const, LocalKind};
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, UnsafeCell};
use std::rc::Rc;

/// One inline-cache entry: what an instruction observed. The meaning of the words depends on
/// the opcode (see the interpreter): e.g. LOAD_GLOBAL keeps the globals/builtins versions and
/// the value; LOAD_ATTR / LOAD_METHOD a type version and the descriptor; BINARY_OP the operand
/// kinds seen; JUMP_BACKWARD the loop's back-edge count.
#[derive(Clone, Copy, Default, Debug)]
pub struct InlineCache {
    pub a: u64,
    pub b: u64,
    pub value: u64,
    /// Hit/miss or execution counter.
    pub counter: u32,
    /// Bit set of observed operand kinds (`FEEDBACK_*`).
    pub seen: u32,
}

/// Observed-kind bits for `InlineCache::seen`.
pub const SEEN_SMALL_INT: u32 = 1;
pub const SEEN_FLOAT: u32 = 2;
pub const SEEN_STR: u32 = 4;
pub const SEEN_OTHER: u32 = 8;

#[repr(C)]
pub struct CodeObject {
    pub header: ObjHeader,
    pub unit: Rc<CodeUnit>,
    /// The instructions the interpreter runs: `unit.instrs` with superinstructions (see
    /// `quicken`); same length and indices, so locations and the exception table apply.
    pub instrs: Box<[crate::bytecode::Instr]>,
    /// `co_consts` as values (owned).
    pub consts: Box<[Value]>,
    /// `co_names` as interned strs.
    pub names: Box<[Value]>,
    /// Localsplus names as interned strs.
    pub localsplusnames: Box<[Value]>,
    /// For each cell slot that is also an argument: the slot index (so MAKE_CELL wraps it).
    pub nlocalsplus: usize,
    /// Frame size: localsplus + stack.
    pub framesize: usize,
    pub flags: u32,
    /// Inline caches, one per cache-bearing instruction.
    pub caches: Box<[UnsafeCell<InlineCache>]>,
    /// Number of calls (JIT hotness).
    pub call_count: Cell<u32>,
    /// `__qualname__` and `co_name` as strs.
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
}

impl Drop for CodeObject {
    fn drop(&mut self) {
        for v in self.consts.iter() {
            v.decref();
        }
        self.name.decref();
        self.qualname.decref();
        self.filename.decref();
    }
}

impl CodeObject {
    /// The inline cache of instruction `cache` index.
    #[inline(always)]
    pub fn cache(&self, idx: u16) -> &mut InlineCache {
        // SAFETY: caches are only touched by the interpreter thread, one instruction at a time;
        // the index was assigned by CodeUnit::assign_caches (bounds-checked in debug builds).
        unsafe { &mut *self.caches.get_unchecked(idx as usize).get() }
    }

    pub fn is_generator_like(&self) -> bool {
        self.flags & (CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR) != 0
    }
}

fn code_repr(_vm: &mut Vm, c: Value) -> PyResult {
    let co = code_obj(c);
    Ok(super::str::new_str(&format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        co.unit.name,
        c.bits(),
        co.unit.filename,
        co.unit.firstlineno
    )))
}

fn names_tuple<'a>(it: impl Iterator<Item = &'a crate::parser::ast::Identifier>) -> Value {
    super::tuple::tuple_from_vec(it.map(|n| super::str::intern(n)).collect())
}
fn int(n: u32) -> Value {
    super::int::int_from_i64(n as i64)
}
fn co_name(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(code_obj(c).name.new_ref())
}
fn co_qualname(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(code_obj(c).qualname.new_ref())
}
fn co_filename(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(code_obj(c).filename.new_ref())
}
fn co_firstlineno(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(int(code_obj(c).unit.firstlineno))
}
fn co_argcount(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(int(code_obj(c).unit.argcount))
}
fn co_posonlyargcount(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(int(code_obj(c).unit.posonlyargcount))
}
fn co_kwonlyargcount(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(int(code_obj(c).unit.kwonlyargcount))
}
fn co_nlocals(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(int(code_obj(c).unit.nlocals() as u32))
}
fn co_flags(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(int(code_obj(c).unit.flags))
}
fn co_stacksize(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(int(code_obj(c).unit.stacksize))
}
fn co_varnames(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(names_tuple(code_obj(c).unit.varnames()))
}
fn co_cellvars(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(names_tuple(code_obj(c).unit.cellvars()))
}
fn co_freevars(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(names_tuple(code_obj(c).unit.freevars()))
}
fn co_names(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(names_tuple(code_obj(c).unit.names.iter()))
}
fn co_consts(_vm: &mut Vm, c: Value) -> PyResult {
    Ok(super::tuple::new_tuple(&code_obj(c).consts))
}
fn co_code(_vm: &mut Vm, c: Value) -> PyResult {
    // pyjit's own instruction words (8 bytes each), not CPython's bytecode.
    let mut b = Vec::with_capacity(code_obj(c).unit.instrs.len() * 8);
    for ins in &code_obj(c).unit.instrs {
        b.push(ins.op as u8);
        b.push(0);
        b.extend_from_slice(&ins.cache.to_le_bytes());
        b.extend_from_slice(&ins.arg.to_le_bytes());
    }
    crate::objects::types_text::new_bytes_value(&b)
}

static CODE_GETSETS: [GetSetDef; 16] = [
    GetSetDef { name: "co_name", get: co_name, set: None },
    GetSetDef { name: "co_qualname", get: co_qualname, set: None },
    GetSetDef { name: "co_filename", get: co_filename, set: None },
    GetSetDef { name: "co_firstlineno", get: co_firstlineno, set: None },
    GetSetDef { name: "co_argcount", get: co_argcount, set: None },
    GetSetDef { name: "co_posonlyargcount", get: co_posonlyargcount, set: None },
    GetSetDef { name: "co_kwonlyargcount", get: co_kwonlyargcount, set: None },
    GetSetDef { name: "co_nlocals", get: co_nlocals, set: None },
    GetSetDef { name: "co_flags", get: co_flags, set: None },
    GetSetDef { name: "co_stacksize", get: co_stacksize, set: None },
    GetSetDef { name: "co_varnames", get: co_varnames, set: None },
    GetSetDef { name: "co_cellvars", get: co_cellvars, set: None },
    GetSetDef { name: "co_freevars", get: co_freevars, set: None },
    GetSetDef { name: "co_names", get: co_names, set: None },
    GetSetDef { name: "co_consts", get: co_consts, set: None },
    GetSetDef { name: "co_code", get: co_code, set: None },
];

pub static CODE_TYPE: TypeObject = TypeObject::new_static(
    "code",
    Some(&super::OBJECT_TYPE),
    0,
    Slots { dealloc: dealloc_box::<CodeObject>, repr: Some(code_repr), ..Slots::EMPTY },
    &[],
    &CODE_GETSETS,
);

#[inline(always)]
pub fn code_obj<'a>(v: Value) -> &'a CodeObject {
    // SAFETY: callers pass code objects.
    unsafe { v.as_ref::<CodeObject>() }
}

#[inline]
pub fn is_code(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&CODE_TYPE)
}

/// Whether a constant string is interned, as CPython does for identifier-like constants.
fn looks_like_identifier(b: &[u8]) -> bool {
    b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// A constant as a value (new reference).
pub fn const_value(vm: &mut Vm, c: &Const) -> PyResult {
    Ok(match c {
        Const::None => super::none(),
        Const::Bool(b) => super::bool_value(*b),
        Const::Ellipsis => super::ellipsis(),
        Const::Int(i) => super::int::int_from_big(i.clone()),
        Const::Float(f) => Value::float(*f),
        Const::Complex { real, imag } => crate::objects::types_numbers::new_complex_value(*real, *imag)?,
        Const::Str(s) => {
            if looks_like_identifier(s.as_bytes()) {
                super::str::intern_wtf8(s.as_bytes())
            } else {
                super::str::new_str_wtf8(s.as_bytes())
            }
        }
        Const::Bytes(b) => crate::objects::types_text::new_bytes_value(b)?,
        Const::Tuple(items) => {
            let mut vals = Vec::with_capacity(items.len());
            for it in items {
                match const_value(vm, it) {
                    Ok(v) => vals.push(v),
                    Err(e) => {
                        for v in vals {
                            v.decref();
                        }
                        return Err(e);
                    }
                }
            }
            super::tuple::tuple_from_vec(vals)
        }
        Const::FrozenSet(items) => {
            let mut vals = Vec::with_capacity(items.len());
            for it in items {
                vals.push(const_value(vm, it)?);
            }
            let r = crate::objects::types_containers::new_frozenset_value(vm, &vals);
            for v in vals {
                v.decref();
            }
            r?
        }
        Const::Code(u) => new_code(vm, u.clone())?,
    })
}

/// The runtime instruction array: pairs of simple instructions that often follow each other
/// become one superinstruction (the first of the pair is replaced; the second stays).
pub fn quicken(src: &[crate::bytecode::Instr]) -> Box<[crate::bytecode::Instr]> {
    use crate::bytecode::Op;
    let mut out = src.to_vec();
    let mut i = 0;
    while i + 1 < out.len() {
        let (a, b) = (src[i].op, src[i + 1].op);
        let fused = match (a, b) {
            (Op::LOAD_FAST, Op::LOAD_FAST) => Some(Op::LOAD_FAST__LOAD_FAST),
            (Op::LOAD_FAST, Op::LOAD_CONST) => Some(Op::LOAD_FAST__LOAD_CONST),
            (Op::STORE_FAST, Op::LOAD_FAST) => Some(Op::STORE_FAST__LOAD_FAST),
            (Op::LOAD_CONST, Op::LOAD_FAST) => Some(Op::LOAD_CONST__LOAD_FAST),
            (Op::LOAD_FAST, Op::LOAD_ATTR) => Some(Op::LOAD_FAST__LOAD_ATTR),
            (Op::LOAD_FAST, Op::LOAD_METHOD) => Some(Op::LOAD_FAST__LOAD_METHOD),
            (Op::LOAD_FAST, Op::STORE_ATTR) => Some(Op::LOAD_FAST__STORE_ATTR),
            _ => None,
        };
        if let Some(op) = fused {
            out[i].op = op;
            // The pair's second instruction is not fused again with the one after it, so a
            // superinstruction never hides another.
            i += 2;
        } else {
            i += 1;
        }
    }
    out.into_boxed_slice()
}

/// Make the runtime code object for a compiled unit (nested code objects included).
pub fn new_code(vm: &mut Vm, unit: Rc<CodeUnit>) -> PyResult {
    let mut consts = Vec::with_capacity(unit.consts.len());
    for c in &unit.consts {
        match const_value(vm, c) {
            Ok(v) => consts.push(v),
            Err(e) => {
                for v in consts {
                    v.decref();
                }
                return Err(e);
            }
        }
    }
    let names: Box<[Value]> = unit.names.iter().map(|n| super::str::intern(n)).collect();
    let localsplusnames: Box<[Value]> = unit.localsplusnames.iter().map(|n| super::str::intern(n)).collect();
    let nlocalsplus = unit.localsplusnames.len();
    let caches = (0..unit.ncaches).map(|_| UnsafeCell::new(InlineCache::default())).collect();
    let name = super::str::intern(&unit.name);
    let qualname = super::str::new_str(&unit.qualname);
    let filename = super::str::new_str(&unit.filename);
    let _ = LocalKind::CELL;
    let instrs = quicken(&unit.instrs);
    Ok(alloc(CodeObject {
        header: ObjHeader::new(&CODE_TYPE),
        instrs,
        framesize: nlocalsplus + unit.stacksize as usize,
        flags: unit.flags,
        unit,
        consts: consts.into_boxed_slice(),
        names,
        localsplusnames,
        nlocalsplus,
        caches,
        call_count: Cell::new(0),
        name,
        qualname,
        filename,
    }))
}
