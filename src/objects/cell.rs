//! Cell objects: the boxes that hold variables shared between a function and the closures
//! nested in it (`LOAD_DEREF`/`STORE_DEREF`), and `__class__` for zero-argument `super()`.

use super::gc::{alloc_gc, dealloc_gc};
use super::object::ObjHeader;
use super::typeobj::{Slots, TypeObject};
use super::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

#[repr(C)]
pub struct CellObject {
    pub header: ObjHeader,
    /// The variable's value (owned; NULL when unbound).
    pub value: Cell<Value>,
}

impl Drop for CellObject {
    fn drop(&mut self) {
        self.value.get().decref();
    }
}

/// A new cell holding `v` (a new reference is taken; NULL for an empty cell).
pub fn new_cell(v: Value) -> Value {
    v.incref();
    alloc_gc(CellObject { header: ObjHeader::new(&CELL_TYPE), value: Cell::new(v) })
}

#[inline]
pub fn is_cell(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&CELL_TYPE)
}

/// The cell behind `v` (caller checked `is_cell`).
#[inline(always)]
pub fn cell<'a>(v: Value) -> &'a CellObject {
    // SAFETY: caller checked the type.
    unsafe { v.as_ref::<CellObject>() }
}

/// Borrowed content (NULL when empty).
#[inline(always)]
pub fn cell_get(c: Value) -> Value {
    cell(c).value.get()
}

/// Replace the content (a new reference to `v` is taken; NULL empties the cell).
#[inline]
pub fn cell_set(c: Value, v: Value) {
    v.incref();
    let old = cell(c).value.replace(v);
    old.decref();
}

fn cell_repr(_vm: &mut Vm, c: Value) -> PyResult {
    let v = cell_get(c);
    let s = if v.is_null() {
        format!("<cell at {:#x}: empty>", c.bits())
    } else {
        format!("<cell at {:#x}: {} object at {:#x}>", c.bits(), crate::vm::ops::type_name(v), v.bits())
    };
    Ok(super::str::new_str(&s))
}

fn cell_traverse(c: Value, visit: &mut dyn FnMut(Value)) {
    let v = cell_get(c);
    if !v.is_null() {
        visit(v);
    }
}

fn cell_clear(c: Value) {
    cell(c).value.replace(Value::NULL).decref();
}

fn cell_contents(_vm: &mut Vm, c: Value) -> PyResult {
    let v = cell_get(c);
    if v.is_null() {
        return Err(crate::objects::exceptions::value_error("Cell is empty"));
    }
    Ok(v.new_ref())
}
fn set_cell_contents(_vm: &mut Vm, c: Value, v: Value) -> PyResult<()> {
    cell_set(c, v);
    Ok(())
}

static CELL_GETSETS: [super::typeobj::GetSetDef; 1] =
    [super::typeobj::GetSetDef { name: "cell_contents", get: cell_contents, set: Some(set_cell_contents) }];

pub static CELL_TYPE: TypeObject = TypeObject::new_static(
    "cell",
    Some(&super::OBJECT_TYPE),
    super::typeobj::TypeFlags::HAVE_GC,
    Slots {
        dealloc: dealloc_gc::<CellObject>,
        repr: Some(cell_repr),
        traverse: Some(cell_traverse),
        clear: Some(cell_clear),
        ..Slots::EMPTY
    },
    &[],
    &CELL_GETSETS,
);
