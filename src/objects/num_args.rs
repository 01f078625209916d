//! Shared plumbing of the number types' method tables: a small argument parser for built-in
//! methods (positional and keyword arguments with CPython's messages), and the macro that
//! makes the operator dunders (`__add__`, `__radd__`, `__lt__`, `__neg__`, ...) of a number
//! type from its slots, so `int.__add__(1, 2)` and `super().__add__(x)` work.

use super::object::ObjHeader;
use super::typeobj::TypeFlags;
use super::value::Value;
use crate::objects::exceptions::type_error;
use crate::vm::PyResult;

/// `dealloc` slot of the number types' heap objects (`T` is the layout made by `object::alloc`):
/// drops the object, then the reference an instance of a heap subclass holds to its type (so a
/// heap subclass can use this slot as its own).
///
/// # Safety
/// `p` was made by `object::alloc::<T>` and has no remaining references.
pub unsafe fn dealloc_number<T>(p: *mut ObjHeader) {
    // SAFETY: p is live until the drop below; its type outlives it.
    let ty = unsafe { &*(*p).ty.get() };
    // SAFETY: p came from Box::<T>::into_raw (caller's guarantee).
    drop(unsafe { Box::from_raw(p as *mut T) });
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        ty.as_value().decref();
    }
}

/// Parse `args`/`kwnames` (vectorcall form, `self` already removed) against `names`: the first
/// `posonly` are positional-only, those from `kwonly` on keyword-only, the first `required`
/// must be given. Missing arguments are NULL. Values are borrowed.
pub fn parse_args<const N: usize>(
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    names: [&str; N],
    posonly: usize,
    kwonly: usize,
    required: usize,
) -> PyResult<[Value; N]> {
    let mut out = [Value::NULL; N];
    let Some(npos) = args.len().checked_sub(kwnames.len()) else {
        return Err(type_error(format!("{fname}() got a malformed argument list")));
    };
    if npos > kwonly {
        if kwonly == N && kwnames.is_empty() {
            return Err(type_error(if N == 1 && required == 1 {
                format!("{fname}() takes exactly one argument ({npos} given)")
            } else {
                format!("{fname}() takes at most {N} argument{} ({npos} given)", if N == 1 { "" } else { "s" })
            }));
        }
        return Err(type_error(format!(
            "{fname}() takes at most {kwonly} positional argument{} ({npos} given)",
            if kwonly == 1 { "" } else { "s" }
        )));
    }
    out[..npos].copy_from_slice(&args[..npos]);
    for (i, &k) in kwnames.iter().enumerate() {
        let key = super::str::as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(j) if j >= posonly => {
                if !out[j].is_null() {
                    return Err(type_error(format!("argument for {fname}() given by name ('{key}') and position ({})", j + 1)));
                }
                out[j] = args[npos + i];
            }
            Some(_) if posonly == N => {
                return Err(type_error(format!("{fname}() takes no keyword arguments")));
            }
            _ => return Err(type_error(format!("'{key}' is an invalid keyword argument for {fname}()"))),
        }
    }
    for (j, v) in out.iter().enumerate().take(required) {
        if v.is_null() {
            return Err(type_error(format!("{fname}() missing required argument '{}' (pos {})", names[j], j + 1)));
        }
    }
    Ok(out)
}

/// Exactly `n` positional arguments after self and no keywords (for dunders).
pub fn exact_args(fname: &str, args: &[Value], kwnames: &[Value], n: usize) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    let got = args.len().saturating_sub(1);
    if got != n {
        return Err(type_error(if n == 0 {
            format!("{fname}() takes no arguments ({got} given)")
        } else {
            format!("expected {n} argument{}, got {got}", if n == 1 { "" } else { "s" })
        }));
    }
    Ok(())
}

/// The slots of the built-in type `v` is an instance of (its first non-heap type), for the
/// dunder methods that must not dispatch to a subclass's override.
pub fn static_slots(v: Value) -> &'static crate::objects::typeobj::Slots {
    let mut t: &'static crate::objects::typeobj::TypeObject = v.ty();
    while t.has_flag(crate::objects::typeobj::TypeFlags::HEAPTYPE) {
        match t.base() {
            Some(b) => t = b,
            None => break,
        }
    }
    t.slots()
}

