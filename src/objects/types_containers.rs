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
