//! Printing a SyntaxError the way CPython 3.11 prints one for a script.

use crate::syntax_error::SyntaxError;

pub fn render(e: &SyntaxError, filename: &str) -> String {
    format!("  File \"{filename}\", line {}\n{}: {}\n", e.lineno, e.kind.name(), e.msg)
}
