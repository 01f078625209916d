//! `isinstance` and `issubclass`: tuples (nested), `types.UnionType`, and the
//! `__instancecheck__` / `__subclasscheck__` hooks of metaclasses other than `type`.

use super::args::positional;
use crate::objects::exceptions::type_error;
use crate::objects::str::intern;
use crate::objects::tuple::{is_tuple, items};
use crate::objects::type_type::as_type;
use crate::objects::{self as obj, Owned, Value, TYPE_TYPE};
use crate::vm::{ops, PyResult, Vm};

/// `isinstance(obj, class_or_tuple)`.
pub fn builtin_isinstance(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("isinstance", args, kwnames, 2, 2)?;
    Ok(obj::bool_value(isinstance(vm, a[0], a[1])?))
}

/// `issubclass(cls, class_or_tuple)`.
pub fn builtin_issubclass(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("issubclass", args, kwnames, 2, 2)?;
    Ok(obj::bool_value(issubclass(vm, a[0], a[1])?))
}

/// The members of a `types.UnionType` (`int | str`), if `v` is one (a new reference).
fn union_args(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    if v.is_ptr() && v.is_exact(&crate::objects::union::UNION_TYPE) {
        return Ok(Some(ops::getattr(vm, v, intern("__args__"))?));
    }
    Ok(None)
}

/// Whether the metatype of `cls` is exactly `type` (no hooks to consult).
fn plain_class(cls: Value) -> bool {
    cls.is_ptr() && cls.ty().is_subtype(&TYPE_TYPE) && std::ptr::eq(cls.ty(), &TYPE_TYPE)
}

