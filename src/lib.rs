//! pyjit: a Python 3.11 implementation. This crate is the runtime: front end (lexer, parser),
//! and, as they arrive, compiler, VM, objects and the bridge to the JIT backend in `jit/`.
#![warn(unsafe_op_in_unsafe_fn)]

pub mod cli;
pub mod codecs;
pub mod frontend;
pub mod lexer;
pub mod parser;
pub mod pyrepr;
pub mod syntax_error;
pub mod unicode14;
pub mod wtf8;
