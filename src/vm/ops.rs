//! Generic operations on values (CPython's abstract object layer): each dispatches through the
//! operand types' slots and raises CPython's TypeError when no slot applies. Everything that
//! needs "the Python meaning" of an operation — the interpreter, built-in functions, container
//! methods — calls these. Arguments are borrowed; results are new references.

use crate::objects::exceptions::{attribute_error, type_error};
use crate::objects::typeobj::{CmpOp, TypeObject, UnOp};
use crate::objects::{self as obj, float::float_hash, str::new_str, Value};
use crate::vm::{PyResult, Vm};

/// The name CPython uses for a value's type in messages (`'int'`, `'collections.deque'`).
#[inline]
pub fn type_name(v: Value) -> &'static str {
    // The type outlives the message being built; types are immortal or kept alive by `v`.
    let t: &'static TypeObject = v.ty();
    t.tp_name()
}

/// `repr(v)`: a str value.
pub fn repr(vm: &mut Vm, v: Value) -> PyResult {
    let ty = v.ty();
    match ty.slots().repr {
        Some(f) => {
            let r = enter(vm, |vm| f(vm, v))?;
            check_str_result(r, "__repr__")
        }
        None => Ok(new_str(&format!("<{} object at {:#x}>", ty.tp_name(), v.bits()))),
    }
}

/// `str(v)`: a str value.
pub fn str(vm: &mut Vm, v: Value) -> PyResult {
    if v.is_exact(&obj::STR_TYPE) {
        return Ok(v.new_ref());
    }
    match v.ty().slots().str {
        Some(f) => {
            let r = enter(vm, |vm| f(vm, v))?;
            check_str_result(r, "__str__")
        }
        // object.__str__ is the repr slot called directly: CPython then reports a non-str
        // result as coming from __str__.
        None => match v.ty().slots().repr {
            Some(f) => {
                let r = enter(vm, |vm| f(vm, v))?;
                check_str_result(r, "__str__")
            }
            None => repr(vm, v),
        },
    }
}

fn check_str_result(r: Value, what: &str) -> PyResult {
    if obj::str::is_str(r) {
        Ok(r)
    } else {
        let msg = format!("{what} returned non-string (type {})", type_name(r));
        r.decref();
        Err(type_error(msg))
    }
}

/// Run `f` one level deeper in the recursion count (native re-entry into Python code paths
/// such as `repr` of nested containers), raising RecursionError past the limit.
#[inline]
pub fn enter<T>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    if vm.depth >= vm.recursion_limit {
        return Err(crate::objects::exceptions::recursion_error("maximum recursion depth exceeded while getting the repr of an object"));
    }
    vm.depth += 1;
    let r = f(vm);
    vm.depth -= 1;
    r
}

/// `hash(v)`.
pub fn hash(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        let i = v.as_small_int();
        return Ok(if i == -1 { -2 } else { i });
    }
    if v.is_float() {
        return Ok(float_hash(v.as_float()));
    }
    if v.is_exact(&obj::STR_TYPE) {
        return Ok(obj::str::str_obj(v).hash());
    }
    match v.ty().slots().hash {
        Some(f) => f(vm, v),
        None => Err(type_error(format!("unhashable type: '{}'", type_name(v)))),
    }
}

