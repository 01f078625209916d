//! Methods shared by `bytes` and `bytearray` (read-only ones: search, split, strip, case,
//! predicates, hex, decode, join, ...), and the two types' method tables.

use super::typeobj::MethodDef;
use super::value::Value;
use crate::vm::{PyResult, Vm};

/// `bytes.hex([sep[, bytes_per_sep]])`.
pub fn hex_method(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let d = super::bytes::buffer_bytes(args[0]).unwrap_or(&[]);
    let s: String = d.iter().map(|b| format!("{b:02x}")).collect();
    Ok(super::str::str_from_string(s))
}

pub static BYTES_METHODS: &[MethodDef] = &[MethodDef::method("hex", hex_method)];
pub static BYTEARRAY_METHODS: &[MethodDef] = &[
    MethodDef::method("hex", hex_method),
    MethodDef::method("append", super::bytearray::m_append),
    MethodDef::method("extend", super::bytearray::m_extend),
    MethodDef::method("pop", super::bytearray::m_pop),
    MethodDef::method("insert", super::bytearray::m_insert),
    MethodDef::method("remove", super::bytearray::m_remove),
    MethodDef::method("clear", super::bytearray::m_clear),
    MethodDef::method("reverse", super::bytearray::m_reverse),
    MethodDef::method("copy", super::bytearray::m_copy),
    MethodDef::method("__alloc__", super::bytearray::m_alloc),
    MethodDef::method("__iadd__", super::bytearray::m_iadd),
];
