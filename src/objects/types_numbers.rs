//! Registry of the numbers built-in types: what startup initialises and what `builtins` binds.

use super::TypeObject;

/// The numbers types, bases before subclasses, with the name `builtins` binds them under
/// (`""` for types that are not built-in names, e.g. iterator types).
pub fn types() -> Vec<(&'static str, &'static TypeObject)> {
    vec![("complex", &super::complex::COMPLEX_TYPE)]
}

/// A complex value (for `complex` constants).
pub fn new_complex_value(re: f64, im: f64) -> crate::vm::PyResult {
    Ok(super::complex::new_complex(re, im))
}
