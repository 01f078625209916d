//! The front end must never panic or crash, whatever the input: randomized mutations of real
//! stdlib files (deterministic seeds, time-boxed) go through the library under catch_unwind,
//! and a few extreme inputs (10,000 nested parentheses, NUL bytes, invalid UTF-8, a 100 MB
//! file) go through the binary, which must exit with a result or an error.
//!
//! A panicking input is saved under target/no-panic/ and named in the failure. Knobs:
//! NO_PANIC_SECONDS (fuzz budget, default 40), NO_PANIC_SEED (first seed, default 0),
//! NO_PANIC_INPUT=FILE (run just that file through every entry point, to reproduce).

mod common;

use common::{pyjit, report, run_with_limit, target_dir};
use pyjit::frontend::{parse_bytes, Mode};
use pyjit::lexer::lexer::{tokenize, LexOptions};
use pyjit::lexer::source::decode_source;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The stack the binary gives the thread that parses (see src/main.rs); the library is driven
/// with the same here.
const STACK_BYTES: usize = 512 << 20;
/// One mutated input in this many is also run through the binary.
const BINARY_EVERY: u64 = 64;

/// Deterministic xorshift64* generator.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform in 0..n (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Fragments inserted by the mutator: brackets, quotes, keywords, operators and the bytes
/// tokenizers trip on.
const FRAGMENTS: &[&[u8]] = &[
    b"(", b")", b"[", b"]", b"{", b"}", b":", b"'", b"\"", b"'''", b"\"\"\"", b"f'", b"f\"{", b"rb'",
    b"{x!r:>{w}}", b"\\", b"\n", b"\r\n", b"\r", b"\t", b" ", b"\x0c", b"lambda", b"def ", b"class ",
    b"if ", b"else", b"elif ", b"match ", b"case ", b"async ", b"await ", b"yield ", b"*", b"**", b"=",
    b":=", b"->", b"@", b".", b"...", b",", b";", b"#", b"# type: int", b"# type: ignore", b"\x00",
    b"\xff", b"\xc3", b"\xe2\x80\xa8", b"\xc3\xa9", b"0x", b"1e", b"1_", b"0o", b"0b", b"1j", b"0.",
    b"\\N{", b"\\x", b"\\u12", b"import ", b"from ", b"return ", b"global ", b"nonlocal ", b"del ",
    b"not ", b" is ", b" in ", b"while ", b"try:", b"except* ", b"finally:", b"with ", b" as ", b"pass",
    b"\xef\xbb\xbf", b"# -*- coding: latin-1 -*-\n", b"# coding: bogus\n", b"\xe2\x80\x9c", b"$", b"?",
    b"!", b"`", b"\\\n", b"    ", b"\n    ", b"\n\t", b"print ", b"type ", b"_", b"__debug__",
];

fn mutate(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut v = src.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let len = v.len();
        let at = rng.below(len + 1);
        match rng.below(9) {
            0 => {
                // byte flips
                for _ in 0..1 + rng.below(8) {
                    if !v.is_empty() {
                        let i = rng.below(v.len());
                        v[i] ^= 1 << rng.below(8);
                    }
                }
            }
            1 => {
                // delete a range
                let n = rng.below(64).min(len - at.min(len));
                v.drain(at..at + n);
            }
            2 | 3 => {
                // insert fragments
                for _ in 0..1 + rng.below(4) {
                    let f = FRAGMENTS[rng.below(FRAGMENTS.len())];
                    let at = rng.below(v.len() + 1);
                    v.splice(at..at, f.iter().copied());
                }
            }
            4 => v.truncate(at),
            5 => {
                // deep nesting of one bracket kind, sometimes closed
                let (open, close) = [(b'(', b')'), (b'[', b']'), (b'{', b'}')][rng.below(3)];
                let n = [10, 100, 199, 200, 201, 1000, 5000][rng.below(7)];
                let mut ins = vec![open; n];
                if rng.below(2) == 0 {
                    ins.push(b'1');
                    ins.extend(std::iter::repeat(close).take(n));
                }
                v.splice(at..at, ins);
            }
            6 => {
                // deep nesting of expressions that need no brackets
                let piece: &[u8] = [&b"-"[..], b"not ", b"lambda: ", b"await ", b"*", b"x if y else "][rng.below(6)];
                let n = [50, 500, 3000][rng.below(3)];
                let ins: Vec<u8> = piece.iter().copied().cycle().take(piece.len() * n).collect();
                v.splice(at..at, ins);
            }
            7 => {
                // re-indent a line
                let line_start = v[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
                let ins: &[u8] = [&b"\t"[..], b" ", b"        ", b"\x0c"][rng.below(4)];
                v.splice(line_start..line_start, ins.iter().copied());
            }
            _ => {
                // duplicate a chunk elsewhere
                let n = rng.below(200).min(len - at.min(len));
                let chunk = v[at..at + n].to_vec();
                let to = rng.below(v.len() + 1);
                v.splice(to..to, chunk);
            }
        }
    }
    v
}

