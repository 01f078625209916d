//! The `_abc` module: the native half of `abc.ABCMeta` (CPython's Modules/_abc.c) — the
//! per-class `_abc_impl` state (registry of virtual subclasses, positive and negative
//! subclass caches) and `_abc_init`, `_abc_register`, `_abc_instancecheck`,
//! `_abc_subclasscheck`, `_get_dump`, `_reset_registry`, `_reset_caches`, `get_cache_token`.
//!
//! The registry and caches hold strong references (CPython holds weak ones), so a class
//! registered with an ABC lives as long as the ABC does.

use crate::objects::exceptions::{self as exc, type_error};
use crate::objects::method::new_builtin_function;
use crate::objects::object::{alloc, dealloc_box, ObjHeader};
use crate::objects::typeobj::{MethodDef, Slots, TypeObject};
use crate::objects::type_type::as_type;
use crate::objects::{self as obj, dict, set, Owned, Value};
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Bumped by every `register()`: negative caches older than it are stale.
static INVALIDATION_COUNTER: AtomicU64 = AtomicU64::new(0);

/// `_abc._abc_data`: one ABC's registry and caches (three sets).
#[repr(C)]
pub struct AbcData {
    header: ObjHeader,
    registry: Value,
    cache: Value,
    negative_cache: Value,
    negative_version: Cell<u64>,
}

impl Drop for AbcData {
    fn drop(&mut self) {
        self.registry.decref();
        self.cache.decref();
        self.negative_cache.decref();
    }
}

pub static ABC_DATA_TYPE: TypeObject = TypeObject::new_static(
    "_abc._abc_data",
    Some(&obj::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<AbcData>,
        traverse: Some(|v, visit| {
            // SAFETY: the slot is only installed on ABC_DATA_TYPE.
            let d = unsafe { v.as_ref::<AbcData>() };
            visit(d.registry);
            visit(d.cache);
            visit(d.negative_cache);
        }),
        ..Slots::EMPTY
    },
    &[],
    &[],
);

fn new_data() -> Value {
    let s = || set::new_empty(&set::SET_TYPE);
    alloc(AbcData {
        header: ObjHeader::new(&ABC_DATA_TYPE),
        registry: s(),
        cache: s(),
        negative_cache: s(),
        negative_version: Cell::new(INVALIDATION_COUNTER.load(Ordering::Relaxed)),
    })
}

/// `cls._abc_impl` (a new reference), checked to be `_abc_data`.
fn get_impl(vm: &mut Vm, cls: Value) -> PyResult<Owned> {
    let v = Owned::new(ops::getattr(vm, cls, obj::str::intern("_abc_impl"))?);
    if !(v.get().is_ptr() && std::ptr::eq(v.get().ty(), &ABC_DATA_TYPE)) {
        return Err(type_error("_abc_impl is set to a wrong type"));
    }
    Ok(v)
}

fn data(v: &Owned) -> &AbcData {
    // SAFETY: get_impl checked the type.
    unsafe { v.get().as_ref::<AbcData>() }
}

fn arg(name: &str, args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        Ok(())
    } else {
        Err(type_error(format!("{name} expected {n} argument{}, got {}", if n == 1 { "" } else { "s" }, args.len())))
    }
}

/// `getattr(v, name, None)`: missing attributes and AttributeError give None (CPython's
/// `_PyObject_LookupAttr`).
fn lookup_attr(vm: &mut Vm, v: Value, name: Value) -> PyResult<Option<Value>> {
    match ops::getattr_opt(vm, v, name) {
        Err(e) if e.matches(&exc::ATTRIBUTE_ERROR) => Ok(None),
        r => r,
    }
}

/// `getattr(value, "__isabstractmethod__", False)` made a bool.
fn is_abstract(vm: &mut Vm, value: Value) -> PyResult<bool> {
    match lookup_attr(vm, value, obj::str::intern("__isabstractmethod__"))? {
        Some(v) => {
            let v = Owned::new(v);
            ops::is_true(vm, v.get())
        }
        None => Ok(false),
    }
}

