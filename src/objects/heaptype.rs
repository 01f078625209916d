//! Heap types: `type(name, bases, ns)` and the `class` statement's type creation
//! (`type.__new__`/`type.__init__`), metaclass selection, C3 linearisation (`__mro__`), the
//! instance layout a new class gets from its bases, instance allocation and deallocation, and
//! the registry of subclasses (`__subclasses__`, slot updates when a dunder is assigned).
//!
//! Layouts: a class's instances have the layout of its "solid base": `object` (the
//! `InstanceObject` of `instance.rs`: header + `__dict__`), a built-in exception
//! (`ExceptionObject`, which already has a `__dict__` slot), or `type` (metaclasses: instances
//! are `HeapTypeObject`s). Other built-in bases (int, str, list, dict, tuple, ...) raise a
//! TypeError for now.

use super::exceptions::{type_error, ExceptionObject};
use super::object::{dealloc_box, ObjHeader, Owned};
use super::str::{as_str, intern, is_str};
use super::typeobj::{Slots, TypeFlags, TypeObject};
use super::value::Value;
use super::{dict, tuple, OBJECT_TYPE, TYPE_TYPE};
use crate::vm::{ops, PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;

/// What the instances of a heap type are made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `InstanceObject` (base `object`).
    Object,
    /// `ExceptionObject` (a built-in exception base).
    Exception,
    /// `HeapTypeObject` (a metaclass: base `type`).
    Type,
}

/// A type allocated at run time. Starts with a `TypeObject`, so `&TypeObject` works for it.
#[repr(C)]
pub struct HeapTypeObject {
    pub ty: TypeObject,
    /// The instance layout.
    pub layout: Layout,
    /// Frees the layout part of an instance (its owned fields and memory); the type reference
    /// is released after it by `subtype_dealloc`.
    pub base_dealloc: unsafe fn(*mut ObjHeader),
}

/// The heap-type view of `t` (caller checked the HEAPTYPE flag).
#[inline]
pub fn heap(t: &TypeObject) -> &HeapTypeObject {
    debug_assert!(t.has_flag(TypeFlags::HEAPTYPE));
    // SAFETY: heap types are allocated as HeapTypeObject (see `alloc_heap_type`).
    unsafe { &*(t as *const TypeObject as *const HeapTypeObject) }
}

thread_local! {
    /// type address -> addresses of its direct heap subclasses (in creation order). Entries
    /// are removed when a heap type is freed.
    static SUBCLASSES: RefCell<HashMap<usize, Vec<usize>>> = RefCell::new(HashMap::new());
}

/// The direct subclasses of `t` that are alive (borrowed type pointers).
pub fn subclasses(t: &TypeObject) -> Vec<&'static TypeObject> {
    SUBCLASSES.with(|s| {
        s.borrow()
            .get(&(t as *const TypeObject as usize))
            .map(|v| {
                // SAFETY: registered types unregister themselves before they are freed.
                v.iter().map(|&p| unsafe { &*(p as *const TypeObject) }).collect()
            })
            .unwrap_or_default()
    })
}

fn register_subclass(base: &TypeObject, sub: &TypeObject) {
    SUBCLASSES.with(|s| s.borrow_mut().entry(base as *const TypeObject as usize).or_default().push(sub as *const TypeObject as usize));
}

fn unregister_subclass(base: *const TypeObject, sub: *const TypeObject) {
    SUBCLASSES.with(|s| {
        if let Some(v) = s.borrow_mut().get_mut(&(base as usize)) {
            v.retain(|&p| p != sub as usize);
        }
    });
}

/// The layout of instances of `t`, or `None` for built-in bases that cannot be subclassed yet.
pub fn layout_of(t: &TypeObject) -> Option<Layout> {
    if t.has_flag(TypeFlags::HEAPTYPE) {
        return Some(heap(t).layout);
    }
    if std::ptr::eq(t, &OBJECT_TYPE) {
        Some(Layout::Object)
    } else if t.has_flag(TypeFlags::BASE_EXC_SUBCLASS) {
        Some(Layout::Exception)
    } else if std::ptr::eq(t, &TYPE_TYPE) {
        Some(Layout::Type)
    } else {
        None
    }
}

/// The static type whose layout `t`'s instances have (object, an exception type, or type).
fn static_base(t: &TypeObject) -> &TypeObject {
    let mut t = t;
    while t.has_flag(TypeFlags::HEAPTYPE) {
        match t.base() {
            Some(b) => t = b,
            None => break,
        }
    }
    t
}

