//! Printing an exception the way CPython 3.11 prints an uncaught one (`PyErr_Display`): the
//! traceback with source lines and position markers (Python/traceback.c), chained exceptions,
//! exception groups in their box-drawing layout, the `Type: message` line, `__notes__`, and
//! SyntaxError's file/line/caret block. Also the exit status of an uncaught SystemExit.
//!
//! Everything is written into a `String` (`print_exception`). The program's end goes through
//! `handle_uncaught` (SystemExit's status, `sys.excepthook`, KeyboardInterrupt's SIGINT exit);
//! `print_exception_to_stderr` reports one exception through `sys.excepthook`/`sys.stderr`;
//! `exit_code_for_system_exit` is the SystemExit part alone.

use crate::bytecode::code::Location;
use crate::objects::exception_groups::{group_exceptions, is_group};
use crate::objects::exception_types::{extra_get, field, str_string, repr_string};
use crate::objects::exceptions::{exc_obj, is_exception, SYNTAX_ERROR, SYSTEM_EXIT, INDENTATION_ERROR, TAB_ERROR};
use crate::objects::traceback::{entries, TracebackObject};
use crate::objects::{self as obj, Owned, Value};
use crate::vm::{ops, Vm};
use std::collections::HashMap;

/// How many identical consecutive entries print before "[Previous line repeated ...]".
const RECURSIVE_CUTOFF: usize = 3;
/// Exception groups: sub-exceptions shown per group, nesting levels shown.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str = "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str = "During handling of the above exception, another exception occurred:\n";

/// State of one `print_exception` call.
struct Ctx<'a> {
    out: &'a mut String,
    /// Exceptions already printed (by address), so cycles in `__context__` end.
    seen: Vec<Value>,
    /// Nesting of exception groups (0 outside any group).
    depth: usize,
    /// Whether the current group's closing line is still owed.
    need_close: bool,
    /// Source files read so far: lines without their line ends.
    files: &'a mut HashMap<String, Option<Vec<String>>>,
}

impl Ctx<'_> {
    fn indent(&self) -> usize {
        2 * self.depth
    }
    fn margin(&self) -> &'static str {
        if self.depth > 0 {
            "| "
        } else {
            ""
        }
    }
    fn write_margin(&mut self) {
        let (i, m) = (self.indent(), self.margin());
        push_spaces(self.out, i);
        self.out.push_str(m);
    }
}

fn push_spaces(out: &mut String, n: usize) {
    out.extend(std::iter::repeat(' ').take(n));
}

/// Append what CPython prints to stderr for the uncaught exception `exc`.
pub fn print_exception(vm: &mut Vm, exc: Value, out: &mut String) {
    let mut files = HashMap::new();
    let mut ctx = Ctx { out, seen: Vec::new(), depth: 0, need_close: false, files: &mut files };
    print_recursive(vm, &mut ctx, exc);
}

/// Report an exception that cannot propagate (raised by a finalizer: a generator's `close`
/// at collection, `__del__`) as CPython's `PyErr_WriteUnraisable`: "Exception ignored in:"
/// with the object's repr, then the traceback, on stderr.
pub fn write_unraisable(vm: &mut Vm, e: crate::vm::PyErr, obj: Value) {
    let what = match crate::vm::ops::repr(vm, obj) {
        Ok(r) => {
            let t = crate::objects::str::str_obj(r).to_string_lossy().into_owned();
            r.decref();
            t
        }
        Err(_) => "<object repr() failed>".to_string(),
    };
    let mut s = format!("Exception ignored in: {what}\n");
    print_exception(vm, e.value(), &mut s);
    let _ = crate::modules::sys::write_stderr(vm, &s);
}

