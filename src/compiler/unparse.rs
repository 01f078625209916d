//! Expression to source text, as CPython 3.11's Python/ast_unparse.c: what annotations become
//! under `from __future__ import annotations`.

use crate::parser::ast::*;

const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST, 0);
    out
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::Float(f) => {
            if f.is_infinite() {
                out.push_str("1e309");
            } else {
                out.push_str(&crate::pyrepr::repr_float(*f));
            }
        }
        Constant::Complex { real, imag } => {
            if imag.is_infinite() {
                out.push_str("1e309j");
            } else {
                crate::pyrepr::repr_complex(out, *real, *imag);
            }
        }
        Constant::Str(s) => out.push_str(&crate::pyrepr::repr_wtf8(s)),
        Constant::Bytes(b) => crate::pyrepr::repr_bytes(out, b),
    }
}

fn seq(out: &mut String, es: &[Expr], depth: u32) {
    for (i, x) in es.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, PR_TEST, depth);
    }
}

fn comps(out: &mut String, gens: &[Comprehension], depth: u32) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, PR_TUPLE, depth);
        out.push_str(" in ");
        expr(out, &g.iter, PR_TEST + 1, depth);
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, PR_TEST + 1, depth);
        }
    }
}

fn args(out: &mut String, a: &Arguments, depth: u32) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let npos = a.posonlyargs.len() + a.args.len();
    let ndef = a.defaults.len();
    for (i, x) in a.posonlyargs.iter().chain(&a.args).enumerate() {
        sep(out);
        out.push_str(&x.arg);
        if i + ndef >= npos {
            out.push('=');
            if let Some(d) = a.defaults.get(i + ndef - npos) {
                expr(out, d, PR_TEST, depth);
            }
        }
        if i + 1 == a.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if a.vararg.is_some() || !a.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &a.vararg {
            out.push_str(&v.arg);
        }
    }
    for (x, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        sep(out);
        out.push_str(&x.arg);
        if let Some(d) = d {
            out.push('=');
            expr(out, d, PR_TEST, depth);
        }
    }
    if let Some(k) = &a.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.arg);
    }
}

fn fstring_body(out: &mut String, values: &[Expr], depth: u32) {
    for v in values {
        match &v.kind {
            ExprKind::Constant { value: Constant::Str(s), .. } => {
                for ch in String::from_utf8_lossy(s.as_bytes()).chars() {
                    match ch {
                        '{' => out.push_str("{{"),
                        '}' => out.push_str("}}"),
                        c => out.push(c),
                    }
                }
            }
            ExprKind::FormattedValue { value, conversion, format_spec } => {
                let mut inner = String::new();
                expr(&mut inner, value, PR_TEST + 1, depth);
                out.push('{');
                if inner.starts_with('{') {
                    out.push(' ');
                }
                out.push_str(&inner);
                if *conversion > 0 {
                    out.push('!');
                    if let Some(c) = char::from_u32(*conversion as u32) {
                        out.push(c);
                    }
                }
                if let Some(spec) = format_spec {
                    out.push(':');
                    if let ExprKind::JoinedStr { values } = &spec.kind {
                        fstring_body(out, values, depth);
                    }
                }
                out.push('}');
            }
            _ => {}
        }
    }
}

