//! Interpreter support for exceptions: attributes attached when raising (`NameError.name`),
//! and the `except*` machinery (CHECK_EG_MATCH, PREP_RERAISE_STAR).

use crate::objects::exceptions::{self as exc, type_error};
use crate::objects::{self as obj, dict, none, tuple, Value};
use crate::vm::{ops, PyErr, PyResult, Vm};

/// Store attribute `name` = `value` in the exception's `__dict__`.
pub fn set_attr_hint(e: &PyErr, name: &str, value: Value) {
    let eo = exc::exc_obj(e.value());
    let mut d = eo.dict.get();
    if d.is_null() {
        d = dict::new_dict();
        eo.dict.set(d);
    }
    dict::set_str(d, obj::str::intern(name), value);
}

fn check_except_star_type(t: Value) -> PyResult<()> {
    let check = |x: Value| -> PyResult<()> {
        if !exc::is_exception_type(x) {
            return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
        // SAFETY: x is a type.
        let ty: &obj::TypeObject = unsafe { x.as_ref() };
        if ty.is_subtype(&exc::BASE_EXCEPTION_GROUP) {
            return Err(type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
        Ok(())
    };
    if tuple::is_tuple(t) {
        for &x in tuple::items(t) {
            check(x)?;
        }
        Ok(())
    } else {
        check(t)
    }
}

fn is_instance_any(e: Value, t: Value) -> bool {
    let one = |x: Value| {
        // SAFETY: checked by check_except_star_type.
        let ty: &obj::TypeObject = unsafe { x.as_ref() };
        e.is_instance_of(ty)
    };
    if tuple::is_tuple(t) {
        tuple::items(t).iter().any(|&x| one(x))
    } else {
        one(t)
    }
}

/// CHECK_EG_MATCH: split `e` by `t` into (rest, match); both new references (None when empty).
pub fn exception_group_match(vm: &mut Vm, e: Value, t: Value) -> PyResult<(Value, Value)> {
    check_except_star_type(t)?;
    if e.is_none() {
        return Ok((none(), none()));
    }
    if is_instance_any(e, t) {
        if e.is_instance_of(&exc::BASE_EXCEPTION_GROUP) {
            return Ok((none(), e.new_ref()));
        }
        // A naked exception matched by except*: wrap it in an ExceptionGroup.
        let excs = tuple::new_tuple(&[e]);
        let msg = obj::str::intern("");
        let r = ops::call(vm, exc::BASE_EXCEPTION_GROUP.as_value(), &[msg, excs], &[]);
        excs.decref();
        let g = r?;
        let tb = exc::exc_obj(e).traceback.get();
        if !tb.is_null() {
            exc::exc_obj(g).traceback.replace(tb.new_ref()).decref();
        }
        return Ok((none(), g));
    }
    if e.is_instance_of(&exc::BASE_EXCEPTION_GROUP) {
        let pair = ops::call_method(vm, e, "split", &[t])?;
        let items = tuple::items(pair);
        if items.len() != 2 {
            pair.decref();
            return Err(type_error("ExceptionGroup.split must return a 2-tuple"));
        }
        let (m, r) = (items[0].new_ref(), items[1].new_ref());
        pair.decref();
        return Ok((r, m));
    }
    Ok((e.new_ref(), none()))
}

/// PREP_RERAISE_STAR: from the original group and the list of exceptions raised or re-raised
/// by the except* clauses, the exception to raise at the end (None if nothing).
pub fn prep_reraise_star(vm: &mut Vm, orig: Value, excs: Value) -> PyResult {
    let raised: Vec<Value> = obj::list::items(excs).iter().copied().filter(|v| !v.is_none()).collect();
    if raised.is_empty() {
        return Ok(none());
    }
    if !orig.is_instance_of(&exc::BASE_EXCEPTION_GROUP) {
        return Ok(raised[0].new_ref());
    }
    // Re-raised parts of the original keep the original's structure; new exceptions are
    // grouped with it, as CPython's _PyExc_PrepReraiseStar does (simplified: re-raised
    // exceptions are those whose traceback is shared with the original).
    let mut reraised = Vec::new();
    let mut new = Vec::new();
    for &r in &raised {
        if r == orig || is_derived_from(r, orig) {
            reraised.push(r);
        } else {
            new.push(r);
        }
    }
    let mut parts: Vec<Value> = Vec::new();
    if !reraised.is_empty() {
        if reraised.len() == 1 {
            parts.push(reraised[0].new_ref());
        } else {
            parts.push(reraised[0].new_ref());
            for &x in &reraised[1..] {
                parts.push(x.new_ref());
            }
        }
    }
    for &n in &new {
        parts.push(n.new_ref());
    }
    if parts.len() == 1 {
        return Ok(parts.pop().unwrap_or_else(none));
    }
    let t = tuple::tuple_from_vec(parts);
    let msg = obj::str::intern("");
    let r = ops::call(vm, exc::BASE_EXCEPTION_GROUP.as_value(), &[msg, t], &[]);
    t.decref();
    r
}

fn is_derived_from(e: Value, orig: Value) -> bool {
    e.is_instance_of(&exc::BASE_EXCEPTION_GROUP) && exc::exc_obj(e).traceback.get() == exc::exc_obj(orig).traceback.get()
}
