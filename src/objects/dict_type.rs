//! The `dict` type: slots (repr with recursion guard, equality, `|`/`|=`, subscripts with
//! `__missing__` for subclasses, iteration, construction), and methods. The hash table is in
//! `dict.rs`; views and iterators in `dict_views.rs`.

use super::dict::{self as core, is_dict, DictObject};
use super::exceptions::{key_error, type_error, value_error};
use super::typeobj::{CmpOp, MethodDef, Slots, TypeFlags, TypeObject};
use super::types_containers::{check_pos, method_pos, noargs, onearg, split_args};
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};

pub static DICT_TYPE: TypeObject = TypeObject::new_static(
    "dict",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE | TypeFlags::DICT_SUBCLASS | TypeFlags::HAVE_GC,
    Slots {
        dealloc: super::types_containers::dealloc_container::<DictObject>,
        traverse: Some(core::dict_traverse),
        clear: Some(core::clear),
        repr: Some(dict_repr),
        richcmp: Some(dict_richcmp),
        binop: Some(dict_binop),
        len: Some(|_, v| Ok(core::len(v))),
        getitem: Some(dict_getitem),
        setitem: Some(dict_setitem),
        contains: Some(|vm, d, k| Ok(core::get(vm, d, k)?.is_some())),
        iter: Some(|_, d| Ok(super::dict_views::new_dict_iter(d, super::dict_views::IterKind::Keys, false))),
        new: Some(dict_new),
        init: Some(dict_init),
        ..Slots::EMPTY
    },
    &DICT_METHODS,
    &[],
);

fn dict_repr(vm: &mut Vm, d: Value) -> PyResult {
    if core::len(d) == 0 {
        return Ok(super::str::new_str("{}"));
    }
    super::types_containers::guarded_repr(vm, d, "{...}", |vm| {
        let mut out = String::from("{");
        let mut i = 0;
        let mut first = true;
        while let Some(e) = core::entry_at(d, i) {
            i += 1;
            let (k, v) = match e {
                Some(kv) => kv,
                None => continue,
            };
            if !first {
                out.push_str(", ");
            }
            first = false;
            k.incref();
            v.incref();
            let r = super::types_containers::push_repr(vm, &mut out, k);
            out.push_str(": ");
            let r2 = r.and_then(|_| super::types_containers::push_repr(vm, &mut out, v));
            k.decref();
            v.decref();
            r2?;
        }
        out.push('}');
        Ok(super::str::new_str(&out))
    })
}

/// `a == b` for two dicts.
pub fn dict_equal(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if core::len(a) != core::len(b) {
        return Ok(false);
    }
    let mut i = 0;
    while let Some(e) = core::entry_at(a, i) {
        i += 1;
        let (k, av) = match e {
            Some(kv) => kv,
            None => continue,
        };
        k.incref();
        av.incref();
        let r = (|| {
            let bv = match core::get(vm, b, k)? {
                Some(bv) => bv,
                None => return Ok(false),
            };
            bv.incref();
            let r = ops::eq(vm, av, bv);
            bv.decref();
            r
        })();
        k.decref();
        av.decref();
        if !r? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn dict_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !is_dict(a) || !is_dict(b) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(super::not_implemented());
    }
    let eq = dict_equal(vm, a, b)?;
    Ok(super::bool_value(eq == (op == CmpOp::Eq)))
}

/// `PyDict_Copy`: a plain dict with `d`'s items; a subclass that overrides `__iter__` is
/// read through `keys()` and `__getitem__`, as CPython's dict_merge does.
fn copy_of(vm: &mut Vm, d: Value) -> PyResult {
    if merges_as_dict(d) {
        return Ok(core::copy_dict(d));
    }
    let n = core::new_dict();
    if let Err(e) = dict_update_arg(vm, n, d) {
        n.decref();
        return Err(e);
    }
    Ok(n)
}

