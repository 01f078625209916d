//! Native `importlib.util` and `importlib.machinery`: the parts of CPython's pure-Python
//! modules that programs and the standard library use — `find_spec`, `module_from_spec`,
//! `spec_from_file_location`, `cache_from_source`, `resolve_name`; the suffix lists,
//! `all_suffixes()` and the spec/loader types. Loading a module by hand
//! (`spec.loader.exec_module(module_from_spec(spec))`) runs it through pyjit's own loader.

use crate::builtins::args::Signature;
use crate::objects::exceptions::{type_error, value_error};
use crate::objects::method::new_builtin_function;
use crate::objects::typeobj::MethodDef;
use crate::objects::{self as obj, dict, module, none, Owned, Value};
use crate::vm::import::{self, find, load, spec};
use crate::vm::{ops, PyResult, Vm};

fn text(v: Value, what: &str) -> PyResult<String> {
    obj::str::as_str(v).map(str::to_string).ok_or_else(|| type_error(format!("{what} must be str, not {}", ops::type_name(v))))
}

fn opt(v: Value) -> Option<Value> {
    (!v.is_null() && !v.is_none()).then_some(v)
}

/// `resolve_name(name, package)`.
fn resolve_name(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    static SIG: Signature = Signature::new("resolve_name", &["name", "package"]).required(2);
    let [name, package] = SIG.parse::<2>(args, kwnames)?;
    let n = text(name, "name")?;
    if !n.starts_with('.') {
        return Ok(name.new_ref());
    }
    let Some(p) = opt(package).and_then(obj::str::as_str).filter(|p| !p.is_empty()) else {
        return Err(crate::objects::exceptions::import_error(format!(
            "no package specified for {} (required for relative module names)",
            obj::str::repr_string(obj::str::str_obj(name))
        )));
    };
    let level = n.bytes().take_while(|&c| c == b'.').count();
    Ok(obj::str::new_str(&import::resolve_in_package(&n[level..], p, level as i64)?))
}

/// `find_spec(name, package=None)`: the spec of an imported module, or a search (the parent
/// package is imported first); None when nothing is found.
fn find_spec(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    static SIG: Signature = Signature::new("find_spec", &["name", "package"]).required(1);
    let [name, package] = SIG.parse::<2>(args, kwnames)?;
    let n = text(name, "name")?;
    let full = if n.starts_with('.') {
        let r = Owned::new(resolve_name(vm, &[name, if package.is_null() { none() } else { package }], &[])?);
        text(r.get(), "name")?
    } else {
        n.clone()
    };
    let key = Owned::new(obj::str::new_str(&full));
    if let Some(m) = dict::get(vm, vm.modules, key.get())? {
        if m.is_none() {
            return Ok(none());
        }
        return match ops::getattr_opt(vm, m, obj::str::intern("__spec__"))? {
            None => Err(value_error(format!("{n}.__spec__ is not set"))),
            Some(s) if s.is_none() => Err(value_error(format!("{n}.__spec__ is None"))),
            Some(s) => Ok(s),
        };
    }
    let found = match full.rsplit_once('.') {
        Some((parent, _)) => {
            let pm = Owned::new(import::import_module(vm, parent)?);
            let Some(path) = ops::getattr_opt(vm, pm.get(), obj::str::intern("__path__"))?.map(Owned::new) else {
                return Err(crate::objects::exception_types::import_error_with_name(
                    &crate::objects::exceptions::MODULE_NOT_FOUND_ERROR,
                    &format!("__path__ attribute not found on '{parent}' while trying to find '{full}'"),
                    key.get(),
                ));
            };
            find::find(&full, Some(&find::path_entries(path.get())), &[])
        }
        None => {
            let sp = load::sys_path(vm);
            find::find(&full, None, &sp)
        }
    };
    Ok(found.map(|f| load::spec_object(&f)).unwrap_or_else(none))
}

