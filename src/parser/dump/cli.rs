//! `pyjit -m ast`: the command line of CPython 3.11's `ast.main()` (an argparse parser, whose
//! usage and error messages are reproduced here), then parse and `ast.dump`.

use crate::frontend::Mode;
use std::io::{Read, Write};

const USAGE: &str = "usage: python -m ast [-h] [-m {exec,single,eval,func_type}]
                     [--no-type-comments] [-a] [-i INDENT]
                     [infile]
";

const HELP: &str = "
positional arguments:
  infile                the file to parse; defaults to stdin

options:
  -h, --help            show this help message and exit
  -m {exec,single,eval,func_type}, --mode {exec,single,eval,func_type}
                        specify what kind of code must be parsed
  --no-type-comments    don't add information about type comments
  -a, --include-attributes
                        include attributes such as line numbers and column
                        offsets
  -i INDENT, --indent INDENT
                        indentation of nodes (number of spaces)
";

/// The options `ast.main()` defines.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Opt {
    Help,
    Mode,
    NoTypeComments,
    IncludeAttributes,
    Indent,
}

const LONG: [(&str, Opt); 5] = [
    ("--help", Opt::Help),
    ("--mode", Opt::Mode),
    ("--no-type-comments", Opt::NoTypeComments),
    ("--include-attributes", Opt::IncludeAttributes),
    ("--indent", Opt::Indent),
];

fn short(c: char) -> Option<Opt> {
    match c {
        'h' => Some(Opt::Help),
        'm' => Some(Opt::Mode),
        'a' => Some(Opt::IncludeAttributes),
        'i' => Some(Opt::Indent),
        _ => None,
    }
}

/// argparse's name for an option in error messages.
fn display(o: Opt) -> &'static str {
    match o {
        Opt::Help => "-h/--help",
        Opt::Mode => "-m/--mode",
        Opt::NoTypeComments => "--no-type-comments",
        Opt::IncludeAttributes => "-a/--include-attributes",
        Opt::Indent => "-i/--indent",
    }
}

/// What the command line asks for.
#[derive(Debug, PartialEq)]
struct Args {
    infile: Option<String>,
    mode: Mode,
    type_comments: bool,
    include_attributes: bool,
    indent: usize,
}

#[derive(Debug, PartialEq)]
enum Parsed {
    Run(Args),
    Help,
    /// An argparse error message (without the "python -m ast: error: " prefix).
    Error(String),
}

/// argparse: does this string look like a negative number (and so is an argument, not an option)?
fn is_negative_number(s: &str) -> bool {
    let Some(rest) = s.strip_prefix('-') else { return false };
    if rest.is_empty() {
        return false;
    }
    if rest.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    match rest.split_once('.') {
        Some((a, b)) => a.bytes().all(|c| c.is_ascii_digit()) && !b.is_empty() && b.bytes().all(|c| c.is_ascii_digit()),
        None => false,
    }
}

fn is_option_like(s: &str) -> bool {
    s.starts_with('-') && s != "-" && !is_negative_number(s)
}

/// Python's `int(s)` for the `-i` value.
fn parse_py_int(s: &str) -> Option<i64> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__") {
        return None;
    }
    let mut v: i64 = 0;
    for c in digits.chars() {
        if c == '_' {
            continue;
        }
        let d = c.to_digit(10)? as i64;
        v = v.saturating_mul(10).saturating_add(d);
    }
    Some(if neg { -v } else { v })
}

