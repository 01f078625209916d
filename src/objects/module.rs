//! Module objects: a namespace dict with a name.

use super::object::{alloc, ObjHeader};
use super::typeobj::{Slots, TypeObject};
use super::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

#[repr(C)]
pub struct ModuleObject {
    pub header: ObjHeader,
    /// The module's namespace (`__dict__`, the globals of its code).
    pub dict: Cell<Value>,
}

impl Drop for ModuleObject {
    fn drop(&mut self) {
        self.dict.get().decref();
    }
}

fn module_repr(vm: &mut Vm, m: Value) -> PyResult {
    let d = module_dict(m);
    let name = super::dict::get_str(d, super::str::intern("__name__"));
    let name = match name.and_then(super::str::as_str) {
        Some(n) => n.to_string(),
        None => "?".to_string(),
    };
    let _ = vm;
    match super::dict::get_str(d, super::str::intern("__file__")).and_then(super::str::as_str) {
        Some(f) => Ok(super::str::new_str(&format!("<module '{name}' from '{f}'>"))),
        None => Ok(super::str::new_str(&format!("<module '{name}' (built-in)>"))),
    }
}

fn module_get_dict(_vm: &mut Vm, m: Value) -> PyResult {
    Ok(module_dict(m).new_ref())
}

static MODULE_GETSETS: [super::typeobj::GetSetDef; 1] = [super::typeobj::GetSetDef { name: "__dict__", get: module_get_dict, set: None }];

pub static MODULE_TYPE: TypeObject = TypeObject::new_static(
    "module",
    Some(&super::OBJECT_TYPE),
    super::typeobj::TypeFlags::BASETYPE,
    Slots { dealloc: super::object::dealloc_box::<ModuleObject>, repr: Some(module_repr), ..Slots::EMPTY },
    &[],
    &MODULE_GETSETS,
)
.with_dictoffset(std::mem::offset_of!(ModuleObject, dict));

/// A new module named `name` with an empty namespace holding `__name__` (and `__doc__`,
/// `__package__`, `__loader__`, `__spec__` as None).
pub fn new_module(name: &str) -> Value {
    let d = super::dict::new_dict();
    let n = super::str::new_str(name);
    super::dict::set_str(d, super::str::intern("__name__"), n);
    n.decref();
    for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
        super::dict::set_str(d, super::str::intern(k), super::none());
    }
    alloc(ModuleObject { header: ObjHeader::new(&MODULE_TYPE), dict: Cell::new(d) })
}

#[inline]
pub fn is_module(v: Value) -> bool {
    v.is_ptr() && v.ty().is_subtype(&MODULE_TYPE)
}

/// The namespace dict of a module (borrowed).
#[inline]
pub fn module_dict(m: Value) -> Value {
    // SAFETY: callers pass module values.
    unsafe { m.as_ref::<ModuleObject>() }.dict.get()
}
