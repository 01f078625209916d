//! The disassembler behind `pyjit -m dis FILE`: CPython 3.11's `dis.dis` layout (line column,
//! `>>` jump-target marks, offsets, opname, argument and its meaning in parentheses, the
//! exception table, then every nested code object under a "Disassembly of" header). Offsets
//! are instruction index * 2 so listings look like CPython's.

use super::code::{CodeUnit, Const};
use super::opcode::{Op, BINOP_SYMBOLS, CMP_SYMBOLS};
use std::fmt::Write;

/// `repr()` of a constant.
pub fn const_repr(c: &Const) -> String {
    let mut s = String::new();
    push_const_repr(&mut s, c);
    s
}

fn push_const_repr(out: &mut String, c: &Const) {
    match c {
        Const::None => out.push_str("None"),
        Const::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Const::Ellipsis => out.push_str("Ellipsis"),
        Const::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Const::Float(f) => out.push_str(&crate::pyrepr::repr_float(*f)),
        Const::Complex { real, imag } => crate::pyrepr::repr_complex(out, *real, *imag),
        Const::Str(s) => out.push_str(&crate::pyrepr::repr_wtf8(s)),
        Const::Bytes(b) => crate::pyrepr::repr_bytes(out, b),
        Const::Tuple(v) => {
            out.push('(');
            for (i, x) in v.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_const_repr(out, x);
            }
            if v.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Const::FrozenSet(v) => {
            if v.is_empty() {
                out.push_str("frozenset()");
            } else {
                out.push_str("frozenset({");
                for (i, x) in v.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    push_const_repr(out, x);
                }
                out.push_str("})");
            }
        }
        Const::Code(c) => out.push_str(&code_repr(c)),
    }
}

/// `<code object NAME at 0x..., file "F", line N>`.
pub fn code_repr(c: &CodeUnit) -> String {
    format!("<code object {} at {:#x}, file \"{}\", line {}>", c.name, c as *const CodeUnit as usize, c.filename, c.firstlineno)
}

fn argrepr(code: &CodeUnit, op: Op, arg: u32) -> Option<String> {
    let name = |i: u32| code.names.get(i as usize).map(|n| n.to_string());
    let local = |i: u32| code.localsplusnames.get(i as usize).map(|n| n.to_string());
    match op {
        Op::LOAD_CONST | Op::RETURN_CONST | Op::KW_NAMES => code.consts.get(arg as usize).map(const_repr),
        Op::LOAD_NAME
        | Op::STORE_NAME
        | Op::DELETE_NAME
        | Op::LOAD_GLOBAL
        | Op::STORE_GLOBAL
        | Op::DELETE_GLOBAL
        | Op::LOAD_ATTR
        | Op::STORE_ATTR
        | Op::DELETE_ATTR
        | Op::LOAD_METHOD
        | Op::IMPORT_NAME
        | Op::IMPORT_FROM => name(arg),
        Op::LOAD_FAST
        | Op::STORE_FAST
        | Op::DELETE_FAST
        | Op::LOAD_DEREF
        | Op::STORE_DEREF
        | Op::DELETE_DEREF
        | Op::LOAD_CLASSDEREF
        | Op::LOAD_CLOSURE
        | Op::MAKE_CELL => local(arg),
        Op::BINARY_OP => BINOP_SYMBOLS.get(arg as usize).map(|s| s.to_string()),
        Op::COMPARE_OP => CMP_SYMBOLS.get(arg as usize).map(|s| s.to_string()),
        Op::FORMAT_VALUE => {
            let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
            let spec = arg & 4 != 0;
            Some(match (conv.is_empty(), spec) {
                (true, false) => return None,
                (true, true) => "with format".to_string(),
                (false, false) => conv.to_string(),
                (false, true) => format!("{conv}, with format"),
            })
        }
        Op::MAKE_FUNCTION => {
            let names = ["defaults", "kwdefaults", "annotations", "closure"];
            let v: Vec<&str> = (0..4).filter(|b| arg & (1 << b) != 0).map(|b| names[b]).collect();
            if v.is_empty() {
                None
            } else {
                Some(v.join(", "))
            }
        }
        _ if op.is_jump() => Some(format!("to {}", arg * 2)),
        _ => None,
    }
}