/// The identity hash CPython gives objects without `__hash__`: the address rotated by 4 bits.
pub fn identity_hash(v: Value) -> i64 {
    let h = v.bits().rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `a <op> b` as a value (may be any object for user types).
pub fn rich_compare(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    let (ta, tb) = (a.ty(), b.ty());
    let mut checked_reflected = false;
    if !std::ptr::eq(ta, tb) && tb.is_subtype(ta) {
        if let Some(f) = tb.slots().richcmp {
            checked_reflected = true;
            let r = f(vm, b, a, op.swapped())?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    }
    if let Some(f) = ta.slots().richcmp {
        let r = f(vm, a, b, op)?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    if !checked_reflected {
        if let Some(f) = tb.slots().richcmp {
            let r = f(vm, b, a, op.swapped())?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(obj::bool_value(a == b)),
        CmpOp::Ne => Ok(obj::bool_value(a != b)),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// `a <op> b` as a truth value.
pub fn compare_bool(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(op.from_ordering(a.as_small_int().cmp(&b.as_small_int())));
    }
    let r = rich_compare(vm, a, b, op)?;
    let t = is_true(vm, r);
    r.decref();
    t
}

/// `a == b` as a truth value, with the identity shortcut containers use (`x in [x]` is true
/// even for NaN).
pub fn eq(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    compare_bool(vm, a, b, CmpOp::Eq)
}

/// `bool(v)`.
pub fn is_true(vm: &mut Vm, v: Value) -> PyResult<bool> {
    if v == obj::bool_value(true) {
        return Ok(true);
    }
    if v == obj::bool_value(false) || v.is_none() {
        return Ok(false);
    }
    if v.is_small_int() {
        return Ok(v.as_small_int() != 0);
    }
    if v.is_float() {
        return Ok(v.as_float() != 0.0);
    }
    let s = v.ty().slots();
    if let Some(f) = s.bool {
        return f(vm, v);
    }
    if let Some(f) = s.len {
        return Ok(f(vm, v)? != 0);
    }
    Ok(true)
}

/// The symbol of a BINARY_OP argument for messages (`+`, `+=`, ...).
pub fn binop_symbol(op: u8) -> &'static str {
    crate::bytecode::opcode::BINOP_SYMBOLS.get(op as usize).copied().unwrap_or("?")
}

/// `a <op> b` for a BINARY_OP argument (in-place forms try the in-place slot first).
pub fn binary_op(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    if op >= 13 {
        if let Some(f) = a.ty().slots().binop {
            let r = f(vm, a, b, op)?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
        let r = binary_op1(vm, a, b, op - 13)?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
        return Err(binop_type_error(a, b, op));
    }
    let r = binary_op1(vm, a, b, op)?;
    if !r.is_not_implemented() {
        return Ok(r);
    }
    Err(binop_type_error(a, b, op))
}

/// Try both operands' slots (subclass first), returning NotImplemented if neither applies.
fn binary_op1(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    let (ta, tb) = (a.ty(), b.ty());
    let sa = ta.slots().binop;
    let sb = if std::ptr::eq(ta, tb) { None } else { tb.slots().binop };
    let sb = match (sa, sb) {
        (Some(x), Some(y)) if x as usize == y as usize => None,
        (_, y) => y,
    };
    if let Some(fa) = sa {
        if let Some(fb) = sb {
            if tb.is_subtype(ta) {
                let r = fb(vm, a, b, op)?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
                return fa(vm, a, b, op);
            }
        }
        let r = fa(vm, a, b, op)?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    if let Some(fb) = sb {
        return fb(vm, a, b, op);
    }
    Ok(obj::not_implemented())
}

/// The built-in sequence type `v` is (or derives from) that has CPython's sq_repeat /
/// sq_concat: its static name.
fn builtin_sequence_kind(v: Value) -> Option<&'static str> {
    if !v.is_ptr() {
        return None;
    }
    let mut t = Some(v.ty());
    while let Some(x) = t {
        if matches!(x.static_name, "str" | "bytes" | "bytearray" | "list" | "tuple" | "collections.deque" | "array.array") && !x.has_flag(obj::typeobj::TypeFlags::HEAPTYPE) {
            return Some(x.static_name);
        }
        t = x.base();
    }
    None
}

/// Whether `v` is a built-in sequence that repeats with `*` (CPython's sq_repeat).
fn is_repeatable_sequence(v: Value) -> bool {
    builtin_sequence_kind(v).is_some()
}

#[cold]
fn binop_type_error(a: Value, b: Value, op: u8) -> crate::vm::PyErr {
    if op == 5 || op == 18 {
        // `seq * x` where no __mul__/__rmul__ applied: the sequence-repeat error.
        if is_repeatable_sequence(a) {
            return type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(b)));
        }
        if is_repeatable_sequence(b) {
            return type_error(format!("can't multiply sequence by non-int of type '{}'", type_name(a)));
        }
    }
    if op == 0 || op == 13 {
        // `seq + x` where no __add__/__radd__ applied: the sequence's concatenation error
        // (CPython falls back to sq_concat).
        match builtin_sequence_kind(a) {
            Some(k @ ("str" | "list" | "tuple")) => {
                return type_error(format!("can only concatenate {k} (not \"{}\") to {k}", type_name(b)));
            }
            Some("bytes" | "bytearray") => return type_error(format!("can't concat {} to {}", type_name(b), type_name(a))),
            _ => {}
        }
    }
    if op == 8 || op == 21 {
        return type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            if op == 8 { "** or pow()" } else { "**=" },
            type_name(a),
            type_name(b)
        ));
    }
    type_error(format!("unsupported operand type(s) for {}: '{}' and '{}'", binop_symbol(op), type_name(a), type_name(b)))
}

/// `-v`, `+v`, `~v`, `abs(v)`.
pub fn unary(vm: &mut Vm, v: Value, op: UnOp) -> PyResult {
    if let Some(f) = v.ty().slots().unop {
        let r = f(vm, v, op)?;
        // A class's own `__neg__` may return NotImplemented as a plain value (CPython has no
        // fallback for unary operators); from a built-in slot it means "unsupported".
        if !r.is_not_implemented() || v.ty().has_flag(crate::objects::typeobj::TypeFlags::HEAPTYPE) {
            return Ok(r);
        }
    }
    let what = match op {
        UnOp::Neg => "unary -",
        UnOp::Pos => "unary +",
        UnOp::Invert => "unary ~",
        UnOp::Abs => "abs()",
    };
    Err(type_error(format!("bad operand type for {what}: '{}'", type_name(v))))
}

/// `getattr(obj, name)`; `name` is a str.
pub fn getattr(vm: &mut Vm, v: Value, name: Value) -> PyResult {
    match getattr_opt(vm, v, name)? {
        Some(r) => Ok(r),
        None => Err(no_attribute(v, name)),
    }
}

/// Attribute lookup that reports absence as `None` instead of raising (hasattr, getattr with
/// a default). Exceptions other than "not found" are still raised.
pub fn getattr_opt(vm: &mut Vm, v: Value, name: Value) -> PyResult<Option<Value>> {
    match v.ty().slots().getattr {
        Some(f) => f(vm, v, name),
        None => generic_getattr(vm, v, name),
    }
}

/// The standard AttributeError for `obj.name`.
#[cold]
pub fn no_attribute(v: Value, name: Value) -> crate::vm::PyErr {
    let n = obj::str::str_obj(name).to_string_lossy().into_owned();
    let msg = if v.ty().has_flag(obj::typeobj::TypeFlags::TYPE_SUBCLASS) {
        // SAFETY: v's type is a type subclass, so v is a type object.
        let t: &TypeObject = unsafe { v.as_ref() };
        format!("type object '{}' has no attribute '{n}'", t.tp_name())
    } else if crate::objects::module::is_module(v) {
        let d = crate::objects::module::module_dict(v);
        match crate::objects::dict::get_str(d, obj::str::intern("__name__")).and_then(obj::str::as_str) {
            Some(m) => format!("module '{m}' has no attribute '{n}'"),
            None => format!("module has no attribute '{n}'"),
        }
    } else {
        format!("'{}' object has no attribute '{n}'", type_name(v))
    };
    // name and obj let the traceback printer suggest a close match, as CPython's does.
    crate::objects::exception_types::attribute_error_with(&msg, v, name)
}

/// The instance `__dict__` slot of `v`, if its type has one. Instances that keep their
/// attributes in shape-indexed values move them into a dict first (see `objects/instance.rs`):
/// hot paths use `instance::shaped_get`/`shaped_set` before asking for the dict.
#[inline]
pub fn instance_dict_slot<'a>(v: Value) -> Option<&'a std::cell::Cell<Value>> {
    if !v.is_ptr() {
        return None;
    }
    let ty = v.ty();
    if ty.has_flag(crate::objects::typeobj::TypeFlags::SHAPED) {
        return Some(obj::instance::dict_slot(v));
    }
    let off = ty.dictoffset.get();
    if off == 0 {
        return None;
    }
    // SAFETY: the type says instances have a Cell<Value> at this offset.
    Some(unsafe { &*((v.as_ptr() as *const u8).add(off) as *const std::cell::Cell<Value>) })
}

/// Whether instances of `v`'s type have a `__dict__` (without materializing one).
#[inline]
pub fn has_instance_dict(v: Value) -> bool {
    v.is_ptr() && v.ty().dictoffset.get() != 0
}

/// `object.__getattribute__`: data descriptors on the type, then the instance dict, then other
/// type attributes (binding descriptors).
pub fn generic_getattr(vm: &mut Vm, v: Value, name: Value) -> PyResult<Option<Value>> {
    let ty = v.ty();
    let descr = ty.lookup(name);
    if let Some(d) = descr {
        let ds = d.ty().slots();
        if let (Some(get), Some(_)) = (ds.descr_get, ds.descr_set) {
            d.incref();
            let r = get(vm, d, v, ty.as_value());
            d.decref();
            return r.map(Some);
        }
    }
    let exact_name = name.is_ptr() && name.is_exact(&obj::STR_TYPE);
    if exact_name && obj::instance::is_shaped(v) {
        if let Ok(found) = obj::instance::shaped_get(v, name) {
            if let Some(x) = found {
                return Ok(Some(x.new_ref()));
            }
            return generic_getattr_class(vm, v, descr);
        }
    }
    if let Some(slot) = instance_dict_slot(v) {
        let dict = slot.get();
        if !dict.is_null() {
            let r = if exact_name {
                obj::dict::get_str(dict, name)
            } else {
                obj::dict::get(vm, dict, name)?
            };
            if let Some(x) = r {
                return Ok(Some(x.new_ref()));
            }
        }
    }
    generic_getattr_class(vm, v, descr)
}

/// The last step of `generic_getattr`: the class attribute `descr` found for the name (bound
/// through its `__get__`), if any.
#[inline]
fn generic_getattr_class(vm: &mut Vm, v: Value, descr: Option<Value>) -> PyResult<Option<Value>> {
    if let Some(d) = descr {
        if let Some(get) = d.ty().slots().descr_get {
            d.incref();
            let r = get(vm, d, v, v.ty().as_value());
            d.decref();
            return r.map(Some);
        }
        return Ok(Some(d.new_ref()));
    }
    Ok(None)
}

/// `object.__setattr__` / `__delattr__` (`value` NULL deletes).
pub fn generic_setattr(vm: &mut Vm, v: Value, name: Value, value: Value) -> PyResult<()> {
    let ty = v.ty();
    if let Some(d) = ty.lookup(name) {
        if let Some(set) = d.ty().slots().descr_set {
            d.incref();
            let r = set(vm, d, v, value);
            d.decref();
            return r;
        }
    }
    if !value.is_null() && obj::instance::is_shaped(v) && name.is_ptr() && name.is_exact(&obj::STR_TYPE) && obj::instance::shaped_set(v, name, value) {
        return Ok(());
    }
    match instance_dict_slot(v) {
        Some(slot) => {
            let mut dict = slot.get();
            if dict.is_null() {
                if value.is_null() {
                    return Err(no_attribute(v, name));
                }
                dict = obj::dict::new_dict();
                slot.set(dict);
            }
            if value.is_null() {
                if obj::dict::del(vm, dict, name)? {
                    Ok(())
                } else {
                    Err(no_attribute(v, name))
                }
            } else {
                obj::dict::set(vm, dict, name, value)
            }
        }
        None => {
            let n = obj::str::str_obj(name).to_string_lossy().into_owned();
            if ty.lookup(name).is_some() {
                Err(attribute_error(format!("'{}' object attribute '{n}' is read-only", ty.tp_name())))
            } else {
                Err(attribute_error(format!("'{}' object has no attribute '{n}'", ty.tp_name())))
            }
        }
    }
}

/// `obj.name = value`, or `del obj.name` when `value` is NULL.
pub fn setattr(vm: &mut Vm, v: Value, name: Value, value: Value) -> PyResult<()> {
    match v.ty().slots().setattr {
        Some(f) => f(vm, v, name, value),
        None => generic_setattr(vm, v, name, value),
    }
}

/// `obj[key]`.
pub fn getitem(vm: &mut Vm, v: Value, key: Value) -> PyResult {
    match v.ty().slots().getitem {
        Some(f) => f(vm, v, key),
        None => {
            if v.ty().has_flag(obj::typeobj::TypeFlags::TYPE_SUBCLASS) {
                let n = obj::str::intern("__class_getitem__");
                if let Some(m) = getattr_opt(vm, v, n)? {
                    let r = call(vm, m, &[key], &[]);
                    m.decref();
                    return r;
                }
                // SAFETY: v is a type object (its type is a type subclass).
                let t: &TypeObject = unsafe { v.as_ref() };
                return Err(type_error(format!("type '{}' is not subscriptable", t.tp_name())));
            }
            Err(type_error(format!("'{}' object is not subscriptable", type_name(v))))
        }
    }
}

/// `obj[key] = value`, or `del obj[key]` when `value` is NULL.
pub fn setitem(vm: &mut Vm, v: Value, key: Value, value: Value) -> PyResult<()> {
    match v.ty().slots().setitem {
        Some(f) => f(vm, v, key, value),
        None if value.is_null() => Err(type_error(format!("'{}' object doesn't support item deletion", type_name(v)))),
        None => Err(type_error(format!("'{}' object does not support item assignment", type_name(v)))),
    }
}

/// `len(v)`.
pub fn len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    match v.ty().slots().len {
        Some(f) => f(vm, v),
        None => Err(type_error(format!("object of type '{}' has no len()", type_name(v)))),
    }
}

