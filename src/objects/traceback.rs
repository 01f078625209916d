//! `traceback` objects: one entry per frame an exception passed through, linked by `tb_next`.
//!
//! The contract with the interpreter (CPython's `PyTraceBack_Here`): when an exception is
//! raised in, or propagates out of a call into, a frame, the interpreter records that frame
//! *before* looking for a handler in it:
//!
//! ```text
//! let tb = exc.__traceback__ (NULL = None);
//! exc.__traceback__ = new_traceback(tb, code, instr_index)   // see `add_traceback_entry`
//! ```
//!
//! so the newest entry is at the head while the exception travels outward, and since each
//! frame's entry is added on the way out, the finished chain reads outermost frame first
//! (`<module>` -> f -> g), which is the order tracebacks print. `instr_index` is the index
//! (into `code.instrs`) of the instruction that raised or made the failing call; the entry's
//! line and the caret columns come from `code.locations[instr_index]`. A re-raise (`raise`
//! with no argument, or the end of a `finally`) does not add an entry for the frame again
//! when the exception's traceback already starts in it (CPython's RERAISE leaves it alone).

use super::object::{alloc, ObjHeader};
use super::typeobj::{GetSetDef, Slots, TypeObject};
use super::value::Value;
use crate::bytecode::code::{CodeUnit, Location};
use crate::objects::exceptions::type_error;
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;
use std::rc::Rc;

/// A traceback entry.
#[repr(C)]
pub struct TracebackObject {
    pub header: ObjHeader,
    /// The next (newer, inner) entry; NULL = None.
    pub next: Cell<Value>,
    /// The code of the frame.
    pub code: Rc<CodeUnit>,
    /// Index of the instruction in `code.instrs`.
    pub instr_index: u32,
    /// The frame object, NULL until frames are objects (reads as a snapshot `frame` object
    /// made from `code_obj` and the entry's line).
    pub frame: Cell<Value>,
    /// The runtime code object (owned; NULL when the entry was made from a bare `CodeUnit`).
    pub code_obj: Cell<Value>,
}

impl Drop for TracebackObject {
    fn drop(&mut self) {
        self.next.get().decref();
        self.frame.get().decref();
        self.code_obj.get().decref();
    }
}

fn tb_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let t = tb(v);
    for x in [t.next.get(), t.frame.get(), t.code_obj.get()] {
        if !x.is_null() {
            visit(x);
        }
    }
}

/// A new traceback entry for the frame running `code` at `instr_index`, in front of `next`
/// (borrowed; NULL or None for none). Returns a new reference. See the module doc.
pub fn new_traceback(next: Value, code: Rc<CodeUnit>, instr_index: u32) -> Value {
    let next = if next.is_null() || next.is_none() { Value::NULL } else { next.new_ref() };
    alloc(TracebackObject {
        header: ObjHeader::new(&TRACEBACK_TYPE),
        next: Cell::new(next),
        code,
        instr_index,
        frame: Cell::new(Value::NULL),
        code_obj: Cell::new(Value::NULL),
    })
}

/// Prepend the entry for (`code`, `instr_index`) to exception `exc`'s `__traceback__`.
pub fn add_traceback_entry(exc: Value, code: &Rc<CodeUnit>, instr_index: u32) {
    add_traceback_entry_with_code(exc, code, Value::NULL, instr_index);
}

/// `add_traceback_entry` that also keeps the runtime code object `code_obj` (borrowed; NULL
/// for none), which `tb_frame.f_code` returns.
pub fn add_traceback_entry_with_code(exc: Value, code: &Rc<CodeUnit>, code_obj: Value, instr_index: u32) {
    let e = super::exceptions::exc_obj(exc);
    let old = e.traceback.get();
    let new = new_traceback(old, code.clone(), instr_index);
    if !code_obj.is_null() {
        tb(new).code_obj.set(code_obj.new_ref());
    }
    e.traceback.set(new);
    old.decref();
}

#[inline]
pub fn is_traceback(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&TRACEBACK_TYPE)
}

/// The traceback behind `v` (the caller checked `is_traceback`).
#[inline]
pub fn tb<'a>(v: Value) -> &'a TracebackObject {
    // SAFETY: callers pass traceback values.
    unsafe { v.as_ref::<TracebackObject>() }
}

impl TracebackObject {
    /// The source position of the entry's instruction (default when out of range).
    pub fn location(&self) -> Location {
        self.code.locations.get(self.instr_index as usize).copied().unwrap_or_default()
    }
    /// `tb_lineno` (CPython's None for "no line" is shown as -1 by nothing we print; 0 here).
    pub fn lineno(&self) -> u32 {
        self.location().lineno
    }
}

fn checked(v: Value) -> PyResult<&'static TracebackObject> {
    if is_traceback(v) {
        Ok(tb(v))
    } else {
        Err(type_error(format!("descriptor requires a 'traceback' object but received a '{}'", ops::type_name(v))))
    }
}

fn g_next(_vm: &mut Vm, v: Value) -> PyResult {
    let n = checked(v)?.next.get();
    Ok(if n.is_null() { super::none() } else { n.new_ref() })
}

fn s_next(_vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    let t = checked(v)?;
    if x.is_null() {
        return Err(type_error("can't delete tb_next attribute"));
    }
    if x.is_none() {
        t.next.replace(Value::NULL).decref();
        return Ok(());
    }
    if !is_traceback(x) {
        return Err(type_error(format!("expected traceback object or None, got '{}'", ops::type_name(x))));
    }
    // Refuse loops, as CPython does.
    let mut c = x;
    while !c.is_null() {
        if c == v {
            return Err(crate::objects::exceptions::value_error("traceback loop detected"));
        }
        c = tb(c).next.get();
    }
    t.next.replace(x.new_ref()).decref();
    Ok(())
}

