//! The import statement's runtime side for the core runtime: `import` of built-in (native)
//! modules already registered in `sys.modules` or creatable from the native-module table;
//! file-based imports and the bytecode cache are a separate piece of work (issue 5).
//! Also the interactive display hook.

use crate::objects::exceptions::{self as exc, type_error};
use crate::objects::{self as obj, dict, module, tuple, Value};
use crate::vm::{ops, PyResult, Vm};

/// A native module constructor: builds the module object (a new reference).
pub type NativeModuleInit = fn(&mut Vm) -> PyResult;

/// Native modules importable by name (filled as modules are written).
pub fn native_module(name: &str) -> Option<NativeModuleInit> {
    match name {
        "gc" => Some(crate::modules::gc::make_module),
        "operator" | "_operator" => Some(crate::modules::operator::make_module),
        "math" => Some(crate::modules::math::make_module),
        "_io" => Some(crate::modules::io::init_underscore_io),
        "io" => Some(crate::modules::io::init_io),
        _ => None,
    }
}

#[cold]
fn not_found(name: &str) -> crate::vm::PyErr {
    let n = obj::Owned::new(obj::str::new_str(name));
    crate::objects::exception_types::import_error_with_name(&exc::MODULE_NOT_FOUND_ERROR, &format!("No module named '{name}'"), n.get())
}

/// Import the module called `name` (dotted names import each package in turn).
pub fn import_module(vm: &mut Vm, name: &str) -> PyResult {
    let key = obj::str::new_str(name);
    let found = dict::get(vm, vm.modules, key);
    match found {
        Ok(Some(m)) => {
            key.decref();
            return Ok(m.new_ref());
        }
        Ok(None) => {}
        Err(e) => {
            key.decref();
            return Err(e);
        }
    }
    let r = match native_module(name) {
        Some(init) => init(vm).and_then(|m| {
            dict::set(vm, vm.modules, key, m)?;
            Ok(m)
        }),
        None => Err(not_found(name)),
    };
    key.decref();
    r
}

/// IMPORT_NAME: `__import__(name, globals, None, fromlist, level)`.
pub fn import_name(vm: &mut Vm, name: Value, globals: Value, fromlist: Value, level: Value) -> PyResult {
    let _ = globals;
    let lvl = if level.is_small_int() { level.as_small_int() } else { 0 };
    if lvl > 0 {
        return Err(exc::import_error("attempted relative import with no known parent package"));
    }
    let n = obj::str::as_str(name).ok_or_else(|| type_error("module name must be str"))?.to_string();
    let top = n.split('.').next().unwrap_or("").to_string();
    // Import every prefix: a, a.b, a.b.c.
    let mut path = String::new();
    let mut last = Value::NULL;
    for part in n.split('.') {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(part);
        let m = import_module(vm, &path)?;
        last.decref();
        last = m;
    }
    let has_fromlist = !fromlist.is_null() && !fromlist.is_none() && (!tuple::is_tuple(fromlist) || !tuple::items(fromlist).is_empty());
    if has_fromlist || top == n {
        return Ok(last);
    }
    last.decref();
    import_module(vm, &top)
}

/// IMPORT_FROM: `from m import name`.
pub fn import_from(vm: &mut Vm, m: Value, name: Value) -> PyResult {
    match ops::getattr_opt(vm, m, name)? {
        Some(v) => Ok(v),
        None => {
            let n = obj::str::str_obj(name).to_string_lossy().into_owned();
            let mname = if module::is_module(m) {
                dict::get_str(module::module_dict(m), obj::str::intern("__name__")).and_then(obj::str::as_str).unwrap_or("?").to_string()
            } else {
                "?".to_string()
            };
            let mv = obj::Owned::new(obj::str::new_str(&mname));
            Err(crate::objects::exception_types::import_error_with_name(
                &exc::IMPORT_ERROR,
                &format!("cannot import name '{n}' from '{mname}' (unknown location)"),
                mv.get(),
            ))
        }
    }
}

/// IMPORT_STAR: copy the module's public names (or `__all__`) into `locals`.
pub fn import_star(vm: &mut Vm, m: Value, locals: Value) -> PyResult<()> {
    if !module::is_module(m) {
        return Err(type_error("import * only allowed from modules"));
    }
    let md = module::module_dict(m);
    let names: Vec<Value> = match dict::get_str(md, obj::str::intern("__all__")) {
        Some(all) => ops::collect(vm, all)?,
        None => dict::items_vec(md)
            .into_iter()
            .filter(|(k, _)| obj::str::as_str(*k).is_some_and(|s| !s.starts_with('_')))
            .map(|(k, _)| k.new_ref())
            .collect(),
    };
    let mut r = Ok(());
    for &k in &names {
        if r.is_err() {
            break;
        }
        r = ops::getattr(vm, m, k).and_then(|v| {
            let r = if dict::is_dict(locals) { dict::set(vm, locals, k, v) } else { ops::setitem(vm, locals, k, v) };
            v.decref();
            r
        });
    }
    for k in names {
        k.decref();
    }
    r
}

/// PRINT_EXPR (interactive mode): `sys.displayhook(v)`.
pub fn display_hook(vm: &mut Vm, v: Value) -> PyResult<()> {
    if !vm.sys.is_null() {
        if let Some(h) = ops::getattr_opt(vm, vm.sys, obj::str::intern("displayhook"))? {
            let r = ops::call(vm, h, &[v], &[]);
            h.decref();
            return r.map(|x| x.decref());
        }
    }
    if v.is_none() {
        return Ok(());
    }
    let r = ops::repr(vm, v)?;
    println!("{}", obj::str::str_obj(r).to_string_lossy());
    r.decref();
    Ok(())
}
