//! Parser tests: expected dumps and error fields in `testdata/` were produced by CPython
//! 3.11.7 (`ast.dump(ast.parse(...), include_attributes=True)` and `ast.parse` in try/except);
//! `python3 runtime-tests/tools/gen_parser_golden.py [--write]` checks or regenerates them.

use crate::frontend::Mode;

fn err(src: &str) -> (String, String, u32, u32, u32, u32) {
    match super::parse_text(src, Mode::Exec, false) {
        Ok(_) => ("OK".into(), String::new(), 0, 0, 0, 0),
        Err(e) => (e.kind.name().to_string(), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset),
    }
}

fn pyrepr(s: &str) -> String {
    crate::pyrepr::repr_str(s)
}

/// One fixture line's source (the part before " -> "), unescaped as the generator does.
fn fixture_source(esc: &str) -> String {
    unescape(esc).replace("\\r", "\r").replace("\\ufeff", "\u{feff}")
}

fn error_line(esc: &str) -> String {
    let src = unescape(esc);
    let r = std::thread::Builder::new().stack_size(64 << 20).spawn(move || err(&src)).unwrap().join().unwrap();
    if r.0 == "OK" {
        format!("{esc} ==> OK")
    } else {
        format!("{esc} ==> {} {} {} {} {} {}", r.0, pyrepr(&r.1), r.2, r.3, r.4, r.5)
    }
}

fn mode_line(mode: &str, esc: &str) -> String {
    let m = match mode {
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        "func_type" => Mode::FuncType,
        _ => Mode::Exec,
    };
    let src = fixture_source(esc);
    let r = match crate::frontend::parse_bytes(src.as_bytes(), m, true) {
        Ok(t) => crate::parser::dump::dump(&t, true, None),
        Err(e) => format!("ERR {} {} {} {} {} {}", e.kind.name(), pyrepr(&e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset),
    };
    format!("{mode} {esc} ==> {r}")
}

/// Golden file: each line is `SOURCE ==> OK` or `SOURCE ==> Kind 'msg' lineno offset end_lineno
/// end_offset` (0 for None), SOURCE written with \n, \t, \\ escapes. Regenerate with CPython:
/// for each SOURCE, `ast.parse(src)` in try/except SyntaxError, printing
/// `'%s -> %s %r %s %s %s %s' % (esc, type(e).__name__, e.msg, e.lineno, e.offset or 0,
/// e.end_lineno or 0, e.end_offset if e.end_offset not in (None, -1) else 0)`.
#[test]
fn syntax_errors_golden() {
    check_error_golden(include_str!("testdata/syntax_errors.txt"));
}

/// Like `syntax_errors_golden`, for 400 snippets of the standard library with one token
/// deleted, inserted or replaced (a throwaway script made them; CPython gave the results).
#[test]
fn syntax_errors_mutated_golden() {
    check_error_golden(include_str!("testdata/syntax_errors_mutated.txt"));
}

/// Like `syntax_errors_golden`, for 300 generated match statements, parameter lists,
/// comprehensions and with statements, valid and not (results from CPython).
#[test]
fn syntax_errors_generated_golden() {
    check_error_golden(include_str!("testdata/syntax_errors_generated.txt"));
}

fn check_error_golden(want: &str) {
    let mut bad = Vec::new();
    for line in want.lines() {
        let Some((esc, _)) = line.split_once(" ==> ") else { continue };
        let got = error_line(esc);
        if got != line {
            bad.push(format!("want: {line}\n got: {got}"));
        }
    }
    assert!(bad.is_empty(), "{} mismatches:\n{}", bad.len(), bad.join("\n"));
}

/// Golden file: `MODE SOURCE ==> ast.dump(ast.parse(src, mode=MODE, type_comments=True),
/// include_attributes=True)` or `ERR ...` as above; SOURCE also uses \r and \ufeff escapes.
#[test]
fn modes_golden() {
    let want = include_str!("testdata/modes.txt");
    let mut bad = Vec::new();
    for line in want.lines() {
        let Some((head, _)) = line.split_once(" ==> ") else { continue };
        let Some((mode, esc)) = head.split_once(' ') else { continue };
        let got = mode_line(mode, esc);
        if got != line {
            bad.push(format!("want: {line}\n got: {got}"));
        }
    }
    assert!(bad.is_empty(), "{} mismatches:\n{}", bad.len(), bad.join("\n"));
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c == '\\' {
            match it.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('\\') => out.push('\\'),
                Some(o) => {
                    out.push('\\');
                    out.push(o)
                }
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}


/// No panics and no hangs on token soup: random sequences of Python fragments in every mode.
#[test]
fn random_fragments_never_panic() {
    const FRAGS: &[&str] = &[
        "x", "1", "'s'", "f'{a}'", "(", ")", "[", "]", "{", "}", ",", ":", "=", "*", "**", ".", ";", "if ", "else ",
        "for ", "in ", "not ", "lambda ", "yield ", "await ", "async ", "def ", "class ", "return ", "import ",
        "from ", "as ", "with ", "try:", "except ", "finally:", "while ", "del ", "match ", "case ", "_", "|",
        ":=", "->", "@", "...", "None", "\n", "\n  ", "\n    ", "print ", "+=", "/", "-", "~", "global ",
        "# type: int", "\\\n", "\t",
    ];
    let h = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            let mut seed: u64 = 0x9e3779b97f4a7c15;
            let mut next = move || {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed
            };
            for i in 0..20000 {
                let n = (next() % 16) as usize + 1;
                let mut src = String::new();
                for _ in 0..n {
                    src.push_str(FRAGS[(next() % FRAGS.len() as u64) as usize]);
                }
                let mode = [Mode::Exec, Mode::Eval, Mode::Single, Mode::FuncType][i % 4];
                let _ = super::parse_text(&src, mode, i % 3 == 0);
            }
        })
        .unwrap();
    h.join().unwrap();
}