/// A module `$m` of operator dunder functions (`add`, `radd`, ..., `lt`, ..., `neg`, `pow`,
/// `divmod`, `bool_`, `hash`, `repr`) made from a number type's slot functions (`$binop`,
/// `$richcmp`, `$unop`, `$pow3` for 3-argument `pow`, `$divmod`), for its method table
/// (each type lists the dunders CPython gives it).
macro_rules! number_dunders {
    ($m:ident, $binop:ident, $richcmp:ident, $unop:ident, $pow3:ident, $divmod:ident) => {
        #[allow(dead_code)]
        mod $m {
            use crate::objects::typeobj::{CmpOp, UnOp};
            use crate::objects::value::Value;
            use crate::vm::{PyResult, Vm};
            use crate::objects::num_args::exact_args;

            fn bin(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, op: u8, reflected: bool) -> PyResult {
                exact_args(name, args, kw, 1)?;
                if reflected { super::$binop(vm, args[1], args[0], op) } else { super::$binop(vm, args[0], args[1], op) }
            }
            fn cmp(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult {
                exact_args(name, args, kw, 1)?;
                super::$richcmp(vm, args[0], args[1], op)
            }
            fn un(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, op: UnOp) -> PyResult {
                exact_args(name, args, kw, 0)?;
                super::$unop(vm, args[0], op)
            }
            fn pow_any(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, reflected: bool) -> PyResult {
                if !kw.is_empty() {
                    return Err(crate::objects::exceptions::type_error(format!("{name}() takes no keyword arguments")));
                }
                if args.len() < 2 || args.len() > 3 {
                    return Err(crate::objects::exceptions::type_error(format!(
                        "expected 1 or 2 arguments, got {}", args.len().saturating_sub(1))));
                }
                let (a, b) = if reflected { (args[1], args[0]) } else { (args[0], args[1]) };
                match args.get(2) {
                    Some(&m) if !m.is_none() => super::$pow3(vm, a, b, m),
                    _ => super::$binop(vm, a, b, 8),
                }
            }
            pub fn add(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__add__", 0, false) }
            pub fn radd(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__radd__", 0, true) }
            pub fn and(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__and__", 1, false) }
            pub fn rand(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__rand__", 1, true) }
            pub fn floordiv(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__floordiv__", 2, false) }
            pub fn rfloordiv(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__rfloordiv__", 2, true) }
            pub fn lshift(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__lshift__", 3, false) }
            pub fn rlshift(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__rlshift__", 3, true) }
            pub fn mul(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__mul__", 5, false) }
            pub fn rmul(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__rmul__", 5, true) }
            pub fn mod_(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__mod__", 6, false) }
            pub fn rmod(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__rmod__", 6, true) }
            pub fn or(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__or__", 7, false) }
            pub fn ror(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__ror__", 7, true) }
            pub fn rshift(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__rshift__", 9, false) }
            pub fn rrshift(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__rrshift__", 9, true) }
            pub fn sub(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__sub__", 10, false) }
            pub fn rsub(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__rsub__", 10, true) }
            pub fn truediv(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__truediv__", 11, false) }
            pub fn rtruediv(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__rtruediv__", 11, true) }
            pub fn xor(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__xor__", 12, false) }
            pub fn rxor(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { bin(vm, a, k, "__rxor__", 12, true) }
            pub fn pow(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { pow_any(vm, a, k, "__pow__", false) }
            pub fn rpow(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { pow_any(vm, a, k, "__rpow__", true) }
            pub fn divmod(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
                exact_args("__divmod__", a, k, 1)?;
                super::$divmod(vm, a[0], a[1])
            }
            pub fn rdivmod(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
                exact_args("__rdivmod__", a, k, 1)?;
                super::$divmod(vm, a[1], a[0])
            }
            pub fn lt(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { cmp(vm, a, k, "__lt__", CmpOp::Lt) }
            pub fn le(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { cmp(vm, a, k, "__le__", CmpOp::Le) }
            pub fn eq(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { cmp(vm, a, k, "__eq__", CmpOp::Eq) }
            pub fn ne(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { cmp(vm, a, k, "__ne__", CmpOp::Ne) }
            pub fn gt(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { cmp(vm, a, k, "__gt__", CmpOp::Gt) }
            pub fn ge(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { cmp(vm, a, k, "__ge__", CmpOp::Ge) }
            pub fn neg(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { un(vm, a, k, "__neg__", UnOp::Neg) }
            pub fn pos(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { un(vm, a, k, "__pos__", UnOp::Pos) }
            pub fn abs(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { un(vm, a, k, "__abs__", UnOp::Abs) }
            pub fn invert(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult { un(vm, a, k, "__invert__", UnOp::Invert) }
            // These run the built-in type's own slot, never a subclass's override (which may
            // be what called them: `int.__repr__(self)` inside `__repr__`).
            pub fn bool_(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
                exact_args("__bool__", a, k, 0)?;
                let r = match crate::objects::num_args::static_slots(a[0]).bool {
                    Some(f) => f(vm, a[0])?,
                    None => crate::vm::ops::is_true(vm, a[0])?,
                };
                Ok(crate::objects::bool_value(r))
            }
            pub fn hash(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
                exact_args("__hash__", a, k, 0)?;
                let h = match crate::objects::num_args::static_slots(a[0]).hash {
                    Some(f) => f(vm, a[0])?,
                    None => crate::vm::ops::hash(vm, a[0])?,
                };
                Ok(crate::objects::int::int_from_i64(h))
            }
            pub fn repr(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
                exact_args("__repr__", a, k, 0)?;
                match crate::objects::num_args::static_slots(a[0]).repr {
                    Some(f) => f(vm, a[0]),
                    None => crate::vm::ops::repr(vm, a[0]),
                }
            }
        }
    };
}
pub(crate) use number_dunders;

