//! Instances of user classes whose layout base is `object`: a header and the `__dict__` slot.
//!
//! This is the working base the hidden-class (shape) layout will replace: allocation goes
//! through `alloc_instance` only, and attribute access goes through `vm::ops`'
//! `generic_getattr`/`generic_setattr` via the type's `dictoffset`, so inline slots keyed by a
//! shape can be added here later without touching callers.

use super::object::ObjHeader;
use super::typeobj::TypeObject;
use super::value::Value;
use crate::objects::exceptions::type_error;
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

/// An instance of a heap type whose layout base is `object`.
#[repr(C)]
pub struct InstanceObject {
    pub header: ObjHeader,
    /// `__dict__` (owned; NULL until the first attribute is stored).
    pub dict: Cell<Value>,
}

impl Drop for InstanceObject {
    fn drop(&mut self) {
        self.dict.get().decref();
    }
}

/// Byte offset of the `__dict__` slot (the type's `dictoffset`).
pub const INSTANCE_DICT_OFFSET: usize = std::mem::offset_of!(InstanceObject, dict);

/// A new, empty instance of `ty` (a heap type with the instance layout). The instance holds a
/// reference to its type.
pub fn alloc_instance(ty: &TypeObject) -> Value {
    ty.as_value().incref();
    super::gc::alloc_gc(InstanceObject { header: ObjHeader::new(ty), dict: Cell::new(Value::NULL) })
}

/// Free an instance's own part (its dict and memory); the type reference is released by
/// `heaptype::subtype_dealloc`.
///
/// # Safety
/// `p` was made by `alloc_instance` and has no remaining references.
pub unsafe fn instance_dealloc(p: *mut ObjHeader) {
    // SAFETY: caller's guarantee: p is an InstanceObject made by gc::alloc_gc.
    unsafe { super::gc::dealloc_gc::<InstanceObject>(p) }
}

/// `clear` for instances: drop the `__dict__` (the cycle collector breaks cycles with it).
pub fn instance_clear(v: Value) {
    if let Some(slot) = ops::instance_dict_slot(v) {
        slot.replace(Value::NULL).decref();
    }
}

/// `traverse` for instances.
pub fn instance_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    if let Some(slot) = ops::instance_dict_slot(v) {
        let d = slot.get();
        if !d.is_null() {
            visit(d);
        }
    }
    visit(v.ty().as_value());
}

/// `obj.__dict__` for any object whose type has a `dictoffset` (created on first use).
pub fn get_dict(_vm: &mut Vm, v: Value) -> PyResult {
    match ops::instance_dict_slot(v) {
        Some(slot) => {
            let mut d = slot.get();
            if d.is_null() {
                d = super::dict::new_dict();
                slot.set(d);
            }
            Ok(d.new_ref())
        }
        None => Err(ops::no_attribute(v, super::str::intern("__dict__"))),
    }
}

/// `obj.__dict__ = d` (a dict) / `del obj.__dict__`.
pub fn set_dict(_vm: &mut Vm, v: Value, d: Value) -> PyResult<()> {
    let slot = match ops::instance_dict_slot(v) {
        Some(s) => s,
        None => return Err(ops::no_attribute(v, super::str::intern("__dict__"))),
    };
    if d.is_null() {
        return Err(type_error("cannot delete __dict__"));
    }
    if !super::dict::is_dict(d) {
        return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", ops::type_name(d))));
    }
    d.incref();
    let old = slot.replace(d);
    old.decref();
    Ok(())
}

/// The `__dict__` property heap types get when they add the dict slot.
pub static DICT_GETSET: super::typeobj::GetSetDef =
    super::typeobj::GetSetDef { name: "__dict__", get: get_dict, set: Some(set_dict) };
