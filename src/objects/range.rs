//! `range` and its iterators. Bounds that fit i64 use the fast representation; other ranges
//! keep BigInt bounds (`BigRange`) and iterate with `longrange_iterator`, as CPython's do.
//! Length, subscripts (slices give ranges), O(1) membership for ints, index/count, equality
//! and hash as CPython's.
//!
//! Fast path for the interpreter: `range_iter_next(it) -> Option<i64>` after
//! `is_range_iter(it)` yields the next value without allocating or dispatching (the JIT can
//! read `RangeIter::next`/`step`/`remaining` directly: `#[repr(C)]`).

use super::exceptions::{index_error, overflow_error, type_error, value_error};
use super::int::{int_from_i64, is_int};
use super::object::{alloc, dealloc_box, ObjHeader};
use super::typeobj::{CmpOp, GetSetDef, MethodDef, Slots, TypeObject};
use super::types_containers::{method_pos, noargs, onearg, split_args, to_index, to_isize_for_index, Index};
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::cell::{Cell, RefCell};

#[repr(C)]
pub struct RangeObject {
    pub header: ObjHeader,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Number of items.
    pub len: u64,
    /// Bounds that do not fit the fields above (then those fields are unused).
    pub big: Option<Box<BigRange>>,
}

/// A range with arbitrary-precision bounds.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let zero = BigInt::zero();
    if step > &zero && start < stop {
        (stop - start - 1u32) / step + 1u32
    } else if step < &zero && start > stop {
        (start - stop - 1u32) / (-step) + 1u32
    } else {
        zero
    }
}

/// A range from arbitrary ints (the fast form when everything fits).
fn new_range_big(start: BigInt, stop: BigInt, step: BigInt) -> Value {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        return new_range(a, b, c);
    }
    let len = big_len(&start, &stop, &step);
    alloc(RangeObject {
        header: ObjHeader::new(&RANGE_TYPE),
        start: 0,
        stop: 0,
        step: 1,
        len: 0,
        big: Some(Box::new(BigRange { start, stop, step, len })),
    })
}

/// The bounds and length of any range as BigInts.
fn big_parts(r: &RangeObject) -> (BigInt, BigInt, BigInt, BigInt) {
    match &r.big {
        Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone(), b.len.clone()),
        None => (BigInt::from(r.start), BigInt::from(r.stop), BigInt::from(r.step), BigInt::from(r.len)),
    }
}

fn range_len(start: i64, stop: i64, step: i64) -> u64 {
    let (lo, hi, st) = (start as i128, stop as i128, step as i128);
    let n = if st > 0 && lo < hi {
        (hi - lo - 1) / st + 1
    } else if st < 0 && lo > hi {
        (lo - hi - 1) / (-st) + 1
    } else {
        0
    };
    n as u64
}

/// A new `range(start, stop, step)` (step != 0).
pub fn new_range(start: i64, stop: i64, step: i64) -> Value {
    alloc(RangeObject { header: ObjHeader::new(&RANGE_TYPE), start, stop, step, len: range_len(start, stop, step), big: None })
}

#[inline]
fn rg<'a>(v: Value) -> &'a RangeObject {
    // SAFETY: only called on range objects (slots/methods are installed on RANGE_TYPE only).
    unsafe { v.as_ref::<RangeObject>() }
}

/// Whether `v` is a range.
#[inline]
pub fn is_range(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&RANGE_TYPE)
}

/// (start, stop, step, len) of a range whose bounds fit i64 (`big` is None; caller checked
/// `is_range`).
pub fn range_parts(v: Value) -> (i64, i64, i64, u64) {
    let r = rg(v);
    (r.start, r.stop, r.step, r.len)
}

fn arg_big(vm: &mut Vm, v: Value) -> PyResult<BigInt> {
    if is_int(v) {
        if let Some(b) = super::int::int_as_big(v) {
            return Ok(b);
        }
    }
    match to_index(vm, v)? {
        Some(Index::Fits(i)) => Ok(BigInt::from(i)),
        Some(Index::Over(_)) => Err(overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v)))),
    }
}

