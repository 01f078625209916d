//! The front end's first stage: source bytes to text (PEP 263, BOM), text to tokens.
//!
//! - `source`: bytes to text, as CPython's tokenizer decodes a file.
//! - `token`: the token kinds the parser consumes.
//! - `lexer`: CPython's C tokenizer semantics (what the parser uses; its errors are CPython's).
//! - `pytokenize`: the pure-Python `tokenize` module's semantics, for `pyjit -m tokenize`.

pub mod lexer;
pub mod pytokenize;
pub mod source;
pub mod token;
