//! The `list` type: slots (repr, comparison, `+ * += *=`, subscripts with ints and slices,
//! iteration), methods (append ... sort), and the list iterators. The layout and primitive
//! operations are in `list.rs`; sorting in `sort.rs`.
//!
//! Fast paths for the interpreter (no dynamic dispatch):
//! - `list_getitem_int(l, i)`: `l[i]` for an int index, borrowed, `None` when out of range.
//! - `list_iter_next(it)`: the next item of a `list_iterator` (new reference) or `None`.

use super::exceptions::{index_error, memory_error, type_error, value_error};
use super::list::{is_list, items, list_from_vec, list_from_vec_of_type, ListObject};
use super::object::ObjHeader;
use super::typeobj::{CmpOp, MethodDef, Slots, TypeFlags, TypeObject};
use super::types_containers::{
    guarded_repr, method_pos, noargs, onearg, split_args, to_index, to_isize_arg, to_isize_for_index,
    wrap_index, Index,
};
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

pub static LIST_TYPE: TypeObject = TypeObject::new_static(
    "list",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE | TypeFlags::LIST_SUBCLASS | TypeFlags::HAVE_GC,
    Slots {
        dealloc: super::types_containers::dealloc_container::<ListObject>,
        traverse: Some(super::list::list_traverse),
        clear: Some(super::list::list_clear),
        repr: Some(list_repr),
        richcmp: Some(list_richcmp),
        binop: Some(list_binop),
        len: Some(|_, v| Ok(items(v).len())),
        getitem: Some(list_getitem),
        setitem: Some(list_setitem),
        contains: Some(list_contains),
        iter: Some(|_, v| Ok(new_list_iter(v))),
        new: Some(list_new),
        init: Some(list_init),
        ..Slots::EMPTY
    },
    &LIST_METHODS,
    &[],
);

/// `l[i]` for an int index (negative counts from the end): a borrowed item, `None` when out of
/// range. The caller has checked `is_list(l)`.
#[inline(always)]
pub fn list_getitem_int(l: Value, i: i64) -> Option<Value> {
    let v = items(l);
    wrap_index(i, v.len()).map(|j| v[j])
}

/// Values to hand out as new references after a mutation is complete (decref may run
/// `__del__`, which may touch the list again).
fn release(old: Vec<Value>) {
    for v in old {
        v.decref();
    }
}

fn list_repr(vm: &mut Vm, l: Value) -> PyResult {
    if items(l).is_empty() {
        return Ok(super::str::new_str("[]"));
    }
    guarded_repr(vm, l, "[...]", |vm| {
        let mut out = String::from("[");
        let mut i = 0;
        // The list may change while an item's repr runs: index afresh each time.
        while let Some(&x) = items(l).get(i) {
            if i > 0 {
                out.push_str(", ");
            }
            super::types_containers::push_repr(vm, &mut out, x)?;
            i += 1;
        }
        out.push(']');
        Ok(super::str::new_str(&out))
    })
}

/// Lexicographic comparison of two item sequences fetched through `get` (re-fetched after
/// each comparison, since `__eq__` may mutate them); shared by list and tuple.
pub(crate) fn seq_richcmp(
    vm: &mut Vm,
    a: Value,
    b: Value,
    op: CmpOp,
    get: fn(Value) -> &'static [Value],
    len_shortcut: bool,
) -> PyResult {
    if len_shortcut && matches!(op, CmpOp::Eq | CmpOp::Ne) && get(a).len() != get(b).len() {
        return Ok(super::bool_value(op == CmpOp::Ne));
    }
    let mut i = 0;
    loop {
        let (x, y) = (get(a), get(b));
        if i >= x.len() || i >= y.len() {
            return Ok(super::bool_value(op.from_ordering(x.len().cmp(&y.len()))));
        }
        let (p, q) = (x[i], y[i]);
        if p != q {
            p.incref();
            q.incref();
            let k = ops::eq(vm, p, q);
            if let Ok(false) = k {
                let r = match op {
                    CmpOp::Eq => Ok(super::bool_value(false)),
                    CmpOp::Ne => Ok(super::bool_value(true)),
                    _ => ops::rich_compare(vm, p, q, op),
                };
                p.decref();
                q.decref();
                return r;
            }
            p.decref();
            q.decref();
            k?;
        }
        i += 1;
    }
}