fn range_new(vm: &mut Vm, _ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() {
        return Err(type_error("range() takes no keyword arguments"));
    }
    let a = split_args(args, kwnames);
    super::types_containers::check_pos("range", a.pos.len(), 1, 3)?;
    let (start, stop, step) = match a.pos {
        [stop] => (BigInt::zero(), arg_big(vm, *stop)?, BigInt::from(1)),
        [s, e] => (arg_big(vm, *s)?, arg_big(vm, *e)?, BigInt::from(1)),
        [s, e, st] => {
            let (s, e, st) = (arg_big(vm, *s)?, arg_big(vm, *e)?, arg_big(vm, *st)?);
            if st.is_zero() {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            (s, e, st)
        }
        _ => (BigInt::zero(), BigInt::zero(), BigInt::from(1)),
    };
    Ok(new_range_big(start, stop, step))
}

fn range_repr(_vm: &mut Vm, v: Value) -> PyResult {
    let r = rg(v);
    if let Some(b) = &r.big {
        let one = BigInt::from(1);
        let s = if b.step == one { format!("range({}, {})", b.start, b.stop) } else { format!("range({}, {}, {})", b.start, b.stop, b.step) };
        return Ok(super::str::new_str(&s));
    }
    let s = if r.step == 1 { format!("range({}, {})", r.start, r.stop) } else { format!("range({}, {}, {})", r.start, r.stop, r.step) };
    Ok(super::str::new_str(&s))
}

fn check_len(r: &RangeObject) -> PyResult<usize> {
    if let Some(b) = &r.big {
        return b.len.to_i64().map(|n| n as usize).ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"));
    }
    if r.len > i64::MAX as u64 {
        return Err(overflow_error("Python int too large to convert to C ssize_t"));
    }
    Ok(r.len as usize)
}

/// Item `i` (already in range).
#[inline]
fn item(r: &RangeObject, i: u64) -> i64 {
    (r.start as i128 + i as i128 * r.step as i128) as i64
}

fn range_getitem(vm: &mut Vm, v: Value, key: Value) -> PyResult {
    let r = rg(v);
    if r.big.is_some() {
        return big_getitem(vm, r, key);
    }
    if super::slice::is_slice(key) {
        let (a, b, c) = super::slice::slice_unpack(vm, key)?;
        let len = check_len(r)?;
        let (sa, sb, sc, _) = super::slice::adjust_indices(len, a, b, c);
        let f = |k: isize| r.start as i128 + k as i128 * r.step as i128;
        let (ns, ne, nst) = (f(sa), f(sb), r.step as i128 * sc as i128);
        let fits = |x: i128| x >= i64::MIN as i128 && x <= i64::MAX as i128;
        if !fits(ns) || !fits(ne) || !fits(nst) {
            return Err(overflow_error("Python int too large to convert to C ssize_t"));
        }
        return Ok(new_range(ns as i64, ne as i64, nst as i64));
    }
    let i = if key.is_small_int() {
        key.as_small_int()
    } else {
        match to_isize_for_index(vm, key)? {
            Some(i) => i,
            None => return Err(type_error(format!("range indices must be integers or slices, not {}", ops::type_name(key)))),
        }
    };
    let j = if i < 0 { i as i128 + r.len as i128 } else { i as i128 };
    if j < 0 || j >= r.len as i128 {
        return Err(index_error("range object index out of range"));
    }
    Ok(int_from_i64(item(r, j as u64)))
}

/// Position of int `x` in the range, if present.
fn int_position(r: &RangeObject, x: i64) -> Option<u64> {
    let (x, s, st) = (x as i128, r.start as i128, r.step as i128);
    let in_bounds = if st > 0 { x >= s && x < r.stop as i128 } else { x <= s && x > r.stop as i128 };
    if !in_bounds || (x - s) % st != 0 {
        return None;
    }
    Some(((x - s) / st) as u64)
}

/// Whether `x` is an int (or bool) the fast membership test applies to.
fn exact_int(x: Value) -> Option<Option<i64>> {
    if x.is_small_int() {
        return Some(Some(x.as_small_int()));
    }
    if x.is_ptr() && (x.is_exact(&super::INT_TYPE) || x.is_exact(&super::BOOL_TYPE)) {
        // A big int outside i64 cannot be in an i64 range.
        return Some(super::int::int_as_i64(x));
    }
    None
}

fn range_contains(vm: &mut Vm, v: Value, x: Value) -> PyResult<bool> {
    let r = rg(v);
    if r.big.is_some() {
        return big_contains(vm, r, x);
    }
    if let Some(i) = exact_int(x) {
        return Ok(i.and_then(|i| int_position(r, i)).is_some());
    }
    let it = new_range_iter(r.start, r.step, r.len);
    let res = loop {
        match range_iter_next(it) {
            Some(i) => {
                let iv = int_from_i64(i);
                let e = ops::eq(vm, iv, x);
                iv.decref();
                match e {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                }
            }
            None => break Ok(false),
        }
    };
    it.decref();
    res
}

fn range_eq(a: &RangeObject, b: &RangeObject) -> bool {
    if a.big.is_some() || b.big.is_some() {
        let (sa, _, sta, la) = big_parts(a);
        let (sb, _, stb, lb) = big_parts(b);
        return la == lb && (la.is_zero() || (sa == sb && (la == BigInt::from(1) || sta == stb)));
    }
    if a.len != b.len {
        return false;
    }
    if a.len == 0 {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    a.len == 1 || a.step == b.step
}

fn range_richcmp(_vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !is_range(a) || !is_range(b) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(super::not_implemented());
    }
    let eq = a == b || range_eq(rg(a), rg(b));
    Ok(super::bool_value(eq == (op == CmpOp::Eq)))
}

fn range_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let r = rg(v);
    let (start, _, step, len) = big_parts(r);
    let n = len.to_u64();
    let len = super::int::int_from_big(len);
    let t = match n {
        Some(0) => super::tuple::tuple_from_vec(vec![len, super::none(), super::none()]),
        Some(1) => super::tuple::tuple_from_vec(vec![len, super::int::int_from_big(start), super::none()]),
        _ => super::tuple::tuple_from_vec(vec![len, super::int::int_from_big(start), super::int::int_from_big(step)]),
    };
    let h = ops::hash(vm, t);
    t.decref();
    h
}

