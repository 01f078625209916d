//! The descriptor types of user classes: `property`, `staticmethod` and `classmethod`.

use super::object::{alloc, dealloc_box, ObjHeader, Owned};
use super::typeobj::{GetSetDef, MethodDef, Slots, TypeFlags, TypeObject};
use super::value::Value;
use crate::objects::exceptions::{attribute_error, type_error};
use crate::objects::str::{intern, new_str};
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

/// Bind positional and keyword arguments to `names` (CPython's "takes at most N arguments",
/// "'x' is an invalid keyword argument for f()"). Unset entries stay NULL. Borrowed values.
pub fn bind_args(fname: &str, args: &[Value], kwnames: &[Value], names: &[&str], out: &mut [Value]) -> PyResult<()> {
    let npos = args.len() - kwnames.len();
    if npos > names.len() {
        return Err(type_error(format!("{fname}() takes at most {} argument{} ({npos} given)", names.len(), if names.len() == 1 { "" } else { "s" })));
    }
    out[..npos].copy_from_slice(&args[..npos]);
    for (k, &v) in kwnames.iter().zip(&args[npos..]) {
        let key = super::str::str_obj(*k).to_string_lossy();
        match names.iter().position(|n| *n == key) {
            Some(i) if out[i].is_null() => out[i] = v,
            Some(_) => return Err(type_error(format!("argument for {fname}() given by name ('{key}') and position ({})", 1 + names.iter().position(|n| *n == key).unwrap_or(0)))),
            None => return Err(type_error(format!("'{key}' is an invalid keyword argument for {fname}()"))),
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// property

#[repr(C)]
pub struct PropertyObject {
    pub header: ObjHeader,
    /// Owned; NULL when absent (Python sees None).
    pub fget: Cell<Value>,
    pub fset: Cell<Value>,
    pub fdel: Cell<Value>,
    pub doc: Cell<Value>,
    /// The attribute name given by `__set_name__` (for messages; NULL until set).
    pub name: Cell<Value>,
    /// Whether `doc` was taken from the getter (then `getter()` replaces it).
    pub getter_doc: Cell<bool>,
}

impl Drop for PropertyObject {
    fn drop(&mut self) {
        for c in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            c.get().decref();
        }
    }
}

fn prop<'a>(v: Value) -> &'a PropertyObject {
    // SAFETY: only called on property instances (slots and methods of PROPERTY_TYPE).
    unsafe { v.as_ref::<PropertyObject>() }
}

fn none_to_null(v: Value) -> Value {
    if v.is_none() {
        Value::NULL
    } else {
        v
    }
}

fn null_to_none(v: Value) -> Value {
    if v.is_null() {
        super::none()
    } else {
        v.new_ref()
    }
}

/// A new property (new references taken; None/NULL mean absent). `doc` NULL/None: the
/// getter's `__doc__`.
fn make_property(vm: &mut Vm, fget: Value, fset: Value, fdel: Value, doc: Value, name: Value) -> PyResult {
    let (fget, fset, fdel, doc) = (none_to_null(fget), none_to_null(fset), none_to_null(fdel), none_to_null(doc));
    let mut getter_doc = false;
    let doc = if doc.is_null() && !fget.is_null() {
        match ops::getattr_opt(vm, fget, intern("__doc__")) {
            Ok(Some(d)) => {
                getter_doc = true;
                d
            }
            Ok(None) => Value::NULL,
            Err(e) if e.matches(&super::exceptions::ATTRIBUTE_ERROR) => Value::NULL,
            Err(e) => return Err(e),
        }
    } else {
        doc.new_ref()
    };
    for v in [fget, fset, fdel, name] {
        v.incref();
    }
    Ok(alloc(PropertyObject {
        header: ObjHeader::new(&PROPERTY_TYPE),
        fget: Cell::new(fget),
        fset: Cell::new(fset),
        fdel: Cell::new(fdel),
        doc: Cell::new(doc),
        name: Cell::new(name),
        getter_doc: Cell::new(getter_doc),
    }))
}

fn property_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let mut a = [Value::NULL; 4];
    bind_args("property", args, kwnames, &["fget", "fset", "fdel", "doc"], &mut a)?;
    make_property(vm, a[0], a[1], a[2], a[3], Value::NULL).map(|v| retype(v, ty))
}

/// Make a just-allocated built-in object an instance of `ty`, a subclass with the same layout
/// (`class abstractproperty(property)` in abc.py); a heap type is referenced by its instances.
fn retype(v: Value, ty: &TypeObject) -> Value {
    if !std::ptr::eq(v.ty(), ty) {
        if ty.has_flag(TypeFlags::HEAPTYPE) {
            ty.as_value().incref();
        }
        // SAFETY: v was just made by this file's allocation, so no one else sees its type yet.
        unsafe { v.as_ref::<ObjHeader>() }.ty.set(ty);
    }
    v
}

/// `__init__` of property, staticmethod and classmethod: the work is done by `__new__`; this
/// accepts the same arguments so a subclass's `super().__init__(...)` works.
fn accept_init(_vm: &mut Vm, _v: Value, _args: &[Value], _kwnames: &[Value]) -> PyResult<()> {
    Ok(())
}

/// The type's qualified name for property messages.
fn qualname(t: &TypeObject) -> String {
    super::str::as_str(t.qualname.get()).map(|s| s.to_string()).unwrap_or_else(|| t.name().to_string())
}

#[cold]
fn property_error(vm: &mut Vm, p: &PropertyObject, obj: Value, what: &str) -> crate::vm::PyErr {
    let name = p.name.get();
    let qn = qualname(obj.ty());
    if !name.is_null() {
        let n = if super::str::is_str(name) {
            crate::pyrepr::repr_str(&super::str::str_obj(name).to_string_lossy())
        } else {
            match ops::repr(vm, name) {
                Ok(r) => {
                    let t = super::str::str_obj(r).to_string_lossy().into_owned();
                    r.decref();
                    t
                }
                Err(_) => "?".to_string(),
            }
        };
        return attribute_error(format!("property {n} of '{qn}' object has no {what}"));
    }
    attribute_error(format!("property of '{qn}' object has no {what}"))
}

fn property_get(vm: &mut Vm, d: Value, obj: Value, _ty: Value) -> PyResult {
    if obj.is_null() || obj.is_none() {
        return Ok(d.new_ref());
    }
    let p = prop(d);
    let f = p.fget.get();
    if f.is_null() {
        return Err(property_error(vm, p, obj, "getter"));
    }
    let f = Owned::from_borrowed(f);
    ops::call(vm, f.get(), &[obj], &[])
}

fn property_set(vm: &mut Vm, d: Value, obj: Value, value: Value) -> PyResult<()> {
    let p = prop(d);
    let f = if value.is_null() { p.fdel.get() } else { p.fset.get() };
    if f.is_null() {
        return Err(property_error(vm, p, obj, if value.is_null() { "deleter" } else { "setter" }));
    }
    let f = Owned::from_borrowed(f);
    let r = if value.is_null() { ops::call(vm, f.get(), &[obj], &[])? } else { ops::call(vm, f.get(), &[obj, value], &[])? };
    r.decref();
    Ok(())
}

/// `getter`/`setter`/`deleter`: a copy with one function replaced.
fn property_copy(vm: &mut Vm, args: &[Value], which: usize) -> PyResult {
    if args.len() != 2 {
        return Err(type_error(format!("{}() takes exactly one argument ({} given)", ["getter", "setter", "deleter"][which], args.len().saturating_sub(1))));
    }
    let p = prop(args[0]);
    let mut f = [p.fget.get(), p.fset.get(), p.fdel.get()];
    f[which] = args[1];
    // The getter's docstring follows a new getter.
    let doc = if p.getter_doc.get() && which == 0 { Value::NULL } else { p.doc.get() };
    make_property(vm, f[0], f[1], f[2], doc, p.name.get())
}

fn property_getter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    property_copy(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    property_copy(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    property_copy(vm, args, 2)
}

fn property_set_name(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    if args.len() != 3 {
        return Err(type_error(format!("__set_name__() takes 2 positional arguments but {} were given", args.len().saturating_sub(1))));
    }
    let p = prop(args[0]);
    args[2].incref();
    p.name.replace(args[2]).decref();
    Ok(super::none())
}

fn property_get_fget(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(null_to_none(prop(v).fget.get()))
}
fn property_get_fset(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(null_to_none(prop(v).fset.get()))
}
fn property_get_fdel(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(null_to_none(prop(v).fdel.get()))
}
fn property_get_doc(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(null_to_none(prop(v).doc.get()))
}
fn property_set_doc(_vm: &mut Vm, v: Value, d: Value) -> PyResult<()> {
    d.incref();
    prop(v).doc.replace(d).decref();
    Ok(())
}

/// `__isabstractmethod__`: true when any of the functions is abstract.
fn abstract_of(vm: &mut Vm, fs: &[Value]) -> PyResult {
    for &f in fs {
        if f.is_null() {
            continue;
        }
        if let Some(a) = ops::getattr_opt(vm, f, intern("__isabstractmethod__"))? {
            let a = Owned::new(a);
            if ops::is_true(vm, a.get())? {
                return Ok(super::bool_value(true));
            }
        }
    }
    Ok(super::bool_value(false))
}

fn property_get_abstract(vm: &mut Vm, v: Value) -> PyResult {
    let p = prop(v);
    abstract_of(vm, &[p.fget.get(), p.fset.get(), p.fdel.get()])
}

fn property_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let p = prop(v);
    for c in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
        if !c.get().is_null() {
            visit(c.get());
        }
    }
}

