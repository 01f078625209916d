//! Registry of the containers built-in types (what startup initialises and what `builtins`
//! binds), plus the small helpers every container type shares: argument-count checks with
//! CPython's messages, the repr recursion guard (`Py_ReprEnter`), and `__index__` conversion.

use super::exceptions::{index_error, type_error};
use super::typeobj::TypeObject;
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};
use std::cell::RefCell;

/// The containers types, bases before subclasses, with the name `builtins` binds them under
/// (`""` for types that are not built-in names, e.g. iterator types).
pub fn types() -> Vec<(&'static str, &'static TypeObject)> {
    vec![
        ("slice", &super::slice::SLICE_TYPE),
        ("set", &super::set::SET_TYPE),
        ("frozenset", &super::set::FROZENSET_TYPE),
        ("range", &super::range::RANGE_TYPE),
        ("enumerate", &super::iterators::ENUMERATE_TYPE),
        ("zip", &super::iterators::ZIP_TYPE),
        ("map", &super::iterators::MAP_TYPE),
        ("filter", &super::iterators::FILTER_TYPE),
        ("reversed", &super::iterators::REVERSED_TYPE),
        ("", &super::list_type::LIST_ITER_TYPE),
        ("", &super::list_type::LIST_REVITER_TYPE),
        ("", &super::tuple_type::TUPLE_ITER_TYPE),
        ("", &super::range::RANGE_ITER_TYPE),
        ("", &super::range::LONG_RANGE_ITER_TYPE),
        ("", &super::set::SET_ITER_TYPE),
        ("", &super::dict_views::DICT_KEYS_TYPE),
        ("", &super::dict_views::DICT_VALUES_TYPE),
        ("", &super::dict_views::DICT_ITEMS_TYPE),
        ("", &super::dict_views::DICT_KEYITER_TYPE),
        ("", &super::dict_views::DICT_VALUEITER_TYPE),
        ("", &super::dict_views::DICT_ITEMITER_TYPE),
        ("", &super::dict_views::DICT_REVKEYITER_TYPE),
        ("", &super::dict_views::DICT_REVVALUEITER_TYPE),
        ("", &super::dict_views::DICT_REVITEMITER_TYPE),
    ]
}

/// Positional arguments and keyword (name, value) pairs of a native call.
pub(crate) struct CallArgs<'a> {
    pub pos: &'a [Value],
    pub kwnames: &'a [Value],
    pub kwvals: &'a [Value],
}

/// Split a native call's `args` into positionals and keyword values.
#[inline]
pub(crate) fn split_args<'a>(args: &'a [Value], kwnames: &'a [Value]) -> CallArgs<'a> {
    let n = args.len().saturating_sub(kwnames.len());
    CallArgs { pos: &args[..n], kwnames, kwvals: &args[n..] }
}

/// A method's `self` and its other positional arguments; kwnames must be empty (`name()
/// takes no keyword arguments`).
#[inline]
pub(crate) fn method_args<'a>(name: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<(Value, &'a [Value])> {
    if !kwnames.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match args.split_first() {
        Some((s, rest)) => Ok((*s, rest)),
        None => Err(type_error(format!("unbound method {name}() needs an argument"))),
    }
}

/// METH_NOARGS: `list.clear() takes no arguments (1 given)`.
#[inline]
pub(crate) fn noargs(qualname: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let (s, rest) = method_args(qualname, args, kwnames)?;
    if !rest.is_empty() {
        return Err(type_error(format!("{qualname}() takes no arguments ({} given)", rest.len())));
    }
    Ok(s)
}

/// METH_O: `list.append() takes exactly one argument (0 given)`.
#[inline]
pub(crate) fn onearg(qualname: &str, args: &[Value], kwnames: &[Value]) -> PyResult<(Value, Value)> {
    let (s, rest) = method_args(qualname, args, kwnames)?;
    if rest.len() != 1 {
        return Err(type_error(format!("{qualname}() takes exactly one argument ({} given)", rest.len())));
    }
    Ok((s, rest[0]))
}

/// Argument Clinic's positional count check: `insert expected 2 arguments, got 1`,
/// `pop expected at most 1 argument, got 2`.
pub(crate) fn check_pos(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(type_error(format!(
            "{name} expected {}{min} argument{}, got {n}",
            if min == max { "" } else { "at least " },
            if min == 1 { "" } else { "s" }
        )));
    }
    if n > max {
        return Err(type_error(format!(
            "{name} expected {}{max} argument{}, got {n}",
            if min == max { "" } else { "at most " },
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// A clinic-style method: self, then `min..=max` positionals, no keywords.
#[inline]
pub(crate) fn method_pos<'a>(name: &str, args: &'a [Value], kwnames: &[Value], min: usize, max: usize) -> PyResult<(Value, &'a [Value])> {
    let (s, rest) = method_args(name, args, kwnames)?;
    check_pos(name, rest.len(), min, max)?;
    Ok((s, rest))
}

thread_local! {
    static REPR_STACK: RefCell<Vec<u64>> = const { RefCell::new(Vec::new()) };
}

/// `Py_ReprEnter`: `false` when `v` is already being repr'd further up (print `[...]`).
pub fn repr_enter(v: Value) -> bool {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&v.bits()) {
            false
        } else {
            s.push(v.bits());
            true
        }
    })
}

