//! The iterator types behind builtins: `enumerate`, `zip` (with `strict=`), `map`, `filter`,
//! `reversed` (the generic sequence form); and the interpreter's unpacking helpers
//! `unpack_sequence` / `unpack_ex` with CPython's messages.

use super::exceptions::{type_error, value_error, INDEX_ERROR, STOP_ITERATION};
use super::int::int_from_i64;
use super::object::{alloc, dealloc_box, ObjHeader};
use super::typeobj::{MethodDef, Slots, TypeFlags, TypeObject};
use super::types_containers::{check_pos, noargs, split_args, to_index, Index};
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

fn incref_type(ty: &TypeObject) {
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        ty.as_value().incref();
    }
}

fn bad_kw(name: Value, func: &str) -> crate::vm::PyErr {
    type_error(format!("'{}' is an invalid keyword argument for {func}()", super::str::str_obj(name).to_string_lossy()))
}

// ---------------------------------------------------------------------------------------
// enumerate

/// `enumerate`: the iterator, the next count (small) or `big_count` once past i64.
#[repr(C)]
pub struct Enumerate {
    pub header: ObjHeader,
    pub iter: Value,
    pub count: Cell<i64>,
    /// The count as an int object once it no longer fits (or started big); NULL otherwise.
    pub big_count: Cell<Value>,
}

impl Drop for Enumerate {
    fn drop(&mut self) {
        self.iter.decref();
        self.big_count.get().decref();
    }
}

fn enumerate_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = split_args(args, kwnames);
    let mut iterable = a.pos.first().copied().unwrap_or(Value::NULL);
    let mut start = a.pos.get(1).copied().unwrap_or(Value::NULL);
    if a.pos.len() + a.kwnames.len() > 2 {
        return Err(type_error(format!("enumerate() takes at most 2 arguments ({} given)", a.pos.len() + a.kwnames.len())));
    }
    for (&n, &v) in a.kwnames.iter().zip(a.kwvals) {
        match super::str::as_str(n) {
            Some("iterable") if iterable.is_null() => iterable = v,
            Some("start") if start.is_null() => start = v,
            Some("iterable") | Some("start") => {
                return Err(type_error(format!(
                    "argument for enumerate() given by name ('{}') and position (1)",
                    super::str::str_obj(n).to_string_lossy()
                )))
            }
            _ => return Err(bad_kw(n, "enumerate")),
        }
    }
    if iterable.is_null() {
        return Err(type_error("enumerate() missing required argument 'iterable'"));
    }
    let (count, big) = if start.is_null() {
        (0, Value::NULL)
    } else {
        match to_index(vm, start)? {
            Some(Index::Fits(i)) => (i, Value::NULL),
            Some(Index::Over(_)) => {
                let b = super::int::int_as_big(start).map(super::int::int_from_big).unwrap_or(Value::NULL);
                (0, b)
            }
            None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(start)))),
        }
    };
    let it = ops::iter(vm, iterable)?;
    incref_type(ty);
    Ok(alloc(Enumerate { header: ObjHeader::new(ty), iter: it, count: Cell::new(count), big_count: Cell::new(big) }))
}

fn enumerate_next(vm: &mut Vm, e: Value) -> PyResult<Option<Value>> {
    // SAFETY: the slot is only installed on ENUMERATE_TYPE (and subclasses with its layout).
    let s = unsafe { e.as_ref::<Enumerate>() };
    let item = match super::types_containers::iter_next(vm, s.iter)? {
        Some(x) => x,
        None => return Ok(None),
    };
    let big = s.big_count.get();
    let idx = if big.is_null() {
        let c = s.count.get();
        match c.checked_add(1) {
            Some(n) => s.count.set(n),
            None => {
                let b = num_bigint::BigInt::from(c) + 1;
                s.big_count.set(super::int::int_from_big(b));
            }
        }
        int_from_i64(c)
    } else {
        let b = super::int::int_as_big(big).unwrap_or_default() + 1;
        s.big_count.set(super::int::int_from_big(b));
        big
    };
    Ok(Some(super::tuple::tuple_from_vec(vec![idx, item])))
}