/// `cls.__abstractmethods__ = frozenset(...)`: names abstract in the class body, plus names
/// abstract in a base that the class still resolves to an abstract value.
fn compute_abstract_methods(vm: &mut Vm, cls: Value) -> PyResult<()> {
    let abstracts = Owned::new(set::new_empty(&set::SET_TYPE));
    let ns = Owned::new(ops::getattr(vm, cls, obj::str::intern("__dict__"))?);
    let items = Owned::new(ops::call_method(vm, ns.get(), "items", &[])?);
    for pair in ops::collect(vm, items.get())?.into_iter().map(Owned::new) {
        let p = pair.get();
        if !obj::tuple::is_tuple(p) || obj::tuple::items(p).len() != 2 {
            return Err(type_error("items() returned item which is not a 2-tuple"));
        }
        let (k, v) = (obj::tuple::items(p)[0], obj::tuple::items(p)[1]);
        if is_abstract(vm, v)? {
            set::set_add(vm, abstracts.get(), k)?;
        }
    }
    let bases = Owned::new(ops::getattr(vm, cls, obj::str::intern("__bases__"))?);
    if !obj::tuple::is_tuple(bases.get()) {
        return Err(type_error("__bases__ is not tuple"));
    }
    for &base in obj::tuple::items(bases.get()).to_vec().iter() {
        let Some(names) = lookup_attr(vm, base, obj::str::intern("__abstractmethods__"))? else { continue };
        let names = Owned::new(names);
        for k in ops::collect(vm, names.get())?.into_iter().map(Owned::new) {
            let Some(v) = lookup_attr(vm, cls, k.get())? else { continue };
            let v = Owned::new(v);
            if is_abstract(vm, v.get())? {
                set::set_add(vm, abstracts.get(), k.get())?;
            }
        }
    }
    let fs = Owned::new(set::new_frozenset(vm, abstracts.get())?);
    ops::setattr(vm, cls, obj::str::intern("__abstractmethods__"), fs.get())
}

fn abc_init(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    arg("_abc_init", args, 1)?;
    let cls = args[0];
    compute_abstract_methods(vm, cls)?;
    let d = Owned::new(new_data());
    ops::setattr(vm, cls, obj::str::intern("_abc_impl"), d.get())?;
    // Classes in collections.abc name their pattern-matching kind in `__abc_tpflags__`;
    // CPython consumes the entry (pyjit's match statement reads the MRO instead).
    if let Some(t) = as_type(cls) {
        let td = t.dict.get();
        let key = obj::str::intern("__abc_tpflags__");
        if !td.is_null() && dict::get_str(td, key).is_some() {
            dict::del(vm, td, key)?;
            t.modified();
        }
    }
    Ok(obj::none())
}

fn abc_register(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    arg("_abc_register", args, 2)?;
    let (cls, sub) = (args[0], args[1]);
    if as_type(sub).is_none() {
        return Err(type_error("Can only register classes"));
    }
    if crate::builtins::typecheck::issubclass(vm, sub, cls)? {
        return Ok(sub.new_ref());
    }
    if crate::builtins::typecheck::issubclass(vm, cls, sub)? {
        return Err(exc::runtime_error("Refusing to create an inheritance cycle"));
    }
    let imp = get_impl(vm, cls)?;
    set::set_add(vm, data(&imp).registry, sub)?;
    INVALIDATION_COUNTER.fetch_add(1, Ordering::Relaxed);
    Ok(sub.new_ref())
}

