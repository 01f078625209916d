//! The built-in functions that need the interpreter's state: `exec`, `eval`, `compile`,
//! `globals`, `locals`, `__import__`.

use crate::objects::exceptions::{self as exc, type_error};
use crate::objects::method::new_builtin_function;
use crate::objects::typeobj::MethodDef;
use crate::objects::{self as obj, dict, none, Value};
use crate::vm::{ops, PyResult, Vm};

/// The compile mode named by `compile()`'s third argument.
fn mode_of(s: &str) -> Option<crate::compiler::CompileMode> {
    match s {
        "exec" => Some(crate::compiler::CompileMode::Exec),
        "eval" => Some(crate::compiler::CompileMode::Eval),
        "single" => Some(crate::compiler::CompileMode::Single),
        _ => None,
    }
}

/// The source text of a str/bytes argument of exec/eval/compile.
fn source_bytes(vm: &mut Vm, v: Value, fname: &str) -> PyResult<Vec<u8>> {
    if let Some(s) = obj::str::as_str(v) {
        return Ok(s.as_bytes().to_vec());
    }
    if let Ok(Some(b)) = crate::objects::types_text::bytes_like_data(vm, v) {
        return Ok(b);
    }
    Err(type_error(format!("{fname}() arg 1 must be a string, bytes or code object")))
}

/// Compile source to a runtime code object, raising SyntaxError as CPython does.
pub fn compile_to_code(vm: &mut Vm, src: &[u8], filename: &str, mode: crate::compiler::CompileMode) -> PyResult {
    use crate::compiler::CompileMode;
    let fmode = match mode {
        CompileMode::Exec => crate::frontend::Mode::Exec,
        CompileMode::Eval => crate::frontend::Mode::Eval,
        CompileMode::Single => crate::frontend::Mode::Single,
    };
    // A parser error's `text` is the source line with its newline (CPython's tokenizer hands
    // it over whole); an error from the compiler proper has no text for source that is not a
    // file (CPython looks the line up in the file named).
    let tree = match crate::frontend::parse_bytes(src, fmode, false) {
        Ok(t) => t,
        Err(mut e) => {
            // Errors the tokenizer raises while still inside the token (unterminated strings,
            // malformed number literals) keep the line as read; the parser's get the newline
            // the tokenizer adds at the end of input.
            let in_token = e.msg.starts_with("unterminated ") || e.msg.contains(" literal");
            if let Some(t) = &mut e.text {
                if !t.ends_with('\n') && !in_token {
                    t.push('\n');
                }
            }
            return Err(syntax_error_exception(vm, &e, filename, true));
        }
    };
    let unit = match crate::compiler::compile(&tree, filename, mode, vm.optimize) {
        Ok(u) => u,
        Err(e) => return Err(syntax_error_to_exception(vm, &e, filename)),
    };
    crate::objects::code::new_code(vm, unit)
}

/// A SyntaxError (or IndentationError, TabError) exception carrying the front end's error.
pub fn syntax_error_to_exception(vm: &mut Vm, e: &crate::syntax_error::SyntaxError, filename: &str) -> crate::vm::PyErr {
    syntax_error_exception(vm, e, filename, false)
}

/// As `syntax_error_to_exception`; `from_parser`: the error comes from the tokenizer/parser,
/// whose positions are always numbers (0 included), where the compiler's may be None.
pub fn syntax_error_exception(vm: &mut Vm, e: &crate::syntax_error::SyntaxError, filename: &str, from_parser: bool) -> crate::vm::PyErr {
    use crate::syntax_error::SyntaxErrorKind as ErrorKind;
    let ty: &'static obj::TypeObject = match e.kind {
        ErrorKind::IndentationError => &exc::INDENTATION_ERROR,
        ErrorKind::TabError => &exc::TAB_ERROR,
        ErrorKind::MemoryError => return exc::exc_args(&exc::MEMORY_ERROR, &[]),
        ErrorKind::UnicodeDecodeError => return exc::exc_msg(&exc::SYNTAX_ERROR, &e.msg),
        _ => &exc::SYNTAX_ERROR,
    };
    let msg = obj::str::new_str(&e.msg);
    let fname = obj::str::new_str(filename);
    let num = |n: u32| if n == 0 && !from_parser { none() } else { obj::int::int_from_i64(n as i64) };
    let text = match &e.text {
        Some(t) => obj::str::new_str(t),
        None => none(),
    };
    let details = obj::tuple::tuple_from_vec(vec![fname, num(e.lineno), num(e.offset), text, num(e.end_lineno), num(e.end_offset)]);
    let r = ops::call(vm, ty.as_value(), &[msg, details], &[]);
    msg.decref();
    details.decref();
    match r {
        Ok(v) => crate::vm::PyErr::from_instance(v),
        Err(e) => e,
    }
}

