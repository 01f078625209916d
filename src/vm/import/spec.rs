//! What the import system shows Python code about a module: `__spec__` objects (CPython's
//! `ModuleSpec`: name, origin, parent, submodule_search_locations, loader, cached,
//! has_location) and the loader objects behind `__loader__` (source files, built-in modules,
//! namespace packages). Each is a small native type whose attributes live in an instance dict,
//! so the standard library can read and set them as it does on CPython's pure-Python classes.

use crate::modules::sys::NamespaceObject;
use crate::objects::exception_types::repr_string;
use crate::objects::exceptions::type_error;
use crate::objects::object::{alloc, dealloc_box, ObjHeader};
use crate::objects::typeobj::{GetSetDef, MethodDef, Slots, TypeFlags, TypeObject};
use crate::objects::{self as obj, dict, none, Value};
use crate::vm::{PyResult, Vm};

fn ns_dict(v: Value) -> Value {
    // SAFETY: every type in this file lays its objects out as NamespaceObject.
    unsafe { v.as_ref::<NamespaceObject>() }.dict.get()
}

fn ns_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let d = ns_dict(v);
    if !d.is_null() {
        visit(d)
    }
}

const fn ns_type(name: &'static str, repr: Option<fn(&mut Vm, Value) -> PyResult>, methods: &'static [MethodDef], getsets: &'static [GetSetDef]) -> TypeObject {
    TypeObject::new_static(
        name,
        Some(&obj::OBJECT_TYPE),
        TypeFlags::HAS_DICT,
        Slots { dealloc: dealloc_box::<NamespaceObject>, repr, traverse: Some(ns_traverse), ..Slots::EMPTY },
        methods,
        getsets,
    )
    .with_dictoffset(std::mem::offset_of!(NamespaceObject, dict))
}

/// A borrowed attribute of a spec/loader (None when missing).
pub fn attr(v: Value, name: &str) -> Value {
    dict::get_str(ns_dict(v), obj::str::intern(name)).unwrap_or(none())
}

/// Set an attribute of a spec/loader (value borrowed).
pub fn set_attr(v: Value, name: &str, x: Value) {
    dict::set_str(ns_dict(v), obj::str::intern(name), x);
}

// ---------------------------------------------------------------------------------------------
// ModuleSpec

fn spec_repr(vm: &mut Vm, v: Value) -> PyResult {
    let mut s = format!(
        "ModuleSpec(name={}, loader={}",
        repr_string(vm, attr(v, "name"))?,
        repr_string(vm, attr(v, "loader"))?
    );
    let origin = attr(v, "origin");
    if !origin.is_none() {
        s.push_str(&format!(", origin={}", repr_string(vm, origin)?));
    }
    let locs = attr(v, "submodule_search_locations");
    if !locs.is_none() {
        s.push_str(&format!(", submodule_search_locations={}", repr_string(vm, locs)?));
    }
    s.push(')');
    Ok(obj::str::new_str(&s))
}

/// `spec.parent`: the package a module belongs to (itself for a package).
fn spec_parent(_vm: &mut Vm, v: Value) -> PyResult {
    let name = attr(v, "name");
    if !attr(v, "submodule_search_locations").is_none() {
        return Ok(name.new_ref());
    }
    match obj::str::as_str(name) {
        Some(n) => Ok(obj::str::new_str(n.rsplit_once('.').map(|(p, _)| p).unwrap_or(""))),
        None => Ok(none()),
    }
}

static SPEC_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "parent", get: spec_parent, set: None }];

pub static MODULE_SPEC_TYPE: TypeObject = ns_type("ModuleSpec", Some(spec_repr), &[], &SPEC_GETSETS);

/// A new spec. `origin`: the file (None for namespace packages, "built-in" for native
/// modules); `search`: the package's `__path__` list (borrowed), NULL for a plain module.
pub fn new_spec(name: &str, loader: Value, origin: Option<&str>, search: Value, cached: Option<&str>) -> Value {
    ready(&MODULE_SPEC_TYPE);
    let d = dict::new_dict();
    let s = |x: Option<&str>| x.map(obj::str::new_str).unwrap_or_else(none);
    let has_location = origin.is_some_and(|o| o != "built-in");
    for (k, v) in [
        ("name", s(Some(name))),
        ("loader", loader.new_ref()),
        ("origin", s(origin)),
        ("loader_state", none()),
        ("submodule_search_locations", if search.is_null() { none() } else { search.new_ref() }),
        ("cached", s(cached)),
        ("has_location", obj::bool_value(has_location)),
        ("_initializing", obj::bool_value(false)),
    ] {
        dict::set_str(d, obj::str::intern(k), v);
        v.decref();
    }
    alloc(NamespaceObject { header: ObjHeader::new(&MODULE_SPEC_TYPE), dict: std::cell::Cell::new(d) })
}

pub fn is_spec(v: Value) -> bool {
    v.is_ptr() && v.ty().is_subtype(&MODULE_SPEC_TYPE)
}

// ---------------------------------------------------------------------------------------------
// Loaders

