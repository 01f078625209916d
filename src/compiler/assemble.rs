//! Assembly: labels resolved to instruction indices, one flow analysis over the instructions
//! (CPython's stack-depth computation and exception-target labelling in one worklist pass:
//! each reachable instruction gets its entry depth and its active handler), unreachable code and
//! pseudo-instructions dropped, the exception table built from runs of instructions with the
//! same handler, deref arguments turned into localsplus indices.

use super::codegen::{CResult, IInstr, IOp, Unit};
use crate::bytecode::code::{CodeUnit, ExcEntry, Instr, LocalKind};
use crate::bytecode::opcode::{stack_effect, Op};
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
use std::rc::Rc;

/// One active exception handler; `parent` is the handler outside it (0: none).
#[derive(Clone, Copy)]
struct Handler {
    parent: u32,
    target: u32,
    depth: u32,
    lasti: bool,
}

fn internal(msg: String) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::SyntaxError, format!("internal compiler error: {msg}"))
}

fn is_terminal(op: Op) -> bool {
    matches!(op, Op::JUMP | Op::JUMP_BACKWARD | Op::RETURN_VALUE | Op::RETURN_CONST | Op::RAISE_VARARGS | Op::RERAISE)
}

/// Depth at a jump's target given the depth before the instruction.
fn jump_target_depth(op: Op, depth: i32) -> i32 {
    match op {
        Op::FOR_ITER | Op::SEND => depth - 1,
        Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP | Op::JUMP | Op::JUMP_BACKWARD => depth,
        _ => depth + stack_effect(op, 0),
    }
}

