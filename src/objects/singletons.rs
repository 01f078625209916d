//! `None`, `NotImplemented` and `Ellipsis`: static, immortal objects of their own types.

use super::object::ObjHeader;
use super::typeobj::{Slots, TypeObject};
use super::value::Value;
use crate::vm::{PyResult, Vm};

/// The layout of the singletons: a bare header.
#[repr(C)]
pub struct Singleton {
    pub header: ObjHeader,
}

fn none_repr(_vm: &mut Vm, _v: Value) -> PyResult {
    Ok(super::str::intern("None"))
}
fn none_bool(_vm: &mut Vm, _v: Value) -> PyResult<bool> {
    Ok(false)
}
fn notimpl_repr(_vm: &mut Vm, _v: Value) -> PyResult {
    Ok(super::str::intern("NotImplemented"))
}
/// True, with CPython 3.11's DeprecationWarning.
fn notimpl_bool(vm: &mut Vm, _v: Value) -> PyResult<bool> {
    super::deprecation::warn(vm, "NotImplemented should not be used in a boolean context")?;
    Ok(true)
}
fn ellipsis_repr(_vm: &mut Vm, _v: Value) -> PyResult {
    Ok(super::str::intern("Ellipsis"))
}

pub static NONE_TYPE: TypeObject = TypeObject::new_static(
    "NoneType",
    Some(&super::OBJECT_TYPE),
    0,
    Slots { repr: Some(none_repr), bool: Some(none_bool), ..Slots::EMPTY },
    &[],
    &[],
);
pub static NOT_IMPLEMENTED_TYPE: TypeObject = TypeObject::new_static(
    "NotImplementedType",
    Some(&super::OBJECT_TYPE),
    0,
    Slots { repr: Some(notimpl_repr), bool: Some(notimpl_bool), ..Slots::EMPTY },
    &[],
    &[],
);
pub static ELLIPSIS_TYPE: TypeObject = TypeObject::new_static(
    "ellipsis",
    Some(&super::OBJECT_TYPE),
    0,
    Slots { repr: Some(ellipsis_repr), ..Slots::EMPTY },
    &[],
    &[],
);

// SAFETY: the runtime is single-threaded (see TypeObject's Sync impl).
unsafe impl Sync for Singleton {}

pub static NONE_OBJ: Singleton = Singleton { header: ObjHeader::immortal(&NONE_TYPE) };
pub static NOT_IMPLEMENTED_OBJ: Singleton = Singleton { header: ObjHeader::immortal(&NOT_IMPLEMENTED_TYPE) };
pub static ELLIPSIS_OBJ: Singleton = Singleton { header: ObjHeader::immortal(&ELLIPSIS_TYPE) };

/// `None`.
#[inline(always)]
pub fn none() -> Value {
    Value::from_ptr(&NONE_OBJ)
}
/// `NotImplemented`.
#[inline(always)]
pub fn not_implemented() -> Value {
    Value::from_ptr(&NOT_IMPLEMENTED_OBJ)
}
/// `Ellipsis`.
#[inline(always)]
pub fn ellipsis() -> Value {
    Value::from_ptr(&ELLIPSIS_OBJ)
}

impl Value {
    #[inline(always)]
    pub fn is_none(self) -> bool {
        self == none()
    }
    #[inline(always)]
    pub fn is_not_implemented(self) -> bool {
        self == not_implemented()
    }
}
