//! Attribute built-ins: getattr, setattr, hasattr, delattr, vars, dir.

use super::args::positional;
use crate::objects::exceptions::{type_error, ATTRIBUTE_ERROR};
use crate::objects::str::{intern, is_str};
use crate::objects::{self as obj, dict, Owned, Value};
use crate::vm::{ops, PyResult, Vm};

fn check_name(name: Value) -> PyResult<()> {
    if is_str(name) {
        Ok(())
    } else {
        Err(type_error(format!("attribute name must be string, not '{}'", ops::type_name(name))))
    }
}

/// `getattr(obj, name[, default])`.
pub fn builtin_getattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("getattr", args, kwnames, 2, 3)?;
    check_name(a[1])?;
    match a.get(2) {
        None => ops::getattr(vm, a[0], a[1]),
        Some(&default) => match ops::getattr_opt(vm, a[0], a[1]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(default.new_ref()),
            Err(e) if e.matches(&ATTRIBUTE_ERROR) => Ok(default.new_ref()),
            Err(e) => Err(e),
        },
    }
}

/// `hasattr(obj, name)`.
pub fn builtin_hasattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("hasattr", args, kwnames, 2, 2)?;
    check_name(a[1])?;
    match ops::getattr_opt(vm, a[0], a[1]) {
        Ok(Some(v)) => {
            v.decref();
            Ok(obj::bool_value(true))
        }
        Ok(None) => Ok(obj::bool_value(false)),
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => Ok(obj::bool_value(false)),
        Err(e) => Err(e),
    }
}

/// `setattr(obj, name, value)`.
pub fn builtin_setattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("setattr", args, kwnames, 3, 3)?;
    check_name(a[1])?;
    ops::setattr(vm, a[0], a[1], a[2])?;
    Ok(obj::none())
}

/// `delattr(obj, name)`.
pub fn builtin_delattr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("delattr", args, kwnames, 2, 2)?;
    check_name(a[1])?;
    ops::setattr(vm, a[0], a[1], Value::NULL)?;
    Ok(obj::none())
}

/// `locals()` through the interpreter's builtin (it owns frames).
fn call_locals(vm: &mut Vm) -> PyResult {
    match super::builtin_named(vm, "locals") {
        Some(f) => {
            f.incref();
            let f = Owned::new(f);
            ops::call(vm, f.get(), &[], &[])
        }
        None => Err(crate::objects::exceptions::system_error("locals() is not available")),
    }
}

/// `vars([obj])`.
pub fn builtin_vars(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("vars", args, kwnames, 0, 1)?;
    match a.first() {
        None => call_locals(vm),
        Some(&o) => match ops::getattr_opt(vm, o, intern("__dict__")) {
            Ok(Some(d)) => Ok(d),
            Ok(None) => dict_fallback(o).ok_or_else(|| type_error("vars() argument must have __dict__ attribute")),
            Err(e) if e.matches(&ATTRIBUTE_ERROR) => {
                dict_fallback(o).ok_or_else(|| type_error("vars() argument must have __dict__ attribute"))
            }
            Err(e) => Err(e),
        },
    }
}

/// The namespace of a module, type or instance with a dict slot when its type has no
/// `__dict__` descriptor (a new reference).
fn dict_fallback(o: Value) -> Option<Value> {
    if obj::module::is_module(o) {
        return Some(obj::module::module_dict(o).new_ref());
    }
    if let Some(t) = obj::type_type::as_type(o) {
        let d = t.dict.get();
        return (!d.is_null()).then(|| d.new_ref());
    }
    let slot = ops::instance_dict_slot(o)?;
    if slot.get().is_null() {
        slot.set(dict::new_dict());
    }
    Some(slot.get().new_ref())
}

/// `dir([obj])`: a sorted list of names.
pub fn builtin_dir(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("dir", args, kwnames, 0, 1)?;
    let names = match a.first() {
        None => {
            let l = Owned::new(call_locals(vm)?);
            let keys: Vec<Value> = if dict::is_dict(l.get()) {
                dict::items_vec(l.get()).into_iter().map(|(k, _)| k.new_ref()).collect()
            } else {
                ops::collect(vm, l.get())?
            };
            keys
        }
        Some(&o) => match super::call_special(vm, o, "__dir__", &[])? {
            Some(r) => {
                let r = Owned::new(r);
                ops::collect(vm, r.get())?
            }
            None => default_dir(vm, o)?,
        },
    };
    let list = obj::list::list_from_vec(names);
    let list = Owned::new(list);
    super::iteration::sort_list(vm, list.get(), &[], &[])?;
    Ok(list.into_value())
}

/// The names `object.__dir__` / `type.__dir__` / `module.__dir__` give when the type does not
/// define `__dir__`: module namespace keys; a class's and its bases' attributes; an instance's
/// `__dict__` plus its class's attributes.
fn default_dir(vm: &mut Vm, o: Value) -> PyResult<Vec<Value>> {
    let set = Owned::new(dict::new_dict());
    let add_dict_keys = |vm: &mut Vm, d: Value| -> PyResult<()> {
        if d.is_null() || !dict::is_dict(d) {
            return Ok(());
        }
        for (k, _) in dict::items_vec(d) {
            dict::set(vm, set.get(), k, obj::none())?;
        }
        Ok(())
    };
    if obj::module::is_module(o) {
        add_dict_keys(vm, obj::module::module_dict(o))?;
    } else if let Some(t) = obj::type_type::as_type(o) {
        add_type_attrs(vm, t, set.get())?;
    } else {
        if let Some(names) = obj::instance::shape_names(o) {
            for &n in names {
                dict::set(vm, set.get(), n, obj::none())?;
            }
        } else if let Some(slot) = ops::instance_dict_slot(o) {
            add_dict_keys(vm, slot.get())?;
        }
        add_type_attrs(vm, o.ty(), set.get())?;
    }
    Ok(dict::items_vec(set.get()).into_iter().map(|(k, _)| k.new_ref()).collect())
}

fn add_type_attrs(vm: &mut Vm, t: &obj::TypeObject, set: Value) -> PyResult<()> {
    let mro = t.mro.get();
    let types: Vec<Value> = if mro.is_null() { vec![t.as_value()] } else { obj::tuple::items(mro).to_vec() };
    for tv in types {
        // SAFETY: MRO entries are type objects.
        let tt: &obj::TypeObject = unsafe { tv.as_ref() };
        let d = tt.dict.get();
        if !d.is_null() {
            for (k, _) in dict::items_vec(d) {
                dict::set(vm, set, k, obj::none())?;
            }
        }
    }
    Ok(())
}
