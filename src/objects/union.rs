//! `types.UnionType`: what `int | str` makes (PEP 604). isinstance/issubclass accept it; its
//! repr is `int | str`; it flattens and deduplicates its members.

use super::object::{alloc, dealloc_box, ObjHeader};
use super::typeobj::{CmpOp, GetSetDef, Slots, TypeObject};
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};

#[repr(C)]
pub struct UnionObject {
    pub header: ObjHeader,
    /// `__args__`: a tuple of the member types (None is stored as NoneType).
    pub args: Value,
}

impl Drop for UnionObject {
    fn drop(&mut self) {
        self.args.decref();
    }
}

fn union_obj<'a>(v: Value) -> &'a UnionObject {
    // SAFETY: callers pass union objects.
    unsafe { v.as_ref::<UnionObject>() }
}

fn is_union(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&UNION_TYPE)
}

/// Whether `v` may be a member of a union: a type, None, or a union.
fn unionable(v: Value) -> bool {
    v.is_none() || is_union(v) || super::type_type::as_type(v).is_some()
}

fn push_members(v: Value, out: &mut Vec<Value>) {
    // None is kept as NoneType, as CPython's `__args__` shows.
    let v = if v.is_none() { super::singletons::NONE_TYPE.as_value() } else { v };
    let members: Vec<Value> = if is_union(v) { super::tuple::items(union_obj(v).args).to_vec() } else { vec![v] };
    for m in members {
        if !out.contains(&m) {
            out.push(m);
        }
    }
}

/// `a | b` for types, None and unions (NotImplemented for anything else).
pub fn type_or(_vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    if op != 7 || !unionable(a) || !unionable(b) {
        return Ok(super::not_implemented());
    }
    let mut members = Vec::new();
    push_members(a, &mut members);
    push_members(b, &mut members);
    if members.len() == 1 {
        return Ok(members[0].new_ref());
    }
    let args = super::tuple::new_tuple(&members);
    Ok(alloc(UnionObject { header: ObjHeader::new(&UNION_TYPE), args }))
}

fn member_repr(vm: &mut Vm, v: Value) -> PyResult<String> {
    if v.is_none() || v == super::singletons::NONE_TYPE.as_value() {
        return Ok("None".to_string());
    }
    if let Some(t) = super::type_type::as_type(v) {
        let module = super::type_type::type_module_name(t);
        let q = ops::getattr(vm, v, super::str::intern("__qualname__"))?;
        let qs = super::str::str_obj(q).to_string_lossy().into_owned();
        q.decref();
        return Ok(if module == "builtins" { qs } else { format!("{module}.{qs}") });
    }
    let r = ops::repr(vm, v)?;
    let s = super::str::str_obj(r).to_string_lossy().into_owned();
    r.decref();
    Ok(s)
}

fn union_repr(vm: &mut Vm, u: Value) -> PyResult {
    let mut parts = Vec::new();
    for &m in super::tuple::items(union_obj(u).args) {
        parts.push(member_repr(vm, m)?);
    }
    Ok(super::str::new_str(&parts.join(" | ")))
}

fn union_richcmp(_vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !is_union(b) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(super::not_implemented());
    }
    let (x, y) = (super::tuple::items(union_obj(a).args), super::tuple::items(union_obj(b).args));
    let same = x.len() == y.len() && x.iter().all(|m| y.contains(m));
    Ok(super::bool_value(same == (op == CmpOp::Eq)))
}

fn union_hash(_vm: &mut Vm, u: Value) -> PyResult<i64> {
    // Order-insensitive, like hashing the frozenset of the members.
    let mut h: i64 = 0x5b2e_91f3;
    for &m in super::tuple::items(union_obj(u).args) {
        h ^= ops::identity_hash(m);
    }
    Ok(if h == -1 { -2 } else { h })
}

fn get_args(_vm: &mut Vm, u: Value) -> PyResult {
    Ok(union_obj(u).args.new_ref())
}

static UNION_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "__args__", get: get_args, set: None }];

pub static UNION_TYPE: TypeObject = TypeObject::new_static(
    "types.UnionType",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<UnionObject>,
        repr: Some(union_repr),
        richcmp: Some(union_richcmp),
        hash: Some(union_hash),
        binop: Some(type_or),
        ..Slots::EMPTY
    },
    &[],
    &UNION_GETSETS,
);
