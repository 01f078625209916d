//! The `gc` module: the cycle collector's controls (`collect`, `enable`, `disable`,
//! `isenabled`, `get_count`, `get_threshold`, `set_threshold`, `is_tracked`).

use crate::objects::exceptions::type_error;
use crate::objects::method::new_builtin_function;
use crate::objects::typeobj::MethodDef;
use crate::objects::{self as obj, dict, gc, int::int_from_i64, none, Value};
use crate::vm::{PyResult, Vm};

fn no_args(name: &str, args: &[Value]) -> PyResult<()> {
    if args.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no arguments ({} given)", args.len())))
    }
}

fn gc_collect(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    if args.len() > 1 {
        return Err(type_error(format!("collect() takes at most 1 argument ({} given)", args.len())));
    }
    Ok(int_from_i64(gc::collect() as i64))
}
fn gc_enable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    no_args("enable", args)?;
    gc::set_enabled(true);
    Ok(none())
}
fn gc_disable(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    no_args("disable", args)?;
    gc::set_enabled(false);
    Ok(none())
}
fn gc_isenabled(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    no_args("isenabled", args)?;
    Ok(obj::bool_value(gc::is_enabled()))
}
fn gc_get_count(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    no_args("get_count", args)?;
    let items = vec![int_from_i64(gc::count() as i64), int_from_i64(0), int_from_i64(0)];
    Ok(obj::tuple::tuple_from_vec(items))
}
fn gc_get_threshold(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    no_args("get_threshold", args)?;
    // CPython's default thresholds; pyjit's single generation grows its own threshold.
    Ok(obj::tuple::tuple_from_vec(vec![int_from_i64(700), int_from_i64(10), int_from_i64(10)]))
}
fn gc_set_threshold(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    if args.is_empty() || args.len() > 3 {
        return Err(type_error(format!("set_threshold() takes at least 1 argument ({} given)", args.len())));
    }
    Ok(none())
}
fn gc_is_tracked(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    if args.len() != 1 {
        return Err(type_error(format!("is_tracked() takes exactly one argument ({} given)", args.len())));
    }
    Ok(obj::bool_value(gc::is_tracked(args[0])))
}

static GC_FUNCTIONS: [MethodDef; 8] = [
    MethodDef::method("collect", gc_collect),
    MethodDef::method("enable", gc_enable),
    MethodDef::method("disable", gc_disable),
    MethodDef::method("isenabled", gc_isenabled),
    MethodDef::method("get_count", gc_get_count),
    MethodDef::method("get_threshold", gc_get_threshold),
    MethodDef::method("set_threshold", gc_set_threshold),
    MethodDef::method("is_tracked", gc_is_tracked),
];

/// Build the `gc` module.
pub fn make_module(_vm: &mut Vm) -> PyResult {
    let m = obj::module::new_module("gc");
    let d = obj::module::module_dict(m);
    let name = obj::str::intern("gc");
    for def in GC_FUNCTIONS.iter() {
        let f = new_builtin_function(def, name);
        dict::set_str(d, obj::str::intern(def.name), f);
        f.decref();
    }
    Ok(m)
}
