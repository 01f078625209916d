//! The cycle collector. Reference counting frees almost everything the moment it dies; what it
//! cannot free are reference cycles (`a = []; a.append(a)`). Container objects — those whose
//! type has the `HAVE_GC` flag and a `traverse` slot — are allocated with a `GcHead` in front
//! of their header that links them into one list, and a collection finds the containers that
//! are referenced only from other containers (CPython's algorithm):
//!
//! 1. copy each container's reference count into `gc_refs`;
//! 2. for every reference from one container to another, subtract one from the target;
//! 3. containers left with `gc_refs > 0` are referenced from outside (a frame, a global, Rust
//!    code): they and everything reachable from them survive;
//! 4. the rest is garbage: each is kept alive by one extra reference while its type's `clear`
//!    slot drops the references it holds, then the extra references are released, which frees
//!    the whole cycle through ordinary reference counting.
//!
//! Collections start automatically at safe points (the interpreter's loop back-edges and
//! calls) once the number of containers has grown past a threshold proportional to what the
//! last collection left alive, so total collection work stays linear in allocations; and on
//! `gc.collect()`.

use super::object::ObjHeader;
use super::typeobj::TypeFlags;
use super::value::Value;
use std::alloc::Layout;
use std::cell::Cell;

/// The link in front of every container object.
#[repr(C)]
pub struct GcHead {
    prev: Cell<*mut GcHead>,
    next: Cell<*mut GcHead>,
    /// Scratch count used during a collection.
    refs: Cell<isize>,
}

/// Bytes in front of a container's header (the GcHead, rounded to the object alignment).
pub const GC_HEAD_SIZE: usize = 24;
const _: () = assert!(std::mem::size_of::<GcHead>() == GC_HEAD_SIZE);

struct GcState {
    /// Sentinel of the circular list of containers.
    sentinel: GcHead,
    count: Cell<usize>,
    threshold: Cell<usize>,
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    collections: Cell<usize>,
}

thread_local! {
    /// One container list per thread: Python runs on one thread, but the unit tests run many
    /// VMs in parallel threads, and a shared list would be corrupted by them.
    static STATE: GcState = const {
        GcState {
            sentinel: GcHead { prev: Cell::new(std::ptr::null_mut()), next: Cell::new(std::ptr::null_mut()), refs: Cell::new(0) },
            count: Cell::new(0),
            threshold: Cell::new(INITIAL_THRESHOLD),
            enabled: Cell::new(true),
            collecting: Cell::new(false),
            collections: Cell::new(0),
        }
    };
}

/// This thread's collector state.
#[inline(always)]
fn st() -> &'static GcState {
    // SAFETY: the thread-local lives until the thread exits, and containers are only touched
    // by the thread that made them, so the reference is not used past that.
    STATE.with(|s| unsafe { &*(s as *const GcState) })
}

const INITIAL_THRESHOLD: usize = 10_000;

fn sentinel() -> *mut GcHead {
    let s = &st().sentinel as *const GcHead as *mut GcHead;
    if st().sentinel.next.get().is_null() {
        st().sentinel.next.set(s);
        st().sentinel.prev.set(s);
    }
    s
}

#[inline(always)]
fn head_of(obj: *mut ObjHeader) -> *mut GcHead {
    // SAFETY (callers): containers have their GcHead right before the header.
    (obj as *mut u8).wrapping_sub(GC_HEAD_SIZE) as *mut GcHead
}

#[inline(always)]
fn obj_of(h: *mut GcHead) -> *mut ObjHeader {
    (h as *mut u8).wrapping_add(GC_HEAD_SIZE) as *mut ObjHeader
}

/// Whether `v` is a tracked container.
#[inline(always)]
pub fn is_tracked(v: Value) -> bool {
    v.is_ptr() && v.ty().has_flag(TypeFlags::HAVE_GC)
}

/// Allocate `size` bytes for a container object (8-aligned) with its GcHead, linked into the
/// list. Returns the object's address.
pub fn alloc_raw(size: usize) -> *mut u8 {
    let layout = Layout::from_size_align(GC_HEAD_SIZE + size, 8).unwrap_or_else(|_| std::alloc::handle_alloc_error(Layout::new::<GcHead>()));
    // SAFETY: non-zero size.
    let p = unsafe { std::alloc::alloc(layout) } as *mut GcHead;
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    let s = sentinel();
    // SAFETY: p is fresh; s and its neighbours are live list nodes.
    unsafe {
        let last = (*s).prev.get();
        p.write(GcHead { prev: Cell::new(last), next: Cell::new(s), refs: Cell::new(0) });
        (*last).next.set(p);
        (*s).prev.set(p);
    }
    let n = st().count.get() + 1;
    st().count.set(n);
    if n > st().threshold.get() && st().enabled.get() {
        crate::vm::signals::request_attention();
    }
    obj_of(p) as *mut u8
}

