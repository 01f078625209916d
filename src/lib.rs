//! pyjit: a Python 3.11 implementation. This crate is the runtime: front end (lexer, parser),
//! and, as they arrive, compiler, VM, objects and the bridge to the JIT backend in `jit/`.
#![warn(unsafe_op_in_unsafe_fn)]

pub mod builtins;
pub mod bytecode;
pub mod cli;
pub mod codecs;
pub mod compiler;
pub mod frontend;
pub mod lexer;
pub mod modules;
pub mod numfmt;
pub mod objects;
pub mod parser;
pub mod pyrepr;
pub mod syntax_error;
pub mod unicode14;
pub mod vm;
pub mod wtf8;

/// pyjit's allocator for Rust-side memory (the AST, compiler tables, runtime buffers).
/// The front end makes about one allocation per token; mimalloc's per-size free lists keep
/// that cheap where glibc's malloc spends ~30% of parse time (measured in perf/README.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
