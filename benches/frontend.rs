//! Front-end throughput: pyjit's decode+tokenize+parse (`pyjit::frontend::parse_bytes`) and
//! its tokenizer alone, against CPython 3.11's `ast.parse` on the same files: every stdlib
//! file CPython accepts. Prints MB/s for each and the ratio, and writes
//! perf/results/frontend.json. Run with `cargo bench --bench frontend` (needs python3).
//! The reference timing runs under Debian's PGO-built `/usr/bin/python3.11` (the project's
//! interpreter for timings), or `python3` when that is absent; the corpus is always `python3`'s
//! stdlib directory. The interpreter used is recorded in the JSON.

#[path = "../runtime-tests/common/mod.rs"]
mod common;

use pyjit::frontend::{parse_bytes, Mode};
use pyjit::lexer::lexer::{tokenize, LexOptions};
use pyjit::lexer::source::decode_source;
use std::hint::black_box;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const PYJIT_PASSES: usize = 3;

/// Reads the file names on stdin; keeps the ones ast.parse accepts (that pass also warms up);
/// times ast.parse over them (best of 2 passes); prints JSON.
const CPYTHON_TIMER: &str = r#"
import ast, json, sys, time
names = sys.stdin.read().splitlines()
srcs = []
for n in names:
    with open(n, "rb") as f:
        s = f.read()
    try:
        ast.parse(s)
    except Exception:
        continue
    srcs.append((n, s))
best = None
for _ in range(2):
    t = time.perf_counter()
    for _, s in srcs:
        ast.parse(s)
    dt = time.perf_counter() - t
    best = dt if best is None else min(best, dt)
print(json.dumps({"accepted": [n for n, _ in srcs], "seconds": best,
                  "bytes": sum(len(s) for _, s in srcs), "python": sys.version.split()[0]}))
"#;


/// The interpreter that times `ast.parse`: Debian's build when present, else `python3`.
fn timing_python() -> String {
    const DEBIAN: &str = "/usr/bin/python3.11";
    if Path::new(DEBIAN).exists() {
        DEBIAN.to_string()
    } else {
        "python3".to_string()
    }
}


fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|t| t.lines().find(|l| l.starts_with("model name")).map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string()))
        .unwrap_or_else(|| "unknown".into())
}

/// Best wall time of `passes` runs of `f`.
fn best_of(passes: usize, mut f: impl FnMut()) -> f64 {
    (0..passes)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing to run quickly.
    if !std::env::args().any(|a| a == "--bench") {
        println!("frontend bench: run with `cargo bench --bench frontend`");
        return;
    }
    let root = common::python_stdlib().expect("the frontend bench reads python3's stdlib and needs python3 3.11 on PATH");
    let files = common::py_files(vec![root.clone()]);
    let names: String = files.iter().map(|p| format!("{}\n", p.display())).collect();

    let timer = timing_python();
    eprintln!("frontend bench: timing CPython's ast.parse ({timer}) on {} files ...", files.len());
    let mut child = Command::new(&timer)
        .args(["-c", CPYTHON_TIMER])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("cannot run the timing interpreter");
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(names.as_bytes()).expect("cannot write to python3");
    }
    let out = child.wait_with_output().expect("python3 failed");
    assert!(out.status.success(), "the CPython timing script failed");
    let cp: serde_json::Value = serde_json::from_slice(&out.stdout).expect("CPython timing output is not JSON");
    let cp_seconds = cp["seconds"].as_f64().unwrap_or(f64::NAN);
    let accepted: Vec<PathBuf> =
        cp["accepted"].as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(PathBuf::from)).collect()).unwrap_or_default();
    let sources: Vec<Vec<u8>> = accepted.iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let total_bytes: usize = sources.iter().map(Vec::len).sum();
    let mb = total_bytes as f64 / 1e6;

    eprintln!("frontend bench: timing pyjit on the {} files CPython accepts ({mb:.1} MB) ...", sources.len());
    let rejected = sources.iter().filter(|s| parse_bytes(s, Mode::Exec, false).is_err()).count();
    let parse_seconds = best_of(PYJIT_PASSES, || {
        for s in &sources {
            let _ = black_box(parse_bytes(black_box(s), Mode::Exec, false));
        }
    });
    let opts = LexOptions::default();
    let tokenize_seconds = best_of(PYJIT_PASSES, || {
        for s in &sources {
            if let Ok(text) = decode_source(black_box(s)) {
                black_box(tokenize(&text, &opts));
            }
        }
    });

    let cp_rate = mb / cp_seconds;
    let parse_rate = mb / parse_seconds;
    let tok_rate = mb / tokenize_seconds;
    let ratio = parse_rate / cp_rate;
    println!("corpus: {} files, {mb:.1} MB (stdlib files CPython {} accepts)", sources.len(), cp["python"].as_str().unwrap_or("?"));
    println!("reference interpreter        : {timer} (CPython {})", cp["python"].as_str().unwrap_or("?"));
    println!("CPython ast.parse            : {cp_rate:8.2} MB/s ({cp_seconds:.3} s)");
    println!("pyjit tokenize+parse         : {parse_rate:8.2} MB/s ({parse_seconds:.3} s)");
    println!("pyjit tokenize (C tokenizer) : {tok_rate:8.2} MB/s ({tokenize_seconds:.3} s)");
    println!("ratio pyjit / CPython        : {ratio:8.2}x (goal: >= 10x)");
    if rejected > 0 {
        println!(
            "WARNING: pyjit rejected {rejected} of these files: its figures do not measure a complete parse yet"
        );
    }

    let result = serde_json::json!({
        "benchmark": "frontend",
        "what": "decode+tokenize+parse of every stdlib .py file CPython accepts; best of passes, wall time",
        "date_unix": std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0),
        "machine": {"cpu": cpu_model(), "cores": std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0)},
        "corpus": {"root": root, "files": sources.len(), "bytes": total_bytes},
        "cpython": {"interpreter": timer, "version": cp["python"], "ast_parse_seconds": cp_seconds, "ast_parse_mb_per_s": cp_rate, "passes": 2},
        "pyjit": {
            "version": env!("CARGO_PKG_VERSION"),
            "parse_seconds": parse_seconds, "parse_mb_per_s": parse_rate,
            "tokenize_seconds": tokenize_seconds, "tokenize_mb_per_s": tok_rate,
            "passes": PYJIT_PASSES, "rejected_files": rejected,
        },
        "ratio_parse_vs_cpython": ratio,
        "complete": rejected == 0,
    });
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("perf/results");
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join("frontend.json");
    match std::fs::write(&path, serde_json::to_string_pretty(&result).unwrap_or_default() + "\n") {
        Ok(()) => println!("wrote {}", path.display()),
        Err(e) => eprintln!("cannot write {}: {e}", path.display()),
    }
}