pub static ENUMERATE_TYPE: TypeObject = TypeObject::new_static(
    "enumerate",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE,
    Slots {
        dealloc: dealloc_box::<Enumerate>,
        traverse: Some(|v, visit| {
            // SAFETY: the slot is only installed on ENUMERATE_TYPE.
            let s = unsafe { v.as_ref::<Enumerate>() };
            visit(s.iter);
        }),
        next: Some(enumerate_next),
        new: Some(enumerate_new),
        ..super::list_type::ITER_SLOTS
    },
    &CLASS_GETITEM,
    &[],
);

fn m_class_getitem(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    Ok(args.first().copied().unwrap_or_else(super::none).new_ref())
}

static CLASS_GETITEM: [MethodDef; 1] = [MethodDef::class("__class_getitem__", m_class_getitem)];

// ---------------------------------------------------------------------------------------
// zip

/// `zip`: the iterators (a tuple), and whether `strict=True`.
#[repr(C)]
pub struct Zip {
    pub header: ObjHeader,
    pub iters: Value,
    pub strict: bool,
    /// Set once any iterator is exhausted.
    pub done: Cell<bool>,
}

impl Drop for Zip {
    fn drop(&mut self) {
        self.iters.decref();
    }
}

fn zip_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = split_args(args, kwnames);
    let mut strict = false;
    if a.kwnames.len() > 1 {
        return Err(type_error(format!("zip() takes at most 1 keyword argument ({} given)", a.kwnames.len())));
    }
    for (&n, &v) in a.kwnames.iter().zip(a.kwvals) {
        match super::str::as_str(n) {
            Some("strict") => strict = ops::is_true(vm, v)?,
            _ => return Err(bad_kw(n, "zip")),
        }
    }
    let mut its = Vec::with_capacity(a.pos.len());
    for &x in a.pos {
        match ops::iter(vm, x) {
            Ok(it) => its.push(it),
            Err(e) => {
                for it in its {
                    it.decref();
                }
                return Err(e);
            }
        }
    }
    incref_type(ty);
    Ok(alloc(Zip { header: ObjHeader::new(ty), iters: super::tuple::tuple_from_vec(its), strict, done: Cell::new(false) }))
}

fn zip_next(vm: &mut Vm, z: Value) -> PyResult<Option<Value>> {
    // SAFETY: the slot is only installed on ZIP_TYPE.
    let s = unsafe { z.as_ref::<Zip>() };
    let its = super::tuple::items(s.iters);
    if its.is_empty() || s.done.get() {
        return Ok(None);
    }
    let mut out = Vec::with_capacity(its.len());
    for (i, &it) in its.iter().enumerate() {
        match super::types_containers::iter_next(vm, it) {
            Ok(Some(x)) => out.push(x),
            Ok(None) => {
                for x in out {
                    x.decref();
                }
                s.done.set(true);
                if s.strict {
                    return zip_strict_check(vm, its, i);
                }
                return Ok(None);
            }
            Err(e) => {
                for x in out {
                    x.decref();
                }
                return Err(e);
            }
        }
    }
    Ok(Some(super::tuple::tuple_from_vec(out)))
}

/// Iterator `i` ran out under `strict=True`: find which argument disagrees.
#[cold]
fn zip_strict_check(vm: &mut Vm, its: &[Value], i: usize) -> PyResult<Option<Value>> {
    let plural = |i: usize| if i == 1 { "argument 1".to_string() } else { format!("arguments 1-{i}") };
    if i > 0 {
        return Err(value_error(format!("zip() argument {} is shorter than {}", i + 1, plural(i))));
    }
    for (j, &it) in its.iter().enumerate().skip(1) {
        if let Some(x) = super::types_containers::iter_next(vm, it)? {
            x.decref();
            return Err(value_error(format!("zip() argument {} is longer than {}", j + 1, plural(j))));
        }
    }
    Ok(None)
}

pub static ZIP_TYPE: TypeObject = TypeObject::new_static(
    "zip",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE,
    Slots {
        dealloc: dealloc_box::<Zip>,
        traverse: Some(|v, visit| {
            // SAFETY: the slot is only installed on ZIP_TYPE.
            visit(unsafe { v.as_ref::<Zip>() }.iters)
        }),
        next: Some(zip_next),
        new: Some(zip_new),
        ..super::list_type::ITER_SLOTS
    },
    &[],
    &[],
);

