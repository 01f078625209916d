//! `sys.path` as CPython builds it at startup: the script's directory ('' for -c and stdin,
//! the working directory for -m; nothing with -P), the `PYTHONPATH` entries (not with -E),
//! then the pure-Python standard library of an installed CPython 3.11 — `PYJIT_STDLIB` if
//! set, else `/usr/lib/python3.11` when it exists. The standard library is used in place:
//! never copied, never written to. Also `sys.builtin_module_names`.

use crate::objects::{self as obj, dict, module, Value};
use crate::vm::Vm;

/// The Debian location of CPython 3.11's standard library.
pub const DEBIAN_STDLIB: &str = "/usr/lib/python3.11";

/// The standard library directory to use, if any.
pub fn stdlib_dir() -> Option<String> {
    if let Some(v) = std::env::var_os("PYJIT_STDLIB") {
        if !v.is_empty() {
            return Some(v.to_string_lossy().into_owned());
        }
    }
    std::path::Path::new(DEBIAN_STDLIB).is_dir().then(|| DEBIAN_STDLIB.to_string())
}

/// `sys.path`'s entries. `path0`: the first entry (None with -P); `pythonpath`: the
/// environment variable's value (None with -E).
pub fn initial_sys_path(path0: Option<&str>, pythonpath: Option<&str>, stdlib: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(p) = path0 {
        out.push(p.to_string());
    }
    if let Some(pp) = pythonpath {
        // An empty entry means the working directory, made absolute (as CPython does).
        let cwd = || std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
        if !pp.is_empty() {
            out.extend(pp.split(':').map(|e| if e.is_empty() { cwd() } else { e.to_string() }));
        }
    }
    if let Some(s) = stdlib {
        out.push(s.to_string());
    }
    out
}

/// CPython 3.11's built-in and extension module names; `sys.builtin_module_names` lists those
/// pyjit's native table provides (so a module added to the table appears by itself).
const KNOWN_NATIVE: &[&str] = &[
    "_abc", "_ast", "_bisect", "_blake2", "_codecs", "_collections", "_contextvars", "_csv", "_datetime",
    "_functools", "_heapq", "_imp", "_io", "_json", "_locale", "_md5", "_opcode", "_operator", "_pickle",
    "_posixsubprocess", "_random", "_sha1", "_sha256", "_sha512", "_signal", "_socket", "_sre", "_stat",
    "_statistics", "_string", "_struct", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_typing",
    "_warnings", "_weakref", "array", "atexit", "binascii", "builtins", "cmath", "errno", "faulthandler",
    "fcntl", "gc", "grp", "importlib", "io", "itertools", "marshal", "math", "operator", "posix", "pwd",
    "pyexpat", "select", "sys", "time", "unicodedata", "zlib",
];

/// Set `sys.path` and `sys.builtin_module_names` on the VM's `sys` module.
pub fn install(vm: &mut Vm, path: &[String]) {
    if vm.sys.is_null() {
        return;
    }
    let d = module::module_dict(vm.sys);
    let l = obj::list::list_from_vec(path.iter().map(|s| obj::str::new_str(s)).collect());
    dict::set_str(d, obj::str::intern("path"), l);
    l.decref();
    let names: Vec<Value> = KNOWN_NATIVE
        .iter()
        .filter(|n| matches!(**n, "builtins" | "sys") || super::native_module(n).is_some())
        .map(|n| obj::str::new_str(n))
        .collect();
    let t = obj::tuple::tuple_from_vec(names);
    dict::set_str(d, obj::str::intern("builtin_module_names"), t);
    t.decref();
}

#[cfg(test)]
mod tests {
    use super::*;

    // CPython 3.11 with PYTHONPATH=/a::/b runs `python3 x.py` with sys.path
    // ['<script dir>', '/a', '<cwd>', '/b', <stdlib>...] (the empty entry is the cwd).
    #[test]
    fn order_is_script_pythonpath_stdlib() {
        let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
        let p = initial_sys_path(Some("/s"), Some("/a::/b"), Some("/usr/lib/python3.11"));
        assert_eq!(p, vec!["/s".to_string(), "/a".into(), cwd, "/b".into(), "/usr/lib/python3.11".into()]);
        assert_eq!(initial_sys_path(None, None, None), Vec::<String>::new());
    }
}
