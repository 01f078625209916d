//! Slots of heap types that call Python-level dunder methods (CPython's `slot_tp_*` /
//! `slot_nb_*` functions), and the computation of a heap type's slot table from its MRO.
//!
//! Rule (CPython's update_one_slot, simplified): for each slot, walk the MRO; the first heap
//! type whose `__dict__` defines one of the slot's dunder names gives the wrapper below (which
//! looks the method up by name at call time), and the first built-in type whose own slot is set
//! gives that slot function directly. So a class that defines nothing runs its built-in base's
//! code with no Python-level indirection.

use super::bound_method::with_self;
use super::exceptions::{attribute_error, type_error, value_error, ATTRIBUTE_ERROR, STOP_ITERATION};
use super::heaptype::{self, Layout};
use super::object::Owned;
use super::str::intern;
use super::typeobj::{CmpOp, Slots, TypeFlags, TypeObject, UnOp};
use super::value::Value;
use super::{dict, tuple};
use crate::vm::{ops, PyResult, Vm};

/// Every dunder name a slot is computed from; the constants below index it.
const NAMES: [&str; 70] = [
    "__repr__", "__str__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__", "__bool__", "__len__",
    "__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__", "__next__", "__call__", "__getattribute__",
    "__getattr__", "__setattr__", "__delattr__", "__get__", "__set__", "__delete__", "__init__", "__new__", "__neg__",
    "__pos__", "__invert__", "__abs__",
    // Binary operators in BINARY_OP order, then reflected, then in-place.
    "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__", "__or__", "__pow__",
    "__rshift__", "__sub__", "__truediv__", "__xor__",
    "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmul__", "__rmod__", "__ror__", "__rpow__",
    "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__",
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__", "__imod__", "__ior__", "__ipow__",
    "__irshift__", "__isub__", "__itruediv__", "__ixor__",
];
const REPR: usize = 0;
const STR: usize = 1;
const HASH: usize = 2;
/// `CMP + CmpOp as usize`.
const CMP: usize = 3;
const BOOL: usize = 9;
const LEN: usize = 10;
const GETITEM: usize = 11;
const SETITEM: usize = 12;
const DELITEM: usize = 13;
const CONTAINS: usize = 14;
const ITER: usize = 15;
const NEXT: usize = 16;
const CALL: usize = 17;
const GETATTRIBUTE: usize = 18;
const GETATTR: usize = 19;
const SETATTR: usize = 20;
const DELATTR: usize = 21;
const GET: usize = 22;
const SET: usize = 23;
const DELETE: usize = 24;
const INIT: usize = 25;
const NEW: usize = 26;
const NEG: usize = 27;
const BIN: usize = 31;
const RBIN: usize = 44;
const IBIN: usize = 57;

thread_local! {
    static INTERNED: [Value; 70] = std::array::from_fn(|i| intern(NAMES[i]));
}

/// The interned name `NAMES[i]`.
#[inline]
fn nm(i: usize) -> Value {
    INTERNED.with(|a| a[i])
}

/// Whether `f`, found on a type, is called with the instance prepended (Python functions and
/// built-in method descriptors), rather than bound through `__get__` first.
#[inline]
fn is_unbound_method(f: Value) -> bool {
    f.is_ptr()
        && (heaptype::is_python_function(f)
            || f.is_exact(&super::method::METHOD_DESCR_TYPE)
            || f.ty().has_flag(TypeFlags::METHOD_DESCRIPTOR))
}

/// Call `f` (an attribute found on `obj`'s type `ty`) as a method of `obj`. Counts one level of
/// recursion: slots can call each other without any Python frame in between
/// (`A.__eq__ = object.__ne__`), which must end in RecursionError, not a native overflow.
pub fn call_found(vm: &mut Vm, f: Value, obj: Value, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    // A separate count, a little above the interpreter's limit: recursion through Python code
    // hits the interpreter's check first (with its message); slot-to-slot loops end here.
    let depth = SLOT_DEPTH.with(|d| d.get());
    if depth >= vm.recursion_limit + 50 {
        return Err(super::exceptions::recursion_error("maximum recursion depth exceeded while calling a Python object"));
    }
    SLOT_DEPTH.with(|d| d.set(depth + 1));
    let r = call_found_inner(vm, f, obj, ty, args, kwnames);
    SLOT_DEPTH.with(|d| d.set(depth));
    r
}