/// `r[key]` for a range with big bounds.
fn big_getitem(vm: &mut Vm, r: &RangeObject, key: Value) -> PyResult {
    let (start, _, step, len) = big_parts(r);
    if super::slice::is_slice(key) {
        let (a, b, c) = super::slice::slice_parts(key);
        let get = |vm: &mut Vm, v: Value| -> PyResult<Option<BigInt>> {
            if v.is_none() {
                return Ok(None);
            }
            if let Some(b) = super::int::int_as_big(v) {
                return Ok(Some(b));
            }
            match to_index(vm, v)? {
                Some(i) => Ok(Some(BigInt::from(i.clamped()))),
                None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
            }
        };
        let sc = get(vm, c)?.unwrap_or_else(|| BigInt::from(1));
        if sc.is_zero() {
            return Err(value_error("slice step cannot be zero"));
        }
        let neg = sc < BigInt::zero();
        let fix = |x: Option<BigInt>, dflt_pos: &BigInt, dflt_neg: BigInt| -> BigInt {
            match x {
                None => if neg { dflt_neg } else { dflt_pos.clone() },
                Some(mut x) => {
                    if x < BigInt::zero() {
                        x += &len;
                        if x < BigInt::zero() {
                            x = if neg { BigInt::from(-1) } else { BigInt::zero() };
                        }
                    } else if x >= len {
                        x = if neg { &len - 1u32 } else { len.clone() };
                    }
                    x
                }
            }
        };
        let sa = fix(get(vm, a)?, &BigInt::zero(), &len - 1u32);
        let sb = fix(get(vm, b)?, &len, BigInt::from(-1));
        return Ok(new_range_big(&start + &sa * &step, &start + &sb * &step, &step * &sc));
    }
    let i = match super::int::int_as_big(key) {
        Some(i) => i,
        None => match to_index(vm, key)? {
            Some(i) => BigInt::from(i.clamped()),
            None => return Err(type_error(format!("range indices must be integers or slices, not {}", ops::type_name(key)))),
        },
    };
    let j = if i < BigInt::zero() { i + &len } else { i };
    if j < BigInt::zero() || j >= len {
        return Err(index_error("range object index out of range"));
    }
    Ok(super::int::int_from_big(start + j * step))
}

