//! Loading a found module: making the module object with CPython's attributes (`__name__`,
//! `__file__`, `__package__`, `__path__`, `__loader__`, `__spec__`, `__builtins__`,
//! `__cached__`), putting it into `sys.modules` before its code runs (removed again if the
//! code raises), and turning source into a code object in one place (`source_to_code`, where
//! the bytecode cache hooks in).

use super::find::{self, Found, Kind};
use super::spec;
use crate::objects::{self as obj, dict, module, Owned, Value};
use crate::vm::{PyResult, Vm};

/// Compile a module's source to a code object, raising SyntaxError as CPython does for a file.
/// This is the one place imported source becomes code (the bytecode cache will sit here).
pub fn source_to_code(vm: &mut Vm, src: &[u8], path: &str) -> PyResult {
    let tree = match crate::frontend::parse_file(src, path) {
        Ok(t) => t,
        Err(e) => return Err(crate::vm::builtins_core::syntax_error_exception(vm, &e, path, true)),
    };
    let unit = match crate::compiler::compile(&tree, path, crate::compiler::CompileMode::Exec, vm.optimize) {
        Ok(u) => u,
        Err(e) => {
            let e = crate::compiler::locate_error(e, src);
            return Err(crate::vm::builtins_core::syntax_error_exception(vm, &e, path, false));
        }
    };
    obj::code::new_code(vm, unit)
}

/// Read and compile a source file.
pub fn file_to_code(vm: &mut Vm, path: &str) -> PyResult {
    let src = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            let p = Owned::new(obj::str::new_str(path));
            return Err(crate::modules::io::os_error(vm, &e, p.get()));
        }
    };
    source_to_code(vm, &src, path)
}

fn set(d: Value, k: &str, v: Value) {
    dict::set_str(d, obj::str::intern(k), v);
    v.decref();
}

fn str_list(items: &[String]) -> Value {
    obj::list::list_from_vec(items.iter().map(|s| obj::str::new_str(s)).collect())
}

/// The `__spec__` object for a search result (a new reference).
pub fn spec_object(f: &Found) -> Value {
    let (lt, origin) = match f.kind {
        Kind::Native(_) => (&spec::BUILTIN_IMPORTER_TYPE, Some("built-in")),
        Kind::Source => (&spec::SOURCE_LOADER_TYPE, f.origin.as_deref()),
        Kind::Namespace => (&spec::NAMESPACE_LOADER_TYPE, None),
    };
    let loader = Owned::new(spec::new_loader(lt, &f.name, if matches!(f.kind, Kind::Source) { origin } else { None }));
    let search = Owned::new(match &f.search {
        Some(s) => str_list(s),
        None => Value::NULL,
    });
    let cached = match f.kind {
        Kind::Source => origin.and_then(find::cached_path),
        _ => None,
    };
    spec::new_spec(&f.name, loader.get(), origin, search.get(), cached.as_deref())
}

/// Fill a fresh module's namespace from its spec (CPython's `_init_module_attrs`).
fn init_module_attrs(vm: &mut Vm, d: Value, f: &Found, sp: Value) {
    dict::set_str(d, obj::str::intern("__spec__"), sp);
    dict::set_str(d, obj::str::intern("__loader__"), spec::attr(sp, "loader"));
    let package = match f.search {
        Some(_) => f.name.as_str(),
        None => f.name.rsplit_once('.').map(|(p, _)| p).unwrap_or(""),
    };
    set(d, "__package__", obj::str::new_str(package));
    let search = spec::attr(sp, "submodule_search_locations");
    if !search.is_none() {
        dict::set_str(d, obj::str::intern("__path__"), search);
    }
    if let (Kind::Source, Some(origin)) = (&f.kind, &f.origin) {
        set(d, "__file__", obj::str::new_str(origin));
        dict::set_str(d, obj::str::intern("__cached__"), spec::attr(sp, "cached"));
    } else if let Kind::Namespace = f.kind {
        // CPython 3.11 leaves a namespace package's __file__ as None.
        dict::set_str(d, obj::str::intern("__file__"), obj::none());
    }
    dict::set_str(d, obj::str::intern("__builtins__"), vm.builtins);
}

