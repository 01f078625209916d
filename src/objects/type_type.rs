//! `type` and `object`: the two types at the root of everything. `type.__call__` (making an
//! instance: `__new__` then `__init__`), attribute lookup on types, and `object`'s default
//! behaviour (identity equality and hash, the default repr, generic attributes).

use super::object::ObjHeader;
use super::typeobj::{CmpOp, GetSetDef, Slots, TypeFlags, TypeObject};
use super::value::Value;
use crate::objects::exceptions::{attribute_error, type_error};
use crate::objects::str::new_str;
use crate::vm::{ops, PyResult, Vm};

/// The type of `v` as a type object, when `v` is a type.
#[inline]
pub fn as_type<'a>(v: Value) -> Option<&'a TypeObject> {
    if v.is_ptr() && v.ty().has_flag(TypeFlags::TYPE_SUBCLASS) {
        // SAFETY: instances of type (subclasses) have the TypeObject layout.
        Some(unsafe { v.as_ref::<TypeObject>() })
    } else {
        None
    }
}

fn type_call(vm: &mut Vm, t: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let ty = match as_type(t) {
        Some(ty) => ty,
        None => return Err(type_error("descriptor '__call__' requires a 'type' object")),
    };
    if std::ptr::eq(ty, &TYPE_TYPE) && args.len() == 1 && kwnames.is_empty() {
        return Ok(args[0].ty().as_value().new_ref());
    }
    let new = match ty.slots().new {
        Some(n) => n,
        None => return Err(type_error(format!("cannot create '{}' instances", ty.tp_name()))),
    };
    let o = new(vm, ty, args, kwnames)?;
    if o.ty().is_subtype(ty) {
        if let Some(init) = o.ty().slots().init {
            if let Err(e) = init(vm, o, args, kwnames) {
                o.decref();
                return Err(e);
            }
        }
    }
    Ok(o)
}

fn type_repr(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    let module = type_module_name(ty);
    if module == "builtins" {
        Ok(new_str(&format!("<class '{}'>", ty.name())))
    } else {
        Ok(new_str(&format!("<class '{module}.{}'>", qualname_of(ty))))
    }
}

fn qualname_of(ty: &TypeObject) -> String {
    let q = ty.qualname.get();
    match crate::objects::str::as_str(q) {
        Some(s) => s.to_string(),
        None => ty.name().to_string(),
    }
}

/// `__module__` of a type: from its dict for heap types, the dotted prefix of a built-in's
/// name, else "builtins".
pub fn type_module_name(ty: &TypeObject) -> String {
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        let d = ty.dict.get();
        if !d.is_null() {
            if let Some(m) = super::dict::get_str(d, super::str::intern("__module__")) {
                if let Some(s) = super::str::as_str(m) {
                    return s.to_string();
                }
            }
        }
        return "builtins".to_string();
    }
    match ty.static_name.rfind('.') {
        Some(i) => ty.static_name[..i].to_string(),
        None => "builtins".to_string(),
    }
}

/// Attribute lookup on a type: data descriptors of the metatype, then the type's own MRO
/// (descriptors bound with no instance), then the rest of the metatype.
fn type_getattr(vm: &mut Vm, t: Value, name: Value) -> PyResult<Option<Value>> {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    let meta = t.ty();
    let meta_attr = meta.lookup(name);
    if let Some(d) = meta_attr {
        let ds = d.ty().slots();
        if let (Some(get), Some(_)) = (ds.descr_get, ds.descr_set) {
            d.incref();
            let r = get(vm, d, t, meta.as_value());
            d.decref();
            return r.map(Some);
        }
    }
    if let Some(a) = ty.lookup(name) {
        if let Some(get) = a.ty().slots().descr_get {
            a.incref();
            let r = get(vm, a, Value::NULL, t);
            a.decref();
            return r.map(Some);
        }
        return Ok(Some(a.new_ref()));
    }
    if let Some(d) = meta_attr {
        if let Some(get) = d.ty().slots().descr_get {
            d.incref();
            let r = get(vm, d, t, meta.as_value());
            d.decref();
            return r.map(Some);
        }
        return Ok(Some(d.new_ref()));
    }
    Ok(None)
}

