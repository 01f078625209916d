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
    /// The layout of a built-in whose own `new` makes instances of heap subtypes (taking the
    /// type reference): str, bytes, dict, list, tuple, set, frozenset. Instance attributes
    /// live in a side table (`builtin_subclass.rs`).
    Builtin,
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
    /// Inline value slots of instances (`__slots__` names, own and inherited; Object layout).
    pub nslots: std::cell::Cell<usize>,
    /// Attribute values new instances get room for inline (the most any instance of this type
    /// has had; see `instance.rs`).
    pub attr_hint: std::cell::Cell<u32>,
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
    } else if super::builtin_subclass::supports(t) {
        Some(Layout::Builtin)
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

/// Allocate a heap type object of metatype `meta` (the reference to `meta` is taken here);
/// `base` is the built-in type whose layout instances have.
fn alloc_heap_type(meta: &TypeObject, layout: Layout, flags: u32, base: &TypeObject) -> Value {
    let mut t = TypeObject::new_static("", None, flags, Slots::EMPTY, &[], &[]);
    t.header = ObjHeader::new(meta);
    meta.as_value().incref();
    let base_dealloc: unsafe fn(*mut ObjHeader) = match layout {
        Layout::Object => super::instance::instance_dealloc,
        // The exception type's own dealloc (it does not release the type reference).
        Layout::Exception => static_base(base).slots().dealloc,
        Layout::Type => type_dealloc,
        Layout::Builtin => super::object::dealloc_never,
    };
    super::object::alloc(HeapTypeObject { ty: t, layout, base_dealloc, nslots: std::cell::Cell::new(0), attr_hint: std::cell::Cell::new(0) })
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
                if layout == Layout::Builtin && bl == Layout::Builtin && !std::ptr::eq(static_base(bt), static_base(t)) {
                    return Err(type_error("multiple bases have instance lay-out conflict"));
                }
                let slotted = |x: &TypeObject| x.has_flag(TypeFlags::HEAPTYPE) && heap(x).nslots.get() > 0;
                if bl == Layout::Object && layout == Layout::Object && slotted(t) {
                    if !slotted(bt) || t.is_subtype(bt) {
                        Some((t, layout))
                    } else if bt.is_subtype(t) {
                        Some((bt, bl))
                    } else {
                        return Err(type_error("multiple bases have instance lay-out conflict"));
                    }
                } else if bl != layout && ((bl == Layout::Object && slotted(bt)) || (layout == Layout::Object && slotted(t))) {
                    // Inline slots after an object header cannot be combined with another layout.
                    return Err(type_error("multiple bases have instance lay-out conflict"));
                } else if bl == layout || layout == Layout::Object {
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
#[inline]
pub fn is_python_function(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&super::function::FUNCTION_TYPE)
}

fn positional<'a>(args: &'a [Value], kwnames: &[Value]) -> &'a [Value] {
    &args[..args.len().saturating_sub(kwnames.len())]
}