/// Load a found module and return it (a new reference): it is `sys.modules[name]` when this
/// returns (the entry, which the module's code may have replaced).
pub fn load(vm: &mut Vm, f: &Found) -> PyResult {
    let key = Owned::new(obj::str::new_str(&f.name));
    let sp = Owned::new(spec_object(f));
    if let Kind::Native(init) = f.kind {
        let m = Owned::new(init(vm)?);
        if module::is_module(m.get()) {
            let d = module::module_dict(m.get());
            if dict::get_str(d, obj::str::intern("__spec__")).map_or(true, |v| v.is_none()) {
                dict::set_str(d, obj::str::intern("__spec__"), sp.get());
            }
            if dict::get_str(d, obj::str::intern("__loader__")).map_or(true, |v| v.is_none()) {
                dict::set_str(d, obj::str::intern("__loader__"), spec::attr(sp.get(), "loader"));
            }
            if dict::get_str(d, obj::str::intern("__package__")).map_or(true, |v| v.is_none()) {
                set(d, "__package__", obj::str::new_str(""));
            }
        }
        dict::set(vm, vm.modules, key.get(), m.get())?;
        return Ok(m.get().new_ref());
    }
    let m = Owned::new(module::new_module(&f.name));
    let d = module::module_dict(m.get());
    init_module_attrs(vm, d, f, sp.get());
    dict::set(vm, vm.modules, key.get(), m.get())?;
    if let (Kind::Source, Some(origin)) = (&f.kind, &f.origin) {
        spec::set_attr(sp.get(), "_initializing", obj::bool_value(true));
        let r = file_to_code(vm, origin).and_then(|code| {
            let r = super::super::interp::run_code(vm, code, d, d);
            code.decref();
            r.map(|v| v.decref())
        });
        spec::set_attr(sp.get(), "_initializing", obj::bool_value(false));
        if let Err(e) = r {
            // CPython: the failed module leaves sys.modules (if it is still there).
            let _ = dict::del(vm, vm.modules, key.get());
            return Err(e);
        }
    }
    // The module may have replaced itself in sys.modules.
    match dict::get(vm, vm.modules, key.get())? {
        Some(v) => Ok(v.new_ref()),
        None => Err(crate::objects::exceptions::import_error(format!("Loaded module {} not found in sys.modules", f.name))),
    }
}

/// The current `sys.path` entries.
pub fn sys_path(vm: &mut Vm) -> Vec<String> {
    if vm.sys.is_null() {
        return Vec::new();
    }
    match dict::get_str(module::module_dict(vm.sys), obj::str::intern("path")) {
        Some(p) => find::path_entries(p),
        None => Vec::new(),
    }
}

/// Run a found module's code again in an existing module's namespace (`importlib.reload`),
/// refreshing the import-related attributes first. Returns `sys.modules[name]`.
pub fn reexec(vm: &mut Vm, f: &Found, m: Value) -> PyResult {
    let sp = Owned::new(spec_object(f));
    if !module::is_module(m) {
        return Err(crate::objects::exceptions::type_error("reload() argument must be a module"));
    }
    let d = module::module_dict(m);
    match f.kind {
        Kind::Native(_) => return Ok(m.new_ref()),
        _ => init_module_attrs(vm, d, f, sp.get()),
    }
    if let (Kind::Source, Some(origin)) = (&f.kind, &f.origin) {
        spec::set_attr(sp.get(), "_initializing", obj::bool_value(true));
        let r = file_to_code(vm, origin).and_then(|code| {
            let r = super::super::interp::run_code(vm, code, d, d);
            code.decref();
            r.map(|v| v.decref())
        });
        spec::set_attr(sp.get(), "_initializing", obj::bool_value(false));
        r?;
    }
    let key = Owned::new(obj::str::new_str(&f.name));
    match dict::get(vm, vm.modules, key.get())? {
        Some(v) => Ok(v.new_ref()),
        None => Ok(m.new_ref()),
    }
}

/// Give a module made at startup (`sys`, `builtins`) the `__spec__` and `__loader__` of a
/// built-in module, as CPython's import machinery does when it starts.
pub fn set_builtin_spec(vm: &mut Vm, name: &str) {
    let Ok(Some(m)) = dict::get(vm, vm.modules, obj::str::intern(name)) else { return };
    if !module::is_module(m) {
        return;
    }
    let f = Found { name: name.to_string(), kind: Kind::Native(|_| Ok(obj::none())), origin: None, search: None };
    let sp = Owned::new(spec_object(&f));
    let d = module::module_dict(m);
    dict::set_str(d, obj::str::intern("__spec__"), sp.get());
    dict::set_str(d, obj::str::intern("__loader__"), spec::attr(sp.get(), "loader"));
    if dict::get_str(d, obj::str::intern("__package__")).map_or(true, |v| v.is_none()) {
        set(d, "__package__", obj::str::new_str(""));
    }
}
