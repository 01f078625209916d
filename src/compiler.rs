//! The bytecode compiler: AST -> `CodeUnit`s, modelled on CPython 3.11's Python/compile.c with
//! the instruction-set differences listed in `bytecode/opcode.rs`. Stages: constant folding
//! (`fold`), `__future__` checks, symbol tables (`symtable`), code generation (`codegen`,
//! `stmt`, `expr`, `pattern`), assembly (`assemble`: stack depth, exception table, dead code).
//!
//! # Conventions the interpreter relies on (beyond opcode.rs)
//!
//! * Exception table (`ExcEntry`): on an exception at instruction i inside `start..end`, pop the
//!   value stack to `depth`, push `lasti` (the raising instruction's index, as an int) when the
//!   entry says so, push the exception, jump to `target`. Handlers come in three shapes:
//!   - try body (`SETUP_FINALLY` in CPython): `[.. , exc]`; the handler starts with
//!     `PUSH_EXC_INFO` -> `[.., prev_exc, exc]`. The handler body is itself covered by a
//!     cleanup entry with lasti at the depth of `prev_exc` (`[.., prev_exc, lasti, exc2]`)
//!     whose target runs `COPY 3; POP_EXCEPT; RERAISE 1`.
//!   - `with`: after `BEFORE_WITH` (`[exit, enter_result]`), the body's entry has depth = depth
//!     of `exit` + 1 and lasti: the handler sees `[exit, lasti, exc]`, runs `PUSH_EXC_INFO`
//!     (`[exit, lasti, prev_exc, exc]`), `WITH_EXCEPT_START` (pushes `exit(type, exc, tb)`),
//!     `POP_JUMP_IF_TRUE` to the suppress path, else `RERAISE 2`.
//!   - `RERAISE n` with n > 0 first restores `f_lasti` from `stack[-(n+1)]` (the lasti slot),
//!     then re-raises TOS (CPython's rule; opcode.rs documents only n = 1).
//! * Normal `with` exit: `[exit]` -> `LOAD_CONST None` x3, `CALL 3` (exit(None, None, None)),
//!   `POP_TOP`. `async with` adds `GET_AWAITABLE 1/2` + the SEND loop after entering/exiting.
//! * `except` clause: `<type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next` (as CPython 3.11), then the name
//!   is stored (or the exception popped), the body runs, `POP_EXCEPT` restores `prev_exc`.
//!   `except*`: the handler keeps `[prev_exc, orig_eg, raised_list, rest]`;
//!   `CHECK_EG_MATCH` turns `[rest, type]` into `[rest', match]` (match None: no match, rest
//!   unchanged); exceptions raised by a clause body are `LIST_APPEND`ed to raised_list; at the
//!   end the final rest is appended and `PREP_RERAISE_STAR` `[orig, list]` -> `[exc or None]`.
//! * `END_ASYNC_FOR`: `[aiter, exc]`: pops both if exc is StopAsyncIteration, else re-raises.
//! * `yield from` / `await` / `async for` step: `[receiver, value]`, `SEND t` / `YIELD_VALUE 1` /
//!   `JUMP_BACKWARD` loop; while suspended at that `YIELD_VALUE` (argument 1) the receiver is
//!   `stack[-2]` (gen.throw()/close() must be delegated to it). A plain `yield` is
//!   `YIELD_VALUE 0`; in async generators the value is wrapped first (`ASYNC_GEN_WRAP`).
//! * Comprehensions: a nested code object (`<listcomp>`, `<setcomp>`, `<dictcomp>`,
//!   `<genexpr>`) with one argument `.0`, called as `[func, iter] CALL 1` with the outermost
//!   iterator already `GET_ITER`'d (`GET_AITER` for an async outermost loop); a list/set/dict
//!   comprehension code starts with `BUILD_LIST/SET/MAP 0` and appends with `LIST_APPEND n` /
//!   `SET_ADD n` / `MAP_ADD n` where n counts the iterators above the collection, + 1.
//!   Async comprehensions (not genexps) are awaited after the call (`GET_AWAITABLE 0` + SEND loop).
//! * Class bodies: `[LOAD_BUILD_CLASS, func, name, bases..] CALL n` (with `KW_NAMES` for
//!   keywords, `CALL_FUNCTION_EX` for `*`/`**`). The body code stores `__module__` (from
//!   `__name__`) and `__qualname__`, then `__doc__`; it returns None, or, when a method uses
//!   `super()`/`__class__`, the `__class__` cell (also stored as `__classcell__`), which
//!   `__build_class__` must fill with the new class.
//! * Prologue of a code object: `COPY_FREE_VARS n` (when it has free variables), then one
//!   `MAKE_CELL i` per cell. Localsplus: arguments, other locals, cells that are not arguments,
//!   free variables (an argument that is a cell has kind LOCAL|CELL).
//! * `CALL_FUNCTION_EX`: the positional operand may be any iterable when the call is `f(*x)`
//!   (the interpreter turns it into a tuple if it is not one); the dict is a fresh dict.
//! * Functions: `MAKE_FUNCTION` operands in order defaults tuple, kw-defaults dict, annotations
//!   tuple (flat name/value pairs, strings under `from __future__ import annotations`),
//!   closure tuple, code. Decorators are applied with `CALL 1` (decorator pushed first).
//! * Module / class variable annotations: `SETUP_ANNOTATIONS` first when the body has any;
//!   each simple annotation is `<value>; LOAD_NAME __annotations__; LOAD_CONST name;
//!   STORE_SUBSCR`.
//! * Match: `MATCH_CLASS n` `[subject, cls, names]` -> `[attrs_tuple or None]` (subject
//!   consumed); `MATCH_KEYS` leaves `[subject, keys, values_or_None]`.
//! * Syntax errors carry UTF-8 byte columns (+1) from `compile`; `compile_source` converts them
//!   to character offsets and attaches the source line, as CPython's SyntaxError holds them.