fn dict_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    match op {
        7 if is_dict(a) && is_dict(b) => {
            let n = copy_of(vm, a)?;
            if let Err(e) = dict_update_arg(vm, n, b) {
                n.decref();
                return Err(e);
            }
            Ok(n)
        }
        20 if is_dict(a) => {
            dict_update_arg(vm, a, b)?;
            Ok(a.new_ref())
        }
        _ => Ok(super::not_implemented()),
    }
}

/// `d[key]`, with `__missing__` for dict subclasses.
pub fn dict_getitem(vm: &mut Vm, d: Value, key: Value) -> PyResult {
    if let Some(v) = core::get(vm, d, key)? {
        return Ok(v.new_ref());
    }
    if !d.is_exact(&DICT_TYPE) {
        // Looked up on the type and bound like any special method (a staticmethod works).
        if let Some(r) = super::slot_wrappers::call_special_method(vm, d, "__missing__", &[key])? {
            return Ok(r);
        }
    }
    Err(key_error(key))
}

fn dict_setitem(vm: &mut Vm, d: Value, key: Value, value: Value) -> PyResult<()> {
    if value.is_null() {
        if core::del(vm, d, key)? {
            Ok(())
        } else {
            Err(key_error(key))
        }
    } else {
        core::set(vm, d, key, value)
    }
}

fn dict_new(_vm: &mut Vm, ty: &TypeObject, _args: &[Value], _kwnames: &[Value]) -> PyResult {
    Ok(core::new_dict_of_type(ty))
}

fn dict_init(vm: &mut Vm, d: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    dict_update_common(vm, d, args, kwnames, "dict")
}

/// `dict(...)` / `d.update(...)`: at most one positional (mapping or iterable of pairs), then
/// keyword items.
fn dict_update_common(vm: &mut Vm, d: Value, args: &[Value], kwnames: &[Value], name: &str) -> PyResult<()> {
    let a = split_args(args, kwnames);
    check_pos(name, a.pos.len(), 0, 1)?;
    if let Some(&arg) = a.pos.first() {
        dict_update_arg(vm, d, arg)?;
    }
    for (&k, &v) in a.kwnames.iter().zip(a.kwvals) {
        core::set(vm, d, k, v)?;
    }
    Ok(())
}

/// Whether merging `v` into a dict may read its table directly: a dict whose class keeps
/// dict's `__iter__` (CPython's test in `dict_merge`); other mappings go through `keys()`
/// and `__getitem__`.
pub fn merges_as_dict(v: Value) -> bool {
    if !is_dict(v) {
        return false;
    }
    if v.is_exact(&DICT_TYPE) {
        return true;
    }
    let name = super::str::intern("__iter__");
    v.ty().lookup(name) == DICT_TYPE.lookup(name)
}

/// Merge a mapping (anything with `keys`) or an iterable of pairs into `d`.
pub fn dict_update_arg(vm: &mut Vm, d: Value, arg: Value) -> PyResult<()> {
    let keys_name = super::str::intern("keys");
    if merges_as_dict(arg) {
        return core::update_from_dict(vm, d, arg);
    }
    if let Some(keys) = ops::getattr_opt(vm, arg, keys_name)? {
        let r = merge_mapping(vm, d, arg, keys);
        keys.decref();
        return r;
    }
    merge_pairs(vm, d, arg)
}

