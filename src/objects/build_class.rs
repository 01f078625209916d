//! `__build_class__(func, name, *bases, metaclass=None, **kwds)`: what a `class` statement
//! calls. Resolves `__mro_entries__`, picks the metaclass, asks it for the namespace
//! (`__prepare__`), runs the class body in it, calls the metaclass, and checks the
//! `__class__` cell was filled.

use super::object::Owned;
use super::str::{intern, is_str};
use super::type_type::as_type;
use super::value::Value;
use super::{dict, tuple, TYPE_TYPE};
use crate::objects::exceptions::{runtime_error, type_error};
use crate::vm::{ops, PyResult, Vm};

/// Replace bases that are not types but have `__mro_entries__` by what it returns. `None`
/// when nothing changed.
fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let mut out: Option<Vec<Value>> = None;
    let orig = Owned::new(tuple::new_tuple(bases));
    for (i, &b) in bases.iter().enumerate() {
        if as_type(b).is_some() {
            if let Some(o) = out.as_mut() {
                o.push(b.new_ref());
            }
            continue;
        }
        let me = match ops::getattr_opt(vm, b, intern("__mro_entries__"))? {
            Some(m) => Owned::new(m),
            None => {
                if let Some(o) = out.as_mut() {
                    o.push(b.new_ref());
                }
                continue;
            }
        };
        let r = Owned::new(ops::call(vm, me.get(), &[orig.get()], &[])?);
        if !tuple::is_tuple(r.get()) {
            release(out);
            return Err(type_error("__mro_entries__ must return a tuple"));
        }
        let o = out.get_or_insert_with(|| bases[..i].iter().map(|v| v.new_ref()).collect());
        for &x in tuple::items(r.get()) {
            o.push(x.new_ref());
        }
    }
    Ok(out)
}

fn release(v: Option<Vec<Value>>) {
    for x in v.into_iter().flatten() {
        x.decref();
    }
}

/// The `__build_class__` built-in (a `NativeFn`).
pub fn build_class(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let npos = args.len() - kwnames.len();
    if npos < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let (func, name) = (args[0], args[1]);
    if !ops::is_callable(func) {
        return Err(type_error("__build_class__: func must be a function"));
    }
    if !is_str(name) {
        return Err(type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &args[2..npos];
    // Keywords: `metaclass` is taken out; the rest go to __prepare__ and the metaclass.
    let mut meta: Option<Value> = None;
    let mut kw_vals: Vec<Value> = Vec::new();
    let mut kw_names: Vec<Value> = Vec::new();
    for (&k, &v) in kwnames.iter().zip(&args[npos..]) {
        if super::str::as_str(k) == Some("metaclass") {
            meta = Some(v);
        } else {
            kw_names.push(k);
            kw_vals.push(v);
        }
    }
    let resolved = resolve_bases(vm, orig_bases)?;
    let changed = resolved.is_some();
    let bases = Owned::new(match resolved {
        Some(v) => tuple::tuple_from_vec(v),
        None => tuple::new_tuple(orig_bases),
    });
    let base_items = tuple::items(bases.get());

    // The metaclass: explicit, else the type of the first base, else `type`; when it is a
    // class, the most derived of it and the bases' metaclasses.
    let (meta, is_class) = match meta {
        Some(m) => (m, as_type(m).is_some()),
        None => match base_items.first() {
            Some(&b) => (b.ty().as_value(), true),
            None => (TYPE_TYPE.as_value(), true),
        },
    };
    let meta = if is_class {
        // SAFETY: is_class says meta is a type object.
        let mt = unsafe { meta.as_ref::<super::TypeObject>() };
        super::heaptype::calculate_metaclass(mt, base_items)?.as_value()
    } else {
        meta
    };
    let meta = Owned::from_borrowed(meta);

    // The namespace.
    let mut pa = Vec::with_capacity(2 + kw_vals.len());
    pa.push(name);
    pa.push(bases.get());
    pa.extend_from_slice(&kw_vals);
    let ns = match ops::getattr_opt(vm, meta.get(), intern("__prepare__"))? {
        Some(p) => {
            let p = Owned::new(p);
            Owned::new(ops::call(vm, p.get(), &pa, &kw_names)?)
        }
        None => Owned::new(dict::new_dict()),
    };
    if !ns.get().ty().slots().getitem.is_some() && !dict::is_dict(ns.get()) {
        let who = match as_type(meta.get()) {
            Some(t) if is_class => format!("{}.__prepare__()", t.name()),
            _ => "<metaclass>.__prepare__()".to_string(),
        };
        return Err(type_error(format!("{who} must return a mapping, not {}", ops::type_name(ns.get()))));
    }

    let cell = Owned::new(crate::vm::interp_api::run_class_body(vm, func, ns.get())?);
    if changed {
        let ob = Owned::new(tuple::new_tuple(orig_bases));
        ops::setitem(vm, ns.get(), intern("__orig_bases__"), ob.get())?;
    }
    let mut ca = Vec::with_capacity(3 + kw_vals.len());
    ca.push(name);
    ca.push(bases.get());
    ca.push(ns.get());
    ca.extend_from_slice(&kw_vals);
    let cls = Owned::new(ops::call(vm, meta.get(), &ca, &kw_names)?);
    if as_type(cls.get()).is_some() && super::cell::is_cell(cell.get()) {
        let content = super::cell::cell_get(cell.get());
        if content != cls.get() {
            let cls_repr = Owned::new(ops::repr(vm, cls.get())?);
            let name_repr = Owned::new(ops::repr(vm, name)?);
            let cr = super::str::str_obj(cls_repr.get()).to_string_lossy().into_owned();
            let nr = super::str::str_obj(name_repr.get()).to_string_lossy().into_owned();
            if content.is_null() {
                return Err(runtime_error(format!(
                    "__class__ not set defining {nr} as {cr}. Was __classcell__ propagated to type.__new__?"
                )));
            }
            let got = Owned::new(ops::repr(vm, content)?);
            let g = super::str::str_obj(got.get()).to_string_lossy().into_owned();
            return Err(type_error(format!("__class__ set to {g} defining {nr} as {cr}")));
        }
    }
    Ok(cls.into_value())
}
