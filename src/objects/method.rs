//! Built-in callables: built-in functions and bound built-in methods
//! (`builtin_function_or_method`), method descriptors (`list.append`), class-method
//! descriptors, and getset descriptors (built-in properties such as `int.real`).

use super::bound_method::with_self;
use super::object::{alloc, dealloc_box, ObjHeader};
use super::typeobj::{GetSetDef, MethodDef, MethodKind, Slots, TypeObject};
use super::value::Value;
use crate::objects::exceptions::{attribute_error, type_error};
use crate::objects::str::new_str;
use crate::vm::{ops, PyResult, Vm};

/// A built-in function, or a built-in method bound to `self_`.
#[repr(C)]
pub struct BuiltinFunction {
    pub header: ObjHeader,
    pub def: &'static MethodDef,
    /// The bound object (NULL for a plain function; the module for module functions is kept
    /// in `module`).
    pub self_: Value,
    /// `__module__` name (a str, or NULL).
    pub module: Value,
}

impl Drop for BuiltinFunction {
    fn drop(&mut self) {
        self.self_.decref();
        self.module.decref();
    }
}

fn builtin_call(vm: &mut Vm, f: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    // SAFETY: the slot is only installed on BUILTIN_FUNCTION_TYPE.
    let b = unsafe { f.as_ref::<BuiltinFunction>() };
    if b.self_.is_null() {
        (b.def.func)(vm, args, kwnames)
    } else {
        let s = b.self_;
        let func = b.def.func;
        with_self(s, args, |a| func(vm, a, kwnames))
    }
}

fn builtin_repr(_vm: &mut Vm, f: Value) -> PyResult {
    // SAFETY: the slot is only installed on BUILTIN_FUNCTION_TYPE.
    let b = unsafe { f.as_ref::<BuiltinFunction>() };
    if b.self_.is_null() || crate::objects::module::is_module(b.self_) {
        return Ok(new_str(&format!("<built-in function {}>", b.def.name)));
    }
    if b.self_.ty().has_flag(super::typeobj::TypeFlags::TYPE_SUBCLASS) {
        // SAFETY: self_ is a type object.
        let t: &TypeObject = unsafe { b.self_.as_ref() };
        return Ok(new_str(&format!("<built-in method {} of type object at {:#x}>", b.def.name, t.as_value().bits())));
    }
    Ok(new_str(&format!("<built-in method {} of {} object at {:#x}>", b.def.name, ops::type_name(b.self_), b.self_.bits())))
}

fn bf<'a>(f: Value) -> &'a BuiltinFunction {
    // SAFETY: these getters are only installed on BUILTIN_FUNCTION_TYPE.
    unsafe { f.as_ref::<BuiltinFunction>() }
}
fn bf_name(_vm: &mut Vm, f: Value) -> PyResult {
    Ok(new_str(bf(f).def.name))
}
fn bf_qualname(_vm: &mut Vm, f: Value) -> PyResult {
    let b = bf(f);
    if !b.self_.is_null() && !crate::objects::module::is_module(b.self_) {
        let owner = if b.self_.ty().has_flag(super::typeobj::TypeFlags::TYPE_SUBCLASS) {
            // SAFETY: self_ is a type object.
            unsafe { b.self_.as_ref::<TypeObject>() }.name().to_string()
        } else {
            b.self_.ty().name().to_string()
        };
        return Ok(new_str(&format!("{owner}.{}", b.def.name)));
    }
    Ok(new_str(b.def.name))
}
fn bf_module(_vm: &mut Vm, f: Value) -> PyResult {
    let m = bf(f).module;
    Ok(if m.is_null() { crate::objects::none() } else { m.new_ref() })
}
fn bf_self(_vm: &mut Vm, f: Value) -> PyResult {
    let s = bf(f).self_;
    Ok(if s.is_null() { crate::objects::none() } else { s.new_ref() })
}
fn bf_doc(_vm: &mut Vm, f: Value) -> PyResult {
    Ok(match bf(f).def.doc {
        Some(d) => new_str(d),
        None => crate::objects::none(),
    })
}

static BUILTIN_FUNCTION_GETSETS: [GetSetDef; 5] = [
    GetSetDef { name: "__name__", get: bf_name, set: None },
    GetSetDef { name: "__qualname__", get: bf_qualname, set: None },
    GetSetDef { name: "__module__", get: bf_module, set: None },
    GetSetDef { name: "__self__", get: bf_self, set: None },
    GetSetDef { name: "__doc__", get: bf_doc, set: None },
];