fn list_items_static(v: Value) -> &'static [Value] {
    items(v).as_slice()
}

fn list_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !is_list(a) || !is_list(b) {
        return Ok(super::not_implemented());
    }
    seq_richcmp(vm, a, b, op, list_items_static, true)
}

/// Whether the other operand of a sequence operator may handle it itself (a user class with
/// arithmetic methods): then answer NotImplemented instead of raising.
pub(crate) fn defer_to(other: Value) -> bool {
    other.is_ptr() && other.ty().has_flag(TypeFlags::HEAPTYPE) && other.ty().slots().binop.is_some()
}

/// The repeat count of `seq * n`: `Ok(None)` when `n` is not an index.
pub(crate) fn repeat_count(vm: &mut Vm, n: Value) -> PyResult<Option<i64>> {
    match to_index(vm, n)? {
        Some(Index::Fits(i)) => Ok(Some(i)),
        Some(Index::Over(true)) => Ok(Some(-1)),
        Some(Index::Over(false)) => {
            Err(super::exceptions::overflow_error(format!("cannot fit '{}' into an index-sized integer", ops::type_name(n))))
        }
        None => Ok(None),
    }
}

/// `len * n` items, or MemoryError.
pub(crate) fn repeat_len(len: usize, n: i64) -> PyResult<usize> {
    if n <= 0 || len == 0 {
        return Ok(0);
    }
    match len.checked_mul(n as usize) {
        Some(t) if t <= (isize::MAX as usize) / 8 => Ok(t),
        _ => Err(memory_error("")),
    }
}

fn repeat_vec(src: &[Value], total: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(total);
    while out.len() < total {
        let take = (total - out.len()).min(src.len());
        out.extend_from_slice(&src[..take]);
    }
    for &v in &out {
        v.incref();
    }
    out
}

fn list_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    match op {
        0 => {
            if !is_list(a) {
                return Ok(super::not_implemented());
            }
            if !is_list(b) {
                if defer_to(b) {
                    return Ok(super::not_implemented());
                }
                return Err(type_error(format!("can only concatenate list (not \"{}\") to list", ops::type_name(b))));
            }
            let (x, y) = (items(a), items(b));
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            for &i in &v {
                i.incref();
            }
            Ok(list_from_vec(v))
        }
        5 => {
            let (l, n) = if is_list(a) { (a, b) } else { (b, a) };
            if !is_list(l) {
                return Ok(super::not_implemented());
            }
            let count = match repeat_count(vm, n)? {
                Some(c) => c,
                None if defer_to(n) => return Ok(super::not_implemented()),
                None => return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", ops::type_name(n)))),
            };
            let total = repeat_len(items(l).len(), count)?;
            Ok(list_from_vec(repeat_vec(items(l), total)))
        }
        13 if is_list(a) => {
            list_extend_impl(vm, a, b)?;
            Ok(a.new_ref())
        }
        18 if is_list(a) => {
            let count = match repeat_count(vm, b)? {
                Some(c) => c,
                None if defer_to(b) => return Ok(super::not_implemented()),
                None => return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", ops::type_name(b)))),
            };
            let len = items(a).len();
            let total = repeat_len(len, count)?;
            if total == 0 {
                release(std::mem::take(items(a)));
            } else if count > 1 {
                let v = items(a);
                v.reserve(total - len);
                for _ in 1..count {
                    for j in 0..len {
                        let x = v[j];
                        x.incref();
                        v.push(x);
                    }
                }
            }
            Ok(a.new_ref())
        }
        _ => Ok(super::not_implemented()),
    }
}

fn list_getitem(vm: &mut Vm, l: Value, key: Value) -> PyResult {
    if key.is_small_int() {
        return match list_getitem_int(l, key.as_small_int()) {
            Some(v) => Ok(v.new_ref()),
            None => Err(index_error("list index out of range")),
        };
    }
    if super::slice::is_slice(key) {
        let (start, _, step, n) = super::slice::slice_indices(vm, key, items(l).len())?;
        return Ok(list_from_vec(slice_items(items(l), start, step, n)));
    }
    match to_isize_for_index(vm, key)? {
        Some(i) => match list_getitem_int(l, i) {
            Some(v) => Ok(v.new_ref()),
            None => Err(index_error("list index out of range")),
        },
        None => Err(type_error(format!("list indices must be integers or slices, not {}", ops::type_name(key)))),
    }
}

