//! `BaseExceptionGroup` / `ExceptionGroup` (PEP 654) as CPython 3.11 implements them:
//! construction (with the BaseExceptionGroup -> ExceptionGroup choice and its errors),
//! `message`, `exceptions`, `derive`, `subgroup`, `split`, and the matching `except*` uses
//! (`split_for_except_star`).

use super::exception_types::{
    base_init, base_new, extra_get, extra_set, field, init_method, new_method_check, positional, str_string,
    unary_method,
};
use super::exceptions::*;
use super::typeobj::{GetSetDef, MethodDef, TypeObject};
use super::value::Value;
use super::{none, Owned};
use crate::objects::str::new_str;
use crate::vm::{ops, PyResult, Vm};

/// Whether `v` is an exception group instance.
pub fn is_group(v: Value) -> bool {
    is_exception(v) && v.is_instance_of(&BASE_EXCEPTION_GROUP)
}

/// The `exceptions` tuple items of a group (empty if unset).
pub fn group_exceptions<'a>(v: Value) -> &'a [Value] {
    let t = extra_get(v, field::EG_EXCS);
    if t.is_null() || !super::tuple::is_tuple(t) {
        &[]
    } else {
        super::tuple::items(t)
    }
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
pub fn eg_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let pos = positional(args, kwnames);
    if pos.len() != 2 {
        return Err(type_error(format!("BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)", pos.len())));
    }
    let (message, excs) = (pos[0], pos[1]);
    if !super::str::is_str(message) {
        return Err(type_error(format!("BaseExceptionGroup.__new__() argument 1 must be str, not {}", ops::type_name(message))));
    }
    let s = excs.ty().slots();
    let is_seq = s.getitem.is_some() && !super::dict::is_dict(excs) && s.len.is_some();
    if !is_seq {
        return Err(type_error("second argument (exceptions) must be a sequence"));
    }
    let items = ops::collect(vm, excs)?;
    let tuple = Owned::new(super::tuple::tuple_from_vec(items));
    let items = super::tuple::items(tuple.get());
    if items.is_empty() {
        return Err(value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut nested_base = false;
    for (i, &x) in items.iter().enumerate() {
        if !is_exception(x) {
            return Err(value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        if !x.is_instance_of(&EXCEPTION) {
            nested_base = true;
        }
    }
    let mut cls = ty;
    if std::ptr::eq(ty, &EXCEPTION_GROUP) {
        if nested_base {
            return Err(type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if std::ptr::eq(ty, &BASE_EXCEPTION_GROUP) {
        if !nested_base {
            cls = &EXCEPTION_GROUP;
        }
    } else if nested_base && ty.is_subtype(&EXCEPTION) {
        return Err(type_error(format!("Cannot nest BaseExceptions in '{}'", ty.tp_name())));
    }
    let v = base_new(vm, cls, pos, &[])?;
    extra_set(v, field::EG_MSG, message);
    extra_set(v, field::EG_EXCS, tuple.get());
    Ok(v)
}

/// `BaseExceptionGroup.__init__`: no keywords; sets `args`.
pub fn eg_init(vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    base_init(vm, v, args, kwnames)
}

/// `str(eg)`: `message (N sub-exception[s])`.
pub fn eg_str(vm: &mut Vm, v: Value) -> PyResult {
    let msg = extra_get(v, field::EG_MSG);
    let m = str_string(vm, if msg.is_null() { none() } else { msg })?;
    let n = group_exceptions(v).len();
    Ok(new_str(&format!("{m} ({n} sub-exception{})", if n > 1 { "s" } else { "" })))
}

/// `eg.derive(excs)`: `BaseExceptionGroup(eg.message, excs)`.
pub fn derive(vm: &mut Vm, eg: Value, excs: Value) -> PyResult {
    let msg = extra_get(eg, field::EG_MSG);
    let msg = if msg.is_null() { none() } else { msg };
    eg_new(vm, &BASE_EXCEPTION_GROUP, &[msg, excs], &[]).and_then(|v| {
        eg_init(vm, v, &[msg, excs], &[]).map(|_| v).inspect_err(|_| v.decref())
    })
}

/// How `split`/`subgroup` (and `except*`) decide a leaf matches.
enum Matcher {
    /// An exception type or a tuple of them (borrowed).
    Types(Value),
    /// A callable predicate (borrowed).
    Predicate(Value),
}

fn is_exc_type_or_tuple(v: Value) -> bool {
    if is_exception_type(v) {
        return true;
    }
    super::tuple::is_tuple(v) && super::tuple::items(v).iter().all(|&t| is_exception_type(t))
}

fn make_matcher(cond: Value) -> PyResult<Matcher> {
    if is_exc_type_or_tuple(cond) {
        return Ok(Matcher::Types(cond));
    }
    if ops::is_callable(cond) && super::type_type::as_type(cond).is_none() {
        return Ok(Matcher::Predicate(cond));
    }
    Err(type_error("expected a function, exception type or tuple of exception types"))
}

/// Whether exception instance `exc` is an instance of the type or one of the tuple's types.
pub fn exception_matches(exc: Value, types: Value) -> bool {
    matches_nested(exc, types, 0)
}

/// Nested tuples are followed to a bounded depth (no unbounded native recursion).
fn matches_nested(exc: Value, types: Value, depth: usize) -> bool {
    if let Some(t) = super::type_type::as_type(types) {
        return exc.is_instance_of(t);
    }
    if depth < 1000 && super::tuple::is_tuple(types) {
        return super::tuple::items(types).iter().any(|&t| matches_nested(exc, t, depth + 1));
    }
    false
}

fn matches(vm: &mut Vm, m: &Matcher, exc: Value) -> PyResult<bool> {
    match m {
        Matcher::Types(t) => Ok(exception_matches(exc, *t)),
        Matcher::Predicate(f) => {
            let r = Owned::new(ops::call(vm, *f, &[exc], &[])?);
            ops::is_true(vm, r.get())
        }
    }
}

/// A derived group over `excs` (owned), carrying `orig`'s traceback, cause, context and notes;
/// NULL when `excs` is empty.
fn subset(vm: &mut Vm, orig: Value, excs: Vec<Value>) -> PyResult<Value> {
    if excs.is_empty() {
        return Ok(Value::NULL);
    }
    let list = Owned::new(super::list::list_from_vec(excs));
    let m = Owned::new(ops::call_method(vm, orig, "derive", &[list.get()])?);
    if !is_group(m.get()) {
        return Err(type_error("derive must return an instance of BaseExceptionGroup"));
    }
    let (o, n) = (exc_obj(orig), exc_obj(m.get()));
    for (src, dst) in [(&o.traceback, &n.traceback), (&o.context, &n.context), (&o.cause, &n.cause)] {
        let x = src.get();
        x.incref();
        dst.replace(x).decref();
    }
    let notes_name = super::str::intern("__notes__");
    if let Some(notes) = ops::getattr_opt(vm, orig, notes_name)? {
        let notes = Owned::new(notes);
        let s = notes.get().ty().slots();
        if s.getitem.is_some() && !super::dict::is_dict(notes.get()) {
            let copy = Owned::new(super::list::list_from_vec(ops::collect(vm, notes.get())?));
            ops::setattr(vm, m.get(), notes_name, copy.get())?;
        }
    }
    Ok(m.into_value())
}

/// Split `exc` by `m`: (matching part, rest), each NULL when empty; `want_rest` false skips
/// building the rest (subgroup).
fn split_recursive(vm: &mut Vm, exc: Value, m: &Matcher, want_rest: bool, depth: usize) -> PyResult<(Value, Value)> {
    if matches(vm, m, exc)? {
        return Ok((exc.new_ref(), Value::NULL));
    }
    if !is_group(exc) {
        return Ok((Value::NULL, if want_rest { exc.new_ref() } else { Value::NULL }));
    }
    if depth > vm.recursion_limit {
        return Err(recursion_error("maximum recursion depth exceeded while splitting an exception group"));
    }
    let children: Vec<Value> = group_exceptions(exc).to_vec();
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    let mut failure = None;
    for c in children {
        match split_recursive(vm, c, m, want_rest, depth + 1) {
            Ok((a, b)) => {
                if !a.is_null() {
                    matched.push(a);
                }
                if !b.is_null() {
                    rest.push(b);
                }
            }
            Err(e) => {
                failure = Some(e);
                break;
            }
        }
    }
    if let Some(e) = failure {
        for x in matched.into_iter().chain(rest) {
            x.decref();
        }
        return Err(e);
    }
    let a = match subset(vm, exc, matched) {
        Ok(a) => a,
        Err(e) => {
            for x in rest {
                x.decref();
            }
            return Err(e);
        }
    };
    let b = if want_rest {
        match subset(vm, exc, rest) {
            Ok(b) => b,
            Err(e) => {
                a.decref();
                return Err(e);
            }
        }
    } else {
        Value::NULL
    };
    Ok((a, b))
}

fn null_to_none(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        v
    }
}

/// The (match, rest) of `except* T` on `exc` (an exception group or a naked exception; a
/// naked match is wrapped as CPython does: `ExceptionGroup("", [exc])`). NULL parts mean none.
pub fn split_for_except_star(vm: &mut Vm, exc: Value, types: Value) -> PyResult<(Value, Value)> {
    if !is_group(exc) {
        if exception_matches(exc, types) {
            let l = Owned::new(super::list::new_list(&[exc]));
            let msg = Owned::new(new_str(""));
            let g = eg_new(vm, &BASE_EXCEPTION_GROUP, &[msg.get(), l.get()], &[])?;
            eg_init(vm, g, &[msg.get(), l.get()], &[])?;
            let t = exc_obj(exc).traceback.get();
            t.incref();
            exc_obj(g).traceback.replace(t).decref();
            return Ok((g, Value::NULL));
        }
        return Ok((Value::NULL, exc.new_ref()));
    }
    split_recursive(vm, exc, &Matcher::Types(types), true, 0)
}

fn m_eg_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let t = new_method_check(args, &BASE_EXCEPTION_GROUP)?;
    eg_new(vm, t, &args[1..], kwnames)
}
init_method!(m_eg_init, eg_init, &BASE_EXCEPTION_GROUP);
unary_method!(m_eg_str, eg_str, &BASE_EXCEPTION_GROUP, "__str__");

fn eg_self(args: &[Value], name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&s) if is_group(s) => Ok(s),
        _ => Err(type_error(format!("descriptor '{name}' requires a 'BaseExceptionGroup' object"))),
    }
}

fn one_arg(args: &[Value], name: &str) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!("BaseExceptionGroup.{name}() takes exactly one argument ({} given)", args.len() - 1)));
    }
    Ok(args[1])
}

