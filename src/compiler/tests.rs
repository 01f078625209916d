//! Compiler tests: structural checks of the generated code (jump targets in range, a stack
//! that never goes negative and stays within `stacksize`, exception handlers in range), the
//! compile-time SyntaxErrors against python3's messages, a golden `-m dis` listing, and (ignored
//! by default: slow in debug builds) the whole CPython standard library.

use super::*;
use crate::bytecode::code::CodeUnit;
use crate::bytecode::opcode::stack_effect;

/// Checks one code object and its nested ones; returns how many were checked.
pub(crate) fn verify(code: &CodeUnit) -> Result<usize, String> {
    let n = code.instrs.len();
    let name = &code.qualname;
    if code.locations.len() != n {
        return Err(format!("{name}: {} locations for {n} instructions", code.locations.len()));
    }
    for (i, ins) in code.instrs.iter().enumerate() {
        if ins.op.is_jump() && ins.arg as usize >= n {
            return Err(format!("{name}: jump at {i} to {} out of range", ins.arg));
        }
    }
    for e in &code.exception_table {
        if e.start >= e.end || e.end as usize > n || e.target as usize >= n {
            return Err(format!("{name}: bad exception entry {e:?}"));
        }
    }
    // Re-run the depth analysis on the final code, handlers taken from the table.
    let mut depth: Vec<i64> = vec![-1; n];
    let mut work = vec![(0usize, 0i64)];
    while let Some((mut i, mut d)) = work.pop() {
        while i < n {
            if depth[i] >= 0 {
                if depth[i] != d {
                    return Err(format!("{name}: depth {d} vs {} at {i}", depth[i]));
                }
                break;
            }
            depth[i] = d;
            for e in &code.exception_table {
                if (e.start as usize) <= i && i < e.end as usize {
                    if d < e.depth as i64 {
                        return Err(format!("{name}: handler depth {} above stack {d} at {i}", e.depth));
                    }
                    work.push((e.target as usize, e.depth as i64 + 1 + e.lasti as i64));
                }
            }
            let ins = code.instrs[i];
            let nd = d + stack_effect(ins.op, ins.arg) as i64;
            if nd < 0 || nd > code.stacksize as i64 || d > code.stacksize as i64 {
                return Err(format!("{name}: depth {nd} out of 0..={} at {i} ({})", code.stacksize, ins.op.name()));
            }
            if ins.op.is_jump() {
                let t = match ins.op {
                    Op::FOR_ITER | Op::SEND => d - 1,
                    Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP | Op::JUMP | Op::JUMP_BACKWARD => d,
                    _ => nd,
                };
                work.push((ins.arg as usize, t));
            }
            if matches!(ins.op, Op::JUMP | Op::JUMP_BACKWARD | Op::RETURN_VALUE | Op::RETURN_CONST | Op::RAISE_VARARGS | Op::RERAISE) {
                break;
            }
            d = nd;
            i += 1;
        }
    }
    let mut count = 1;
    for c in &code.consts {
        if let Const::Code(inner) = c {
            count += verify(inner)?;
        }
    }
    Ok(count)
}

fn compile_ok(src: &str) -> Rc<CodeUnit> {
    let code = compile_source(src.as_bytes(), "t.py", CompileMode::Exec).unwrap_or_else(|e| panic!("{src}\n{e:?}"));
    if let Err(e) = verify(&code) {
        panic!("{src}\n{e}");
    }
    code
}

/// Programs that exercise every construct (each must compile and verify).
const PROGRAMS: &[&str] = &[
    "a, *b, c = x\n(a, b), [c, *d] = y\nx = y = z\na.b += 1\na[i] += 2\nx: int = 3\na.b: int\na[1:2]: int\n",
    "x = 1 if a else 2\ny = a and b or not c\nz = a < b <= c != d\nif a < b < c: pass\nwhile not (a or b): break\n",
    "def f(a, /, b=1, *args, c, d=2, **kw) -> str:\n    return (yield from g())\n",
    "async def f():\n    async with a as b, c:\n        await d\n    async for x in y:\n        continue\n    else:\n        pass\n    return [i async for i in z]\n",
    "async def f():\n    return {k: await v for k, v in z}, (x async for x in y)\n",
    "try:\n    pass\nexcept* ValueError as e:\n    print(e)\nexcept* TypeError:\n    pass\nelse:\n    x = 1\nfinally:\n    y = 2\n",
    "for i in x:\n    try:\n        continue\n    finally:\n        break\n",
    "def f():\n    with a:\n        for x in y:\n            try:\n                return x\n            except E as e:\n                return e\n            finally:\n                print()\n",
    "match p:\n    case 1 | 2 | 3: pass\n    case [a, *rest] if a: pass\n    case {'k': v, **kw}: pass\n    case Point(x=0, y=yy) | Point(yy, 0): pass\n    case (x, y, *_): pass\n    case str() as s: pass\n    case None: pass\n    case _: pass\n",
    "match p:\n    case [1, [a, b], {1: c}] | [2, [b, a], {1: c}]: pass\n    case [*_, last]: pass\n",
    "class A(B, *bs, metaclass=M, **kw):\n    '''doc'''\n    x: int\n    def f(self): return __class__\n    def g(self): return super().g()\n",
    "def outer():\n    x = 1\n    class C:\n        x = 2\n        def m(self): return x\n        y = x\n    return C\n",
    "f(*a, **b)\nf(a, *b, c, d=1, **e, g=2)\nf(*a)\nf(**k)\nx = [*a, *b]\ny = {*a, 1}\nz = {**a, 'b': 1, **c}\nw = (*a, b)\n",
    "print(f'{a!r:>{w}} {b!s} {c!a} {d:{e}.{f}}')\nassert x, 'msg'\ndel a, b[1], c.d\nraise E from F\n",
    "import a.b.c\nimport a.b.c as d\nfrom .. import x as y\nfrom m import *\nglobal q\n",
    "def gen():\n    x = yield\n    y = yield x\n    lambda: (yield)\n",
    "x = [i for i in range(10) for j in range(i) if i if j]\ny = [(a, b) for a in x for b in [a]]\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        del x\n        x = 2\n    return [x := 5 for _ in 'a'], x\n",
    "if 0:\n    dead()\nelif 1:\n    live()\nwhile 1:\n    pass\n",
    "with a as (b, c): pass\nwith (a, b): pass\n",
];

