//! Finding a module: the native-module table first (top-level names only, as CPython's
//! BuiltinImporter), then each `sys.path` entry (or the parent package's `__path__`) as
//! CPython's PathFinder/FileFinder search it: `NAME/__init__.py` (a package), `NAME.py` (a
//! module), and directories without `__init__.py` collected as portions of a namespace package
//! that is used only when nothing else matches.
//!
//! Each lookup is a few `stat` calls per path entry: no directory listing is cached, so
//! `importlib.invalidate_caches()` has nothing to drop.

use super::NativeModuleInit;
use crate::objects::{self as obj, Value};
use std::path::Path;

/// How a found module is made.
pub enum Kind {
    /// A module from the native table.
    Native(NativeModuleInit),
    /// A source file: `origin` is the `.py` path; `search` is set for a package.
    Source,
    /// A namespace package: `search` lists its portions.
    Namespace,
}

/// The result of a search (CPython's ModuleSpec before it becomes an object).
pub struct Found {
    pub name: String,
    pub kind: Kind,
    /// The file (`__init__.py` for a package).
    pub origin: Option<String>,
    /// The package's directories (`__path__`); None for a plain module.
    pub search: Option<Vec<String>>,
}

/// The string entries of a path list (sys.path or a package's `__path__`); other items are
/// skipped as CPython's PathFinder skips them.
pub fn path_entries(list: Value) -> Vec<String> {
    let items: &[Value] = if obj::list::is_list(list) {
        obj::list::items(list)
    } else if obj::tuple::is_tuple(list) {
        obj::tuple::items(list)
    } else {
        &[]
    };
    items.iter().filter_map(|&v| obj::str::as_str(v).map(str::to_string)).collect()
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() || dir.ends_with('/') {
        format!("{dir}{name}")
    } else {
        format!("{dir}/{name}")
    }
}

/// A path entry as a directory name, made absolute as CPython's FileFinder makes it (the
/// working directory joined in front, without normalising), so `__file__` is absolute; ''
/// is the working directory.
fn entry_dir(entry: &str) -> Option<String> {
    if entry.starts_with('/') {
        return Some(entry.to_string());
    }
    let cwd = std::env::current_dir().ok()?.to_string_lossy().into_owned();
    if entry.is_empty() || entry == "." {
        return Some(cwd);
    }
    Some(join(&cwd, entry))
}

fn is_file(p: &str) -> bool {
    std::fs::metadata(p).is_ok_and(|m| m.is_file())
}

/// Find `name` (fully qualified). `path`: the parent package's `__path__` entries, or None
/// for a top-level name (then `sys_path` is searched after the native table).
pub fn find(name: &str, path: Option<&[String]>, sys_path: &[String]) -> Option<Found> {
    let tail = name.rsplit('.').next().unwrap_or(name);
    // Native modules are top-level, except the submodules of native packages (importlib.util).
    if path.is_none() || name.contains('.') {
        if let Some(init) = super::native_module(name) {
            return Some(Found { name: name.to_string(), kind: Kind::Native(init), origin: None, search: None });
        }
    }
    if tail.is_empty() || tail.contains('/') || tail.contains('\0') {
        return None;
    }
    let mut portions: Vec<String> = Vec::new();
    for entry in path.unwrap_or(sys_path) {
        let Some(dir) = entry_dir(entry) else { continue };
        if !Path::new(&dir).is_dir() {
            continue;
        }
        let base = join(&dir, tail);
        if Path::new(&base).is_dir() {
            let init = join(&base, "__init__.py");
            if is_file(&init) {
                return Some(Found { name: name.to_string(), kind: Kind::Source, origin: Some(init), search: Some(vec![base]) });
            }
            // A directory without __init__.py: a namespace portion unless a module file of
            // the same name sits beside it (checked next).
            let file = format!("{base}.py");
            if is_file(&file) {
                return Some(Found { name: name.to_string(), kind: Kind::Source, origin: Some(file), search: None });
            }
            portions.push(base);
            continue;
        }
        let file = format!("{base}.py");
        if is_file(&file) {
            return Some(Found { name: name.to_string(), kind: Kind::Source, origin: Some(file), search: None });
        }
    }
    if portions.is_empty() {
        None
    } else {
        Some(Found { name: name.to_string(), kind: Kind::Namespace, origin: None, search: Some(portions) })
    }
}

/// `__cached__` for a source file: `DIR/__pycache__/NAME.pyjit-311.pyc`.
pub fn cached_path(origin: &str) -> Option<String> {
    let (dir, file) = origin.rsplit_once('/')?;
    let stem = file.strip_suffix(".py")?;
    Some(format!("{dir}/__pycache__/{stem}.pyjit-311.pyc"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tmp_tree(tag: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("pyjit-find-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("pkg")).ok();
        std::fs::create_dir_all(d.join("ns")).ok();
        std::fs::write(d.join("pkg/__init__.py"), "").ok();
        std::fs::write(d.join("mod.py"), "").ok();
        d
    }

    // What CPython's PathFinder returns for the same tree: pkg is a package with
    // origin pkg/__init__.py, mod a module, ns a namespace package, nothing for missing.
    #[test]
    fn finds_packages_modules_and_namespaces() {
        let d = tmp_tree("a");
        let sp = vec![d.to_string_lossy().into_owned()];
        let f = find("pkg", None, &sp).map(|f| (f.origin, f.search.is_some()));
        assert_eq!(f, Some((Some(format!("{}/pkg/__init__.py", sp[0])), true)));
        let f = find("mod", None, &sp).map(|f| (f.origin, f.search.is_some()));
        assert_eq!(f, Some((Some(format!("{}/mod.py", sp[0])), false)));
        let f = find("ns", None, &sp).map(|f| (matches!(f.kind, Kind::Namespace), f.search));
        assert_eq!(f, Some((true, Some(vec![format!("{}/ns", sp[0])]))));
        assert!(find("missing", None, &sp).is_none());
        assert!(matches!(find("gc", None, &sp).map(|f| f.kind), Some(Kind::Native(_))));
        let _ = std::fs::remove_dir_all(&d);
    }

    #[test]
    fn cached_path_is_beside_the_source() {
        assert_eq!(cached_path("/a/b/m.py").as_deref(), Some("/a/b/__pycache__/m.pyjit-311.pyc"));
        assert_eq!(cached_path("m.txt"), None);
    }
}