/// `dealloc` slot of every heap type: free the layout part, then drop the reference the
/// instance held to its type.
///
/// # Safety
/// `p` is an instance of a heap type with no remaining references.
pub unsafe fn subtype_dealloc(p: *mut ObjHeader) {
    // SAFETY: p is live; its type is a heap type (this slot is only installed on those).
    let ty = unsafe { (*p).ty.get() };
    // SAFETY: heap types are HeapTypeObjects.
    let free = unsafe { (*(ty as *const HeapTypeObject)).base_dealloc };
    // SAFETY: base_dealloc matches the instance layout of this type.
    unsafe { free(p) };
    // SAFETY: the instance owned one reference to its type.
    unsafe { ObjHeader::decref(ty as *mut ObjHeader) };
}

/// `dealloc` of type objects: frees heap types (static types are immortal and never get
/// here).
///
/// # Safety
/// `p` is a type object with no remaining references.
pub unsafe fn type_dealloc(p: *mut ObjHeader) {
    // SAFETY: p is a type object.
    let t = unsafe { &*(p as *const TypeObject) };
    if !t.has_flag(TypeFlags::HEAPTYPE) {
        return;
    }
    let base = t.base.get();
    if !t.bases.get().is_null() {
        for &b in tuple::items(t.bases.get()) {
            unregister_subclass(b.as_ptr() as *const TypeObject, t);
        }
    }
    SUBCLASSES.with(|s| s.borrow_mut().remove(&(p as usize)));
    for c in [&t.name_obj, &t.qualname, &t.bases, &t.mro, &t.dict] {
        c.replace(Value::NULL).decref();
    }
    if !base.is_null() {
        Value::from_ptr(base).decref();
    }
    // SAFETY: heap types are allocated by `alloc_heap_type` as boxed HeapTypeObjects.
    unsafe { dealloc_box::<HeapTypeObject>(p) };
}

/// `dealloc` of exception instances of heap types (the ExceptionObject part).
///
/// # Safety
/// `p` is an ExceptionObject made with `alloc` with no remaining references.
unsafe fn exception_part_dealloc(p: *mut ObjHeader) {
    // SAFETY: caller's guarantee.
    unsafe { dealloc_box::<ExceptionObject>(p) }
}

/// Allocate a heap type object of metatype `meta` (the reference to `meta` is taken here).
fn alloc_heap_type(meta: &TypeObject, layout: Layout, flags: u32) -> Value {
    let mut t = TypeObject::new_static("", None, flags, Slots::EMPTY, &[], &[]);
    t.header = ObjHeader::new(meta);
    meta.as_value().incref();
    let base_dealloc: unsafe fn(*mut ObjHeader) = match layout {
        Layout::Object => super::instance::instance_dealloc,
        Layout::Exception => exception_part_dealloc,
        Layout::Type => type_dealloc,
    };
    super::object::alloc(HeapTypeObject { ty: t, layout, base_dealloc })
}

