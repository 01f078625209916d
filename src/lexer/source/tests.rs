//! Tests of source decoding against CPython 3.11.7: expectations are
//! `ast.parse(open(F, 'rb').read(), F)` on a file F holding the bytes (what `python3 -m ast F`
//! does), with end_offset -1/None shown as 0 and lineno/offset None as 0. "invalid syntax" and
//! "unexpected indent" rows are parser errors: decoding and tokenizing must succeed for them.

use super::{decode_source, decode_source_full, Decoded};
use crate::lexer::lexer::{tokenize_source, LexOptions};

type Expect = Option<(&'static str, u32, u32, u32, u32, &'static str)>;

#[test]
fn decoding_matches_cpython() {
    let cases: &[(&[u8], Expect)] = &[
        (b"\xff\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 1, 1, 0, "\u{fffd}\n"))),
        (b"x = 1 # \xff\n", None),
        (b"x = \"\xff\"\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 8, 1, 8, "x = \"\u{fffd}\"\n"))),
        (b"x\xff = 1\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", 1, 2, 1, 0, "x\u{fffd} = 1\n"))),
        (b"\xef\xbb\xbfx=1\n", None),
        (b"\xef\xbb\xbf# coding: latin-1\nx=1\n", Some(("encoding problem: iso-8859-1 with BOM", 0, 0, 0, 0, ""))),
        (b"\xef\xbb\xbf# coding: utf8\nx=1\n", Some(("encoding problem: utf8 with BOM", 0, 0, 0, 0, ""))),
        (b"\xef\xbb\xbf# coding: utf-8\nx=1\n", None),
        (b"# coding: foo\nx=1\n", Some(("unknown encoding: foo", 0, 0, 0, 0, ""))),
        (b"# coding: latin-1\nx=\"\xff\" +\n", Some(("invalid syntax", 2, 8, 2, 8, "x=\"ÿ\" +\n"))),
        (b"\n# coding: cp1252\nx=\"\x80\"\n", None),
        (b"x=1\n# coding: latin-1\nx=\"\xff\"\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 3, 6, 3, 6, "x=\"\u{fffd}\"\n"))),
        (b"x=1\x00\n", Some(("source code string cannot contain null bytes", 0, 0, 0, 0, ""))),
        (b"# coding: ascii\nx=\"\xff\"\n", Some(("'ascii' codec can't decode byte 0xff in position 19: ordinal not in range(128)", 0, 0, 0, 0, ""))),
        (b"# coding: utf-8\nx=\"\xff\"\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 2, 4, 2, 4, "x=\"\u{fffd}\"\n"))),
        (b"#!/usr/bin/python\n# -*- coding: iso-8859-15 -*-\nx=\"\xa4\" +\n", Some(("invalid syntax", 3, 8, 3, 8, "x=\"€\" +\n"))),
        (b"x = 1\n\xff\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 2, 1, 2, 0, "\u{fffd}\n"))),
        (b"x = \"ab\xff\"\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", 1, 10, 1, 10, "x = \"ab\u{fffd}\"\n"))),
        (b"x = r\"ab\xff\"\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", 1, 11, 1, 11, "x = r\"ab\u{fffd}\"\n"))),
        (b"x = \"\"\"ab\n\xff\"\"\"\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte", 2, 5, 2, 5, "x = \"\"\"ab\n\u{fffd}\"\"\"\n"))),
        (b"x = (\"ab\xff\" \"c\")\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", 1, 15, 1, 16, "x = (\"ab\u{fffd}\" \"c\")\n"))),
        (b"x = \"\xe9\" + \"a\"\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data", 1, 9, 1, 10, "x = \"\u{fffd}\" + \"a\"\n"))),
        (b"x = \"\\n\xc3\"\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", 1, 10, 1, 10, "x = \"\\n\u{fffd}\"\n"))),
        (b"ab\xc3 = 1\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 2: unexpected end of data", 1, 3, 1, 0, "ab\u{fffd} = 1\n"))),
        (b"ab\xe9\xe9cd = 1\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: invalid continuation byte", 1, 6, 1, 0, "ab\u{fffd}\u{fffd}cd = 1\n"))),
        (b"x = \xc3\xa9\xff\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte", 1, 7, 1, 0, "x = é\u{fffd}\n"))),
        (b"print(\"b\xf6se\")\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xf6 in position 1: invalid start byte", 1, 13, 1, 14, "print(\"b\u{fffd}se\")\n"))),
        (b"# coding: cp1252\nx = \"\x81\"\n", Some(("'charmap' codec can't decode byte 0x81 in position 22: character maps to <undefined>", 0, 0, 0, 0, ""))),
        (b"# coding: utf8\nx = \"\xff\"\n", Some(("'utf-8' codec can't decode byte 0xff in position 20: invalid start byte", 0, 0, 0, 0, ""))),
        (b"# vim: set fileencoding=latin-1 :\nx = \"\xe9\" +\n", Some(("invalid syntax", 2, 10, 2, 10, "x = \"é\" +\n"))),
        (b"#coding=koi8-r\n\xc1 = (1,\n", Some(("'(' was never closed", 2, 5, 2, 0, "а = (1,\n"))),
        (b"# coding: Latin-1\n\xe9 = $\n", Some(("invalid syntax", 2, 5, 2, 6, "é = $\n"))),
        (b"# coding: windows-1252\nx = (\"\x80\"\n", Some(("'(' was never closed", 2, 5, 2, 0, "x = (\"€\"\n"))),
        (b"\xc3\xa9 = (1,\n", Some(("'(' was never closed", 1, 6, 1, 0, "é = (1,\n"))),
        (b"if 1:\n  \xc3\xa9=1\n \xc3\xa9\n", Some(("unindent does not match any outer indentation level", 3, 4, 3, 0, " é\n"))),
        (b"\xc3\xa9 = 1 \\ x\n", Some(("unexpected character after line continuation character", 1, 9, 1, 0, "é = 1 \\ x\n"))),
        (b"# coding: utf-8\n\xc3\xa9 = (1,\n", Some(("'(' was never closed", 2, 5, 2, 0, "é = (1,\n"))),
        (b"\xef\xbb\xbf\xc3\xa9 = (1,\n", Some(("'(' was never closed", 1, 3, 1, 0, "\u{feff}é = (1,\n"))),
        (b"# coding: latin-1\r\nx = \"\xff\" +\r\n", Some(("invalid syntax", 2, 10, 2, 10, "x = \"ÿ\" +\n"))),
        (b"x = 1\r\n# coding: latin-1\r\n", None),
        (b"  # comment\n# -*- coding: ascii -*-\nx = 1 # \xff\n", Some(("'ascii' codec can't decode byte 0xff in position 44: ordinal not in range(128)", 0, 0, 0, 0, ""))),
        (b"x = 1 + \\\n# coding: ascii\n", Some(("invalid syntax", 2, 1, 2, 16, "# coding: ascii\n"))),
        (b"# coding: ISO-8859-15\nx = 1 +\n", Some(("invalid syntax", 2, 8, 2, 8, "x = 1 +\n"))),
        (b"# coding: iso_8859_1\nx = 1 +\n", Some(("invalid syntax", 2, 8, 2, 8, "x = 1 +\n"))),
        (b"#  coding:latin1\nx = 1 +\n", Some(("invalid syntax", 2, 8, 2, 8, "x = 1 +\n"))),
        (b"# coding: ascii\n\xc3\xa9 = 1 # \xff\n", Some(("'ascii' codec can't decode byte 0xc3 in position 16: ordinal not in range(128)", 0, 0, 0, 0, ""))),
        (b"x = \"\xf0\x9f\"\n", Some(("(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data", 1, 9, 1, 9, "x = \"\u{fffd}\"\n"))),
        (b"x = \"\xe0\x80\"\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte", 1, 9, 1, 9, "x = \"\u{fffd}\u{fffd}\"\n"))),
        (b"x = \"a\xc3\xa9\xff\xfe\"\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 3: invalid start byte", 1, 12, 1, 12, "x = \"aé\u{fffd}\u{fffd}\"\n"))),
        (b"x\xc3\xa9\xed\xa0\x80 = 1\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xed in position 3: invalid continuation byte", 1, 6, 1, 0, "xé\u{fffd}\u{fffd}\u{fffd} = 1\n"))),
        (b"\xef\xbb\xbfx = (1 + \\ 2\n", Some(("unexpected character after line continuation character", 1, 9, 1, 0, "\u{feff}x = (1 + \\ 2\n"))),
        (b"x = \"\"\"\xc3\xa9\nb\"\"\" \\ 4\n", Some(("unexpected character after line continuation character", 2, 17, 2, 0, "b\"\"\" \\ 4\n"))),
        (b"x = \"\"\"a\nb\"\"\" \\ 4\n", Some(("unexpected character after line continuation character", 2, 16, 2, 0, "b\"\"\" \\ 4\n"))),
        (b"\xc3\xa9 = 1 + \\\n  2 \\ 3\n", Some(("unexpected character after line continuation character", 2, 17, 2, 0, "  2 \\ 3\n"))),
        (b"\xe9 = 1 + \\\n  2 \\ 3\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data", 1, 1, 1, 0, "\u{fffd} = 1 + \\\n"))),
        (b"\xef\xbb\xbfx = \"\xff\"\n", Some(("(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 1, 6, 1, 6, "\u{feff}x = \"\u{fffd}\"\n"))),
        (b"\xef\xbb\xbf\xc3\xa9 = 1\n  \xc3\xa9 = 2\n", Some(("unexpected indent", 2, 2, 2, 0, "  é = 2\n"))),
        // Every codec `crate::codecs` decodes (shared with `pyjit -m tokenize`).
        (b"# coding: mac-greek\nx = \"\x80\" +\n", Some(("invalid syntax", 2, 10, 2, 10, "x = \"\u{c4}\" +\n"))),
        (b"# coding: euc-jp\nx = 1 +\n", Some(("invalid syntax", 2, 8, 2, 8, "x = 1 +\n"))),
        (b"# coding: cp874\nx = \"\xdb\"\n", Some(("'charmap' codec can't decode byte 0xdb in position 21: character maps to <undefined>", 0, 0, 0, 0, ""))),
    ];
    for &(src, expect) in cases {
        let got = match decode_source_full(src) {
            Err(e) => Some(e),
            // A name that is not UTF-8: the error the tokenizer raises when it gets there.
            Ok(Decoded { line_error: Some((_, e)), .. }) => Some(e),
            Ok(d) => {
                let lexed = tokenize_source(&d.text, &LexOptions::default(), true, d.info());
                lexed.error.or(lexed.unclosed)
            }
        };
        let got = got.map(|e| (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text.unwrap_or_default()));
        let expect = expect
            .filter(|e| e.0 != "invalid syntax" && e.0 != "unexpected indent")
            .map(|(m, l, o, el, eo, t)| (m.to_string(), l, o, el, eo, t.to_string()));
        assert_eq!(got, expect, "source {:?}", String::from_utf8_lossy(src));
    }
}