/// Position of int `x` in a range with big bounds.
fn big_position(r: &RangeObject, x: &BigInt) -> Option<BigInt> {
    let (start, stop, step, _) = big_parts(r);
    let in_bounds = if step > BigInt::zero() { x >= &start && x < &stop } else { x <= &start && x > &stop };
    let d = x - &start;
    if !in_bounds || !(&d % &step).is_zero() {
        return None;
    }
    Some(d / step)
}

fn big_contains(vm: &mut Vm, r: &RangeObject, x: Value) -> PyResult<bool> {
    if exact_int(x).is_some() {
        let b = super::int::int_as_big(x).unwrap_or_default();
        return Ok(big_position(r, &b).is_some());
    }
    let it = range_iter_of(r);
    let res = loop {
        match super::types_containers::iter_next(vm, it) {
            Ok(Some(iv)) => {
                let e = ops::eq(vm, iv, x);
                iv.decref();
                match e {
                    Ok(true) => break Ok(true),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(false),
            Err(e) => break Err(e),
        }
    };
    it.decref();
    res
}

/// `iter(r)` for any range.
fn range_iter_of(r: &RangeObject) -> Value {
    match &r.big {
        None => new_range_iter(r.start, r.step, r.len),
        Some(b) => new_long_range_iter(b.start.clone(), b.step.clone(), b.len.clone()),
    }
}

fn m_index(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (v, x) = onearg("range.index", args, kwnames)?;
    let r = rg(v);
    if r.big.is_some() && exact_int(x).is_some() {
        let b = super::int::int_as_big(x).unwrap_or_default();
        if let Some(p) = big_position(r, &b) {
            return Ok(super::int::int_from_big(p));
        }
        let mut msg = String::new();
        super::types_containers::push_repr(vm, &mut msg, x)?;
        msg.push_str(" is not in range");
        return Err(value_error(msg));
    }
    if let Some(i) = exact_int(x) {
        if let Some(p) = i.and_then(|i| int_position(r, i)) {
            return Ok(int_from_i64(p as i64));
        }
        let mut msg = String::new();
        super::types_containers::push_repr(vm, &mut msg, x)?;
        msg.push_str(" is not in range");
        return Err(value_error(msg));
    }
    for k in 0..r.len {
        let iv = int_from_i64(item(r, k));
        let e = ops::eq(vm, iv, x);
        iv.decref();
        if e? {
            return Ok(int_from_i64(k as i64));
        }
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}

fn m_count(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (v, x) = onearg("range.count", args, kwnames)?;
    let r = rg(v);
    if r.big.is_some() && exact_int(x).is_some() {
        let b = super::int::int_as_big(x).unwrap_or_default();
        return Ok(int_from_i64(big_position(r, &b).is_some() as i64));
    }
    if let Some(i) = exact_int(x) {
        return Ok(int_from_i64(i.and_then(|i| int_position(r, i)).is_some() as i64));
    }
    let mut n = 0;
    for k in 0..r.len {
        let iv = int_from_i64(item(r, k));
        let e = ops::eq(vm, iv, x);
        iv.decref();
        if e? {
            n += 1;
        }
    }
    Ok(int_from_i64(n))
}

fn m_reversed(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = noargs("range.__reversed__", args, kwnames)?;
    Ok(range_reversed(v))
}

/// `reversed(range)`.
pub fn range_reversed(v: Value) -> Value {
    let r = rg(v);
    if r.big.is_some() || r.step == i64::MIN {
        let (start, _, step, len) = big_parts(r);
        if len.is_zero() {
            return new_long_range_iter(start, step, len);
        }
        let last = &start + (&len - 1u32) * &step;
        return new_long_range_iter(last, -step, len);
    }
    if r.len == 0 {
        return new_range_iter(r.start, r.step, 0);
    }
    let last = item(r, r.len - 1);
    new_range_iter(last, r.step.checked_neg().unwrap_or(i64::MAX), r.len)
}

fn m_len(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = noargs("range.__len__", args, kwnames)?;
    Ok(int_from_i64(check_len(rg(v))? as i64))
}

fn m_getitem(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (v, k) = onearg("range.__getitem__", args, kwnames)?;
    range_getitem(vm, v, k)
}

fn m_contains(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (v, k) = onearg("range.__contains__", args, kwnames)?;
    Ok(super::bool_value(range_contains(vm, v, k)?))
}

fn m_iter(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = noargs("range.__iter__", args, kwnames)?;
    Ok(range_iter_of(rg(v)))
}

fn m_reduce(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (v, _) = method_pos("__reduce__", args, kwnames, 0, 0)?;
    let (start, stop, step, _) = big_parts(rg(v));
    let t = super::tuple::tuple_from_vec(vec![super::int::int_from_big(start), super::int::int_from_big(stop), super::int::int_from_big(step)]);
    let out = super::tuple::new_tuple(&[RANGE_TYPE.as_value(), t]);
    t.decref();
    Ok(out)
}

static RANGE_METHODS: [MethodDef; 8] = [
    MethodDef::method("index", m_index),
    MethodDef::method("count", m_count),
    MethodDef::method("__reversed__", m_reversed),
    MethodDef::method("__len__", m_len),
    MethodDef::method("__getitem__", m_getitem),
    MethodDef::method("__contains__", m_contains),
    MethodDef::method("__iter__", m_iter),
    MethodDef::method("__reduce__", m_reduce),
];

static RANGE_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "start", get: |_, v| Ok(super::int::int_from_big(big_parts(rg(v)).0)), set: None },
    GetSetDef { name: "stop", get: |_, v| Ok(super::int::int_from_big(big_parts(rg(v)).1)), set: None },
    GetSetDef { name: "step", get: |_, v| Ok(super::int::int_from_big(big_parts(rg(v)).2)), set: None },
];

pub static RANGE_TYPE: TypeObject = TypeObject::new_static(
    "range",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<RangeObject>,
        repr: Some(range_repr),
        hash: Some(range_hash),
        richcmp: Some(range_richcmp),
        bool: Some(|_, v| Ok(match &rg(v).big { Some(b) => !b.len.is_zero(), None => rg(v).len != 0 })),
        len: Some(|_, v| check_len(rg(v))),
        getitem: Some(range_getitem),
        contains: Some(range_contains),
        iter: Some(|_, v| Ok(range_iter_of(rg(v)))),
        new: Some(range_new),
        ..Slots::EMPTY
    },
    &RANGE_METHODS,
    &RANGE_GETSETS,
);

