//! The front end against CPython on its own standard library: `pyjit -m tokenize`,
//! `pyjit -m tokenize -e` and `pyjit -m ast -a` on every corpus file must give CPython 3.11's
//! stdout (sha256), exit status and, for tokenize, stderr.
//!
//! The reference comes from tools/gen_frontend_reference.py (one python3 process, cached in
//! target/frontend-ref/). Files that differ today are listed in frontend-known-diffs.txt
//! ("mode<TAB>path"); the test fails on a difference not listed, and on a listed file that now
//! matches. `FRONTEND_DIFF_BLESS=1` rewrites the list; `FRONTEND_DIFF_FILTER=SUBSTR` checks only
//! the paths containing SUBSTR. The goal is an empty list.

mod common;

use common::{first_differing_lines, python3, pyjit, repo_root, report, run_with_limit, sha256_hex, target_dir, Ratchet};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// (name in the manifest and the list, arguments after the binary).
const MODES: [(&str, &[&str]); 3] =
    [("tokenize", &["-m", "tokenize"]), ("tokenize-e", &["-m", "tokenize", "-e"]), ("ast", &["-m", "ast", "-a"])];
const WORKERS: usize = 2;
const PER_RUN_LIMIT: Duration = Duration::from_secs(60);
const SHOW_FIRST: usize = 5;

struct Expected {
    status: i32,
    stdout_sha256: String,
    stderr: Option<String>,
}

struct Entry {
    path: String,
    modes: Vec<Expected>,
}

fn load_manifest(path: &Path) -> (String, Vec<Entry>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut lines = text.lines();
    let header: serde_json::Value =
        serde_json::from_str(lines.next().unwrap_or("")).expect("manifest header is not JSON");
    let root = header["root"].as_str().expect("manifest header has no root").to_string();
    let mut entries = Vec::new();
    for line in lines {
        let v: serde_json::Value = serde_json::from_str(line).expect("manifest line is not JSON");
        let modes = MODES
            .iter()
            .map(|(m, _)| {
                let r = &v[*m];
                Expected {
                    status: r["status"].as_i64().expect("status") as i32,
                    stdout_sha256: r["stdout_sha256"].as_str().expect("stdout_sha256").to_string(),
                    stderr: r["stderr"].as_str().map(str::to_string),
                }
            })
            .collect();
        entries.push(Entry { path: v["path"].as_str().expect("path").to_string(), modes });
    }
    (root, entries)
}

/// One differing (mode, file).
struct Diff {
    mode: usize,
    path: String,
    why: String,
}

fn compare(exp: &Expected, out: &common::Outcome) -> Option<String> {
    if out.timed_out {
        return Some(format!("timed out after {} s", PER_RUN_LIMIT.as_secs()));
    }
    if let Some(sig) = out.signal {
        return Some(format!("killed by signal {sig} (crash)"));
    }
    let mut why = Vec::new();
    if out.status != exp.status {
        if exp.status != 0 && out.status == 0 {
            why.push(format!("CPython rejects this file (status {}) but pyjit accepted it", exp.status));
        } else {
            why.push(format!("status {} (CPython: {})", out.status, exp.status));
        }
    }
    if sha256_hex(&out.stdout) != exp.stdout_sha256 {
        why.push("stdout differs".into());
    }
    if let Some(e) = &exp.stderr {
        if out.stderr != e.as_bytes() {
            why.push("stderr differs".into());
        }
    }
    (!why.is_empty()).then(|| why.join("; "))
}