/// `iter(v)`.
pub fn iter(vm: &mut Vm, v: Value) -> PyResult {
    let s = v.ty().slots();
    match s.iter {
        Some(f) => f(vm, v),
        None if s.getitem.is_some() => Ok(crate::objects::iter::new_seq_iter(v)),
        None => Err(type_error(format!("'{}' object is not iterable", type_name(v)))),
    }
}

/// `next(it)`: `Ok(None)` when exhausted. A StopIteration raised by the iterator (a
/// generator's `return value`, a Python `__next__`) also means exhaustion, as CPython's
/// `PyIter_Next` treats it; `builtins.next` calls the slot itself to keep the value.
pub fn next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    match it.ty().slots().next {
        Some(f) => match f(vm, it) {
            Err(e) if e.matches(&crate::objects::exceptions::STOP_ITERATION) => Ok(None),
            r => r,
        },
        None => Err(type_error(format!("'{}' object is not an iterator", type_name(it)))),
    }
}

/// Collect an iterable into a Vec of owned references.
pub fn collect(vm: &mut Vm, iterable: Value) -> PyResult<Vec<Value>> {
    if obj::list::is_list(iterable) && iterable.is_exact(&obj::LIST_TYPE) {
        let items = obj::list::items(iterable).clone();
        for &x in &items {
            x.incref();
        }
        return Ok(items);
    }
    if iterable.is_exact(&obj::TUPLE_TYPE) {
        let items = obj::tuple::items(iterable).to_vec();
        for &x in &items {
            x.incref();
        }
        return Ok(items);
    }
    // CPython gets the iterator first, then asks the iterable for a length hint.
    let it = iter(vm, iterable)?;
    let hint = match crate::objects::iterators::length_hint_for_build(vm, iterable, 0) {
        Ok(h) => h,
        Err(e) => {
            it.decref();
            return Err(e);
        }
    };
    let mut out = Vec::with_capacity(hint.min(1 << 16));
    loop {
        match crate::objects::iterators::next_fast(vm, it) {
            Ok(Some(x)) => out.push(x),
            Ok(None) => break,
            Err(e) => {
                it.decref();
                for x in out {
                    x.decref();
                }
                return Err(e);
            }
        }
    }
    it.decref();
    Ok(out)
}