/// Report an uncaught exception as CPython's `PyErr_Print` does (the caller then exits with
/// status 1): a `sys.excepthook` the program installed is called with `(type, exc, tb)` (if it
/// fails, "Error in sys.excepthook:" and both exceptions are printed); otherwise the traceback
/// is written to `sys.stderr` (the process's stderr before the streams exist).
pub fn print_exception_to_stderr(vm: &mut Vm, exc: Value) {
    let hook = if vm.sys.is_null() {
        None
    } else {
        obj::dict::get_str(obj::module::module_dict(vm.sys), obj::str::intern("excepthook"))
    };
    if let Some(h) = hook.filter(|h| !crate::modules::sys::is_default_excepthook(*h)) {
        let h = Owned::from_borrowed(h);
        let tb = if is_exception(exc) { exc_obj(exc).traceback.get() } else { Value::NULL };
        let tb = if tb.is_null() { obj::none() } else { tb };
        match ops::call(vm, h.get(), &[exc.ty().as_value(), exc, tb], &[]) {
            Ok(r) => r.decref(),
            Err(e) => {
                let mut s = String::from("Error in sys.excepthook:\n");
                print_exception(vm, e.value(), &mut s);
                s.push_str("\nOriginal exception was:\n");
                print_exception(vm, exc, &mut s);
                write_err(vm, &s);
            }
        }
        return;
    }
    let mut s = String::new();
    print_exception(vm, exc, &mut s);
    write_err(vm, &s);
}

fn write_err(vm: &mut Vm, s: &str) {
    use std::io::Write;
    let _ = crate::modules::sys::write_stdout_flush(vm);
    if crate::modules::sys::write_stderr(vm, s).is_err() {
        let mut e = std::io::stderr().lock();
        let _ = e.write_all(s.as_bytes());
    }
    let _ = crate::modules::sys::flush_stream(vm, "stderr");
}

/// Everything CPython does with the exception that ends a program, returning the exit status:
/// SystemExit gives its code (a non-int code is printed to stderr, status 1); anything else is
/// reported through `sys.excepthook` / `sys.stderr` (status 1); an uncaught KeyboardInterrupt
/// is reported, the standard streams flushed, and the process then ends by SIGINT as CPython's
/// does (status 130 in a shell), so this does not return for it.
pub fn handle_uncaught(vm: &mut Vm, exc: Value) -> u8 {
    if let Some(code) = exit_code_for_system_exit(vm, exc) {
        return code as u8;
    }
    print_exception_to_stderr(vm, exc);
    if is_exception(exc) && exc.is_instance_of(&crate::objects::exceptions::KEYBOARD_INTERRUPT) {
        let _ = crate::modules::sys::flush_stream(vm, "stdout");
        let _ = crate::modules::sys::flush_stream(vm, "stderr");
        exit_by_sigint();
    }
    1
}

extern "C" {
    /// glibc's `sysv_signal` (the plain `signal` is declared in vm::signals with a handler
    /// type that cannot express SIG_DFL).
    fn sysv_signal(signum: i32, handler: usize) -> usize;
    fn raise(sig: i32) -> i32;
}

/// End the process by SIGINT with its default action (CPython's exit after an uncaught
/// KeyboardInterrupt).
fn exit_by_sigint() -> ! {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    // SAFETY: SIG_DFL (0) restores the default action of SIGINT, which terminates the process
    // when raised; no Rust state is observed after that.
    unsafe {
        sysv_signal(2, 0);
        raise(2);
    }
    std::process::exit(130)
}

/// The exit status for an uncaught SystemExit `exc` (CPython's `_Py_HandleSystemExit`): code
/// None -> 0, an int -> that int (truncated to 32 bits as the C exit status is), anything
/// else -> its str printed to stderr and 1. Returns None when `exc` is not a SystemExit.
pub fn exit_code_for_system_exit(vm: &mut Vm, exc: Value) -> Option<i32> {
    if !is_exception(exc) || !exc.is_instance_of(&SYSTEM_EXIT) {
        return None;
    }
    let code = Owned::new(crate::objects::exception_types::system_exit_code(exc));
    let c = code.get();
    if c.is_none() {
        return Some(0);
    }
    if obj::int::is_int(c) {
        return Some(match obj::int::int_as_i64(c) {
            Some(i) => i as i32,
            None => -1,
        });
    }
    let text = str_string(vm, c).unwrap_or_default();
    use std::io::Write;
    let _ = std::io::stdout().flush();
    let _ = writeln!(std::io::stderr(), "{text}");
    Some(1)
}

fn print_recursive(vm: &mut Vm, ctx: &mut Ctx, exc: Value) {
    // Chains are followed through native recursion: stop where CPython's recursion guard
    // would.
    if ctx.seen.len() > 1000 {
        return;
    }
    print_cause_and_context(vm, ctx, exc);
    if is_group(exc) {
        print_group(vm, ctx, exc);
    } else {
        print_one(vm, ctx, exc);
    }
}

