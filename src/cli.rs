//! Command-line parsing with CPython's conventions (its getopt, not a general-purpose parser:
//! `-c`/`-m` end the option list, flags combine as in `-BuE`, an option's argument may be
//! attached, `-` means the program comes from stdin), and CPython's messages and exit status 2.
//! clap cannot express "the first non-option ends parsing and everything after it, dashes
//! included, belongs to the program", nor reproduce these messages, so this is hand-written.

/// What to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Program {
    /// `-c CMD`
    Command(String),
    /// `-m MODULE`
    Module(String),
    /// A script path.
    Script(String),
    /// `-`, or no argument when stdin is not a terminal.
    Stdin,
    /// Nothing given: the interactive prompt (or stdin when it is not a terminal).
    Default,
}

/// Parsed options, one field per CPython flag pyjit knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub program: Program,
    /// `sys.argv` as CPython builds it (`['-c', ...]`, `['-m', ...]`, `[script, ...]`, `['']`).
    pub argv: Vec<String>,
    /// `-i`
    pub inspect: bool,
    /// `-q`
    pub quiet: bool,
    /// `-B`
    pub dont_write_bytecode: bool,
    /// `-u`
    pub unbuffered: bool,
    /// `-E` (also set by `-I`)
    pub ignore_environment: bool,
    /// `-I`
    pub isolated: bool,
    /// `-s` (also set by `-I`)
    pub no_user_site: bool,
    /// `-S`
    pub no_site: bool,
    /// `-O` count
    pub optimize: u32,
    /// `-v` count
    pub verbose: u32,
    /// `-b` count
    pub bytes_warning: u32,
    /// `-d`
    pub debug: bool,
    /// `-x`
    pub skip_first_line: bool,
    /// `-P`
    pub safe_path: bool,
    /// `-W arg`, in order.
    pub warnoptions: Vec<String>,
    /// `-X name[=value]`, in order.
    pub xoptions: Vec<(String, Option<String>)>,
    /// `--check-hash-based-pycs`
    pub check_hash_based_pycs: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            program: Program::Default,
            argv: vec![String::new()],
            inspect: false,
            quiet: false,
            dont_write_bytecode: false,
            unbuffered: false,
            ignore_environment: false,
            isolated: false,
            no_user_site: false,
            no_site: false,
            optimize: 0,
            verbose: 0,
            bytes_warning: 0,
            debug: false,
            skip_first_line: false,
            safe_path: false,
            warnoptions: Vec::new(),
            xoptions: Vec::new(),
            check_hash_based_pycs: None,
        }
    }
}

impl Options {
    /// The value of `-X name` if given (`Some(None)` for a bare `-X name`); the last one wins.
    pub fn xoption(&self, name: &str) -> Option<Option<&str>> {
        self.xoptions.iter().rev().find(|(n, _)| n == name).map(|(_, v)| v.as_deref())
    }
}

/// What the command line asks for instead of a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Run(Options),
    /// `-h`, `-?`, `--help`
    Help,
    /// `-V` once (false) or twice (true)
    Version(bool),
    /// A usage error: the message line; printed with the usage lines, exit status 2.
    Usage(String),
    /// `--check-hash-based-pycs` with a bad value: message only, exit status 2 (as CPython).
    Fatal(String),
}

pub const VERSION: &str = "3.11.0";

/// The two usage lines CPython prints after a usage error.
pub fn usage_tail(prog: &str) -> String {
    format!(
        "usage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n"
    )
}

pub fn help_text(prog: &str) -> String {
    format!(
        "usage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (accepted; no effect in pyjit)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (pyjit: jit=off|on|eager|stress,
         jit-threshold=N, jit-log, jit-stats, pipeline, importtime)
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
"
    )
}

