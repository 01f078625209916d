//! Runtime support for `match` statements: MATCH_CLASS, MATCH_KEYS, and the mapping /
//! sequence tests of MATCH_MAPPING and MATCH_SEQUENCE.

use crate::objects::exceptions::{self as exc, type_error};
use crate::objects::{self as obj, none, tuple, Value};
use crate::vm::{ops, PyResult, Vm};

/// Whether `v` is matched by mapping patterns.
pub fn is_mapping(v: Value) -> bool {
    obj::dict::is_dict(v) || v.ty().mro_has_name("Mapping")
}

/// Whether `v` is matched by sequence patterns (str, bytes and bytearray are not).
pub fn is_sequence(v: Value) -> bool {
    if obj::list::is_list(v) || obj::tuple::is_tuple(v) {
        return true;
    }
    let name = v.ty().static_name;
    matches!(name, "range" | "memoryview" | "collections.deque" | "array.array") || v.ty().mro_has_name("Sequence")
}

/// Types whose single positional sub-pattern matches the subject itself.
fn matches_self(ty: &obj::TypeObject) -> bool {
    let mut t = Some(ty);
    while let Some(x) = t {
        if !x.has_flag(obj::typeobj::TypeFlags::HEAPTYPE) {
            return matches!(x.static_name, "bool" | "bytearray" | "bytes" | "dict" | "float" | "frozenset" | "int" | "list" | "set" | "str" | "tuple");
        }
        t = x.base();
    }
    false
}

/// MATCH_CLASS: the attributes for `count` positional and the keyword sub-patterns, as a
/// tuple, or None when `subject` is not an instance of `cls`.
pub fn match_class(vm: &mut Vm, subject: Value, cls: Value, count: usize, names: Value) -> PyResult {
    let Some(ty) = obj::type_type::as_type(cls) else {
        return Err(type_error("called match pattern must be a class"));
    };
    if !subject.is_instance_of(ty) {
        return Ok(none());
    }
    let mut out: Vec<Value> = Vec::new();
    let mut seen: Vec<Value> = Vec::new();
    let fail = |out: Vec<Value>| {
        for v in out {
            v.decref();
        }
    };
    if count > 0 {
        let match_args = ops::getattr_opt(vm, cls, obj::str::intern("__match_args__"))?;
        match match_args {
            None if matches_self(ty) => {
                if count > 1 {
                    return Err(type_error(format!("{}() accepts 1 positional sub-pattern ({count} given)", ty.name())));
                }
                out.push(subject.new_ref());
            }
            None => {
                return Err(type_error(format!("{}() accepts 0 positional sub-patterns ({count} given)", ty.name())));
            }
            Some(ma) => {
                if !tuple::is_tuple(ma) {
                    let m = format!("{}.__match_args__ must be a tuple (got {})", ty.name(), ops::type_name(ma));
                    ma.decref();
                    return Err(type_error(m));
                }
                let items = tuple::items(ma);
                if count > items.len() {
                    let m = format!(
                        "{}() accepts {} positional sub-pattern{} ({count} given)",
                        ty.name(),
                        items.len(),
                        if items.len() == 1 { "" } else { "s" }
                    );
                    ma.decref();
                    return Err(type_error(m));
                }
                for &name in &items[..count] {
                    if !obj::str::is_str(name) {
                        ma.decref();
                        fail(out);
                        return Err(type_error(format!("__match_args__ elements must be strings (got {})", ops::type_name(name))));
                    }
                    seen.push(name);
                    match ops::getattr_opt(vm, subject, name) {
                        Ok(Some(v)) => out.push(v),
                        Ok(None) => {
                            ma.decref();
                            fail(out);
                            return Ok(none());
                        }
                        Err(e) => {
                            ma.decref();
                            fail(out);
                            return Err(e);
                        }
                    }
                }
                ma.decref();
            }
        }
    }
    for &name in tuple::items(names) {
        if seen.iter().any(|&s| obj::str::str_eq(s, name)) {
            fail(out);
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                ty.name(),
                obj::str::str_obj(name).to_string_lossy()
            )));
        }
        seen.push(name);
        match ops::getattr_opt(vm, subject, name) {
            Ok(Some(v)) => out.push(v),
            Ok(None) => {
                fail(out);
                return Ok(none());
            }
            Err(e) => {
                fail(out);
                return Err(e);
            }
        }
    }
    Ok(tuple::tuple_from_vec(out))
}

/// MATCH_KEYS: a tuple of the values for `keys`, or None if any key is missing.
pub fn match_keys(vm: &mut Vm, subject: Value, keys: Value) -> PyResult {
    let ks = tuple::items(keys);
    if ks.is_empty() {
        return Ok(tuple::empty_tuple());
    }
    let mut out = Vec::with_capacity(ks.len());
    let get = ops::getattr(vm, subject, obj::str::intern("get"))?;
    let get = obj::Owned::new(get);
    let dummy = obj::Owned::new(obj::object::alloc(obj::singletons::Singleton { header: obj::ObjHeader::new(&obj::OBJECT_TYPE) }));
    for (i, &k) in ks.iter().enumerate() {
        for &prev in &ks[..i] {
            if ops::eq(vm, prev, k)? {
                for v in out {
                    Value::decref(v);
                }
                let r = ops::repr(vm, k)?;
                let m = format!("mapping pattern checks duplicate key ({})", obj::str::str_obj(r).to_string_lossy());
                r.decref();
                return Err(exc::value_error(m));
            }
        }
        let v = match ops::call(vm, get.get(), &[k, dummy.get()], &[]) {
            Ok(v) => v,
            Err(e) => {
                for v in out {
                    Value::decref(v);
                }
                return Err(e);
            }
        };
        if v == dummy.get() {
            v.decref();
            for v in out {
                Value::decref(v);
            }
            return Ok(none());
        }
        out.push(v);
    }
    Ok(tuple::tuple_from_vec(out))
}
