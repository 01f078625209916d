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
//! * `except` clause: `<type>; CHECK_EXC_MATCH; POP_JUMP_IF_FALSE next` (exc stays), then the name
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
//! * Compile-time SyntaxErrors carry UTF-8 byte columns (+1), as CPython's do (only its parser
//!   converts to characters); `compile_source` attaches the source line.
//! * Loops: `GET_ITER` then `FOR_ITER exit` at the loop head; `break` pops the iterator
//!   (`POP_TOP`) and jumps; `continue` and the loop end are `JUMP_BACKWARD` to the head (`while`
//!   tests at the head only). `return`/`break`/`continue` inside `try`/`with`/`except` run the
//!   exit code inline first (the finally body, `exit(None, None, None)`, `POP_EXCEPT` and the
//!   `except ... as name` cleanup), exactly as CPython's compiler_unwind_fblock.
//! * Chained comparisons: `a < b < c` is `a; b; SWAP 2; COPY 2; COMPARE_OP; JUMP_IF_FALSE_OR_POP
//!   cleanup; c; COMPARE_OP; JUMP end; cleanup: SWAP 2; POP_TOP; end:`.
//! * The instruction set is opcode.rs's unchanged: no opcode was added. Jump arguments are
//!   instruction indices; `dis` prints them and offsets as index * 2.
//! * Dead code (after return/raise/jumps, `if 0:` bodies) is not emitted; unused constants and
//!   NOPs that mark no new line are dropped. Instructions without a source position
//!   (`lineno == 0`) are the prologue and some exception-handler instructions.

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

/// The co_flags bit a `__future__` feature sets: only these two still change anything in
/// 3.11 (the others are always on and set no flag).
fn future_flag(name: &str) -> u32 {
    match name {
        "barry_as_FLUFL" => 0x400000,
        "annotations" => 0x1000000,
        _ => 0,
    }
}

/// CO_FUTURE_ANNOTATIONS.
const FUTURE_ANNOTATIONS: u32 = 0x1000000;

/// Checks `from __future__ import` statements at the top of the module (CPython's future.c);
/// returns the CO_FUTURE_* flags they set (every code object of the module carries them) and
/// the line of the last of them (0: none). A late one on a later line is reported by the code
/// generator (`ImportFrom`), one on the same line as an earlier statement here, as CPython does.
fn check_future(body: &[ast::Stmt]) -> Result<(u32, u32), SyntaxError> {
    let mut flags = 0;
    let mut done = false;
    let mut prev_line = 0;
    let mut ff_lineno = 0;
    for (i, s) in body.iter().enumerate() {
        if done && s.loc.lineno > prev_line {
            break;
        }
        prev_line = s.loc.lineno;
        match &s.kind {
            StmtKind::ImportFrom { module: Some(m), names, .. } if m.as_str() == "__future__" => {
                if done {
                    let mut e = SyntaxError::new(crate::syntax_error::SyntaxErrorKind::SyntaxError, "from __future__ imports must occur at the beginning of the file");
                    e.lineno = s.loc.lineno;
                    e.offset = s.loc.col_offset;
                    return Err(e);
                }
                for a in names {
                    let n = a.name.as_str();
                    flags |= future_flag(n);
                    if n == "braces" {
                        return Err(point_error("not a chance", s.loc));
                    } else if !FUTURE_FEATURES.contains(&n) {
                        return Err(point_error(&format!("future feature {n} is not defined"), s.loc));
                    }
                }
                ff_lineno = s.loc.lineno;
            }
            StmtKind::Expr { value } if i == 0 && matches!(value.kind, ast::ExprKind::Constant { value: ast::Constant::Str(_), .. }) => {}
            _ => done = true,
        }
    }
    Ok((flags, ff_lineno))
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
    let (future_flags, future_lineno) = match &tree {
        ast::Mod::Module { body, .. } | ast::Mod::Interactive { body } => check_future(body)?,
        _ => (0, 0),
    };
    let future_annotations = future_flags & FUTURE_ANNOTATIONS != 0;
    let st = symtable::build(&tree, future_annotations)?;
    let mut c = Compiler {
        st: &st,
        filename: Rc::from(filename),
        optimize,
        mode,
        units: Vec::new(),
        future_annotations,
        future_flags,
        future_lineno,
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

/// Parses and compiles source bytes (`compile(src, filename, mode)`); SyntaxErrors carry the
/// source line.
pub fn compile_source(src: &[u8], filename: &str, mode: CompileMode) -> Result<Rc<CodeUnit>, SyntaxError> {
    let fmode = match mode {
        CompileMode::Exec => crate::frontend::Mode::Exec,
        CompileMode::Eval => crate::frontend::Mode::Eval,
        CompileMode::Single => crate::frontend::Mode::Single,
    };
    let tree = crate::frontend::parse_bytes(src, fmode, false)?;
    compile(&tree, filename, mode, 0).map_err(|e| locate_error(e, src))
}

/// Attaches the source line to a compile-time error. Its columns stay UTF-8 byte offsets (+1):
/// CPython's symtable and compiler errors carry byte offsets too (only the parser converts its
/// own to characters), and its error display works on them as they are.
pub fn locate_error(mut e: SyntaxError, src: &[u8]) -> SyntaxError {
    if e.lineno == 0 || e.text.is_some() {
        return e;
    }
    let text = String::from_utf8_lossy(src);
    e.text = text.split_inclusive('\n').nth(e.lineno as usize - 1).map(|l| l.to_string());
    e
}

#[cfg(test)]
mod tests;
