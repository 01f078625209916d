//! Iteration built-ins: iter (with the `callable_iterator` type of its sentinel form), next,
//! all, any, max, min, sorted.

use super::args::{exactly_one, positional, split};
use crate::objects::exceptions::{stop_iteration, type_error, value_error, STOP_ITERATION};
use crate::objects::object::{alloc, dealloc_box, ObjHeader};
use crate::objects::str::as_str;
use crate::objects::typeobj::{CmpOp, Slots, TypeObject};
use crate::objects::{self as obj, Owned, Value};
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

/// `iter(callable, sentinel)`'s iterator: calls `callable` until it returns `sentinel`.
#[repr(C)]
pub struct CallableIterator {
    pub header: ObjHeader,
    /// NULL once exhausted.
    pub callable: Cell<Value>,
    pub sentinel: Cell<Value>,
}

impl Drop for CallableIterator {
    fn drop(&mut self) {
        self.callable.get().decref();
        self.sentinel.get().decref();
    }
}

fn callable_iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    // SAFETY: the slot is only installed on CALLABLE_ITERATOR_TYPE.
    let c = unsafe { it.as_ref::<CallableIterator>() };
    let f = c.callable.get();
    if f.is_null() {
        return Ok(None);
    }
    f.incref();
    let f = Owned::new(f);
    let r = match ops::call(vm, f.get(), &[], &[]) {
        Ok(r) => r,
        Err(e) if e.matches(&STOP_ITERATION) => {
            exhaust(c);
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    let s = c.sentinel.get();
    if s.is_null() {
        return Ok(Some(r));
    }
    match ops::eq(vm, r, s) {
        Ok(true) => {
            r.decref();
            exhaust(c);
            Ok(None)
        }
        Ok(false) => Ok(Some(r)),
        Err(e) => {
            r.decref();
            Err(e)
        }
    }
}

fn exhaust(c: &CallableIterator) {
    let f = c.callable.replace(Value::NULL);
    let s = c.sentinel.replace(Value::NULL);
    f.decref();
    s.decref();
}

fn callable_iter_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    // SAFETY: the slot is only installed on CALLABLE_ITERATOR_TYPE.
    let c = unsafe { v.as_ref::<CallableIterator>() };
    for x in [c.callable.get(), c.sentinel.get()] {
        if !x.is_null() {
            visit(x);
        }
    }
}

pub static CALLABLE_ITERATOR_TYPE: TypeObject = TypeObject::new_static(
    "callable_iterator",
    Some(&crate::objects::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<CallableIterator>,
        traverse: Some(callable_iter_traverse),
        iter: Some(|_, v| Ok(v.new_ref())),
        next: Some(callable_iter_next),
        ..Slots::EMPTY
    },
    &[],
    &[],
);