// ---------------------------------------------------------------------------------------
// map

/// `map`: the function and the iterators (a tuple).
#[repr(C)]
pub struct Map {
    pub header: ObjHeader,
    pub func: Value,
    pub iters: Value,
}

impl Drop for Map {
    fn drop(&mut self) {
        self.func.decref();
        self.iters.decref();
    }
}

fn map_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() && std::ptr::eq(ty, &MAP_TYPE) {
        return Err(type_error("map() takes no keyword arguments"));
    }
    let a = split_args(args, kwnames);
    if a.pos.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::with_capacity(a.pos.len() - 1);
    for &x in &a.pos[1..] {
        match ops::iter(vm, x) {
            Ok(it) => its.push(it),
            Err(e) => {
                for it in its {
                    it.decref();
                }
                return Err(e);
            }
        }
    }
    incref_type(ty);
    Ok(alloc(Map { header: ObjHeader::new(ty), func: a.pos[0].new_ref(), iters: super::tuple::tuple_from_vec(its) }))
}

fn map_next(vm: &mut Vm, m: Value) -> PyResult<Option<Value>> {
    // SAFETY: the slot is only installed on MAP_TYPE.
    let s = unsafe { m.as_ref::<Map>() };
    let its = super::tuple::items(s.iters);
    let mut args = Vec::with_capacity(its.len());
    for &it in its {
        match super::types_containers::iter_next(vm, it) {
            Ok(Some(x)) => args.push(x),
            r => {
                for x in args {
                    x.decref();
                }
                return r.map(|_| None);
            }
        }
    }
    let r = ops::call(vm, s.func, &args, &[]);
    for x in args {
        x.decref();
    }
    r.map(Some)
}

pub static MAP_TYPE: TypeObject = TypeObject::new_static(
    "map",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE,
    Slots {
        dealloc: dealloc_box::<Map>,
        traverse: Some(|v, visit| {
            // SAFETY: the slot is only installed on MAP_TYPE.
            let s = unsafe { v.as_ref::<Map>() };
            visit(s.func);
            visit(s.iters);
        }),
        next: Some(map_next),
        new: Some(map_new),
        ..super::list_type::ITER_SLOTS
    },
    &[],
    &[],
);

// ---------------------------------------------------------------------------------------
// filter

/// `filter`: the predicate (None: truth) and the iterator.
#[repr(C)]
pub struct Filter {
    pub header: ObjHeader,
    pub func: Value,
    pub iter: Value,
}

impl Drop for Filter {
    fn drop(&mut self) {
        self.func.decref();
        self.iter.decref();
    }
}

fn filter_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() && std::ptr::eq(ty, &FILTER_TYPE) {
        return Err(type_error("filter() takes no keyword arguments"));
    }
    let a = split_args(args, kwnames);
    check_pos("filter", a.pos.len(), 2, 2)?;
    let it = ops::iter(vm, a.pos[1])?;
    incref_type(ty);
    Ok(alloc(Filter { header: ObjHeader::new(ty), func: a.pos[0].new_ref(), iter: it }))
}

fn filter_next(vm: &mut Vm, f: Value) -> PyResult<Option<Value>> {
    // SAFETY: the slot is only installed on FILTER_TYPE.
    let s = unsafe { f.as_ref::<Filter>() };
    loop {
        let x = match super::types_containers::iter_next(vm, s.iter)? {
            Some(x) => x,
            None => return Ok(None),
        };
        let keep = if s.func.is_none() || s.func == super::BOOL_TYPE.as_value() {
            ops::is_true(vm, x)
        } else {
            ops::call(vm, s.func, &[x], &[]).and_then(|r| {
                let t = ops::is_true(vm, r);
                r.decref();
                t
            })
        };
        match keep {
            Ok(true) => return Ok(Some(x)),
            Ok(false) => x.decref(),
            Err(e) => {
                x.decref();
                return Err(e);
            }
        }
    }
}

