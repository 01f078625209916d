//! Instances of user classes whose layout base is `object`: a header, the `__dict__` slot, and
//! the class's inline slots (`__slots__` names, read and written through member descriptors).
//!
//! This is the working base the hidden-class (shape) layout will replace: allocation goes
//! through `alloc_instance` only, attribute access goes through `vm::ops`'
//! `generic_getattr`/`generic_setattr` via the type's `dictoffset`, and the inline slot area
//! (sized per type: `HeapTypeObject::nslots`) is where shape-indexed attributes can live.

use super::gc::{alloc_raw, free_raw};
use super::heaptype::{heap, Layout};
use super::object::{alloc, dealloc_box, ObjHeader};
use super::typeobj::{Slots, TypeFlags, TypeObject};
use super::value::Value;
use crate::objects::exceptions::type_error;
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

/// The fixed part of an instance of a heap type whose layout base is `object`; `nslots`
/// value words follow it.
#[repr(C)]
pub struct InstanceObject {
    pub header: ObjHeader,
    /// `__dict__` (owned; NULL until the first attribute is stored, or for ever when the class
    /// has `__slots__` without `__dict__`).
    pub dict: Cell<Value>,
}

/// Byte offset of the `__dict__` slot (the type's `dictoffset`).
pub const INSTANCE_DICT_OFFSET: usize = std::mem::offset_of!(InstanceObject, dict);

/// Number of inline slots instances of `ty` have.
#[inline]
fn nslots_of(ty: &TypeObject) -> usize {
    if ty.has_flag(TypeFlags::HEAPTYPE) && heap(ty).layout == Layout::Object {
        heap(ty).nslots.get()
    } else {
        0
    }
}

fn size_for(nslots: usize) -> usize {
    std::mem::size_of::<InstanceObject>() + nslots * std::mem::size_of::<Value>()
}

/// The inline slots of instance `v` (caller checked `v` is an instance of this layout).
#[inline]
fn slots<'a>(v: Value) -> &'a [Cell<Value>] {
    let n = nslots_of(v.ty());
    // SAFETY: instances are allocated with `n` value words after the fixed part.
    unsafe { std::slice::from_raw_parts((v.as_ptr() as *const u8).add(std::mem::size_of::<InstanceObject>()) as *const Cell<Value>, n) }
}

/// A new, empty instance of `ty` (a heap type with the instance layout). The instance holds a
/// reference to its type. Instances are containers tracked by the cycle collector.
pub fn alloc_instance(ty: &TypeObject) -> Value {
    ty.as_value().incref();
    let n = nslots_of(ty);
    let p = alloc_raw(size_for(n)) as *mut InstanceObject;
    // SAFETY: p has room for the fixed part and n words, which are zeroed (NULL slots).
    unsafe {
        p.write(InstanceObject { header: ObjHeader::new(ty), dict: Cell::new(Value::NULL) });
        std::ptr::write_bytes((p as *mut u8).add(std::mem::size_of::<InstanceObject>()), 0, n * std::mem::size_of::<Value>());
    }
    Value::from_ptr(p)
}

/// Free an instance's own part (its dict, slots and memory); the type reference is released
/// by `heaptype::subtype_dealloc` afterwards (the type is alive here).
///
/// # Safety
/// `p` was made by `alloc_instance` and has no remaining references.
pub unsafe fn instance_dealloc(p: *mut ObjHeader) {
    let v = Value::from_ptr(p);
    let n = nslots_of(v.ty());
    for s in slots(v) {
        s.replace(Value::NULL).decref();
    }
    // SAFETY: p is an InstanceObject (caller's guarantee).
    let o = unsafe { &*(p as *const InstanceObject) };
    o.dict.replace(Value::NULL).decref();
    // SAFETY: allocated by alloc_raw(size_for(n)); contents released above.
    unsafe { free_raw(p as *mut u8, size_for(n)) };
}

/// `traverse` for instances: the `__dict__`, the inline slots, the type.
pub fn instance_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    if let Some(slot) = ops::instance_dict_slot(v) {
        let d = slot.get();
        if !d.is_null() {
            visit(d);
        }
    }
    for s in slots(v) {
        let x = s.get();
        if !x.is_null() {
            visit(x);
        }
    }
    visit(v.ty().as_value());
}

/// `clear` for instances (cycle collection): drop the `__dict__` and the slots.
pub fn instance_clear(v: Value) {
    if let Some(slot) = ops::instance_dict_slot(v) {
        slot.replace(Value::NULL).decref();
    }
    for s in slots(v) {
        s.replace(Value::NULL).decref();
    }
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

/// A `__slots__` entry: reads and writes inline slot `index` of instances of `owner`.
#[repr(C)]
pub struct MemberDescr {
    pub header: ObjHeader,
    /// The attribute name (owned str).
    pub name: Value,
    /// The class that declared it (borrowed: the descriptor lives in its `__dict__`).
    pub owner: *const TypeObject,
    pub index: usize,
}

impl Drop for MemberDescr {
    fn drop(&mut self) {
        self.name.decref();
    }
}

/// A member descriptor for slot `index` of `owner` (new reference to `name` taken).
pub fn new_member(name: Value, owner: &TypeObject, index: usize) -> Value {
    name.incref();
    alloc(MemberDescr { header: ObjHeader::new(&MEMBER_DESCR_TYPE), name, owner, index })
}

fn member<'a>(d: Value) -> &'a MemberDescr {
    // SAFETY: only called on member_descriptor instances.
    unsafe { d.as_ref::<MemberDescr>() }
}

/// The slot of `obj` a member descriptor refers to, checking `obj`'s type.
fn member_slot<'a>(d: Value, obj: Value) -> PyResult<&'a Cell<Value>> {
    let m = member(d);
    // SAFETY: the owner outlives the descriptor in its dict.
    let owner = unsafe { &*m.owner };
    if !obj.ty().is_subtype(owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            super::str::str_obj(m.name).to_string_lossy(),
            owner.tp_name(),
            ops::type_name(obj)
        )));
    }
    slots(obj).get(m.index).ok_or_else(|| type_error("slot index out of range"))
}

fn member_get(_vm: &mut Vm, d: Value, obj: Value, _ty: Value) -> PyResult {
    if obj.is_null() {
        return Ok(d.new_ref());
    }
    let v = member_slot(d, obj)?.get();
    if v.is_null() {
        return Err(ops::no_attribute(obj, member(d).name));
    }
    Ok(v.new_ref())
}

fn member_set(_vm: &mut Vm, d: Value, obj: Value, value: Value) -> PyResult<()> {
    let slot = member_slot(d, obj)?;
    if value.is_null() && slot.get().is_null() {
        // CPython 3.11 names just the attribute here.
        return Err(crate::objects::exceptions::attribute_error(super::str::str_obj(member(d).name).to_string_lossy()));
    }
    value.incref();
    slot.replace(value).decref();
    Ok(())
}

fn member_repr(_vm: &mut Vm, d: Value) -> PyResult {
    let m = member(d);
    // SAFETY: the owner outlives the descriptor.
    let owner = unsafe { &*m.owner };
    Ok(super::str::new_str(&format!("<member '{}' of '{}' objects>", super::str::str_obj(m.name).to_string_lossy(), owner.tp_name())))
}

pub static MEMBER_DESCR_TYPE: TypeObject = TypeObject::new_static(
    "member_descriptor",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<MemberDescr>,
        descr_get: Some(member_get),
        descr_set: Some(member_set),
        repr: Some(member_repr),
        ..Slots::EMPTY
    },
    &[],
    &[],
);
