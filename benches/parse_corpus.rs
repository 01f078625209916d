//! Profiling driver: parses every `.py` file below a directory (default: python3's stdlib)
//! `N` times with `pyjit::frontend::parse_bytes`.
//! Usage: `cargo bench --bench parse_corpus -- [DIR] [N] [tokenize]`.

use pyjit::frontend::{parse_bytes, Mode};
use pyjit::lexer::lexer::{tokenize, LexOptions};
use pyjit::lexer::source::decode_source;
use std::path::PathBuf;
use std::time::Instant;

#[path = "../runtime-tests/common/mod.rs"]
#[allow(dead_code)]
mod common;


fn main() {
    // `cargo bench` adds `--bench`; positional arguments are DIR, N, MODE.
    let args: Vec<String> = std::env::args().filter(|a| !a.starts_with("--")).collect();
    let stdlib = || common::python_stdlib().map(|p| p.display().to_string()).unwrap_or_default();
    let root = args.get(1).filter(|a| !a.is_empty()).cloned().unwrap_or_else(stdlib);
    let n: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let tok_only = args.get(3).is_some_and(|s| s == "tokenize");
    let sources: Vec<Vec<u8>> = common::py_files(vec![PathBuf::from(&root)]).iter().filter_map(|p| std::fs::read(p).ok()).collect();
    let bytes: usize = sources.iter().map(Vec::len).sum();
    if args.get(3).is_some_and(|s| s == "perfile") {
        // The files parsed slowest (MB/s), to spot super-linear behaviour.
        let mut rates: Vec<(f64, usize, usize)> = sources
            .iter()
            .enumerate()
            .filter(|(_, s)| s.len() >= 4096)
            .map(|(i, s)| {
                let t = Instant::now();
                for _ in 0..n {
                    let _ = std::hint::black_box(parse_bytes(s, Mode::Exec, false));
                }
                (s.len() as f64 * n as f64 / 1e6 / t.elapsed().as_secs_f64(), s.len(), i)
            })
            .collect();
        rates.sort_by(|a, b| a.0.total_cmp(&b.0));
        let names = common::py_files(vec![PathBuf::from(&root)]);
        for (rate, len, i) in rates.iter().take(15) {
            println!("{rate:8.1} MB/s {len:8} bytes {}", names.get(*i).map(|p| p.display().to_string()).unwrap_or_default());
        }
        return;
    }
    if args.get(3).is_some_and(|s| s == "split") {
        // Parsing (trees kept) and dropping the trees, timed apart.
        for _ in 0..n {
            let t = Instant::now();
            let trees: Vec<_> = sources.iter().map(|s| parse_bytes(s, Mode::Exec, false)).collect();
            let parse = t.elapsed().as_secs_f64();
            let t = Instant::now();
            drop(std::hint::black_box(trees));
            println!("parse {parse:.3} s, drop {:.3} s", t.elapsed().as_secs_f64());
        }
        return;
    }
    let opts = LexOptions::default();
    let mut best = f64::INFINITY;
    let mut ok = 0;
    for _ in 0..n {
        let t = Instant::now();
        ok = 0;
        for s in &sources {
            if tok_only {
                if let Ok(text) = decode_source(s) {
                    std::hint::black_box(tokenize(&text, &opts));
                    ok += 1;
                }
            } else if std::hint::black_box(parse_bytes(s, Mode::Exec, false)).is_ok() {
                ok += 1;
            }
        }
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!("{} files ({ok} ok), {:.1} MB, best {:.3} s, {:.1} MB/s", sources.len(), bytes as f64 / 1e6, best, bytes as f64 / 1e6 / best);
}
