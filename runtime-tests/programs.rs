//! Runs every program under runtime-tests/programs/ with pyjit and compares stdout, stderr and
//! the exit status with what CPython 3.11 produced (NAME.expected.json, recorded by
//! runtime-tests/tools/record_programs.py). Programs known to fail today are listed in
//! runtime-tests/programs-known-failures.txt (a ratchet: the list may only shrink;
//! PYJIT_BLESS_PROGRAMS=1 rewrites it).
//!
//! The JIT mode comes from PYJIT_TEST_JIT (`off`, `on`, `eager`, `stress`; default `on`) and is
//! passed as `-X jit=MODE`, so the same programs check every mode.

mod common;

use common::{first_differing_lines, report, Ratchet};
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

struct Expected {
    stdout: String,
    stderr: String,
    status: i64,
}

fn load_expected(p: &Path) -> Option<Expected> {
    let text = std::fs::read_to_string(p).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    Some(Expected {
        stdout: v.get("stdout")?.as_str()?.to_string(),
        stderr: v.get("stderr")?.as_str()?.to_string(),
        status: v.get("status")?.as_i64()?,
    })
}

struct Got {
    stdout: String,
    stderr: String,
    status: i64,
    note: Option<String>,
}

/// Run one program the way the recorder ran CPython: in its directory, by file name, with
/// NAME.stdin (if present) as standard input; absolute paths of the directory stripped.
fn run(pyjit: &Path, prog: &Path, jit: &str) -> Got {
    let dir = prog.parent().unwrap_or(Path::new("."));
    let name = prog.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    let stdin_file = prog.with_extension("stdin");
    let stdin = match std::fs::File::open(&stdin_file) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    };
    let child = Command::new(pyjit)
        .arg("-X")
        .arg(format!("jit={jit}"))
        .arg(&name)
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONIOENCODING", "utf-8")
        .env_remove("PYTHONPATH")
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return Got { stdout: String::new(), stderr: String::new(), status: -1, note: Some(format!("cannot start pyjit: {e}")) },
    };
    let mut out = child.stdout.take();
    let mut err = child.stderr.take();
    let to = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = out.as_mut() {
            let _ = p.read_to_end(&mut v);
        }
        v
    });
    let te = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = err.as_mut() {
            let _ = p.read_to_end(&mut v);
        }
        v
    });
    let start = Instant::now();
    let limit = Duration::from_secs(60);
    let mut note = None;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                note = Some("timed out after 60 s".to_string());
                break child.wait().expect("wait after kill");
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(2)),
            Err(e) => panic!("waiting for pyjit: {e}"),
        }
    };
    #[cfg(unix)]
    if let Some(sig) = std::os::unix::process::ExitStatusExt::signal(&status) {
        note.get_or_insert(format!("killed by signal {sig}"));
    }
    let prefix = format!("{}/", std::fs::canonicalize(dir).unwrap_or(dir.to_path_buf()).display());
    let clean = |b: Vec<u8>| String::from_utf8_lossy(&b).replace(&prefix, "");
    Got { stdout: clean(to.join().unwrap_or_default()), stderr: clean(te.join().unwrap_or_default()), status: status.code().map(i64::from).unwrap_or(-1), note }
}

fn programs(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                // Modules that programs import (runtime-tests/programs/imports/fixtures).
                if p.file_name().is_some_and(|n| n == "fixtures") {
                    continue;
                }
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") && p.with_extension("expected.json").exists() {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn programs_match_cpython() {
    let root = common::repo_root().join("runtime-tests").join("programs");
    let jit = std::env::var("PYJIT_TEST_JIT").unwrap_or_else(|_| "on".to_string());
    let only = std::env::var("PYJIT_PROGRAMS").ok();
    let pyjit = common::pyjit();
    let mut progs = programs(&root);
    if let Some(f) = &only {
        progs.retain(|p| p.to_string_lossy().contains(f.as_str()));
    }
    let queue = Mutex::new(progs.clone());
    let failures: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2).min(8);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let Some(p) = queue.lock().expect("queue").pop() else { break };
                let rel = p.strip_prefix(&root).unwrap_or(&p).to_string_lossy().into_owned();
                let Some(exp) = load_expected(&p.with_extension("expected.json")) else {
                    failures.lock().expect("f").push((rel, "unreadable .expected.json".into()));
                    continue;
                };
                let got = run(&pyjit, &p, &jit);
                let mut why = String::new();
                if let Some(n) = &got.note {
                    why.push_str(&format!("  {n}\n"));
                }
                if got.status != exp.status {
                    why.push_str(&format!("  exit status: expected {}, got {}\n", exp.status, got.status));
                }
                if got.stdout != exp.stdout {
                    why.push_str("  stdout differs:\n");
                    why.push_str(&first_differing_lines(exp.stdout.as_bytes(), got.stdout.as_bytes(), 3));
                }
                if got.stderr != exp.stderr {
                    why.push_str("  stderr differs:\n");
                    why.push_str(&first_differing_lines(exp.stderr.as_bytes(), got.stderr.as_bytes(), 4));
                }
                if !why.is_empty() {
                    failures.lock().expect("f").push((rel, why));
                }
            });
        }
    });
    let failures = failures.into_inner().expect("f");
    let checked: BTreeSet<String> = progs.iter().map(|p| p.strip_prefix(&root).unwrap_or(p).to_string_lossy().into_owned()).collect();
    let failing: BTreeSet<String> = failures.iter().map(|(n, _)| n.clone()).collect();
    let ratchet = Ratchet {
        path: common::repo_root().join("runtime-tests").join("programs-known-failures.txt"),
        header: "# Runtime-test programs that do not match CPython yet (see runtime-tests/programs.rs).\n# Regenerate with PYJIT_BLESS_PROGRAMS=1 cargo test --release --test programs\n",
        bless_var: "PYJIT_BLESS_PROGRAMS",
    };
    let known = ratchet.load();
    let errors = if only.is_some() { Vec::new() } else { ratchet.check(&checked, &failing) };
    report(&format!(
        "runtime-tests/programs (jit={jit}): {} programs, {} match CPython, {} known failures",
        checked.len(),
        checked.len() - failing.len(),
        failing.intersection(&known).count()
    ));
    let verbose = std::env::var("PYJIT_PROGRAMS_VERBOSE").is_ok() || only.is_some();
    let mut msg = String::new();
    for (name, why) in &failures {
        if verbose || !known.contains(name) {
            msg.push_str(&format!("{name}:\n{why}"));
        }
    }
    let _ = std::io::stderr().write_all(msg.as_bytes());
    assert!(errors.is_empty() && (only.is_none() || failures.is_empty()), "{}", errors.join("\n"));
}