/// `range_iterator`: the next value, the step, and how many values are left.
#[repr(C)]
pub struct RangeIter {
    pub header: ObjHeader,
    pub next: Cell<i64>,
    pub step: i64,
    pub remaining: Cell<u64>,
}

/// A range iterator yielding `len` values from `start` by `step`.
pub fn new_range_iter(start: i64, step: i64, len: u64) -> Value {
    alloc(RangeIter { header: ObjHeader::new(&RANGE_ITER_TYPE), next: Cell::new(start), step, remaining: Cell::new(len) })
}

/// Whether `it` is a `range_iterator`.
#[inline(always)]
pub fn is_range_iter(it: Value) -> bool {
    it.is_ptr() && it.is_exact(&RANGE_ITER_TYPE)
}

/// The next value of a `range_iterator`, `None` when exhausted (no allocation; the caller
/// boxes it with `int_from_i64`). The caller has checked `is_range_iter(it)`.
#[inline(always)]
pub fn range_iter_next(it: Value) -> Option<i64> {
    // SAFETY: the caller checked the type.
    let s = unsafe { it.as_ref::<RangeIter>() };
    let n = s.remaining.get();
    if n == 0 {
        return None;
    }
    let v = s.next.get();
    s.remaining.set(n - 1);
    s.next.set(v.wrapping_add(s.step));
    Some(v)
}