fn abc_instancecheck(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    arg("_abc_instancecheck", args, 2)?;
    let (cls, inst) = (args[0], args[1]);
    let imp = get_impl(vm, cls)?;
    let d = data(&imp);
    let subclass = Owned::new(ops::getattr(vm, inst, obj::str::intern("__class__"))?);
    if set::set_contains(vm, d.cache, subclass.get())? {
        return Ok(obj::bool_value(true));
    }
    let subtype = inst.ty().as_value();
    if subtype == subclass.get() {
        if d.negative_version.get() == INVALIDATION_COUNTER.load(Ordering::Relaxed)
            && set::set_contains(vm, d.negative_cache, subclass.get())?
        {
            return Ok(obj::bool_value(false));
        }
        return ops::call_method(vm, cls, "__subclasscheck__", &[subclass.get()]);
    }
    let r = ops::call_method(vm, cls, "__subclasscheck__", &[subclass.get()])?;
    let r = Owned::new(r);
    if ops::is_true(vm, r.get())? {
        return Ok(r.get().new_ref());
    }
    ops::call_method(vm, cls, "__subclasscheck__", &[subtype])
}

fn abc_subclasscheck(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    arg("_abc_subclasscheck", args, 2)?;
    let (cls, sub) = (args[0], args[1]);
    let Some(subt) = as_type(sub) else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let imp = get_impl(vm, cls)?;
    let d = data(&imp);
    if set::set_contains(vm, d.cache, sub)? {
        return Ok(obj::bool_value(true));
    }
    let counter = INVALIDATION_COUNTER.load(Ordering::Relaxed);
    if d.negative_version.get() < counter {
        ops::call_method(vm, d.negative_cache, "clear", &[])?.decref();
        d.negative_version.set(counter);
    } else if set::set_contains(vm, d.negative_cache, sub)? {
        return Ok(obj::bool_value(false));
    }
    let ok = Owned::new(ops::call_method(vm, cls, "__subclasshook__", &[sub])?);
    if ok.get() == obj::bool_value(true) {
        set::set_add(vm, d.cache, sub)?;
        return Ok(obj::bool_value(true));
    }
    if ok.get() == obj::bool_value(false) {
        set::set_add(vm, d.negative_cache, sub)?;
        return Ok(obj::bool_value(false));
    }
    if ok.get() != obj::singletons::not_implemented() {
        return Err(exc::assertion_error("__subclasshook__ must return either False, True, or NotImplemented"));
    }
    // Direct subclass: cls in sub.__mro__.
    let mro = subt.mro.get();
    if !mro.is_null() && obj::tuple::items(mro).contains(&cls) {
        set::set_add(vm, d.cache, sub)?;
        return Ok(obj::bool_value(true));
    }
    // A registered class itself answers without being cached (as CPython).
    if set::set_contains(vm, d.registry, sub)? {
        return Ok(obj::bool_value(true));
    }
    // Subclasses of registered classes (a snapshot: a check may register more).
    let registry = ops::collect(vm, d.registry)?.into_iter().map(Owned::new).collect::<Vec<_>>();
    for r in &registry {
        if crate::builtins::typecheck::issubclass(vm, sub, r.get())? {
            set::set_add(vm, d.cache, sub)?;
            return Ok(obj::bool_value(true));
        }
    }
    let subs = Owned::new(ops::call_method(vm, cls, "__subclasses__", &[])?);
    for s in ops::collect(vm, subs.get())?.into_iter().map(Owned::new) {
        if crate::builtins::typecheck::issubclass(vm, sub, s.get())? {
            set::set_add(vm, d.cache, sub)?;
            return Ok(obj::bool_value(true));
        }
    }
    set::set_add(vm, d.negative_cache, sub)?;
    Ok(obj::bool_value(false))
}

fn get_dump(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    arg("_get_dump", args, 1)?;
    let imp = get_impl(vm, args[0])?;
    let d = data(&imp);
    let r = Owned::new(set::new_set(vm, d.registry)?);
    let c = Owned::new(set::new_set(vm, d.cache)?);
    let n = Owned::new(set::new_set(vm, d.negative_cache)?);
    let v = obj::int::int_from_i64(d.negative_version.get() as i64);
    Ok(obj::tuple::tuple_from_vec(vec![r.get().new_ref(), c.get().new_ref(), n.get().new_ref(), v]))
}