fn type_setattr(vm: &mut Vm, t: Value, name: Value, value: Value) -> PyResult<()> {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    if !ty.has_flag(TypeFlags::HEAPTYPE) {
        let n = super::str::str_obj(name).to_string_lossy().into_owned();
        return Err(type_error(format!("cannot set '{n}' attribute of immutable type '{}'", ty.tp_name())));
    }
    // Data descriptors on the metatype (e.g. __name__) take precedence.
    if let Some(d) = t.ty().lookup(name) {
        if let Some(set) = d.ty().slots().descr_set {
            d.incref();
            let r = set(vm, d, t, value);
            d.decref();
            return r;
        }
    }
    let dict = ty.dict.get();
    if value.is_null() {
        if !super::dict::del(vm, dict, name)? {
            let n = super::str::str_obj(name).to_string_lossy().into_owned();
            return Err(attribute_error(format!("type object '{}' has no attribute '{n}'", ty.tp_name())));
        }
    } else {
        super::dict::set(vm, dict, name, value)?;
    }
    ty.modified();
    Ok(())
}

fn type_get_name(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(new_str(ty.name()))
}
fn type_get_qualname(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(new_str(&qualname_of(ty)))
}
fn type_get_module(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(new_str(&type_module_name(ty)))
}
fn type_get_mro(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(ty.mro.get().new_ref())
}
fn type_get_bases(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(ty.bases.get().new_ref())
}
fn type_get_base(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(match ty.base() {
        Some(b) => b.as_value().new_ref(),
        None => super::none(),
    })
}
fn type_get_dict(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(ty.dict.get().new_ref())
}
fn type_get_doc(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    if let Some(d) = super::dict::get_str(ty.dict.get(), super::str::intern("__doc__")) {
        return Ok(d.new_ref());
    }
    Ok(match ty.doc {
        Some(d) => new_str(d),
        None => super::none(),
    })
}

static TYPE_GETSETS: [GetSetDef; 8] = [
    GetSetDef { name: "__name__", get: type_get_name, set: None },
    GetSetDef { name: "__qualname__", get: type_get_qualname, set: None },
    GetSetDef { name: "__module__", get: type_get_module, set: None },
    GetSetDef { name: "__mro__", get: type_get_mro, set: None },
    GetSetDef { name: "__bases__", get: type_get_bases, set: None },
    GetSetDef { name: "__base__", get: type_get_base, set: None },
    GetSetDef { name: "__dict__", get: type_get_dict, set: None },
    GetSetDef { name: "__doc__", get: type_get_doc, set: None },
];

pub static TYPE_TYPE: TypeObject = TypeObject::new_static(
    "type",
    Some(&OBJECT_TYPE),
    TypeFlags::BASETYPE | TypeFlags::TYPE_SUBCLASS,
    Slots {
        call: Some(type_call),
        repr: Some(type_repr),
        getattr: Some(type_getattr),
        setattr: Some(type_setattr),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        ..Slots::EMPTY
    },
    &[],
    &TYPE_GETSETS,
);

fn object_repr(_vm: &mut Vm, v: Value) -> PyResult {
    let ty = v.ty();
    let module = type_module_name(ty);
    if module == "builtins" {
        Ok(new_str(&format!("<{} object at {:#x}>", ty.name(), v.bits())))
    } else {
        Ok(new_str(&format!("<{module}.{} object at {:#x}>", qualname_of(ty), v.bits())))
    }
}

fn object_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    match op {
        CmpOp::Eq => Ok(if a == b { super::bool_value(true) } else { super::not_implemented() }),
        CmpOp::Ne => {
            // `!=` is the inverse of the type's `__eq__` unless that is NotImplemented.
            let eq = match a.ty().slots().richcmp {
                Some(f) if f as usize != object_richcmp as *const () as usize => f(vm, a, b, CmpOp::Eq)?,
                _ => {
                    if a == b {
                        super::bool_value(true)
                    } else {
                        super::not_implemented()
                    }
                }
            };
            if eq.is_not_implemented() {
                return Ok(eq);
            }
            let t = ops::is_true(vm, eq);
            eq.decref();
            Ok(super::bool_value(!t?))
        }
        _ => Ok(super::not_implemented()),
    }
}

fn object_new(_vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if (!args.is_empty() || !kwnames.is_empty()) && std::ptr::eq(ty, &OBJECT_TYPE) {
        return Err(type_error("object() takes no arguments"));
    }
    if !std::ptr::eq(ty, &OBJECT_TYPE) {
        return Err(type_error(format!("cannot create '{}' instances", ty.tp_name())));
    }
    Ok(super::object::alloc(super::singletons::Singleton { header: ObjHeader::new(&OBJECT_TYPE) }))
}

pub static OBJECT_TYPE: TypeObject = TypeObject::new_static(
    "object",
    None,
    TypeFlags::BASETYPE,
    Slots {
        dealloc: super::object::dealloc_box::<super::singletons::Singleton>,
        repr: Some(object_repr),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        richcmp: Some(object_richcmp),
        new: Some(object_new),
        ..Slots::EMPTY
    },
    &[],
    &[],
);
