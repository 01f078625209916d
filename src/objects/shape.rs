//! Hidden classes (shapes): the attribute layout of instances of user classes.
//!
//! A shape is an ordered list of attribute names; an instance whose attributes were added in
//! the same order as another's has the same shape, so `obj.x` is "check the shape, load value
//! number i" — the check the interpreter's inline caches (and later compiled code) make.
//! Shapes form a transition tree from one empty root: adding attribute `n` to an instance of
//! shape S moves it to S's child for `n`. Shapes are never freed (they are few: one per
//! distinct attribute sequence, bounded below), so a cached shape pointer stays valid.
//!
//! Names in shapes are interned strs (immortal), compared by identity. Anything a shape
//! cannot express — a deleted attribute, a non-str key, `obj.__dict__` being asked for, too
//! many attributes — turns the instance into a plain dict-backed one (see `instance.rs`).

use super::value::Value;
use std::cell::{Cell, UnsafeCell};

/// Most attributes a shape holds; an instance that needs more keeps them in a dict.
pub const MAX_SHAPE_LEN: usize = 48;
/// Most transitions out of one shape (protects against programs that store many distinct
/// computed names on instances); past it, new attributes go to a dict.
const MAX_TRANSITIONS: usize = 64;
/// Most shapes made in one process (each is small, but they are never freed).
const MAX_SHAPES: usize = 200_000;

pub struct Shape {
    /// The attribute names in slot order (interned, immortal strs).
    names: Vec<Value>,
    /// Children: (added name, shape).
    transitions: UnsafeCell<Vec<(Value, *const Shape)>>,
}

// SAFETY: the runtime is single-threaded (one interpreter per process; tests run with one
// thread, see .cargo/config.toml); shapes are only touched from that thread.
unsafe impl Sync for Shape {}

static ROOT: Shape = Shape { names: Vec::new(), transitions: UnsafeCell::new(Vec::new()) };

thread_local! {
    static SHAPE_COUNT: Cell<usize> = const { Cell::new(0) };
}

/// The empty shape every instance starts with.
#[inline]
pub fn root() -> *const Shape {
    &ROOT
}

impl Shape {
    /// Number of attributes.
    #[inline]
    pub fn len(&self) -> usize {
        self.names.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The names in slot order.
    #[inline]
    pub fn names(&self) -> &[Value] {
        &self.names
    }

    /// Slot index of `name` (an exact str; interned names compare by identity, others by
    /// content).
    #[inline]
    pub fn index_of(&self, name: Value) -> Option<usize> {
        if let Some(i) = self.names.iter().position(|&n| n == name) {
            return Some(i);
        }
        if super::str::is_interned(name) {
            return None;
        }
        let b = super::str::str_obj(name).bytes();
        self.names.iter().position(|&n| super::str::str_obj(n).bytes() == b)
    }

    /// The shape with `name` (an interned str, not already present) appended, made on first
    /// use; None when a limit is reached (the caller switches the instance to a dict).
    pub fn add(&self, name: Value) -> Option<*const Shape> {
        debug_assert!(super::str::is_interned(name));
        // SAFETY: single-threaded; no reference into the vector outlives this call.
        let tr = unsafe { &mut *self.transitions.get() };
        if let Some(&(_, s)) = tr.iter().find(|(n, _)| *n == name) {
            return Some(s);
        }
        if self.names.len() >= MAX_SHAPE_LEN || tr.len() >= MAX_TRANSITIONS || SHAPE_COUNT.with(|c| c.get()) >= MAX_SHAPES {
            return None;
        }
        SHAPE_COUNT.with(|c| c.set(c.get() + 1));
        let mut names = Vec::with_capacity(self.names.len() + 1);
        names.extend_from_slice(&self.names);
        names.push(name);
        let s: &'static Shape = Box::leak(Box::new(Shape { names, transitions: UnsafeCell::new(Vec::new()) }));
        tr.push((name, s));
        Some(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::intern;

    #[test]
    fn transitions_are_shared_and_ordered() {
        let (x, y) = (intern("shape_test_x"), intern("shape_test_y"));
        // SAFETY: shapes are never freed.
        let r = unsafe { &*root() };
        let a = r.add(x).unwrap();
        assert_eq!(r.add(x).unwrap(), a, "same transition gives the same shape");
        let a = unsafe { &*a };
        let ab = unsafe { &*a.add(y).unwrap() };
        assert_eq!(ab.len(), 2);
        assert_eq!(ab.index_of(x), Some(0));
        assert_eq!(ab.index_of(y), Some(1));
        assert_eq!(a.index_of(y), None);
        // A non-interned str with the same text is found by content.
        let tmp = crate::objects::str::new_str("shape_test_y");
        assert_eq!(ab.index_of(tmp), Some(1));
        tmp.decref();
        let ba = unsafe { &*(*r.add(y).unwrap()).add(x).unwrap() };
        assert_ne!(ba as *const Shape, ab as *const Shape, "order matters");
        assert_eq!(ba.index_of(x), Some(1));
    }
}
