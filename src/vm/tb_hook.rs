//! Where the interpreter records traceback entries as an exception leaves a frame (the
//! traceback object type lives in `objects/traceback.rs`, whose module doc states the
//! contract).

use crate::objects::code::CodeObject;
use crate::objects::Value;

/// Add the entry for `code` at instruction `instr` to the head of `exc`'s `__traceback__`.
#[inline]
pub fn add_traceback(exc: Value, code: &CodeObject, instr: u32) {
    let code_value = Value::from_ptr(code as *const CodeObject);
    crate::objects::traceback::add_traceback_entry_with_code(exc, &code.unit, code_value, instr);
}