pub static BUILTIN_FUNCTION_TYPE: TypeObject = TypeObject::new_static(
    "builtin_function_or_method",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<BuiltinFunction>,
        call: Some(builtin_call),
        repr: Some(builtin_repr),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        ..Slots::EMPTY
    },
    &[],
    &BUILTIN_FUNCTION_GETSETS,
);

/// A new built-in function object for `def` (module functions: `module` is the module name).
pub fn new_builtin_function(def: &'static MethodDef, module: Value) -> Value {
    module.incref();
    alloc(BuiltinFunction { header: ObjHeader::new(&BUILTIN_FUNCTION_TYPE), def, self_: Value::NULL, module })
}

/// `def` bound to `self_` (a new reference to self_ is taken).
pub fn new_bound_builtin(def: &'static MethodDef, self_: Value) -> Value {
    self_.incref();
    alloc(BuiltinFunction { header: ObjHeader::new(&BUILTIN_FUNCTION_TYPE), def, self_, module: Value::NULL })
}

/// A method descriptor: a built-in method in a type's `__dict__`.
#[repr(C)]
pub struct MethodDescr {
    pub header: ObjHeader,
    pub def: &'static MethodDef,
    pub owner: &'static TypeObject,
}

/// Whether `v` is a method descriptor (for LOAD_METHOD's unbound-call fast path).
#[inline]
pub fn is_method_descr(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&METHOD_DESCR_TYPE)
}

/// The descriptor behind `v` (caller checked `is_method_descr`).
#[inline]
pub fn method_descr<'a>(v: Value) -> &'a MethodDescr {
    // SAFETY: caller checked the type.
    unsafe { v.as_ref::<MethodDescr>() }
}

#[cold]
fn descr_self_error(d: &MethodDescr, got: Option<Value>) -> crate::vm::PyErr {
    match got {
        Some(v) => type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.def.name,
            d.owner.tp_name(),
            ops::type_name(v)
        )),
        None => type_error(format!("unbound method {}.{}() needs an argument", d.owner.tp_name(), d.def.name)),
    }
}

/// Call a method descriptor with `args[0]` as self (checks self's type).
#[inline]
pub fn call_method_descr(vm: &mut Vm, d: &MethodDescr, args: &[Value], kwnames: &[Value]) -> PyResult {
    match args.first() {
        Some(&s) if s.ty().is_subtype(d.owner) && args.len() > kwnames.len() => (d.def.func)(vm, args, kwnames),
        Some(&s) if args.len() > kwnames.len() => Err(descr_self_error(d, Some(s))),
        _ => Err(descr_self_error(d, None)),
    }
}

fn method_descr_call(vm: &mut Vm, f: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    call_method_descr(vm, method_descr(f), args, kwnames)
}

fn method_descr_get(_vm: &mut Vm, d: Value, o: Value, _ty: Value) -> PyResult {
    if o.is_null() {
        return Ok(d.new_ref());
    }
    let md = method_descr(d);
    if !o.ty().is_subtype(md.owner) {
        return Err(descr_self_error(md, Some(o)));
    }
    Ok(new_bound_builtin(md.def, o))
}

fn method_descr_repr(_vm: &mut Vm, d: Value) -> PyResult {
    let md = method_descr(d);
    Ok(new_str(&format!("<method '{}' of '{}' objects>", md.def.name, md.owner.tp_name())))
}

fn md_name(_vm: &mut Vm, d: Value) -> PyResult {
    Ok(new_str(method_descr(d).def.name))
}
fn md_qualname(_vm: &mut Vm, d: Value) -> PyResult {
    let md = method_descr(d);
    Ok(new_str(&format!("{}.{}", md.owner.name(), md.def.name)))
}
fn md_objclass(_vm: &mut Vm, d: Value) -> PyResult {
    Ok(method_descr(d).owner.as_value().new_ref())
}
fn md_doc(_vm: &mut Vm, d: Value) -> PyResult {
    Ok(match method_descr(d).def.doc {
        Some(s) => new_str(s),
        None => crate::objects::none(),
    })
}

