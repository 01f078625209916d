//! `pyjit NAME.py` on each file of runtime-tests/syntax-errors/ must print exactly what CPython
//! 3.11 prints (NAME.expected, made by tools/gen_syntax_errors.py) and exit with its status.
//!
//! Like frontend_diff, a ratchet list (syntax-errors/known-failures.txt, one NAME a line) holds
//! the files that do not match yet: a failure not listed fails the test, and so does a listed
//! file that now matches. `SYNTAX_ERRORS_BLESS=1` rewrites the list.

mod common;

use common::{first_differing_lines, pyjit, repo_root, report, run_with_limit, Ratchet};
use std::collections::BTreeSet;
use std::process::Command;
use std::time::Duration;

const PER_RUN_LIMIT: Duration = Duration::from_secs(30);
const SHOW_FIRST: usize = 8;

/// Status and stderr from a NAME.expected file: header lines start with `#`, the last of them
/// is `# status: N`, and the stderr follows verbatim.
fn parse_expected(text: &str) -> Option<(i32, &str)> {
    let at = text.find("# status: ")?;
    let rest = &text[at + "# status: ".len()..];
    let nl = rest.find('\n')?;
    let status = rest[..nl].trim().parse().ok()?;
    Some((status, &rest[nl + 1..]))
}

#[test]
fn syntax_errors_match_cpython() {
    let dir = repo_root().join("runtime-tests/syntax-errors");
    // CPython prints the script's path joined to getcwd(), which resolves symlinks.
    let dir = dir.canonicalize().unwrap_or(dir);
    let dir_text = dir.to_string_lossy().into_owned();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("runtime-tests/syntax-errors is missing")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.strip_suffix(".py")).map(str::to_string))
        .collect();
    names.sort();
    assert!(names.len() >= 70, "expected at least 70 syntax-error files, found {}", names.len());

    let bin = pyjit();
    let mut failing = BTreeSet::new();
    let mut reports = Vec::new();
    let mut problems = Vec::new();
    for name in &names {
        let exp_path = dir.join(format!("{name}.expected"));
        let Ok(exp_text) = std::fs::read_to_string(&exp_path) else {
            problems.push(format!(
                "{name}.py has no {name}.expected: run python3 runtime-tests/tools/gen_syntax_errors.py {name}"
            ));
            continue;
        };
        let Some((exp_status, exp_stderr)) = parse_expected(&exp_text) else {
            problems.push(format!("{} is malformed (no `# status: N` line)", exp_path.display()));
            continue;
        };
        let mut cmd = Command::new(&bin);
        cmd.arg(format!("{name}.py")).current_dir(&dir);
        let out = match run_with_limit(&mut cmd, PER_RUN_LIMIT) {
            Ok(o) => o,
            Err(e) => panic!("cannot run {}: {e}", bin.display()),
        };
        let got = String::from_utf8_lossy(&out.stderr).replace(&dir_text, "$DIR");
        let mut why = Vec::new();
        if out.timed_out {
            why.push(format!("timed out after {} s", PER_RUN_LIMIT.as_secs()));
        } else if let Some(sig) = out.signal {
            why.push(format!("killed by signal {sig} (crash)"));
        } else if out.status != exp_status {
            why.push(format!("status {} (CPython: {exp_status})", out.status));
        }
        if got != exp_stderr {
            why.push("stderr differs".to_string());
        }
        if !why.is_empty() {
            failing.insert(name.clone());
            reports.push(format!(
                "--- {name}.py: {}\n  stderr (- CPython, + pyjit):\n{}",
                why.join("; "),
                first_differing_lines(exp_stderr.as_bytes(), got.as_bytes(), 4)
            ));
        }
    }

    let ratchet = Ratchet {
        path: dir.join("known-failures.txt"),
        header: "# Files of runtime-tests/syntax-errors/ (NAME without .py) whose `pyjit NAME.py` stderr or\n\
                 # status differs from CPython 3.11's today. runtime-tests/syntax_errors.rs fails on a failure\n\
                 # not listed here and on a listed file that now matches; regenerate with\n\
                 # SYNTAX_ERRORS_BLESS=1 cargo test --release --test syntax_errors. The goal is an empty list.\n",
        bless_var: "SYNTAX_ERRORS_BLESS",
    };
    let known = ratchet.load();
    report(&format!(
        "syntax_errors: {}/{} identical to CPython; {} listed as known failures (goal: 0)",
        names.len() - failing.len(),
        names.len(),
        known.len()
    ));
    // New failures first, then the known ones.
    let is_new = |r: &String| {
        let name = r.trim_start_matches("--- ").split(".py:").next().unwrap_or("");
        !known.contains(name)
    };
    let mut shown: Vec<&String> = reports.iter().filter(|r| is_new(r)).collect();
    shown.extend(reports.iter().filter(|r| !is_new(r)));
    for r in shown.iter().take(SHOW_FIRST) {
        // New failures always show; known ones only when the test fails.
        if is_new(r) {
            report(r.trim_end());
        } else {
            eprintln!("{r}");
        }
    }
    let checked: BTreeSet<String> = names.iter().cloned().collect();
    problems.extend(ratchet.check(&checked, &failing));
    assert!(problems.is_empty(), "syntax_errors failed:\n{}", problems.join("\n"));
}

#[test]
fn expected_files_parse() {
    assert_eq!(parse_expected("# a\n# status: 1\n  File \"x\"\n"), Some((1, "  File \"x\"\n")));
    assert_eq!(parse_expected("# no status\n"), None);
}
