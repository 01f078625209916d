//! The front end as the rest of pyjit sees it: source bytes in, AST or SyntaxError out, and
//! CPython's printing of a SyntaxError for a script.

use crate::parser::ast::Mod;
use crate::syntax_error::SyntaxError;

/// What `compile()`/`ast.parse` call `mode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
    FuncType,
}

/// Decodes (PEP 263, BOM), tokenizes and parses `src`.
pub fn parse_bytes(src: &[u8], mode: Mode, type_comments: bool) -> Result<Mod, SyntaxError> {
    crate::parser::parse_bytes(src, mode, type_comments)
}

/// Decodes, tokenizes and parses a script file (`python3 FILE`, imports) as CPython's file
/// tokenizer reads it: its decoding errors and a few error positions differ from
/// `parse_bytes` (see `lexer::source::decode_file`). `filename` is the path its messages name.
pub fn parse_file(src: &[u8], filename: &str) -> Result<Mod, SyntaxError> {
    crate::parser::parse_file(src, filename)
}

/// `pyjit script.py` for now: the script is read and parsed; running it needs the compiler and
/// interpreter (issue 3), so a valid script ends with a message saying so.
pub fn check_script_file(prog: &str, path: &str) -> u8 {
    let shown = script_display_path(path);
    match std::fs::read(path) {
        Ok(src) => report(parse_file(&src, &shown), &shown, &src),
        Err(e) => {
            eprintln!("{prog}: can't open file '{shown}': [Errno {}] {}", e.raw_os_error().unwrap_or(0), os_error_text(&e));
            2
        }
    }
}

/// The script path as CPython reports it (`__file__`, tracebacks): the working directory
/// joined to the path as given, without normalising `.` or `..` (`./a.py` -> `/cwd/./a.py`).
pub fn script_display_path(path: &str) -> String {
    if path.starts_with('/') {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => {
            let cwd = cwd.display().to_string();
            if cwd.ends_with('/') {
                format!("{cwd}{path}")
            } else {
                format!("{cwd}/{path}")
            }
        }
        Err(_) => path.to_string(),
    }
}

/// Parses `src` as a program named `filename`; prints a SyntaxError as CPython does.
pub fn check_source(src: &[u8], filename: &str) -> u8 {
    report(parse_bytes(src, Mode::Exec, false), filename, src)
}

/// The end of `check_source`/`check_script_file`: compiles a parsed program (so compile-time
/// SyntaxErrors are reported like parse errors) and prints the error CPython would.
fn report(r: Result<Mod, SyntaxError>, filename: &str, src: &[u8]) -> u8 {
    let r = r.and_then(|m| {
        crate::compiler::compile(&m, filename, crate::compiler::CompileMode::Exec, 0)
            .map(|_| m)
            .map_err(|e| crate::compiler::locate_error(e, src))
    });
    match r {
        Ok(_) => {
            eprintln!("pyjit: {filename} compiled; executing Python code is not available yet (the interpreter is still being built)");
            1
        }
        Err(e) => {
            eprint!("{}", crate::parser::error_display::render(&e, filename));
            1
        }
    }
}

/// `pyjit < script.py` (or `pyjit -`): CPython reads standard input with its file tokenizer.
pub fn check_stdin(src: &[u8]) -> u8 {
    report(crate::parser::parse_file_from(src, "<stdin>", false), "<stdin>", src)
}

/// `pyjit -c CMD`: CPython compiles the command as a str (its coding cookie ignored), so error
/// columns count characters.
pub fn check_command(cmd: &str) -> u8 {
    report(crate::parser::parser::parse_text(cmd, Mode::Exec, false), "<string>", cmd.as_bytes())
}

/// The strerror text CPython prints after `[Errno N]`.
pub fn os_error_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    // std formats as "No such file or directory (os error 2)".
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
