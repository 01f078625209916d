//! Registry of the text built-in types: what startup initialises and what `builtins` binds.

use super::TypeObject;

/// The text types, bases before subclasses, with the name `builtins` binds them under
/// (`""` for types that are not built-in names, e.g. iterator types).
pub fn types() -> Vec<(&'static str, &'static TypeObject)> {
    vec![
        ("bytes", &super::bytes::BYTES_TYPE),
        ("bytearray", &super::bytearray::BYTEARRAY_TYPE),
        ("memoryview", &super::memoryview::MEMORYVIEW_TYPE),
        ("", &super::str_type::STR_ASCII_ITER_TYPE),
        ("", &super::str_type::STR_ITER_TYPE),
        ("", &super::bytes::BYTES_ITER_TYPE),
        ("", &super::bytearray::BYTEARRAY_ITER_TYPE),
        ("", &super::memoryview::MEMORYVIEW_ITER_TYPE),
    ]
}

/// A bytes value (for bytes constants).
pub fn new_bytes_value(b: &[u8]) -> crate::vm::PyResult {
    Ok(super::bytes::new_bytes(b))
}

/// The bytes of a bytes-like object (bytes, bytearray, memoryview), or `None` for other types.
pub fn bytes_like_data(_vm: &mut crate::vm::Vm, v: crate::objects::Value) -> crate::vm::PyResult<Option<Vec<u8>>> {
    Ok(super::bytes::buffer_bytes(v).map(|d| d.to_vec()))
}
