//! Interpreter support for `except*` (CHECK_EG_MATCH, PREP_RERAISE_STAR).

use crate::objects::exceptions::{self as exc, type_error};
use crate::objects::{self as obj, none, tuple, Value};
use crate::vm::{ops, PyResult, Vm};

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

/// The leaf exceptions of `e` (itself if not a group), by identity.
fn collect_leaves(vm: &mut Vm, e: Value, out: &mut Vec<Value>) -> PyResult<()> {
    if e.is_instance_of(&exc::BASE_EXCEPTION_GROUP) {
        let subs = ops::getattr(vm, e, obj::str::intern("exceptions"))?;
        let items: Vec<Value> = if tuple::is_tuple(subs) { tuple::items(subs).to_vec() } else { Vec::new() };
        for x in items {
            collect_leaves(vm, x, out)?;
        }
        subs.decref();
    } else {
        out.push(e);
    }
    Ok(())
}

/// The part of group `eg` whose leaves are in `keep`, with `eg`'s nesting (CPython's
/// `exception_group_projection`): `eg` itself when every leaf is kept, a derived group (with
/// the original's traceback, cause, context and notes) when some are, None when none are.
fn project(vm: &mut Vm, eg: Value, keep: &[Value]) -> PyResult<Option<Value>> {
    if !eg.is_instance_of(&exc::BASE_EXCEPTION_GROUP) {
        return Ok(keep.contains(&eg).then(|| eg.new_ref()));
    }
    let subs = obj::Owned::new(ops::getattr(vm, eg, obj::str::intern("exceptions"))?);
    let items: Vec<Value> = if tuple::is_tuple(subs.get()) { tuple::items(subs.get()).to_vec() } else { Vec::new() };
    let mut parts = Vec::new();
    for &x in &items {
        match project(vm, x, keep) {
            Ok(Some(p)) => parts.push(p),
            Ok(None) => {}
            Err(e) => {
                for p in parts {
                    p.decref();
                }
                return Err(e);
            }
        }
    }
    if parts.is_empty() {
        return Ok(None);
    }
    if parts.len() == items.len() && parts.iter().zip(&items).all(|(a, b)| a == b) {
        for p in parts {
            p.decref();
        }
        return Ok(Some(eg.new_ref()));
    }
    let list = obj::list::list_from_vec(parts);
    let r = ops::call_method(vm, eg, "derive", &[list]);
    list.decref();
    let d = r?;
    if exc::is_exception(d) {
        let (src, dst) = (exc::exc_obj(eg), exc::exc_obj(d));
        for (a, b) in [(&src.traceback, &dst.traceback), (&src.cause, &dst.cause), (&src.context, &dst.context)] {
            let v = a.get();
            if !v.is_null() {
                b.replace(v.new_ref()).decref();
            }
        }
        if let Some(notes) = ops::getattr_opt(vm, eg, obj::str::intern("__notes__"))? {
            let r = ops::setattr(vm, d, obj::str::intern("__notes__"), notes);
            notes.decref();
            r?;
        }
    }
    Ok(Some(d))
}

/// PREP_RERAISE_STAR: from the original group and the list of exceptions raised or re-raised
/// by the except* clauses, the exception to raise at the end (None if nothing): re-raised
/// parts keep the original group's structure; new exceptions are grouped with them.
pub fn prep_reraise_star(vm: &mut Vm, orig: Value, excs: Value) -> PyResult {
    let raised: Vec<Value> = obj::list::items(excs).iter().copied().filter(|v| !v.is_none()).collect();
    if raised.is_empty() {
        return Ok(none());
    }
    if !orig.is_instance_of(&exc::BASE_EXCEPTION_GROUP) {
        // A naked exception caught by except*: only one clause can have raised.
        return Ok(raised[0].new_ref());
    }
    let mut orig_leaves = Vec::new();
    collect_leaves(vm, orig, &mut orig_leaves)?;
    let mut reraised_leaves = Vec::new();
    let mut new_raises = Vec::new();
    for &r in &raised {
        let mut leaves = Vec::new();
        collect_leaves(vm, r, &mut leaves)?;
        if !leaves.is_empty() && leaves.iter().all(|l| orig_leaves.contains(l)) {
            reraised_leaves.extend(leaves);
        } else {
            new_raises.push(r);
        }
    }
    let reraised = project(vm, orig, &reraised_leaves)?;
    if new_raises.is_empty() {
        return Ok(reraised.unwrap_or_else(none));
    }
    let mut all: Vec<Value> = new_raises.iter().map(|v| v.new_ref()).collect();
    if let Some(r) = reraised {
        all.push(r);
    }
    if all.len() == 1 {
        return Ok(all.pop().unwrap_or_else(none));
    }
    let list = obj::list::list_from_vec(all);
    let msg = obj::str::intern("");
    let r = ops::call(vm, exc::BASE_EXCEPTION_GROUP.as_value(), &[msg, list], &[]);
    list.decref();
    r
}
