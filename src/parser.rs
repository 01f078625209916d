//! The front end's second stage: tokens to the AST of `ast.rs`, with CPython 3.11's error
//! messages, and `ast.dump`'s printing of it.

pub mod ast;
pub mod dump;
pub mod error_display;
pub mod numbers;
#[allow(clippy::module_inception)]
pub mod parser;
pub mod strings;

use crate::frontend::Mode;
use crate::syntax_error::SyntaxError;

/// Decodes, tokenizes and parses a whole source file.
pub fn parse_bytes(src: &[u8], mode: Mode, type_comments: bool) -> Result<ast::Mod, SyntaxError> {
    let decoded = crate::lexer::source::decode_source_full(src)?;
    let info = decoded.info();
    match decoded.line_error {
        Some((at, e)) => parser::parse_text_until_error(&decoded.text, info, at, e, mode, type_comments),
        None => match decoded.raw {
            Some(raw) => parser::parse_lossy_text(&decoded.text, raw, info, mode, type_comments),
            None => parser::parse_text_in(&decoded.text, info, mode, type_comments),
        },
    }
}

/// Decodes, tokenizes and parses a script file as CPython's file tokenizer reads it (exec
/// mode); `filename` is the path its messages name.
pub fn parse_file(src: &[u8], filename: &str) -> Result<ast::Mod, SyntaxError> {
    parse_file_from(src, filename, true)
}

/// `parse_file`; `rereadable` is false for standard input, which CPython cannot read again
/// for an error's line (it shows its tokenizer's buffer, without the BOM).
pub fn parse_file_from(src: &[u8], filename: &str, rereadable: bool) -> Result<ast::Mod, SyntaxError> {
    let decoded = crate::lexer::source::decode_file(src, filename)?;
    let info = crate::lexer::lexer::SourceInfo { file_input: true, bom: decoded.bom && rereadable, reread: rereadable, ..decoded.info() };
    match decoded.line_error {
        Some((at, e)) => parser::parse_text_until_error(&decoded.text, info, at, e, Mode::Exec, false),
        None => parser::parse_text_in(&decoded.text, info, Mode::Exec, false),
    }
}
