//! Where the function type gets its bound methods from: the `method` type of
//! `bound_method.rs`.

use super::value::Value;

/// `func` bound to `obj` (a new reference).
pub fn new_bound_method(func: Value, obj: Value) -> Value {
    super::bound_method::new_bound_method(func, obj)
}