/// Parses `args` (without the program name). `stdin_is_tty` decides what no program means
/// only in the caller; here `Program::Default` is returned.
pub fn parse(args: &[String]) -> Action {
    let mut o = Options::default();
    let mut version = 0;
    let mut help = false;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "-" {
            o.program = Program::Stdin;
            o.argv = args[i..].to_vec();
            break;
        }
        if a == "--" {
            i += 1;
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            let (name, attached) = match long.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (long, None),
            };
            match name {
                "help" | "help-env" | "help-xoptions" | "help-all" => help = true,
                "version" => version += 1,
                "check-hash-based-pycs" => {
                    let v = match attached {
                        Some(v) => v,
                        None => {
                            i += 1;
                            match args.get(i) {
                                Some(v) => v.clone(),
                                None => {
                                    return Action::Usage(
                                        "Argument expected for the --check-hash-based-pycs option".into(),
                                    )
                                }
                            }
                        }
                    };
                    if !matches!(v.as_str(), "always" | "default" | "never") {
                        return Action::Fatal(
                            "--check-hash-based-pycs must be one of 'default', 'always', or 'never'".into(),
                        );
                    }
                    o.check_hash_based_pycs = Some(v);
                }
                _ => return Action::Usage(format!("unknown option --{name}")),
            }
            i += 1;
            continue;
        }
        let Some(flags) = a.strip_prefix('-') else { break };
        let mut chars = flags.char_indices();
        while let Some((pos, c)) = chars.next() {
            let rest = &flags[pos + c.len_utf8()..];
            match c {
                'c' | 'm' | 'X' | 'W' => {
                    let value = if !rest.is_empty() {
                        rest.to_string()
                    } else {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => return Action::Usage(format!("Argument expected for the -{c} option")),
                        }
                    };
                    match c {
                        'c' => {
                            o.program = Program::Command(value);
                            o.argv = std::iter::once("-c".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                            return finish(o, help, version);
                        }
                        'm' => {
                            o.program = Program::Module(value);
                            o.argv = std::iter::once("-m".to_string()).chain(args[i + 1..].iter().cloned()).collect();
                            return finish(o, help, version);
                        }
                        'X' => {
                            let (n, v) = match value.split_once('=') {
                                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                                None => (value, None),
                            };
                            o.xoptions.push((n, v));
                        }
                        _ => o.warnoptions.push(value),
                    }
                    break;
                }
                'b' => o.bytes_warning += 1,
                'B' => o.dont_write_bytecode = true,
                'd' => o.debug = true,
                'E' => o.ignore_environment = true,
                'h' | '?' => help = true,
                'i' => o.inspect = true,
                'I' => {
                    o.isolated = true;
                    o.ignore_environment = true;
                    o.no_user_site = true;
                    o.safe_path = true;
                }
                'O' => o.optimize += 1,
                'P' => o.safe_path = true,
                'q' => o.quiet = true,
                's' => o.no_user_site = true,
                'S' => o.no_site = true,
                'u' => o.unbuffered = true,
                'v' => o.verbose += 1,
                'V' => version += 1,
                'x' => o.skip_first_line = true,
                _ => return Action::Usage(format!("Unknown option: -{c}")),
            }
        }
        i += 1;
    }
    if i < args.len() && o.program == Program::Default {
        o.program = Program::Script(args[i].clone());
        o.argv = args[i..].to_vec();
    }
    finish(o, help, version)
}

fn finish(o: Options, help: bool, version: u32) -> Action {
    if help {
        Action::Help
    } else if version > 0 {
        Action::Version(version > 1)
    } else {
        Action::Run(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        match parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>()) {
            Action::Run(o) => o,
            other => panic!("expected a run, got {other:?}"),
        }
    }

    fn action(args: &[&str]) -> Action {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn script_and_argv() {
        let o = run(&["-B", "x.py", "-c", "a"]);
        assert_eq!(o.program, Program::Script("x.py".into()));
        assert_eq!(o.argv, vec!["x.py", "-c", "a"]);
        assert!(o.dont_write_bytecode);
    }

    #[test]
    fn command_terminates_options() {
        let o = run(&["-uc", "print(1)", "-B", "z"]);
        assert_eq!(o.program, Program::Command("print(1)".into()));
        assert_eq!(o.argv, vec!["-c", "-B", "z"]);
        assert!(o.unbuffered && !o.dont_write_bytecode);
    }

    #[test]
    fn module_and_xoptions() {
        let o = run(&["-X", "jit=off", "-Xpipeline", "-m", "tokenize", "-e", "f.py"]);
        assert_eq!(o.program, Program::Module("tokenize".into()));
        assert_eq!(o.argv, vec!["-m", "-e", "f.py"]);
        assert_eq!(o.xoption("jit"), Some(Some("off")));
        assert_eq!(o.xoption("pipeline"), Some(None));
        assert_eq!(o.xoption("nope"), None);
    }

    #[test]
    fn stdin_and_default() {
        assert_eq!(run(&["-", "a"]).argv, vec!["-", "a"]);
        assert_eq!(run(&["-", "a"]).program, Program::Stdin);
        assert_eq!(run(&[]).argv, vec![""]);
        assert_eq!(run(&["-q"]).program, Program::Default);
    }

    #[test]
    fn errors_use_cpython_messages() {
        assert_eq!(action(&["-z"]), Action::Usage("Unknown option: -z".into()));
        assert_eq!(action(&["--foo"]), Action::Usage("unknown option --foo".into()));
        assert_eq!(action(&["-c"]), Action::Usage("Argument expected for the -c option".into()));
        assert_eq!(action(&["-V"]), Action::Version(false));
        assert_eq!(action(&["-VV"]), Action::Version(true));
        assert_eq!(action(&["-h", "x.py"]), Action::Help);
    }

    #[test]
    fn isolated_implies_e_and_s() {
        let o = run(&["-I", "x.py"]);
        assert!(o.isolated && o.ignore_environment && o.no_user_site);
    }
}