/// `Py_ReprLeave`.
pub fn repr_leave(v: Value) {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(i) = s.iter().rposition(|&b| b == v.bits()) {
            s.remove(i);
        }
    })
}

/// Run `f` inside the repr guard for `v`; `recursive` is the text for a recursive repr.
pub(crate) fn guarded_repr(vm: &mut Vm, v: Value, recursive: &str, f: impl FnOnce(&mut Vm) -> PyResult) -> PyResult {
    if !repr_enter(v) {
        return Ok(super::str::new_str(recursive));
    }
    let r = f(vm);
    repr_leave(v);
    r
}

/// Join the reprs of `items` (borrowed; each is kept alive across its repr) with ", " into
/// `out`.
pub(crate) fn push_reprs(vm: &mut Vm, out: &mut String, items: &[Value]) -> PyResult<()> {
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        push_repr(vm, out, x)?;
    }
    Ok(())
}

/// Append `repr(x)` to `out`.
pub(crate) fn push_repr(vm: &mut Vm, out: &mut String, x: Value) -> PyResult<()> {
    x.incref();
    let r = ops::repr(vm, x);
    x.decref();
    let r = r?;
    out.push_str(&super::str::str_obj(r).to_string_lossy());
    r.decref();
    Ok(())
}

/// An index argument: its value when it fits an i64, else its sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Index {
    Fits(i64),
    /// Too large in magnitude; `true` when negative.
    Over(bool),
}

impl Index {
    /// Clamped to i64 (slice bounds).
    pub fn clamped(self) -> i64 {
        match self {
            Index::Fits(i) => i,
            Index::Over(true) => i64::MIN,
            Index::Over(false) => i64::MAX,
        }
    }
}

fn int_to_index(v: Value) -> Option<Index> {
    if let Some(i) = super::int::int_as_i64(v) {
        return Some(Index::Fits(i));
    }
    let b = super::int::int_as_big(v)?;
    Some(Index::Over(b.sign() == num_bigint::Sign::Minus))
}

/// `operator.index(v)` as an `Index`, or `None` when `v` has no `__index__` (the caller
/// raises its own TypeError).
pub fn to_index(vm: &mut Vm, v: Value) -> PyResult<Option<Index>> {
    if v.is_small_int() {
        return Ok(Some(Index::Fits(v.as_small_int())));
    }
    if super::int::is_int(v) {
        return Ok(int_to_index(v));
    }
    if !v.is_ptr() {
        return Ok(None);
    }
    let r = match super::slot_wrappers::call_special_method(vm, v, "__index__", &[])? {
        Some(r) => r,
        None => return Ok(None),
    };
    if !super::int::is_int(r) {
        let msg = format!("__index__ returned non-int (type {})", ops::type_name(r));
        r.decref();
        return Err(type_error(msg));
    }
    if let Err(e) = super::deprecation::check_index_result(vm, r) {
        r.decref();
        return Err(e);
    }
    let i = int_to_index(r);
    r.decref();
    Ok(i)
}

/// `PyNumber_AsSsize_t(v, IndexError)` for sequence subscripts: `Ok(None)` when `v` is not an
/// index; an IndexError "cannot fit 'int' into an index-sized integer" when too large.
pub fn to_isize_for_index(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    match to_index(vm, v)? {
        Some(Index::Fits(i)) => Ok(Some(i)),
        Some(Index::Over(_)) => Err(index_error(format!("cannot fit '{}' into an index-sized integer", ops::type_name(v)))),
        None => Ok(None),
    }
}

/// `PyNumber_AsSsize_t(v, OverflowError)` with a TypeError for non-indexes (counts, sizes).
pub fn to_isize_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match to_index(vm, v)? {
        Some(Index::Fits(i)) => Ok(i),
        Some(Index::Over(_)) => Err(super::exceptions::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            ops::type_name(v)
        ))),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v)))),
    }
}

/// Normalise a possibly negative sequence index against `len`: `Some(i)` when in range.
#[inline(always)]
pub fn wrap_index(i: i64, len: usize) -> Option<usize> {
    let j = if i < 0 { i.checked_add(len as i64)? } else { i };
    if j >= 0 && (j as u64) < len as u64 {
        Some(j as usize)
    } else {
        None
    }
}