#[test]
fn operand_fast_path_and_operator_chain() {
    // The fast path returns a bare primary; an operator after it runs the full chain, which
    // reuses the primary already parsed. Expected dumps: CPython 3.11.7,
    // `ast.dump(ast.parse(src), include_attributes=True)`.
    let cases = [
        ("a.b(c)[d] + e * f ** g < h and not i or j\n", "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Compare(left=BinOp(left=Subscript(value=Call(func=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), args=[Name(id='c', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), slice=Name(id='d', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), op=Add(), right=BinOp(left=Name(id='e', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), op=Mult(), right=BinOp(left=Name(id='f', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), op=Pow(), right=Name(id='g', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=16, end_lineno=1, end_col_offset=22), lineno=1, col_offset=12, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22), ops=[Lt()], comparators=[Name(id='h', ctx=Load(), lineno=1, col_offset=25, end_lineno=1, end_col_offset=26)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=26), UnaryOp(op=Not(), operand=Name(id='i', ctx=Load(), lineno=1, col_offset=35, end_lineno=1, end_col_offset=36), lineno=1, col_offset=31, end_lineno=1, end_col_offset=36)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=36), Name(id='j', ctx=Load(), lineno=1, col_offset=40, end_lineno=1, end_col_offset=41)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=41), lineno=1, col_offset=0, end_lineno=1, end_col_offset=41)], type_ignores=[])"),
        ("x = f(y).z if -a else [b, *c]\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=IfExp(test=UnaryOp(op=USub(), operand=Name(id='a', ctx=Load(), lineno=1, col_offset=15, end_lineno=1, end_col_offset=16), lineno=1, col_offset=14, end_lineno=1, end_col_offset=16), body=Attribute(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), args=[Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)], keywords=[], lineno=1, col_offset=4, end_lineno=1, end_col_offset=8), attr='z', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=10), orelse=List(elts=[Name(id='b', ctx=Load(), lineno=1, col_offset=23, end_lineno=1, end_col_offset=24), Starred(value=Name(id='c', ctx=Load(), lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), ctx=Load(), lineno=1, col_offset=26, end_lineno=1, end_col_offset=28)], ctx=Load(), lineno=1, col_offset=22, end_lineno=1, end_col_offset=29), lineno=1, col_offset=4, end_lineno=1, end_col_offset=29), lineno=1, col_offset=0, end_lineno=1, end_col_offset=29)], type_ignores=[])"),
        ("y = a | b ^ c & d << e\n", "Module(body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), op=BitAnd(), right=BinOp(left=Name(id='d', ctx=Load(), lineno=1, col_offset=16, end_lineno=1, end_col_offset=17), op=LShift(), right=Name(id='e', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), lineno=1, col_offset=16, end_lineno=1, end_col_offset=22), lineno=1, col_offset=12, end_lineno=1, end_col_offset=22), lineno=1, col_offset=8, end_lineno=1, end_col_offset=22), lineno=1, col_offset=4, end_lineno=1, end_col_offset=22), lineno=1, col_offset=0, end_lineno=1, end_col_offset=22)], type_ignores=[])"),
        ("z = (a.b).c is not d\n", "Module(body=[Assign(targets=[Name(id='z', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Compare(left=Attribute(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), attr='b', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=8), attr='c', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=11), ops=[IsNot()], comparators=[Name(id='d', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"),
    ];
    for (src, want) in cases {
        let m = super::parse_text(src, Mode::Exec, false).expect("parses");
        assert_eq!(crate::parser::dump::dump(&m, true, None), want, "{src:?}");
    }
}