#[test]
fn every_construct_compiles_and_verifies() {
    for p in PROGRAMS {
        compile_ok(p);
    }
}

#[test]
fn eval_and_single_modes() {
    let c = compile_source(b"a + 1", "<e>", CompileMode::Eval).expect("eval");
    assert_eq!(c.instrs.last().map(|i| i.op), Some(Op::RETURN_VALUE));
    let c = compile_source(b"a + 1\n", "<s>", CompileMode::Single).expect("single");
    assert!(c.instrs.iter().any(|i| i.op == Op::PRINT_EXPR));
}

#[test]
fn constants_are_folded() {
    // python3: compile("x = 2**10 + -3; y = 'a' * 3; z = (1, (2, 3))", ...).co_consts holds
    // 1021, 'aaa' and (1, (2, 3)); 2**1000 stays unfolded (more than 128 bits).
    let c = compile_ok("x = 2**10 + -3\ny = 'a' * 3\nz = (1, (2, 3))\nw = 2**1000\nv = x in [1, 2]\n");
    let has = |k: &Const| c.consts.contains(k);
    assert!(has(&Const::Int(1021.into())));
    assert!(has(&Const::Str("aaa".into())));
    assert!(has(&Const::Tuple(vec![Const::Int(1.into()), Const::Tuple(vec![Const::Int(2.into()), Const::Int(3.into())])])));
    assert!(has(&Const::Int(1000.into())));
    assert!(has(&Const::Tuple(vec![Const::Int(1.into()), Const::Int(2.into())])));
}

#[test]
fn asserts_and_docstrings_follow_optimize() {
    let m = crate::frontend::parse_bytes(b"'''d'''\nassert x\n", crate::frontend::Mode::Exec, false).expect("parse");
    let c0 = compile(&m, "t", CompileMode::Exec, 0).expect("c0");
    assert!(c0.instrs.iter().any(|i| i.op == Op::LOAD_ASSERTION_ERROR));
    let c1 = compile(&m, "t", CompileMode::Exec, 1).expect("c1");
    assert!(!c1.instrs.iter().any(|i| i.op == Op::LOAD_ASSERTION_ERROR));
    assert!(c1.names.iter().any(|n| n == "__doc__"));
    let c2 = compile(&m, "t", CompileMode::Exec, 2).expect("c2");
    assert!(!c2.names.iter().any(|n| n == "__doc__"));
}

fn compile_err(src: &str) -> (String, u32, u32, u32) {
    let e = compile_source(src.as_bytes(), "t.py", CompileMode::Exec).expect_err(src);
    (e.msg, e.lineno, e.offset, e.end_offset)
}

