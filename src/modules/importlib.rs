//! A native `importlib` with the functions programs call: `import_module` (relative names
//! with `package=`), `reload`, `invalidate_caches` (nothing is cached) and `__import__`.
//! CPython's importlib is a package written in Python on top of its frozen bootstrap; pyjit's
//! import system is native, so this module stands in for it; `importlib.util` and
//! `importlib.machinery` are native too (importlib_util.rs); no `importlib.resources`.

use crate::objects::exceptions::{type_error, value_error};
use crate::objects::method::new_builtin_function;
use crate::objects::typeobj::MethodDef;
use crate::objects::{self as obj, dict, Value};
use crate::vm::import;
use crate::vm::{ops, PyResult, Vm};

/// `import_module(name, package=None)`.
fn import_module(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let npos = args.len() - kwnames.len();
    let mut vals = [Value::NULL; 2];
    if npos > 2 {
        return Err(type_error(format!("import_module() takes from 1 to 2 positional arguments but {npos} were given")));
    }
    vals[..npos].copy_from_slice(&args[..npos]);
    for (i, &k) in kwnames.iter().enumerate() {
        match obj::str::as_str(k) {
            Some("name") if vals[0].is_null() => vals[0] = args[npos + i],
            Some("package") if vals[1].is_null() => vals[1] = args[npos + i],
            Some(n) => return Err(type_error(format!("import_module() got an unexpected keyword argument '{n}'"))),
            None => return Err(type_error("keywords must be strings")),
        }
    }
    let (name, package) = (vals[0], vals[1]);
    if name.is_null() {
        return Err(type_error("import_module() missing 1 required positional argument: 'name'"));
    }
    let Some(n) = obj::str::as_str(name) else {
        let t = Owned(ops::repr(vm, name.ty().as_value())?);
        return Err(type_error(format!("module name must be str, not {}", t.text())));
    };
    let level = n.bytes().take_while(|&c| c == b'.').count();
    let pkg = if package.is_null() || package.is_none() { None } else { Some(package) };
    let no_package = match pkg {
        None => true,
        Some(p) => obj::str::as_str(p).is_some_and(str::is_empty),
    };
    if level > 0 && no_package {
        let r = Owned(ops::repr(vm, name)?);
        return Err(type_error(format!("the 'package' argument is required to perform a relative import for {}", r.text())));
    }
    let rest = &n[level..];
    let abs = if level > 0 {
        let Some(p) = pkg.and_then(obj::str::as_str) else {
            return Err(type_error("__package__ not set to a string"));
        };
        import::resolve_in_package(rest, p, level as i64)?
    } else {
        if rest.is_empty() {
            return Err(value_error("Empty module name"));
        }
        rest.to_string()
    };
    import::import_module(vm, &abs)
}

/// A new reference released on drop, with its text for messages.
struct Owned(Value);
impl Owned {
    fn text(&self) -> String {
        obj::str::as_str(self.0).unwrap_or("?").to_string()
    }
}
impl Drop for Owned {
    fn drop(&mut self) {
        self.0.decref();
    }
}

fn reload(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() || args.len() != 1 {
        return Err(type_error(format!("reload() takes 1 positional argument but {} were given", args.len())));
    }
    import::reload(vm, args[0])
}

fn invalidate_caches(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    if !args.is_empty() {
        return Err(type_error(format!("invalidate_caches() takes 0 positional arguments but {} were given", args.len())));
    }
    Ok(obj::none())
}

static FUNCTIONS: [MethodDef; 3] = [
    MethodDef::method("import_module", import_module),
    MethodDef::method("reload", reload),
    MethodDef::method("invalidate_caches", invalidate_caches),
];

/// Build the `importlib` module.
pub fn make_module(vm: &mut Vm) -> PyResult {
    let m = obj::module::new_module("importlib");
    let d = obj::module::module_dict(m);
    let name = obj::str::intern("importlib");
    for def in FUNCTIONS.iter() {
        let f = new_builtin_function(def, name);
        dict::set_str(d, obj::str::intern(def.name), f);
        f.decref();
    }
    // A package, so `importlib.util` and `importlib.machinery` (native too) import.
    let path = obj::list::new_list(&[]);
    dict::set_str(d, obj::str::intern("__path__"), path);
    path.decref();
    if let Some(imp) = dict::get_str(vm.builtins, obj::str::intern("__import__")) {
        dict::set_str(d, obj::str::intern("__import__"), imp);
    }
    Ok(m)
}