thread_local! {
    /// Nesting of Python-level dunder calls made by slots.
    static SLOT_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

fn call_found_inner(vm: &mut Vm, f: Value, obj: Value, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let f = Owned::from_borrowed(f);
    let fv = f.get();
    if is_unbound_method(fv) {
        return with_self(obj, args, |a| ops::call(vm, fv, a, kwnames));
    }
    if let Some(get) = fv.ty().slots().descr_get {
        let b = Owned::new(get(vm, fv, obj, ty.as_value())?);
        return ops::call(vm, b.get(), args, kwnames);
    }
    ops::call(vm, fv, args, kwnames)
}

/// Look the dunder `NAMES[i]` up on `obj`'s type and call it: `Ok(None)` when not defined.
#[inline]
fn call_special(vm: &mut Vm, obj: Value, i: usize, args: &[Value]) -> PyResult<Option<Value>> {
    let ty = obj.ty();
    match ty.lookup(nm(i)) {
        Some(f) => call_found(vm, f, obj, ty, args, &[]).map(Some),
        None => Ok(None),
    }
}

/// Call a special method the caller knows the type defines (looked up on the type and bound,
/// never found in the instance): AttributeError if it has gone.
pub fn call_special_known(vm: &mut Vm, obj: Value, name: &str, args: &[Value]) -> PyResult {
    match call_special_method(vm, obj, name, args)? {
        Some(r) => Ok(r),
        None => Err(attribute_error(name)),
    }
}

/// Call a special method by name on `obj` (for code outside this file): `Ok(None)` when the
/// type does not define it.
pub fn call_special_method(vm: &mut Vm, obj: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    let ty = obj.ty();
    match ty.lookup(intern(name)) {
        Some(f) => call_found(vm, f, obj, ty, args, &[]).map(Some),
        None => Ok(None),
    }
}

fn slot_repr(vm: &mut Vm, v: Value) -> PyResult {
    match call_special(vm, v, REPR, &[])? {
        Some(r) => Ok(r),
        None => super::type_type::object_repr(vm, v),
    }
}

fn slot_str(vm: &mut Vm, v: Value) -> PyResult {
    match call_special(vm, v, STR, &[])? {
        Some(r) => Ok(r),
        // object.__str__ calls the repr slot directly: a bad result is then reported by str()
        // as "__str__ returned non-string", as in CPython.
        None => match v.ty().slots().repr {
            Some(f) => f(vm, v),
            None => ops::repr(vm, v),
        },
    }
}

fn slot_hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let ty = v.ty();
    let f = match ty.lookup(nm(HASH)) {
        Some(f) if f.is_none() => return Err(type_error(format!("unhashable type: '{}'", ty.tp_name()))),
        Some(f) => f,
        None => return Ok(ops::identity_hash(v)),
    };
    let r = Owned::new(call_found(vm, f, v, ty, &[], &[])?);
    let r = r.get();
    if super::int::is_int(r) {
        // As CPython: a result that fits a machine word is used as it is (-1 becomes -2);
        // only larger ones are reduced the way int hashes are.
        return match super::int::int_as_i64(r) {
            Some(-1) => Ok(-2),
            Some(h) => Ok(h),
            None => ops::hash(vm, r),
        };
    }
    Err(type_error("__hash__ method should return an integer"))
}

fn slot_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    match call_special(vm, a, CMP + op as usize, &[b])? {
        Some(r) => Ok(r),
        None if op == CmpOp::Ne => {
            // Default `!=`: the inverse of `__eq__` unless that is NotImplemented.
            let eq = match call_special(vm, a, CMP + CmpOp::Eq as usize, &[b])? {
                Some(r) => Owned::new(r),
                None => return Ok(super::not_implemented()),
            };
            if eq.get().is_not_implemented() {
                return Ok(eq.into_value());
            }
            let t = ops::is_true(vm, eq.get())?;
            Ok(super::bool_value(!t))
        }
        None => Ok(super::not_implemented()),
    }
}

#[inline]
fn has_slot_binop(t: &TypeObject) -> bool {
    t.slots().binop.is_some_and(|f| f as usize == slot_binop as *const () as usize)
}