#[test]
fn compile_errors_match_cpython() {
    // (source, message, lineno, offset, end_offset) from python3:
    // try: compile(src, 't.py', 'exec') except SyntaxError as e: e.msg, e.lineno, e.offset, e.end_offset
    let cases: &[(&str, &str, u32, u32, u32)] = &[
        ("return 1\n", "'return' outside function", 1, 1, 9),
        ("class C:\n    return\n", "'return' outside function", 2, 5, 11),
        ("break\n", "'break' outside loop", 1, 1, 6),
        ("continue\n", "'continue' not properly in loop", 1, 1, 9),
        ("await x\n", "'await' outside function", 1, 1, 8),
        ("def f():\n    await x\n", "'await' outside async function", 2, 5, 12),
        ("__debug__ = 1\n", "cannot assign to __debug__", 1, 1, 10),
        ("del __debug__\n", "cannot delete __debug__", 1, 5, 14),
        ("f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 11),
        ("a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1, 10),
        ("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", "default 'except:' must be last", 3, 1, 7),
        ("async def f():\n    yield from x\n", "'yield from' inside async function", 2, 5, 17),
        ("match x:\n    case y: pass\n    case 1: pass\n", "name capture 'y' makes remaining patterns unreachable", 2, 10, 11),
        ("match x:\n    case _: pass\n    case 1: pass\n", "wildcard makes remaining patterns unreachable", 2, 10, 11),
        ("match x:\n    case [a, a]: pass\n", "multiple assignments to name 'a' in pattern", 2, 14, 15),
        ("match x:\n    case 1 | y: pass\n", "alternative patterns bind different names", 2, 14, 15),
        ("match x:\n    case {1: a, 1: b}: pass\n", "mapping pattern checks duplicate key (1)", 2, 10, 22),
        ("def f():\n    async with x: pass\n", "'async with' outside async function", 2, 5, 23),
        ("def f():\n    try:\n        pass\n    except* E:\n        return\n", "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9, 15),
        ("from __future__ import braces\n", "not a chance", 1, 1, 0),
        ("x = 1\nfrom __future__ import annotations\n", "from __future__ imports must occur at the beginning of the file", 2, 1, 35),
        ("def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 13),
    ];
    for (src, msg, line, off, end) in cases {
        assert_eq!(compile_err(src), (msg.to_string(), *line, *off, *end), "{src}");
    }
}

/// Replaces code-object addresses (which vary from run to run) with a fixed text.
fn mask_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i]);
        out.push_str(" at 0x...");
        let tail = &rest[i + 6..];
        let j = tail.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(tail.len());
        rest = &tail[j..];
    }
    out.push_str(rest);
    out
}

/// Golden `-m dis` listings: runtime-tests/dis/NAME.py -> NAME.dis. Regenerate with
/// `PYJIT_BLESS=1 cargo test --lib dis_golden`.
#[test]
fn dis_golden() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("runtime-tests/dis");
    let bless = std::env::var("PYJIT_BLESS").is_ok_and(|v| v == "1");
    let mut names: Vec<_> = std::fs::read_dir(&dir).expect("runtime-tests/dis").filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "py")).collect();
    names.sort();
    assert!(!names.is_empty());
    let header = "# pyjit -m dis output for the .py file of the same name (code addresses masked).\n# Regenerate with: PYJIT_BLESS=1 cargo test --lib dis_golden\n";
    let mut bad = Vec::new();
    for py in names {
        let src = std::fs::read(&py).expect("read");
        let fname = format!("{}", py.file_name().and_then(|n| n.to_str()).unwrap_or("?"));
        let code = compile_source(&src, &fname, CompileMode::Exec).expect("compiles");
        verify(&code).expect("verifies");
        let mut out = String::new();
        crate::bytecode::dis::dis_recursive(&code, &mut out);
        let got = format!("{header}{}", mask_addresses(&out));
        let golden = py.with_extension("dis");
        if bless {
            std::fs::write(&golden, &got).expect("write golden");
        } else if std::fs::read_to_string(&golden).ok().as_deref() != Some(got.as_str()) {
            bad.push(fname);
        }
    }
    assert!(bad.is_empty(), "dis output differs for {bad:?} (PYJIT_BLESS=1 to regenerate after checking)");
}

/// Compiles every .py file of CPython's standard library (python3.11 under pyenv) and verifies
/// the code. Files the parser rejects (test data with deliberate errors) are skipped.
#[test]
#[ignore]
fn stdlib_compiles() {
    // The compiler recurses over the tree: run with the stack `pyjit` gives the Python thread.
    let h = std::thread::Builder::new().stack_size(512 << 20).spawn(stdlib_compiles_inner).expect("thread");
    h.join().expect("stdlib run");
}

fn stdlib_compiles_inner() {
    let root = std::path::Path::new("/root/.pyenv/versions/3.11.7/lib/python3.11");
    let mut files = Vec::new();
    let mut dirs = vec![root.to_path_buf()];
    while let Some(d) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else { continue };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    let (mut ok, mut parse_err, mut codes) = (0, 0, 0);
    let mut failures = Vec::new();
    for f in &files {
        let Ok(src) = std::fs::read(f) else { continue };
        let name = f.display().to_string();
        let Ok(tree) = crate::frontend::parse_file(&src, &name) else {
            parse_err += 1;
            continue;
        };
        match compile(&tree, &name, CompileMode::Exec, 0) {
            Ok(code) => match verify(&code) {
                Ok(n) => {
                    ok += 1;
                    codes += n;
                }
                Err(e) => failures.push(format!("{name}: {e}")),
            },
            Err(e) => failures.push(format!("{name}: {}:{} {}", e.lineno, e.offset, e.msg)),
        }
    }
    eprintln!("stdlib: {ok} compiled ({codes} code objects), {parse_err} rejected by the parser, {} failed", failures.len());
    for f in &failures {
        eprintln!("  {f}");
    }
    // python3 rejects these too at compile time (test data with deliberate compile errors).
    let expected_failures = ["badsyntax_3131.py", "bad_getattr", "badsyntax_future"];
    let unexpected: Vec<_> = failures.iter().filter(|f| !expected_failures.iter().any(|x| f.contains(x))).collect();
    assert!(unexpected.is_empty(), "{unexpected:#?}");
}