/// `module_from_spec(spec)`: a new module with the spec's attributes (CPython's
/// `_init_module_attrs`); a loader's own `create_module` is asked first.
fn module_from_spec(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    static SIG: Signature = Signature::new("module_from_spec", &["spec"]).required(1);
    let [sp] = SIG.parse::<1>(args, kwnames)?;
    let get = |vm: &mut Vm, k: &str| -> PyResult<Owned> {
        Ok(Owned::new(ops::getattr_opt(vm, sp, obj::str::intern(k))?.unwrap_or_else(none)))
    };
    let loader = get(vm, "loader")?;
    let mut m = Value::NULL;
    if !loader.get().is_none() && !spec::is_spec(sp) {
        if let Some(create) = ops::getattr_opt(vm, loader.get(), obj::str::intern("create_module"))? {
            let create = Owned::new(create);
            let r = ops::call(vm, create.get(), &[sp], &[])?;
            if r.is_none() {
                r.decref();
            } else {
                m = r;
            }
        }
    }
    let name = get(vm, "name")?;
    if m.is_null() {
        m = module::new_module(&text(name.get(), "spec.name")?);
    }
    let m = Owned::new(m);
    let set = |vm: &mut Vm, k: &str, v: Value| ops::setattr(vm, m.get(), obj::str::intern(k), v);
    set(vm, "__spec__", sp)?;
    set(vm, "__loader__", loader.get())?;
    let parent = get(vm, "parent")?;
    set(vm, "__package__", parent.get())?;
    let locs = get(vm, "submodule_search_locations")?;
    if !locs.get().is_none() {
        set(vm, "__path__", locs.get())?;
    }
    let has_location = get(vm, "has_location")?;
    if ops::is_true(vm, has_location.get())? {
        let origin = get(vm, "origin")?;
        set(vm, "__file__", origin.get())?;
        let cached = get(vm, "cached")?;
        if !cached.get().is_none() {
            set(vm, "__cached__", cached.get())?;
        }
    }
    Ok(m.get().new_ref())
}

/// `spec_from_file_location(name, location, *, loader=None, submodule_search_locations=...)`
/// for source files.
fn spec_from_file_location(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    static SIG: Signature =
        Signature::new("spec_from_file_location", &["name", "location", "loader", "submodule_search_locations"]).required(1).kwonly_from(2);
    let [name, location, loader, locs] = SIG.parse::<4>(args, kwnames)?;
    let n = text(name, "name")?;
    let Some(location) = opt(location) else { return Ok(none()) };
    let path = text(location, "location")?;
    let l = Owned::new(match opt(loader) {
        Some(l) => l.new_ref(),
        None => spec::new_loader(&spec::SOURCE_LOADER_TYPE, &n, Some(&path)),
    });
    let search = Owned::new(match opt(locs) {
        Some(v) => v.new_ref(),
        None if path.rsplit('/').next() == Some("__init__.py") => {
            let dir = path.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
            obj::list::list_from_vec(vec![obj::str::new_str(dir)])
        }
        None => Value::NULL,
    });
    let cached = find::cached_path(&path);
    Ok(spec::new_spec(&n, l.get(), Some(&path), search.get(), cached.as_deref()))
}

/// `cache_from_source(path, debug_override=None, *, optimization=None)`:
/// `DIR/__pycache__/NAME.pyjit-311[.opt-N].pyc`.
fn cache_from_source(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    static SIG: Signature = Signature::new("cache_from_source", &["path", "debug_override", "optimization"]).required(1).kwonly_from(2);
    let [path, _debug, optimization] = SIG.parse::<3>(args, kwnames)?;
    let p = text(path, "path")?;
    let (head, tail) = match p.rsplit_once('/') {
        Some((h, t)) => (Some(h), t),
        None => (None, p.as_str()),
    };
    let base = match tail.rsplit_once('.') {
        Some((b, _)) if !b.is_empty() => b,
        Some((_, rest)) => rest,
        None => tail,
    };
    let mut file = format!("{base}.pyjit-311");
    let opt_level = match opt(optimization) {
        Some(o) => {
            let s = Owned::new(ops::str(vm, o)?);
            obj::str::as_str(s.get()).unwrap_or("").to_string()
        }
        None if vm.optimize == 0 => String::new(),
        None => vm.optimize.to_string(),
    };
    if !opt_level.is_empty() {
        if !opt_level.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(value_error(format!("{opt_level:?} is not alphanumeric")));
        }
        file.push_str(&format!(".opt-{opt_level}"));
    }
    file.push_str(".pyc");
    Ok(obj::str::new_str(&match head {
        Some(h) => format!("{h}/__pycache__/{file}"),
        None => format!("__pycache__/{file}"),
    }))
}