fn print_cause_and_context(vm: &mut Vm, ctx: &mut Ctx, exc: Value) {
    ctx.seen.push(exc);
    if !is_exception(exc) {
        return;
    }
    let e = exc_obj(exc);
    let cause = e.cause.get();
    if !cause.is_null() {
        if !ctx.seen.contains(&cause) {
            print_chained(vm, ctx, cause, CAUSE_MESSAGE);
        }
        return;
    }
    if e.suppress_context.get() {
        return;
    }
    let context = e.context.get();
    if !context.is_null() && !ctx.seen.contains(&context) {
        print_chained(vm, ctx, context, CONTEXT_MESSAGE);
    }
}

fn print_chained(vm: &mut Vm, ctx: &mut Ctx, exc: Value, message: &str) {
    let need_close = ctx.need_close;
    print_recursive(vm, ctx, exc);
    ctx.need_close = need_close;
    ctx.write_margin();
    ctx.out.push('\n');
    ctx.write_margin();
    ctx.out.push_str(message);
    ctx.write_margin();
    ctx.out.push('\n');
}

fn print_group(vm: &mut Vm, ctx: &mut Ctx, exc: Value) {
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.write_margin();
        ctx.out.push_str(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
        return;
    }
    if ctx.depth == 0 {
        ctx.depth += 1;
    }
    print_one(vm, ctx, exc);
    let excs: Vec<Value> = group_exceptions(exc).to_vec();
    let num = excs.len();
    let n = num.min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for i in 0..n {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        push_spaces(ctx.out, ctx.indent());
        let lead = if i == 0 { "+-" } else { "  " };
        if truncated {
            ctx.out.push_str(&format!("{lead}+---------------- ... ----------------\n"));
        } else {
            ctx.out.push_str(&format!("{lead}+---------------- {} ----------------\n", i + 1));
        }
        ctx.depth += 1;
        if truncated {
            ctx.write_margin();
            let more = num - MAX_GROUP_WIDTH;
            ctx.out.push_str(&format!("and {more} more exception{}\n", if more > 1 { "s" } else { "" }));
        } else {
            let sub = excs.get(i).copied().unwrap_or_else(obj::none);
            sub.incref();
            print_recursive(vm, ctx, sub);
            sub.decref();
        }
        ctx.depth -= 1;
        if last && ctx.need_close {
            push_spaces(ctx.out, ctx.indent());
            ctx.out.push_str("  +------------------------------------\n");
            ctx.need_close = false;
        }
    }
    if ctx.depth == 1 {
        ctx.depth -= 1;
    }
}

