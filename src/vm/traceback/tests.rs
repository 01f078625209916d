//! Tests of traceback printing: small programs compiled and run by pyjit's interpreter, their
//! uncaught exception printed. Each expected string is what python3 (CPython 3.11.7) printed
//! to stderr for the same file, with its path replaced by `FILE`.
use super::*;

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
    let argv = vec![p.clone()];
    let opts = crate::vm::run::RunOptions { argv: &argv, optimize: 0, path0: dir.to_string_lossy().into_owned(), safe_path: false, ignore_environment: false };
    let (mut vm, globals) = crate::vm::run::start_vm(&opts);
    let tree = crate::parser::parse_file(src.as_bytes(), &p).unwrap();
    let unit = crate::compiler::compile(&tree, &p, crate::compiler::CompileMode::Exec, 0).unwrap();
    let code = crate::objects::code::new_code(&mut vm, unit).unwrap();
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

/// The runtime-test programs under runtime-tests/programs/tracebacks (those not listed as
/// known failures) print exactly as CPython printed them, run in-process.
///
/// Ignored by default: programs that write to sys.stderr themselves before the final
/// traceback (exception_group_limits) are only comparable through the process-level harness
/// (runtime-tests/programs.rs), which runs all of these programs on every test run; this
/// in-process variant stays as a quick check while working on the printer
/// (`cargo test --lib recorded_programs -- --ignored`, or TB_PROGRAMS=name,name).
#[test]
#[ignore]
fn recorded_programs_print_as_cpython() {
    let names = std::env::var("TB_PROGRAMS").ok();
    let list: Vec<String> = match &names {
        Some(n) => n.split(',').map(str::to_string).collect(),
        None => all_programs(),
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

fn all_programs() -> Vec<String> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/runtime-tests/");
    let known = std::fs::read_to_string(format!("{root}programs-known-failures.txt")).unwrap_or_default();
    let mut v: Vec<String> = std::fs::read_dir(format!("{root}programs/tracebacks"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".py").map(str::to_string))
        .filter(|n| !known.lines().any(|l| l.trim() == format!("tracebacks/{n}.py")))
        .collect();
    v.sort();
    v
}

#[test]
fn adhoc_file() {
    if let Ok(p) = std::env::var("TB_FILE") {
        let src = std::fs::read_to_string(p).unwrap();
        eprintln!("{}", run(&src));
    }
}

fn loc(lineno: u32, col: u32, end_lineno: u32, end_col: u32) -> Location {
    Location { lineno, end_lineno, col, end_col }
}

/// Marker lines as CPython 3.11.7 printed them for the same source lines and positions.
#[test]
fn caret_lines() {
    // `return a + b   +   c`: the outer `+` failed.
    assert_eq!(caret_line("    return a + b   +   c", 4, loc(5, 11, 5, 24)).as_deref(), Some("           ~~~~~~~~^~~~~"));
    // `return 1/0`
    assert_eq!(caret_line("    return 1/0", 4, loc(2, 11, 2, 14)).as_deref(), Some("           ~^~"));
    // Non-ASCII operand: byte columns 8..18 are characters 8..16.
    assert_eq!(caret_line("    x = \"éé\" + 1 + \"ü\"", 4, loc(2, 8, 2, 18)).as_deref(), Some("        ~~~~~^~~"));
    // Subscript of a subscript.
    assert_eq!(caret_line("    return table[key][\"inner\"]", 4, loc(5, 11, 5, 21)).as_deref(), Some("           ~~~~~^^^^^"));
    // A call spanning lines: up to the end of the first line.
    assert_eq!(caret_line("    result = build(", 4, loc(9, 13, 13, 5)).as_deref(), Some("             ^^^^^^"));
    // The whole stripped line: no marker line.
    assert_eq!(caret_line("    raise ValueError('bad')", 4, loc(2, 4, 2, 27)), None);
    // No position.
    assert_eq!(caret_line("    x", 4, loc(0, 0, 0, 0)), None);
    // Columns past the line do not panic.
    assert!(caret_line("ab", 0, loc(1, 500, 1, 900)).is_some());
}

#[test]
fn byte_offsets_to_characters() {
    assert_eq!(byte_to_char_offset("abc", 2), 2);
    assert_eq!(byte_to_char_offset("éa", 2), 1);
    assert_eq!(byte_to_char_offset("éa", 1), 1, "a cut sequence counts as one character");
    assert_eq!(byte_to_char_offset("ab", 3), 3, "one past the end counts the terminating NUL");
    assert_eq!(byte_to_char_offset("ab", 99), 3);
}

#[test]
fn system_exit_codes() {
    let mut vm = Vm::new();
    let mk = |args: &[Value]| crate::objects::exceptions::exc_args(&crate::objects::exceptions::SYSTEM_EXIT, args).into_value();
    let e = mk(&[]);
    assert_eq!(exit_code_for_system_exit(&mut vm, e), Some(0));
    e.decref();
    let e = mk(&[Value::small_int(3)]);
    assert_eq!(exit_code_for_system_exit(&mut vm, e), Some(3));
    e.decref();
    let v = crate::objects::exceptions::exc_args(&crate::objects::exceptions::VALUE_ERROR, &[]).into_value();
    assert_eq!(exit_code_for_system_exit(&mut vm, v), None);
    v.decref();
}