fn g_lineno(_vm: &mut Vm, v: Value) -> PyResult {
    let l = checked(v)?.lineno();
    Ok(if l == 0 { super::none() } else { Value::small_int(i64::from(l)) })
}

fn g_lasti(_vm: &mut Vm, v: Value) -> PyResult {
    // CPython counts code units of 2 bytes.
    Ok(Value::small_int(i64::from(checked(v)?.instr_index) * 2))
}

fn g_frame(_vm: &mut Vm, v: Value) -> PyResult {
    let t = checked(v)?;
    let f = t.frame.get();
    if !f.is_null() {
        return Ok(f.new_ref());
    }
    let snap = alloc(FrameSnapshot {
        header: ObjHeader::new(&FRAME_SNAPSHOT_TYPE),
        code: t.code_obj.get().new_ref(),
        lineno: t.lineno(),
        lasti: t.instr_index,
        globals: Value::NULL,
    });
    t.frame.set(snap.new_ref());
    Ok(snap)
}

/// What `tb_frame` returns until frames are objects: the frame's code and the line it was
/// at (`f_code`, `f_lineno`, `f_lasti`; `f_back` None).
#[repr(C)]
pub struct FrameSnapshot {
    pub header: ObjHeader,
    /// The code object (owned; NULL if unknown).
    pub code: Value,
    pub lineno: u32,
    pub lasti: u32,
    /// The frame's globals (owned; NULL if unknown, read as None).
    pub globals: Value,
}

impl Drop for FrameSnapshot {
    fn drop(&mut self) {
        self.code.decref();
        self.globals.decref();
    }
}

/// A frame snapshot (for `sys._getframe`): `code` and `globals` are borrowed.
pub fn new_frame_snapshot(code: Value, globals: Value, lineno: u32, lasti: u32) -> Value {
    alloc(FrameSnapshot { header: ObjHeader::new(&FRAME_SNAPSHOT_TYPE), code: code.new_ref(), lineno, lasti, globals: globals.new_ref() })
}

fn snap(v: Value) -> PyResult<&'static FrameSnapshot> {
    if v.is_ptr() && v.is_exact(&FRAME_SNAPSHOT_TYPE) {
        // SAFETY: the type was just checked.
        Ok(unsafe { v.as_ref::<FrameSnapshot>() })
    } else {
        Err(type_error(format!("descriptor requires a 'frame' object but received a '{}'", ops::type_name(v))))
    }
}

fn f_code(_vm: &mut Vm, v: Value) -> PyResult {
    let c = snap(v)?.code;
    Ok(if c.is_null() { super::none() } else { c.new_ref() })
}
fn f_lineno(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(Value::small_int(i64::from(snap(v)?.lineno)))
}
fn f_lasti(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(Value::small_int(i64::from(snap(v)?.lasti) * 2))
}
fn f_globals(_vm: &mut Vm, v: Value) -> PyResult {
    let g = snap(v)?.globals;
    Ok(if g.is_null() { super::none() } else { g.new_ref() })
}
fn f_back(_vm: &mut Vm, v: Value) -> PyResult {
    snap(v)?;
    Ok(super::none())
}

static FRAME_GETSETS: [GetSetDef; 5] = [
    GetSetDef { name: "f_globals", get: f_globals, set: None },
    GetSetDef { name: "f_code", get: f_code, set: None },
    GetSetDef { name: "f_lineno", get: f_lineno, set: None },
    GetSetDef { name: "f_lasti", get: f_lasti, set: None },
    GetSetDef { name: "f_back", get: f_back, set: None },
];

fn frame_repr(_vm: &mut Vm, v: Value) -> PyResult {
    let s = snap(v)?;
    let name = if s.code.is_null() { "?".to_string() } else { crate::objects::code::code_obj(s.code).unit.name.to_string() };
    let file = if s.code.is_null() { "?".to_string() } else { crate::objects::code::code_obj(s.code).unit.filename.to_string() };
    Ok(crate::objects::str::new_str(&format!("<frame at {:#x}, file '{file}', line {}, code {name}>", v.bits(), s.lineno)))
}

pub static FRAME_SNAPSHOT_TYPE: TypeObject = TypeObject::new_static(
    "frame",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: super::object::dealloc_box::<FrameSnapshot>,
        repr: Some(frame_repr),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        ..Slots::EMPTY
    },
    &[],
    &FRAME_GETSETS,
);

static TB_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "tb_next", get: g_next, set: Some(s_next) },
    GetSetDef { name: "tb_lineno", get: g_lineno, set: None },
    GetSetDef { name: "tb_lasti", get: g_lasti, set: None },
    GetSetDef { name: "tb_frame", get: g_frame, set: None },
];

pub static TRACEBACK_TYPE: TypeObject = TypeObject::new_static(
    "traceback",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: super::object::dealloc_box::<TracebackObject>,
        traverse: Some(tb_traverse),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        ..Slots::EMPTY
    },
    &[],
    &TB_GETSETS,
);

/// The entries of a traceback chain, outermost first (borrowed).
pub fn entries<'a>(first: Value) -> Vec<&'a TracebackObject> {
    let mut out = Vec::new();
    let mut c = first;
    while !c.is_null() && is_traceback(c) {
        let t: &'a TracebackObject = tb(c);
        out.push(t);
        c = t.next.get();
    }
    out
}