fn m_derive(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = eg_self(args, "derive")?;
    let excs = one_arg(args, "derive")?;
    derive(vm, s, excs)
}

fn m_split(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = eg_self(args, "split")?;
    let m = make_matcher(one_arg(args, "split")?)?;
    let (a, b) = split_recursive(vm, s, &m, true, 0)?;
    Ok(super::tuple::tuple_from_vec(vec![null_to_none(a), null_to_none(b)]))
}

fn m_subgroup(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = eg_self(args, "subgroup")?;
    let m = make_matcher(one_arg(args, "subgroup")?)?;
    let (a, _) = split_recursive(vm, s, &m, false, 0)?;
    Ok(null_to_none(a))
}

fn m_class_getitem(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    // `BaseExceptionGroup[T]` is a types.GenericAlias in CPython; without it, the class itself.
    Ok(args.first().copied().unwrap_or_else(none).new_ref())
}

pub(crate) static GROUP_METHODS: [MethodDef; 7] = [
    MethodDef::static_("__new__", m_eg_new),
    MethodDef::method("__init__", m_eg_init),
    MethodDef::method("__str__", m_eg_str),
    MethodDef::method("derive", m_derive),
    MethodDef::method("split", m_split),
    MethodDef::method("subgroup", m_subgroup),
    MethodDef::class("__class_getitem__", m_class_getitem),
];

fn g_message(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(null_to_none(extra_get(v, field::EG_MSG)).new_ref())
}
fn g_exceptions(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(null_to_none(extra_get(v, field::EG_EXCS)).new_ref())
}

pub(crate) static GROUP_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "message", get: g_message, set: None },
    GetSetDef { name: "exceptions", get: g_exceptions, set: None },
];