static PROPERTY_METHODS: [MethodDef; 4] = [
    MethodDef::method("getter", property_getter),
    MethodDef::method("setter", property_setter),
    MethodDef::method("deleter", property_deleter),
    MethodDef::method("__set_name__", property_set_name),
];

static PROPERTY_GETSETS: [GetSetDef; 5] = [
    GetSetDef { name: "fget", get: property_get_fget, set: None },
    GetSetDef { name: "fset", get: property_get_fset, set: None },
    GetSetDef { name: "fdel", get: property_get_fdel, set: None },
    GetSetDef { name: "__doc__", get: property_get_doc, set: Some(property_set_doc) },
    GetSetDef { name: "__isabstractmethod__", get: property_get_abstract, set: None },
];

pub static PROPERTY_TYPE: TypeObject = TypeObject::new_static(
    "property",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE,
    Slots {
        dealloc: dealloc_box::<PropertyObject>,
        traverse: Some(property_traverse),
        descr_get: Some(property_get),
        descr_set: Some(property_set),
        new: Some(property_new),
        init: Some(accept_init),
        ..Slots::EMPTY
    },
    &PROPERTY_METHODS,
    &PROPERTY_GETSETS,
);

// ---------------------------------------------------------------------------------------------
// staticmethod and classmethod (one layout)

