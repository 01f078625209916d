//! Helpers shared by the runtime-tests harnesses: paths, finding python3, running a process
//! with a time limit, SHA-256, the "known differences" ratchet lists, and listing `.py` files
//! (also used by benches/frontend.rs).
// Each harness uses a different subset of these helpers.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Prints a summary line to the real stderr: libtest captures `eprintln!` of passing tests,
/// but not direct writes, and these counts are wanted in every CI log.
pub fn report(line: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// The `.py` files below `roots`, sorted, skipping `site-packages` and `__pycache__`.
pub fn py_files(roots: Vec<PathBuf>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = roots;
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            let name = e.file_name();
            let name = name.to_string_lossy();
            if p.is_dir() {
                if name != "site-packages" && name != "__pycache__" {
                    stack.push(p);
                }
            } else if name.ends_with(".py") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

/// The repository root (where Cargo.toml is).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Cargo's target directory, found from this test binary's own path
/// (target/PROFILE/deps/NAME-HASH), so that CARGO_TARGET_DIR is honoured.
pub fn target_dir() -> PathBuf {
    if let Ok(exe) = std::env::current_exe() {
        if let Some(t) = exe.parent().and_then(Path::parent).and_then(Path::parent) {
            return t.to_path_buf();
        }
    }
    repo_root().join("target")
}

/// The pyjit binary built for this test run.
pub fn pyjit() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_pyjit"))
}

/// The `python3` to compare against; panics with a clear message when there is none.
/// The standard library directory of `python3` (the differential corpus), if python3 runs.
pub fn python_stdlib() -> Option<PathBuf> {
    let o = Command::new("python3").args(["-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"]).output().ok()?;
    o.status.success().then(|| PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()))
}

pub fn python3() -> String {
    let exe = std::env::var("PYJIT_REFERENCE_PYTHON").unwrap_or_else(|_| "python3".to_string());
    match Command::new(&exe).arg("-c").arg("import sys; print(sys.version_info[:2])").output() {
        Ok(o) if o.status.success() => {
            let v = String::from_utf8_lossy(&o.stdout).trim().to_string();
            if v != "(3, 11)" {
                report(&format!("warning: the reference {exe} is Python {v}, not 3.11; differences are expected"));
            }
            exe
        }
        Ok(o) => panic!(
            "the reference interpreter `{exe}` does not run ({}): these tests compare pyjit with \
             CPython 3.11 and need python3 3.11 on PATH (or PYJIT_REFERENCE_PYTHON set)",
            o.status
        ),
        Err(e) => panic!(
            "cannot run `{exe}` ({e}): these tests compare pyjit with CPython 3.11 and need \
             python3 3.11 on PATH (or PYJIT_REFERENCE_PYTHON set)"
        ),
    }
}

/// What a finished (or killed) process gave.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Exit status; -1 when killed by a signal or by the time limit.
    pub status: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub timed_out: bool,
    /// Killed by a signal (a crash: SIGSEGV, SIGABRT, stack overflow).
    pub signal: Option<i32>,
}

/// Runs `cmd` to completion or until `limit` passes (then kills it).
pub fn run_with_limit(cmd: &mut Command, limit: Duration) -> std::io::Result<Outcome> {
    let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn()?;
    let mut out_pipe = child.stdout.take();
    let mut err_pipe = child.stderr.take();
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = out_pipe.as_mut() {
            let _ = p.read_to_end(&mut v);
        }
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        if let Some(p) = err_pipe.as_mut() {
            let _ = p.read_to_end(&mut v);
        }
        v
    });
    let start = Instant::now();
    let mut timed_out = false;
    let mut pause = Duration::from_micros(200);
    let status = loop {
        if let Some(s) = child.try_wait()? {
            break s;
        }
        if start.elapsed() > limit {
            timed_out = true;
            let _ = child.kill();
            break child.wait()?;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    };
    let stdout = out_t.join().unwrap_or_default();
    let stderr = err_t.join().unwrap_or_default();
    #[cfg(unix)]
    let signal = std::os::unix::process::ExitStatusExt::signal(&status);
    #[cfg(not(unix))]
    let signal = None;
    Ok(Outcome { status: status.code().unwrap_or(-1), stdout, stderr, timed_out, signal })
}