/// The caller's globals and locals for exec/eval/globals()/locals() (new references).
fn caller_namespaces(vm: &mut Vm) -> PyResult<(Value, Value)> {
    let f = vm.frame;
    if f.is_null() {
        return Err(exc::system_error("no current frame"));
    }
    // SAFETY: vm.frame is the live calling frame.
    let (globals, locals) = unsafe { ((*f).globals, (*f).locals) };
    let locals = if locals.is_null() { fast_locals_dict(vm)? } else { locals.new_ref() };
    Ok((globals.new_ref(), locals))
}

/// A dict snapshot of the current function frame's local variables (`locals()` in a function).
fn fast_locals_dict(_vm: &mut Vm) -> PyResult {
    let f = _vm.frame;
    let d = dict::new_dict();
    // SAFETY: f is the live calling frame; slots up to nlocalsplus are initialised.
    unsafe {
        let code = (*f).code();
        let slots = (*f).slots();
        for (i, &name) in code.localsplusnames.iter().enumerate() {
            let mut v = *slots.add(i);
            let kind = code.unit.localspluskinds.get(i).copied().unwrap_or(0);
            if kind & (crate::bytecode::LocalKind::CELL | crate::bytecode::LocalKind::FREE) != 0 && obj::cell::is_cell(v) {
                v = obj::cell::cell_get(v);
            }
            if !v.is_null() {
                dict::set_str(d, name, v);
            }
        }
    }
    Ok(d)
}

fn exec_or_eval(vm: &mut Vm, args: &[Value], kwnames: &[Value], is_eval: bool) -> PyResult {
    let fname = if is_eval { "eval" } else { "exec" };
    let npos = args.len() - kwnames.len();
    let mut globals = none();
    let mut locals = none();
    if npos > 1 {
        globals = args[1];
    }
    if npos > 2 {
        locals = args[2];
    }
    for (i, &k) in kwnames.iter().enumerate() {
        match obj::str::as_str(k) {
            Some("globals") => globals = args[npos + i],
            Some("locals") => locals = args[npos + i],
            _ => return Err(type_error(format!("{fname}() got an unexpected keyword argument '{}'", obj::str::as_str(k).unwrap_or("?")))),
        }
    }
    if npos == 0 || npos > 3 {
        return Err(type_error(format!("{fname} expected at most 3 arguments, got {npos}")));
    }
    if !globals.is_none() && !dict::is_dict(globals) {
        return Err(type_error(format!(
            "{}() globals must be a dict, not {}",
            fname,
            ops::type_name(globals)
        )));
    }
    let (g, l) = if globals.is_none() {
        let (g, l) = caller_namespaces(vm)?;
        if locals.is_none() {
            (g, l)
        } else {
            l.decref();
            (g, locals.new_ref())
        }
    } else if locals.is_none() {
        (globals.new_ref(), globals.new_ref())
    } else {
        (globals.new_ref(), locals.new_ref())
    };
    let g = obj::Owned::new(g);
    let l = obj::Owned::new(l);
    if dict::get_str(g.get(), obj::str::intern("__builtins__")).is_none() {
        let b = vm.builtins_module();
        dict::set_str(g.get(), obj::str::intern("__builtins__"), b);
    }
    let src = args[0];
    let code = if obj::code::is_code(src) {
        src.new_ref()
    } else {
        let mut bytes = source_bytes(vm, src, fname)?;
        if is_eval {
            // eval strips leading spaces and tabs.
            let n = bytes.iter().take_while(|&&c| c == b' ' || c == b'\t').count();
            bytes.drain(..n);
        }
        let mode = if is_eval { crate::compiler::CompileMode::Eval } else { crate::compiler::CompileMode::Exec };
        compile_to_code(vm, &bytes, "<string>", mode)?
    };
    let r = super::interp::run_code(vm, code, g.get(), l.get());
    code.decref();
    if is_eval {
        r
    } else {
        r.map(|v| {
            v.decref();
            none()
        })
    }
}

fn builtin_exec(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    exec_or_eval(vm, args, kwnames, false)
}

fn builtin_eval(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    exec_or_eval(vm, args, kwnames, true)
}

