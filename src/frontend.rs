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

/// `pyjit script.py` for now: the script is read and parsed; running it needs the compiler and
/// interpreter (issue 3), so a valid script ends with a message saying so.
pub fn check_script_file(prog: &str, path: &str) -> u8 {
    match std::fs::read(path) {
        Ok(src) => check_source(&src, path),
        Err(e) => {
            let abs = std::path::absolute(path).map(|p| p.display().to_string()).unwrap_or_else(|_| path.to_string());
            eprintln!("{prog}: can't open file '{abs}': [Errno {}] {}", e.raw_os_error().unwrap_or(0), os_error_text(&e));
            2
        }
    }
}

/// Parses `src` as a program named `filename`; prints a SyntaxError as CPython does.
pub fn check_source(src: &[u8], filename: &str) -> u8 {
    match parse_bytes(src, Mode::Exec, false) {
        Ok(_) => {
            eprintln!("pyjit: {filename} parsed; executing Python code is not available yet (the compiler and interpreter are still being built)");
            1
        }
        Err(e) => {
            eprint!("{}", crate::parser::error_display::render(&e, filename));
            1
        }
    }
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