/// Disassembles one code object (no nested ones).
pub fn disassemble(code: &CodeUnit, out: &mut String) {
    let n = code.instrs.len();
    let mut is_target = vec![false; n + 1];
    for ins in &code.instrs {
        if ins.op.is_jump() && (ins.arg as usize) <= n {
            is_target[ins.arg as usize] = true;
        }
    }
    for e in &code.exception_table {
        if (e.target as usize) <= n {
            is_target[e.target as usize] = true;
        }
    }
    let maxline = code.locations.iter().map(|l| l.lineno).max().unwrap_or(0);
    let lineno_width = if maxline >= 1000 { maxline.to_string().len() } else { 3 };
    let maxoffset = n.saturating_sub(1) * 2;
    let offset_width = if maxoffset > 9999 { maxoffset.to_string().len() } else { 4 };
    let mut last_line = 0u32;
    for (i, ins) in code.instrs.iter().enumerate() {
        let line = code.locations.get(i).map_or(0, |l| l.lineno);
        let starts = line != 0 && line != last_line;
        if starts {
            if i > 0 {
                out.push('\n');
            }
            last_line = line;
        }
        let mut s = String::new();
        if starts {
            let _ = write!(s, "{:>w$}", line, w = lineno_width);
        } else {
            s.push_str(&" ".repeat(lineno_width));
        }
        s.push_str("     ");
        s.push_str(if is_target[i] { ">>" } else { "  " });
        let _ = write!(s, " {:>w$} {:<20}", i * 2, ins.op.name(), w = offset_width);
        if has_arg(ins.op) {
            let _ = write!(s, " {:>5}", ins.arg);
            if let Some(r) = argrepr(code, ins.op, ins.arg).filter(|r| !r.is_empty()) {
                let _ = write!(s, " ({r})");
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start * 2,
                e.end.saturating_sub(1) * 2,
                e.target * 2,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
}

/// Whether `dis` shows an argument (CPython's HAVE_ARGUMENT split).
fn has_arg(op: Op) -> bool {
    !matches!(
        op,
        Op::NOP
            | Op::POP_TOP
            | Op::PUSH_NULL
            | Op::UNARY_POSITIVE
            | Op::UNARY_NEGATIVE
            | Op::UNARY_NOT
            | Op::UNARY_INVERT
            | Op::BINARY_SUBSCR
            | Op::STORE_SUBSCR
            | Op::DELETE_SUBSCR
            | Op::GET_LEN
            | Op::MATCH_MAPPING
            | Op::MATCH_SEQUENCE
            | Op::MATCH_KEYS
            | Op::PUSH_EXC_INFO
            | Op::CHECK_EXC_MATCH
            | Op::CHECK_EG_MATCH
            | Op::PREP_RERAISE_STAR
            | Op::WITH_EXCEPT_START
            | Op::GET_AITER
            | Op::GET_ANEXT
            | Op::BEFORE_ASYNC_WITH
            | Op::BEFORE_WITH
            | Op::END_ASYNC_FOR
            | Op::GET_ITER
            | Op::GET_YIELD_FROM_ITER
            | Op::PRINT_EXPR
            | Op::LOAD_BUILD_CLASS
            | Op::LOAD_ASSERTION_ERROR
            | Op::LIST_TO_TUPLE
            | Op::RETURN_VALUE
            | Op::IMPORT_STAR
            | Op::SETUP_ANNOTATIONS
            | Op::ASYNC_GEN_WRAP
            | Op::POP_EXCEPT
    )
}

/// `dis.dis(code)`: the code object, then each nested one.
pub fn dis_recursive(code: &CodeUnit, out: &mut String) {
    disassemble(code, out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            dis_recursive(inner, out);
        }
    }
}

/// One line per code object (recursively) with the attributes `runtime-tests/tools/
/// compare_code_info.py` compares with CPython's: qualname, first line, argument counts,
/// flags, varnames, cellvars, freevars, the sorted names, the lines of its instructions and
/// the sorted constant reprs.
pub fn code_info(code: &CodeUnit, out: &mut String) {
    let list = |v: Vec<&crate::parser::ast::Identifier>| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",");
    let mut names: Vec<&str> = code.names.iter().map(|s| s.as_str()).collect();
    names.sort();
    names.dedup();
    let mut lines: Vec<u32> = code.locations.iter().map(|l| l.lineno).filter(|&l| l != 0).collect();
    lines.sort_unstable();
    lines.dedup();
    let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut consts: Vec<String> = code.consts.iter().filter(|c| !matches!(c, Const::Code(_))).map(const_repr).collect();
    consts.sort();
    consts.dedup();
    let _ = writeln!(
        out,
        "{} line={} args={}/{}/{} flags={:#x} varnames=[{}] cellvars=[{}] freevars=[{}] names=[{}] lines=[{}] consts=[{}]",
        code.qualname,
        code.firstlineno,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags,
        list(code.varnames().collect()),
        list(code.cellvars().collect()),
        list(code.freevars().collect()),
        names.join(","),
        lines.join(","),
        consts.join(",")
    );
    for c in &code.consts {
        if let Const::Code(inner) = c {
            code_info(inner, out);
        }
    }
}

/// `pyjit -m dis [--info] [FILE]`: compiles FILE (or standard input) and prints its
/// disassembly (with `--info`, the `code_info` summary instead).
pub fn main(args: &[String]) -> u8 {
    let info = args.first().is_some_and(|a| a == "--info");
    let args = if info { &args[1..] } else { args };
    let (src, name) = match args.first() {
        Some(path) if path != "-" => match std::fs::read(path) {
            Ok(s) => (s, path.clone()),
            Err(e) => {
                eprintln!("pyjit -m dis: can't open file '{path}': [Errno {}] {}", e.raw_os_error().unwrap_or(0), crate::frontend::os_error_text(&e));
                return 2;
            }
        },
        _ => {
            let mut v = Vec::new();
            if let Err(e) = std::io::Read::read_to_end(&mut std::io::stdin(), &mut v) {
                eprintln!("pyjit -m dis: can't read <stdin>: {e}");
                return 2;
            }
            (v, "<stdin>".to_string())
        }
    };
    match crate::compiler::compile_source(&src, &name, crate::compiler::CompileMode::Exec) {
        Ok(code) => {
            let mut out = String::new();
            if info {
                code_info(&code, &mut out);
            } else {
                dis_recursive(&code, &mut out);
            }
            print!("{out}");
            0
        }
        Err(e) => {
            eprint!("Traceback (most recent call last):\n{}", crate::parser::error_display::render(&e, &name));
            1
        }
    }
}