#[repr(C)]
pub struct FuncWrapper {
    pub header: ObjHeader,
    /// The wrapped callable (owned).
    pub func: Value,
    /// `__dict__` (NULL until used).
    pub dict: Cell<Value>,
}

impl Drop for FuncWrapper {
    fn drop(&mut self) {
        self.func.decref();
        self.dict.get().decref();
    }
}

fn wrapper<'a>(v: Value) -> &'a FuncWrapper {
    // SAFETY: only called on staticmethod/classmethod instances.
    unsafe { v.as_ref::<FuncWrapper>() }
}

fn new_wrapper(ty: &'static TypeObject, f: Value) -> Value {
    f.incref();
    alloc(FuncWrapper { header: ObjHeader::new(ty), func: f, dict: Cell::new(Value::NULL) })
}

/// `staticmethod(f)` (a new reference to `f` is taken).
pub fn new_staticmethod(f: Value) -> Value {
    new_wrapper(&STATICMETHOD_TYPE, f)
}

/// `classmethod(f)` (a new reference to `f` is taken).
pub fn new_classmethod(f: Value) -> Value {
    new_wrapper(&CLASSMETHOD_TYPE, f)
}

/// The function inside a staticmethod (borrowed), or `None` if `v` is not one.
#[inline]
pub fn staticmethod_func(v: Value) -> Option<Value> {
    if v.is_ptr() && v.is_exact(&STATICMETHOD_TYPE) {
        Some(wrapper(v).func)
    } else {
        None
    }
}

fn wrapper_new(name: &str, ty: &'static TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.len() != 1 {
        return Err(type_error(format!("{name} expected 1 argument, got {}", args.len())));
    }
    Ok(new_wrapper(ty, args[0]))
}

fn staticmethod_new(_vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    wrapper_new("staticmethod", &STATICMETHOD_TYPE, args, kwnames).map(|v| retype(v, ty))
}