fn print_one(vm: &mut Vm, ctx: &mut Ctx, exc: Value) {
    if !is_exception(exc) {
        ctx.write_margin();
        ctx.out.push_str(&format!("TypeError: print_exception(): Exception expected for value, {} found\n", ops::type_name(exc)));
        return;
    }
    let tb = exc_obj(exc).traceback.get();
    let limit = traceback_limit(vm);
    if !tb.is_null() && limit > 0 {
        let (header, header_margin) = if is_group(exc) {
            ("Exception Group Traceback (most recent call last):\n", if ctx.depth == 1 { "+ " } else { "| " })
        } else {
            ("Traceback (most recent call last):\n", ctx.margin())
        };
        push_spaces(ctx.out, ctx.indent());
        ctx.out.push_str(header_margin);
        ctx.out.push_str(header);
        print_tb_entries(ctx, tb, limit);
    }
    let is_syntax = exc.is_instance_of(&SYNTAX_ERROR);
    if is_syntax {
        print_syntax_error_location(vm, ctx, exc);
    }
    ctx.write_margin();
    print_message_line(vm, ctx, exc, is_syntax);
    if let Some(s) = super::suggestions::suggestion(vm, exc) {
        ctx.out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    ctx.out.push('\n');
    print_notes(vm, ctx, exc);
}

/// `module.Qualname: str` (module omitted for builtins and __main__; no colon for an empty str).
fn print_message_line(vm: &mut Vm, ctx: &mut Ctx, exc: Value, is_syntax: bool) {
    let ty = exc.ty();
    let module = crate::objects::type_type::type_module_name(ty);
    if module != "builtins" && module != "__main__" {
        ctx.out.push_str(&module);
        ctx.out.push('.');
    }
    let qn = ty.qualname.get();
    match obj::str::as_str(qn) {
        Some(q) => ctx.out.push_str(q),
        None => ctx.out.push_str(ty.name()),
    }
    // A SyntaxError with a location prints its `msg` rather than its str.
    let msg_source = if is_syntax && !extra_get(exc, field::SE_LINENO).is_null() {
        let m = extra_get(exc, field::SE_MSG);
        if m.is_null() {
            exc
        } else {
            m
        }
    } else {
        exc
    };
    match str_string(vm, msg_source) {
        Ok(s) => {
            if !s.is_empty() {
                ctx.out.push_str(": ");
            }
            ctx.out.push_str(&s);
        }
        Err(_) => ctx.out.push_str(": <exception str() failed>"),
    }
}

fn print_notes(vm: &mut Vm, ctx: &mut Ctx, exc: Value) {
    let notes = match ops::getattr_opt(vm, exc, obj::str::intern("__notes__")) {
        Ok(Some(n)) => Owned::new(n),
        _ => return,
    };
    let n = notes.get();
    let s = n.ty().slots();
    let is_seq = s.getitem.is_some() && s.len.is_some() && !obj::dict::is_dict(n);
    if !is_seq {
        ctx.write_margin();
        match repr_string(vm, n) {
            Ok(r) => ctx.out.push_str(&r),
            Err(_) => ctx.out.push_str("<__notes__ repr() failed>"),
        }
        return;
    }
    let items = match ops::collect(vm, n) {
        Ok(v) => v,
        Err(_) => return,
    };
    for note in items {
        let text = if obj::str::is_str(note) {
            obj::str::str_obj(note).to_string_lossy().into_owned()
        } else {
            str_string(vm, note).unwrap_or_else(|_| "<note str() failed>".to_string())
        };
        note.decref();
        for line in text.split_inclusive('\n') {
            ctx.write_margin();
            ctx.out.push_str(line);
            if !line.ends_with('\n') {
                ctx.out.push('\n');
            }
        }
        if text.is_empty() {
            ctx.write_margin();
            ctx.out.push('\n');
        }
    }
}

/// The `  File ..., line N` block, source line and caret of a SyntaxError (as the front end's
/// `error_display::render` prints it, minus its final `Kind: msg` line).
fn print_syntax_error_location(vm: &mut Vm, ctx: &mut Ctx, exc: Value) {
    use crate::syntax_error::{SyntaxError, SyntaxErrorKind};
    if ops::getattr_opt(vm, exc, obj::str::intern("print_file_and_line")).ok().flatten().map(|v| v.decref()).is_none() {
        return;
    }
    let lineno = extra_get(exc, field::SE_LINENO);
    let Some(lineno) = obj::int::int_as_i64(lineno) else {
        return;
    };
    let num = |i: usize| obj::int::int_as_i64(extra_get(exc, i)).unwrap_or(0).clamp(0, u32::MAX as i64) as u32;
    let filename = extra_get(exc, field::SE_FILENAME);
    let filename = if filename.is_null() || filename.is_none() {
        "<string>".to_string()
    } else {
        str_string(vm, filename).unwrap_or_default()
    };
    let text = extra_get(exc, field::SE_TEXT);
    let text = obj::str::as_str(text).map(str::to_string);
    let kind = if exc.is_exact(&TAB_ERROR) {
        SyntaxErrorKind::TabError
    } else if exc.is_instance_of(&INDENTATION_ERROR) {
        SyntaxErrorKind::IndentationError
    } else {
        SyntaxErrorKind::SyntaxError
    };
    let e = SyntaxError {
        kind,
        msg: String::new(),
        lineno: lineno.clamp(1, u32::MAX as i64) as u32,
        offset: num(field::SE_OFFSET),
        end_lineno: num(field::SE_END_LINENO),
        end_offset: num(field::SE_END_OFFSET),
        text,
    };
    let rendered = crate::parser::error_display::render(&e, &filename);
    // Drop the final "Kind\n" line; the caller prints the message line itself.
    let body = rendered.strip_suffix('\n').unwrap_or(&rendered);
    let body = match body.rfind('\n') {
        Some(i) => &body[..=i],
        None => "",
    };
    for line in body.split_inclusive('\n') {
        ctx.write_margin();
        ctx.out.push_str(line);
    }
}

/// `sys.tracebacklimit` when it is an int (CPython's default 1000 otherwise).
fn traceback_limit(vm: &Vm) -> i64 {
    if vm.sys.is_null() {
        return 1000;
    }
    match obj::dict::get_str(obj::module::module_dict(vm.sys), obj::str::intern("tracebacklimit")) {
        Some(v) if obj::int::is_int(v) => obj::int::int_as_i64(v).unwrap_or(i64::MAX),
        _ => 1000,
    }
}

fn print_tb_entries(ctx: &mut Ctx, first: Value, limit: i64) {
    let mut list = entries(first);
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    if list.len() > limit {
        list.drain(..list.len() - limit);
    }
    let mut last: Option<(&str, u32, &str)> = None;
    let mut count = 0usize;
    for t in list {
        let key = (&*t.code.filename, t.lineno(), t.code.name.as_str());
        if last != Some(key) {
            if count > RECURSIVE_CUTOFF {
                print_repeated(ctx, count);
            }
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count <= RECURSIVE_CUTOFF {
            print_entry(ctx, t);
        }
    }
    if count > RECURSIVE_CUTOFF {
        print_repeated(ctx, count);
    }
}

fn print_repeated(ctx: &mut Ctx, count: usize) {
    let n = count - RECURSIVE_CUTOFF;
    ctx.write_margin();
    ctx.out.push_str(&format!("  [Previous line repeated {n} more time{}]\n", if n > 1 { "s" } else { "" }));
}

/// Read `filename`'s lines (cached per print), as CPython's `TextIOWrapper` would: universal
/// newlines, UTF-8 (or the PEP 263 cookie's codec when the front end can decode it).
fn source_lines<'a>(files: &'a mut HashMap<String, Option<Vec<String>>>, filename: &str) -> Option<&'a Vec<String>> {
    if filename.starts_with('<') && filename.ends_with('>') {
        return None;
    }
    files
        .entry(filename.to_string())
        .or_insert_with(|| {
            let bytes = std::fs::read(filename).ok()?;
            let text = match crate::lexer::source::decode_source_full(&bytes) {
                Ok(d) => d.text.to_string(),
                Err(_) => String::from_utf8_lossy(&bytes).into_owned(),
            };
            Some(split_lines(&text))
        })
        .as_ref()
}

