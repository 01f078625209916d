//! `tuple` objects: layout and construction (items stored inline after the header). Methods
//! and the type's slots live in `tuple_type.rs`.

use super::object::ObjHeader;
use super::typeobj::TypeObject;
use super::value::Value;
use std::alloc::Layout;
use std::cell::Cell;

/// Header of a tuple; `len` item words follow it in the same allocation. The tuple owns one
/// reference to each item.
#[repr(C)]
pub struct TupleObject {
    pub header: ObjHeader,
    pub len: usize,
    /// Cached hash (-1 until computed; only for exact tuples).
    pub hash: Cell<i64>,
}

fn layout_for(len: usize) -> Layout {
    let bytes = len
        .checked_mul(8)
        .and_then(|b| b.checked_add(std::mem::size_of::<TupleObject>()))
        .unwrap_or(usize::MAX / 2);
    Layout::from_size_align(bytes, 8).unwrap_or_else(|_| std::alloc::handle_alloc_error(Layout::new::<TupleObject>()))
}

/// An uninitialised tuple of `len` NULL items of type `ty` (the caller fills every item).
pub fn alloc_tuple_of_type(ty: &TypeObject, len: usize) -> Value {
    let layout = layout_for(len);
    let p = super::gc::alloc_raw(layout.size()) as *mut TupleObject;
    // SAFETY: fresh allocation of the right size; items zeroed (NULL).
    unsafe {
        p.write(TupleObject { header: ObjHeader::new(ty), len, hash: Cell::new(-1) });
        std::ptr::write_bytes((p as *mut u8).add(std::mem::size_of::<TupleObject>()), 0, len * 8);
    }
    Value::from_ptr(p)
}

/// A tuple of NULL items (to be filled with `set_item` before anyone sees it).
pub fn alloc_tuple(len: usize) -> Value {
    if len == 0 {
        return empty_tuple();
    }
    alloc_tuple_of_type(&super::TUPLE_TYPE, len)
}

/// A new tuple holding new references to `items`.
pub fn new_tuple(items: &[Value]) -> Value {
    let t = alloc_tuple(items.len());
    if items.is_empty() {
        return t;
    }
    let dst = items_mut(t);
    for (d, &s) in dst.iter_mut().zip(items) {
        s.incref();
        *d = s;
    }
    t
}

/// A new tuple taking over the references in `items`.
pub fn tuple_from_vec(items: Vec<Value>) -> Value {
    let t = alloc_tuple(items.len());
    if !items.is_empty() {
        items_mut(t).copy_from_slice(&items);
    }
    t
}

thread_local! {
    static EMPTY: Value = {
        let t = alloc_tuple_of_type(&super::TUPLE_TYPE, 0);
        // SAFETY: t was just made.
        unsafe { (*t.as_ptr()).refcnt.set(super::object::IMMORTAL) };
        t
    };
}

/// The shared empty tuple (a new reference; immortal).
pub fn empty_tuple() -> Value {
    EMPTY.with(|e| *e)
}

/// The items of a tuple (or tuple subclass instance); the caller has checked the type.
#[inline(always)]
pub fn items<'a>(t: Value) -> &'a [Value] {
    // SAFETY: t is a tuple; its items follow the header.
    unsafe {
        let o = t.as_ref::<TupleObject>();
        std::slice::from_raw_parts((t.as_ptr() as *const u8).add(std::mem::size_of::<TupleObject>()) as *const Value, o.len)
    }
}

/// Mutable items: only for filling a tuple nobody else has seen yet.
#[inline(always)]
pub fn items_mut<'a>(t: Value) -> &'a mut [Value] {
    // SAFETY: t is a freshly made tuple not yet shared (caller's contract).
    unsafe {
        let o = t.as_ref::<TupleObject>();
        std::slice::from_raw_parts_mut((t.as_ptr() as *mut u8).add(std::mem::size_of::<TupleObject>()) as *mut Value, o.len)
    }
}

/// Whether `v` is a tuple or a tuple subclass instance.
#[inline]
pub fn is_tuple(v: Value) -> bool {
    v.is_ptr() && (v.is_exact(&super::TUPLE_TYPE) || v.ty().has_flag(super::typeobj::TypeFlags::TUPLE_SUBCLASS))
}

/// `dealloc` slot of tuple: releases the items and frees the block.
///
/// # Safety
/// `p` is a tuple with no remaining references.
pub unsafe fn tuple_dealloc(p: *mut ObjHeader) {
    let v = Value::from_ptr(p);
    for &x in items(v) {
        x.decref();
    }
    // SAFETY: p is a TupleObject; same layout as allocated.
    let len = unsafe { (*(p as *mut TupleObject)).len };
    // SAFETY: the block was allocated by gc::alloc_raw with this size.
    unsafe { super::gc::free_raw(p as *mut u8, layout_for(len).size()) };
}

/// `traverse` slot of tuple.
pub fn tuple_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    for &x in items(v) {
        visit(x);
    }
}
