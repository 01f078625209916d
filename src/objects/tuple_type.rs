//! The `tuple` type: slots (repr, CPython 3.11's xxHash-based hash, comparison, `+ *`,
//! subscripts, iteration, construction), methods, and the tuple iterator. Layout and
//! construction are in `tuple.rs`.
//!
//! Fast path for the interpreter: `tuple_iter_next(it)` (after `is_tuple_iter(it)`).

use super::exceptions::{index_error, type_error, value_error};
use super::object::ObjHeader;
use super::typeobj::{CmpOp, MethodDef, Slots, TypeFlags, TypeObject};
use super::tuple::{alloc_tuple_of_type, is_tuple, items, tuple_from_vec};
use super::types_containers::{guarded_repr, method_pos, noargs, onearg, split_args, to_isize_for_index, wrap_index};
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

pub static TUPLE_TYPE: TypeObject = TypeObject::new_static(
    "tuple",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE | TypeFlags::TUPLE_SUBCLASS | TypeFlags::HAVE_GC,
    Slots {
        dealloc: super::tuple::tuple_dealloc,
        traverse: Some(super::tuple::tuple_traverse),
        repr: Some(tuple_repr),
        hash: Some(tuple_hash),
        richcmp: Some(tuple_richcmp),
        binop: Some(tuple_binop),
        len: Some(|_, v| Ok(items(v).len())),
        getitem: Some(tuple_getitem),
        contains: Some(tuple_contains),
        iter: Some(|_, v| Ok(new_tuple_iter(v))),
        new: Some(tuple_new),
        ..Slots::EMPTY
    },
    &TUPLE_METHODS,
    &[],
);