/// The most derived metaclass of `meta` and the types of `bases` ("metaclass conflict").
pub fn calculate_metaclass<'a>(meta: &'a TypeObject, bases: &[Value]) -> PyResult<&'a TypeObject> {
    let mut winner = meta;
    for &b in bases {
        let t = b.ty();
        if winner.is_subtype(t) {
            continue;
        }
        if t.is_subtype(winner) {
            winner = t;
            continue;
        }
        return Err(type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

fn type_name_of(v: Value) -> String {
    match super::type_type::as_type(v) {
        Some(t) => t.name().to_string(),
        None => "?".to_string(),
    }
}

/// C3 linearisation of a new type `ty` with `bases` (each a type with its `__mro__` set).
pub fn c3_mro(ty: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mro_of = |b: Value| -> Vec<Value> {
        match super::type_type::as_type(b) {
            Some(t) if !t.mro.get().is_null() => tuple::items(t.mro.get()).to_vec(),
            _ => vec![b],
        }
    };
    if bases.len() == 1 {
        let mut out = vec![ty];
        out.extend(mro_of(bases[0]));
        return Ok(out);
    }
    for (i, &b) in bases.iter().enumerate() {
        if bases[..i].contains(&b) {
            return Err(type_error(format!("duplicate base class {}", type_name_of(b))));
        }
    }
    let mut lists: Vec<Vec<Value>> = bases.iter().map(|&b| mro_of(b)).collect();
    lists.push(bases.to_vec());
    // Each list is consumed from the front; `starts[i]` is the index of its head.
    let mut starts = vec![0usize; lists.len()];
    let mut out = vec![ty];
    loop {
        if lists.iter().zip(&starts).all(|(l, &s)| s >= l.len()) {
            return Ok(out);
        }
        let mut picked = None;
        for (i, l) in lists.iter().enumerate() {
            let Some(&head) = l.get(starts[i]) else { continue };
            let in_tail = lists.iter().zip(&starts).any(|(m, &s)| m.get(s + 1..).is_some_and(|tail| tail.contains(&head)));
            if !in_tail {
                picked = Some(head);
                break;
            }
        }
        match picked {
            Some(h) => {
                out.push(h);
                for (l, s) in lists.iter().zip(starts.iter_mut()) {
                    if l.get(*s) == Some(&h) {
                        *s += 1;
                    }
                }
            }
            None => {
                let mut heads: Vec<Value> = Vec::new();
                for (l, &s) in lists.iter().zip(&starts) {
                    if let Some(&h) = l.get(s) {
                        if !heads.contains(&h) {
                            heads.push(h);
                        }
                    }
                }
                let names: Vec<String> = heads.iter().map(|&h| type_name_of(h)).collect();
                return Err(type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        }
    }
}

/// Pick `__base__` among `bases`: the base whose layout is the most specific (CPython's
/// best_base), checking every base can be subclassed and layouts agree.
fn best_base(bases: &[Value]) -> PyResult<(&'static TypeObject, Layout)> {
    let mut best: Option<(&'static TypeObject, Layout)> = None;
    for &b in bases {
        let t: &'static TypeObject = match super::type_type::as_type(b) {
            Some(t) => t,
            None => return Err(type_error("bases must be types")),
        };
        if !t.has_flag(TypeFlags::BASETYPE) {
            return Err(type_error(format!("type '{}' is not an acceptable base type", t.tp_name())));
        }
        let layout = match layout_of(t) {
            Some(l) => l,
            None => {
                return Err(type_error(format!(
                    "subclassing the built-in type '{}' is not supported yet",
                    t.tp_name()
                )))
            }
        };
        best = match best {
            None => Some((t, layout)),
            Some((bt, bl)) => {
                if bl == layout || layout == Layout::Object {
                    Some((bt, bl))
                } else if bl == Layout::Object {
                    Some((t, layout))
                } else {
                    return Err(type_error("multiple bases have instance lay-out conflict"));
                }
            }
        };
    }
    best.ok_or_else(|| type_error("bases must be types"))
}

/// Whether `v` is a plain Python function (the interpreter's `function` type).
pub fn is_python_function(v: Value) -> bool {
    v.is_ptr() && v.ty().static_name == "function" && !v.ty().has_flag(TypeFlags::HEAPTYPE)
}

fn positional<'a>(args: &'a [Value], kwnames: &[Value]) -> &'a [Value] {
    &args[..args.len().saturating_sub(kwnames.len())]
}

/// `type.__new__(metatype, name, bases, ns, **kwds)`: the `new` slot of `type`.
pub fn type_new(vm: &mut Vm, metatype: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let pos = positional(args, kwnames);
    if pos.len() != 3 {
        if std::ptr::eq(metatype, &TYPE_TYPE) {
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
        return Err(type_error(format!("type.__new__() takes exactly 3 arguments ({} given)", pos.len())));
    }
    let (name, bases, ns) = (pos[0], pos[1], pos[2]);
    if !is_str(name) {
        return Err(type_error(format!("type.__new__() argument 1 must be str, not {}", ops::type_name(name))));
    }
    if !tuple::is_tuple(bases) {
        return Err(type_error(format!("type.__new__() argument 2 must be tuple, not {}", ops::type_name(bases))));
    }
    if !dict::is_dict(ns) {
        return Err(type_error(format!("type.__new__() argument 3 must be dict, not {}", ops::type_name(ns))));
    }
    let kw = &args[pos.len()..];
    let base_items = tuple::items(bases);
    for &b in base_items {
        if super::type_type::as_type(b).is_none() {
            return Err(type_error("bases must be types"));
        }
    }
    let winner = calculate_metaclass(metatype, base_items)?;
    if !std::ptr::eq(winner, metatype) {
        if let Some(n) = winner.slots().new {
            if n as usize != type_new as *const () as usize {
                return n(vm, winner, args, kwnames);
            }
        }
    }
    let metatype = winner;
    let object_bases;
    let base_items: &[Value] = if base_items.is_empty() {
        object_bases = [OBJECT_TYPE.as_value()];
        &object_bases
    } else {
        base_items
    };
    let (base, layout) = best_base(base_items)?;

    // Flags: what the layout base says about instances, plus heap/base/dict.
    let inherited = base.flags.get()
        & (TypeFlags::BASE_EXC_SUBCLASS
            | TypeFlags::TYPE_SUBCLASS
            | TypeFlags::LONG_SUBCLASS
            | TypeFlags::LIST_SUBCLASS
            | TypeFlags::TUPLE_SUBCLASS
            | TypeFlags::BYTES_SUBCLASS
            | TypeFlags::UNICODE_SUBCLASS
            | TypeFlags::DICT_SUBCLASS);
    let mut flags = TypeFlags::HEAPTYPE | TypeFlags::BASETYPE | inherited;
    if layout != Layout::Type {
        flags |= TypeFlags::HAS_DICT;
    }
    let tv = Owned::new(alloc_heap_type(metatype, layout, flags));
    // SAFETY: tv was just made as a HeapTypeObject.
    let t: &'static TypeObject = unsafe { tv.get().as_ref::<TypeObject>() };
    t.name_obj.set(name.new_ref());
    base.as_value().incref();
    t.base.set(base);
    let bases_tuple = if tuple::items(bases).is_empty() { tuple::new_tuple(base_items) } else { bases.new_ref() };
    t.bases.set(bases_tuple);
    t.dictoffset.set(match layout {
        Layout::Object => super::instance::INSTANCE_DICT_OFFSET,
        Layout::Exception => std::mem::offset_of!(ExceptionObject, dict),
        Layout::Type => 0,
    });
    t.version.set(super::typeobj::next_type_version());

    // The namespace: a copy of ns.
    let d = dict::new_dict();
    t.dict.set(d);
    dict::update_from_dict(vm, d, ns)?;
    let qn = intern("__qualname__");
    match dict::get_str(d, qn) {
        Some(q) => {
            if !is_str(q) {
                return Err(type_error(format!("type __qualname__ must be a str, not {}", ops::type_name(q))));
            }
            t.qualname.set(q.new_ref());
            dict::del(vm, d, qn)?;
        }
        None => t.qualname.set(name.new_ref()),
    }
    let module = intern("__module__");
    if dict::get_str(d, module).is_none() {
        // type(name, bases, ns) called directly: CPython takes the caller's `__name__`.
        let m = intern("__main__");
        dict::set_str(d, module, m);
    }
    let doc = intern("__doc__");
    if dict::get_str(d, doc).is_none() {
        dict::set_str(d, doc, super::none());
    }
    // `__new__` is a static method, `__init_subclass__` and `__class_getitem__` class methods.
    let wrap = |d: Value, n: &str, f: fn(Value) -> Value| {
        let k = intern(n);
        if let Some(v) = dict::get_str(d, k) {
            if is_python_function(v) {
                let w = f(v);
                dict::set_str(d, k, w);
                w.decref();
            }
        }
    };
    wrap(d, "__new__", super::descriptors::new_staticmethod);
    wrap(d, "__init_subclass__", super::descriptors::new_classmethod);
    wrap(d, "__class_getitem__", super::descriptors::new_classmethod);
    // `__eq__` without `__hash__` makes instances unhashable.
    let hash = intern("__hash__");
    if dict::get_str(d, intern("__eq__")).is_some() && dict::get_str(d, hash).is_none() {
        dict::set_str(d, hash, super::none());
    }
    // `__dict__` for instances of the first class in the chain that adds the slot.
    if layout != Layout::Type && base.lookup(intern("__dict__")).is_none() {
        let g = super::object::alloc(super::method::GetSetDescr {
            header: ObjHeader::new(&super::method::GETSET_DESCR_TYPE),
            def: &super::instance::DICT_GETSET,
            owner: t,
        });
        dict::set_str(d, intern("__dict__"), g);
        g.decref();
    }
    let classcell = intern("__classcell__");
    let cell = dict::get_str(d, classcell);
    if let Some(c) = cell {
        if !super::cell::is_cell(c) {
            return Err(type_error(format!("__classcell__ must be a nonlocal cell, not {}", repr_type(c.ty()))));
        }
        super::cell::cell_set(c, t.as_value());
        dict::del(vm, d, classcell)?;
    }

    // MRO: C3, or a metaclass's own `mro()`.
    let mro = compute_mro(vm, t, base_items)?;
    t.mro.set(mro);
    for &b in base_items {
        if let Some(bt) = super::type_type::as_type(b) {
            register_subclass(bt, t);
        }
    }
    // SAFETY: nobody holds a reference into the new type's slot table yet.
    unsafe { t.set_slots(super::slot_wrappers::compute_slots(t)) };

    set_names(vm, t)?;
    init_subclass(vm, t, kw, &kwnames[..])?;
    Ok(tv.into_value())
}

fn repr_type(t: &TypeObject) -> String {
    format!("<class '{}'>", t.tp_name())
}

/// `__mro__` for a new type: C3, unless the metatype overrides `mro()`.
fn compute_mro(vm: &mut Vm, t: &TypeObject, bases: &[Value]) -> PyResult {
    let meta = t.header.ty();
    if !std::ptr::eq(meta, &TYPE_TYPE) {
        if let Some(m) = meta.lookup(intern("mro")) {
            if !m.is_exact(&super::method::METHOD_DESCR_TYPE) {
                // A temporary C3 MRO lets the override call super().mro() and look things up.
                let tmp = c3_mro(t.as_value(), bases)?;
                t.mro.set(tuple::new_tuple(&tmp));
                let r = ops::call_method(vm, t.as_value(), "mro", &[]);
                t.mro.replace(Value::NULL).decref();
                let r = Owned::new(r?);
                let items = ops::collect(vm, r.get())?;
                for &x in &items {
                    if super::type_type::as_type(x).is_none() {
                        let msg = format!("mro() returned a non-class ('{}')", ops::type_name(x));
                        for y in items {
                            y.decref();
                        }
                        return Err(type_error(msg));
                    }
                }
                return Ok(tuple::tuple_from_vec(items));
            }
        }
    }
    Ok(tuple::new_tuple(&c3_mro(t.as_value(), bases)?))
}

/// Call `__set_name__(owner, name)` on every attribute of the new class that has it.
fn set_names(vm: &mut Vm, t: &TypeObject) -> PyResult<()> {
    let items = dict::items_vec(t.dict.get());
    for &(k, v) in &items {
        k.incref();
        v.incref();
    }
    let mut r = Ok(());
    let sn = intern("__set_name__");
    for &(k, v) in &items {
        if r.is_ok() && v.ty().lookup(sn).is_some() {
            match ops::call_method(vm, v, "__set_name__", &[t.as_value(), k]) {
                Ok(x) => x.decref(),
                Err(e) => r = Err(e),
            }
        }
    }
    for (k, v) in items {
        k.decref();
        v.decref();
    }
    r
}

/// `super(t, t).__init_subclass__(**kwds)`.
fn init_subclass(vm: &mut Vm, t: &TypeObject, kw: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let sup = Owned::new(super::super_::super_new(vm, t.as_value(), t.as_value())?);
    let f = Owned::new(ops::getattr(vm, sup.get(), intern("__init_subclass__"))?);
    let r = ops::call(vm, f.get(), kw, kwnames)?;
    r.decref();
    Ok(())
}

/// `type.__init__(cls, name, bases, ns, **kwds)`: only checks the argument count.
pub fn type_init(_vm: &mut Vm, _t: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let n = args.len() - kwnames.len();
    if n == 1 && !kwnames.is_empty() {
        return Err(type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

/// Recompute the slots of heap type `t` and of every heap type below it (after a dunder
/// attribute was set or deleted on `t`), and bump their version tags.
pub fn update_slots_after_change(t: &TypeObject) {
    let mut stack = vec![t as *const TypeObject];
    let mut seen: Vec<*const TypeObject> = Vec::new();
    while let Some(p) = stack.pop() {
        if seen.contains(&p) {
            continue;
        }
        seen.push(p);
        // SAFETY: p is a live type (t, or a registered subclass).
        let ty = unsafe { &*p };
        ty.modified();
        if ty.has_flag(TypeFlags::HEAPTYPE) {
            // SAFETY: slot tables are replaced between operations, not while one of this
            // type's slots is being looked up (the caller is a setattr on the type).
            unsafe { ty.set_slots(super::slot_wrappers::compute_slots(ty)) };
        }
        for s in subclasses(ty) {
            stack.push(s);
        }
    }
}

/// Whether `name` (a str) looks like a dunder (`__x__`), whose assignment can change slots.
pub fn is_dunder(name: Value) -> bool {
    as_str(name).is_some_and(|s| s.len() > 4 && s.starts_with("__") && s.ends_with("__"))
}

/// Allocate an instance of heap type `t` (object layout), for `object.__new__`.
pub fn alloc_object_instance(t: &TypeObject) -> Value {
    debug_assert!(layout_of(t) == Some(Layout::Object));
    super::instance::alloc_instance(t)
}

/// The built-in type whose layout `t`'s instances have.
pub fn layout_base(t: &TypeObject) -> &TypeObject {
    static_base(t)
}