/// `parse_bytes` (compile()/ast.parse of bytes) reports byte offsets when no encoding is
/// declared, and counts line 1 of a file with a BOM over the BOM. Expected values: CPython
/// 3.11.7, `compile(open(F, 'rb').read(), F, 'exec')` on a file F holding the bytes.
#[test]
fn bytes_input_error_offsets() {
    let cases: &[(&[u8], (u32, u32, u32, u32, &str))] = &[
        (b"s = '\xc3\xa9\xc3\xa9\xc3\xa9' + (1 2)\n", (1, 17, 1, 20, "s = '\u{e9}\u{e9}\u{e9}' + (1 2)\n")),
        (b"x = b'\xc3\xa9'\n", (1, 5, 1, 10, "x = b'\u{e9}'\n")),
        (b"\xc3\xa9\xc3\xa9 = 1 +\n", (1, 11, 1, 11, "\u{e9}\u{e9} = 1 +\n")),
        (b"# coding: utf-8\nx = b'\xc3\xa9'\n", (2, 5, 2, 9, "x = b'\u{e9}'\n")),
        (b"\xef\xbb\xbfx = (1,\n", (1, 3, 1, 0, "\u{feff}x = (1,\n")),
        (b"\xef\xbb\xbfx = '\xc3\xa9' (1 2)\n", (1, 8, 1, 11, "\u{feff}x = '\u{e9}' (1 2)\n")),
        // Bytes that are not UTF-8 count one column each (not the 3 bytes of U+FFFD).
        (b"x = b'\xa9'\n", (1, 5, 1, 9, "x = b'\u{fffd}'\n")),
        (b"x = '\xff'\\\n", (1, 9, 1, 0, "x = '\u{fffd}'\\\n")),
    ];
    for (src, want) in cases {
        let e = crate::frontend::parse_bytes(src, Mode::Exec, false).expect_err("should fail");
        let got = (e.lineno, e.offset, e.end_lineno, e.end_offset, e.text.as_deref().unwrap_or(""));
        assert_eq!(got, *want, "{:?}", String::from_utf8_lossy(src));
    }
}

