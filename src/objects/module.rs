//! Module objects: a namespace dict with a name; module-level `__getattr__` and `__dir__`
//! (PEP 562).

use super::object::{alloc, ObjHeader};
use super::typeobj::{Slots, TypeObject};
use super::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

#[repr(C)]
pub struct ModuleObject {
    pub header: ObjHeader,
    /// The module's namespace (`__dict__`, the globals of its code).
    pub dict: Cell<Value>,
}

impl Drop for ModuleObject {
    fn drop(&mut self) {
        self.dict.get().decref();
    }
}

fn module_repr(vm: &mut Vm, m: Value) -> PyResult {
    let d = module_dict(m);
    let name = super::dict::get_str(d, super::str::intern("__name__"));
    let name = match name.and_then(super::str::as_str) {
        Some(n) => n.to_string(),
        None => "?".to_string(),
    };
    let _ = vm;
    match super::dict::get_str(d, super::str::intern("__file__")).and_then(super::str::as_str) {
        Some(f) => Ok(super::str::new_str(&format!("<module '{name}' from '{f}'>"))),
        None => Ok(super::str::new_str(&format!("<module '{name}' (built-in)>"))),
    }
}

fn module_get_dict(_vm: &mut Vm, m: Value) -> PyResult {
    Ok(module_dict(m).new_ref())
}

/// Attribute lookup on modules: the namespace, then a module-level `__getattr__` (PEP 562);
/// a missing name in a module still being imported gets CPython's circular-import hint.
fn module_getattr(vm: &mut Vm, m: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(v) = crate::vm::ops::generic_getattr(vm, m, name)? {
        return Ok(Some(v));
    }
    let d = module_dict(m);
    if let Some(f) = super::dict::get_str(d, super::str::intern("__getattr__")) {
        let f = super::Owned::new(f.new_ref());
        return crate::vm::ops::call(vm, f.get(), &[name], &[]).map(Some);
    }
    let spec = super::dict::get_str(d, super::str::intern("__spec__"));
    let initializing = match spec {
        Some(s) if !s.is_none() => match crate::vm::ops::getattr_opt(vm, s, super::str::intern("_initializing")) {
            Ok(Some(v)) => {
                let v = super::Owned::new(v);
                crate::vm::ops::is_true(vm, v.get()).unwrap_or(false)
            }
            _ => false,
        },
        _ => false,
    };
    if initializing {
        if let Some(mn) = super::dict::get_str(d, super::str::intern("__name__")).and_then(super::str::as_str) {
            let n = super::str::str_obj(name).to_string_lossy().into_owned();
            let msg = format!("partially initialized module '{mn}' has no attribute '{n}' (most likely due to a circular import)");
            return Err(super::exception_types::attribute_error_with(&msg, m, name));
        }
    }
    Ok(None)
}

/// `module.__dir__()`: a module-level `__dir__` (PEP 562), else the namespace's keys.
fn module_dir(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let Some(&m) = args.first().filter(|m| is_module(**m)) else {
        return Err(super::exceptions::type_error("descriptor '__dir__' requires a 'module' object"));
    };
    let d = module_dict(m);
    if let Some(f) = super::dict::get_str(d, super::str::intern("__dir__")) {
        let f = super::Owned::new(f.new_ref());
        return crate::vm::ops::call(vm, f.get(), &[], &[]);
    }
    let keys = super::dict::items_vec(d).into_iter().map(|(k, _)| k.new_ref()).collect();
    Ok(super::list::list_from_vec(keys))
}

static MODULE_METHODS: [super::typeobj::MethodDef; 1] = [super::typeobj::MethodDef::method("__dir__", module_dir)];

static MODULE_GETSETS: [super::typeobj::GetSetDef; 1] = [super::typeobj::GetSetDef { name: "__dict__", get: module_get_dict, set: None }];

/// `types.ModuleType(name, doc=None)`.
fn module_new(_vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> crate::vm::PyResult {
    if !std::ptr::eq(ty, &MODULE_TYPE) {
        return Err(super::exceptions::type_error(format!("cannot create '{}' instances", ty.tp_name())));
    }
    static SIG: crate::builtins::args::Signature = crate::builtins::args::Signature::new("module", &["name", "doc"]).required(1);
    let [name, doc] = SIG.parse::<2>(args, kwnames)?;
    if !super::str::is_str(name) {
        return Err(super::exceptions::type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            crate::vm::ops::type_name(name)
        )));
    }
    let m = new_module("");
    let d = module_dict(m);
    super::dict::set_str(d, super::str::intern("__name__"), name);
    if !doc.is_null() {
        super::dict::set_str(d, super::str::intern("__doc__"), doc);
    }
    Ok(m)
}

pub static MODULE_TYPE: TypeObject = TypeObject::new_static(
    "module",
    Some(&super::OBJECT_TYPE),
    super::typeobj::TypeFlags::BASETYPE,
    Slots {
        dealloc: super::object::dealloc_box::<ModuleObject>,
        repr: Some(module_repr),
        getattr: Some(module_getattr),
        new: Some(module_new),
        ..Slots::EMPTY
    },
    &MODULE_METHODS,
    &MODULE_GETSETS,
)
.with_dictoffset(std::mem::offset_of!(ModuleObject, dict));

/// A new module named `name` with an empty namespace holding `__name__` (and `__doc__`,
/// `__package__`, `__loader__`, `__spec__` as None).
pub fn new_module(name: &str) -> Value {
    let d = super::dict::new_dict();
    let n = super::str::new_str(name);
    super::dict::set_str(d, super::str::intern("__name__"), n);
    n.decref();
    for k in ["__doc__", "__package__", "__loader__", "__spec__"] {
        super::dict::set_str(d, super::str::intern(k), super::none());
    }
    alloc(ModuleObject { header: ObjHeader::new(&MODULE_TYPE), dict: Cell::new(d) })
}

#[inline]
pub fn is_module(v: Value) -> bool {
    v.is_ptr() && v.ty().is_subtype(&MODULE_TYPE)
}

/// The namespace dict of a module (borrowed).
#[inline]
pub fn module_dict(m: Value) -> Value {
    // SAFETY: callers pass module values.
    unsafe { m.as_ref::<ModuleObject>() }.dict.get()
}
