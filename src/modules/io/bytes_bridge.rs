//! Making and reading `bytes` objects from the file objects. The `bytes` type belongs to the
//! text area and its layout was not available when this module was written, so this goes
//! through the type's Python-level behaviour: `bytes(list_of_ints)` to make one and iteration
//! to read one. Replace both bodies with direct calls into the bytes implementation once it
//! is on main (the signatures stay).

use crate::objects::exceptions::{system_error, type_error};
use crate::objects::int::int_as_i64;
use crate::objects::{self as obj, Owned, Value};
use crate::vm::{ops, PyResult, Vm};

/// Whether `v` is a bytes-like object the streams accept (bytes, bytearray, memoryview).
pub fn is_bytes_like(v: Value) -> bool {
    v.is_ptr() && matches!(v.ty().tp_name(), "bytes" | "bytearray" | "memoryview")
        || (v.is_ptr() && v.ty().has_flag(obj::typeobj::TypeFlags::BYTES_SUBCLASS))
}

/// A new `bytes` object holding `data`.
pub fn new_bytes(vm: &mut Vm, data: &[u8]) -> PyResult {
    let Some(bytes_type) = crate::builtins::builtin_named(vm, "bytes") else {
        return Err(system_error("the bytes type is not available"));
    };
    let items: Vec<Value> = data.iter().map(|&b| Value::small_int(b as i64)).collect();
    let list = Owned::new(obj::list::list_from_vec(items));
    let t = Owned::from_borrowed(bytes_type);
    ops::call(vm, t.get(), &[list.get()], &[])
}

/// The bytes of a bytes-like object; other values raise CPython's
/// `a bytes-like object is required, not 'str'`.
pub fn bytes_data(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if !is_bytes_like(v) {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", ops::type_name(v))));
    }
    let items = ops::collect(vm, v)?;
    let mut out = Vec::with_capacity(items.len());
    for x in items {
        out.push(int_as_i64(x).unwrap_or(0) as u8);
        x.decref();
    }
    Ok(out)
}