/// `iter(obj)` / `iter(callable, sentinel)`.
pub fn builtin_iter(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("iter", args, kwnames, 1, 2)?;
    match a {
        [o] => ops::iter(vm, *o),
        [f, s] => {
            if !ops::is_callable(*f) {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            f.incref();
            s.incref();
            Ok(alloc(CallableIterator {
                header: ObjHeader::new(&CALLABLE_ITERATOR_TYPE),
                callable: Cell::new(*f),
                sentinel: Cell::new(*s),
            }))
        }
        _ => Err(type_error("iter expected at least 1 argument, got 0")),
    }
}

/// `next(iterator[, default])`.
pub fn builtin_next(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("next", args, kwnames, 1, 2)?;
    let it = a[0];
    let Some(next) = it.ty().slots().next else {
        return Err(type_error(format!("'{}' object is not an iterator", ops::type_name(it))));
    };
    // The slot itself, not ops::next: a StopIteration carrying a value must reach the caller.
    match next(vm, it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match a.get(1) {
            Some(d) => Ok(d.new_ref()),
            None => Err(stop_iteration(Value::NULL)),
        },
        Err(e) if e.matches(&STOP_ITERATION) && a.len() == 2 => Ok(a[1].new_ref()),
        Err(e) => Err(e),
    }
}

fn all_any(vm: &mut Vm, iterable: Value, want: bool) -> PyResult {
    let it = Owned::new(ops::iter(vm, iterable)?);
    while let Some(x) = ops::next(vm, it.get())? {
        let t = ops::is_true(vm, x);
        x.decref();
        if t? == want {
            return Ok(obj::bool_value(want));
        }
    }
    Ok(obj::bool_value(!want))
}

/// `all(iterable)`.
pub fn builtin_all(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = exactly_one("all", args, kwnames)?;
    all_any(vm, v, false)
}

/// `any(iterable)`.
pub fn builtin_any(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = exactly_one("any", args, kwnames)?;
    all_any(vm, v, true)
}

/// `max(...)` and `min(...)`: one iterable or several arguments, keyword-only `key` and
/// `default`.
fn min_max(vm: &mut Vm, args: &[Value], kwnames: &[Value], name: &str, op: CmpOp) -> PyResult {
    let (pos, kwv) = split(args, kwnames);
    if pos.is_empty() {
        return Err(type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if kwnames.len() > 2 {
        return Err(type_error(format!("{name}() takes at most 2 keyword arguments ({} given)", kwnames.len())));
    }
    let (mut key, mut default) = (Value::NULL, Value::NULL);
    for (i, &k) in kwnames.iter().enumerate() {
        match as_str(k) {
            Some("key") => key = kwv.get(i).copied().unwrap_or(Value::NULL),
            Some("default") => default = kwv.get(i).copied().unwrap_or(Value::NULL),
            _ => {
                let n = crate::objects::str::str_obj(k).to_string_lossy().into_owned();
                return Err(type_error(format!("'{n}' is an invalid keyword argument for {name}()")));
            }
        }
    }
    if key.is_none() {
        key = Value::NULL;
    }
    if pos.len() > 1 && !default.is_null() {
        return Err(type_error(format!("Cannot specify a default for {name}() with multiple positional arguments")));
    }
    let mut best: Option<(Owned, Owned)> = None; // (item, key value)
    let mut consider = |vm: &mut Vm, item: Owned| -> PyResult<()> {
        let kv = if key.is_null() { item.clone() } else { Owned::new(ops::call(vm, key, &[item.get()], &[])?) };
        let better = match &best {
            None => true,
            Some((_, bk)) => ops::compare_bool(vm, kv.get(), bk.get(), op)?,
        };
        if better {
            best = Some((item, kv));
        }
        Ok(())
    };
    if pos.len() == 1 {
        let it = Owned::new(ops::iter(vm, pos[0])?);
        while let Some(item) = ops::next(vm, it.get())? {
            consider(vm, Owned::new(item))?;
        }
    } else {
        for &item in pos {
            consider(vm, Owned::from_borrowed(item))?;
        }
    }
    match best {
        Some((item, _)) => Ok(item.into_value()),
        None if !default.is_null() => Ok(default.new_ref()),
        None => Err(value_error(format!("{name}() arg is an empty sequence"))),
    }
}

/// `max(iterable, *[, default=obj, key=func])` / `max(arg1, arg2, *args, *[, key=func])`.
pub fn builtin_max(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    min_max(vm, args, kwnames, "max", CmpOp::Gt)
}

/// `min(...)`, as `max`.
pub fn builtin_min(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    min_max(vm, args, kwnames, "min", CmpOp::Lt)
}

/// `sorted(iterable, /, *, key=None, reverse=False)`: `list(iterable)` sorted by the list
/// type's own `sort` (which parses `key`/`reverse` and words their errors).
pub fn builtin_sorted(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (pos, kwv) = split(args, kwnames);
    super::args::check_count("sorted", pos.len(), 1, 1)?;
    let items = ops::collect(vm, pos[0])?;
    let list = Owned::new(obj::list::list_from_vec(items));
    sort_list(vm, list.get(), kwv, kwnames)?;
    Ok(list.into_value())
}

/// `list.sort(**kw)` on `list` through the list type's `sort` method; `kwv` are the keyword
/// values named by `kwnames`.
pub fn sort_list(vm: &mut Vm, list: Value, kwv: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let m = Owned::new(ops::getattr(vm, list, crate::objects::str::intern("sort"))?);
    let r = ops::call(vm, m.get(), kwv, kwnames)?;
    r.decref();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::intern;

    fn int(v: Value) -> i64 {
        v.as_small_int()
    }

    // Expected values from python3: max(3, 9, 2) == 9, min(4, 1, 7) == 1,
    // max(1, 2, default=3) and max() messages.
    #[test]
    fn min_max_of_arguments() {
        let mut vm = Vm::new();
        let v = |i| Value::small_int(i);
        assert_eq!(int(builtin_max(&mut vm, &[v(3), v(9), v(2)], &[]).unwrap()), 9);
        assert_eq!(int(builtin_min(&mut vm, &[v(4), v(1), v(7)], &[]).unwrap()), 1);
        let e = builtin_max(&mut vm, &[v(1), v(2), v(3)], &[intern("default")]).unwrap_err();
        assert!(e.matches(&crate::objects::exceptions::TYPE_ERROR));
        let e = builtin_max(&mut vm, &[], &[]).unwrap_err();
        assert!(e.matches(&crate::objects::exceptions::TYPE_ERROR));
        let e = builtin_min(&mut vm, &[v(1), v(2)], &[intern("foo")]).unwrap_err();
        assert!(e.matches(&crate::objects::exceptions::TYPE_ERROR));
    }

    #[test]
    fn callable_iterator_stops_at_sentinel() {
        let mut vm = Vm::new();
        crate::builtins::init_builtins(&mut vm);
        // iter(len-of-"ab" ...) is awkward without Python code; use a builtin that returns a
        // constant: abs(-0) is 0, so iter(f, 0) over a callable returning 0 is empty.
        static ZERO: crate::objects::typeobj::MethodDef =
            crate::objects::typeobj::MethodDef::static_("zero", |_, _, _| Ok(Value::small_int(0)));
        let f = crate::objects::method::new_builtin_function(&ZERO, Value::NULL);
        let it = builtin_iter(&mut vm, &[f, Value::small_int(0)], &[]).unwrap();
        assert_eq!(it.ty().name(), "callable_iterator");
        assert!(ops::next(&mut vm, it).unwrap().is_none());
        let it2 = builtin_iter(&mut vm, &[f, Value::small_int(1)], &[]).unwrap();
        assert_eq!(ops::next(&mut vm, it2).unwrap().map(int), Some(0));
        it.decref();
        it2.decref();
        f.decref();
    }
}