fn classmethod_new(_vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    wrapper_new("classmethod", &CLASSMETHOD_TYPE, args, kwnames).map(|v| retype(v, ty))
}

fn staticmethod_get(_vm: &mut Vm, d: Value, _obj: Value, _ty: Value) -> PyResult {
    Ok(wrapper(d).func.new_ref())
}

fn staticmethod_call(vm: &mut Vm, d: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let f = Owned::from_borrowed(wrapper(d).func);
    ops::call(vm, f.get(), args, kwnames)
}

fn classmethod_get(vm: &mut Vm, d: Value, obj: Value, ty: Value) -> PyResult {
    let t = if ty.is_null() || ty.is_none() { obj.ty().as_value() } else { ty };
    let f = wrapper(d).func;
    // 3.11 chains descriptors: a wrapped descriptor is bound to the class.
    if let Some(get) = f.ty().slots().descr_get {
        if !super::heaptype::is_python_function(f) {
            let f = Owned::from_borrowed(f);
            return get(vm, f.get(), t, t);
        }
    }
    Ok(super::bound_method::new_bound_method(f, t))
}

fn wrapper_repr(vm: &mut Vm, d: Value) -> PyResult {
    let r = ops::repr(vm, wrapper(d).func)?;
    let s = format!("<{}({})>", d.ty().name(), super::str::str_obj(r).to_string_lossy());
    r.decref();
    Ok(new_str(&s))
}

fn wrapper_get_func(_vm: &mut Vm, d: Value) -> PyResult {
    Ok(wrapper(d).func.new_ref())
}

fn wrapper_get_abstract(vm: &mut Vm, d: Value) -> PyResult {
    abstract_of(vm, &[wrapper(d).func])
}

/// Attributes: own ones and `__dict__`, then the function's `__name__`, `__qualname__`,
/// `__doc__`, `__module__` (3.10+ copies them, as functools.wraps does).
fn wrapper_getattr(vm: &mut Vm, d: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(v) = ops::generic_getattr(vm, d, name)? {
        return Ok(Some(v));
    }
    match super::str::as_str(name) {
        Some("__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__") => ops::getattr_opt(vm, wrapper(d).func, name),
        _ => Ok(None),
    }
}

fn wrapper_traverse(d: Value, visit: &mut dyn FnMut(Value)) {
    let w = wrapper(d);
    visit(w.func);
    if !w.dict.get().is_null() {
        visit(w.dict.get());
    }
}

static WRAPPER_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "__func__", get: wrapper_get_func, set: None },
    GetSetDef { name: "__wrapped__", get: wrapper_get_func, set: None },
    GetSetDef { name: "__isabstractmethod__", get: wrapper_get_abstract, set: None },
    GetSetDef { name: "__dict__", get: super::instance::get_dict, set: Some(super::instance::set_dict) },
];

pub static STATICMETHOD_TYPE: TypeObject = TypeObject::new_static(
    "staticmethod",
    Some(&super::OBJECT_TYPE),
    TypeFlags::HAS_DICT | TypeFlags::BASETYPE,
    Slots {
        dealloc: dealloc_box::<FuncWrapper>,
        traverse: Some(wrapper_traverse),
        descr_get: Some(staticmethod_get),
        call: Some(staticmethod_call),
        repr: Some(wrapper_repr),
        getattr: Some(wrapper_getattr),
        new: Some(staticmethod_new),
        init: Some(accept_init),
        ..Slots::EMPTY
    },
    &[],
    &WRAPPER_GETSETS,
)
.with_dictoffset(std::mem::offset_of!(FuncWrapper, dict));

pub static CLASSMETHOD_TYPE: TypeObject = TypeObject::new_static(
    "classmethod",
    Some(&super::OBJECT_TYPE),
    TypeFlags::HAS_DICT | TypeFlags::BASETYPE,
    Slots {
        dealloc: dealloc_box::<FuncWrapper>,
        traverse: Some(wrapper_traverse),
        descr_get: Some(classmethod_get),
        repr: Some(wrapper_repr),
        getattr: Some(wrapper_getattr),
        new: Some(classmethod_new),
        init: Some(accept_init),
        ..Slots::EMPTY
    },
    &[],
    &WRAPPER_GETSETS,
)
.with_dictoffset(std::mem::offset_of!(FuncWrapper, dict));
