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