pub static FILTER_TYPE: TypeObject = TypeObject::new_static(
    "filter",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE,
    Slots {
        dealloc: dealloc_box::<Filter>,
        traverse: Some(|v, visit| {
            // SAFETY: the slot is only installed on FILTER_TYPE.
            let s = unsafe { v.as_ref::<Filter>() };
            visit(s.func);
            visit(s.iter);
        }),
        next: Some(filter_next),
        new: Some(filter_new),
        ..super::list_type::ITER_SLOTS
    },
    &[],
    &[],
);

// ---------------------------------------------------------------------------------------
// reversed

/// The generic `reversed` iterator over a sequence: the sequence (NULL once exhausted) and
/// the next index.
#[repr(C)]
pub struct Reversed {
    pub header: ObjHeader,
    pub seq: Cell<Value>,
    pub index: Cell<i64>,
}

impl Drop for Reversed {
    fn drop(&mut self) {
        self.seq.get().decref();
    }
}

/// `reversed(seq)`: `__reversed__` when defined, else the sequence protocol.
pub fn reversed_of(vm: &mut Vm, seq: Value) -> PyResult {
    if super::list::is_list(seq) && seq.is_exact(&super::LIST_TYPE) {
        return Ok(super::list_type::new_list_reviter(seq));
    }
    if super::range::is_range(seq) {
        return Ok(super::range::range_reversed(seq));
    }
    if let Some(m) = seq.ty().lookup(super::str::intern("__reversed__")) {
        if m.is_none() {
            return Err(type_error(format!("'{}' object is not reversible", ops::type_name(seq))));
        }
        m.incref();
        let r = ops::call(vm, m, &[seq], &[]);
        m.decref();
        return r;
    }
    let s = seq.ty().slots();
    if s.getitem.is_none() || super::dict::is_dict(seq) || super::set::is_anyset(seq) {
        return Err(type_error(format!("'{}' object is not reversible", ops::type_name(seq))));
    }
    // A sequence without `__len__` fails with len()'s message, as in CPython.
    let n = ops::len(vm, seq)?;
    seq.incref();
    Ok(alloc(Reversed { header: ObjHeader::new(&REVERSED_TYPE), seq: Cell::new(seq), index: Cell::new(n as i64 - 1) }))
}

fn reversed_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() && std::ptr::eq(ty, &REVERSED_TYPE) {
        return Err(type_error("reversed() takes no keyword arguments"));
    }
    let a = split_args(args, kwnames);
    check_pos("reversed", a.pos.len(), 1, 1)?;
    reversed_of(vm, a.pos[0])
}

fn reversed_next(vm: &mut Vm, r: Value) -> PyResult<Option<Value>> {
    // SAFETY: the slot is only installed on REVERSED_TYPE.
    let s = unsafe { r.as_ref::<Reversed>() };
    let seq = s.seq.get();
    if seq.is_null() {
        return Ok(None);
    }
    let i = s.index.get();
    if i >= 0 {
        match ops::getitem(vm, seq, int_from_i64(i)) {
            Ok(v) => {
                s.index.set(i - 1);
                return Ok(Some(v));
            }
            Err(e) if e.matches(&INDEX_ERROR) || e.matches(&STOP_ITERATION) => {}
            Err(e) => return Err(e),
        }
    }
    s.index.set(-1);
    s.seq.set(Value::NULL);
    seq.decref();
    Ok(None)
}

fn reversed_length_hint(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let r = noargs("__length_hint__", args, kwnames)?;
    Ok(int_from_i64(reversed_remaining(vm, r)? as i64))
}

/// What is left of a `reversed` object: the index bounded by the sequence's current length
/// (CPython asks the sequence for its length each time).
fn reversed_remaining(vm: &mut Vm, r: Value) -> PyResult<usize> {
    // SAFETY: only called with REVERSED_TYPE instances (or subclasses: same layout).
    let s = unsafe { r.as_ref::<Reversed>() };
    let seq = s.seq.get();
    if seq.is_null() {
        return Ok(0);
    }
    let pos = (s.index.get() + 1).max(0) as usize;
    let size = ops::len(vm, seq)?;
    Ok(if size < pos { 0 } else { pos })
}