fn expr(out: &mut String, e: &Expr, level: u8, depth: u32) {
    if depth > 1000 {
        out.push_str("...");
        return;
    }
    let depth = depth + 1;
    let paren = |out: &mut String, cond: bool, open: bool| {
        if cond {
            out.push(if open { '(' } else { ')' });
        }
    };
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let pr = if *op == BoolOp::And { PR_AND } else { PR_OR };
            paren(out, level > pr, true);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(if *op == BoolOp::And { " and " } else { " or " });
                }
                expr(out, v, pr + 1, depth);
            }
            paren(out, level > pr, false);
        }
        ExprKind::NamedExpr { target, value } => {
            paren(out, level > PR_TUPLE, true);
            expr(out, target, PR_ATOM, depth);
            out.push_str(" := ");
            expr(out, value, PR_ATOM, depth);
            paren(out, level > PR_TUPLE, false);
        }
        ExprKind::BinOp { left, op, right } => {
            let (sym, pr) = match op {
                Operator::Add => (" + ", PR_ARITH),
                Operator::Sub => (" - ", PR_ARITH),
                Operator::Mult => (" * ", PR_TERM),
                Operator::MatMult => (" @ ", PR_TERM),
                Operator::Div => (" / ", PR_TERM),
                Operator::Mod => (" % ", PR_TERM),
                Operator::FloorDiv => (" // ", PR_TERM),
                Operator::LShift => (" << ", PR_SHIFT),
                Operator::RShift => (" >> ", PR_SHIFT),
                Operator::BitOr => (" | ", PR_BOR),
                Operator::BitXor => (" ^ ", PR_BXOR),
                Operator::BitAnd => (" & ", PR_BAND),
                Operator::Pow => (" ** ", PR_POWER),
            };
            let rassoc = *op == Operator::Pow;
            paren(out, level > pr, true);
            expr(out, left, if rassoc { pr + 1 } else { pr }, depth);
            out.push_str(sym);
            expr(out, right, if rassoc { pr } else { pr + 1 }, depth);
            paren(out, level > pr, false);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (sym, pr) = match op {
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            paren(out, level > pr, true);
            out.push_str(sym);
            expr(out, operand, pr, depth);
            paren(out, level > pr, false);
        }
        ExprKind::Lambda { args: a, body } => {
            paren(out, level > PR_TEST, true);
            let empty = a.posonlyargs.is_empty() && a.args.is_empty() && a.vararg.is_none() && a.kwonlyargs.is_empty() && a.kwarg.is_none();
            out.push_str(if empty { "lambda" } else { "lambda " });
            args(out, a, depth);
            out.push_str(": ");
            expr(out, body, PR_TEST, depth);
            paren(out, level > PR_TEST, false);
        }
        ExprKind::IfExp { test, body, orelse } => {
            paren(out, level > PR_TEST, true);
            expr(out, body, PR_TEST + 1, depth);
            out.push_str(" if ");
            expr(out, test, PR_TEST + 1, depth);
            out.push_str(" else ");
            expr(out, orelse, PR_TEST, depth);
            paren(out, level > PR_TEST, false);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, PR_TEST, depth);
                        out.push_str(": ");
                        expr(out, v, PR_TEST, depth);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, PR_BOR, depth);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set { elts } => {
            if elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                seq(out, elts, depth);
                out.push('}');
            }
        }
        ExprKind::List { elts, .. } => {
            out.push('[');
            seq(out, elts, depth);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
            } else {
                paren(out, level > PR_TUPLE, true);
                seq(out, elts, depth);
                if elts.len() == 1 {
                    out.push(',');
                }
                paren(out, level > PR_TUPLE, false);
            }
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, PR_TEST, depth);
            comps(out, generators, depth);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, PR_TEST, depth);
            comps(out, generators, depth);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, PR_TEST, depth);
            comps(out, generators, depth);
            out.push(')');
        }
        ExprKind::DictComp { key, value, generators } => {
            out.push('{');
            expr(out, key, PR_TEST, depth);
            out.push_str(": ");
            expr(out, value, PR_TEST, depth);
            comps(out, generators, depth);
            out.push('}');
        }
        ExprKind::Await { value } => {
            paren(out, level > PR_AWAIT, true);
            out.push_str("await ");
            expr(out, value, PR_ATOM, depth);
            paren(out, level > PR_AWAIT, false);
        }
        ExprKind::Yield { value } => {
            out.push_str("(yield");
            if let Some(v) = value {
                out.push(' ');
                expr(out, v, PR_TEST, depth);
            }
            out.push(')');
        }
        ExprKind::YieldFrom { value } => {
            out.push_str("(yield from ");
            expr(out, value, PR_TEST, depth);
            out.push(')');
        }
        ExprKind::Compare { left, ops, comparators } => {
            paren(out, level > PR_CMP, true);
            expr(out, left, PR_CMP + 1, depth);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(match op {
                    CmpOp::Eq => " == ",
                    CmpOp::NotEq => " != ",
                    CmpOp::Lt => " < ",
                    CmpOp::LtE => " <= ",
                    CmpOp::Gt => " > ",
                    CmpOp::GtE => " >= ",
                    CmpOp::Is => " is ",
                    CmpOp::IsNot => " is not ",
                    CmpOp::In => " in ",
                    CmpOp::NotIn => " not in ",
                });
                expr(out, c, PR_CMP + 1, depth);
            }
            paren(out, level > PR_CMP, false);
        }
        ExprKind::Call { func, args, keywords } => {
            expr(out, func, PR_ATOM, depth);
            if args.len() == 1 && keywords.is_empty() {
                if let ExprKind::GeneratorExp { .. } = args[0].kind {
                    expr(out, &args[0], PR_TEST, depth);
                    return;
                }
            }
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(out, a, PR_TEST, depth);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, PR_TEST, depth);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr { .. } => {
            let mut body = String::new();
            match &e.kind {
                ExprKind::JoinedStr { values } => fstring_body(&mut body, values, depth),
                _ => fstring_body(&mut body, std::slice::from_ref(e), depth),
            }
            out.push('f');
            out.push_str(&crate::pyrepr::repr_str(&body));
        }
        ExprKind::Constant { value, kind } => {
            if kind.as_deref() == Some("u") {
                out.push('u');
            }
            constant(out, value)
        }
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, PR_ATOM, depth);
            if let ExprKind::Constant { value: Constant::Int(_), .. } = value.kind {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, PR_ATOM, depth);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    seq(out, elts, depth);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, PR_TUPLE, depth),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, PR_BOR, depth);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, PR_TEST, depth);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, PR_TEST, depth);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, PR_TEST, depth);
            }
        }
    }
}