/// Unlink and free a container allocated by `alloc_raw(size)`.
///
/// # Safety
/// `obj` came from `alloc_raw(size)` and its contents were already released.
pub unsafe fn free_raw(obj: *mut u8, size: usize) {
    let h = head_of(obj as *mut ObjHeader);
    // SAFETY: h is a linked node (caller's guarantee).
    unsafe {
        let (prev, next) = ((*h).prev.get(), (*h).next.get());
        (*prev).next.set(next);
        (*next).prev.set(prev);
        std::alloc::dealloc(h as *mut u8, Layout::from_size_align_unchecked(GC_HEAD_SIZE + size, 8));
    }
    st().count.set(st().count.get().saturating_sub(1));
}

/// Allocate a container `T` (a `#[repr(C)]` struct starting with an ObjHeader; its type has
/// HAVE_GC and uses `dealloc_gc::<T>`).
pub fn alloc_gc<T>(obj: T) -> Value {
    const { assert!(std::mem::align_of::<T>() <= 8) };
    let p = alloc_raw(std::mem::size_of::<T>()) as *mut T;
    // SAFETY: p has room for a T.
    unsafe { p.write(obj) };
    Value::from_ptr(p)
}

/// `dealloc` slot for containers made by `alloc_gc::<T>`.
///
/// # Safety
/// `p` was made by `alloc_gc::<T>` and has no remaining references.
pub unsafe fn dealloc_gc<T>(p: *mut ObjHeader) {
    // SAFETY: p holds a T (caller's guarantee).
    unsafe {
        std::ptr::drop_in_place(p as *mut T);
        free_raw(p as *mut u8, std::mem::size_of::<T>());
    }
}

/// Whether an automatic collection is due.
pub fn due() -> bool {
    st().enabled.get() && !st().collecting.get() && st().count.get() > st().threshold.get()
}

/// `gc.enable()` / `gc.disable()` / `gc.isenabled()`.
pub fn set_enabled(on: bool) {
    st().enabled.set(on);
}
pub fn is_enabled() -> bool {
    st().enabled.get()
}
/// Number of live containers.
pub fn count() -> usize {
    st().count.get()
}
/// Number of collections run so far.
pub fn collections() -> usize {
    st().collections.get()
}

/// Run a full collection; returns the number of unreachable objects found.
pub fn collect() -> usize {
    if st().collecting.replace(true) {
        return 0;
    }
    let s = sentinel();
    let mut objs: Vec<*mut GcHead> = Vec::with_capacity(st().count.get());
    // SAFETY (whole function): list nodes are live containers; objects stay alive during the
    // scan because nothing runs Python code or frees memory until the clearing phase, which
    // holds an extra reference to every object it touches.
    unsafe {
        let mut h = (*s).next.get();
        while h != s {
            let o = obj_of(h);
            (*h).refs.set((*o).refcnt.get() as isize);
            objs.push(h);
            h = (*h).next.get();
        }
        for &h in &objs {
            let v = Value::from_ptr(obj_of(h));
            if let Some(t) = v.ty().slots().traverse {
                t(v, &mut |c| {
                    if is_tracked(c) {
                        let ch = head_of(c.as_ptr());
                        (*ch).refs.set((*ch).refs.get() - 1);
                    }
                });
            }
        }
        // Mark everything reachable from the externally referenced containers (-1 = reached).
        let mut stack: Vec<*mut GcHead> = Vec::new();
        for &h in &objs {
            if (*h).refs.get() > 0 {
                (*h).refs.set(-1);
                stack.push(h);
            }
        }
        while let Some(h) = stack.pop() {
            let v = Value::from_ptr(obj_of(h));
            if let Some(t) = v.ty().slots().traverse {
                t(v, &mut |c| {
                    if is_tracked(c) {
                        let ch = head_of(c.as_ptr());
                        if (*ch).refs.get() >= 0 {
                            (*ch).refs.set(-1);
                            stack.push(ch);
                        }
                    }
                });
            }
        }
        let garbage: Vec<Value> = objs.iter().filter(|h| (***h).refs.get() >= 0).map(|&h| Value::from_ptr(obj_of(h))).collect();
        let n = garbage.len();
        for &g in &garbage {
            g.incref();
        }
        for &g in &garbage {
            if let Some(c) = g.ty().slots().clear {
                c(g);
            }
        }
        for g in garbage {
            g.decref();
        }
        st().collections.set(st().collections.get() + 1);
        st().threshold.set((st().count.get() * 2).max(INITIAL_THRESHOLD));
        st().collecting.set(false);
        n
    }
}
