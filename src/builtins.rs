//! The `builtins` module: `init_builtins` fills `vm.builtins` with the built-in types, the
//! exception classes, the constants and the built-in functions, each implemented in a file of
//! `builtins/` by concern. `args` is the argument parser every native function in the
//! project can use (CPython's `TypeError` wording for each calling style).
//!
//! Functions: abs all any ascii bin breakpoint callable chr delattr dir divmod exit format
//! getattr hasattr hash hex id input isinstance issubclass iter len max min next oct open ord
//! pow print quit repr round setattr sorted sum vars (`exit`/`quit` are plain functions here,
//! not `site`'s Quitter objects).
//!
//! Not here (the interpreter adds them to `vm.builtins` itself): exec, eval, compile, globals,
//! locals, `__build_class__`, `__import__`, super, property, staticmethod, classmethod.

pub mod args;
pub mod attrs;
pub mod core;
pub mod iteration;
pub mod numeric;
pub mod print_input;
pub mod typecheck;

use crate::objects::typeobj::MethodDef;
use crate::objects::{self as obj, dict, str::intern, Value};
use crate::vm::{ops, PyResult, Vm};

/// Every built-in function this module defines, in CPython's `dir(builtins)` order.
static FUNCTIONS: [MethodDef; 38] = [
    MethodDef::static_("abs", core::builtin_abs),
    MethodDef::static_("all", iteration::builtin_all),
    MethodDef::static_("any", iteration::builtin_any),
    MethodDef::static_("ascii", core::builtin_ascii),
    MethodDef::static_("bin", numeric::builtin_bin),
    MethodDef::static_("breakpoint", core::builtin_breakpoint),
    MethodDef::static_("callable", core::builtin_callable),
    MethodDef::static_("chr", core::builtin_chr),
    MethodDef::static_("delattr", attrs::builtin_delattr),
    MethodDef::static_("dir", attrs::builtin_dir),
    MethodDef::static_("divmod", numeric::builtin_divmod),
    MethodDef::static_("exit", core::builtin_exit),
    MethodDef::static_("format", core::builtin_format),
    MethodDef::static_("getattr", attrs::builtin_getattr),
    MethodDef::static_("hasattr", attrs::builtin_hasattr),
    MethodDef::static_("hash", core::builtin_hash),
    MethodDef::static_("hex", numeric::builtin_hex),
    MethodDef::static_("id", core::builtin_id),
    MethodDef::static_("input", print_input::builtin_input),
    MethodDef::static_("isinstance", typecheck::builtin_isinstance),
    MethodDef::static_("issubclass", typecheck::builtin_issubclass),
    MethodDef::static_("iter", iteration::builtin_iter),
    MethodDef::static_("len", core::builtin_len),
    MethodDef::static_("max", iteration::builtin_max),
    MethodDef::static_("min", iteration::builtin_min),
    MethodDef::static_("next", iteration::builtin_next),
    MethodDef::static_("oct", numeric::builtin_oct),
    MethodDef::static_("open", crate::modules::io::builtin_open),
    MethodDef::static_("ord", core::builtin_ord),
    MethodDef::static_("pow", numeric::builtin_pow),
    MethodDef::static_("print", print_input::builtin_print),
    MethodDef::static_("quit", core::builtin_exit),
    MethodDef::static_("repr", core::builtin_repr),
    MethodDef::static_("round", numeric::builtin_round),
    MethodDef::static_("setattr", attrs::builtin_setattr),
    MethodDef::static_("sorted", iteration::builtin_sorted),
    MethodDef::static_("sum", numeric::builtin_sum),
    MethodDef::static_("vars", attrs::builtin_vars),
];

/// Fill `vm.builtins` (a dict) with every built-in name this module provides. Call once at
/// startup, after `Vm::new()` and before running code; types registered later (other areas'
/// registries) are picked up on the next call, which only adds missing names.
pub fn init_builtins(vm: &mut Vm) {
    crate::modules::io::init_types();
    let d = vm.builtins;
    let module_name = intern("builtins");
    let set = |name: &str, v: Value| {
        dict::set_str(d, intern(name), v);
    };
    set("__name__", module_name);
    set("__doc__", obj::none());
    set("__package__", intern(""));
    set("None", obj::none());
    set("Ellipsis", obj::ellipsis());
    set("NotImplemented", obj::not_implemented());
    set("True", obj::bool_value(true));
    set("False", obj::bool_value(false));
    set("__debug__", obj::bool_value(vm.optimize == 0));
    for (name, t) in obj::area_types() {
        if !name.is_empty() {
            set(name, t.as_value());
        }
    }
    for t in obj::exceptions::ALL_EXCEPTION_TYPES {
        set(t.name(), t.as_value());
    }
    set("EnvironmentError", obj::exceptions::OS_ERROR.as_value());
    set("IOError", obj::exceptions::OS_ERROR.as_value());
    for def in FUNCTIONS.iter() {
        let f = obj::method::new_builtin_function(def, module_name);
        set(def.name, f);
        f.decref();
    }
}

/// `type(v).__name__` lookup of a special method, bound to `v` (a new reference), as CPython's
/// `_PyObject_LookupSpecial`: the type's MRO only, never the instance dict.
pub fn lookup_special(vm: &mut Vm, v: Value, name: &str) -> PyResult<Option<Value>> {
    let ty = v.ty();
    let Some(d) = ty.lookup(intern(name)) else { return Ok(None) };
    match d.ty().slots().descr_get {
        Some(get) => {
            d.incref();
            let r = get(vm, d, v, ty.as_value());
            d.decref();
            r.map(Some)
        }
        None => Ok(Some(d.new_ref())),
    }
}

/// Call the special method `name` of `v` with `args`; `None` when the type lacks it.
pub fn call_special(vm: &mut Vm, v: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    match lookup_special(vm, v, name)? {
        Some(m) => {
            let r = ops::call(vm, m, args, &[]);
            m.decref();
            r.map(Some)
        }
        None => Ok(None),
    }
}

/// A builtin looked up by name in `vm.builtins` (borrowed), for functions implemented by
/// other parts of the runtime (`locals` for `vars()`/`dir()`).
pub fn builtin_named(vm: &Vm, name: &str) -> Option<Value> {
    if vm.builtins.is_null() {
        return None;
    }
    dict::get_str(vm.builtins, intern(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_are_bound() {
        let mut vm = Vm::new();
        init_builtins(&mut vm);
        for n in ["len", "print", "int", "ValueError", "IOError", "None", "__debug__", "open", "sorted"] {
            assert!(dict::get_str(vm.builtins, intern(n)).is_some(), "{n}");
        }
    }
}
