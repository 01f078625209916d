//! `pyjit -m NAME` against `python3 -m NAME` (CPython 3.11, run at test time) on the import
//! fixtures (runtime-tests/programs/imports/fixtures): a module, a package's `__main__`,
//! runpy's error messages. Both run in runtime-tests/programs/imports; the interpreter's own
//! path (runpy prints `sys.executable`) is replaced by `EXE` and the directory by nothing.
//! CPython's tracebacks through runpy show two `<frozen runpy>` frames pyjit does not have;
//! those lines are dropped from CPython's output before comparing.

use std::path::{Path, PathBuf};
use std::process::Command;

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime-tests/programs/imports")
}

struct Out {
    stdout: String,
    stderr: String,
    status: i32,
}

fn run(exe: &str, args: &[&str]) -> Out {
    let d = dir();
    let out = Command::new(exe)
        .args(args)
        .current_dir(&d)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {exe}: {e}"));
    let real = which(exe);
    let prefix = format!("{}/", std::fs::canonicalize(&d).unwrap_or(d).display());
    let clean = |b: &[u8]| {
        let s = String::from_utf8_lossy(b).replace(&prefix, "");
        let s = if real.is_empty() { s } else { s.replace(&real, "EXE") };
        s.lines().filter(|l| !l.contains("<frozen runpy>")).map(|l| format!("{l}\n")).collect::<String>()
    };
    Out { stdout: clean(&out.stdout), stderr: clean(&out.stderr), status: out.status.code().unwrap_or(-1) }
}

/// The path an interpreter reports as `sys.executable`.
fn which(exe: &str) -> String {
    let o = Command::new(exe).args(["-c", "import sys; print(sys.executable)"]).output();
    o.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default()
}

fn check(args: &[&str]) {
    let ours = run(env!("CARGO_BIN_EXE_pyjit"), args);
    let theirs = run("python3", args);
    assert_eq!(ours.stdout, theirs.stdout, "stdout of -m {args:?}");
    assert_eq!(ours.stderr, theirs.stderr, "stderr of -m {args:?}");
    assert_eq!(ours.status, theirs.status, "status of -m {args:?}");
}

#[test]
fn runs_a_package_main() {
    check(&["-m", "fixtures.runme", "a", "b"]);
}

#[test]
fn runs_a_submodule_as_main() {
    check(&["-m", "fixtures.runme.tool", "x"]);
    check(&["-m", "fixtures.script_mod"]);
}

#[test]
fn runs_a_module_that_raises() {
    check(&["-m", "fixtures.boom_nested"]);
}

#[test]
fn reports_what_cannot_run() {
    check(&["-m", "no_such_module_xyz"]);
    check(&["-m", "fixtures.runme_nomain"]);
    check(&["-m", ".relative"]);
    check(&["-m", "fixtures.no_such.deeper"]);
    check(&["-m", "fixtures.simple.child"]);
    check(&["-m", "fixtures.runme.__main__.py"]);
}