pub mod assemble;
pub mod codegen;
pub mod expr;
pub mod fold;
pub mod pattern;
pub mod stmt;
pub mod symtable;
pub mod unparse;

use crate::bytecode::code::{CodeUnit, Const};
use crate::bytecode::opcode::Op;
use crate::parser::ast::{self, ExprContext, StmtKind};
use crate::syntax_error::SyntaxError;
use codegen::Compiler;
use std::rc::Rc;

/// `compile()`'s mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileMode {
    Exec,
    Eval,
    Single,
}

/// The `__future__` features CPython 3.11 knows.
const FUTURE_FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// Checks `from __future__ import` statements (CPython's future.c); returns whether
/// `annotations` is on.
fn check_future(body: &[ast::Stmt]) -> Result<bool, SyntaxError> {
    let mut annotations = false;
    let mut done = false;
    for (i, s) in body.iter().enumerate() {
        if let StmtKind::ImportFrom { module: Some(m), names, .. } = &s.kind {
            if m.as_str() == "__future__" {
                if done {
                    return Err(symtable::error_at("from __future__ imports must occur at the beginning of the file", s.loc));
                }
                for a in names {
                    let n = a.name.as_str();
                    if n == "annotations" {
                        annotations = true;
                    } else if n == "braces" {
                        return Err(point_error("not a chance", s.loc));
                    } else if !FUTURE_FEATURES.contains(&n) {
                        return Err(point_error(&format!("future feature {n} is not defined"), s.loc));
                    }
                }
                continue;
            }
        }
        if i == 0 && codegen::docstring(body).is_some() {
            continue;
        }
        done = true;
    }
    Ok(annotations)
}

fn point_error(msg: &str, loc: ast::Loc) -> SyntaxError {
    let mut e = symtable::error_at(msg, loc);
    e.end_lineno = 0;
    e.end_offset = 0;
    e
}

/// Compiles a module / expression / interactive statement tree to its code object.
/// `optimize` is CPython's level: 1 drops asserts (and `__debug__` is False), 2 also drops
/// docstrings.
pub fn compile(m: &ast::Mod, filename: &str, mode: CompileMode, optimize: u8) -> Result<Rc<CodeUnit>, SyntaxError> {
    let mut tree = m.clone();
    fold::Folder::new(optimize).module(&mut tree);
    let future_annotations = match &tree {
        ast::Mod::Module { body, .. } | ast::Mod::Interactive { body } => check_future(body)?,
        _ => false,
    };
    let st = symtable::build(&tree, future_annotations)?;
    let mut c = Compiler {
        st: &st,
        filename: Rc::from(filename),
        optimize,
        mode,
        units: Vec::new(),
        future_annotations,
        depth: 0,
    };
    c.enter_unit(0, "<module>".into(), 1, None);
    match &tree {
        ast::Mod::Module { body, .. } => {
            if mode == CompileMode::Single {
                c.stmts(body)?;
            } else {
                c.body(body)?;
            }
        }
        ast::Mod::Interactive { body } => {
            c.mode = CompileMode::Single;
            if stmt::find_ann(body) {
                c.op(Op::SETUP_ANNOTATIONS);
            }
            c.stmts(body)?;
        }
        ast::Mod::Expression { body } => {
            c.expr(body)?;
            c.op(Op::RETURN_VALUE);
        }
        ast::Mod::FunctionType { .. } => {
            let i = c.add_const(Const::None);
            c.emit(Op::RETURN_CONST, i);
        }
    }
    let _ = ExprContext::Load;
    c.leave_unit()
}

/// Parses and compiles source bytes (`compile(src, filename, mode)`); SyntaxErrors carry
/// character offsets and the source line.
pub fn compile_source(src: &[u8], filename: &str, mode: CompileMode) -> Result<Rc<CodeUnit>, SyntaxError> {
    let fmode = match mode {
        CompileMode::Exec => crate::frontend::Mode::Exec,
        CompileMode::Eval => crate::frontend::Mode::Eval,
        CompileMode::Single => crate::frontend::Mode::Single,
    };
    let tree = crate::frontend::parse_bytes(src, fmode, false)?;
    compile(&tree, filename, mode, 0).map_err(|e| locate_error(e, src))
}

/// Turns a compile-time error's byte columns into CPython's character offsets and attaches the
/// source line (the parser's errors already have both).
pub fn locate_error(mut e: SyntaxError, src: &[u8]) -> SyntaxError {
    if e.lineno == 0 || e.text.is_some() {
        return e;
    }
    let text = String::from_utf8_lossy(src);
    let line_of = |n: u32| -> Option<&str> { text.split_inclusive('\n').nth(n.checked_sub(1)? as usize) };
    let to_chars = |line: Option<&str>, off: u32| -> u32 {
        match line {
            Some(l) if off > 0 => {
                let b = (off as usize - 1).min(l.len());
                let mut cut = b;
                while cut > 0 && !l.is_char_boundary(cut) {
                    cut -= 1;
                }
                l[..cut].chars().count() as u32 + 1
            }
            _ => off,
        }
    };
    let first = line_of(e.lineno);
    e.offset = to_chars(first, e.offset);
    if e.end_lineno != 0 {
        e.end_offset = to_chars(line_of(e.end_lineno), e.end_offset);
    }
    e.text = first.map(|l| l.to_string());
    e
}

#[cfg(test)]
mod tests;
