//! Instances of user classes whose layout base is `object`: a header, the `__dict__` slot, the
//! shape and attribute values (hidden classes, see `shape.rs`), then the class's inline slots
//! (`__slots__` names, read and written through member descriptors), then room for attribute
//! values.
//!
//! An instance of a class with a `__dict__` starts with the empty shape and keeps its
//! attributes in value slots indexed by its shape: `values[i]` holds attribute
//! `shape.names()[i]`, never NULL for `i < shape.len()`. The values live inline after the
//! `__slots__` area (as many as the class's instances have needed so far: `attr_hint`) and
//! move to a separate block when an instance outgrows them. When a shape cannot express the
//! attributes (deletion, a non-str name, too many names) or `__dict__` itself is asked for,
//! the instance "materializes" a real dict, moves its values into it and from then on is a
//! plain dict-backed instance (shape NULL, dict set) — as CPython 3.11's split-dict instances
//! do. Classes without a `__dict__` (`__slots__` only) never have a shape.

use super::gc::{alloc_raw, free_raw};
use super::heaptype::{heap, Layout};
use super::object::{alloc, dealloc_box, ObjHeader};
use super::shape::{self, Shape};
use super::typeobj::{Slots, TypeFlags, TypeObject};
use super::value::Value;
use crate::objects::exceptions::type_error;
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

/// The fixed part of an instance of a heap type whose layout base is `object`; `nslots`
/// `__slots__` words and `icap` attribute-value words follow it.
#[repr(C)]
pub struct InstanceObject {
    pub header: ObjHeader,
    /// `__dict__` (owned) once the instance has materialized one; NULL while its attributes
    /// live in shape-indexed values (or for ever when the class has no `__dict__`).
    pub dict: Cell<Value>,
    /// The shape (NULL when the instance uses `dict`, or its class has no `__dict__`).
    pub shape: Cell<*const Shape>,
    /// The attribute values (`cap` words; the inline area or a separate block).
    pub values: Cell<*mut Value>,
    pub cap: Cell<u32>,
    /// Number of inline attribute-value words after the `__slots__` area.
    pub icap: Cell<u32>,
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

fn size_for(nslots: usize, icap: usize) -> usize {
    std::mem::size_of::<InstanceObject>() + (nslots + icap) * std::mem::size_of::<Value>()
}

/// The instance view of `v` (caller checked the type has the instance layout).
#[inline(always)]
pub fn inst<'a>(v: Value) -> &'a InstanceObject {
    // SAFETY: caller's guarantee.
    unsafe { v.as_ref::<InstanceObject>() }
}

/// Whether `v` is an instance whose attributes may live in shape-indexed values.
#[inline(always)]
pub fn is_shaped(v: Value) -> bool {
    v.is_ptr() && v.ty().has_flag(TypeFlags::SHAPED)
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
    let shaped = ty.has_flag(TypeFlags::SHAPED);
    let icap = if shaped { heap(ty).attr_hint.get() as usize } else { 0 };
    let p = alloc_raw(size_for(n, icap)) as *mut InstanceObject;
    // SAFETY: p has room for the fixed part and n + icap words, which are zeroed (NULL).
    unsafe {
        let inline = (p as *mut u8).add(std::mem::size_of::<InstanceObject>() + n * std::mem::size_of::<Value>()) as *mut Value;
        p.write(InstanceObject {
            header: ObjHeader::new(ty),
            dict: Cell::new(Value::NULL),
            shape: Cell::new(if shaped { shape::root() } else { std::ptr::null() }),
            values: Cell::new(inline),
            cap: Cell::new(icap as u32),
            icap: Cell::new(icap as u32),
        });
        std::ptr::write_bytes((p as *mut u8).add(std::mem::size_of::<InstanceObject>()), 0, (n + icap) * std::mem::size_of::<Value>());
    }
    Value::from_ptr(p)
}

/// The attribute values of a shaped instance (its shape's length).
#[inline]
fn values<'a>(o: &'a InstanceObject) -> &'a [Cell<Value>] {
    let sh = o.shape.get();
    if sh.is_null() {
        return &[];
    }
    // SAFETY: shapes are never freed; values holds at least shape.len() initialized words.
    unsafe { std::slice::from_raw_parts(o.values.get() as *const Cell<Value>, (*sh).len()) }
}

