//! Registry of the numbers built-in types: what startup initialises and what `builtins` binds.

use super::TypeObject;

/// The numbers types, bases before subclasses, with the name `builtins` binds them under
/// (`""` for types that are not built-in names, e.g. iterator types).
pub fn types() -> Vec<(&'static str, &'static TypeObject)> {
    vec![]
}

/// A complex value (for `complex` constants). Until the complex type exists this reports
/// that it is not available.
pub fn new_complex_value(_re: f64, _im: f64) -> crate::vm::PyResult {
    Err(crate::objects::exceptions::system_error("complex numbers are not available yet"))
}