/// The items selected by a slice (start, step, count from `slice_indices`), as new references.
pub(crate) fn slice_items(src: &[Value], start: isize, step: isize, n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(n);
    if step == 1 {
        let s = start.max(0) as usize;
        if let Some(part) = src.get(s..s + n) {
            out.extend_from_slice(part);
        }
    } else {
        let mut i = start;
        for _ in 0..n {
            if let Some(&v) = src.get(i as usize) {
                out.push(v);
            }
            i += step;
        }
    }
    for &v in &out {
        v.incref();
    }
    out
}

fn list_setitem(vm: &mut Vm, l: Value, key: Value, value: Value) -> PyResult<()> {
    if super::slice::is_slice(key) {
        return list_ass_subscript_slice(vm, l, key, value);
    }
    let i = if key.is_small_int() {
        key.as_small_int()
    } else {
        match to_isize_for_index(vm, key)? {
            Some(i) => i,
            None => return Err(type_error(format!("list indices must be integers or slices, not {}", ops::type_name(key)))),
        }
    };
    let v = items(l);
    let j = match wrap_index(i, v.len()) {
        Some(j) => j,
        None => return Err(index_error("list assignment index out of range")),
    };
    if value.is_null() {
        let old = v.remove(j);
        old.decref();
    } else {
        value.incref();
        let old = std::mem::replace(&mut v[j], value);
        old.decref();
    }
    Ok(())
}

fn list_ass_subscript_slice(vm: &mut Vm, l: Value, key: Value, value: Value) -> PyResult<()> {
    let (start, stop) = {
        let (a, b, c) = super::slice::slice_unpack(vm, key)?;
        (a, (b, c))
    };
    let (stop, step) = stop;
    let len = items(l).len();
    let (start, stop, step, n) = super::slice::adjust_indices(len, start, stop, step);
    if step == 1 {
        let hi = if stop < start { start } else { stop };
        return list_ass_slice(vm, l, start as usize, hi as usize, value);
    }
    if value.is_null() {
        if n == 0 {
            return Ok(());
        }
        let (mut lo, mut st) = (start, step);
        if st < 0 {
            lo = start + st * (n as isize - 1);
            st = -st;
        }
        let v = items(l);
        let mut removed = Vec::with_capacity(n);
        let mut kept = Vec::with_capacity(v.len() - n);
        let mut next = lo as usize;
        let mut left = n;
        for (i, &x) in v.iter().enumerate() {
            if left > 0 && i == next {
                removed.push(x);
                left -= 1;
                next += st as usize;
            } else {
                kept.push(x);
            }
        }
        *v = kept;
        release(removed);
        return Ok(());
    }
    let seq = if value == l {
        let v = items(l).clone();
        for &x in &v {
            x.incref();
        }
        v
    } else {
        match ops::collect(vm, value) {
            Ok(v) => v,
            Err(e) if e.matches(&super::exceptions::TYPE_ERROR) && !is_iterable(value) => {
                return Err(type_error("must assign iterable to extended slice"))
            }
            Err(e) => return Err(e),
        }
    };
    if seq.len() != n {
        let m = seq.len();
        release(seq);
        return Err(value_error(format!("attempt to assign sequence of size {m} to extended slice of size {n}")));
    }
    let v = items(l);
    let mut old = Vec::with_capacity(n);
    let mut i = start;
    for x in seq {
        match v.get_mut(i as usize) {
            Some(slot) => old.push(std::mem::replace(slot, x)),
            None => old.push(x),
        }
        i += step;
    }
    release(old);
    Ok(())
}

fn is_iterable(v: Value) -> bool {
    let s = v.ty().slots();
    s.iter.is_some() || s.getitem.is_some()
}

/// `l[lo:hi] = value` (value NULL deletes), `lo <= hi <= len`.
fn list_ass_slice(vm: &mut Vm, l: Value, lo: usize, hi: usize, value: Value) -> PyResult<()> {
    let new: Vec<Value> = if value.is_null() {
        Vec::new()
    } else if value == l {
        let v = items(l).clone();
        for &x in &v {
            x.incref();
        }
        v
    } else {
        match ops::collect(vm, value) {
            Ok(v) => v,
            Err(e) if e.matches(&super::exceptions::TYPE_ERROR) && !is_iterable(value) => {
                return Err(type_error("can only assign an iterable"))
            }
            Err(e) => return Err(e),
        }
    };
    let v = items(l);
    let hi = hi.min(v.len());
    let lo = lo.min(hi);
    let old: Vec<Value> = v.splice(lo..hi, new).collect();
    release(old);
    Ok(())
}