fn reset_registry(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    arg("_reset_registry", args, 1)?;
    let imp = get_impl(vm, args[0])?;
    ops::call_method(vm, data(&imp).registry, "clear", &[])?.decref();
    Ok(obj::none())
}

fn reset_caches(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    arg("_reset_caches", args, 1)?;
    let imp = get_impl(vm, args[0])?;
    let d = data(&imp);
    ops::call_method(vm, d.cache, "clear", &[])?.decref();
    ops::call_method(vm, d.negative_cache, "clear", &[])?.decref();
    Ok(obj::none())
}

fn get_cache_token(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    arg("get_cache_token", args, 0)?;
    Ok(obj::int::int_from_i64(INVALIDATION_COUNTER.load(Ordering::Relaxed) as i64))
}

static FUNCTIONS: [MethodDef; 8] = [
    MethodDef::method("get_cache_token", get_cache_token),
    MethodDef::method("_abc_init", abc_init),
    MethodDef::method("_abc_register", abc_register),
    MethodDef::method("_abc_instancecheck", abc_instancecheck),
    MethodDef::method("_abc_subclasscheck", abc_subclasscheck),
    MethodDef::method("_get_dump", get_dump),
    MethodDef::method("_reset_registry", reset_registry),
    MethodDef::method("_reset_caches", reset_caches),
];

fn ready_type() {
    let t = &ABC_DATA_TYPE;
    if !t.dict.get().is_null() {
        return;
    }
    t.dict.set(dict::new_dict());
    t.name_obj.set(obj::str::intern("_abc_data"));
    t.version.set(obj::typeobj::next_type_version());
    t.bases.set(obj::tuple::new_tuple(&[obj::OBJECT_TYPE.as_value()]));
    t.mro.set(obj::tuple::new_tuple(&[t.as_value(), obj::OBJECT_TYPE.as_value()]));
    obj::method::fill_type_dict(t);
    dict::set_str(t.dict.get(), obj::str::intern("__module__"), obj::str::intern("_abc"));
}

/// Build the `_abc` module.
pub fn make_module(_vm: &mut Vm) -> PyResult {
    ready_type();
    let m = obj::module::new_module("_abc");
    let d = obj::module::module_dict(m);
    let name = obj::str::intern("_abc");
    for def in FUNCTIONS.iter() {
        let f = new_builtin_function(def, name);
        dict::set_str(d, obj::str::intern(def.name), f);
        f.decref();
    }
    dict::set_str(d, obj::str::intern("_abc_data"), ABC_DATA_TYPE.as_value());
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The names CPython 3.11's `_abc` exports that abc.py imports (python3:
    // `from _abc import get_cache_token, _abc_init, _abc_register, _abc_instancecheck,
    // _abc_subclasscheck, _get_dump, _reset_registry, _reset_caches`).
    #[test]
    fn module_exports_what_abc_py_imports() {
        let mut vm = Vm::new();
        let Ok(m) = make_module(&mut vm) else { panic!("_abc did not build") };
        let d = obj::module::module_dict(m);
        for n in ["get_cache_token", "_abc_init", "_abc_register", "_abc_instancecheck", "_abc_subclasscheck", "_get_dump", "_reset_registry", "_reset_caches"] {
            assert!(dict::get_str(d, obj::str::intern(n)).is_some(), "{n}");
        }
        m.decref();
    }

    // python3: `_abc._abc_register(object, 5)` raises TypeError("Can only register classes");
    // `_abc.get_cache_token()` is an int.
    #[test]
    fn register_rejects_non_classes() {
        let mut vm = Vm::new();
        let r = abc_register(&mut vm, &[obj::OBJECT_TYPE.as_value(), Value::small_int(5)], &[]);
        assert!(r.is_err());
        let t = get_cache_token(&mut vm, &[], &[]);
        assert!(t.is_ok_and(|v| v.is_small_int()));
    }
}
