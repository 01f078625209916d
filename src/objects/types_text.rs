//! Registry of the text built-in types: what startup initialises and what `builtins` binds.

use super::TypeObject;

/// The text types, bases before subclasses, with the name `builtins` binds them under
/// (`""` for types that are not built-in names, e.g. iterator types).
pub fn types() -> Vec<(&'static str, &'static TypeObject)> {
    vec![]
}

/// A bytes value (for bytes constants). Until the bytes type exists this reports that it is
/// not available.
pub fn new_bytes_value(_b: &[u8]) -> crate::vm::PyResult {
    Err(crate::objects::exceptions::system_error("bytes are not available yet"))
}
