//! The interpreter loop (being written).

use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// See `interp_api::run_class_body`.
pub fn run_class_body(_vm: &mut Vm, _func: Value, _locals: Value) -> PyResult {
    Err(crate::objects::exceptions::system_error("class bodies cannot run yet"))
}
