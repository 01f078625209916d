//! Golden tests of `pyjit -m tokenize`: each source and the exact stdout, stderr and exit
//! status of `python3 -m tokenize [-e] F` (CPython 3.11.7) on it, recorded by running python3.

use super::*;

fn file(src: &[u8], exact: bool) -> (String, String, u8) {
    let mut out = Vec::new();
    let (status, err) = tokenize_file_bytes(src, "F", exact, &mut out);
    (String::from_utf8_lossy(&out).into_owned(), err, status)
}

#[test]
fn number_regexes() {
    let got = file(
        b"1if 0x 0b12 1_000j 1.e5 .5e-3J 00 0_0 09 1e 1E+5 1__2 0o78 1.ej\x0a",
        true,
    );
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NUMBER         '1'            \n1,1-1,3:            NAME           'if'           \n1,4-1,5:            NUMBER         '0'            \n1,5-1,6:            NAME           'x'            \n1,7-1,10:           NUMBER         '0b1'          \n1,10-1,11:          NUMBER         '2'            \n1,12-1,18:          NUMBER         '1_000j'       \n1,19-1,23:          NUMBER         '1.e5'         \n1,24-1,30:          NUMBER         '.5e-3J'       \n1,31-1,33:          NUMBER         '00'           \n1,34-1,37:          NUMBER         '0_0'          \n1,38-1,39:          NUMBER         '0'            \n1,39-1,40:          NUMBER         '9'            \n1,41-1,42:          NUMBER         '1'            \n1,42-1,43:          NAME           'e'            \n1,44-1,48:          NUMBER         '1E+5'         \n1,49-1,50:          NUMBER         '1'            \n1,50-1,53:          NAME           '__2'          \n1,54-1,57:          NUMBER         '0o7'          \n1,57-1,58:          NUMBER         '8'            \n1,59-1,61:          NUMBER         '1.'           \n1,61-1,63:          NAME           'ej'           \n1,63-1,64:          NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn no_final_newline_and_dedents() {
    let got = file(b"if x:\x0a    y = 1", false);
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,2:            NAME           'if'           \n1,3-1,4:            NAME           'x'            \n1,4-1,5:            OP             ':'            \n1,5-1,6:            NEWLINE        '\\n'           \n2,0-2,4:            INDENT         '    '         \n2,4-2,5:            NAME           'y'            \n2,6-2,7:            OP             '='            \n2,8-2,9:            NUMBER         '1'            \n2,9-2,10:           NEWLINE        ''             \n3,0-3,0:            DEDENT         ''             \n3,0-3,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn whitespace_only_last_line_ends_scan() {
    let got = file(b"x\x0a   ", false);
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,1-1,2:            NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn comment_last_line_has_no_newline_token() {
    let got = file(b"x = 1\x0a  # c", false);
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,2-1,3:            OP             '='            \n1,4-1,5:            NUMBER         '1'            \n1,5-1,6:            NEWLINE        '\\n'           \n2,2-2,5:            COMMENT        '# c'          \n2,5-2,5:            NL             ''             \n3,0-3,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn errortoken_for_unterminated_quote_and_spaces() {
    let got = file(b"x = 'abc\x0ab'x\x0a", false);
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,2-1,3:            OP             '='            \n1,3-1,4:            ERRORTOKEN     ' '            \n1,4-1,5:            ERRORTOKEN     \"'\"            \n1,5-1,8:            NAME           'abc'          \n1,8-1,9:            NEWLINE        '\\n'           \n2,0-2,1:            NAME           'b'            \n2,1-2,2:            ERRORTOKEN     \"'\"            \n2,2-2,3:            NAME           'x'            \n2,3-2,4:            NEWLINE        '\\n'           \n3,0-3,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn errortoken_stray_chars() {
    let got = file(b"a $b ?c !d\x0a", true);
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'a'            \n1,1-1,2:            ERRORTOKEN     ' '            \n1,2-1,3:            ERRORTOKEN     '$'            \n1,3-1,4:            NAME           'b'            \n1,4-1,5:            ERRORTOKEN     ' '            \n1,5-1,6:            ERRORTOKEN     '?'            \n1,6-1,7:            NAME           'c'            \n1,7-1,8:            ERRORTOKEN     ' '            \n1,8-1,9:            ERRORTOKEN     '!'            \n1,9-1,10:           NAME           'd'            \n1,10-1,11:          NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn non_identifier_word_chars_are_op() {
    let got = file(b"\xc2\xb2 \xd9\xa3x e\xcc\x81\x0a", true);
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            OP             '²'            \n1,2-1,4:            OP             '٣x'           \n1,5-1,6:            NAME           'e'            \n1,6-1,7:            ERRORTOKEN     '́'            \n1,7-1,8:            NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn string_prefixes() {
    let got = file(
        b"f\x22{x}\x22 rb'' Rb\x22\x22 bR'''x''' ub\x22\x22 U\x22x\x22 Fr'' rF\x22\x22\x0a",
        false,
    );
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,6:            STRING         'f\"{x}\"'       \n1,7-1,11:           STRING         \"rb''\"         \n1,12-1,16:          STRING         'Rb\"\"'         \n1,17-1,26:          STRING         \"bR'''x'''\"    \n1,27-1,29:          NAME           'ub'           \n1,29-1,31:          STRING         '\"\"'           \n1,32-1,36:          STRING         'U\"x\"'         \n1,37-1,41:          STRING         \"Fr''\"         \n1,42-1,46:          STRING         'rF\"\"'         \n1,46-1,47:          NEWLINE        '\\n'           \n2,0-2,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn multi_line_strings() {
    let got = file(
        b"x = \x22\x22\x22a\x0ab\x5c\x0a\x22\x22\x22\x0ay = 'c\x5c\x0ad'\x0az = 'e\x5c\x0af\x0a",
        false,
    );
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,2-1,3:            OP             '='            \n1,4-3,3:            STRING         '\"\"\"a\\nb\\\\\\n\"\"\"'\n3,3-3,4:            NEWLINE        '\\n'           \n4,0-4,1:            NAME           'y'            \n4,2-4,3:            OP             '='            \n4,4-5,2:            STRING         \"'c\\\\\\nd'\"     \n5,2-5,3:            NEWLINE        '\\n'           \n6,0-6,1:            NAME           'z'            \n6,2-6,3:            OP             '='            \n6,4-7,2:            ERRORTOKEN     \"'e\\\\\\nf\\n\"    \n8,0-8,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn continuation_and_parens() {
    let got = file(b"x = (1,\x0a  2) + \x5c\x0a  3\x0a)\x0ay\x0a", true);
    let want = ("", "F:6:0: error: EOF in multi-line statement\n", 1);
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn cr_inside_lines() {
    let got = file(b"a\x0db\x0a# c\x0dd\x0ax # e\x0df\x0a", false);
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'a'            \n1,1-1,2:            ERRORTOKEN     '\\r'           \n1,2-1,3:            NAME           'b'            \n1,3-1,4:            NEWLINE        '\\n'           \n2,0-2,5:            COMMENT        '# c\\rd'       \n2,5-2,6:            NL             '\\n'           \n3,0-3,1:            NAME           'x'            \n3,2-3,5:            COMMENT        '# e'          \n3,5-3,6:            ERRORTOKEN     '\\r'           \n3,6-3,7:            NAME           'f'            \n3,7-3,8:            NEWLINE        '\\n'           \n4,0-4,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn tabs_and_formfeeds() {
    let got = file(b"if x:\x0a\x09y\x0a        z\x0a\x0c  w\x0a", false);
    let want = (
        "",
        "F:4:3: error: unindent does not match any outer indentation level\n",
        1,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn unindent_error() {
    let got = file(b"if x:\x0a    y\x0a  z\x0a", false);
    let want = (
        "",
        "F:3:2: error: unindent does not match any outer indentation level\n",
        1,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn eof_in_multi_line_string() {
    let got = file(b"x = 1\x0ay = \x22\x22\x22abc\x0a", false);
    let want = ("", "F:2:4: error: EOF in multi-line string\n", 1);
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn eof_in_multi_line_statement() {
    let got = file(b"x = (1,\x0a", false);
    let want = ("", "F:2:0: error: EOF in multi-line statement\n", 1);
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn bom_and_latin1_cookie() {
    let got = file(b"\xef\xbb\xbf# coding: latin-1\x0ax\x0a", false);
    let want = ("", "F: error: encoding problem for 'F': utf-8\n", 1);
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn cookie_on_second_line() {
    let got = file(
        b"#!/bin/sh\x0a# coding=latin1\x0a\xe9 = \x22\xe9\x22\x0a",
        false,
    );
    let want = (
        "0,0-0,0:            ENCODING       'latin1'       \n1,0-1,9:            COMMENT        '#!/bin/sh'    \n1,9-1,10:           NL             '\\n'           \n2,0-2,15:           COMMENT        '# coding=latin1'\n2,15-2,16:          NL             '\\n'           \n3,0-3,1:            NAME           'é'            \n3,2-3,3:            OP             '='            \n3,4-3,7:            STRING         '\"é\"'          \n3,7-3,8:            NEWLINE        '\\n'           \n4,0-4,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn unknown_encoding() {
    let got = file(b"# coding: uft-8\x0a", false);
    let want = ("", "F: error: unknown encoding for 'F': uft-8\n", 1);
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn invalid_utf8_first_line() {
    let got = file(b"\xff\x0ax\x0a", false);
    let want = (
        "",
        "F: error: invalid or missing encoding declaration for 'F'\n",
        1,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn decode_error_traceback() {
    let got = file(b"x = 1\x0ay = \x22\xe9\x22\x0a", false);
    let want = (
        "",
        "unexpected error: 'utf-8' codec can't decode byte 0xe9 in position 5: invalid continuation byte\nTraceback (most recent call last):\n  File \"<frozen runpy>\", line 198, in _run_module_as_main\n  File \"<frozen runpy>\", line 88, in _run_code\n  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py\", line 694, in <module>\n    main()\n  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py\", line 656, in main\n    tokens = list(tokenize(f.readline))\n             ^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py\", line 459, in _tokenize\n    line = line.decode(encoding)\n           ^^^^^^^^^^^^^^^^^^^^^\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 5: invalid continuation byte\n",
        1,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn koi8_r() {
    let got = file(
        b"# -*- coding: koi8-r -*-\x0a\xc1\xc2 = \x22\xd4\x22\x0a",
        false,
    );
    let want = (
        "0,0-0,0:            ENCODING       'koi8-r'       \n1,0-1,24:           COMMENT        '# -*- coding: koi8-r -*-'\n1,24-1,25:          NL             '\\n'           \n2,0-2,2:            NAME           'аб'           \n2,3-2,4:            OP             '='            \n2,5-2,8:            STRING         '\"т\"'          \n2,8-2,9:            NEWLINE        '\\n'           \n3,0-3,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn cp1252_undefined_byte() {
    let got = file(b"# coding: cp1252\x0ax = \x22\x81\x22\x0a", false);
    let want = (
        "",
        "unexpected error: 'charmap' codec can't decode byte 0x81 in position 5: character maps to <undefined>\nTraceback (most recent call last):\n  File \"<frozen runpy>\", line 198, in _run_module_as_main\n  File \"<frozen runpy>\", line 88, in _run_code\n  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py\", line 694, in <module>\n    main()\n  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py\", line 656, in main\n    tokens = list(tokenize(f.readline))\n             ^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py\", line 459, in _tokenize\n    line = line.decode(encoding)\n           ^^^^^^^^^^^^^^^^^^^^^\n  File \"/root/.pyenv/versions/3.11.7/lib/python3.11/encodings/cp1252.py\", line 15, in decode\n    return codecs.charmap_decode(input,errors,decoding_table)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\nUnicodeDecodeError: 'charmap' codec can't decode byte 0x81 in position 5: character maps to <undefined>\n",
        1,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn empty_file() {
    let got = file(b"", false);
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}

#[test]
fn stdin_surrogateescape_and_partial_output() {
    let mut out = Vec::new();
    let (status, err) = tokenize_stdin_bytes(b"x = \"\xe9\"\nif y:\n  z\n w\n", false, &mut out);
    assert_eq!(String::from_utf8_lossy(&out), "1,0-1,1:            NAME           'x'            \n1,2-1,3:            OP             '='            \n1,4-1,7:            STRING         '\"\\udce9\"'     \n1,7-1,8:            NEWLINE        '\\n'           \n2,0-2,2:            NAME           'if'           \n2,3-2,4:            NAME           'y'            \n2,4-2,5:            OP             ':'            \n2,5-2,6:            NEWLINE        '\\n'           \n3,0-3,2:            INDENT         '  '           \n3,2-3,3:            NAME           'z'            \n3,3-3,4:            NEWLINE        '\\n'           \n");
    assert_eq!(
        (err.as_str(), status),
        (
            "<stdin>:4:1: error: unindent does not match any outer indentation level\n",
            1
        )
    );
}

// Regression: `needcont` from an unterminated single-quoted string stays set in tokenize.py
// and turns a later multi-line triple-quoted string into an ERRORTOKEN; pyjit had kept it
// per string.
#[test]
fn needcont_outlives_errortoken() {
    let got = file(
        b"x = 'a\x5c\x0ab\x0ay = \x22\x22\x22c\x0ad\x0az = 1\x0a",
        false,
    );
    let want = (
        "0,0-0,0:            ENCODING       'utf-8'        \n1,0-1,1:            NAME           'x'            \n1,2-1,3:            OP             '='            \n1,4-2,2:            ERRORTOKEN     \"'a\\\\\\nb\\n\"    \n3,0-3,1:            NAME           'y'            \n3,2-3,3:            OP             '='            \n3,4-4,2:            ERRORTOKEN     '\"\"\"c\\nd\\n'    \n5,0-5,1:            NAME           'z'            \n5,2-5,3:            OP             '='            \n5,4-5,5:            NUMBER         '1'            \n5,5-5,6:            NEWLINE        '\\n'           \n6,0-6,0:            ENDMARKER      ''             \n",
        "",
        0,
    );
    assert_eq!((got.0.as_str(), got.1.as_str(), got.2), want);
}