fn parse_args(args: &[String]) -> Parsed {
    let mut out = Args { infile: None, mode: Mode::Exec, type_comments: true, include_attributes: false, indent: 3 };
    let mut extras: Vec<&str> = Vec::new();
    let mut positional_done = false;
    let mut only_positionals = false;
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        i += 1;
        if only_positionals || !is_option_like(a) {
            if positional_done {
                extras.push(a);
            } else {
                positional_done = true;
                out.infile = Some(a.to_string());
            }
            continue;
        }
        if a == "--" {
            only_positionals = true;
            continue;
        }
        // Resolve the option and any argument attached to it.
        let (opt, mut explicit): (Opt, Option<String>) = if a.starts_with("--") {
            let (name, arg) = match a.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (a, None),
            };
            let exact = LONG.iter().find(|(n, _)| *n == name);
            let opt = match exact {
                Some(&(_, o)) => o,
                None => {
                    let matches: Vec<&str> = LONG.iter().filter(|(n, _)| n.starts_with(name)).map(|(n, _)| *n).collect();
                    match matches.as_slice() {
                        [] => {
                            extras.push(a);
                            continue;
                        }
                        [one] => LONG.iter().find(|(n, _)| n == one).map(|&(_, o)| o).unwrap_or(Opt::Help),
                        many => {
                            return Parsed::Error(format!("ambiguous option: {name} could match {}", many.join(", ")))
                        }
                    }
                }
            };
            (opt, arg)
        } else {
            let mut chars = a[1..].chars();
            let c = chars.next().unwrap_or('-');
            match short(c) {
                Some(o) => {
                    let rest = chars.as_str();
                    // argparse splits "-i=1" at the '=' before trying "-i" with "=1".
                    let rest = rest.strip_prefix('=').unwrap_or(rest);
                    (o, if rest.is_empty() { None } else { Some(rest.to_string()) })
                }
                None => {
                    extras.push(a);
                    continue;
                }
            }
        };
        // Flags may be followed by more single-letter flags in the same string ("-ai2").
        let mut opt = opt;
        loop {
            match opt {
                Opt::Help => {
                    // A short "-hX" chains only when X is an option letter too.
                    if let Some(x) = explicit {
                        if a.starts_with("--") || x.chars().next().and_then(short).is_none() {
                            return Parsed::Error(format!("argument {}: ignored explicit argument '{x}'", display(opt)));
                        }
                    }
                    return Parsed::Help;
                }
                Opt::NoTypeComments | Opt::IncludeAttributes => {
                    if opt == Opt::NoTypeComments {
                        out.type_comments = false;
                    } else {
                        out.include_attributes = true;
                    }
                    let Some(x) = explicit.take() else { break };
                    let next = if a.starts_with("--") { None } else { x.chars().next().and_then(short) };
                    match next {
                        Some(o) => {
                            let rest = &x[1..];
                            explicit = if rest.is_empty() { None } else { Some(rest.to_string()) };
                            opt = o;
                        }
                        None => {
                            return Parsed::Error(format!("argument {}: ignored explicit argument '{x}'", display(opt)))
                        }
                    }
                }
                Opt::Mode | Opt::Indent => {
                    let value = match explicit.take() {
                        Some(v) => v,
                        None => match args.get(i) {
                            Some(v) if !is_option_like(v) && v != "--" => {
                                i += 1;
                                v.clone()
                            }
                            _ => return Parsed::Error(format!("argument {}: expected one argument", display(opt))),
                        },
                    };
                    if opt == Opt::Mode {
                        out.mode = match value.as_str() {
                            "exec" => Mode::Exec,
                            "single" => Mode::Single,
                            "eval" => Mode::Eval,
                            "func_type" => Mode::FuncType,
                            _ => {
                                return Parsed::Error(format!(
                                    "argument -m/--mode: invalid choice: {} (choose from 'exec', 'single', 'eval', 'func_type')",
                                    crate::pyrepr::repr_str(&value)
                                ))
                            }
                        };
                    } else {
                        match parse_py_int(&value) {
                            Some(n) => out.indent = n.clamp(0, 1 << 20) as usize,
                            None => {
                                return Parsed::Error(format!(
                                    "argument -i/--indent: invalid int value: {}",
                                    crate::pyrepr::repr_str(&value)
                                ))
                            }
                        }
                    }
                    break;
                }
            }
        }
    }
    if !extras.is_empty() {
        return Parsed::Error(format!("unrecognized arguments: {}", extras.join(" ")));
    }
    Parsed::Run(out)
}