fn tuple_repr(vm: &mut Vm, t: Value) -> PyResult {
    let n = items(t).len();
    if n == 0 {
        return Ok(super::str::new_str("()"));
    }
    guarded_repr(vm, t, "(...)", |vm| {
        let mut out = String::from("(");
        super::types_containers::push_reprs(vm, &mut out, items(t))?;
        if n == 1 {
            out.push(',');
        }
        out.push(')');
        Ok(super::str::new_str(&out))
    })
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// Combine item hashes as CPython 3.11's `tuplehash` (xxHash64 lanes).
pub fn tuple_hash_of(hashes: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = hashes.len() as u64;
    let mut acc = XXPRIME_5;
    for h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

fn tuple_hash(vm: &mut Vm, t: Value) -> PyResult<i64> {
    // The tuple is immutable and kept alive by the caller, so its items stay valid while
    // their hashes run Python code.
    let v = items(t);
    let mut acc = XXPRIME_5;
    for &x in v {
        let h = ops::hash(vm, x)?;
        acc = acc.wrapping_add((h as u64).wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(v.len() as u64 ^ (XXPRIME_5 ^ 3527539));
    Ok(if acc == u64::MAX { 1546275796 } else { acc as i64 })
}

fn tuple_items_static(v: Value) -> &'static [Value] {
    items(v)
}

fn tuple_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !is_tuple(a) || !is_tuple(b) {
        return Ok(super::not_implemented());
    }
    super::list_type::seq_richcmp(vm, a, b, op, tuple_items_static, false)
}

fn tuple_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    match op {
        0 => {
            if !is_tuple(a) {
                return Ok(super::not_implemented());
            }
            if !is_tuple(b) {
                if super::list_type::defer_to(b) {
                    return Ok(super::not_implemented());
                }
                return Err(type_error(format!("can only concatenate tuple (not \"{}\") to tuple", ops::type_name(b))));
            }
            let (x, y) = (items(a), items(b));
            if y.is_empty() && a.is_exact(&TUPLE_TYPE) {
                return Ok(a.new_ref());
            }
            if x.is_empty() && b.is_exact(&TUPLE_TYPE) {
                return Ok(b.new_ref());
            }
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            for &i in &v {
                i.incref();
            }
            Ok(tuple_from_vec(v))
        }
        5 => {
            let (t, n) = if is_tuple(a) { (a, b) } else { (b, a) };
            if !is_tuple(t) {
                return Ok(super::not_implemented());
            }
            let count = match super::list_type::repeat_count(vm, n)? {
                Some(c) => c,
                None if super::list_type::defer_to(n) => return Ok(super::not_implemented()),
                None => return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", ops::type_name(n)))),
            };
            if count == 1 && t.is_exact(&TUPLE_TYPE) {
                return Ok(t.new_ref());
            }
            let src = items(t);
            let total = super::list_type::repeat_len(src.len(), count)?;
            let mut out = Vec::with_capacity(total);
            while out.len() < total {
                let take = (total - out.len()).min(src.len());
                out.extend_from_slice(&src[..take]);
            }
            for &v in &out {
                v.incref();
            }
            Ok(tuple_from_vec(out))
        }
        _ => Ok(super::not_implemented()),
    }
}

fn tuple_getitem(vm: &mut Vm, t: Value, key: Value) -> PyResult {
    let v = items(t);
    let i = if key.is_small_int() {
        key.as_small_int()
    } else if super::slice::is_slice(key) {
        let (start, _, step, n) = super::slice::slice_indices(vm, key, v.len())?;
        if n == v.len() && step == 1 && t.is_exact(&TUPLE_TYPE) {
            return Ok(t.new_ref());
        }
        return Ok(tuple_from_vec(super::list_type::slice_items(v, start, step, n)));
    } else {
        match to_isize_for_index(vm, key)? {
            Some(i) => i,
            None => return Err(type_error(format!("tuple indices must be integers or slices, not {}", ops::type_name(key)))),
        }
    };
    match wrap_index(i, v.len()) {
        Some(j) => Ok(v[j].new_ref()),
        None => Err(index_error("tuple index out of range")),
    }
}

fn tuple_contains(vm: &mut Vm, t: Value, x: Value) -> PyResult<bool> {
    for &y in items(t) {
        if y == x || ops::eq(vm, y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `tuple(iterable)` for type `ty` (tuple or a subclass).
fn tuple_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() && std::ptr::eq(ty, &TUPLE_TYPE) {
        return Err(type_error("tuple() takes no keyword arguments"));
    }
    let a = split_args(args, kwnames);
    super::types_containers::check_pos("tuple", a.pos.len(), 0, 1)?;
    let exact = std::ptr::eq(ty, &TUPLE_TYPE);
    let src = match a.pos.first() {
        None if exact => return Ok(super::tuple::empty_tuple()),
        None => Vec::new(),
        Some(&it) if exact && it.is_exact(&TUPLE_TYPE) => return Ok(it.new_ref()),
        Some(&it) => ops::collect(vm, it)?,
    };
    if exact {
        return Ok(tuple_from_vec(src));
    }
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        ty.as_value().incref();
    }
    let t = alloc_tuple_of_type(ty, src.len());
    super::tuple::items_mut(t).copy_from_slice(&src);
    Ok(t)
}

fn m_index(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (t, rest) = method_pos("index", args, kwnames, 1, 3)?;
    let x = rest[0];
    let (start, stop) = super::list_type::index_bounds(vm, rest, items(t).len())?;
    for i in start..stop {
        let y = items(t)[i];
        if y == x || ops::eq(vm, y, x)? {
            return Ok(super::int::int_from_i64(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}

fn m_count(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (t, x) = onearg("tuple.count", args, kwnames)?;
    let mut n = 0;
    for &y in items(t) {
        if y == x || ops::eq(vm, y, x)? {
            n += 1;
        }
    }
    Ok(super::int::int_from_i64(n))
}

fn m_getnewargs(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let t = noargs("tuple.__getnewargs__", args, kwnames)?;
    let inner = super::tuple::new_tuple(items(t));
    Ok(tuple_from_vec(vec![inner]))
}

fn m_getitem(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (t, k) = onearg("tuple.__getitem__", args, kwnames)?;
    tuple_getitem(vm, t, k)
}

fn m_len(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let t = noargs("tuple.__len__", args, kwnames)?;
    Ok(super::int::int_from_i64(items(t).len() as i64))
}

fn m_contains(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (t, k) = onearg("tuple.__contains__", args, kwnames)?;
    Ok(super::bool_value(tuple_contains(vm, t, k)?))
}

fn m_iter(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let t = noargs("tuple.__iter__", args, kwnames)?;
    Ok(new_tuple_iter(t))
}

fn m_class_getitem(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    Ok(args.first().copied().unwrap_or_else(super::none).new_ref())
}

static TUPLE_METHODS: [MethodDef; 9] = [
    MethodDef::static_("__new__", |vm, a, k| super::types_containers::new_wrapper(vm, &TUPLE_TYPE, a, k)),
    MethodDef::method("index", m_index),
    MethodDef::method("count", m_count),
    MethodDef::method("__getnewargs__", m_getnewargs),
    MethodDef::method("__getitem__", m_getitem),
    MethodDef::method("__len__", m_len),
    MethodDef::method("__contains__", m_contains),
    MethodDef::method("__iter__", m_iter),
    MethodDef::class("__class_getitem__", m_class_getitem),
];

/// `tuple_iterator`: the tuple (NULL once exhausted) and the position.
#[repr(C)]
pub struct TupleIter {
    pub header: ObjHeader,
    pub tuple: Cell<Value>,
    pub index: Cell<usize>,
}

impl Drop for TupleIter {
    fn drop(&mut self) {
        self.tuple.get().decref();
    }
}

/// `iter(t)` for a tuple.
pub fn new_tuple_iter(t: Value) -> Value {
    t.incref();
    super::gc::alloc_gc(TupleIter { header: ObjHeader::new(&TUPLE_ITER_TYPE), tuple: Cell::new(t), index: Cell::new(0) })
}

/// Whether `it` is a `tuple_iterator`.
#[inline(always)]
pub fn is_tuple_iter(it: Value) -> bool {
    it.is_ptr() && it.is_exact(&TUPLE_ITER_TYPE)
}

/// The next item of a `tuple_iterator` (new reference), `None` when exhausted. The caller has
/// checked `is_tuple_iter(it)`.
#[inline(always)]
pub fn tuple_iter_next(it: Value) -> Option<Value> {
    // SAFETY: the caller checked the type.
    let s = unsafe { it.as_ref::<TupleIter>() };
    let t = s.tuple.get();
    if t.is_null() {
        return None;
    }
    let i = s.index.get();
    match items(t).get(i) {
        Some(&v) => {
            s.index.set(i + 1);
            Some(v.new_ref())
        }
        None => {
            s.tuple.set(Value::NULL);
            t.decref();
            None
        }
    }
}

fn tuple_iter_length_hint(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let it = noargs("__length_hint__", args, kwnames)?;
    // SAFETY: the method is only in TUPLE_ITER_TYPE's table (descriptor checks self's type).
    let s = unsafe { it.as_ref::<TupleIter>() };
    let t = s.tuple.get();
    let n = if t.is_null() { 0 } else { items(t).len().saturating_sub(s.index.get()) };
    Ok(super::int::int_from_i64(n as i64))
}

static TUPLE_ITER_METHODS: [MethodDef; 1] = [MethodDef::method("__length_hint__", tuple_iter_length_hint)];

pub static TUPLE_ITER_TYPE: TypeObject = TypeObject::new_static(
    "tuple_iterator",
    Some(&super::OBJECT_TYPE),
    TypeFlags::HAVE_GC,
    Slots {
        dealloc: super::gc::dealloc_gc::<TupleIter>,
        clear: Some(|v| {
            // SAFETY: the slot is only installed on TUPLE_ITER_TYPE.
            unsafe { v.as_ref::<TupleIter>() }.tuple.replace(Value::NULL).decref()
        }),
        traverse: Some(|v, visit| {
            // SAFETY: the slot is only installed on TUPLE_ITER_TYPE.
            let t = unsafe { v.as_ref::<TupleIter>() }.tuple.get();
            if !t.is_null() {
                visit(t);
            }
        }),
        next: Some(|_, it| Ok(tuple_iter_next(it))),
        ..super::list_type::ITER_SLOTS
    },
    &TUPLE_ITER_METHODS,
    &[],
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_matches_cpython() {
        // Expected values from python3: hash(()), hash((1, 2, 3)), hash((1,)), hash((-1, 0))
        assert_eq!(tuple_hash_of([].into_iter()), 5740354900026072187);
        assert_eq!(tuple_hash_of([1i64, 2, 3].into_iter()), 529344067295497451);
        let mut vm = Vm::new();
        let t = super::super::tuple::new_tuple(&[Value::small_int(1)]);
        assert_eq!(tuple_hash(&mut vm, t).unwrap(), {
            // python3 -c 'print(hash((1,)))'
            -6644214454873602895
        });
        let t2 = super::super::tuple::new_tuple(&[Value::small_int(-1), Value::small_int(0)]);
        assert_eq!(tuple_hash(&mut vm, t2).unwrap(), 2575514064802888272); // hash((-1, 0))
    }
}