/// A frozenset of `items` (borrowed), for frozenset constants. CPython's compiler builds such a
/// constant twice (from the literal's order, then again from that frozenset's iteration order
/// when it merges constants), which decides the table layout: so does this.
pub fn new_frozenset_value(vm: &mut Vm, items: &[Value]) -> PyResult {
    let first = super::set::new_empty(&super::set::FROZENSET_TYPE);
    for &x in items {
        if let Err(e) = super::set::set_add(vm, first, x) {
            first.decref();
            return Err(e);
        }
    }
    let it = super::set::new_set_iter(first);
    let second = super::set::new_empty(&super::set::FROZENSET_TYPE);
    let mut r = Ok(());
    while let Ok(Some(x)) = super::set::set_iter_next(it) {
        if r.is_ok() {
            r = super::set::set_add(vm, second, x);
        }
        x.decref();
    }
    it.decref();
    first.decref();
    match r {
        Ok(()) => Ok(second),
        Err(e) => {
            second.decref();
            Err(e)
        }
    }
}

/// `s.update(iterable)` (SET_UPDATE; borrowed): CPython's `set_update_internal`, whose merge
/// of another set decides the resulting table layout.
pub fn set_update_value(vm: &mut Vm, s: Value, iterable: Value) -> PyResult<()> {
    super::set::set_update_internal(vm, s, iterable)
}

/// A slice object (BUILD_SLICE; arguments borrowed).
pub fn new_slice_value(start: Value, stop: Value, step: Value) -> PyResult {
    Ok(super::slice::new_slice(start, stop, step))
}

/// A set of `items` (borrowed), for BUILD_SET.
pub fn new_set_value(vm: &mut Vm, items: &[Value]) -> PyResult {
    let s = super::set::new_empty(&super::set::SET_TYPE);
    for &x in items {
        if let Err(e) = super::set::set_add(vm, s, x) {
            s.decref();
            return Err(e);
        }
    }
    Ok(s)
}

/// `s.add(v)` (SET_ADD; v borrowed).
pub fn set_add_value(vm: &mut Vm, s: Value, v: Value) -> PyResult<()> {
    super::set::set_add(vm, s, v)
}

/// Allocate a container of type `ty` (a static type, or a heap subtype: then the instance
/// takes a reference to its type, which `builtin_subclass::dealloc` releases after calling
/// `dealloc_container`; instance attributes of such subclasses live in that module's side
/// table). Freed by `dealloc_container::<T>`.
pub fn alloc_container<T>(ty: &TypeObject, obj: T) -> Value {
    if ty.has_flag(super::typeobj::TypeFlags::HEAPTYPE) {
        ty.as_value().incref();
    }
    super::gc::alloc_gc(obj)
}

/// `dealloc` slot of the containers made by `alloc_container::<T>` (list, dict, set,
/// frozenset). The type reference of a heap subtype's instance is released by the caller
/// (`builtin_subclass::dealloc`).
///
/// # Safety
/// `p` was made by `alloc_container::<T>` and has no remaining references.
pub unsafe fn dealloc_container<T>(p: *mut super::object::ObjHeader) {
    // SAFETY: caller's guarantee.
    unsafe { super::gc::dealloc_gc::<T>(p) };
}

/// `base.__new__(cls, *args, **kw)` for a built-in container base: checks `cls` and calls
/// `base`'s `new` slot with it.
pub(crate) fn new_wrapper(vm: &mut Vm, base: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let name = base.tp_name();
    let a = split_args(args, kwnames);
    let cls = match a.pos.first() {
        Some(&c) => c,
        None => return Err(type_error(format!("{name}.__new__(): not enough arguments"))),
    };
    let t = match super::type_type::as_type(cls) {
        Some(t) => t,
        None => return Err(type_error(format!("{name}.__new__(X): X is not a type object ({})", ops::type_name(cls)))),
    };
    if !t.is_subtype(base) {
        return Err(type_error(format!("{name}.__new__({}): {} is not a subtype of {name}", t.tp_name(), t.tp_name())));
    }
    match base.slots().new {
        Some(f) => f(vm, t, &args[1..], kwnames),
        None => Err(type_error(format!("cannot create '{name}' instances"))),
    }
}

/// `PyIter_Next`: the next item of iterator `it` (new reference), `None` when exhausted. A
/// StopIteration raised by the iterator (a generator's `return value`) also means exhausted,
/// as in CPython's consumers of `tp_iternext`.
#[inline]
pub fn iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    super::iterators::next_fast(vm, it)
}