/// Lines split at `\n`, `\r\n` and `\r`, without their ends.
fn split_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push(std::mem::take(&mut cur)),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(std::mem::take(&mut cur));
            }
            _ => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn print_entry(ctx: &mut Ctx, t: &TracebackObject) {
    let filename: &str = &t.code.filename;
    let lineno = t.lineno();
    ctx.write_margin();
    ctx.out.push_str(&format!("  File \"{filename}\", line {lineno}, in {}\n", t.code.name));
    let line = match source_lines(ctx.files, filename) {
        Some(lines) if lineno >= 1 => match lines.get(lineno as usize - 1) {
            Some(l) => l.clone(),
            None => return,
        },
        _ => return,
    };
    let stripped = line.trim_start_matches([' ', '\t', '\x0c']);
    let ws = line.chars().count() - stripped.chars().count();
    ctx.write_margin();
    ctx.out.push_str("    ");
    ctx.out.push_str(stripped);
    ctx.out.push('\n');
    if let Some(carets) = caret_line(&line, ws, t.location()) {
        ctx.write_margin();
        ctx.out.push_str(&carets);
        ctx.out.push('\n');
    }
}

/// CPython's `_PyPegen_byte_offset_to_character_offset`: the number of characters in the first
/// `col` bytes of `line` (clamped to the length plus its terminating NUL; a cut multi-byte
/// sequence counts as one replacement character).
fn byte_to_char_offset(line: &str, col: usize) -> usize {
    let b = line.as_bytes();
    let col = col.min(b.len() + 1);
    if col > b.len() {
        return line.chars().count() + 1;
    }
    String::from_utf8_lossy(&b[..col]).chars().count()
}

