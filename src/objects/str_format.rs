//! String formatting: printf-style `str % args`, `str.format` / `format_map`, `format(v, spec)`
//! dispatch, and the f-string helpers the interpreter calls (`format_value`).

use super::value::Value;
use crate::vm::{PyResult, Vm};

/// `fmt % args` for a str `fmt`.
pub fn percent_format(_vm: &mut Vm, fmt: Value, _args: Value) -> PyResult {
    Ok(fmt.new_ref())
}
