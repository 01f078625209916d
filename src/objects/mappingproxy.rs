//! `mappingproxy`: the read-only view of a class's namespace that `C.__dict__` returns (and
//! `types.MappingProxyType`). Reads go to the underlying mapping; writes are refused, so a
//! class's attributes change only through `setattr` on the class, which keeps its version tag
//! (and those of its subclasses) current.

use super::object::{alloc, dealloc_box, ObjHeader, Owned};
use super::typeobj::{CmpOp, MethodDef, Slots, TypeObject};
use super::value::Value;
use crate::objects::exceptions::type_error;
use crate::objects::str::new_str;
use crate::vm::{ops, PyResult, Vm};

#[repr(C)]
pub struct MappingProxy {
    pub header: ObjHeader,
    /// The mapping viewed (owned).
    pub mapping: Value,
}

impl Drop for MappingProxy {
    fn drop(&mut self) {
        self.mapping.decref();
    }
}

/// A read-only view of `mapping` (a new reference to it is taken).
pub fn new_mappingproxy(mapping: Value) -> Value {
    mapping.incref();
    alloc(MappingProxy { header: ObjHeader::new(&MAPPINGPROXY_TYPE), mapping })
}

fn inner(v: Value) -> Value {
    // SAFETY: only called on mappingproxy instances (slots and methods of this type).
    unsafe { v.as_ref::<MappingProxy>() }.mapping
}

fn mp_new(_vm: &mut Vm, _ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() || args.len() != 1 {
        return Err(type_error(format!("mappingproxy() takes exactly one argument ({} given)", args.len())));
    }
    let m = args[0];
    let s = m.ty().slots();
    let is_mapping = s.getitem.is_some() && !super::list::is_list(m) && !super::tuple::is_tuple(m);
    if !is_mapping {
        return Err(type_error(format!("mappingproxy() argument must be a mapping, not {}", ops::type_name(m))));
    }
    Ok(new_mappingproxy(m))
}

fn mp_repr(vm: &mut Vm, v: Value) -> PyResult {
    let r = Owned::new(ops::repr(vm, inner(v))?);
    Ok(new_str(&format!("mappingproxy({})", super::str::str_obj(r.get()).to_string_lossy())))
}

/// `str(proxy)` is the mapping's str (`repr` shows the wrapper).
fn mp_str(vm: &mut Vm, v: Value) -> PyResult {
    ops::str(vm, inner(v))
}

fn mp_getitem(vm: &mut Vm, v: Value, k: Value) -> PyResult {
    let m = Owned::from_borrowed(inner(v));
    ops::getitem(vm, m.get(), k)
}

fn mp_len(vm: &mut Vm, v: Value) -> PyResult<usize> {
    ops::len(vm, inner(v))
}

fn mp_iter(vm: &mut Vm, v: Value) -> PyResult {
    ops::iter(vm, inner(v))
}

fn mp_contains(vm: &mut Vm, v: Value, k: Value) -> PyResult<bool> {
    let m = Owned::from_borrowed(inner(v));
    ops::contains(vm, m.get(), k)
}

fn mp_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    let m = Owned::from_borrowed(inner(a));
    let other = if b.is_exact(&MAPPINGPROXY_TYPE) { inner(b) } else { b };
    ops::rich_compare(vm, m.get(), other, op)
}

fn mp_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    visit(inner(v));
}

/// `proxy.NAME(*args)` forwarded to the mapping.
fn forward(vm: &mut Vm, name: &str, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let m = Owned::from_borrowed(inner(args[0]));
    ops::call_method(vm, m.get(), name, &args[1..])
}

fn mp_keys(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    forward(vm, "keys", args, kw)
}
fn mp_values(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    forward(vm, "values", args, kw)
}
fn mp_items(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    forward(vm, "items", args, kw)
}
fn mp_get(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    forward(vm, "get", args, kw)
}
fn mp_copy(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    forward(vm, "copy", args, kw)
}

static MP_METHODS: [MethodDef; 5] = [
    MethodDef::method("keys", mp_keys),
    MethodDef::method("values", mp_values),
    MethodDef::method("items", mp_items),
    MethodDef::method("get", mp_get),
    MethodDef::method("copy", mp_copy),
];

pub static MAPPINGPROXY_TYPE: TypeObject = TypeObject::new_static(
    "mappingproxy",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<MappingProxy>,
        traverse: Some(mp_traverse),
        repr: Some(mp_repr),
        str: Some(mp_str),
        getitem: Some(mp_getitem),
        len: Some(mp_len),
        iter: Some(mp_iter),
        contains: Some(mp_contains),
        richcmp: Some(mp_richcmp),
        new: Some(mp_new),
        ..Slots::EMPTY
    },
    &MP_METHODS,
    &[],
);