pub fn assemble(u: Unit<'_>, flags: u32, filename: &Rc<str>) -> CResult<CodeUnit> {
    let n = u.instrs.len();
    let resolve = |l: u32| -> CResult<usize> {
        match u.labels.get(l as usize) {
            Some(&p) if p != u32::MAX && (p as usize) <= n => Ok(p as usize),
            _ => Err(internal(format!("unbound label in {}", u.qualname))),
        }
    };
    // Flow analysis.
    let mut depth_at: Vec<i32> = vec![-1; n + 1];
    let mut handler_at: Vec<u32> = vec![0; n + 1];
    let mut handlers: Vec<Handler> = vec![Handler { parent: 0, target: 0, depth: 0, lasti: false }];
    let mut work: Vec<(usize, i32, u32)> = vec![(0, 0, 0)];
    let mut maxdepth: i32 = 0;
    while let Some((start, d0, h0)) = work.pop() {
        let (mut i, mut d, mut h) = (start, d0, h0);
        loop {
            if i >= n {
                break;
            }
            if depth_at[i] >= 0 {
                if depth_at[i] != d {
                    if std::env::var("PYJIT_ASM_DEBUG").is_ok() {
                        for (k, ins) in u.instrs.iter().enumerate() {
                            let tgt = match ins.op { IOp::Real(o) if o.is_jump() => format!(" -> {}", u.labels[ins.arg as usize]), IOp::SetupFinally | IOp::SetupCleanup | IOp::SetupWith => format!(" -> {}", u.labels[ins.arg as usize]), _ => String::new() };
                            eprintln!("{k:4} d={:3} {:?} {}{tgt}", depth_at[k], ins.op, ins.arg);
                        }
                    }
                    return Err(internal(format!("inconsistent stack depth at {i} in {} ({} vs {d})", u.qualname, depth_at[i])));
                }
                break;
            }
            depth_at[i] = d;
            handler_at[i] = h;
            let ins = u.instrs[i];
            match ins.op {
                IOp::SetupFinally | IOp::SetupCleanup | IOp::SetupWith => {
                    let t = resolve(ins.arg)?;
                    let (hdepth, tdepth, lasti) = match ins.op {
                        IOp::SetupFinally => (d, d + 1, false),
                        IOp::SetupCleanup => (d, d + 2, true),
                        _ => (d - 1, d + 1, true),
                    };
                    if hdepth < 0 {
                        return Err(internal(format!("negative handler depth in {}", u.qualname)));
                    }
                    maxdepth = maxdepth.max(tdepth);
                    handlers.push(Handler { parent: h, target: t as u32, depth: hdepth as u32, lasti });
                    work.push((t, tdepth, h));
                    h = handlers.len() as u32 - 1;
                }
                IOp::PopBlock => {
                    h = handlers[h as usize].parent;
                }
                IOp::Real(op) => {
                    let nd = d + stack_effect(op, ins.arg);
                    if nd < 0 {
                        return Err(internal(format!("stack underflow at {i} ({}) in {}", op.name(), u.qualname)));
                    }
                    maxdepth = maxdepth.max(nd).max(d);
                    if op.is_jump() {
                        let t = resolve(ins.arg)?;
                        let td = jump_target_depth(op, d);
                        if td < 0 {
                            return Err(internal(format!("stack underflow at jump {i} in {}", u.qualname)));
                        }
                        work.push((t, td, h));
                    }
                    if is_terminal(op) {
                        break;
                    }
                    d = nd;
                }
            }
            i += 1;
        }
    }

    // Keep reachable real instructions, minus NOPs that mark no new line (CPython's
    // remove_redundant_nops); old index -> new index (the next kept one).
    let mut keep: Vec<bool> = (0..n).map(|i| depth_at[i] >= 0 && matches!(u.instrs[i].op, IOp::Real(_))).collect();
    let mut prev_line: Option<u32> = None;
    for i in 0..n {
        if !keep[i] {
            continue;
        }
        let ins = u.instrs[i];
        if ins.op == IOp::Real(Op::NOP) {
            let line = ins.loc.lineno;
            let next_line = (i + 1..n).find(|&j| keep[j]).map(|j| u.instrs[j].loc.lineno);
            if line == 0 || prev_line == Some(line) || next_line == Some(line) {
                keep[i] = false;
                continue;
            }
        }
        prev_line = Some(ins.loc.lineno);
    }
    let mut new_index: Vec<u32> = vec![0; n + 1];
    let mut kept = 0u32;
    for i in 0..n {
        new_index[i] = kept;
        if keep[i] {
            kept += 1;
        }
    }
    new_index[n] = kept;

    // Localsplus: varnames, then cells that are not arguments, then free variables.
    let nvars = u.varnames.len();
    let mut localsplusnames = u.varnames.clone();
    let mut localspluskinds = vec![LocalKind::LOCAL; nvars];
    let mut cell_slot: Vec<u32> = Vec::with_capacity(u.cellvars.len() + u.freevars.len());
    for c in &u.cellvars {
        match u.varnames.iter().position(|v| v == c) {
            Some(p) if p < nvars => {
                localspluskinds[p] |= LocalKind::CELL;
                cell_slot.push(p as u32);
            }
            _ => {
                cell_slot.push(localsplusnames.len() as u32);
                localsplusnames.push(c.clone());
                localspluskinds.push(LocalKind::CELL);
            }
        }
    }
    for f in &u.freevars {
        cell_slot.push(localsplusnames.len() as u32);
        localsplusnames.push(f.clone());
        localspluskinds.push(LocalKind::FREE);
    }

    // Artificial instructions (no line) continue the line of the instruction before them,
    // unless control can enter them from elsewhere (CPython's propagate_line_numbers).
    let mut entered = vec![false; n + 1];
    for i in 0..n {
        if depth_at[i] < 0 {
            continue;
        }
        match u.instrs[i].op {
            IOp::Real(op) if op.is_jump() => {
                if let Ok(t) = resolve(u.instrs[i].arg) {
                    entered[t] = true;
                }
            }
            IOp::SetupFinally | IOp::SetupCleanup | IOp::SetupWith => {
                if let Ok(t) = resolve(u.instrs[i].arg) {
                    entered[t] = true;
                }
            }
            _ => {}
        }
    }
    let mut instrs = Vec::with_capacity(kept as usize);
    let mut locations = Vec::with_capacity(kept as usize);
    let mut exc_handler_of: Vec<u32> = Vec::with_capacity(kept as usize);
    let mut fallthrough_from_prev = false;
    for i in 0..n {
        let ins: IInstr = u.instrs[i];
        let IOp::Real(op) = ins.op else { continue };
        if !keep[i] {
            continue;
        }
        let mut arg = ins.arg;
        if op.is_jump() {
            arg = new_index[resolve(arg)?];
        } else if matches!(op, Op::LOAD_DEREF | Op::STORE_DEREF | Op::DELETE_DEREF | Op::LOAD_CLASSDEREF | Op::LOAD_CLOSURE | Op::MAKE_CELL) {
            arg = *cell_slot.get(arg as usize).ok_or_else(|| internal(format!("bad cell index in {}", u.qualname)))?;
        }
        instrs.push(Instr::new(op, arg));
        let mut loc = ins.loc;
        if loc.lineno == 0 && !entered[i] {
            if let (Some(prev), true) = (locations.last(), fallthrough_from_prev) {
                loc = *prev;
            }
        }
        fallthrough_from_prev = !is_terminal(op);
        locations.push(loc);
        exc_handler_of.push(handler_at[i]);
    }

    // Drop constants no kept instruction uses (CPython's remove_unused_consts); a function's
    // first one stays (its docstring or None).
    let mut consts = u.consts;
    if !consts.is_empty() {
        let mut used = vec![false; consts.len()];
        used[0] = u.keep_first_const;
        for ins in &instrs {
            if matches!(ins.op, Op::LOAD_CONST | Op::RETURN_CONST | Op::KW_NAMES) {
                if let Some(f) = used.get_mut(ins.arg as usize) {
                    *f = true;
                }
            }
        }
        if used.iter().any(|f| !f) {
            let mut remap = vec![0u32; consts.len()];
            let mut k = 0u32;
            for (i, f) in used.iter().enumerate() {
                remap[i] = k;
                if *f {
                    k += 1;
                }
            }
            for ins in &mut instrs {
                if matches!(ins.op, Op::LOAD_CONST | Op::RETURN_CONST | Op::KW_NAMES) {
                    if let Some(&r) = remap.get(ins.arg as usize) {
                        ins.arg = r;
                    }
                }
            }
            let mut i = 0;
            consts.retain(|_| {
                let keep = used[i];
                i += 1;
                keep
            });
        }
    }

    // Exception table: runs of instructions under the same handler.
    let mut exception_table = Vec::new();
    let mut j = 0;
    while j < exc_handler_of.len() {
        let h = exc_handler_of[j];
        let mut k = j + 1;
        while k < exc_handler_of.len() && exc_handler_of[k] == h {
            k += 1;
        }
        if h != 0 {
            let hd = handlers[h as usize];
            exception_table.push(ExcEntry {
                start: j as u32,
                end: k as u32,
                target: new_index[hd.target as usize],
                depth: hd.depth,
                lasti: hd.lasti,
            });
        }
        j = k;
    }

    let mut code = CodeUnit {
        name: u.name.clone(),
        qualname: u.qualname.clone(),
        filename: filename.clone(),
        firstlineno: u.firstlineno,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        flags,
        stacksize: maxdepth as u32,
        localsplusnames,
        localspluskinds,
        names: u.names,
        consts,
        instrs,
        locations,
        exception_table,
        ncaches: 0,
    };
    code.assign_caches();
    Ok(code)
}
