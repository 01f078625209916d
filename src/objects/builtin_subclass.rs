//! Instances of user subclasses of built-in containers, text and number types (`class C(dict)`,
//! `list`, `tuple`, `set`, `frozenset`, `str`, `bytes`, `int`, `float`, `complex`): the
//! built-in's own allocation makes them (taking the type reference for heap types) and its
//! `dealloc` frees them (releasing it).
//! list, dict, set and frozenset give such instances a `__dict__` slot themselves (the type's
//! `dictoffset`, see `types_containers::alloc_container`); for the others instance attributes
//! live in a side table keyed by the object's address, removed when the object is freed.

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
        &super::INT_TYPE,
        &super::FLOAT_TYPE,
        &super::complex::COMPLEX_TYPE,
        &super::descriptors::PROPERTY_TYPE,
        &super::descriptors::STATICMETHOD_TYPE,
        &super::descriptors::CLASSMETHOD_TYPE,
    ]
    .contains(&(t as *const TypeObject))
}


/// The side `__dict__` of `v` (borrowed), if it has one.
pub fn side_dict(v: Value) -> Option<Value> {
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
    let free = heaptype::layout_base(unsafe { &*ty }).slots().dealloc;
    // SAFETY: the built-in's dealloc matches the instance layout (the built-in allocated it)
    // and gives back the reference to the heap type.
    unsafe { free(p) };
}

/// `traverse`: the built-in's references and the side `__dict__`.
pub fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    if let Some(t) = heaptype::layout_base(v.ty()).slots().traverse {
        t(v, visit);
    }
    if let Some(slot) = ops::instance_dict_slot(v) {
        let d = slot.get();
        if !d.is_null() {
            visit(d);
        }
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
    if let Some(slot) = ops::instance_dict_slot(v) {
        slot.replace(Value::NULL).decref();
    }
    if let Some(d) = take_side_dict(v) {
        d.decref();
    }
}

/// `object.__getattribute__` for these instances: data descriptors, the side dict, then
/// other class attributes.
pub fn getattr(vm: &mut Vm, v: Value, name: Value) -> PyResult<Option<Value>> {
    if ops::instance_dict_slot(v).is_some() {
        return ops::generic_getattr(vm, v, name);
    }
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
    if ops::instance_dict_slot(v).is_some() {
        return ops::generic_setattr(vm, v, name, value);
    }
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

fn get_dict(vm: &mut Vm, v: Value) -> PyResult {
    if ops::instance_dict_slot(v).is_some() {
        return super::instance::get_dict(vm, v);
    }
    Ok(side_dict_or_new(v).new_ref())
}

fn set_dict(vm: &mut Vm, v: Value, d: Value) -> PyResult<()> {
    if ops::instance_dict_slot(v).is_some() {
        return super::instance::set_dict(vm, v, d);
    }
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