#[test]
fn decoded_text() {
    // python3: b'# coding: latin-1\nx="\xe9"\n'.decode('latin-1'), koi8-r 0xc1 is 'а', cp1252 0x80 '€'.
    assert_eq!(decode_source(b"# coding: latin-1\nx='\xe9'\n").unwrap(), "# coding: latin-1\nx='é'\n");
    assert_eq!(decode_source(b"#coding=koi8-r\n\xc1 = 1\n").unwrap(), "#coding=koi8-r\nа = 1\n");
    assert_eq!(decode_source(b"\n# -*- coding: cp1252 -*-\n'\x80'\n").unwrap(), "\n# -*- coding: cp1252 -*-\n'€'\n");
    assert_eq!(decode_source(b"\xef\xbb\xbfx = 1\n").unwrap(), "x = 1\n");
    // b'# coding: mac-greek\n"\x80"\n'.decode('mac-greek'): a codec the C tokenizer's decoder
    // gets from the shared tables.
    assert_eq!(decode_source(b"# coding: mac-greek\n'\x80'\n").unwrap(), "# coding: mac-greek\n'\u{c4}'\n");
    // A bad byte in a comment is never decoded by CPython.
    assert_eq!(decode_source(b"x = 1 # \xff\n").unwrap(), "x = 1 # \u{fffd}\n");
    assert!(!decode_source_full(b"x = 1\n").unwrap().encoding_declared);
    assert!(decode_source_full(b"# coding: utf-8\nx = 1\n").unwrap().encoding_declared);
}

