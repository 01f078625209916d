//! `list` objects: layout and the primitive operations other code builds on. Methods (sort,
//! index, ...) and the type's slots live in `list_type.rs`.

use super::object::ObjHeader;
use super::typeobj::TypeObject;
use super::value::Value;
use std::cell::UnsafeCell;

/// A list owns one reference to each item.
#[repr(C)]
pub struct ListObject {
    pub header: ObjHeader,
    items: UnsafeCell<Vec<Value>>,
}

/// A new list taking over the references in `items`.
pub fn list_from_vec(items: Vec<Value>) -> Value {
    list_from_vec_of_type(&super::LIST_TYPE, items)
}

/// `list_from_vec` for a list subclass (a heap subtype's instance takes a reference to it).
pub fn list_from_vec_of_type(ty: &TypeObject, items: Vec<Value>) -> Value {
    super::types_containers::alloc_container(ty, ListObject { header: ObjHeader::new(ty), items: UnsafeCell::new(items) })
}

/// A new list holding new references to `items`.
pub fn new_list(items: &[Value]) -> Value {
    for &v in items {
        v.incref();
    }
    list_from_vec(items.to_vec())
}

/// Whether `v` is a list or a list subclass instance.
#[inline]
pub fn is_list(v: Value) -> bool {
    v.is_ptr() && (v.is_exact(&super::LIST_TYPE) || v.ty().has_flag(super::typeobj::TypeFlags::LIST_SUBCLASS))
}

/// The item vector of a list. Do not hold the reference across a call that can run Python
/// code (which may mutate the list): re-fetch after such calls.
#[inline(always)]
pub fn items<'a>(l: Value) -> &'a mut Vec<Value> {
    // SAFETY: l is a list (caller checked); single-threaded, and callers follow the rule above.
    unsafe { &mut *l.as_ref::<ListObject>().items.get() }
}

/// `l.append(v)` (takes a new reference to v).
#[inline]
pub fn append(l: Value, v: Value) {
    v.incref();
    items(l).push(v);
}

impl Drop for ListObject {
    fn drop(&mut self) {
        for v in self.items.get_mut().drain(..) {
            v.decref();
        }
    }
}

/// `clear` slot of list (cycle collector): drop every item.
pub fn list_clear(v: Value) {
    for x in std::mem::take(items(v)) {
        x.decref();
    }
}

/// `traverse` slot of list.
pub fn list_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    for &x in items(v).iter() {
        visit(x);
    }
}
