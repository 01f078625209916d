//! Tests of traceback printing: small programs compiled and run by pyjit's interpreter, their
//! uncaught exception printed. Each expected string is what python3 (CPython 3.11.7) printed
//! to stderr for the same file, with its path replaced by `FILE`.
use super::*;
use crate::objects::exceptions::ALL_EXCEPTION_TYPES;

/// Compile and run `src` as `__main__` from a temporary file; the printed uncaught exception
/// (path replaced by FILE), or "" when none escaped.
fn run(src: &str) -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!("pyjit-tb-{}-{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed)));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    std::fs::write(&path, src).unwrap();
    let p = path.to_string_lossy().into_owned();
    let mut vm = Vm::new();
    for t in ALL_EXCEPTION_TYPES {
        obj::dict::set_str(vm.builtins, obj::str::intern(t.name()), t.as_value());
    }
    let tree = crate::parser::parse_file(src.as_bytes(), &p).unwrap();
    let unit = crate::compiler::compile(&tree, &p, crate::compiler::CompileMode::Exec, 0).unwrap();
    let code = crate::objects::code::new_code(&mut vm, unit).unwrap();
    let globals = obj::dict::new_dict();
    let main = obj::str::new_str("__main__");
    obj::dict::set_str(globals, obj::str::intern("__name__"), main);
    let r = crate::vm::interp::run_code(&mut vm, code, globals, globals);
    let mut out = String::new();
    match r {
        Ok(v) => v.decref(),
        Err(e) => print_exception(&mut vm, e.value(), &mut out),
    }
    let _ = std::fs::remove_dir_all(&dir);
    out.replace(&p, "FILE")
}

#[test]
fn simple_raise_in_function() {
    let src = "def f():\n    raise ValueError('bad')\n\ndef g():\n    return f()\n\ng()\n";
    assert_eq!(
        run(src),
        "Traceback (most recent call last):\n  File \"FILE\", line 7, in <module>\n    g()\n  File \"FILE\", line 5, in g\n    return f()\n           ^^^\n  File \"FILE\", line 2, in f\n    raise ValueError('bad')\nValueError: bad\n"
    );
}

/// The recorded CPython stderr of a runtime-test program, its directory replaced by FILE's.
fn recorded(name: &str) -> (String, String) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/runtime-tests/programs/tracebacks/");
    let src = std::fs::read_to_string(format!("{dir}{name}.py")).unwrap();
    let json = std::fs::read_to_string(format!("{dir}{name}.expected.json")).unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let stderr = v["stderr"].as_str().unwrap_or("").to_string();
    // Recorded with an absolute path (CPython 3.11 makes the script path absolute).
    let mut out = String::new();
    for line in stderr.split_inclusive('\n') {
        match (line.find("File \""), line.find(&format!("{name}.py\""))) {
            (Some(a), Some(b)) if b > a => {
                out.push_str(&line[..a + 6]);
                out.push_str("FILE");
                out.push_str(&line[b + name.len() + 3..]);
            }
            _ => out.push_str(line),
        }
    }
    (src, out)
}

/// Runtime-test programs under runtime-tests/programs/tracebacks that need nothing beyond
/// the interpreter and the exception types (no print, no containers' methods): run now.
#[test]
fn recorded_programs_print_as_cpython() {
    let names = std::env::var("TB_PROGRAMS").ok();
    let list: Vec<String> = match &names {
        Some(n) => n.split(',').map(str::to_string).collect(),
        None => READY.iter().map(|s| s.to_string()).collect(),
    };
    let mut failures = Vec::new();
    for name in &list {
        let (src, expected) = recorded(name);
        let got = run(&src);
        if got != expected {
            failures.push(format!("== {name}\n-- expected\n{expected}-- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

const READY: &[&str] = &["binop_carets", "call_carets", "context_cycle", "decorator_frames", "generator_frame", "multiline_expression", "recursion_repeated", "subscript_carets"];

#[test]
fn adhoc_file() {
    if let Ok(p) = std::env::var("TB_FILE") {
        let src = std::fs::read_to_string(p).unwrap();
        eprintln!("{}", run(&src));
    }
}