/// `isinstance(o, cls)` (CPython's `PyObject_IsInstance`).
pub fn isinstance(vm: &mut Vm, o: Value, cls: Value) -> PyResult<bool> {
    if o.ty().as_value() == cls {
        return Ok(true);
    }
    if plain_class(cls) {
        return object_isinstance(vm, o, cls);
    }
    if let Some(args) = union_args(vm, cls)? {
        let args = Owned::new(args);
        return isinstance(vm, o, args.get());
    }
    if is_tuple(cls) {
        return ops::enter(vm, |vm| {
            for &c in items(cls) {
                if isinstance(vm, o, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(r) = super::call_special(vm, cls, "__instancecheck__", &[o])? {
        let r = Owned::new(r);
        return ops::is_true(vm, r.get());
    }
    object_isinstance(vm, o, cls)
}

/// `o.__class__` when a class overrides it (a property, an instance attribute of a proxy):
/// `None` when it is the real type, so the common case costs one cached type lookup.
fn declared_class(vm: &mut Vm, o: Value) -> PyResult<Option<Owned>> {
    let ty = o.ty();
    if ty.flags.get() & crate::objects::typeobj::TypeFlags::HEAPTYPE == 0 {
        return Ok(None);
    }
    let (name, ga) = NAMES.with(|n| *n);
    if ty.lookup(name) == obj::OBJECT_TYPE.lookup(name) && ty.lookup(ga) == obj::OBJECT_TYPE.lookup(ga) {
        return Ok(None);
    }
    match ops::getattr(vm, o, name) {
        Ok(c) if c == ty.as_value() => {
            c.decref();
            Ok(None)
        }
        Ok(c) => Ok(Some(Owned::new(c))),
        Err(e) if e.matches(&obj::exceptions::ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

thread_local! {
    /// `__class__` and `__getattribute__`, interned once: a class overriding either can
    /// answer `__class__` with something other than its type.
    static NAMES: (Value, Value) = (intern("__class__"), intern("__getattribute__"));
}

/// CPython's `object_isinstance`: the type check, then `__class__`; for a non-type `cls`
/// (anything with a `__bases__` tuple) the `__bases__` walk.
fn object_isinstance(vm: &mut Vm, o: Value, cls: Value) -> PyResult<bool> {
    if let Some(t) = as_type(cls) {
        if o.ty().is_subtype(t) {
            return Ok(true);
        }
        return Ok(match declared_class(vm, o)? {
            Some(c) => as_type(c.get()).is_some_and(|ct| ct.is_subtype(t)),
            None => false,
        });
    }
    if !has_bases(vm, cls)? {
        return Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"));
    }
    let icls = match ops::getattr(vm, o, intern("__class__")) {
        Ok(c) => Owned::new(c),
        Err(e) if e.matches(&obj::exceptions::ATTRIBUTE_ERROR) => return Ok(false),
        Err(e) => return Err(e),
    };
    abstract_issubclass(vm, icls.get(), cls)
}

/// `getattr(v, "__bases__")` when it is a tuple (a new reference), else None; only
/// AttributeError is swallowed.
fn bases_of(vm: &mut Vm, v: Value) -> PyResult<Option<Owned>> {
    match ops::getattr(vm, v, intern("__bases__")) {
        Ok(b) if is_tuple(b) => Ok(Some(Owned::new(b))),
        Ok(b) => {
            b.decref();
            Ok(None)
        }
        Err(e) if e.matches(&obj::exceptions::ATTRIBUTE_ERROR) => Ok(None),
        Err(e) => Err(e),
    }
}

/// CPython's `check_class`: whether `v` looks like a class (has a `__bases__` tuple).
fn has_bases(vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(bases_of(vm, v)?.is_some())
}

/// CPython's `abstract_issubclass`: walk `__bases__` from `derived` looking for `cls`.
fn abstract_issubclass(vm: &mut Vm, derived: Value, cls: Value) -> PyResult<bool> {
    let mut cur = Owned::from_borrowed(derived);
    loop {
        if cur.get() == cls {
            return Ok(true);
        }
        let bases = match bases_of(vm, cur.get())? {
            Some(b) => b,
            None => return Ok(false),
        };
        let items = items(bases.get()).to_vec();
        match items.len() {
            0 => return Ok(false),
            1 => cur = Owned::from_borrowed(items[0]),
            _ => {
                return ops::enter(vm, |vm| {
                    for b in items {
                        if abstract_issubclass(vm, b, cls)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                })
            }
        }
    }
}

/// `issubclass(derived, cls)` (CPython's `PyObject_IsSubclass`).
pub fn issubclass(vm: &mut Vm, derived: Value, cls: Value) -> PyResult<bool> {
    if plain_class(cls) {
        if derived == cls {
            return Ok(true);
        }
        return recursive_issubclass(vm, derived, cls);
    }
    if let Some(args) = union_args(vm, cls)? {
        let args = Owned::new(args);
        return issubclass(vm, derived, args.get());
    }
    if is_tuple(cls) {
        return ops::enter(vm, |vm| {
            for &c in items(cls) {
                if issubclass(vm, derived, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(r) = super::call_special(vm, cls, "__subclasscheck__", &[derived])? {
        let r = Owned::new(r);
        return ops::is_true(vm, r.get());
    }
    recursive_issubclass(vm, derived, cls)
}

/// CPython's `recursive_issubclass`: real types by their MRO, class-likes by `__bases__`.
fn recursive_issubclass(vm: &mut Vm, derived: Value, cls: Value) -> PyResult<bool> {
    if let (Some(d), Some(c)) = (as_type(derived), as_type(cls)) {
        return Ok(d.is_subtype(c));
    }
    if !has_bases(vm, derived)? {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if !has_bases(vm, cls)? {
        return Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"));
    }
    abstract_issubclass(vm, derived, cls)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::{BOOL_TYPE, FLOAT_TYPE, INT_TYPE, STR_TYPE};

    // Expected values from python3: isinstance(True, (str, (float, int))) is True,
    // isinstance(1, (2, int)) raises, issubclass(bool, int) is True.
    #[test]
    fn tuples_and_errors() {
        let mut vm = Vm::new();
        let inner = obj::tuple::new_tuple(&[FLOAT_TYPE.as_value(), INT_TYPE.as_value()]);
        let outer = obj::tuple::new_tuple(&[STR_TYPE.as_value(), inner]);
        assert!(isinstance(&mut vm, obj::bool_value(true), outer).unwrap());
        assert!(!isinstance(&mut vm, obj::none(), outer).unwrap());
        let bad = obj::tuple::new_tuple(&[Value::small_int(2), INT_TYPE.as_value()]);
        assert!(isinstance(&mut vm, Value::small_int(1), bad).is_err());
        let ok_first = obj::tuple::new_tuple(&[INT_TYPE.as_value(), Value::small_int(2)]);
        assert!(isinstance(&mut vm, Value::small_int(1), ok_first).unwrap());
        assert!(issubclass(&mut vm, BOOL_TYPE.as_value(), INT_TYPE.as_value()).unwrap());
        assert!(issubclass(&mut vm, Value::small_int(1), INT_TYPE.as_value()).is_err());
        for t in [outer, bad, ok_first] {
            t.decref();
        }
    }
}