#[inline]
fn inline_values(o: &InstanceObject) -> *mut Value {
    // SAFETY: the inline area directly follows the fixed part and the `__slots__` words.
    unsafe { (o as *const InstanceObject as *mut u8).add(std::mem::size_of::<InstanceObject>() + nslots_of(o.header.ty()) * std::mem::size_of::<Value>()) as *mut Value }
}

/// Release the values of a shaped instance and its separate value block, if any; the
/// instance is left with the empty shape (or `keep_shape == false`: NULL).
fn drop_values(o: &InstanceObject, keep_shape: bool) {
    let vals: Vec<Value> = values(o).iter().map(|c| c.replace(Value::NULL)).collect();
    o.shape.set(if keep_shape { shape::root() } else { std::ptr::null() });
    free_value_block(o);
    for v in vals {
        v.decref();
    }
}

/// Free a separate value block and point `values` back at the inline area.
fn free_value_block(o: &InstanceObject) {
    let inline = inline_values(o);
    let p = o.values.get();
    if p != inline {
        // SAFETY: a separate block was allocated by `grow` with `cap` words.
        unsafe { free_raw(p as *mut u8, o.cap.get() as usize * std::mem::size_of::<Value>()) };
        o.values.set(inline);
        o.cap.set(o.icap.get());
    }
}

/// Free an instance's own part (its dict, values, slots and memory); the type reference is
/// released by `heaptype::subtype_dealloc` afterwards (the type is alive here).
///
/// # Safety
/// `p` was made by `alloc_instance` and has no remaining references.
pub unsafe fn instance_dealloc(p: *mut ObjHeader) {
    let v = Value::from_ptr(p);
    let n = nslots_of(v.ty());
    let o = inst(v);
    let icap = o.icap.get() as usize;
    // The instance is unreachable: release its values in place (no allocation).
    for c in values(o) {
        c.replace(Value::NULL).decref();
    }
    o.shape.set(std::ptr::null());
    free_value_block(o);
    for s in slots(v) {
        s.replace(Value::NULL).decref();
    }
    o.dict.replace(Value::NULL).decref();
    // SAFETY: allocated by alloc_raw(size_for(n, icap)); contents released above.
    unsafe { free_raw(p as *mut u8, size_for(n, icap)) };
}

/// `traverse` for instances: the `__dict__` or attribute values, the inline slots, the type.
pub fn instance_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let o = inst(v);
    let d = o.dict.get();
    if !d.is_null() {
        visit(d);
    }
    for c in values(o) {
        visit(c.get());
    }
    for s in slots(v) {
        let x = s.get();
        if !x.is_null() {
            visit(x);
        }
    }
    visit(v.ty().as_value());
}

/// `clear` for instances (cycle collection): drop the `__dict__`, the values and the slots.
pub fn instance_clear(v: Value) {
    let o = inst(v);
    let shaped = !o.shape.get().is_null();
    drop_values(o, shaped);
    o.dict.replace(Value::NULL).decref();
    for s in slots(v) {
        s.replace(Value::NULL).decref();
    }
}

/// The value of attribute `name` (an exact str) stored on shaped instance `v` (borrowed),
/// or `Err(())` when the instance keeps its attributes in a dict.
#[inline]
pub fn shaped_get(v: Value, name: Value) -> Result<Option<Value>, ()> {
    let o = inst(v);
    let sh = o.shape.get();
    if sh.is_null() {
        return Err(());
    }
    // SAFETY: shapes are never freed.
    let sh = unsafe { &*sh };
    Ok(sh.index_of(name).map(|i| values(o)[i].get()))
}

