//! What the rest of the runtime calls to run Python code (implemented by the interpreter in
//! `interp.rs`). Kept separate so callers do not depend on the interpreter's internals.

use crate::objects::Value;
use crate::vm::{PyResult, Vm};

/// Run the body of a class statement: call `func` (the function made from the class body's
/// code, as `__build_class__` receives it) with `locals` (the class namespace dict) as its
/// local namespace. Returns the body's result: the `__classcell__` cell if the body created
/// one (the caller stores the new class into it), else None.
pub fn run_class_body(vm: &mut Vm, func: Value, locals: Value) -> PyResult {
    super::interp::run_class_body(vm, func, locals)
}
