//! The virtual machine: interpreter state (`Vm`), the error type every fallible runtime
//! operation returns (`PyErr`), the generic operations on values (`ops`, CPython's
//! "abstract object layer"), and the interpreter loop.

pub mod frame;
pub mod interp;
pub mod interp_api;
pub mod builtins_core;
pub mod exc_groups;
pub mod import;
pub mod ops;
pub mod traceback;
pub mod patterns;
pub mod run;
pub mod signals;
pub mod suggestions;
pub mod startup_hooks;
pub mod tb_hook;

use crate::objects::Value;

/// A raised Python exception: an owned reference to the exception instance.
pub struct PyErr(Value);

/// The result of a runtime operation; `Err` carries the raised exception.
pub type PyResult<T = Value> = Result<T, PyErr>;

impl PyErr {
    /// Wrap an exception instance (the reference is taken over).
    pub fn from_instance(exc: Value) -> PyErr {
        debug_assert!(crate::objects::exceptions::is_exception(exc));
        PyErr(exc)
    }
    /// The exception instance (borrowed).
    pub fn value(&self) -> Value {
        self.0
    }
    /// The exception instance, ownership passed to the caller.
    pub fn into_value(self) -> Value {
        let v = self.0;
        std::mem::forget(self);
        v
    }
    /// Whether the exception is an instance of `ty` (or a subclass).
    pub fn matches(&self, ty: &crate::objects::TypeObject) -> bool {
        self.0.is_instance_of(ty)
    }
}

impl Drop for PyErr {
    fn drop(&mut self) {
        self.0.decref();
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({:?})", self.0)
    }
}

/// Interpreter state. One per process; passed as `&mut Vm` to everything that can run Python
/// code or needs interpreter-wide state.
pub struct Vm {
    /// The `builtins` module's dict.
    pub builtins: Value,
    /// `sys.modules`.
    pub modules: Value,
    /// The `sys` module (NULL until created).
    pub sys: Value,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// Current Python call depth (frames on the interpreter's stack plus native re-entries).
    pub depth: usize,
    /// The exception being handled (owned; NULL if none): what `sys.exc_info()` and a bare
    /// `raise` see. PUSH_EXC_INFO / POP_EXCEPT save and restore it on the value stack.
    pub exc_info: Value,
    /// The running frame (null when no Python code runs).
    pub frame: *mut frame::Frame,
    /// Where call frames are allocated.
    pub stack: frame::DataStack,
    /// `sys.get_int_max_str_digits()` (0 = no limit).
    pub int_max_str_digits: usize,
    /// `-O` level.
    pub optimize: u8,
}

impl Vm {
    /// A VM with built-in types initialised (no modules yet).
    pub fn new() -> Vm {
        crate::objects::init_static_types();
        Vm {
            builtins: crate::objects::dict::new_dict(),
            modules: crate::objects::dict::new_dict(),
            sys: Value::NULL,
            recursion_limit: 1000,
            depth: 0,
            exc_info: Value::NULL,
            frame: std::ptr::null_mut(),
            stack: frame::DataStack::new(),
            int_max_str_digits: 4300,
            optimize: 0,
        }
    }

    /// The `builtins` module (borrowed from sys.modules; NULL before startup).
    pub fn builtins_module(&self) -> Value {
        crate::objects::dict::get_str(self.modules, crate::objects::str::intern("builtins")).unwrap_or(self.builtins)
    }

    /// The exception currently being handled (borrowed; NULL if none).
    pub fn current_exception(&self) -> Value {
        self.exc_info
    }
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