/// Store `value` (not NULL) as attribute `name` (an exact str) of shaped instance `v`;
/// `false` when the instance keeps (or now has to keep) its attributes in a dict — then the
/// caller stores into `inst(v).dict` (already materialized).
pub fn shaped_set(v: Value, name: Value, value: Value) -> bool {
    let o = inst(v);
    let shp = o.shape.get();
    if shp.is_null() {
        return false;
    }
    // SAFETY: shapes are never freed.
    let sh = unsafe { &*shp };
    if let Some(i) = sh.index_of(name) {
        value.incref();
        values(o)[i].replace(value).decref();
        return true;
    }
    let iname = super::str::intern_value(name);
    let next = match sh.add(iname) {
        Some(n) => n,
        None => {
            materialize(v);
            return false;
        }
    };
    let len = sh.len();
    if len >= o.cap.get() as usize {
        grow(o, len + 1);
    }
    value.incref();
    // SAFETY: values has cap > len words.
    unsafe { o.values.get().add(len).write(value) };
    o.shape.set(next);
    let ty = v.ty();
    let h = &heap(ty).attr_hint;
    if (len + 1) as u32 > h.get() {
        h.set((len + 1) as u32);
    }
    true
}

/// Append `value` (a new reference is taken) as the next attribute of shaped instance `o`
/// whose shape is `from`, moving it to shape `to` (`from` plus one name); the interpreter's
/// cached transition.
#[inline]
pub fn shaped_append(o: &InstanceObject, to: *const Shape, value: Value) {
    // SAFETY: shapes are never freed; the caller checked o's shape is `to`'s parent.
    let len = unsafe { (*to).len() } - 1;
    if len >= o.cap.get() as usize {
        grow(o, len + 1);
    }
    value.incref();
    // SAFETY: values has cap > len words.
    unsafe { o.values.get().add(len).write(value) };
    o.shape.set(to);
}

/// Give shaped instance `o` room for at least `need` values (a separate block).
#[cold]
fn grow(o: &InstanceObject, need: usize) {
    let cap = need.max(4).max(o.cap.get() as usize * 2).min(shape::MAX_SHAPE_LEN);
    let p = alloc_raw(cap * std::mem::size_of::<Value>()) as *mut Value;
    let len = values(o).len();
    // SAFETY: p has cap >= len words; the old block holds len initialized words.
    unsafe {
        std::ptr::copy_nonoverlapping(o.values.get(), p, len);
        std::ptr::write_bytes(p.add(len), 0, cap - len);
    }
    let old = o.values.get();
    if old != inline_values(o) {
        // SAFETY: the old separate block had `cap` words.
        unsafe { free_raw(old as *mut u8, o.cap.get() as usize * std::mem::size_of::<Value>()) };
    }
    o.values.set(p);
    o.cap.set(cap as u32);
}

/// The attribute names of instance `v` while they live in shape-indexed values (None once it
/// uses a dict, or when its type has no shapes).
pub fn shape_names<'a>(v: Value) -> Option<&'a [Value]> {
    if !is_shaped(v) {
        return None;
    }
    let sh = inst(v).shape.get();
    // SAFETY: shapes are never freed.
    (!sh.is_null()).then(|| unsafe { (*sh).names() })
}

/// Turn shaped instance `v` into a dict-backed one (its attributes, in order, move into a new
/// dict). No-op when it already has a dict or its class has none.
pub fn materialize(v: Value) {
    let o = inst(v);
    let sh = o.shape.get();
    if sh.is_null() {
        return;
    }
    let d = super::dict::new_dict();
    // SAFETY: shapes are never freed.
    let names = unsafe { (*sh).names() };
    for (c, &n) in values(o).iter().zip(names) {
        super::dict::set_str(d, n, c.get());
    }
    drop_values(o, false);
    o.dict.replace(d).decref();
}

/// The `__dict__` slot of `v` (a heap-type instance with the instance layout and a dict):
/// shaped instances materialize their dict first.
#[inline]
pub fn dict_slot<'a>(v: Value) -> &'a Cell<Value> {
    materialize(v);
    &inst(v).dict
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

/// Byte offset (from the instance's start) of the `__slots__` word member descriptor `d`
/// reads, when `d` is a member descriptor applying to instances of `ty`.
pub fn member_offset(d: Value, ty: &TypeObject) -> Option<usize> {
    if !d.is_ptr() || !d.is_exact(&MEMBER_DESCR_TYPE) {
        return None;
    }
    let m = member(d);
    // SAFETY: the owner outlives the descriptor in its dict.
    let owner = unsafe { &*m.owner };
    (ty.is_subtype(owner) && m.index < nslots_of(ty)).then(|| std::mem::size_of::<InstanceObject>() + m.index * std::mem::size_of::<Value>())
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