/// `type.__new__(metatype, name, bases, ns, **kwds)`: the `new` slot of `type`.
pub fn type_new(vm: &mut Vm, metatype: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let pos = positional(args, kwnames);
    if pos.len() != 3 {
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
            | TypeFlags::DICT_SUBCLASS
            | TypeFlags::HAVE_GC);
    let mut flags = TypeFlags::HEAPTYPE | TypeFlags::BASETYPE | inherited;
    // `__slots__` (Object layout): inline slots, and no `__dict__` unless asked for.
    let (slot_names, has_dict) = if layout == Layout::Object { parse_slots(vm, name, ns, base)? } else { (Vec::new(), true) };
    if matches!(layout, Layout::Object | Layout::Exception) && has_dict {
        flags |= TypeFlags::HAS_DICT;
    }
    if layout == Layout::Object {
        flags |= TypeFlags::HAVE_GC;
        if has_dict {
            flags |= TypeFlags::SHAPED;
        }
    }
    let tv = Owned::new(alloc_heap_type(metatype, layout, flags, base));
    // SAFETY: tv was just made as a HeapTypeObject.
    let t: &'static TypeObject = unsafe { tv.get().as_ref::<TypeObject>() };
    t.name_obj.set(name.new_ref());
    base.as_value().incref();
    t.base.set(base);
    let bases_tuple = if tuple::items(bases).is_empty() { tuple::new_tuple(base_items) } else { bases.new_ref() };
    t.bases.set(bases_tuple);
    let base_nslots = if base.has_flag(TypeFlags::HEAPTYPE) && layout == Layout::Object { heap(base).nslots.get() } else { 0 };
    heap(t).nslots.set(base_nslots + slot_names.len());
    t.dictoffset.set(match layout {
        Layout::Object if !has_dict => 0,
        Layout::Object => super::instance::INSTANCE_DICT_OFFSET,
        Layout::Exception => std::mem::offset_of!(ExceptionObject, dict),
        Layout::Type | Layout::Builtin => 0,
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
        let m = caller_module_name(vm).unwrap_or_else(|| intern("__main__"));
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
    for (i, &n) in slot_names.iter().enumerate() {
        if dict::get_str(d, n).is_some() {
            let msg = format!("{} in __slots__ conflicts with class variable", crate::pyrepr::repr_str(as_str(n).unwrap_or("?")));
            for x in slot_names {
                x.decref();
            }
            return Err(super::exceptions::value_error(msg));
        }
        let m = super::instance::new_member(n, t, base_nslots + i);
        dict::set_str(d, n, m);
        m.decref();
    }
    for x in slot_names {
        x.decref();
    }
    // A `__dict__` the class body defines (a property, say) is kept, as CPython keeps it.
    if layout != Layout::Type && has_dict && base.lookup(intern("__dict__")).is_none() && dict::get_str(d, intern("__dict__")).is_none() {
        let def = if layout == Layout::Builtin { &super::builtin_subclass::DICT_GETSET } else { &super::instance::DICT_GETSET };
        let g = super::object::alloc(super::method::GetSetDescr {
            header: ObjHeader::new(&super::method::GETSET_DESCR_TYPE),
            def,
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
    // The namespace and MRO are final now: a fresh version, so nothing cached while the type
    // was being built is ever reused.
    t.bump_version();

    set_names(vm, t)?;
    init_subclass(vm, t, kw, kwnames)?;
    Ok(tv.into_value())
}

/// `__name__` in the globals of the Python code running now (borrowed).
fn caller_module_name(vm: &Vm) -> Option<Value> {
    if vm.frame.is_null() {
        return None;
    }
    // SAFETY: vm.frame is the live frame of the running Python code.
    let g = unsafe { (*vm.frame).globals };
    if g.is_null() || !dict::is_dict(g) {
        return None;
    }
    dict::get_str(g, intern("__name__"))
}

fn repr_type(t: &TypeObject) -> String {
    format!("<class '{}'>", t.tp_name())
}

/// `_Py_Mangle`: `__x` in class `C` is `_C__x`.
fn mangle(class_name: &str, n: &str) -> Option<String> {
    if !n.starts_with("__") || n.ends_with("__") || n.contains('.') {
        return None;
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return None;
    }
    Some(format!("_{stripped}{n}"))
}

/// The new inline slot names (mangled, sorted, owned strs) of a class with `__slots__` in
/// `ns`, and whether its instances have a `__dict__`.
fn parse_slots(vm: &mut Vm, name: Value, ns: Value, base: &TypeObject) -> PyResult<(Vec<Value>, bool)> {
    let base_has_dict = base.dictoffset.get() != 0;
    let sv = match dict::get(vm, ns, intern("__slots__"))? {
        Some(v) => Owned::from_borrowed(v),
        None => return Ok((Vec::new(), true)),
    };
    let items = if is_str(sv.get()) { vec![sv.get().new_ref()] } else { ops::collect(vm, sv.get())? };
    let class_name = as_str(name).unwrap_or("").to_string();
    let mut out: Vec<Value> = Vec::new();
    let mut add_dict = false;
    let mut err = None;
    for &it in &items {
        if err.is_some() {
            break;
        }
        let Some(s) = as_str(it) else {
            err = Some(type_error(format!("__slots__ items must be strings, not '{}'", ops::type_name(it))));
            break;
        };
        match s {
            "__dict__" => {
                if base_has_dict || add_dict {
                    err = Some(type_error("__dict__ slot disallowed: we already got one"));
                }
                add_dict = true;
            }
            "__weakref__" => {}
            _ => {
                let m = match mangle(&class_name, s) {
                    Some(m) => intern(&m),
                    None => intern(s),
                };
                if out.contains(&m) {
                    err = Some(type_error(format!("{} in __slots__ conflicts with class variable", crate::pyrepr::repr_str(s))));
                }
                out.push(m);
            }
        }
    }
    for x in items {
        x.decref();
    }
    if let Some(e) = err {
        return Err(e);
    }
    out.sort_by(|a, b| super::str::str_obj(*a).bytes().cmp(super::str::str_obj(*b).bytes()));
    Ok((out, base_has_dict || add_dict))
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
                Err(e) => r = Err(set_name_error(e, v, k, t)),
            }
        }
    }
    for (k, v) in items {
        k.decref();
        v.decref();
    }
    r
}

/// 3.11 wraps an error from `__set_name__` in a RuntimeError whose cause is the original.
fn set_name_error(e: crate::vm::PyErr, v: Value, k: Value, t: &TypeObject) -> crate::vm::PyErr {
    let key = crate::pyrepr::repr_str(&super::str::str_obj(k).to_string_lossy());
    let new = super::exceptions::runtime_error(format!(
        "Error calling __set_name__ on '{}' instance {key} in '{}'",
        ops::type_name(v),
        t.name()
    ));
    let cause = e.into_value();
    let n = super::exceptions::exc_obj(new.value());
    cause.incref();
    n.cause.replace(cause).decref();
    n.context.replace(cause).decref();
    n.suppress_context.set(true);
    new
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
        ty.bump_version();
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

/// Bump the version tag of `t` and of every type below it (an attribute of `t` changed, so
/// what lookups on the subclasses find may have changed too).
pub fn modified_with_subclasses(t: &TypeObject) {
    let mut stack = vec![t as *const TypeObject];
    let mut seen: Vec<*const TypeObject> = Vec::new();
    while let Some(p) = stack.pop() {
        if seen.contains(&p) {
            continue;
        }
        seen.push(p);
        // SAFETY: p is t or a registered (live) subclass.
        let ty = unsafe { &*p };
        ty.bump_version();
        stack.extend(subclasses(ty).into_iter().map(|s| s as *const TypeObject));
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

#[cfg(test)]
mod tests {
    //! Expected messages and orders come from running the same classes under python3 (3.11.7).
    use super::*;
    use crate::objects::method::{MethodDescr, METHOD_DESCR_TYPE};
    use crate::objects::str::new_str;
    use crate::objects::typeobj::{CmpOp, MethodDef};

    fn method(def: &'static MethodDef) -> Value {
        crate::objects::object::alloc(MethodDescr { header: ObjHeader::new(&METHOD_DESCR_TYPE), def, owner: &OBJECT_TYPE })
    }

    /// `type(name, bases, ns)` with `ns` given as (name, value) pairs.
    fn make_class(vm: &mut Vm, name: &str, bases: &[Value], ns: &[(&str, Value)]) -> PyResult {
        let d = dict::new_dict();
        for &(k, v) in ns {
            dict::set_str(d, intern(k), v);
        }
        let n = new_str(name);
        let b = tuple::new_tuple(bases);
        let r = ops::call(vm, TYPE_TYPE.as_value(), &[n, b, d], &[]);
        for v in [n, b, d] {
            v.decref();
        }
        r
    }

    fn msg(e: crate::vm::PyErr) -> String {
        let a = crate::objects::exceptions::exc_obj(e.value()).args.get();
        let s = tuple::items(a)[0];
        as_str(s).unwrap_or("").to_string()
    }

    fn s(v: Value) -> String {
        as_str(v).unwrap_or("<not str>").to_string()
    }

    fn names(mro: Value) -> Vec<String> {
        tuple::items(mro).iter().map(|&t| super::super::type_type::as_type(t).map(|t| t.name().to_string()).unwrap_or_default()).collect()
    }

    #[test]
    fn class_instances_and_attributes() {
        let mut vm = Vm::new();
        let vm = &mut vm;
        let a = make_class(vm, "A", &[], &[]).unwrap();
        let inst = ops::call(vm, a, &[], &[]).unwrap();
        assert!(std::ptr::eq(inst.ty(), super::super::type_type::as_type(a).unwrap()));
        let x = intern("x");
        ops::setattr(vm, inst, x, Value::small_int(5)).unwrap();
        assert_eq!(ops::getattr(vm, inst, x).unwrap(), Value::small_int(5));
        let r = ops::repr(vm, inst).unwrap();
        assert!(s(r).starts_with("<__main__.A object at 0x"), "{}", s(r));
        let r = ops::repr(vm, a).unwrap();
        assert_eq!(s(r), "<class '__main__.A'>");
        // python3: class A: pass; A(1) -> TypeError: A() takes no arguments
        let e = ops::call(vm, a, &[Value::small_int(1)], &[]).unwrap_err();
        assert_eq!(msg(e), "A() takes no arguments");
        // instance dict and __class__
        let d = ops::getattr(vm, inst, intern("__dict__")).unwrap();
        assert_eq!(dict::len(d), 1);
        let c = ops::getattr(vm, inst, intern("__class__")).unwrap();
        assert_eq!(c, a);
        let e = ops::getattr(vm, inst, intern("nope")).unwrap_err();
        assert_eq!(msg(e), "'A' object has no attribute 'nope'");
        inst.decref();
    }

    #[test]
    fn mro_c3_and_errors() {
        let mut vm = Vm::new();
        let vm = &mut vm;
        let a = make_class(vm, "A", &[], &[]).unwrap();
        let b = make_class(vm, "B", &[a], &[]).unwrap();
        let c = make_class(vm, "C", &[a], &[]).unwrap();
        let d = make_class(vm, "D", &[b, c], &[]).unwrap();
        let dt = super::super::type_type::as_type(d).unwrap();
        assert_eq!(names(dt.mro.get()), ["D", "B", "C", "A", "object"]);
        // python3: class Z(X, Y) with Y(X) -> the MRO error naming X, Y.
        let e = make_class(vm, "Z", &[a, b], &[]).unwrap_err();
        assert_eq!(msg(e), "Cannot create a consistent method resolution\norder (MRO) for bases A, B");
        let e = make_class(vm, "Z", &[a, a], &[]).unwrap_err();
        assert_eq!(msg(e), "duplicate base class A");
        let e = make_class(vm, "Z", &[crate::objects::BOOL_TYPE.as_value()], &[]).unwrap_err();
        assert_eq!(msg(e), "type 'bool' is not an acceptable base type");
        let subs = ops::call_method(vm, a, "__subclasses__", &[]).unwrap();
        assert_eq!(crate::objects::list::items(subs).len(), 2);
    }

    fn add_42(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult {
        Ok(Value::small_int(42))
    }
    fn radd_7(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult {
        Ok(Value::small_int(7))
    }
    fn eq_true(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult {
        Ok(crate::objects::bool_value(true))
    }
    fn init_returns_int(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult {
        Ok(Value::small_int(1))
    }
    fn len_3(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult {
        Ok(Value::small_int(3))
    }
    fn repr_fixed(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult {
        Ok(new_str("R!"))
    }
    static ADD: MethodDef = MethodDef::method("__add__", add_42);
    static RADD: MethodDef = MethodDef::method("__radd__", radd_7);
    static EQ: MethodDef = MethodDef::method("__eq__", eq_true);
    static INIT: MethodDef = MethodDef::method("__init__", init_returns_int);
    static LEN: MethodDef = MethodDef::method("__len__", len_3);
    static REPR: MethodDef = MethodDef::method("__repr__", repr_fixed);

    #[test]
    fn dunders_dispatch_through_slots() {
        let mut vm = Vm::new();
        let vm = &mut vm;
        let a = make_class(vm, "A", &[], &[("__add__", method(&ADD)), ("__radd__", method(&RADD)), ("__len__", method(&LEN)), ("__repr__", method(&REPR))]).unwrap();
        let x = ops::call(vm, a, &[], &[]).unwrap();
        assert_eq!(ops::binary_op(vm, x, Value::small_int(1), 0).unwrap(), Value::small_int(42));
        assert_eq!(ops::binary_op(vm, Value::small_int(1), x, 0).unwrap(), Value::small_int(7));
        // In-place falls back to __add__.
        assert_eq!(ops::binary_op(vm, x, Value::small_int(1), 13).unwrap(), Value::small_int(42));
        // python3: unsupported operand type(s) for -: 'A' and 'int'
        let e = ops::binary_op(vm, x, Value::small_int(1), 10).unwrap_err();
        assert_eq!(msg(e), "unsupported operand type(s) for -: 'A' and 'int'");
        assert_eq!(ops::len(vm, x).unwrap(), 3);
        assert!(ops::is_true(vm, x).unwrap());
        assert_eq!(s(ops::repr(vm, x).unwrap()), "R!");
        assert_eq!(s(ops::str(vm, x).unwrap()), "R!");
        // Subclass inherits the Python-level slots.
        let b = make_class(vm, "B", &[a], &[]).unwrap();
        let y = ops::call(vm, b, &[], &[]).unwrap();
        assert_eq!(ops::binary_op(vm, y, Value::small_int(1), 0).unwrap(), Value::small_int(42));
        // Assigning a dunder on the class updates the slot (and the subclass's).
        ops::setattr(vm, a, intern("__sub__"), method(&ADD)).unwrap();
        assert_eq!(ops::binary_op(vm, y, Value::small_int(1), 10).unwrap(), Value::small_int(42));
    }

    #[test]
    fn eq_without_hash_is_unhashable_and_init_must_return_none() {
        let mut vm = Vm::new();
        let vm = &mut vm;
        let q = make_class(vm, "Q", &[], &[("__eq__", method(&EQ))]).unwrap();
        let x = ops::call(vm, q, &[], &[]).unwrap();
        let e = ops::hash(vm, x).unwrap_err();
        assert_eq!(msg(e), "unhashable type: 'Q'");
        assert!(ops::compare_bool(vm, x, Value::small_int(3), CmpOp::Eq).unwrap());
        // Default __ne__ inverts __eq__.
        assert!(!ops::compare_bool(vm, x, Value::small_int(3), CmpOp::Ne).unwrap());
        let e = ops::compare_bool(vm, x, Value::small_int(3), CmpOp::Lt).unwrap_err();
        assert_eq!(msg(e), "'<' not supported between instances of 'Q' and 'int'");
        let p = make_class(vm, "P", &[], &[("__init__", method(&INIT))]).unwrap();
        let e = ops::call(vm, p, &[], &[]).unwrap_err();
        assert_eq!(msg(e), "__init__() should return None, not 'int'");
    }

    #[test]
    fn metaclass_conflict_and_exception_bases() {
        let mut vm = Vm::new();
        let vm = &mut vm;
        let m1 = make_class(vm, "M1", &[TYPE_TYPE.as_value()], &[]).unwrap();
        let m2 = make_class(vm, "M2", &[TYPE_TYPE.as_value()], &[]).unwrap();
        let n = new_str("C1");
        let b = tuple::empty_tuple();
        let d = dict::new_dict();
        let c1 = ops::call(vm, m1, &[n, b, d], &[]).unwrap();
        assert_eq!(c1.ty().as_value(), m1);
        let d2 = dict::new_dict();
        let c2 = ops::call(vm, m2, &[new_str("C2"), b, d2], &[]).unwrap();
        let e = make_class(vm, "C3", &[c1, c2], &[]).unwrap_err();
        assert!(msg(e).starts_with("metaclass conflict: the metaclass of a derived class"));
        // A class with a metaclass base picks the metaclass up.
        let c4 = make_class(vm, "C4", &[c1], &[]).unwrap();
        assert_eq!(c4.ty().as_value(), m1);
        let ex = make_class(vm, "MyError", &[crate::objects::exceptions::VALUE_ERROR.as_value()], &[]).unwrap();
        let et = super::super::type_type::as_type(ex).unwrap();
        assert!(et.has_flag(TypeFlags::BASE_EXC_SUBCLASS));
        assert_eq!(names(et.mro.get()), ["MyError", "ValueError", "Exception", "BaseException", "object"]);
        let e = make_class(vm, "Bad", &[ex, TYPE_TYPE.as_value()], &[]).unwrap_err();
        assert_eq!(msg(e), "multiple bases have instance lay-out conflict");
    }

    #[test]
    fn property_super_and_bound_methods() {
        let mut vm = Vm::new();
        let vm = &mut vm;
        let getter = method(&LEN);
        let p = ops::call(vm, crate::objects::descriptors::PROPERTY_TYPE.as_value(), &[getter], &[]).unwrap();
        let a = make_class(vm, "A", &[], &[("x", p), ("__repr__", method(&REPR))]).unwrap();
        let inst = ops::call(vm, a, &[], &[]).unwrap();
        assert_eq!(ops::getattr(vm, inst, intern("x")).unwrap(), Value::small_int(3));
        // python3: property 'x' of 'A' object has no setter
        let e = ops::setattr(vm, inst, intern("x"), Value::small_int(1)).unwrap_err();
        assert_eq!(msg(e), "property 'x' of 'A' object has no setter");
        let b = make_class(vm, "B", &[a], &[("__repr__", method(&ADD))]).unwrap();
        let y = ops::call(vm, b, &[], &[]).unwrap();
        let sup = super::super::super_::super_new(vm, b, y).unwrap();
        let r = ops::getattr(vm, sup, intern("__repr__")).unwrap();
        assert!(super::super::bound_method::is_bound_builtin_or_method(r));
        assert_eq!(s(ops::call(vm, r, &[], &[]).unwrap()), "R!");
        assert_eq!(s(ops::repr(vm, sup).unwrap()), "<super: <class 'B'>, <B object>>");
        let e = super::super::super_::super_new(vm, b, Value::small_int(1)).unwrap_err();
        assert_eq!(msg(e), "super(type, obj): obj must be an instance or subtype of type");
        // object.__init__ through super() from a class without __init__.
        let sup2 = super::super::super_::super_new(vm, a, inst).unwrap();
        let init = ops::getattr(vm, sup2, intern("__init__")).unwrap();
        assert!(ops::call(vm, init, &[], &[]).unwrap().is_none());
        let e = ops::call(vm, init, &[Value::small_int(1)], &[]).unwrap_err();
        assert_eq!(msg(e), "A.__init__() takes exactly one argument (the instance to initialize)");
    }
}