static UTIL_FUNCTIONS: [MethodDef; 5] = [
    MethodDef::method("find_spec", find_spec),
    MethodDef::method("module_from_spec", module_from_spec),
    MethodDef::method("spec_from_file_location", spec_from_file_location),
    MethodDef::method("cache_from_source", cache_from_source),
    MethodDef::method("resolve_name", resolve_name),
];

fn add_functions(m: Value, modname: &str, defs: &'static [MethodDef]) {
    let d = module::module_dict(m);
    let name = obj::str::intern(modname);
    for def in defs {
        let f = new_builtin_function(def, name);
        dict::set_str(d, obj::str::intern(def.name), f);
        f.decref();
    }
}

fn add_types(m: Value) {
    let d = module::module_dict(m);
    // Make sure the types are ready (a throwaway object of each).
    spec::new_loader(&spec::SOURCE_LOADER_TYPE, "", None).decref();
    spec::new_loader(&spec::BUILTIN_IMPORTER_TYPE, "", None).decref();
    spec::new_loader(&spec::NAMESPACE_LOADER_TYPE, "", None).decref();
    spec::new_spec("", none(), None, Value::NULL, None).decref();
    for (k, t) in [
        ("ModuleSpec", &spec::MODULE_SPEC_TYPE),
        ("SourceFileLoader", &spec::SOURCE_LOADER_TYPE),
        ("BuiltinImporter", &spec::BUILTIN_IMPORTER_TYPE),
        ("NamespaceLoader", &spec::NAMESPACE_LOADER_TYPE),
    ] {
        dict::set_str(d, obj::str::intern(k), t.as_value());
    }
}

/// Build `importlib.util`.
pub fn make_util(_vm: &mut Vm) -> PyResult {
    let m = module::new_module("importlib.util");
    add_functions(m, "importlib.util", &UTIL_FUNCTIONS);
    add_types(m);
    Ok(m)
}

fn all_suffixes(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    if !args.is_empty() {
        return Err(type_error(format!("all_suffixes() takes 0 positional arguments but {} were given", args.len())));
    }
    Ok(obj::list::list_from_vec(vec![obj::str::new_str(".py"), obj::str::new_str(".pyc")]))
}

static MACHINERY_FUNCTIONS: [MethodDef; 1] = [MethodDef::method("all_suffixes", all_suffixes)];

/// Build `importlib.machinery`: pyjit loads `.py` and (with the bytecode cache) `.pyc`;
/// it has no extension modules, so EXTENSION_SUFFIXES is empty.
pub fn make_machinery(_vm: &mut Vm) -> PyResult {
    let m = module::new_module("importlib.machinery");
    add_functions(m, "importlib.machinery", &MACHINERY_FUNCTIONS);
    add_types(m);
    let d = module::module_dict(m);
    let list = |items: &[&str]| obj::list::list_from_vec(items.iter().map(|s| obj::str::new_str(s)).collect());
    for (k, v) in [
        ("SOURCE_SUFFIXES", list(&[".py"])),
        ("BYTECODE_SUFFIXES", list(&[".pyc"])),
        ("DEBUG_BYTECODE_SUFFIXES", list(&[".pyc"])),
        ("OPTIMIZED_BYTECODE_SUFFIXES", list(&[".pyc"])),
        ("EXTENSION_SUFFIXES", list(&[])),
    ] {
        dict::set_str(d, obj::str::intern(k), v);
        v.decref();
    }
    Ok(m)
}