fn range_iter_length_hint(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let it = noargs("__length_hint__", args, kwnames)?;
    // SAFETY: the method is only in RANGE_ITER_TYPE's table.
    let s = unsafe { it.as_ref::<RangeIter>() };
    Ok(int_from_i64(s.remaining.get().min(i64::MAX as u64) as i64))
}

static RANGE_ITER_METHODS: [MethodDef; 1] = [MethodDef::method("__length_hint__", range_iter_length_hint)];

pub static RANGE_ITER_TYPE: TypeObject = TypeObject::new_static(
    "range_iterator",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<RangeIter>,
        next: Some(|_, it| Ok(range_iter_next(it).map(int_from_i64))),
        ..super::list_type::ITER_SLOTS
    },
    &RANGE_ITER_METHODS,
    &[],
);

/// Whether `v` is an int the range fast paths accept (re-exported for callers).
pub fn is_int_value(v: Value) -> bool {
    is_int(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_and_membership() {
        // Expected values from python3.
        assert_eq!(range_len(0, 10, 3), 4); // len(range(0, 10, 3))
        assert_eq!(range_len(10, 0, -3), 4); // len(range(10, 0, -3))
        assert_eq!(range_len(5, 5, 1), 0);
        assert_eq!(range_len(i64::MIN, i64::MAX, 1), u64::MAX);
        let r = RangeObject { header: ObjHeader::new(&RANGE_TYPE), start: 10, stop: 0, step: -3, len: 4, big: None };
        assert_eq!(int_position(&r, 4), Some(2)); // range(10,0,-3).index(4)
        assert_eq!(int_position(&r, 0), None);
        assert!(range_eq(
            &RangeObject { header: ObjHeader::new(&RANGE_TYPE), start: 0, stop: 3, step: 5, len: 1, big: None },
            &RangeObject { header: ObjHeader::new(&RANGE_TYPE), start: 0, stop: 2, step: 1, len: 2, big: None }
        ) == false);
    }

    #[test]
    fn hash_matches_cpython() {
        let mut vm = Vm::new();
        let r = new_range(0, 10, 2);
        assert_eq!(range_hash(&mut vm, r).unwrap(), -6143170332311272345); // hash(range(0,10,2))
    }
}

/// `longrange_iterator`: a range iterator over arbitrary ints.
#[repr(C)]
pub struct LongRangeIter {
    pub header: ObjHeader,
    /// (next value, step, values left).
    state: RefCell<(BigInt, BigInt, BigInt)>,
}

fn new_long_range_iter(start: BigInt, step: BigInt, len: BigInt) -> Value {
    alloc(LongRangeIter { header: ObjHeader::new(&LONG_RANGE_ITER_TYPE), state: RefCell::new((start, step, len)) })
}

fn long_range_iter_next(it: Value) -> Option<Value> {
    // SAFETY: the slot is only installed on LONG_RANGE_ITER_TYPE.
    let s = unsafe { it.as_ref::<LongRangeIter>() };
    let mut st = s.state.borrow_mut();
    if st.2.is_zero() {
        return None;
    }
    let v = st.0.clone();
    st.2 -= 1u32;
    let step = st.1.clone();
    st.0 += step;
    Some(super::int::int_from_big(v))
}

pub static LONG_RANGE_ITER_TYPE: TypeObject = TypeObject::new_static(
    "longrange_iterator",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<LongRangeIter>,
        next: Some(|_, it| Ok(long_range_iter_next(it))),
        ..super::list_type::ITER_SLOTS
    },
    &[],
    &[],
);