fn loader_self(name: &str, args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(&s) if s.is_ptr() && s.ty().is_subtype(&SOURCE_LOADER_TYPE) => Ok(s),
        _ => Err(type_error(format!("descriptor '{name}' needs a SourceFileLoader object"))),
    }
}

fn read_path(vm: &mut Vm, path: Value) -> PyResult<Vec<u8>> {
    let p = obj::str::as_str(path).ok_or_else(|| type_error("path must be str"))?;
    std::fs::read(p).map_err(|e| crate::modules::io::os_error(vm, &e, path))
}

fn loader_get_filename(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = loader_self("get_filename", args)?;
    Ok(attr(s, "path").new_ref())
}

fn loader_get_data(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    loader_self("get_data", args)?;
    let p = args.get(1).copied().ok_or_else(|| type_error("get_data() missing required argument 'path'"))?;
    let b = read_path(vm, p)?;
    Ok(obj::bytes::new_bytes(&b))
}

fn loader_get_source(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = loader_self("get_source", args)?;
    let b = read_path(vm, attr(s, "path"))?;
    match crate::lexer::source::decode_source_full(&b) {
        Ok(d) => Ok(obj::str::new_str(&d.text)),
        Err(_) => Ok(obj::str::new_str(&String::from_utf8_lossy(&b))),
    }
}

fn loader_is_package(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = loader_self("is_package", args)?;
    let p = obj::str::as_str(attr(s, "path")).unwrap_or("");
    Ok(obj::bool_value(p.rsplit('/').next() == Some("__init__.py")))
}

/// `loader.create_module(spec)`: None (the default module creation).
fn loader_create_module(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult {
    Ok(none())
}

/// `loader.exec_module(module)`: run the loader's file in the module's namespace.
fn loader_exec_module(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = loader_self("exec_module", args)?;
    let m = args.get(1).copied().ok_or_else(|| type_error("exec_module() missing required argument 'module'"))?;
    let d = crate::vm::ops::getattr(vm, m, obj::str::intern("__dict__"))?;
    let d = obj::Owned::new(d);
    if !dict::is_dict(d.get()) {
        return Err(type_error("module.__dict__ is not a dict"));
    }
    if dict::get_str(d.get(), obj::str::intern("__builtins__")).is_none() {
        dict::set_str(d.get(), obj::str::intern("__builtins__"), vm.builtins);
    }
    let path = obj::str::as_str(attr(s, "path")).unwrap_or("").to_string();
    let code = obj::Owned::new(super::load::file_to_code(vm, &path)?);
    crate::vm::interp::run_code(vm, code.get(), d.get(), d.get())?.decref();
    Ok(none())
}

static SOURCE_LOADER_METHODS: [MethodDef; 6] = [
    MethodDef::method("create_module", loader_create_module),
    MethodDef::method("exec_module", loader_exec_module),
    MethodDef::method("get_filename", loader_get_filename),
    MethodDef::method("get_data", loader_get_data),
    MethodDef::method("get_source", loader_get_source),
    MethodDef::method("is_package", loader_is_package),
];

pub static SOURCE_LOADER_TYPE: TypeObject = ns_type("SourceFileLoader", None, &SOURCE_LOADER_METHODS, &[]);
pub static BUILTIN_IMPORTER_TYPE: TypeObject = ns_type("BuiltinImporter", None, &[], &[]);
pub static NAMESPACE_LOADER_TYPE: TypeObject = ns_type("NamespaceLoader", None, &[], &[]);

/// A loader object of type `t` with the attributes `name` and (for files) `path`.
pub fn new_loader(t: &'static TypeObject, name: &str, path: Option<&str>) -> Value {
    ready(t);
    let d = dict::new_dict();
    let n = obj::str::new_str(name);
    dict::set_str(d, obj::str::intern("name"), n);
    n.decref();
    if let Some(p) = path {
        let p = obj::str::new_str(p);
        dict::set_str(d, obj::str::intern("path"), p);
        p.decref();
    }
    alloc(NamespaceObject { header: ObjHeader::new(t), dict: std::cell::Cell::new(d) })
}

/// Fill a static type's dict, name, bases and MRO the first time it is used.
fn ready(t: &'static TypeObject) {
    if !t.dict.get().is_null() {
        return;
    }
    t.dict.set(dict::new_dict());
    t.name_obj.set(obj::str::intern(t.static_name));
    t.version.set(obj::typeobj::next_type_version());
    t.bases.set(obj::tuple::new_tuple(&[obj::OBJECT_TYPE.as_value()]));
    t.mro.set(obj::tuple::new_tuple(&[t.as_value(), obj::OBJECT_TYPE.as_value()]));
    obj::method::fill_type_dict(t);
    crate::objects::slot_methods::add_slot_methods(t);
    let module = if std::ptr::eq(t, &MODULE_SPEC_TYPE) || std::ptr::eq(t, &BUILTIN_IMPORTER_TYPE) {
        "_frozen_importlib"
    } else {
        "_frozen_importlib_external"
    };
    dict::set_str(t.dict.get(), obj::str::intern("__module__"), obj::str::intern(module));
}
