//! DeprecationWarning as CPython's default warning filters show it, for the warnings the data
//! model raises (`int()` delegating to `__trunc__`, `__int__`/`__index__`/`__float__`/
//! `__complex__` returning a strict subclass, NotImplemented in a boolean context).
//!
//! The default filters ignore DeprecationWarning except when it is attributed to code in
//! `__main__`, where the "default" action prints it once per (message, line):
//! `FILE:LINE: DeprecationWarning: MESSAGE` and the stripped source line, on `sys.stderr`.
//! There is no `warnings` module behind this yet: no filters, no `-W` option.

use super::str::intern;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashSet;

thread_local! {
    /// (filename, line, message) already shown.
    static SHOWN: RefCell<HashSet<(String, u32, String)>> = RefCell::new(HashSet::new());
}

/// Report a DeprecationWarning for the Python code running now (the innermost frame).
pub fn warn(vm: &mut Vm, msg: &str) -> PyResult<()> {
    let f = vm.frame;
    if f.is_null() {
        return Ok(());
    }
    // SAFETY: frames on the VM's chain are live while Python code runs; a live frame's code
    // object and globals outlive it.
    let (code, globals, pc) = unsafe { ((*f).code, (*f).globals, (*f).pc) };
    if code.is_null() || globals.is_null() {
        return Ok(());
    }
    let in_main = super::dict::get_str(globals, intern("__name__"))
        .and_then(super::str::as_str)
        .is_some_and(|n| n == "__main__");
    if !in_main {
        return Ok(());
    }
    // SAFETY: as above.
    let co = unsafe { &*code };
    let instr = pc.saturating_sub(1);
    let lineno = co.unit.locations.get(instr as usize).map_or(0, |l| l.lineno);
    let filename = co.unit.filename.to_string();
    let fresh = SHOWN.with(|s| s.borrow_mut().insert((filename.clone(), lineno, msg.to_string())));
    if !fresh {
        return Ok(());
    }
    let mut text = format!("{filename}:{lineno}: DeprecationWarning: {msg}\n");
    if let Some(line) = source_line(&filename, lineno) {
        let line = line.trim();
        if !line.is_empty() {
            text.push_str("  ");
            text.push_str(line);
            text.push('\n');
        }
    }
    crate::modules::sys::write_stderr(vm, &text)
}

/// Line `lineno` (1-based) of the file, if it can be read.
fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 || (filename.starts_with('<') && filename.ends_with('>')) {
        return None;
    }
    let bytes = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    text.lines().nth(lineno as usize - 1).map(str::to_string)
}

/// The warning for an `__index__` result that is an int subclass instance (consumes nothing;
/// on error the caller still owns `r`).
pub fn check_index_result(vm: &mut Vm, r: super::value::Value) -> PyResult<()> {
    if super::int::is_exact_int(r) {
        return Ok(());
    }
    let msg = strict_subclass_message("__index__", "int", crate::vm::ops::type_name(r));
    warn(vm, &msg)
}

/// "__int__ returned non-int (type X).  The ability to return an instance of a strict
/// subclass of int is deprecated, ..." (`what` is the method's display name, `base` the
/// built-in type).
pub fn strict_subclass_message(what: &str, base: &str, got: &str) -> String {
    format!(
        "{what} returned non-{base} (type {got}).  The ability to return an instance of a strict subclass of {base} is deprecated, and may be removed in a future version of Python."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected text from python3 -W always: class S(int) returned by __index__.
    #[test]
    fn subclass_message() {
        assert_eq!(
            strict_subclass_message("__index__", "int", "S"),
            "__index__ returned non-int (type S).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python."
        );
    }

    #[test]
    fn no_frame_is_silent() {
        let mut vm = Vm::new();
        assert!(warn(&mut vm, "x").is_ok());
    }
}