fn is_ws(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == b'\x0c'
}

/// The marker line under a source line (without margin or newline), or None when CPython
/// prints none: no position, or markers that would underline the whole stripped line.
/// `ws` is the number of leading whitespace characters stripped from the printed line.
fn caret_line(line: &str, ws: usize, loc: Location) -> Option<String> {
    if loc.lineno == 0 || loc.end_lineno == 0 {
        return None;
    }
    let line_len = line.chars().count();
    let start = byte_to_char_offset(line, loc.col as usize);
    let mut end = byte_to_char_offset(line, loc.end_col as usize);
    let mut anchors: Option<(usize, usize, char, char)> = None;
    if loc.lineno == loc.end_lineno {
        anchors = anchors_for_segment(line, start, end);
    } else {
        // Multi-line: up to the last non-whitespace character (CPython indexes the UTF-8
        // bytes with the character count here).
        let b = line.as_bytes();
        let mut i = line_len as isize - 1;
        while i >= 0 {
            match b.get(i as usize) {
                Some(&c) if is_ws(c) => i -= 1,
                _ => break,
            }
        }
        end = (i + 1) as usize;
    }
    let stripped_len = line_len - ws;
    if end.wrapping_sub(start) == stripped_len && end >= start && anchors.is_none() {
        return None;
    }
    let truncation = ws as isize - 4;
    let (left, right, primary, secondary) = match anchors {
        Some((l, r, p, s)) => (l as isize, r as isize, p, s),
        None => (-1, -1, '^', '^'),
    };
    let special = anchors.is_some();
    let mut s = String::new();
    let mut off = truncation;
    while {
        off += 1;
        off <= end as isize
    } {
        if off <= start as isize {
            s.push(' ');
        } else if special && left < off && off <= right {
            s.push(secondary);
        } else {
            s.push(primary);
        }
        if s.len() > 100_000 {
            break;
        }
    }
    Some(s)
}

/// CPython 3.11's `extract_anchors_from_line`: parse the failing segment; for a binary
/// operation mark its operator, for a subscript its brackets. Returns (left_end, right_start)
/// as character offsets in the line, with the primary and secondary marker characters.
fn anchors_for_segment(line: &str, start: usize, end: usize) -> Option<(usize, usize, char, char)> {
    use crate::parser::ast::{ExprKind, Mod, StmtKind};
    let segment: String = line.chars().skip(start).take(end.saturating_sub(start)).collect();
    let module = crate::parser::parse_bytes(segment.as_bytes(), crate::frontend::Mode::Exec, false).ok()?;
    let Mod::Module { body, .. } = module else {
        return None;
    };
    let [stmt] = body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    let seg = segment.as_bytes();
    let at = |i: usize| seg.get(i).copied().unwrap_or(0);
    let (left, right, chars) = match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            let mut anchors: Option<(usize, usize)> = None;
            let mut chars = ('^', '^');
            let rcol = right.loc.col_offset as usize;
            let mut i = left.loc.end_col_offset as usize;
            while i < rcol {
                if is_ws(at(i)) {
                    i += 1;
                    continue;
                }
                let mut r = i + 1;
                if i + 1 < rcol && !is_ws(at(i + 1)) {
                    r += 1;
                }
                anchors = Some((i, r));
                if i + 1 < rcol && at(i) == b')' {
                    i += 1;
                    continue;
                }
                chars = ('~', '^');
                break;
            }
            let (l, r) = anchors?;
            (l, r, chars)
        }
        ExprKind::Subscript { value: v, slice, .. } => {
            let len = seg.iter().position(|&b| b == 0).unwrap_or(seg.len());
            let mut l = v.loc.end_col_offset as usize;
            let mut r = slice.loc.end_col_offset as usize + 1;
            while l < len && at(l) != b'[' {
                l += 1;
            }
            while r < len && at(r) != b']' {
                r += 1;
            }
            if r < len {
                r += 1;
            }
            (l, r, ('~', '^'))
        }
        _ => return None,
    };
    let l = byte_to_char_offset(&segment, left) + start;
    let r = byte_to_char_offset(&segment, right) + start;
    Some((l, r, chars.0, chars.1))
}

#[cfg(test)]
mod tests;
