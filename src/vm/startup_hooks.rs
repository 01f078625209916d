//! The pieces of startup and shutdown that other parts of the runtime provide (the builtins
//! module, `sys`, the standard streams, traceback printing), called from `run.rs`.

use crate::objects::{self as obj, Value};
use crate::vm::{PyErr, Vm};

/// Fill `vm.builtins` with the builtins module's names (the interpreter's own functions are
/// installed by `builtins_core::install` before this).
pub fn install_builtins(vm: &mut Vm) {
    crate::builtins::init_builtins(vm);
    let name = obj::str::intern("builtins");
    for def in BUILD_CLASS.iter() {
        let f = obj::method::new_builtin_function(def, name);
        obj::dict::set_str(vm.builtins, obj::str::intern(def.name), f);
        f.decref();
    }
}

static BUILD_CLASS: [obj::typeobj::MethodDef; 1] = [obj::typeobj::MethodDef::method("__build_class__", crate::objects::build_class::build_class)];

/// Create `sys` (argv, path, modules) and the standard streams.
pub fn install_sys(vm: &mut Vm, argv: &[String], path0: &str) {
    let m = crate::modules::sys::make_sys_module_with_path(vm, argv, &[path0.to_string()]);
    m.decref();
    let (i, o, e) = crate::modules::io::make_std_streams(vm);
    crate::modules::sys::set_std_streams(vm, i, o, e);
    for v in [i, o, e] {
        v.decref();
    }
}

/// Print an uncaught exception as CPython does; returns the exit status (SystemExit's code).
pub fn report_uncaught(vm: &mut Vm, e: PyErr) -> u8 {
    let v: Value = e.value();
    crate::vm::traceback::handle_uncaught(vm, v)
}

/// Flush sys.stdout and sys.stderr.
pub fn flush_std_streams(vm: &mut Vm) -> bool {
    crate::modules::io::flush_std_streams(vm)
}
