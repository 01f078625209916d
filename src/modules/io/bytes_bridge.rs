//! Making and reading `bytes` objects from the file objects, through the bytes type's own
//! constructors (`objects::bytes`).

use crate::objects::bytes::{buffer_bytes, is_bytes};
use crate::objects::exceptions::type_error;
use crate::objects::Value;
use crate::vm::{ops, PyResult, Vm};

/// Whether `v` is a bytes-like object the streams accept (bytes, bytearray, memoryview).
pub fn is_bytes_like(v: Value) -> bool {
    v.is_ptr() && (is_bytes(v) || buffer_bytes(v).is_some())
}

/// A new `bytes` object holding `data`.
pub fn new_bytes(_vm: &mut Vm, data: &[u8]) -> PyResult {
    Ok(crate::objects::bytes::new_bytes(data))
}

/// The bytes of a bytes-like object; other values raise CPython's
/// `a bytes-like object is required, not 'str'`.
pub fn bytes_data(_vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    match if v.is_ptr() { buffer_bytes(v) } else { None } {
        Some(b) => Ok(b.to_vec()),
        None => Err(type_error(format!("a bytes-like object is required, not '{}'", ops::type_name(v)))),
    }
}