/// Entry point for `pyjit -m ast [-h] [-m MODE] [--no-type-comments] [-a] [-i INDENT] [infile]`;
/// returns the exit status.
pub fn main(args: &[String]) -> u8 {
    let a = match parse_args(args) {
        Parsed::Run(a) => a,
        Parsed::Help => {
            print!("{USAGE}{HELP}");
            return 0;
        }
        Parsed::Error(msg) => return usage_error(&msg),
    };
    let (src, filename) = match a.infile.as_deref() {
        None | Some("-") => {
            let mut v = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut v) {
                eprintln!("python -m ast: error reading <stdin>: {e}");
                return 1;
            }
            (v, "<stdin>".to_string())
        }
        Some(path) => match std::fs::read(path) {
            Ok(v) => (v, path.to_string()),
            Err(e) => {
                let q = crate::pyrepr::repr_str(path);
                return usage_error(&format!(
                    "argument infile: can't open {q}: [Errno {}] {}: {q}",
                    e.raw_os_error().unwrap_or(0),
                    crate::frontend::os_error_text(&e)
                ));
            }
        },
    };
    match crate::frontend::parse_bytes(&src, a.mode, a.type_comments) {
        Ok(tree) => {
            let dumped = super::dump_checked(&tree, a.include_attributes, Some(a.indent));
            // The process ends next: freeing a big tree node by node would only cost time.
            std::mem::forget(tree);
            let Some(mut text) = dumped else {
                eprintln!("Traceback (most recent call last):\n  File \"<frozen runpy>\", line 198, in _run_module_as_main\n{}", super::RECURSION_ERROR);
                return 1;
            };
            text.push('\n');
            let stdout = std::io::stdout();
            let mut lock = stdout.lock();
            if lock.write_all(text.as_bytes()).and_then(|_| lock.flush()).is_err() {
                return 1;
            }
            0
        }
        Err(e) => {
            eprint!("{}", crate::parser::error_display::render(&e, &filename));
            1
        }
    }
}

fn usage_error(msg: &str) -> u8 {
    eprintln!("{USAGE}python -m ast: error: {msg}");
    2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Parsed {
        parse_args(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    fn run(infile: Option<&str>, mode: Mode, tc: bool, attrs: bool, indent: usize) -> Parsed {
        Parsed::Run(Args { infile: infile.map(String::from), mode, type_comments: tc, include_attributes: attrs, indent })
    }

    // Expected results: python3 -m ast with the same arguments (CPython 3.11.7's argparse).
    #[test]
    fn options() {
        assert_eq!(p(&[]), run(None, Mode::Exec, true, false, 3));
        assert_eq!(p(&["-ai1", "f"]), run(Some("f"), Mode::Exec, true, true, 1));
        assert_eq!(p(&["--ind", "2", "f"]), run(Some("f"), Mode::Exec, true, false, 2));
        assert_eq!(p(&["--mode=eval", "--no"]), run(None, Mode::Eval, false, false, 3));
        assert_eq!(p(&["-meval", "-i", "-1"]), run(None, Mode::Eval, true, false, 0));
        assert_eq!(p(&["-i=1", "-"]), run(Some("-"), Mode::Exec, true, false, 1));
        assert_eq!(p(&["-i", " 1_0"]), run(None, Mode::Exec, true, false, 10));
        assert_eq!(p(&["--", "-a"]), run(Some("-a"), Mode::Exec, true, false, 3));
        assert_eq!(p(&["-m", "exec", "-h"]), Parsed::Help);
        assert_eq!(p(&["-x"]), Parsed::Error("unrecognized arguments: -x".into()));
        assert_eq!(p(&["a", "b", "c"]), Parsed::Error("unrecognized arguments: b c".into()));
        assert_eq!(
            p(&["-m", "foo"]),
            Parsed::Error(
                "argument -m/--mode: invalid choice: 'foo' (choose from 'exec', 'single', 'eval', 'func_type')".into()
            )
        );
        assert_eq!(p(&["-i", "x"]), Parsed::Error("argument -i/--indent: invalid int value: 'x'".into()));
        assert_eq!(
            p(&["--i", "3"]),
            Parsed::Error("ambiguous option: --i could match --include-attributes, --indent".into())
        );
        assert_eq!(p(&["-m"]), Parsed::Error("argument -m/--mode: expected one argument".into()));
        assert_eq!(p(&["-x", "f", "-i"]), Parsed::Error("argument -i/--indent: expected one argument".into()));
        assert_eq!(
            p(&["--no-type-comments=3"]),
            Parsed::Error("argument --no-type-comments: ignored explicit argument '3'".into())
        );
    }
}