/// `PyObject_LengthHint` for the places that size a new list or tuple from an iterable
/// (list(), tuple(), extend): `len()` when defined, else `__length_hint__`, else `default`.
/// Only user-visible for instances of classes and `reversed` objects, so built-in
/// iterables skip the work.
pub fn length_hint_for_build(vm: &mut Vm, v: Value, default: usize) -> PyResult<usize> {
    let ty = v.ty();
    if ty.flags.get() & TypeFlags::HEAPTYPE == 0 {
        if std::ptr::eq(ty, &REVERSED_TYPE) {
            return reversed_remaining(vm, v);
        }
        return Ok(default);
    }
    Ok(length_hint(vm, v, default as i64)?.max(0) as usize)
}

/// `operator.length_hint(v, default)`: CPython's rules and messages.
pub fn length_hint(vm: &mut Vm, o: Value, default: i64) -> PyResult<i64> {
    if o.ty().slots().len.is_some() {
        // A len() failing with TypeError falls through to __length_hint__, as in CPython.
        match ops::len(vm, o) {
            Ok(n) => return Ok(n as i64),
            Err(e) if e.matches(&super::exceptions::TYPE_ERROR) => {}
            Err(e) => return Err(e),
        }
    }
    let r = match super::slot_wrappers::call_special_method(vm, o, "__length_hint__", &[]) {
        Ok(Some(r)) => super::object::Owned::new(r),
        Ok(None) => return Ok(default),
        Err(e) if e.matches(&super::exceptions::TYPE_ERROR) => return Ok(default),
        Err(e) => return Err(e),
    };
    let r = r.get();
    if r.is_not_implemented() {
        return Ok(default);
    }
    if !super::int::is_int(r) {
        return Err(type_error(format!("__length_hint__ must be an integer, not {}", ops::type_name(r))));
    }
    let n = super::int::as_i64_checked(vm, r)?;
    if n < 0 {
        return Err(value_error("__length_hint__() should return >= 0"));
    }
    Ok(n)
}

static REVERSED_METHODS: [MethodDef; 1] = [MethodDef::method("__length_hint__", reversed_length_hint)];

pub static REVERSED_TYPE: TypeObject = TypeObject::new_static(
    "reversed",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE,
    Slots {
        dealloc: dealloc_box::<Reversed>,
        traverse: Some(|v, visit| {
            // SAFETY: the slot is only installed on REVERSED_TYPE.
            let s = unsafe { v.as_ref::<Reversed>() }.seq.get();
            if !s.is_null() {
                visit(s);
            }
        }),
        next: Some(reversed_next),
        new: Some(reversed_new),
        ..super::list_type::ITER_SLOTS
    },
    &REVERSED_METHODS,
    &[],
);

// ---------------------------------------------------------------------------------------
// Unpacking (UNPACK_SEQUENCE / UNPACK_EX)

#[cold]
fn not_iterable(v: Value, e: crate::vm::PyErr) -> crate::vm::PyErr {
    let s = v.ty().slots();
    if e.matches(&super::exceptions::TYPE_ERROR) && s.iter.is_none() && s.getitem.is_none() {
        return type_error(format!("cannot unpack non-iterable {} object", ops::type_name(v)));
    }
    e
}