/// `parse_file` (a script run by `python3 FILE`): what CPython 3.11.7 prints for a script
/// file holding the bytes, named x.py on the command line.
#[test]
fn script_file_errors() {
    let cases: &[(&[u8], &str)] = &[
        (b"def f():\n", "  File \"x.py\", line 1\n    def f():\nIndentationError: expected an indented block after function definition on line 1\n"),
        (b"class A:", "  File \"x.py\", line 1\n    class A:\nIndentationError: expected an indented block after class definition on line 1\n"),
        (b"x = (1 2)\n# \xff\n", "SyntaxError: Non-UTF-8 code starting with '\\xff' in file x.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"),
        (b"x = '\xed\xa0\x80'\n", "SyntaxError: Non-UTF-8 code starting with '\\xed' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"),
        (b"x = (1 2)\n\n\ny\x00\n", "  File \"x.py\", line 4\n    y\nSyntaxError: source code cannot contain null bytes\n"),
        (b"x = 1\x00\xff\n", "  File \"x.py\", line 1\n    x = 1\nSyntaxError: source code cannot contain null bytes\n"),
        (b"# coding: ascii\nx = '\xff'\n", "SyntaxError: encoding problem: ascii\n"),
        (b"# coding: foo\nx = 1\n", "SyntaxError: encoding problem: foo\n"),
        (b"\xff\xfex\x00\n\x00", "SyntaxError: Non-UTF-8 code starting with '\\xff' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n"),
        (b"s = '\xc3\xa9' + (1 2)\n", "  File \"x.py\", line 1\n    s = '\u{e9}' + (1 2)\n                ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"),
    ];
    for (src, want) in cases {
        let e = crate::parser::parse_file(src, "x.py").expect_err("should fail");
        assert_eq!(crate::parser::error_display::render(&e, "x.py"), *want, "{:?}", String::from_utf8_lossy(src));
    }
}

/// Nesting past CPython's parser stack limit is a bare MemoryError (CPython 3.11.7 prints
/// the single line `MemoryError` for a script `x = ------...1` with 6000 minus signs).
#[test]
fn too_deep_is_memory_error() {
    let h = std::thread::Builder::new().stack_size(256 << 20).spawn(|| {
        let src = format!("x = {}1\n", "-".repeat(6000));
        let e = crate::parser::parse_file(src.as_bytes(), "x.py").expect_err("should fail");
        crate::parser::error_display::render(&e, "x.py")
    });
    let got = h.ok().and_then(|h| h.join().ok());
    assert_eq!(got.as_deref(), Some("MemoryError\n"));
}

/// A name that is not UTF-8 is raised where the tokenizer reaches it: as a SyntaxError when
/// the parser reads it, as the codec's UnicodeDecodeError when CPython's check of the rest
/// of the file after a parser error meets it, and not at all after "unexpected indent".
/// Expected values: CPython 3.11.7, `compile(bytes, F, 'exec')`.
#[test]
fn undecodable_name_where_reached() {
    let ude = "UnicodeDecodeError";
    let cases: &[(&[u8], (&str, &str, u32, u32))] = &[
        (b"x = 1\n  y = 2\n\xff\n", ("IndentationError", "unexpected indent", 2, 2)),
        (b"  \xff = 1\n", ("IndentationError", "unexpected indent", 1, 2)),
        (b"x = (1 2) + \xff\n", (ude, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 0, 0)),
        (b"x = 1 +\n\xff\n", (ude, "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 0, 0)),
        (b"def f(:\n    a\xff\n", (ude, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", 0, 0)),
        (b"x \xff\n", ("SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 3)),
        (b"x = 1\ny\xff = (1 2)\n", ("SyntaxError", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", 2, 2)),
    ];
    for (src, want) in cases {
        let e = crate::frontend::parse_bytes(src, Mode::Exec, false).expect_err("should fail");
        assert_eq!((e.kind.name(), e.msg.as_str(), e.lineno, e.offset), *want, "{:?}", String::from_utf8_lossy(src));
    }
}

/// CPython reads an error's line back from the file with universal newlines: its text ends in
/// `\n` whatever the file's line ends. Expected values: CPython 3.11.7, `compile(bytes, F,
/// 'exec')` on a file F holding the bytes.
#[test]
fn error_text_has_universal_newline() {
    let cases: &[(&[u8], (u32, u32, &str))] = &[
        (b"x = 1\r\ny = (1 2)\r\n", (2, 6, "y = (1 2)\n")),
        (b"x = 1\ry = (1 2)\r", (2, 6, "y = (1 2)\n")),
        (b"x = 1\r\ny = b'\xc3\xa9'\r\n", (2, 5, "y = b'\u{e9}'\n")),
    ];
    for (src, want) in cases {
        let e = crate::frontend::parse_bytes(src, Mode::Exec, false).expect_err("should fail");
        assert_eq!((e.lineno, e.offset, e.text.as_deref().unwrap_or("")), *want, "{:?}", String::from_utf8_lossy(src));
    }
}
