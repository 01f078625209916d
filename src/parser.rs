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
    let text = crate::lexer::source::decode_source(src)?;
    parser::parse_text(&text, mode, type_comments)
}