/// `item in container`.
pub fn contains(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    if let Some(f) = container.ty().slots().contains {
        return f(vm, container, item);
    }
    let s = container.ty().slots();
    if s.iter.is_none() && s.getitem.is_none() {
        return Err(type_error(format!("argument of type '{}' is not iterable", type_name(container))));
    }
    let it = iter(vm, container)?;
    let r = loop {
        match crate::objects::iterators::next_fast(vm, it) {
            Ok(Some(x)) => {
                let e = eq(vm, x, item);
                x.decref();
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
    r
}

/// `f(*args, **kw)` in vectorcall form: `args` ends with the keyword values named by
/// `kwnames` (str values).
pub fn call(vm: &mut Vm, f: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    match f.ty().slots().call {
        Some(c) => c(vm, f, args, kwnames),
        None => Err(type_error(format!("'{}' object is not callable", type_name(f)))),
    }
}

/// Call a method by name: `obj.name(*args)`.
pub fn call_method(vm: &mut Vm, o: Value, name: &str, args: &[Value]) -> PyResult {
    let m = getattr(vm, o, obj::str::intern(name))?;
    let r = call(vm, m, args, &[]);
    m.decref();
    r
}

/// Whether `v` is callable.
pub fn is_callable(v: Value) -> bool {
    v.ty().slots().call.is_some()
}