/// `a, b, c = v`: appends exactly `n` new references to `out`, in `v`'s order (the
/// interpreter pushes them in reverse for UNPACK_SEQUENCE). Exact tuples and lists are read
/// directly. Errors: "cannot unpack non-iterable int object", "not enough values to unpack
/// (expected 3, got 2)", "too many values to unpack (expected 2)". On error `out` is left as it
/// was.
pub fn unpack_sequence(vm: &mut Vm, v: Value, n: usize, out: &mut Vec<Value>) -> PyResult<()> {
    let direct: Option<&[Value]> = if v.is_ptr() && v.is_exact(&super::TUPLE_TYPE) {
        Some(super::tuple::items(v))
    } else if v.is_ptr() && v.is_exact(&super::LIST_TYPE) {
        Some(super::list::items(v).as_slice())
    } else {
        None
    };
    if let Some(items) = direct {
        if items.len() == n {
            for &x in items {
                x.incref();
                out.push(x);
            }
            return Ok(());
        }
        if items.len() < n {
            return Err(value_error(format!("not enough values to unpack (expected {n}, got {})", items.len())));
        }
        return Err(value_error(format!("too many values to unpack (expected {n})")));
    }
    let it = ops::iter(vm, v).map_err(|e| not_iterable(v, e))?;
    let base = out.len();
    let r = (|| {
        for i in 0..n {
            match super::types_containers::iter_next(vm, it)? {
                Some(x) => out.push(x),
                None => return Err(value_error(format!("not enough values to unpack (expected {n}, got {i})"))),
            }
        }
        if let Some(x) = super::types_containers::iter_next(vm, it)? {
            x.decref();
            return Err(value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(())
    })();
    it.decref();
    if r.is_err() {
        for x in out.drain(base..) {
            x.decref();
        }
    }
    r
}

/// `a, *b, c = v` with `before` names before the star and `after` after it: appends
/// `before + 1 + after` new references to `out` in order (the starred part as a new list).
/// Errors as CPython: "not enough values to unpack (expected at least 2, got 1)".
pub fn unpack_ex(vm: &mut Vm, v: Value, before: usize, after: usize, out: &mut Vec<Value>) -> PyResult<()> {
    let it = ops::iter(vm, v).map_err(|e| not_iterable(v, e))?;
    let base = out.len();
    let r = (|| {
        for i in 0..before {
            match super::types_containers::iter_next(vm, it)? {
                Some(x) => out.push(x),
                None => {
                    return Err(value_error(format!(
                        "not enough values to unpack (expected at least {}, got {i})",
                        before + after
                    )))
                }
            }
        }
        // The starred part is `list(it)` in CPython: the iterator itself must be iterable.
        let mut rest = ops::collect(vm, it)?;
        if rest.len() < after {
            let got = before + rest.len();
            for y in rest {
                y.decref();
            }
            return Err(value_error(format!("not enough values to unpack (expected at least {}, got {got})", before + after)));
        }
        let tail = rest.split_off(rest.len() - after);
        out.push(super::list::list_from_vec(rest));
        out.extend(tail);
        Ok(())
    })();
    it.decref();
    if r.is_err() {
        for x in out.drain(base..) {
            x.decref();
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unpack_messages() {
        // Messages from python3 (`a, b = [1]`, `a, b = [1, 2, 3]`, `a, *b, c = [1]`).
        let mut vm = Vm::new();
        let l = super::super::list::list_from_vec(vec![int_from_i64(1)]);
        let mut out = Vec::new();
        assert!(unpack_sequence(&mut vm, l, 2, &mut out).is_err());
        assert!(out.is_empty());
        let l3 = super::super::list::list_from_vec(vec![int_from_i64(1), int_from_i64(2), int_from_i64(3)]);
        unpack_ex(&mut vm, l3, 1, 1, &mut out).unwrap();
        assert_eq!(out.len(), 3);
        assert_eq!(super::super::list::items(out[1]).len(), 1);
        assert!(unpack_ex(&mut vm, l, 1, 1, &mut Vec::new()).is_err());
        let e = unpack_sequence(&mut vm, int_from_i64(5), 2, &mut Vec::new()).unwrap_err();
        assert!(e.matches(&super::super::exceptions::TYPE_ERROR));
    }
}

/// `next(it)` for FOR_ITER and every consumer loop: the built-in container iterators are
/// handled inline (list, tuple, range and dict-key iterators: no slot dispatch); any other
/// iterator goes through its `next` slot, and a StopIteration it raises (a generator's
/// `return value`) means exhausted, as CPython's FOR_ITER and `PyIter_Next` treat it.
#[inline(always)]
pub fn next_fast(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    if it.is_ptr() {
        let t = it.ty();
        if std::ptr::eq(t, &super::list_type::LIST_ITER_TYPE) {
            return Ok(super::list_type::list_iter_next(it));
        }
        if std::ptr::eq(t, &super::range::RANGE_ITER_TYPE) {
            return Ok(super::range::range_iter_next(it).map(int_from_i64));
        }
        if std::ptr::eq(t, &super::tuple_type::TUPLE_ITER_TYPE) {
            return Ok(super::tuple_type::tuple_iter_next(it));
        }
        if std::ptr::eq(t, &super::dict_views::DICT_KEYITER_TYPE) {
            return super::dict_views::dict_iter_next(it);
        }
    }
    match ops::next(vm, it) {
        Err(e) if e.matches(&STOP_ITERATION) => Ok(None),
        r => r,
    }
}
