//! Interpreter speed against CPython 3.11, side by side in one run: each program in
//! benches/interp/ runs as a whole process under pyjit (`-X jit=off`: interpreter only) and
//! under CPython (`/usr/bin/python3.11`, or $PYJIT_BENCH_PYTHON), interleaved run by run so
//! drift affects both alike. Prints a table of median wall times and speedups (CPython time /
//! pyjit time; above 1 means pyjit is faster) and writes perf/results/interp.json.
//! Outputs are compared: a program whose stdout differs is reported as wrong, not timed.
//!
//! `cargo bench --bench interp [-- RUNS [NAME...]]` (default 5 runs).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

fn run(cmd: &[&str], prog: &Path) -> (f64, Vec<u8>, bool) {
    let start = Instant::now();
    let out = Command::new(cmd[0]).args(&cmd[1..]).arg(prog).output();
    let secs = start.elapsed().as_secs_f64();
    match out {
        Ok(o) => (secs, o.stdout, o.status.success()),
        Err(_) => (secs, Vec::new(), false),
    }
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let runs: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(5);
    let only: Vec<&String> = args.iter().skip(1).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let pyjit = env!("CARGO_BIN_EXE_pyjit");
    let python = std::env::var("PYJIT_BENCH_PYTHON").unwrap_or_else(|_| "/usr/bin/python3.11".to_string());
    let mut progs: Vec<PathBuf> = std::fs::read_dir(root.join("benches/interp"))
        .expect("benches/interp")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| only.is_empty() || only.iter().any(|o| p.file_stem().is_some_and(|s| s.to_string_lossy() == o.as_str())))
        .collect();
    progs.sort();
    println!("{:<16} {:>12} {:>12} {:>9}", "benchmark", "pyjit (s)", "CPython (s)", "speedup");
    let mut rows = Vec::new();
    let mut logsum = 0.0;
    let mut n = 0;
    for p in &progs {
        let name = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let mut tj = Vec::new();
        let mut tc = Vec::new();
        let mut wrong = None;
        for _ in 0..runs {
            let (a, oa, ok_a) = run(&[pyjit, "-X", "jit=off"], p);
            let (b, ob, ok_b) = run(&[&python], p);
            if !ok_a || oa != ob || !ok_b {
                wrong = Some(format!(
                    "pyjit {} / CPython {}: output {}",
                    if ok_a { "ok" } else { "failed" },
                    if ok_b { "ok" } else { "failed" },
                    if oa == ob { "same" } else { "differs" }
                ));
                break;
            }
            tj.push(a);
            tc.push(b);
        }
        if let Some(w) = wrong {
            println!("{name:<16} {:>12} {:>12} {:>9}   WRONG: {w}", "-", "-", "-");
            rows.push(format!("  {{\"name\": \"{name}\", \"error\": \"{w}\"}}"));
            continue;
        }
        let (mj, mc) = (median(&mut tj), median(&mut tc));
        let speedup = mc / mj;
        logsum += speedup.ln();
        n += 1;
        println!("{name:<16} {mj:>12.3} {mc:>12.3} {speedup:>8.2}x");
        rows.push(format!(
            "  {{\"name\": \"{name}\", \"pyjit_median_s\": {mj:.4}, \"cpython_median_s\": {mc:.4}, \"speedup\": {speedup:.3}, \"pyjit_runs\": {tj:?}, \"cpython_runs\": {tc:?}}}"
        ));
    }
    if n > 0 {
        println!("{:<16} {:>12} {:>12} {:>8.2}x", "geometric mean", "", "", (logsum / n as f64).exp());
    }
    let json = format!(
        "{{\n \"what\": \"whole-process wall time, median of {runs} interleaved runs, pyjit -X jit=off vs {python}\",\n \"benchmarks\": [\n{}\n ]\n}}\n",
        rows.join(",\n")
    );
    let out = root.join("perf/results/interp.json");
    if only.is_empty() {
        if let Err(e) = std::fs::write(&out, json) {
            eprintln!("cannot write {}: {e}", out.display());
        } else {
            println!("wrote {}", out.display());
        }
    }
}