/// The last panic's message and location, recorded by the hook.
static LAST_PANIC: Mutex<String> = Mutex::new(String::new());

thread_local! {
    /// Set while library calls run under catch_unwind: their panics are recorded, not printed.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs (once) a hook that records panics raised inside `quietly` and leaves the others to
/// the default hook, so the tests' own assertion messages still print.
fn install_quiet_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(|q| q.get()) {
                return default(info);
            }
            let msg = info
                .payload()
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| info.payload().downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let loc = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
            if let Ok(mut p) = LAST_PANIC.lock() {
                *p = format!("{msg} at {loc}");
            }
        }));
    });
}

/// `f()` under catch_unwind with its panic recorded quietly; false when it panicked.
fn quietly(f: impl FnOnce()) -> bool {
    QUIET.with(|q| q.set(true));
    let ok = catch_unwind(AssertUnwindSafe(f)).is_ok();
    QUIET.with(|q| q.set(false));
    ok
}

/// Runs every library entry point on `input`; returns the name of the one that panicked.
fn run_all(input: &[u8]) -> Result<(), String> {
    for mode in [Mode::Exec, Mode::Eval, Mode::Single, Mode::FuncType] {
        for type_comments in [false, true] {
            if !quietly(|| drop(parse_bytes(input, mode, type_comments))) {
                return Err(format!("parse_bytes(mode={mode:?}, type_comments={type_comments})"));
            }
        }
    }
    let ok = quietly(|| {
        if let Ok(text) = decode_source(input) {
            for type_comments in [false, true] {
                let opts = LexOptions { type_comments, ..LexOptions::default() };
                drop(tokenize(&text, &opts));
            }
        }
    });
    if ok {
        Ok(())
    } else {
        Err("decode_source + lexer::tokenize".to_string())
    }
}

fn save(name: &str, input: &[u8]) -> PathBuf {
    let dir = target_dir().join("no-panic");
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(name);
    let _ = std::fs::write(&path, input);
    path
}

fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(f)
        .expect("cannot spawn the test thread")
        .join()
        .unwrap_or_else(|_| panic!("the test thread panicked outside catch_unwind"))
}

