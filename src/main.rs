//! The `pyjit` command: parses the command line and hands off to the runtime. CLI only.

use pyjit::cli::{self, Action, Program};
use std::io::{IsTerminal, Write};
use std::process::ExitCode;

/// Stack for the thread that runs Python: the front end and, later, the VM's native frames
/// must never overflow the default 8 MiB main-thread stack on deeply nested input.
const RUN_STACK_BYTES: usize = 512 << 20;

/// No transparent huge pages for this process: mimalloc asks for them on its arenas, and the
/// kernel then zeroes 2 MiB per fault, also for memory the program barely touches (string_build
/// ran 15-40% slower with them, no benchmark faster; perf/README.md). CPython's allocator does
/// not ask for them either.
fn disable_thp() {
    #[cfg(target_os = "linux")]
    {
        extern "C" {
            fn prctl(option: std::ffi::c_int, ...) -> std::ffi::c_int;
        }
        const PR_SET_THP_DISABLE: std::ffi::c_int = 41;
        // SAFETY: prctl with PR_SET_THP_DISABLE takes integer arguments and changes only the
        // process's huge-page policy; its result is deliberately ignored (older kernels).
        unsafe {
            prctl(PR_SET_THP_DISABLE, 1 as std::ffi::c_ulong, 0 as std::ffi::c_ulong, 0 as std::ffi::c_ulong, 0 as std::ffi::c_ulong);
        }
    }
}

fn main() -> ExitCode {
    disable_thp();
    let args: Vec<String> = std::env::args().collect();
    let prog = args.first().cloned().unwrap_or_else(|| "pyjit".into());
    let code = match cli::parse(&args[1..]) {
        Action::Help => {
            print!("{}", cli::help_text(&prog));
            0
        }
        Action::Version(verbose) => {
            if verbose {
                println!("Python {} (pyjit {}, Cranelift JIT)", cli::VERSION, env!("CARGO_PKG_VERSION"));
            } else {
                println!("Python {}", cli::VERSION);
            }
            0
        }
        Action::Usage(msg) => {
            eprint!("{msg}\n{}", cli::usage_tail(&prog));
            2
        }
        Action::Fatal(msg) => {
            eprintln!("{msg}");
            2
        }
        Action::Run(opts) => {
            let handle = std::thread::Builder::new()
                .name("python".into())
                .stack_size(RUN_STACK_BYTES)
                .spawn(move || run(&prog, opts));
            match handle.map(|h| h.join()) {
                Ok(Ok(code)) => code,
                _ => {
                    eprintln!("pyjit: fatal internal error");
                    70
                }
            }
        }
    };
    let _ = std::io::stdout().flush();
    ExitCode::from(code)
}

fn run(prog: &str, opts: cli::Options) -> u8 {
    match &opts.program {
        Program::Module(name) => match name.as_str() {
            "tokenize" => pyjit::lexer::pytokenize::main(&opts.argv[1..]),
            "ast" => pyjit::parser::dump::main(&opts.argv[1..]),
            "dis" => pyjit::bytecode::dis::main(&opts.argv[1..]),
            _ => {
                let cwd = std::env::current_dir().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default();
                let ro = run_options(&opts, cwd);
                pyjit::vm::run::run_program(pyjit::vm::run::Source::Module(name), &ro)
            }
        },
        Program::Script(path) => {
            let shown = pyjit::frontend::script_display_path(path);
            let dir = match shown.rfind('/') {
                Some(0) => "/".to_string(),
                Some(i) => shown[..i].to_string(),
                None => String::new(),
            };
            let ro = run_options(&opts, dir);
            pyjit::vm::run::run_program(pyjit::vm::run::Source::File { path, shown: &shown }, &ro)
        }
        Program::Command(cmd) => {
            let ro = run_options(&opts, String::new());
            pyjit::vm::run::run_program(pyjit::vm::run::Source::Command(cmd), &ro)
        }
        Program::Stdin | Program::Default => {
            if matches!(opts.program, Program::Default) && std::io::stdin().is_terminal() {
                return not_yet(prog, "the interactive prompt");
            }
            let mut src = Vec::new();
            if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut src) {
                eprintln!("{prog}: can't read <stdin>: {e}");
                return 2;
            }
            let ro = run_options(&opts, String::new());
            pyjit::vm::run::run_program(pyjit::vm::run::Source::Stdin(&src), &ro)
        }
    }
}

fn run_options(opts: &cli::Options, path0: String) -> pyjit::vm::run::RunOptions<'_> {
    pyjit::vm::run::RunOptions {
        argv: &opts.argv,
        optimize: opts.optimize.min(2) as u8,
        path0,
        safe_path: opts.safe_path,
        ignore_environment: opts.ignore_environment,
    }
}

fn not_yet(prog: &str, what: &str) -> u8 {
    eprintln!("{prog}: {what} is not available yet: pyjit's interpreter is still being built");
    1
}
