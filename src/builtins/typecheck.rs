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
        return Ok(as_type(cls).is_some_and(|t| o.ty().is_subtype(t)));
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
    if let Some(args) = union_args(vm, cls)? {
        let args = Owned::new(args);
        return isinstance(vm, o, args.get());
    }
    if let Some(r) = super::call_special(vm, cls, "__instancecheck__", &[o])? {
        let r = Owned::new(r);
        return ops::is_true(vm, r.get());
    }
    match as_type(cls) {
        Some(t) => Ok(o.ty().is_subtype(t)),
        None => Err(type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
    }
}

/// `issubclass(derived, cls)` (CPython's `PyObject_IsSubclass`).
pub fn issubclass(vm: &mut Vm, derived: Value, cls: Value) -> PyResult<bool> {
    if plain_class(cls) {
        return match (as_type(derived), as_type(cls)) {
            (Some(d), Some(c)) => Ok(d.is_subtype(c)),
            _ => Err(type_error("issubclass() arg 1 must be a class")),
        };
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
    if let Some(args) = union_args(vm, cls)? {
        let args = Owned::new(args);
        return issubclass(vm, derived, args.get());
    }
    if let Some(r) = super::call_special(vm, cls, "__subclasscheck__", &[derived])? {
        let r = Owned::new(r);
        return ops::is_true(vm, r.get());
    }
    match as_type(cls) {
        Some(c) => match as_type(derived) {
            Some(d) => Ok(d.is_subtype(c)),
            None => Err(type_error("issubclass() arg 1 must be a class")),
        },
        None => Err(type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")),
    }
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