fn list_contains(vm: &mut Vm, l: Value, x: Value) -> PyResult<bool> {
    let mut i = 0;
    while let Some(&y) = items(l).get(i) {
        if y == x {
            return Ok(true);
        }
        y.incref();
        let r = ops::eq(vm, y, x);
        y.decref();
        if r? {
            return Ok(true);
        }
        i += 1;
    }
    Ok(false)
}

fn list_new(_vm: &mut Vm, ty: &TypeObject, _args: &[Value], _kwnames: &[Value]) -> PyResult {
    Ok(list_from_vec_of_type(ty, Vec::new()))
}

fn list_init(vm: &mut Vm, l: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if !kwnames.is_empty() && l.is_exact(&LIST_TYPE) {
        return Err(type_error("list() takes no keyword arguments"));
    }
    let a = split_args(args, kwnames);
    super::types_containers::check_pos("list", a.pos.len(), 0, 1)?;
    release(std::mem::take(items(l)));
    if let Some(&it) = a.pos.first() {
        list_extend_impl(vm, l, it)?;
    }
    Ok(())
}

/// `l.extend(iterable)`.
pub fn list_extend_impl(vm: &mut Vm, l: Value, iterable: Value) -> PyResult<()> {
    // Exact lists and tuples only (and the list itself): a subclass may override __iter__.
    if iterable.is_exact(&LIST_TYPE) || iterable.is_exact(&super::TUPLE_TYPE) || iterable == l {
        let src: &[Value] = if is_list(iterable) { items(iterable).as_slice() } else { super::tuple::items(iterable) };
        let src = src.to_vec();
        for &x in &src {
            x.incref();
        }
        items(l).extend_from_slice(&src);
        return Ok(());
    }
    // CPython gets the iterator first, then asks the iterable for a length hint.
    let it = ops::iter(vm, iterable)?;
    match super::iterators::length_hint_for_build(vm, iterable, 0) {
        Ok(hint) => items(l).reserve(hint.min(1 << 16)),
        Err(e) => {
            it.decref();
            return Err(e);
        }
    }
    let r = loop {
        match super::types_containers::iter_next(vm, it) {
            Ok(Some(x)) => items(l).push(x),
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    it.decref();
    r
}

fn m_append(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (l, x) = onearg("list.append", args, kwnames)?;
    super::list::append(l, x);
    Ok(super::none())
}

fn m_extend(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (l, x) = onearg("list.extend", args, kwnames)?;
    list_extend_impl(vm, l, x)?;
    Ok(super::none())
}

fn m_insert(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (l, rest) = method_pos("insert", args, kwnames, 2, 2)?;
    let i = to_isize_arg(vm, rest[0])?;
    let v = items(l);
    let n = v.len() as i64;
    let j = if i < 0 { (i.saturating_add(n)).max(0) } else { i.min(n) };
    rest[1].incref();
    v.insert(j as usize, rest[1]);
    Ok(super::none())
}

fn m_pop(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (l, rest) = method_pos("pop", args, kwnames, 0, 1)?;
    let i = match rest.first() {
        Some(&a) => to_isize_arg(vm, a)?,
        None => -1,
    };
    let v = items(l);
    if v.is_empty() {
        return Err(index_error("pop from empty list"));
    }
    match wrap_index(i, v.len()) {
        Some(j) => Ok(v.remove(j)),
        None => Err(index_error("pop index out of range")),
    }
}

fn m_remove(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (l, x) = onearg("list.remove", args, kwnames)?;
    let mut i = 0;
    while let Some(&y) = items(l).get(i) {
        let eq = if y == x {
            true
        } else {
            y.incref();
            let r = ops::eq(vm, y, x);
            y.decref();
            r?
        };
        if eq {
            let v = items(l);
            if i < v.len() {
                let old = v.remove(i);
                old.decref();
            }
            return Ok(super::none());
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}

/// The `start`/`stop` arguments of `index` (`_PyEval_SliceIndexNotNone`), adjusted to `len`.
pub(crate) fn index_bounds(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let get = |vm: &mut Vm, v: Value| -> PyResult<i64> {
        match to_index(vm, v)? {
            Some(i) => Ok(i.clamped()),
            None => Err(type_error("slice indices must be integers or have an __index__ method")),
        }
    };
    let n = len as i64;
    let mut start = match rest.get(1) {
        Some(&v) => get(vm, v)?,
        None => 0,
    };
    let mut stop = match rest.get(2) {
        Some(&v) => get(vm, v)?,
        None => i64::MAX,
    };
    if start < 0 {
        start = (start.saturating_add(n)).max(0);
    }
    if stop < 0 {
        stop = (stop.saturating_add(n)).max(0);
    }
    Ok((start.min(n) as usize, stop.min(n) as usize))
}

fn m_index(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (l, rest) = method_pos("index", args, kwnames, 1, 3)?;
    let x = rest[0];
    let (start, stop) = index_bounds(vm, rest, items(l).len())?;
    let mut i = start;
    while i < stop {
        let y = match items(l).get(i) {
            Some(&y) => y,
            None => break,
        };
        let eq = if y == x {
            true
        } else {
            y.incref();
            let r = ops::eq(vm, y, x);
            y.decref();
            r?
        };
        if eq {
            return Ok(super::int::int_from_i64(i as i64));
        }
        i += 1;
    }
    let mut msg = String::new();
    super::types_containers::push_repr(vm, &mut msg, x)?;
    msg.push_str(" is not in list");
    Err(value_error(msg))
}

fn m_count(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (l, x) = onearg("list.count", args, kwnames)?;
    let mut n = 0i64;
    let mut i = 0;
    while let Some(&y) = items(l).get(i) {
        if y == x {
            n += 1;
        } else {
            y.incref();
            let r = ops::eq(vm, y, x);
            y.decref();
            if r? {
                n += 1;
            }
        }
        i += 1;
    }
    Ok(super::int::int_from_i64(n))
}

fn m_clear(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let l = noargs("list.clear", args, kwnames)?;
    release(std::mem::take(items(l)));
    Ok(super::none())
}

fn m_copy(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let l = noargs("list.copy", args, kwnames)?;
    Ok(super::list::new_list(items(l)))
}

fn m_reverse(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let l = noargs("list.reverse", args, kwnames)?;
    items(l).reverse();
    Ok(super::none())
}

fn m_sort(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = split_args(args, kwnames);
    let (l, rest) = match a.pos.split_first() {
        Some((l, r)) => (*l, r),
        None => return Err(type_error("unbound method sort() needs an argument")),
    };
    if !rest.is_empty() {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let mut key = Value::NULL;
    let mut reverse = false;
    for (&name, &val) in a.kwnames.iter().zip(a.kwvals) {
        match super::str::as_str(name) {
            Some("key") => key = val,
            Some("reverse") => reverse = to_isize_arg(vm, val)? != 0,
            _ => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for sort()",
                    super::str::str_obj(name).to_string_lossy()
                )))
            }
        }
    }
    if key.is_none() {
        key = Value::NULL;
    }
    super::sort::list_sort(vm, l, key, reverse)?;
    Ok(super::none())
}

fn m_reversed(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let l = noargs("list.__reversed__", args, kwnames)?;
    Ok(new_list_reviter(l))
}

fn m_sizeof(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let l = noargs("list.__sizeof__", args, kwnames)?;
    Ok(super::int::int_from_i64(40 + 8 * items(l).capacity() as i64))
}

fn m_getitem(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (l, k) = onearg("list.__getitem__", args, kwnames)?;
    list_getitem(vm, l, k)
}

fn m_len(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let l = noargs("list.__len__", args, kwnames)?;
    Ok(super::int::int_from_i64(items(l).len() as i64))
}

fn m_contains(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (l, k) = onearg("list.__contains__", args, kwnames)?;
    Ok(super::bool_value(list_contains(vm, l, k)?))
}

fn m_iter(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let l = noargs("list.__iter__", args, kwnames)?;
    Ok(new_list_iter(l))
}

fn m_init(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = split_args(args, kwnames);
    let l = match a.pos.first() {
        Some(&l) if is_list(l) => l,
        _ => return Err(type_error("descriptor '__init__' requires a 'list' object")),
    };
    list_init(vm, l, &args[1..], kwnames)?;
    Ok(super::none())
}

fn m_class_getitem(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    Ok(args.first().copied().unwrap_or_else(super::none).new_ref())
}

/// `l.__iadd__(x)` / `l.__imul__(n)`: the in-place operators as methods.
fn inplace_method(vm: &mut Vm, name: &str, op: u8, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (l, x) = onearg(name, args, kwnames)?;
    list_binop(vm, l, x, op)
}

static LIST_METHODS: [MethodDef; 23] = [
    MethodDef::method("__iadd__", |vm, a, k| inplace_method(vm, "list.__iadd__", 13, a, k)),
    MethodDef::method("__imul__", |vm, a, k| inplace_method(vm, "list.__imul__", 18, a, k)),
    MethodDef::static_("__new__", |vm, a, k| super::types_containers::new_wrapper(vm, &LIST_TYPE, a, k)),
    MethodDef::method("append", m_append),
    MethodDef::method("extend", m_extend),
    MethodDef::method("insert", m_insert),
    MethodDef::method("pop", m_pop),
    MethodDef::method("remove", m_remove),
    MethodDef::method("index", m_index),
    MethodDef::method("count", m_count),
    MethodDef::method("clear", m_clear),
    MethodDef::method("copy", m_copy),
    MethodDef::method("reverse", m_reverse),
    MethodDef::method("sort", m_sort),
    MethodDef::method("__reversed__", m_reversed),
    MethodDef::method("__sizeof__", m_sizeof),
    MethodDef::method("__getitem__", m_getitem),
    MethodDef::method("__len__", m_len),
    MethodDef::method("__contains__", m_contains),
    MethodDef::method("__iter__", m_iter),
    MethodDef::method("__init__", m_init),
    MethodDef::class("__class_getitem__", m_class_getitem),
    MethodDef::method("__copy__", m_copy),
];

// ---------------------------------------------------------------------------------------
// Iterators

/// `list_iterator` and `list_reverseiterator`: the list (NULL once exhausted) and the position.
#[repr(C)]
pub struct ListIter {
    pub header: ObjHeader,
    pub list: Cell<Value>,
    pub index: Cell<isize>,
}

impl Drop for ListIter {
    fn drop(&mut self) {
        self.list.get().decref();
    }
}

/// `iter(l)` for a list.
pub fn new_list_iter(l: Value) -> Value {
    l.incref();
    super::gc::alloc_gc(ListIter { header: ObjHeader::new(&LIST_ITER_TYPE), list: Cell::new(l), index: Cell::new(0) })
}

/// `reversed(l)` for a list.
pub fn new_list_reviter(l: Value) -> Value {
    l.incref();
    let n = items(l).len() as isize;
    super::gc::alloc_gc(ListIter { header: ObjHeader::new(&LIST_REVITER_TYPE), list: Cell::new(l), index: Cell::new(n - 1) })
}

#[inline(always)]
fn li<'a>(it: Value) -> &'a ListIter {
    // SAFETY: only called on list iterator types (slots / callers check the type).
    unsafe { it.as_ref::<ListIter>() }
}

/// Whether `it` is a `list_iterator` (for the interpreter's FOR_ITER fast path).
#[inline(always)]
pub fn is_list_iter(it: Value) -> bool {
    it.is_ptr() && it.is_exact(&LIST_ITER_TYPE)
}

/// The next item of a `list_iterator` (new reference), `None` when exhausted. The caller has
/// checked `is_list_iter(it)`.
#[inline(always)]
pub fn list_iter_next(it: Value) -> Option<Value> {
    let s = li(it);
    let l = s.list.get();
    if l.is_null() {
        return None;
    }
    let i = s.index.get();
    match items(l).get(i as usize) {
        Some(&v) => {
            s.index.set(i + 1);
            Some(v.new_ref())
        }
        None => {
            s.list.set(Value::NULL);
            l.decref();
            None
        }
    }
}

fn list_reviter_next(it: Value) -> Option<Value> {
    let s = li(it);
    let l = s.list.get();
    if l.is_null() {
        return None;
    }
    let i = s.index.get();
    if i >= 0 {
        if let Some(&v) = items(l).get(i as usize) {
            s.index.set(i - 1);
            return Some(v.new_ref());
        }
    }
    s.index.set(-1);
    s.list.set(Value::NULL);
    l.decref();
    None
}

fn iter_length_hint(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let it = noargs("__length_hint__", args, kwnames)?;
    let s = li(it);
    let l = s.list.get();
    let n = if l.is_null() {
        0
    } else if it.is_exact(&LIST_ITER_TYPE) {
        (items(l).len() as isize - s.index.get()).max(0)
    } else {
        (s.index.get() + 1).clamp(0, items(l).len() as isize)
    };
    Ok(super::int::int_from_i64(n as i64))
}

static LIST_ITER_METHODS: [MethodDef; 1] = [MethodDef::method("__length_hint__", iter_length_hint)];

fn clear_iter(v: Value) {
    li(v).list.replace(Value::NULL).decref();
}

fn traverse_iter(v: Value, visit: &mut dyn FnMut(Value)) {
    let l = li(v).list.get();
    if !l.is_null() {
        visit(l);
    }
}

/// Slots shared by iterator types: `iter(it) is it`, identity hash.
pub(crate) const ITER_SLOTS: Slots = Slots {
    iter: Some(|_, v| Ok(v.new_ref())),
    hash: Some(|_, v| Ok(ops::identity_hash(v))),
    ..Slots::EMPTY
};

pub static LIST_ITER_TYPE: TypeObject = TypeObject::new_static(
    "list_iterator",
    Some(&super::OBJECT_TYPE),
    TypeFlags::HAVE_GC,
    Slots {
        dealloc: super::gc::dealloc_gc::<ListIter>,
        traverse: Some(traverse_iter),
        clear: Some(clear_iter),
        next: Some(|_, it| Ok(list_iter_next(it))),
        ..ITER_SLOTS
    },
    &LIST_ITER_METHODS,
    &[],
);

pub static LIST_REVITER_TYPE: TypeObject = TypeObject::new_static(
    "list_reverseiterator",
    Some(&super::OBJECT_TYPE),
    TypeFlags::HAVE_GC,
    Slots {
        dealloc: super::gc::dealloc_gc::<ListIter>,
        traverse: Some(traverse_iter),
        clear: Some(clear_iter),
        next: Some(|_, it| Ok(list_reviter_next(it))),
        ..ITER_SLOTS
    },
    &LIST_ITER_METHODS,
    &[],
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::int::int_from_i64;

    fn ints(v: &[i64]) -> Value {
        list_from_vec(v.iter().map(|&i| int_from_i64(i)).collect())
    }
    fn as_ints(l: Value) -> Vec<i64> {
        items(l).iter().map(|v| v.as_small_int()).collect()
    }

    #[test]
    fn slices_and_assignment() {
        // Expected values from python3.
        let mut vm = Vm::new();
        let l = ints(&[0, 1, 2, 3, 4, 5]);
        let s = super::super::slice::new_slice(Value::NULL, Value::NULL, int_from_i64(-2));
        let r = list_getitem(&mut vm, l, s).unwrap();
        assert_eq!(as_ints(r), vec![5, 3, 1]); // [0,1,2,3,4,5][::-2]
        let s2 = super::super::slice::new_slice(int_from_i64(1), int_from_i64(3), Value::NULL);
        let repl = ints(&[9, 9, 9]);
        list_setitem(&mut vm, l, s2, repl).unwrap();
        assert_eq!(as_ints(l), vec![0, 9, 9, 9, 3, 4, 5]); // l[1:3] = [9,9,9]
        let e = list_setitem(&mut vm, l, s, ints(&[1])).unwrap_err();
        assert!(e.matches(&super::super::exceptions::VALUE_ERROR));
        list_setitem(&mut vm, l, s, Value::NULL).unwrap(); // del l[::-2]
        assert_eq!(as_ints(l), vec![9, 9, 4]);
    }

    #[test]
    fn repeat_and_concat() {
        let mut vm = Vm::new();
        let l = ints(&[1, 2]);
        let r = list_binop(&mut vm, l, int_from_i64(3), 5).unwrap();
        assert_eq!(as_ints(r), vec![1, 2, 1, 2, 1, 2]);
        let r2 = list_binop(&mut vm, l, r, 0).unwrap();
        assert_eq!(items(r2).len(), 8);
        let e = list_binop(&mut vm, l, Value::float(2.0), 5).unwrap_err();
        assert!(e.matches(&super::super::exceptions::TYPE_ERROR));
    }
}