#[test]
fn frontend_matches_cpython_on_stdlib() {
    let py = python3();
    let root = repo_root();
    let out_dir = target_dir().join("frontend-ref");
    let gen = root.join("runtime-tests/tools/gen_frontend_reference.py");
    let st = Command::new(&py)
        .arg(&gen)
        .arg("--out")
        .arg(&out_dir)
        .current_dir(&root)
        .status()
        .unwrap_or_else(|e| panic!("cannot run {py} {}: {e}", gen.display()));
    assert!(st.success(), "{} failed ({st})", gen.display());

    let (corpus_root, mut entries) = load_manifest(&out_dir.join("manifest.jsonl"));
    if let Ok(filter) = std::env::var("FRONTEND_DIFF_FILTER") {
        entries.retain(|e| e.path.contains(&filter));
    }
    let bin = pyjit();
    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let diffs = Mutex::new(Vec::<Diff>::new());
    std::thread::scope(|s| {
        for _ in 0..WORKERS {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(entry) = entries.get(i) else { break };
                let file = Path::new(&corpus_root).join(&entry.path);
                for (m, (_, args)) in MODES.iter().enumerate() {
                    let mut cmd = Command::new(&bin);
                    cmd.args(*args).arg(&file);
                    let why = match run_with_limit(&mut cmd, PER_RUN_LIMIT) {
                        Ok(out) => compare(&entry.modes[m], &out),
                        Err(e) => Some(format!("cannot run {}: {e}", bin.display())),
                    };
                    if let Some(why) = why {
                        diffs.lock().unwrap_or_else(|p| p.into_inner()).push(Diff { mode: m, path: entry.path.clone(), why });
                    }
                }
            });
        }
    });
    let mut diffs = diffs.into_inner().unwrap_or_else(|p| p.into_inner());
    diffs.sort_by(|a, b| (a.mode, &a.path).cmp(&(b.mode, &b.path)));

    report(&format!(
        "frontend_diff: {} files x {} modes in {:.1} s",
        entries.len(),
        MODES.len(),
        start.elapsed().as_secs_f64()
    ));
    for (m, (name, _)) in MODES.iter().enumerate() {
        let bad = diffs.iter().filter(|d| d.mode == m).count();
        report(&format!("{name}: {}/{} identical", entries.len() - bad, entries.len()));
    }

    let key = |d: &Diff| format!("{}\t{}", MODES[d.mode].0, d.path);
    let checked: BTreeSet<String> =
        entries.iter().flat_map(|e| MODES.iter().map(move |(m, _)| format!("{m}\t{}", e.path))).collect();
    let failing: BTreeSet<String> = diffs.iter().map(key).collect();
    let ratchet = Ratchet {
        path: root.join("runtime-tests/frontend-known-diffs.txt"),
        header: "# Files where pyjit's -m tokenize / -m tokenize -e / -m ast -a output differs from CPython 3.11's\n\
                 # today (mode<TAB>path relative to the stdlib). runtime-tests/frontend_diff.rs fails on a\n\
                 # difference not listed here and on a listed file that now matches; regenerate with\n\
                 # FRONTEND_DIFF_BLESS=1 cargo test --release --test frontend_diff. The goal is an empty list.\n",
        bless_var: "FRONTEND_DIFF_BLESS",
    };
    let known = ratchet.load();
    report(&format!("frontend_diff: {} known differences listed (goal: 0)", known.len()));

    // Show the first few differences, new ones first, with the text of the first differing lines.
    let mut shown: Vec<&Diff> = diffs.iter().filter(|d| !known.contains(&key(d))).collect();
    shown.extend(diffs.iter().filter(|d| known.contains(&key(d))));
    let mut by_reason: BTreeMap<&str, usize> = BTreeMap::new();
    for d in &diffs {
        *by_reason.entry(d.why.as_str()).or_default() += 1;
    }
    for (why, n) in &by_reason {
        eprintln!("  {n:>5} x {why}");
    }
    for d in shown.iter().take(SHOW_FIRST) {
        let file = Path::new(&corpus_root).join(&d.path);
        let args = MODES[d.mode].1;
        let mut text = format!("--- {} {}: {}\n", MODES[d.mode].0, d.path, d.why);
        let reference = Command::new(&py).args(args).arg(&file).output();
        let ours = run_with_limit(Command::new(&bin).args(args).arg(&file), PER_RUN_LIMIT);
        if let (Ok(r), Ok(o)) = (reference, ours) {
            if r.stdout != o.stdout {
                text += &format!("  stdout (- CPython, + pyjit):\n{}", first_differing_lines(&r.stdout, &o.stdout, 3));
            }
            if r.stderr != o.stderr {
                text += &format!("  stderr (- CPython, + pyjit):\n{}", first_differing_lines(&r.stderr, &o.stderr, 3));
            }
        }
        // New differences always show; known ones only when the test fails.
        if known.contains(&key(d)) {
            eprint!("{text}");
        } else {
            report(text.trim_end());
        }
    }

    let errors = ratchet.check(&checked, &failing);
    if !errors.is_empty() {
        let n = errors.len();
        let mut msg: Vec<String> = errors.into_iter().take(40).collect();
        if n > 40 {
            msg.push(format!("... and {} more", n - 40));
        }
        panic!("frontend_diff: the known-differences ratchet failed:\n{}", msg.join("\n"));
    }
}
