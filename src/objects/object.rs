//! The object header every heap object starts with, reference counting, and allocation.
//!
//! Layout (read directly by compiled code; offsets in `jit::abi`):
//! - offset 0: `refcnt` (usize)
//! - offset 8: `ty` (pointer to the type object)
//!
//! Objects are allocated with the global allocator. A type's `dealloc` slot releases what the
//! object owns and frees its memory; `ObjHeader::decref` calls it when the count reaches zero.
//! Freeing a long chain (a linked list of a million nested tuples) would recurse once per link,
//! so deallocation past a fixed depth is queued and drained iteratively (CPython's "trashcan").
//! Objects that must outlive everything (types, `None`, interned names) are immortal: their
//! count starts at `IMMORTAL` and can never reach zero.

use super::typeobj::TypeObject;
use super::value::Value;
use std::cell::{Cell, RefCell};

/// The header of every heap object.
#[repr(C)]
pub struct ObjHeader {
    /// Number of owned references.
    pub refcnt: Cell<usize>,
    /// The object's type (`__class__`); owned by the object for heap types.
    pub ty: Cell<*const TypeObject>,
}

/// Reference count of immortal objects (static types, singletons): large enough that no
/// sequence of decrefs reaches zero.
pub const IMMORTAL: usize = 1 << 60;

/// Deallocation nesting beyond which freeing is deferred (see the module doc).
const MAX_DEALLOC_DEPTH: u32 = 200;

thread_local! {
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<*mut ObjHeader>> = const { RefCell::new(Vec::new()) };
}

impl ObjHeader {
    /// A header for a new object with one reference.
    pub const fn new(ty: *const TypeObject) -> ObjHeader {
        ObjHeader { refcnt: Cell::new(1), ty: Cell::new(ty) }
    }

    /// A header for a static, immortal object.
    pub const fn immortal(ty: *const TypeObject) -> ObjHeader {
        ObjHeader { refcnt: Cell::new(IMMORTAL), ty: Cell::new(ty) }
    }

    #[inline(always)]
    pub fn incref(&self) {
        self.refcnt.set(self.refcnt.get() + 1);
    }

    /// Drop one reference to `p`, freeing the object when it was the last.
    ///
    /// # Safety
    /// `p` is a live object and the caller owns the reference it gives up.
    #[inline(always)]
    pub unsafe fn decref(p: *mut ObjHeader) {
        // SAFETY: p is live (caller's guarantee).
        let rc = unsafe { &(*p).refcnt };
        let n = rc.get() - 1;
        rc.set(n);
        if n == 0 {
            // SAFETY: the count reached zero: nobody else refers to p.
            unsafe { dealloc(p) }
        }
    }

    /// The type of this object.
    #[inline(always)]
    pub fn ty(&self) -> &TypeObject {
        // SAFETY: a live object's type is a live type object.
        unsafe { &*self.ty.get() }
    }
}

/// Free an object whose count reached zero (through its type's `dealloc` slot), deferring
/// deep chains (see the module doc).
///
/// # Safety
/// `p` is a live object with no remaining references.
#[cold]
pub unsafe fn dealloc(p: *mut ObjHeader) {
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= MAX_DEALLOC_DEPTH {
        DEFERRED.with(|q| q.borrow_mut().push(p));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: p is live; its type's dealloc frees exactly this object.
    unsafe { dealloc_one(p) };
    if depth == 0 {
        // Outermost deallocation: drain what deeper levels deferred, iteratively.
        loop {
            let next = DEFERRED.with(|q| q.borrow_mut().pop());
            match next {
                // SAFETY: deferred objects had reached zero references and were not freed.
                Some(q) => unsafe { dealloc_one(q) },
                None => break,
            }
        }
    }
    DEALLOC_DEPTH.with(|d| d.set(depth));
}

/// # Safety
/// `p` is a live object with no remaining references.
unsafe fn dealloc_one(p: *mut ObjHeader) {
    // SAFETY: p is live, so its type pointer is valid.
    let ty = unsafe { (*p).ty.get() };
    // SAFETY: the type's dealloc slot matches the object's layout.
    unsafe { ((*ty).slots().dealloc)(p) };
}

/// Allocate a `T` (a `#[repr(C)]` struct starting with an `ObjHeader`) on the heap and return
/// it as a value holding one reference.
pub fn alloc<T>(obj: T) -> Value {
    let b = Box::new(obj);
    Value::from_ptr(Box::into_raw(b))
}

/// A `dealloc` slot for objects made by `alloc::<T>`: runs `T`'s `Drop` (which releases the
/// references the object holds) and frees the memory.
///
/// # Safety
/// `p` was returned by `alloc::<T>` and has no remaining references.
pub unsafe fn dealloc_box<T>(p: *mut ObjHeader) {
    // SAFETY: p came from Box::<T>::into_raw (caller's guarantee).
    drop(unsafe { Box::from_raw(p as *mut T) });
}

/// A `dealloc` slot for immortal objects: never called in practice.
///
/// # Safety
/// Always safe: does nothing.
pub unsafe fn dealloc_never(_p: *mut ObjHeader) {}

/// An owned reference: decrefs when dropped. For Rust code that holds a value across calls
/// that may fail (`?`), so early returns do not leak.
pub struct Owned(Value);

impl Owned {
    /// Take ownership of a reference the caller owns.
    #[inline(always)]
    pub fn new(v: Value) -> Owned {
        Owned(v)
    }
    /// Make a new reference to a borrowed value.
    #[inline(always)]
    pub fn from_borrowed(v: Value) -> Owned {
        v.incref();
        Owned(v)
    }
    #[inline(always)]
    pub fn get(&self) -> Value {
        self.0
    }
    /// Give the reference back to the caller without decref.
    #[inline(always)]
    pub fn into_value(self) -> Value {
        let v = self.0;
        std::mem::forget(self);
        v
    }
}

impl Drop for Owned {
    #[inline(always)]
    fn drop(&mut self) {
        self.0.decref();
    }
}

impl Clone for Owned {
    fn clone(&self) -> Owned {
        Owned::from_borrowed(self.0)
    }
}