fn merge_mapping(vm: &mut Vm, d: Value, arg: Value, keys: Value) -> PyResult<()> {
    let ks = ops::call(vm, keys, &[], &[])?;
    let it = ops::iter(vm, ks);
    ks.decref();
    let it = it?;
    let r = loop {
        match super::types_containers::iter_next(vm, it) {
            Ok(Some(k)) => {
                let r = ops::getitem(vm, arg, k).and_then(|v| {
                    let r = core::set(vm, d, k, v);
                    v.decref();
                    r
                });
                k.decref();
                if let Err(e) = r {
                    break Err(e);
                }
            }
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    it.decref();
    r
}

fn merge_pairs(vm: &mut Vm, d: Value, arg: Value) -> PyResult<()> {
    let it = ops::iter(vm, arg)?;
    let mut n = 0usize;
    let r = loop {
        let item = match super::types_containers::iter_next(vm, it) {
            Ok(Some(x)) => x,
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        };
        let r = (|| {
            let s = item.ty().slots();
            if s.iter.is_none() && s.getitem.is_none() {
                return Err(type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence")));
            }
            let pair = ops::collect(vm, item)?;
            if pair.len() != 2 {
                let m = pair.len();
                for x in pair {
                    x.decref();
                }
                return Err(value_error(format!("dictionary update sequence element #{n} has length {m}; 2 is required")));
            }
            let r = core::set(vm, d, pair[0], pair[1]);
            for x in pair {
                x.decref();
            }
            r
        })();
        item.decref();
        if let Err(e) = r {
            break Err(e);
        }
        n += 1;
    };
    it.decref();
    r
}

fn m_keys(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let d = noargs("dict.keys", args, kwnames)?;
    Ok(super::dict_views::new_view(d, &super::dict_views::DICT_KEYS_TYPE))
}

fn m_values(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let d = noargs("dict.values", args, kwnames)?;
    Ok(super::dict_views::new_view(d, &super::dict_views::DICT_VALUES_TYPE))
}

fn m_items(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let d = noargs("dict.items", args, kwnames)?;
    Ok(super::dict_views::new_view(d, &super::dict_views::DICT_ITEMS_TYPE))
}

fn m_get(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (d, rest) = method_pos("get", args, kwnames, 1, 2)?;
    match core::get(vm, d, rest[0])? {
        Some(v) => Ok(v.new_ref()),
        None => Ok(rest.get(1).copied().unwrap_or_else(super::none).new_ref()),
    }
}

fn m_setdefault(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (d, rest) = method_pos("setdefault", args, kwnames, 1, 2)?;
    let key = rest[0];
    let hash = ops::hash(vm, key)?;
    if let Some(v) = core::get_with_hash(vm, d, key, hash)? {
        return Ok(v.new_ref());
    }
    let dflt = rest.get(1).copied().unwrap_or_else(super::none);
    core::set_with_hash(vm, d, key, hash, dflt)?;
    Ok(dflt.new_ref())
}

fn m_pop(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (d, rest) = method_pos("pop", args, kwnames, 1, 2)?;
    // An empty dict answers without hashing the key (so `{}.pop([], None)` is None), as CPython.
    let found = if core::len(d) == 0 { None } else { core::pop(vm, d, rest[0])? };
    match found {
        Some(v) => Ok(v),
        None => match rest.get(1) {
            Some(&dflt) => Ok(dflt.new_ref()),
            None => Err(key_error(rest[0])),
        },
    }
}

fn m_popitem(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let d = noargs("dict.popitem", args, kwnames)?;
    match core::pop_last(d) {
        Some((k, v)) => Ok(super::tuple::tuple_from_vec(vec![k, v])),
        None => Err(super::exceptions::exc_msg(&super::exceptions::KEY_ERROR, "popitem(): dictionary is empty")),
    }
}

fn m_update(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = split_args(args, kwnames);
    let d = match a.pos.first() {
        Some(&d) => d,
        None => return Err(type_error("descriptor 'update' of 'dict' object needs an argument")),
    };
    dict_update_common(vm, d, &args[1..], kwnames, "update")?;
    Ok(super::none())
}

fn m_clear(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let d = noargs("dict.clear", args, kwnames)?;
    core::clear(d);
    Ok(super::none())
}

fn m_copy(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let d = noargs("dict.copy", args, kwnames)?;
    copy_of(vm, d)
}

fn m_fromkeys(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (cls, rest) = method_pos("fromkeys", args, kwnames, 1, 2)?;
    let value = rest.get(1).copied().unwrap_or_else(super::none);
    let d = ops::call(vm, cls, &[], &[])?;
    let r = (|| {
        let it = ops::iter(vm, rest[0])?;
        let r = loop {
            match super::types_containers::iter_next(vm, it) {
                Ok(Some(k)) => {
                    let r = if d.is_exact(&DICT_TYPE) { core::set(vm, d, k, value) } else { ops::setitem(vm, d, k, value) };
                    k.decref();
                    if let Err(e) = r {
                        break Err(e);
                    }
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        it.decref();
        r
    })();
    match r {
        Ok(()) => Ok(d),
        Err(e) => {
            d.decref();
            Err(e)
        }
    }
}

fn m_contains(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (d, k) = onearg("dict.__contains__", args, kwnames)?;
    Ok(super::bool_value(core::get(vm, d, k)?.is_some()))
}

fn m_getitem(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (d, k) = onearg("dict.__getitem__", args, kwnames)?;
    dict_getitem(vm, d, k)
}

fn m_len(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let d = noargs("dict.__len__", args, kwnames)?;
    Ok(super::int::int_from_i64(core::len(d) as i64))
}

fn m_iter(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let d = noargs("dict.__iter__", args, kwnames)?;
    Ok(super::dict_views::new_dict_iter(d, super::dict_views::IterKind::Keys, false))
}

fn m_reversed(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let d = noargs("dict.__reversed__", args, kwnames)?;
    Ok(super::dict_views::new_dict_iter(d, super::dict_views::IterKind::Keys, true))
}

fn m_setitem(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (d, rest) = method_pos("__setitem__", args, kwnames, 2, 2)?;
    core::set(vm, d, rest[0], rest[1])?;
    Ok(super::none())
}

fn m_delitem(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (d, k) = onearg("dict.__delitem__", args, kwnames)?;
    dict_setitem(vm, d, k, Value::NULL)?;
    Ok(super::none())
}

fn m_init(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let d = match args.first() {
        Some(&d) if is_dict(d) => d,
        _ => return Err(type_error("descriptor '__init__' requires a 'dict' object")),
    };
    dict_update_common(vm, d, &args[1..], kwnames, "dict")?;
    Ok(super::none())
}

fn m_class_getitem(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    Ok(args.first().copied().unwrap_or_else(super::none).new_ref())
}

static DICT_METHODS: [MethodDef; 24] = [
    MethodDef::method("__ior__", |vm, a, k| {
        let (d, x) = onearg("dict.__ior__", a, k)?;
        dict_binop(vm, d, x, 20)
    }),
    MethodDef::static_("__new__", |vm, a, k| super::types_containers::new_wrapper(vm, &DICT_TYPE, a, k)),
    MethodDef::method("keys", m_keys),
    MethodDef::method("values", m_values),
    MethodDef::method("items", m_items),
    MethodDef::method("get", m_get),
    MethodDef::method("setdefault", m_setdefault),
    MethodDef::method("pop", m_pop),
    MethodDef::method("popitem", m_popitem),
    MethodDef::method("update", m_update),
    MethodDef::method("clear", m_clear),
    MethodDef::method("copy", m_copy),
    MethodDef::class("fromkeys", m_fromkeys),
    MethodDef::method("__contains__", m_contains),
    MethodDef::method("__getitem__", m_getitem),
    MethodDef::method("__setitem__", m_setitem),
    MethodDef::method("__delitem__", m_delitem),
    MethodDef::method("__len__", m_len),
    MethodDef::method("__iter__", m_iter),
    MethodDef::method("__reversed__", m_reversed),
    MethodDef::method("__init__", m_init),
    MethodDef::class("__class_getitem__", m_class_getitem),
    MethodDef::method("__copy__", m_copy),
    MethodDef::method("__sizeof__", |_, args, kw| {
        let d = noargs("dict.__sizeof__", args, kw)?;
        Ok(super::int::int_from_i64(48 + 24 * core::entries_len(d) as i64))
    }),
];