fn builtin_compile(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let npos = args.len() - kwnames.len();
    let mut vals: [Value; 6] = [Value::NULL; 6];
    let names = ["source", "filename", "mode", "flags", "dont_inherit", "optimize"];
    if npos > 6 {
        return Err(type_error(format!("compile() takes at most 6 arguments ({npos} given)")));
    }
    vals[..npos].copy_from_slice(&args[..npos]);
    for (i, &k) in kwnames.iter().enumerate() {
        let key = obj::str::as_str(k).unwrap_or("");
        match names.iter().position(|n| *n == key) {
            Some(j) => vals[j] = args[npos + i],
            None => return Err(type_error(format!("compile() got an unexpected keyword argument '{key}'"))),
        }
    }
    for (j, n) in names.iter().enumerate().take(3) {
        if vals[j].is_null() {
            return Err(type_error(format!("compile() missing required argument '{n}' (pos {})", j + 1)));
        }
    }
    let filename = obj::str::as_str(vals[1]).unwrap_or("<unknown>").to_string();
    let mode_s = obj::str::as_str(vals[2]).unwrap_or("");
    let Some(mode) = mode_of(mode_s) else {
        return Err(exc::value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    };
    let flags = if vals[3].is_null() { 0 } else { obj::int::int_as_i64(vals[3]).unwrap_or(0) };
    if flags & 0x400 != 0 {
        return Err(exc::not_implemented_error("compile() to an AST object (PyCF_ONLY_AST) is not supported by pyjit yet"));
    }
    if obj::code::is_code(vals[0]) {
        return Ok(vals[0].new_ref());
    }
    let src = source_bytes(vm, vals[0], "compile")?;
    compile_to_code(vm, &src, &filename, mode)
}

fn builtin_globals(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    if !args.is_empty() {
        return Err(type_error(format!("globals() takes no arguments ({} given)", args.len())));
    }
    let f = vm.frame;
    if f.is_null() {
        return Ok(none());
    }
    // SAFETY: f is the live calling frame.
    Ok(unsafe { (*f).globals }.new_ref())
}

fn builtin_locals(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    if !args.is_empty() {
        return Err(type_error(format!("locals() takes no arguments ({} given)", args.len())));
    }
    let (g, l) = caller_namespaces(vm)?;
    g.decref();
    Ok(l)
}

fn builtin_import(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let npos = args.len() - kwnames.len();
    if npos == 0 {
        return Err(type_error("__import__() missing required argument 'name' (pos 1)"));
    }
    let name = args[0];
    let globals = if npos > 1 { args[1] } else { none() };
    let fromlist = if npos > 3 { args[3] } else { none() };
    let level = if npos > 4 { args[4] } else { obj::int::int_from_i64(0) };
    for (i, &k) in kwnames.iter().enumerate() {
        let v = args[npos + i];
        match obj::str::as_str(k) {
            Some("globals") => return import_kw(vm, name, v, fromlist, level, &args[npos..], kwnames),
            Some("fromlist") | Some("level") | Some("locals") => {}
            _ => return Err(type_error(format!("__import__() got an unexpected keyword argument '{}'", obj::str::as_str(k).unwrap_or("?")))),
        }
    }
    if !kwnames.is_empty() {
        return import_kw(vm, name, globals, fromlist, level, &args[npos..], kwnames);
    }
    super::import::import_name_default(vm, name, globals, fromlist, level)
}

/// `__import__` with keyword arguments: the keywords override the positionals.
fn import_kw(vm: &mut Vm, name: Value, mut globals: Value, mut fromlist: Value, mut level: Value, kwvals: &[Value], kwnames: &[Value]) -> PyResult {
    for (&k, &v) in kwnames.iter().zip(kwvals) {
        match obj::str::as_str(k) {
            Some("globals") => globals = v,
            Some("fromlist") => fromlist = v,
            Some("level") => level = v,
            _ => {}
        }
    }
    super::import::import_name_default(vm, name, globals, fromlist, level)
}

static CORE_BUILTINS: [MethodDef; 6] = [
    MethodDef::method("exec", builtin_exec),
    MethodDef::method("eval", builtin_eval),
    MethodDef::method("compile", builtin_compile),
    MethodDef::method("globals", builtin_globals),
    MethodDef::method("locals", builtin_locals),
    MethodDef::method("__import__", builtin_import),
];

/// Whether `f` is the original `builtins.__import__` (IMPORT_NAME then imports directly; a
/// replacement is called instead, as CPython does).
pub fn is_original_import(f: Value) -> bool {
    f.is_ptr() && f.is_exact(&obj::method::BUILTIN_FUNCTION_TYPE) && {
        // SAFETY: checked to be a builtin function object.
        let bf = unsafe { f.as_ref::<obj::method::BuiltinFunction>() };
        std::ptr::eq(bf.def, &CORE_BUILTINS[5])
    }
}

/// Put the interpreter's built-in functions into `vm.builtins`.
pub fn install(vm: &mut Vm) {
    let modname = obj::str::intern("builtins");
    for def in CORE_BUILTINS.iter() {
        let f = new_builtin_function(def, modname);
        dict::set_str(vm.builtins, obj::str::intern(def.name), f);
        f.decref();
    }
    let _ = exc::SYSTEM_ERROR.as_value();
}
