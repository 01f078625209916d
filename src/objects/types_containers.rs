//! Registry of the containers built-in types: what startup initialises and what `builtins` binds.

use super::TypeObject;

/// The containers types, bases before subclasses, with the name `builtins` binds them under
/// (`""` for types that are not built-in names, e.g. iterator types).
pub fn types() -> Vec<(&'static str, &'static TypeObject)> {
    vec![]
}

/// A frozenset of `items` (borrowed), for frozenset constants. Until the set types exist this
/// reports that it is not available.
pub fn new_frozenset_value(_vm: &mut crate::vm::Vm, _items: &[crate::objects::Value]) -> crate::vm::PyResult {
    Err(crate::objects::exceptions::system_error("frozenset is not available yet"))
}

/// A slice object (BUILD_SLICE; arguments borrowed). Until the slice type exists this reports
/// that it is not available.
pub fn new_slice_value(_start: crate::objects::Value, _stop: crate::objects::Value, _step: crate::objects::Value) -> crate::vm::PyResult {
    Err(crate::objects::exceptions::system_error("slices are not available yet"))
}

/// A set of `items` (borrowed), for BUILD_SET.
pub fn new_set_value(_vm: &mut crate::vm::Vm, _items: &[crate::objects::Value]) -> crate::vm::PyResult {
    Err(crate::objects::exceptions::system_error("sets are not available yet"))
}

/// `s.add(v)` (SET_ADD; v borrowed).
pub fn set_add_value(_vm: &mut crate::vm::Vm, _s: crate::objects::Value, _v: crate::objects::Value) -> crate::vm::PyResult<()> {
    Err(crate::objects::exceptions::system_error("sets are not available yet"))
}