/// The binary-operator slot of heap types (CPython's SLOT1BINFULL): called with both operands
/// for either operand's type; calls `a.__op__(b)` when `a`'s type is a Python class with this
/// slot, `b.__rop__(a)` when `b`'s is (first, when `b`'s type is a subclass overriding it).
fn slot_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    let op = op as usize;
    if op >= 13 {
        if op >= 26 || !has_slot_binop(a.ty()) {
            return Ok(super::not_implemented());
        }
        return Ok(call_special(vm, a, IBIN + op - 13, &[b])?.unwrap_or_else(super::not_implemented));
    }
    let (ta, tb) = (a.ty(), b.ty());
    let same = std::ptr::eq(ta, tb);
    let rname = nm(RBIN + op);
    let mut do_other = !same && has_slot_binop(tb) && tb.lookup(rname).is_some();
    if has_slot_binop(ta) {
        if do_other && tb.is_subtype(ta) && tb.lookup(rname) != ta.lookup(rname) {
            if let Some(r) = call_special(vm, b, RBIN + op, &[a])? {
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
            do_other = false;
        }
        if let Some(r) = call_special(vm, a, BIN + op, &[b])? {
            if !r.is_not_implemented() || same {
                return Ok(r);
            }
        }
    }
    if do_other {
        return Ok(call_special(vm, b, RBIN + op, &[a])?.unwrap_or_else(super::not_implemented));
    }
    Ok(super::not_implemented())
}

fn slot_unop(vm: &mut Vm, v: Value, op: UnOp) -> PyResult {
    let i = NEG + op as usize;
    Ok(call_special(vm, v, i, &[])?.unwrap_or_else(super::not_implemented))
}

/// `__len__`'s result as a length (CPython's checks and messages).
fn len_result(vm: &mut Vm, r: Value) -> PyResult<usize> {
    if !super::int::is_int(r) {
        // CPython passes the result through `__index__` first.
        let i = Owned::new(super::int::index_of(vm, r)?);
        return len_result(vm, i.get());
    }
    match super::int::int_as_i64(r) {
        Some(n) if n < 0 => Err(value_error("__len__() should return >= 0")),
        Some(n) => Ok(n as usize),
        None => {
            let neg = super::int::int_as_big(r).is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
            if neg {
                Err(value_error("__len__() should return >= 0"))
            } else {
                Err(super::exceptions::overflow_error("cannot fit 'int' into an index-sized integer"))
            }
        }
    }
}

fn slot_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    match call_special(vm, v, LEN, &[])? {
        Some(r) => {
            let n = len_result(vm, r);
            r.decref();
            n
        }
        None => Err(type_error(format!("object of type '{}' has no len()", ops::type_name(v)))),
    }
}

fn slot_bool(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if let Some(r) = call_special(vm, v, BOOL, &[])? {
        if r == super::bool_value(true) {
            return Ok(true);
        }
        if r == super::bool_value(false) {
            return Ok(false);
        }
        let msg = format!("__bool__ should return bool, returned {}", ops::type_name(r));
        r.decref();
        return Err(type_error(msg));
    }
    match call_special(vm, v, LEN, &[])? {
        Some(r) => {
            let n = len_result(vm, r);
            r.decref();
            Ok(n? != 0)
        }
        None => Ok(true),
    }
}

fn slot_getitem(vm: &mut Vm, v: Value, key: Value) -> PyResult {
    match call_special(vm, v, GETITEM, &[key])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!("'{}' object is not subscriptable", ops::type_name(v)))),
    }
}

fn slot_setitem(vm: &mut Vm, v: Value, key: Value, value: Value) -> PyResult<()> {
    let r = if value.is_null() { call_special(vm, v, DELITEM, &[key])? } else { call_special(vm, v, SETITEM, &[key, value])? };
    match r {
        Some(r) => {
            r.decref();
            Ok(())
        }
        None if value.is_null() => Err(attribute_error("__delitem__")),
        None => Err(attribute_error("__setitem__")),
    }
}