/// `decode_file`: CPython 3.11.7 running the bytes as a script (`python3 F`): the errors its
/// file tokenizer raises, and where (the line error's line and the text before it).
#[test]
fn file_decoding_matches_cpython() {
    use super::decode_file;
    // (bytes, error raised up front, or the line error's (line, message, text before it))
    type Want = (Option<&'static str>, Option<(u32, &'static str, &'static str)>);
    let non_utf8 = |b: &str, line: u32| format!("Non-UTF-8 code starting with '\\x{b}' in file f.py on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details");
    let cases: &[(&[u8], Want)] = &[
        (b"x = 1\n", (None, None)),
        (b"# coding: nonexistent\nx = 1\n", (Some("encoding problem: nonexistent"), None)),
        (b"# coding: ascii\nx = '\xff'\n", (Some("encoding problem: ascii"), None)),
        (b"\xef\xbb\xbf# coding: latin-1\nx=1\n", (Some("encoding problem: iso-8859-1 with BOM"), None)),
        (b"x = 1\n# \xff\n", (None, Some((2, "ff", "x = 1\n")))),
        (b"x = 1\r\n# \xc3(\r\n", (None, Some((2, "c3", "x = 1\r\n")))),
        (b"#!/x\xff\n# coding: latin-1\nx = 1\n", (None, Some((1, "ff", "")))),
        (b"x = 1\n\x00\xff\n", (None, Some((2, "", "x = 1\n")))),
        (b"\xef\xbb\xbfx = 1\ny\x00\n", (None, Some((2, "", "x = 1\n")))),
    ];
    for (src, (up_front, line)) in cases {
        let shown = String::from_utf8_lossy(src);
        match decode_file(src, "f.py") {
            Err(e) => assert_eq!((Some(e.msg.as_str()), None), (*up_front, *line), "{shown:?}"),
            Ok(d) => {
                assert_eq!(*up_front, None, "{shown:?}");
                let got = d.line_error.map(|(at, e)| (e.lineno, e.msg, d.text[..at].to_string()));
                let want = line.map(|(n, b, before)| {
                    let msg = if b.is_empty() { "source code cannot contain null bytes".to_string() } else { non_utf8(b, n) };
                    // CPython's Non-UTF-8 error has no location.
                    (if b.is_empty() { n } else { 0 }, msg, before.to_string())
                });
                assert_eq!(got, want, "{shown:?}");
            }
        }
    }
}