/// SHA-256 of `data` as lowercase hex (FIPS 180-4; small enough to keep the tests free of a
/// hashing dependency).
pub fn sha256_hex(data: &[u8]) -> String {
    const K: [u32; 64] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];
    let mut h: [u32; 8] =
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    let mut msg = data.to_vec();
    let bit_len = (data.len() as u64).wrapping_mul(8);
    msg.push(0x80);
    while msg.len() % 64 != 56 {
        msg.push(0);
    }
    msg.extend_from_slice(&bit_len.to_be_bytes());
    let mut w = [0u32; 64];
    for block in msg.chunks_exact(64) {
        for (i, word) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([word[0], word[1], word[2], word[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = h;
        for i in 0..64 {
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            hh = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
            *x = x.wrapping_add(y);
        }
    }
    h.iter().map(|x| format!("{x:08x}")).collect()
}

/// A checked-in list of entries (one per line, `#` comments) that are known to fail today.
/// The ratchet: an entry that fails but is not listed fails the test, and so does a listed
/// entry that now passes (remove it: the list only shrinks). With the bless variable set the
/// list is rewritten instead.
pub struct Ratchet {
    pub path: PathBuf,
    pub header: &'static str,
    pub bless_var: &'static str,
}

impl Ratchet {
    pub fn load(&self) -> BTreeSet<String> {
        let text = std::fs::read_to_string(&self.path).unwrap_or_default();
        text.lines()
            .map(str::trim_end)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect()
    }

    /// Checks `failing` against the list for the entries in `checked`; returns the error
    /// lines (empty when the test passes). Entries outside `checked` are left alone.
    pub fn check(&self, checked: &BTreeSet<String>, failing: &BTreeSet<String>) -> Vec<String> {
        let known = self.load();
        let bless = std::env::var(self.bless_var).map(|v| !v.is_empty() && v != "0").unwrap_or(false);
        if bless {
            let kept = known.iter().filter(|k| !checked.contains(*k));
            let mut all: Vec<&String> = kept.chain(failing.iter()).collect();
            all.sort();
            all.dedup();
            let mut text = String::from(self.header);
            for e in &all {
                text.push_str(e);
                text.push('\n');
            }
            if let Err(e) = std::fs::write(&self.path, text) {
                return vec![format!("cannot write {}: {e}", self.path.display())];
            }
            report(&format!("{}: rewrote {} with {} entries", self.bless_var, self.path.display(), all.len()));
            return Vec::new();
        }
        let mut errors = Vec::new();
        for f in failing.difference(&known) {
            errors.push(format!("NEW FAILURE (not in {}): {f}", file_name(&self.path)));
        }
        for k in known.intersection(checked) {
            if !failing.contains(k) {
                errors.push(format!("NOW PASSES (remove it from {}): {k}", file_name(&self.path)));
            }
        }
        if !errors.is_empty() {
            errors.push(format!(
                "(after checking the differences are intended, `{}=1` rewrites {})",
                self.bless_var,
                self.path.display()
            ));
        }
        errors
    }
}

fn file_name(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The first lines where `expected` and `got` differ, as a short human-readable report.
pub fn first_differing_lines(expected: &[u8], got: &[u8], context: usize) -> String {
    let e: Vec<&[u8]> = expected.split(|&b| b == b'\n').collect();
    let g: Vec<&[u8]> = got.split(|&b| b == b'\n').collect();
    let Some(first) = (0..e.len().max(g.len())).find(|&i| e.get(i) != g.get(i)) else {
        return "    (identical text)\n".to_string();
    };
    let mut out = String::new();
    for i in first..(first + context).min(e.len().max(g.len())) {
        let show = |l: Option<&&[u8]>| match l {
            Some(l) => {
                let s = String::from_utf8_lossy(l);
                match s.char_indices().nth(240) {
                    Some((cut, _)) => format!("{}...", &s[..cut]),
                    None => s.into_owned(),
                }
            }
            None => "<end of output>".to_string(),
        };
        let (el, gl) = (e.get(i), g.get(i));
        if el == gl {
            out.push_str(&format!("    line {:>6}   {}\n", i + 1, show(el)));
        } else {
            out.push_str(&format!("    line {:>6} - {}\n", i + 1, show(el)));
            out.push_str(&format!("    line {:>6} + {}\n", i + 1, show(gl)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha256_known_values() {
        // Values from python3: hashlib.sha256(b"").hexdigest() and of b"abc".
        assert_eq!(super::sha256_hex(b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(super::sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        // Padding boundaries: 55 bytes fit one block, 64 need two.
        assert_eq!(super::sha256_hex(&[b'a'; 55]), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
        assert_eq!(super::sha256_hex(&[b'a'; 64]), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
    }
}
