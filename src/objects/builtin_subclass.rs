//! Instances of user subclasses of built-in containers and text types (`class C(dict)`,
//! `list`, `tuple`, `set`, `frozenset`, `str`, `bytes`): the built-in's own allocation makes
//! them (its `new` slot takes the type reference for heap types), and since that layout has no
//! `__dict__` slot, their instance attributes live in a side table keyed by the object's
//! address, removed when the object is freed.

use super::heaptype;
use super::object::ObjHeader;
use super::typeobj::TypeObject;
use super::value::Value;
use super::{dict, str::intern};
use crate::objects::exceptions::type_error;
use crate::vm::{ops, PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// object address -> its `__dict__` (owned).
    static DICTS: RefCell<HashMap<usize, Value>> = RefCell::new(HashMap::new());
}

/// Whether instances of the built-in `t` can be subclassed this way.
pub fn supports(t: &TypeObject) -> bool {
    [
        &super::STR_TYPE as *const TypeObject,
        &super::bytes::BYTES_TYPE,
        &super::DICT_TYPE,
        &super::LIST_TYPE,
        &super::TUPLE_TYPE,
        &super::set::SET_TYPE,
        &super::set::FROZENSET_TYPE,
    ]
    .contains(&(t as *const TypeObject))
}

/// Whether the built-in's `dealloc` releases the type reference itself (all of the supported
/// built-ins: their allocation functions take a reference to a heap type and their dealloc
/// slots give it back).
fn dealloc_releases_type(t: &TypeObject) -> bool {
    supports(t)
}

/// The side `__dict__` of `v` (borrowed), if it has one.
fn side_dict(v: Value) -> Option<Value> {
    DICTS.with(|d| d.borrow().get(&(v.bits() as usize)).copied())
}

/// The side `__dict__` of `v`, created on first use (borrowed).
fn side_dict_or_new(v: Value) -> Value {
    if let Some(d) = side_dict(v) {
        return d;
    }
    let d = dict::new_dict();
    DICTS.with(|m| m.borrow_mut().insert(v.bits() as usize, d));
    d
}

fn take_side_dict(v: Value) -> Option<Value> {
    DICTS.with(|m| m.borrow_mut().remove(&(v.bits() as usize)))
}

/// `dealloc` of heap subclasses of these built-ins.
///
/// # Safety
/// `p` is an instance of such a heap type with no remaining references.
pub unsafe fn dealloc(p: *mut ObjHeader) {
    let v = Value::from_ptr(p);
    if let Some(d) = take_side_dict(v) {
        d.decref();
    }
    // SAFETY: p is live; its type is a heap type whose layout base is a supported built-in.
    let ty = unsafe { (*p).ty.get() };
    // SAFETY: as above.
    let base = heaptype::layout_base(unsafe { &*ty });
    let releases = dealloc_releases_type(base);
    let free = base.slots().dealloc;
    // SAFETY: the built-in's dealloc matches the instance layout (the built-in allocated it).
    unsafe { free(p) };
    if !releases {
        // SAFETY: the instance owned one reference to its heap type.
        unsafe { ObjHeader::decref(ty as *mut ObjHeader) };
    }
}

/// `traverse`: the built-in's references and the side `__dict__`.
pub fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    if let Some(t) = heaptype::layout_base(v.ty()).slots().traverse {
        t(v, visit);
    }
    if let Some(d) = side_dict(v) {
        visit(d);
    }
    visit(v.ty().as_value());
}

/// `clear` (cycle collection): the built-in's, then drop the side `__dict__`.
pub fn clear(v: Value) {
    if let Some(c) = heaptype::layout_base(v.ty()).slots().clear {
        c(v);
    }
    if let Some(d) = take_side_dict(v) {
        d.decref();
    }
}

/// `object.__getattribute__` for these instances: data descriptors, the side dict, then
/// other class attributes.
pub fn getattr(vm: &mut Vm, v: Value, name: Value) -> PyResult<Option<Value>> {
    let ty = v.ty();
    let descr = ty.lookup(name);
    if let Some(d) = descr {
        let ds = d.ty().slots();
        if let (Some(get), Some(_)) = (ds.descr_get, ds.descr_set) {
            d.incref();
            let r = get(vm, d, v, ty.as_value());
            d.decref();
            return r.map(Some);
        }
    }
    if let Some(sd) = side_dict(v) {
        if let Some(x) = dict::get(vm, sd, name)? {
            return Ok(Some(x.new_ref()));
        }
    }
    if let Some(d) = descr {
        if let Some(get) = d.ty().slots().descr_get {
            d.incref();
            let r = get(vm, d, v, ty.as_value());
            d.decref();
            return r.map(Some);
        }
        return Ok(Some(d.new_ref()));
    }
    Ok(None)
}

/// `object.__setattr__`/`__delattr__` for these instances.
pub fn setattr(vm: &mut Vm, v: Value, name: Value, value: Value) -> PyResult<()> {
    if let Some(d) = v.ty().lookup(name) {
        if let Some(set) = d.ty().slots().descr_set {
            d.incref();
            let r = set(vm, d, v, value);
            d.decref();
            return r;
        }
    }
    if value.is_null() {
        return match side_dict(v) {
            Some(sd) if dict::del(vm, sd, name)? => Ok(()),
            _ => Err(ops::no_attribute(v, name)),
        };
    }
    dict::set(vm, side_dict_or_new(v), name, value)
}

fn get_dict(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(side_dict_or_new(v).new_ref())
}

fn set_dict(_vm: &mut Vm, v: Value, d: Value) -> PyResult<()> {
    if d.is_null() {
        return Err(type_error("cannot delete __dict__"));
    }
    if !dict::is_dict(d) {
        return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", ops::type_name(d))));
    }
    d.incref();
    if let Some(old) = DICTS.with(|m| m.borrow_mut().insert(v.bits() as usize, d)) {
        old.decref();
    }
    Ok(())
}

/// The `__dict__` property of these subclasses.
pub static DICT_GETSET: super::typeobj::GetSetDef = super::typeobj::GetSetDef { name: "__dict__", get: get_dict, set: Some(set_dict) };

/// Whether `v`'s attribute name is `__dict__` (for callers that special-case it).
pub fn is_dict_name(name: Value) -> bool {
    name == intern("__dict__")
}