/// Stdlib files to mutate (python3 tells where the stdlib is); the repository's own
/// syntax-error corpus when there is no python3.
fn corpus() -> Vec<PathBuf> {
    let mut roots = Vec::new();
    roots.extend(common::python_stdlib());
    roots.push(common::repo_root().join("runtime-tests/syntax-errors"));
    common::py_files(roots)
}

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[test]
fn mutated_corpus_never_panics() {
    install_quiet_panic_hook();
    if let Ok(path) = std::env::var("NO_PANIC_INPUT") {
        let input = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
        let r = on_big_stack(move || run_all(&input));
        if let Err(what) = r {
            panic!("{what} panicked on {path}: {}", LAST_PANIC.lock().map(|p| p.clone()).unwrap_or_default());
        }
        return;
    }
    let files = corpus();
    assert!(!files.is_empty(), "no corpus files found");
    let budget = Duration::from_secs(env_u64("NO_PANIC_SECONDS", 40));
    let first_seed = env_u64("NO_PANIC_SEED", 0);
    let result = on_big_stack(move || {
        let start = Instant::now();
        let mut seed = first_seed;
        let mut bytes = 0usize;
        while start.elapsed() < budget {
            let mut rng = Rng::new(seed);
            let file = &files[rng.below(files.len())];
            let Ok(src) = std::fs::read(file) else {
                seed += 1;
                continue;
            };
            let input = mutate(&mut rng, &src);
            bytes += input.len();
            // Saved first so that a crash that is no panic (stack overflow, abort) leaves it.
            let current = save("current.py", &input);
            if let Err(what) = run_all(&input) {
                let saved = save(&format!("panic-seed-{seed}.py"), &input);
                let msg = LAST_PANIC.lock().map(|p| p.clone()).unwrap_or_default();
                return Err(format!(
                    "{what} panicked ({msg}) on a mutation of {} (seed {seed}); input saved to {} \
                     (reproduce: NO_PANIC_INPUT={} cargo test --release --test no_panic)",
                    file.display(),
                    saved.display(),
                    saved.display()
                ));
            }
            // One input in BINARY_EVERY also goes through the binary's `-m tokenize -e` (the
            // pure-Python tokenize semantics, which have no library entry point to call here)
            // and `-m ast -a`, which must exit with a result or an error.
            if seed % BINARY_EVERY == 0 {
                for args in [&["-m", "tokenize", "-e"][..], &["-m", "ast", "-a"]] {
                    if let Err(e) = run_binary(args, &current, Duration::from_secs(30)) {
                        let saved = save(&format!("crash-seed-{seed}.py"), &input);
                        return Err(format!(
                            "pyjit {} crashed on a mutation of {} (seed {seed}): {e}; input saved to {}",
                            args.join(" "),
                            file.display(),
                            saved.display()
                        ));
                    }
                }
            }
            let _ = std::fs::remove_file(current);
            seed += 1;
        }
        Ok((seed - first_seed, bytes))
    });
    match result {
        Ok((n, bytes)) => report(&format!(
            "no_panic: {n} mutated inputs ({:.1} MB) from seed {first_seed}, no panic",
            bytes as f64 / 1e6
        )),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn the_harness_catches_and_records_panics() {
    install_quiet_panic_hook();
    let ok = on_big_stack(|| quietly(|| panic!("planted panic")));
    assert!(!ok);
    assert!(LAST_PANIC.lock().map(|p| p.contains("planted panic")).unwrap_or(false));
    let mut rng = Rng::new(7);
    for _ in 0..2000 {
        let _ = mutate(&mut rng, b"def f(x):\n    return (x, [1, {2: 3}])\n");
    }
}

#[test]
fn extreme_inputs_never_panic_in_the_library() {
    install_quiet_panic_hook();
    let mut cases: Vec<(&str, Vec<u8>)> = vec![
        ("10000 nested parentheses", [&b"x = "[..], &[b'('; 10_000], b"1", &[b')'; 10_000], b"\n"].concat()),
        ("10000 open parentheses", vec![b'('; 10_000]),
        ("10000 nested lists", [vec![b'['; 10_000], vec![b']'; 10_000]].concat()),
        ("10000 unary minus", [vec![b'-'; 10_000], b"1\n".to_vec()].concat()),
        ("5000 nested ifs", (0..5000).flat_map(|i| [b" ".repeat(i), b"if x:\n".to_vec()].concat()).collect()),
        ("NUL byte", b"x = 1\x00\n".to_vec()),
        ("only NUL", vec![0; 100]),
        ("invalid UTF-8", b"x = '\xff\xfe'\n".to_vec()),
        ("lone surrogate bytes", b"x = '\xed\xa0\x80'\n".to_vec()),
        ("truncated UTF-8", b"x = '\xe2\x82".to_vec()),
        ("empty", Vec::new()),
        ("lone backslash", b"\\".to_vec()),
        ("BOM only", b"\xef\xbb\xbf".to_vec()),
        ("cookie then junk", b"# coding: utf-16\n\xff\xfe\n".to_vec()),
        ("deep f-string", [&b"f'"[..], &b"{f'".repeat(300), &b"}'".repeat(300), b"'"].concat()),
    ];
    cases.push(("long line", [b"x = ".to_vec(), b"1 + ".repeat(200_000), b"1\n".to_vec()].concat()));
    let failures = on_big_stack(move || {
        let mut failures = Vec::new();
        for (name, input) in cases {
            if let Err(what) = run_all(&input) {
                let saved = save(&format!("panic-{}.py", name.replace(' ', "_")), &input);
                let msg = LAST_PANIC.lock().map(|p| p.clone()).unwrap_or_default();
                failures.push(format!("{what} panicked on {name} ({msg}); saved to {}", saved.display()));
            }
        }
        failures
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What the binary did with `file` under `args`; Err when it crashed or hung.
fn run_binary(args: &[&str], file: &Path, limit: Duration) -> Result<i32, String> {
    let out = run_with_limit(Command::new(pyjit()).args(args).arg(file), limit)
        .map_err(|e| format!("cannot run pyjit: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let tail: String = stderr.chars().rev().take(600).collect::<Vec<_>>().into_iter().rev().collect();
    if out.timed_out {
        Err(format!("timed out after {} s", limit.as_secs()))
    } else if let Some(sig) = out.signal {
        Err(format!("killed by signal {sig}; stderr ends: {tail}"))
    } else if stderr.contains("panicked") || stderr.contains("fatal internal error") || out.status > 2 {
        Err(format!("status {}; stderr ends: {tail}", out.status))
    } else {
        Ok(out.status)
    }
}

#[test]
fn extreme_inputs_through_the_binary() {
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("nested_parens_10000.py", [&b"x = "[..], &[b'('; 10_000], b"1", &[b')'; 10_000], b"\n"].concat()),
        ("nul_byte.py", b"x = 1\x00\n".to_vec()),
        ("invalid_utf8.py", b"x = '\xff'\n".to_vec()),
    ];
    let mut failures = Vec::new();
    for (name, input) in cases {
        let path = save(name, &input);
        for args in [&[][..], &["-m", "tokenize"], &["-m", "ast", "-a"]] {
            if let Err(e) = run_binary(args, &path, Duration::from_secs(60)) {
                failures.push(format!("pyjit {} {name}: {e}", args.join(" ")));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A ~100 MB valid program: mostly docstrings and comments (so the AST stays small) with
/// ordinary statements between them.
fn huge_program(target_len: usize) -> Vec<u8> {
    let doc = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(50);
    let mut out = Vec::with_capacity(target_len + 8192);
    let mut i = 0u64;
    while out.len() < target_len {
        let block = format!(
            "# {doc}\ndef f{i}(a, b=1, *args, c: int = 2, **kw) -> None:\n    \"\"\"{doc}\"\"\"\n    \
             x = [a, b, {{'k': c}}, (args, kw)]\n    if x and a > b:\n        return f'{{a!r}} {i}'\n    \
             return None\n\n\nclass C{i}:\n    '''{doc}'''\n    attr: int = {i}\n\n"
        );
        out.extend_from_slice(block.as_bytes());
        i += 1;
    }
    out
}

#[test]
fn hundred_megabyte_file_through_the_binary() {
    let path = target_dir().join("no-panic").join("huge_100mb.py");
    let want = 100 << 20;
    if std::fs::metadata(&path).map(|m| m.len() as usize).unwrap_or(0) < want {
        save("huge_100mb.py", &huge_program(want));
    }
    let started = Instant::now();
    let r = run_binary(&[], &path, Duration::from_secs(600));
    report(&format!("no_panic: pyjit on a 100 MB file finished in {:.1} s: {r:?}", started.elapsed().as_secs_f64()));
    if let Err(e) = r {
        panic!("pyjit {}: {e}", path.display());
    }
}