/// `__name__`, `__qualname__` (`str.join`), `__objclass__`, `__doc__` of method descriptors.
static METHOD_DESCR_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "__name__", get: md_name, set: None },
    GetSetDef { name: "__qualname__", get: md_qualname, set: None },
    GetSetDef { name: "__objclass__", get: md_objclass, set: None },
    GetSetDef { name: "__doc__", get: md_doc, set: None },
];

pub static METHOD_DESCR_TYPE: TypeObject = TypeObject::new_static(
    "method_descriptor",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<MethodDescr>,
        call: Some(method_descr_call),
        descr_get: Some(method_descr_get),
        repr: Some(method_descr_repr),
        ..Slots::EMPTY
    },
    &[],
    &METHOD_DESCR_GETSETS,
);

fn classmethod_descr_get(_vm: &mut Vm, d: Value, o: Value, ty: Value) -> PyResult {
    let md = method_descr(d);
    let t = if ty.is_null() { o.ty().as_value() } else { ty };
    Ok(new_bound_builtin(md.def, t))
}

fn classmethod_descr_repr(_vm: &mut Vm, d: Value) -> PyResult {
    let md = method_descr(d);
    Ok(new_str(&format!("<method '{}' of '{}' objects>", md.def.name, md.owner.tp_name())))
}

pub static CLASSMETHOD_DESCR_TYPE: TypeObject = TypeObject::new_static(
    "classmethod_descriptor",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<MethodDescr>,
        descr_get: Some(classmethod_descr_get),
        repr: Some(classmethod_descr_repr),
        ..Slots::EMPTY
    },
    &[],
    &METHOD_DESCR_GETSETS,
);

/// A built-in property.
#[repr(C)]
pub struct GetSetDescr {
    pub header: ObjHeader,
    pub def: &'static GetSetDef,
    pub owner: &'static TypeObject,
}

fn getset_get(vm: &mut Vm, d: Value, o: Value, _ty: Value) -> PyResult {
    if o.is_null() {
        return Ok(d.new_ref());
    }
    // SAFETY: the slot is only installed on GETSET_DESCR_TYPE.
    let g = unsafe { d.as_ref::<GetSetDescr>() };
    (g.def.get)(vm, o)
}

fn getset_set(vm: &mut Vm, d: Value, o: Value, v: Value) -> PyResult<()> {
    // SAFETY: the slot is only installed on GETSET_DESCR_TYPE.
    let g = unsafe { d.as_ref::<GetSetDescr>() };
    match g.def.set {
        Some(f) => f(vm, o, v),
        None => Err(attribute_error(format!("attribute '{}' of '{}' objects is not writable", g.def.name, g.owner.tp_name()))),
    }
}

fn getset_repr(_vm: &mut Vm, d: Value) -> PyResult {
    // SAFETY: the slot is only installed on GETSET_DESCR_TYPE.
    let g = unsafe { d.as_ref::<GetSetDescr>() };
    Ok(new_str(&format!("<attribute '{}' of '{}' objects>", g.def.name, g.owner.tp_name())))
}

pub static GETSET_DESCR_TYPE: TypeObject = TypeObject::new_static(
    "getset_descriptor",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<GetSetDescr>,
        descr_get: Some(getset_get),
        descr_set: Some(getset_set),
        repr: Some(getset_repr),
        ..Slots::EMPTY
    },
    &[],
    &[],
);

/// Fill a built-in type's `__dict__` from its method and property tables.
pub fn fill_type_dict(ty: &'static TypeObject) {
    let dict = ty.dict.get();
    for def in ty.methods {
        let v = match def.kind {
            MethodKind::Method => alloc(MethodDescr { header: ObjHeader::new(&METHOD_DESCR_TYPE), def, owner: ty }),
            MethodKind::Class => alloc(MethodDescr { header: ObjHeader::new(&CLASSMETHOD_DESCR_TYPE), def, owner: ty }),
            MethodKind::Static => new_builtin_function(def, Value::NULL),
        };
        super::dict::set_str(dict, super::str::intern(def.name), v);
        v.decref();
    }
    for def in ty.getsets {
        let v = alloc(GetSetDescr { header: ObjHeader::new(&GETSET_DESCR_TYPE), def, owner: ty });
        super::dict::set_str(dict, super::str::intern(def.name), v);
        v.decref();
    }
}
