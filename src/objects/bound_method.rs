//! The `method` type: a function bound to an instance (`a.f`), made by a Python function's
//! `__get__` and by `classmethod`. Calling it calls the function with `__self__` prepended.

use super::object::{alloc, dealloc_box, ObjHeader};
use super::typeobj::{CmpOp, GetSetDef, Slots, TypeObject};
use super::value::Value;
use crate::objects::exceptions::type_error;
use crate::objects::str::new_str;
use crate::vm::{ops, PyResult, Vm};

#[repr(C)]
pub struct BoundMethod {
    pub header: ObjHeader,
    /// `__func__` (owned).
    pub func: Value,
    /// `__self__` (owned).
    pub self_: Value,
}

impl Drop for BoundMethod {
    fn drop(&mut self) {
        self.func.decref();
        self.self_.decref();
    }
}

/// A new bound method (new references to `func` and `self_` are taken). The function type's
/// `__get__` calls this.
pub fn new_bound_method(func: Value, self_: Value) -> Value {
    func.incref();
    self_.incref();
    alloc(BoundMethod { header: ObjHeader::new(&METHOD_TYPE), func, self_ })
}

#[inline]
pub fn is_bound_method(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&METHOD_TYPE)
}

/// The bound method behind `v` (caller checked `is_bound_method`).
#[inline(always)]
pub fn bound<'a>(v: Value) -> &'a BoundMethod {
    // SAFETY: caller checked the type.
    unsafe { v.as_ref::<BoundMethod>() }
}

/// Run `f` with `self_` prepended to `args`, without allocating for short argument lists.
#[inline]
pub fn with_self<R>(self_: Value, args: &[Value], f: impl FnOnce(&[Value]) -> R) -> R {
    if args.len() < 8 {
        let mut buf = [Value::NULL; 8];
        buf[0] = self_;
        buf[1..=args.len()].copy_from_slice(args);
        f(&buf[..=args.len()])
    } else {
        let mut v = Vec::with_capacity(args.len() + 1);
        v.push(self_);
        v.extend_from_slice(args);
        f(&v)
    }
}

fn method_call(vm: &mut Vm, m: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let b = bound(m);
    let (func, self_) = (b.func, b.self_);
    // Keep both alive even if the call drops the last other reference to the method.
    func.incref();
    self_.incref();
    let r = with_self(self_, args, |a| ops::call(vm, func, a, kwnames));
    func.decref();
    self_.decref();
    r
}

/// `__qualname__` (else `__name__`, else "?") of a callable, for reprs.
pub fn callable_name(vm: &mut Vm, f: Value) -> String {
    for n in ["__qualname__", "__name__"] {
        if let Ok(Some(v)) = ops::getattr_opt(vm, f, super::str::intern(n)) {
            let s = super::str::as_str(v).map(|s| s.to_string());
            v.decref();
            if let Some(s) = s {
                return s;
            }
        }
    }
    "?".to_string()
}

fn method_repr(vm: &mut Vm, m: Value) -> PyResult {
    let b = bound(m);
    let name = callable_name(vm, b.func);
    let r = ops::repr(vm, b.self_)?;
    let s = format!("<bound method {name} of {}>", super::str::str_obj(r).to_string_lossy());
    r.decref();
    Ok(new_str(&s))
}

fn method_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !is_bound_method(b) {
        return Ok(super::not_implemented());
    }
    let (x, y) = (bound(a), bound(b));
    let eq = x.self_ == y.self_ && ops::eq(vm, x.func, y.func)?;
    Ok(super::bool_value(if op == CmpOp::Eq { eq } else { !eq }))
}

fn method_hash(vm: &mut Vm, m: Value) -> PyResult<i64> {
    let b = bound(m);
    let h = ops::identity_hash(b.self_) ^ ops::hash(vm, b.func)?;
    Ok(if h == -1 { -2 } else { h })
}

/// Attributes: `__func__`/`__self__`, then the method type's own, then the function's
/// (`m.__name__`, `m.__doc__`).
fn method_getattr(vm: &mut Vm, m: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(r) = ops::generic_getattr(vm, m, name)? {
        return Ok(Some(r));
    }
    ops::getattr_opt(vm, bound(m).func, name)
}

fn method_get_func(_vm: &mut Vm, m: Value) -> PyResult {
    Ok(bound(m).func.new_ref())
}
fn method_get_self(_vm: &mut Vm, m: Value) -> PyResult {
    Ok(bound(m).self_.new_ref())
}

fn method_traverse(m: Value, visit: &mut dyn FnMut(Value)) {
    let b = bound(m);
    visit(b.func);
    visit(b.self_);
}

/// `types.MethodType(func, obj)`.
fn method_new(_vm: &mut Vm, _ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() {
        return Err(type_error("method() takes no keyword arguments"));
    }
    if args.len() != 2 {
        return Err(type_error(format!("method expected 2 arguments, got {}", args.len())));
    }
    if !ops::is_callable(args[0]) {
        return Err(type_error("first argument must be callable"));
    }
    if args[1].is_none() {
        return Err(type_error("instance must not be None"));
    }
    Ok(new_bound_method(args[0], args[1]))
}

static METHOD_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "__func__", get: method_get_func, set: None },
    GetSetDef { name: "__self__", get: method_get_self, set: None },
];

pub static METHOD_TYPE: TypeObject = TypeObject::new_static(
    "method",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<BoundMethod>,
        traverse: Some(method_traverse),
        call: Some(method_call),
        repr: Some(method_repr),
        richcmp: Some(method_richcmp),
        hash: Some(method_hash),
        getattr: Some(method_getattr),
        new: Some(method_new),
        ..Slots::EMPTY
    },
    &[],
    &METHOD_GETSETS,
);

/// Whether `v` is a bound method of either kind (Python `method` or a bound built-in).
pub fn is_bound_builtin_or_method(v: Value) -> bool {
    is_bound_method(v) || (v.is_ptr() && v.is_exact(&super::method::BUILTIN_FUNCTION_TYPE))
}
