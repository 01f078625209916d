//! Running a program: start the VM (builtins, sys, `__main__`), run the code, and end as
//! CPython does — uncaught exceptions print a traceback and exit 1, SystemExit gives its code,
//! stdout and stderr are flushed.

use crate::objects::{self as obj, dict, module, Value};
use crate::vm::{PyErr, Vm};

/// What to run.
pub enum Source<'a> {
    /// A script file: the path as given and the path tracebacks show.
    File { path: &'a str, shown: &'a str },
    /// `-c CMD`.
    Command(&'a str),
    /// Source read from standard input.
    Stdin(&'a [u8]),
    /// `-m MODULE`: a module or package (its `__main__`) found on `sys.path`.
    Module(&'a str),
}

/// Interpreter options from the command line that the run needs.
pub struct RunOptions<'a> {
    pub argv: &'a [String],
    pub optimize: u8,
    /// `sys.path[0]`: the script's directory, or '' for -c and stdin.
    pub path0: String,
    /// `-P`: put no script directory (or working directory) in front of `sys.path`.
    pub safe_path: bool,
    /// `-E`: ignore `PYTHONPATH`.
    pub ignore_environment: bool,
}

/// A VM with builtins, `sys` and an empty `__main__`; returns the VM and `__main__`'s dict.
pub fn start_vm(opts: &RunOptions) -> (Vm, Value) {
    super::signals::install();
    let mut vm = Vm::new();
    vm.optimize = opts.optimize;
    super::builtins_core::install(&mut vm);
    super::startup_hooks::install_builtins(&mut vm);
    let bm = module::new_module("builtins");
    // Share the builtins dict as the module's namespace.
    // SAFETY: bm is a module just made.
    unsafe { bm.as_ref::<module::ModuleObject>() }.dict.replace(vm.builtins.new_ref()).decref();
    dict::set_str(vm.modules, obj::str::intern("builtins"), bm);
    super::startup_hooks::install_sys(&mut vm, opts.argv, &opts.path0);
    let pythonpath = if opts.ignore_environment { None } else { std::env::var("PYTHONPATH").ok() };
    let stdlib = super::import::path::stdlib_dir();
    let path = super::import::path::initial_sys_path(
        (!opts.safe_path).then_some(opts.path0.as_str()),
        pythonpath.as_deref(),
        stdlib.as_deref(),
    );
    super::import::path::install(&mut vm, &path);
    for name in ["sys", "builtins"] {
        super::import::load::set_builtin_spec(&mut vm, name);
    }
    let main = module::new_module("__main__");
    dict::set_str(vm.modules, obj::str::intern("__main__"), main);
    let md = module::module_dict(main);
    dict::set_str(md, obj::str::intern("__builtins__"), bm);
    bm.decref();
    let g = md.new_ref();
    main.decref();
    (vm, g)
}

/// Run a program to completion; returns the process exit status.
pub fn run_program(src: Source, opts: &RunOptions) -> u8 {
    let (mut vm, globals) = start_vm(opts);
    if let Source::Module(name) = src {
        return run_main_module(&mut vm, name, globals);
    }
    let (bytes, filename): (Vec<u8>, String) = match src {
        Source::File { path, shown } => match std::fs::read(path) {
            Ok(b) => (b, shown.to_string()),
            Err(e) => {
                eprintln!("pyjit: can't open file '{shown}': [Errno {}] {}", e.raw_os_error().unwrap_or(0), crate::frontend::os_error_text(&e));
                return 2;
            }
        },
        Source::Command(c) => (c.as_bytes().to_vec(), "<string>".to_string()),
        Source::Stdin(b) => (b.to_vec(), "<stdin>".to_string()),
        Source::Module(_) => return 1,
    };
    if filename != "<string>" && filename != "<stdin>" {
        let f = obj::str::new_str(&filename);
        dict::set_str(globals, obj::str::intern("__file__"), f);
        f.decref();
    }
    let parsed = if filename == "<string>" {
        crate::parser::parser::parse_text(std::str::from_utf8(&bytes).unwrap_or(""), crate::frontend::Mode::Exec, false)
    } else if filename == "<stdin>" {
        crate::parser::parse_file_from(&bytes, "<stdin>", false)
    } else {
        crate::frontend::parse_file(&bytes, &filename)
    };
    let unit = parsed.and_then(|m| {
        crate::compiler::compile(&m, &filename, crate::compiler::CompileMode::Exec, opts.optimize)
            .map_err(|e| crate::compiler::locate_error(e, &bytes))
    });
    let unit = match unit {
        Ok(u) => u,
        Err(e) => {
            eprint!("{}", crate::parser::error_display::render(&e, &filename));
            return 1;
        }
    };
    let code = match obj::code::new_code(&mut vm, unit) {
        Ok(c) => c,
        Err(e) => return finish(&mut vm, Err(e), globals),
    };
    let r = super::interp::run_code(&mut vm, code, globals, globals);
    code.decref();
    finish(&mut vm, r.map(|v| v.decref()), globals)
}

/// Why `-m NAME` cannot run: a message printed after the executable's name (runpy's
/// `_Error`), or an exception raised while importing the parent package.
enum MainModuleError {
    Msg(String),
    Raised(PyErr),
}

impl From<PyErr> for MainModuleError {
    fn from(e: PyErr) -> Self {
        MainModuleError::Raised(e)
    }
}

/// `str(exc)` and the type name of an exception, for runpy's messages.
fn describe(vm: &mut Vm, e: &PyErr) -> (String, String) {
    let v = e.value();
    let text = crate::vm::ops::str(vm, v).map(obj::Owned::new).ok();
    let text = text.map(|s| obj::str::str_obj(s.get()).to_string_lossy().into_owned()).unwrap_or_default();
    (v.ty().name().to_string(), text)
}

/// The module `-m NAME` runs (CPython's `runpy._get_module_details`): the parent package is
/// imported, a package runs its `__main__` submodule.
fn main_module_details(vm: &mut Vm, name: &str) -> Result<super::import::find::Found, MainModuleError> {
    use super::import::{find, import_module, load};
    if name.starts_with('.') {
        return Err(MainModuleError::Msg("Relative module names not supported".into()));
    }
    let pkg = name.rsplit_once('.').map(|(p, _)| p.to_string());
    if let Some(p) = &pkg {
        if let Err(e) = import_module(vm, p) {
            // A parent that is missing is reported by the search below.
            let en = crate::objects::exception_types::extra_get(e.value(), crate::objects::exception_types::field::IMPORT_NAME);
            let en = obj::str::as_str(en).unwrap_or("").to_string();
            if !e.matches(&crate::objects::exceptions::IMPORT_ERROR) || en.is_empty() || (en != *p && !p.starts_with(&format!("{en}."))) {
                return Err(e.into());
            }
        }
    }
    let search = |vm: &mut Vm| -> Result<Option<find::Found>, PyErr> {
        let Some((parent, _)) = name.rsplit_once('.') else {
            let sp = load::sys_path(vm);
            return Ok(find::find(name, None, &sp));
        };
        let pm = obj::Owned::new(import_module(vm, parent)?);
        let path = crate::vm::ops::getattr_opt(vm, pm.get(), obj::str::intern("__path__"))?.map(obj::Owned::new);
        let Some(path) = path else {
            let n = obj::Owned::new(obj::str::new_str(name));
            return Err(crate::objects::exception_types::import_error_with_name(
                &crate::objects::exceptions::MODULE_NOT_FOUND_ERROR,
                &format!("__path__ attribute not found on '{parent}' while trying to find '{name}'"),
                n.get(),
            ));
        };
        Ok(find::find(name, Some(&find::path_entries(path.get())), &[]))
    };
    let found = match search(vm) {
        Ok(f) => f,
        Err(e) if e.matches(&crate::objects::exceptions::IMPORT_ERROR) => {
            let (t, m) = describe(vm, &e);
            let mut msg = format!("Error while finding module specification for '{name}' ({t}: {m})");
            if let Some(stem) = name.strip_suffix(".py") {
                msg.push_str(&format!(". Try using '{stem}' instead of '{name}' as the module name."));
            }
            return Err(MainModuleError::Msg(msg));
        }
        Err(e) => return Err(e.into()),
    };
    let Some(found) = found else {
        return Err(MainModuleError::Msg(format!("No module named {name}")));
    };
    if found.search.is_some() {
        if name == "__main__" || name.ends_with(".__main__") {
            return Err(MainModuleError::Msg("Cannot use package as __main__ module".into()));
        }
        let main_name = format!("{name}.__main__");
        return match main_module_details(vm, &main_name) {
            Err(MainModuleError::Msg(m)) => {
                let key = obj::Owned::new(obj::str::new_str(name));
                if crate::objects::dict::get(vm, vm.modules, key.get())?.is_none() {
                    return Err(MainModuleError::Msg(m));
                }
                Err(MainModuleError::Msg(format!("{m}; '{name}' is a package and cannot be directly executed")))
            }
            r => r,
        };
    }
    if matches!(found.kind, find::Kind::Namespace) {
        return Err(MainModuleError::Msg(format!("'{name}' is a namespace package and cannot be executed")));
    }
    if matches!(found.kind, find::Kind::Native(_)) {
        return Err(MainModuleError::Msg(format!("No code object available for {name}")));
    }
    Ok(found)
}

/// `-m NAME`: run the module's code in `__main__`'s namespace with `__name__ == "__main__"`,
/// `sys.argv[0]` the file (CPython's `runpy._run_module_as_main`).
fn run_main_module(vm: &mut Vm, name: &str, globals: Value) -> u8 {
    let found = match main_module_details(vm, name) {
        Ok(f) => f,
        Err(MainModuleError::Raised(e)) => return finish(vm, Err(e), globals),
        Err(MainModuleError::Msg(m)) => {
            let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| "pyjit".into());
            let _ = crate::modules::io::flush_std_streams(vm);
            eprintln!("{exe}: {m}");
            globals.decref();
            return 1;
        }
    };
    let origin = found.origin.clone().unwrap_or_default();
    let r = (|| -> Result<(), PyErr> {
        let code = obj::Owned::new(super::import::load::file_to_code(vm, &origin)?);
        let sp = obj::Owned::new(super::import::load::spec_object(&found));
        let set = |k: &str, v: Value| {
            dict::set_str(globals, obj::str::intern(k), v);
        };
        let s = |x: &str| obj::Owned::new(obj::str::new_str(x));
        set("__name__", s("__main__").get());
        set("__file__", s(&origin).get());
        set("__cached__", super::import::spec::attr(sp.get(), "cached"));
        set("__doc__", obj::none());
        set("__loader__", super::import::spec::attr(sp.get(), "loader"));
        set("__package__", s(found.name.rsplit_once('.').map(|(p, _)| p).unwrap_or("")).get());
        set("__spec__", sp.get());
        if !vm.sys.is_null() {
            if let Some(argv) = dict::get_str(module::module_dict(vm.sys), obj::str::intern("argv")) {
                if obj::list::is_list(argv) {
                    if let Some(first) = obj::list::items(argv).first_mut() {
                        let old = std::mem::replace(first, obj::str::new_str(&origin));
                        old.decref();
                    }
                }
            }
        }
        super::interp::run_code(vm, code.get(), globals, globals).map(|v| v.decref())
    })();
    finish(vm, r, globals)
}

/// The end of a run: report an uncaught exception, flush the standard streams.
fn finish(vm: &mut Vm, r: Result<(), PyErr>, globals: Value) -> u8 {
    crate::objects::generator::run_pending_closes(vm);
    let status = match r {
        Ok(()) => 0,
        Err(e) => super::startup_hooks::report_uncaught(vm, e),
    };
    globals.decref();
    if !super::startup_hooks::flush_std_streams(vm) && status == 0 {
        return 120;
    }
    status
}