fn slot_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    let ty = v.ty();
    match ty.lookup(nm(CONTAINS)) {
        Some(f) if f.is_none() => Err(type_error(format!("'{}' object is not a container", ty.tp_name()))),
        Some(f) => {
            let r = Owned::new(call_found(vm, f, v, ty, &[item], &[])?);
            ops::is_true(vm, r.get())
        }
        None => {
            let it = Owned::new(ops::iter(vm, v)?);
            while let Some(x) = ops::next(vm, it.get())? {
                let x = Owned::new(x);
                if ops::eq(vm, x.get(), item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn slot_iter(vm: &mut Vm, v: Value) -> PyResult {
    let ty = v.ty();
    match ty.lookup(nm(ITER)) {
        Some(f) if f.is_none() => Err(type_error(format!("'{}' object is not iterable", ty.tp_name()))),
        Some(f) => {
            let r = call_found(vm, f, v, ty, &[], &[])?;
            if r.ty().slots().next.is_none() {
                let msg = format!("iter() returned non-iterator of type '{}'", ops::type_name(r));
                r.decref();
                return Err(type_error(msg));
            }
            Ok(r)
        }
        None if ty.slots().getitem.is_some() => Ok(super::iter::new_seq_iter(v)),
        None => Err(type_error(format!("'{}' object is not iterable", ty.tp_name()))),
    }
}

fn slot_next(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    match call_special(vm, v, NEXT, &[]) {
        Ok(Some(r)) => Ok(Some(r)),
        Ok(None) => Err(type_error(format!("'{}' object is not an iterator", ops::type_name(v)))),
        Err(e) if e.matches(&STOP_ITERATION) => Ok(None),
        Err(e) => Err(e),
    }
}

fn slot_call(vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let ty = v.ty();
    match ty.lookup(nm(CALL)) {
        Some(f) => call_found(vm, f, v, ty, args, kwnames),
        None => Err(type_error(format!("'{}' object is not callable", ty.tp_name()))),
    }
}

/// Whether `f` is `object`'s own entry for dunder `i` in `object.__dict__`.
fn is_object_default(f: Value, i: usize) -> bool {
    let d = super::OBJECT_TYPE.dict.get();
    !d.is_null() && dict::get_str(d, nm(i)) == Some(f)
}

type GetAttrFn = fn(&mut Vm, Value, Value) -> PyResult<Option<Value>>;
type TraverseFn = fn(Value, &mut dyn FnMut(Value));
type SetAttrFn = fn(&mut Vm, Value, Value, Value) -> PyResult<()>;

/// The attribute lookup of `v`'s layout base (generic, `type`'s for metaclass instances, the
/// side-table one for built-in subclasses).
fn base_getattr(vm: &mut Vm, v: Value, name: Value) -> PyResult<Option<Value>> {
    let t = v.ty();
    match heaptype::layout_base(t).slots().getattr {
        Some(f) if f as usize != slot_getattr as *const () as usize => f(vm, v, name),
        _ if heaptype::layout_of(t) == Some(Layout::Builtin) => super::builtin_subclass::getattr(vm, v, name),
        _ => ops::generic_getattr(vm, v, name),
    }
}

fn base_setattr(vm: &mut Vm, v: Value, name: Value, value: Value) -> PyResult<()> {
    let t = v.ty();
    match heaptype::layout_base(t).slots().setattr {
        Some(f) if f as usize != slot_setattr as *const () as usize => f(vm, v, name, value),
        _ if heaptype::layout_of(t) == Some(Layout::Builtin) => super::builtin_subclass::setattr(vm, v, name, value),
        _ => ops::generic_setattr(vm, v, name, value),
    }
}

/// `__getattribute__` (if overridden) else the generic lookup; then `__getattr__` when that
/// finds nothing or raises AttributeError.
fn slot_getattr(vm: &mut Vm, v: Value, name: Value) -> PyResult<Option<Value>> {
    let ty = v.ty();
    let r = match ty.lookup(nm(GETATTRIBUTE)) {
        Some(f) if !is_object_default(f, GETATTRIBUTE) => call_found(vm, f, v, ty, &[name], &[]).map(Some),
        _ => base_getattr(vm, v, name),
    };
    let fallback = match r {
        Ok(Some(x)) => return Ok(Some(x)),
        Ok(None) => None,
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => Some(e),
        Err(e) => return Err(e),
    };
    match ty.lookup(nm(GETATTR)) {
        Some(f) => {
            drop(fallback);
            call_found(vm, f, v, ty, &[name], &[]).map(Some)
        }
        None => match fallback {
            Some(e) => Err(e),
            None => Ok(None),
        },
    }
}

fn slot_setattr(vm: &mut Vm, v: Value, name: Value, value: Value) -> PyResult<()> {
    let ty = v.ty();
    let i = if value.is_null() { DELATTR } else { SETATTR };
    match ty.lookup(nm(i)) {
        Some(f) if !is_object_default(f, i) => {
            let r = if value.is_null() { call_found(vm, f, v, ty, &[name], &[])? } else { call_found(vm, f, v, ty, &[name, value], &[])? };
            r.decref();
            Ok(())
        }
        _ => base_setattr(vm, v, name, value),
    }
}

fn slot_descr_get(vm: &mut Vm, d: Value, obj: Value, ty: Value) -> PyResult {
    let o = if obj.is_null() { super::none() } else { obj };
    let t = if ty.is_null() { super::none() } else { ty };
    match call_special(vm, d, GET, &[o, t])? {
        Some(r) => Ok(r),
        None => Ok(d.new_ref()),
    }
}

fn slot_descr_set(vm: &mut Vm, d: Value, obj: Value, value: Value) -> PyResult<()> {
    let r = if value.is_null() { call_special(vm, d, DELETE, &[obj])? } else { call_special(vm, d, SET, &[obj, value])? };
    match r {
        Some(r) => {
            r.decref();
            Ok(())
        }
        None => Err(attribute_error(if value.is_null() { "__delete__" } else { "__set__" })),
    }
}

fn slot_init(vm: &mut Vm, obj: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let ty = obj.ty();
    let f = match ty.lookup(nm(INIT)) {
        Some(f) => f,
        None => return Ok(()),
    };
    let r = call_found(vm, f, obj, ty, args, kwnames)?;
    if !r.is_none() {
        let msg = format!("__init__() should return None, not '{}'", ops::type_name(r));
        r.decref();
        return Err(type_error(msg));
    }
    Ok(())
}

fn slot_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let f = match ty.lookup(nm(NEW)) {
        Some(f) => f,
        None => return Err(type_error(format!("cannot create '{}' instances", ty.tp_name()))),
    };
    // `__new__` is a static method taking the class first.
    let func = if let Some(inner) = super::descriptors::staticmethod_func(f) {
        Owned::from_borrowed(inner)
    } else if let Some(get) = f.ty().slots().descr_get {
        f.incref();
        let r = get(vm, f, Value::NULL, ty.as_value());
        f.decref();
        Owned::new(r?)
    } else {
        Owned::from_borrowed(f)
    };
    with_self(ty.as_value(), args, |a| ops::call(vm, func.get(), a, kwnames))
}

/// Where a slot comes from when walking the MRO.
enum Found<T> {
    /// A heap type defines one of the names (with this value).
    Defined(Value),
    /// A built-in type's own slot.
    Static(T),
}

fn find<T: Copy>(mro: &[Value], names: &[usize], get: impl Fn(&Slots) -> Option<T>) -> Option<Found<T>> {
    for &tv in mro {
        // SAFETY: MRO entries are type objects.
        let t: &TypeObject = unsafe { tv.as_ref() };
        if t.has_flag(TypeFlags::HEAPTYPE) {
            let d = t.dict.get();
            for &i in names {
                if let Some(v) = dict::get_str(d, nm(i)) {
                    return Some(Found::Defined(v));
                }
            }
        } else if let Some(f) = get(t.slots()) {
            return Some(Found::Static(f));
        } else {
            // A built-in that disables the slot by name (`list.__hash__ = None`) stops the
            // search: subclasses must not find object's.
            let d = t.dict.get();
            if !d.is_null() {
                for &i in names {
                    if let Some(v) = dict::get_str(d, nm(i)).filter(|v| v.is_none()) {
                        return Some(Found::Defined(v));
                    }
                }
            }
        }
    }
    None
}

/// The slot: the wrapper when a class defines the method, the built-in's when one comes
/// first; `none_disables`: a dunder set to None means "no slot" (`__hash__ = None`).
fn pick<T: Copy>(mro: &[Value], names: &[usize], get: impl Fn(&Slots) -> Option<T>, wrapper: T, none_disables: bool) -> Option<T> {
    match find(mro, names, get) {
        Some(Found::Defined(v)) if none_disables && v.is_none() => None,
        Some(Found::Defined(_)) => Some(wrapper),
        Some(Found::Static(f)) => Some(f),
        None => None,
    }
}

/// The slot table of heap type `t` (its `__mro__` and `__dict__` set).
pub fn compute_slots(t: &TypeObject) -> Slots {
    let mro_v = t.mro.get();
    let mro: &[Value] = if mro_v.is_null() { &[] } else { tuple::items(mro_v) };
    let layout = heaptype::layout_of(t).unwrap_or(Layout::Object);
    let traverse: Option<TraverseFn> = match layout {
        Layout::Object => Some(super::instance::instance_traverse),
        Layout::Exception => Some(super::exceptions::exception_traverse),
        Layout::Type | Layout::Builtin => None,
    };
    let dealloc = match layout {
        Layout::Builtin => super::builtin_subclass::dealloc,
        _ => heaptype::subtype_dealloc,
    };
    let binops: Vec<usize> = (BIN..IBIN + 13).collect();
    let clear: Option<fn(Value)> = match layout {
        Layout::Object => Some(super::instance::instance_clear),
        Layout::Exception => heaptype::layout_base(t).slots().clear,
        Layout::Builtin => Some(super::builtin_subclass::clear),
        Layout::Type => None,
    };
    let traverse = match layout {
        Layout::Exception => heaptype::layout_base(t).slots().traverse.or(traverse),
        Layout::Builtin => Some(super::builtin_subclass::traverse as TraverseFn),
        _ => traverse,
    };
    // Built-in layouts without a dict slot keep attributes in the side table.
    let side = layout == Layout::Builtin;
    let getattr = pick(mro, &[GETATTRIBUTE, GETATTR], |s| s.getattr, slot_getattr as GetAttrFn, false);
    let setattr = pick(mro, &[SETATTR, DELATTR], |s| s.setattr, slot_setattr as SetAttrFn, false);
    let getattr = if side && getattr.is_none() { Some(super::builtin_subclass::getattr as GetAttrFn) } else { getattr };
    let setattr = if side && setattr.is_none() { Some(super::builtin_subclass::setattr as SetAttrFn) } else { setattr };
    Slots {
        dealloc,
        traverse,
        clear,
        repr: pick(mro, &[REPR], |s| s.repr, slot_repr, false),
        str: pick(mro, &[STR], |s| s.str, slot_str, false),
        hash: pick(mro, &[HASH], |s| s.hash, slot_hash, true),
        richcmp: pick(mro, &[CMP, CMP + 1, CMP + 2, CMP + 3, CMP + 4, CMP + 5], |s| s.richcmp, slot_richcmp, false),
        binop: pick(mro, &binops, |s| s.binop, slot_binop, false),
        unop: pick(mro, &[NEG, NEG + 1, NEG + 2, NEG + 3], |s| s.unop, slot_unop, false),
        bool: pick(mro, &[BOOL], |s| s.bool, slot_bool, false),
        len: pick(mro, &[LEN], |s| s.len, slot_len, false),
        getitem: pick(mro, &[GETITEM], |s| s.getitem, slot_getitem, false),
        setitem: pick(mro, &[SETITEM, DELITEM], |s| s.setitem, slot_setitem, false),
        contains: pick(mro, &[CONTAINS], |s| s.contains, slot_contains, false),
        iter: pick(mro, &[ITER], |s| s.iter, slot_iter, false),
        next: pick(mro, &[NEXT], |s| s.next, slot_next, false),
        call: pick(mro, &[CALL], |s| s.call, slot_call, false),
        getattr,
        setattr,
        descr_get: pick(mro, &[GET], |s| s.descr_get, slot_descr_get, false),
        descr_set: pick(mro, &[SET, DELETE], |s| s.descr_set, slot_descr_set, false),
        new: pick(mro, &[NEW], |s| s.new, slot_new, false),
        init: pick(mro, &[INIT], |s| s.init, slot_init, false),
    }
}

/// Whether heap type `t`'s `new` slot calls a Python `__new__`.
pub fn is_python_new(t: &TypeObject) -> bool {
    t.slots().new.is_some_and(|f| f as usize == slot_new as *const () as usize)
}
