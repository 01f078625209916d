//! Tests of the lexer against CPython 3.11.7. Token expectations come from
//! `tokenize._generate_tokens_from_c_tokenizer(src)` (CPython's C tokenizer; it gives INDENT and
//! DEDENT column -1 and no ENDMARKER); error expectations from `compile(open(F).read(), F,
//! 'exec')` on a file holding the text (end_offset -1/None shown as 0).

use super::{tokenize, tokenize_mode, LexOptions};
use crate::lexer::token::TokenKind;

/// Renders tokens as "TYPE string l,c-l,c" like the CPython reference.
fn render(src: &str, opts: &LexOptions) -> Vec<String> {
    let lexed = tokenize(src, opts);
    assert!(lexed.error.is_none(), "{:?}", lexed.error);
    lexed
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::EndMarker)
        .map(|t| {
            let text = src[t.start as usize..t.end as usize].replace("\r\n", "\n").replace('\r', "\n");
            let name = match t.kind {
                TokenKind::Async => "ASYNC",
                TokenKind::Await => "AWAIT",
                TokenKind::Op if text == "<>" => "NOTEQUAL",
                k if k.is_keyword() => "NAME",
                k => k.name(),
            };
            let esc = text.replace('\\', "\\\\").replace('\n', "\\n");
            if matches!(t.kind, TokenKind::Indent | TokenKind::Dedent) {
                format!("{} {} {},-1-{},-1", name, "", t.lineno, t.end_lineno)
            } else {
                format!("{} {} {},{}-{},{}", name, esc, t.lineno, t.col, t.end_lineno, t.end_col)
            }
        })
        .collect()
}

fn check_tokens(src: &str, expected: &[&str]) {
    let got = render(src, &LexOptions::default());
    assert_eq!(got, expected, "tokens of {:?}", src);
}

#[allow(clippy::type_complexity)]
fn check_errors(cases: &[(&str, &str, &str, u32, u32, u32, u32, &str)]) {
    for &(src, kind, msg, lineno, offset, end_lineno, end_offset, text) in cases {
        let lexed = tokenize(src, &LexOptions::default());
        let e = lexed.error.or(lexed.unclosed).unwrap_or_else(|| panic!("no error for {:?}", src));
        let got = (e.kind.name(), e.msg.as_str(), e.lineno, e.offset, e.end_lineno, e.end_offset, e.text.as_deref().unwrap_or(""));
        assert_eq!(got, (kind, msg, lineno, offset, end_lineno, end_offset, text), "error for {:?}", src);
    }
}

mod tokens {
    use super::check_tokens;

    #[test]
    fn tokens_simple() {
        check_tokens(
            "x = 1\n",
            &[
                "NAME x 1,0-1,1",
                "EQUAL = 1,2-1,3",
                "NUMBER 1 1,4-1,5",
                "NEWLINE  1,5-1,5",
            ],
        );
    }

    #[test]
    fn tokens_no_trailing_newline() {
        check_tokens(
            "x",
            &[
                "NAME x 1,0-1,1",
                "NEWLINE  1,1-1,1",
            ],
        );
    }

    #[test]
    fn tokens_indent_dedent() {
        check_tokens(
            "if x:\n  y = (1,\n 2)  # c\n\n# foo\n  z\nw\n",
            &[
                "NAME if 1,0-1,2",
                "NAME x 1,3-1,4",
                "COLON : 1,4-1,5",
                "NEWLINE  1,5-1,5",
                "INDENT  2,-1-2,-1",
                "NAME y 2,2-2,3",
                "EQUAL = 2,4-2,5",
                "LPAR ( 2,6-2,7",
                "NUMBER 1 2,7-2,8",
                "COMMA , 2,8-2,9",
                "NUMBER 2 3,1-3,2",
                "RPAR ) 3,2-3,3",
                "NEWLINE # c 3,5-3,8",
                "NAME z 6,2-6,3",
                "NEWLINE  6,3-6,3",
                "DEDENT  7,-1-7,-1",
                "NAME w 7,0-7,1",
                "NEWLINE  7,1-7,1",
            ],
        );
    }

    #[test]
    fn tokens_dedent_at_eof() {
        check_tokens(
            "def f():\n    if x:\n        pass",
            &[
                "NAME def 1,0-1,3",
                "NAME f 1,4-1,5",
                "LPAR ( 1,5-1,6",
                "RPAR ) 1,6-1,7",
                "COLON : 1,7-1,8",
                "NEWLINE  1,8-1,8",
                "INDENT  2,-1-2,-1",
                "NAME if 2,4-2,6",
                "NAME x 2,7-2,8",
                "COLON : 2,8-2,9",
                "NEWLINE  2,9-2,9",
                "INDENT  3,-1-3,-1",
                "NAME pass 3,8-3,12",
                "NEWLINE  3,12-3,12",
                "DEDENT  3,-1-3,-1",
                "DEDENT  3,-1-3,-1",
            ],
        );
    }

    #[test]
    fn tokens_tabs() {
        check_tokens(
            "if x:\n\tif y:\n\t\tpass\n\tz\n",
            &[
                "NAME if 1,0-1,2",
                "NAME x 1,3-1,4",
                "COLON : 1,4-1,5",
                "NEWLINE  1,5-1,5",
                "INDENT  2,-1-2,-1",
                "NAME if 2,1-2,3",
                "NAME y 2,4-2,5",
                "COLON : 2,5-2,6",
                "NEWLINE  2,6-2,6",
                "INDENT  3,-1-3,-1",
                "NAME pass 3,2-3,6",
                "NEWLINE  3,6-3,6",
                "DEDENT  4,-1-4,-1",
                "NAME z 4,1-4,2",
                "NEWLINE  4,2-4,2",
                "DEDENT  4,-1-4,-1",
            ],
        );
    }

    #[test]
    fn tokens_multiline_string() {
        check_tokens(
            "s = \"\"\"a\nb\"\"\" + 1\n",
            &[
                "NAME s 1,0-1,1",
                "EQUAL = 1,2-1,3",
                "STRING \"\"\"a\\nb\"\"\" 1,4-2,4",
                "PLUS + 2,5-2,6",
                "NUMBER 1 2,7-2,8",
                "NEWLINE  2,8-2,8",
            ],
        );
    }

    #[test]
    fn tokens_string_prefixes() {
        check_tokens(
            "a = rb'x' + BR\"y\" + f'{x}' + Rf'z' + u'w' + b'\\''\n",
            &[
                "NAME a 1,0-1,1",
                "EQUAL = 1,2-1,3",
                "STRING rb'x' 1,4-1,9",
                "PLUS + 1,10-1,11",
                "STRING BR\"y\" 1,12-1,17",
                "PLUS + 1,18-1,19",
                "STRING f'{x}' 1,20-1,26",
                "PLUS + 1,27-1,28",
                "STRING Rf'z' 1,29-1,34",
                "PLUS + 1,35-1,36",
                "STRING u'w' 1,37-1,41",
                "PLUS + 1,42-1,43",
                "STRING b'\\\\'' 1,44-1,49",
                "NEWLINE  1,49-1,49",
            ],
        );
    }

    #[test]
    fn tokens_continuation() {
        check_tokens(
            "x = 1 + \\\n    2\nif a and \\\n  b:\n  pass\n",
            &[
                "NAME x 1,0-1,1",
                "EQUAL = 1,2-1,3",
                "NUMBER 1 1,4-1,5",
                "PLUS + 1,6-1,7",
                "NUMBER 2 2,4-2,5",
                "NEWLINE  2,5-2,5",
                "NAME if 3,0-3,2",
                "NAME a 3,3-3,4",
                "NAME and 3,5-3,8",
                "NAME b 4,2-4,3",
                "COLON : 4,3-4,4",
                "NEWLINE  4,4-4,4",
                "INDENT  5,-1-5,-1",
                "NAME pass 5,2-5,6",
                "NEWLINE  5,6-5,6",
                "DEDENT  5,-1-5,-1",
            ],
        );
    }

    #[test]
    fn tokens_operators() {
        check_tokens(
            "a -> b := c ... d ** e **= f // g //= h << i <<= j >> k >>= l != m @= n == o\n",
            &[
                "NAME a 1,0-1,1",
                "RARROW -> 1,2-1,4",
                "NAME b 1,5-1,6",
                "COLONEQUAL := 1,7-1,9",
                "NAME c 1,10-1,11",
                "ELLIPSIS ... 1,12-1,15",
                "NAME d 1,16-1,17",
                "DOUBLESTAR ** 1,18-1,20",
                "NAME e 1,21-1,22",
                "DOUBLESTAREQUAL **= 1,23-1,26",
                "NAME f 1,27-1,28",
                "DOUBLESLASH // 1,29-1,31",
                "NAME g 1,32-1,33",
                "DOUBLESLASHEQUAL //= 1,34-1,37",
                "NAME h 1,38-1,39",
                "LEFTSHIFT << 1,40-1,42",
                "NAME i 1,43-1,44",
                "LEFTSHIFTEQUAL <<= 1,45-1,48",
                "NAME j 1,49-1,50",
                "RIGHTSHIFT >> 1,51-1,53",
                "NAME k 1,54-1,55",
                "RIGHTSHIFTEQUAL >>= 1,56-1,59",
                "NAME l 1,60-1,61",
                "NOTEQUAL != 1,62-1,64",
                "NAME m 1,65-1,66",
                "ATEQUAL @= 1,67-1,69",
                "NAME n 1,70-1,71",
                "EQEQUAL == 1,72-1,74",
                "NAME o 1,75-1,76",
                "NEWLINE  1,76-1,76",
            ],
        );
    }

    #[test]
    fn tokens_numbers() {
        check_tokens(
            "a = 0x_1f + 0o17 + 0b1_0 + 1_000.5e-3j + .5 + 5. + 0 + 00 + 0.0 + 1e5 + 1J + 0_0\n",
            &[
                "NAME a 1,0-1,1",
                "EQUAL = 1,2-1,3",
                "NUMBER 0x_1f 1,4-1,9",
                "PLUS + 1,10-1,11",
                "NUMBER 0o17 1,12-1,16",
                "PLUS + 1,17-1,18",
                "NUMBER 0b1_0 1,19-1,24",
                "PLUS + 1,25-1,26",
                "NUMBER 1_000.5e-3j 1,27-1,38",
                "PLUS + 1,39-1,40",
                "NUMBER .5 1,41-1,43",
                "PLUS + 1,44-1,45",
                "NUMBER 5. 1,46-1,48",
                "PLUS + 1,49-1,50",
                "NUMBER 0 1,51-1,52",
                "PLUS + 1,53-1,54",
                "NUMBER 00 1,55-1,57",
                "PLUS + 1,58-1,59",
                "NUMBER 0.0 1,60-1,63",
                "PLUS + 1,64-1,65",
                "NUMBER 1e5 1,66-1,69",
                "PLUS + 1,70-1,71",
                "NUMBER 1J 1,72-1,74",
                "PLUS + 1,75-1,76",
                "NUMBER 0_0 1,77-1,80",
                "NEWLINE  1,80-1,80",
            ],
        );
    }

    #[test]
    fn tokens_number_keyword() {
        check_tokens(
            "x = 1if y else 0x1for\n",
            &[
                "NAME x 1,0-1,1",
                "EQUAL = 1,2-1,3",
                "NUMBER 1 1,4-1,5",
                "NAME if 1,5-1,7",
                "NAME y 1,8-1,9",
                "NAME else 1,10-1,14",
                "NUMBER 0x1f 1,15-1,19",
                "NAME or 1,19-1,21",
                "NEWLINE  1,21-1,21",
            ],
        );
    }

    #[test]
    fn tokens_keywords() {
        check_tokens(
            "async def f(): await x; match = 1; None\n",
            &[
                "ASYNC async 1,0-1,5",
                "NAME def 1,6-1,9",
                "NAME f 1,10-1,11",
                "LPAR ( 1,11-1,12",
                "RPAR ) 1,12-1,13",
                "COLON : 1,13-1,14",
                "AWAIT await 1,15-1,20",
                "NAME x 1,21-1,22",
                "SEMI ; 1,22-1,23",
                "NAME match 1,24-1,29",
                "EQUAL = 1,30-1,31",
                "NUMBER 1 1,32-1,33",
                "SEMI ; 1,33-1,34",
                "NAME None 1,35-1,39",
                "NEWLINE  1,39-1,39",
            ],
        );
    }

    #[test]
    fn tokens_unicode_names() {
        check_tokens(
            "é = ℕ + aé·\n",
            &[
                "NAME é 1,0-1,2",
                "EQUAL = 1,3-1,4",
                "NAME ℕ 1,5-1,8",
                "PLUS + 1,9-1,10",
                "NAME aé· 1,11-1,16",
                "NEWLINE  1,16-1,16",
            ],
        );
    }

    #[test]
    fn tokens_crlf() {
        check_tokens(
            "x = 1\r\nif x:\r\n  y = \"\"\"a\r\nb\"\"\"\r\n",
            &[
                "NAME x 1,0-1,1",
                "EQUAL = 1,2-1,3",
                "NUMBER 1 1,4-1,5",
                "NEWLINE  1,5-1,5",
                "NAME if 2,0-2,2",
                "NAME x 2,3-2,4",
                "COLON : 2,4-2,5",
                "NEWLINE  2,5-2,5",
                "INDENT  3,-1-3,-1",
                "NAME y 3,2-3,3",
                "EQUAL = 3,4-3,5",
                "STRING \"\"\"a\\nb\"\"\" 3,6-4,4",
                "NEWLINE  4,4-4,4",
                "DEDENT  5,-1-5,-1",
            ],
        );
    }

    #[test]
    fn tokens_formfeed() {
        check_tokens(
            "\u{c}x = 1\nif 1:\n  \u{c}  y\n",
            &[
                "NAME x 1,1-1,2",
                "EQUAL = 1,3-1,4",
                "NUMBER 1 1,5-1,6",
                "NEWLINE  1,6-1,6",
                "NAME if 2,0-2,2",
                "NUMBER 1 2,3-2,4",
                "COLON : 2,4-2,5",
                "NEWLINE  2,5-2,5",
                "INDENT  3,-1-3,-1",
                "NAME y 3,5-3,6",
                "NEWLINE  3,6-3,6",
                "DEDENT  3,-1-3,-1",
            ],
        );
    }

    #[test]
    fn tokens_backslash_indent() {
        check_tokens(
            "if 1:\n  \\\n    x = 1\n",
            &[
                "NAME if 1,0-1,2",
                "NUMBER 1 1,3-1,4",
                "COLON : 1,4-1,5",
                "NEWLINE  1,5-1,5",
                "INDENT  3,-1-3,-1",
                "NAME x 3,4-3,5",
                "EQUAL = 3,6-3,7",
                "NUMBER 1 3,8-3,9",
                "NEWLINE  3,9-3,9",
                "DEDENT  3,-1-3,-1",
            ],
        );
    }

    #[test]
    fn tokens_comment_newline() {
        check_tokens(
            "x = 1  # comment\ny\n",
            &[
                "NAME x 1,0-1,1",
                "EQUAL = 1,2-1,3",
                "NUMBER 1 1,4-1,5",
                "NEWLINE # comment 1,7-1,16",
                "NAME y 2,0-2,1",
                "NEWLINE  2,1-2,1",
            ],
        );
    }

    #[test]
    fn tokens_empty() {
        check_tokens(
            "",
            &[
            ],
        );
    }

    #[test]
    fn tokens_only_comments() {
        check_tokens(
            "# a\n   # b\n\n",
            &[
            ],
        );
    }

    #[test]
    fn tokens_stray_chars() {
        check_tokens(
            "a $ b ? c ! d <> e\n",
            &[
                "NAME a 1,0-1,1",
                "OP $ 1,2-1,3",
                "NAME b 1,4-1,5",
                "OP ? 1,6-1,7",
                "NAME c 1,8-1,9",
                "OP ! 1,10-1,11",
                "NAME d 1,12-1,13",
                "NOTEQUAL <> 1,14-1,16",
                "NAME e 1,17-1,18",
                "NEWLINE  1,18-1,18",
            ],
        );
    }

    #[test]
    fn tokens_dots() {
        check_tokens(
            "a..b ... .5.x\n",
            &[
                "NAME a 1,0-1,1",
                "DOT . 1,1-1,2",
                "DOT . 1,2-1,3",
                "NAME b 1,3-1,4",
                "ELLIPSIS ... 1,5-1,8",
                "NUMBER .5 1,9-1,11",
                "DOT . 1,11-1,12",
                "NAME x 1,12-1,13",
                "NEWLINE  1,13-1,13",
            ],
        );
    }

}

#[test]
fn errors_match_cpython() {
    check_errors(&[
        ("if x:\n    y\n  z\n", "IndentationError", "unindent does not match any outer indentation level", 3, 4, 3, 0, "  z\n"),
        ("if x:\n\ty\n        z\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        z\n"),
        ("if x:\n        y\n\tz\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tz\n"),
        ("x = 1 \\ y\n", "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0, "x = 1 \\ y\n"),
        ("x = 1 \\", "SyntaxError", "unexpected EOF while parsing", 1, 8, 1, 0, "x = 1 \\"),
        ("(1,\n 2\n", "SyntaxError", "'(' was never closed", 1, 1, 1, 0, "(1,\n"),
        ("x = f(1 ", "SyntaxError", "'(' was never closed", 1, 6, 1, 0, "x = f(1 "),
        ("x = f(1 \n", "SyntaxError", "'(' was never closed", 1, 6, 1, 0, "x = f(1 \n"),
        ("a = (1 ]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 8, 1, 8, "a = (1 ]"),
        ("a = (1,\n2]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 2, 2, 2, "2]"),
        (")", "SyntaxError", "unmatched ')'", 1, 1, 1, 1, ")"),
        ("1abc", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1, "1abc"),
        ("0x", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2, "0x"),
        ("0o8", "SyntaxError", "invalid digit '8' in octal literal", 1, 3, 1, 3, "0o8"),
        ("0b2", "SyntaxError", "invalid digit '2' in binary literal", 1, 3, 1, 3, "0b2"),
        ("012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 2, "012"),
        ("1_", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "1_"),
        ("1e", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1, "1e"),
        ("1ex", "SyntaxError", "invalid decimal literal", 1, 1, 1, 1, "1ex"),
        ("1j2", "SyntaxError", "invalid imaginary literal", 1, 2, 1, 2, "1j2"),
        ("x = 'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = 'abc"),
        ("x = \"\"\"abc\n\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "x = \"\"\"abc"),
        ("a€b = 1", "SyntaxError", "invalid character '€' (U+20AC)", 1, 2, 1, 2, "a€b = 1"),
        ("a\u{a0}b", "SyntaxError", "invalid non-printable character U+00A0", 1, 2, 1, 2, "a\u{a0}b"),
        ("\u{1}", "SyntaxError", "invalid non-printable character U+0001", 1, 1, 1, 1, "\u{1}"),
        ("€", "SyntaxError", "invalid character '€' (U+20AC)", 1, 1, 1, 1, "€"),
        ("a\\\n", "SyntaxError", "unexpected EOF while parsing", 1, 3, 1, 0, "a\\\n"),
        ("if 1:\n  \\\n", "SyntaxError", "unexpected EOF while parsing", 2, 4, 2, 0, "  \\\n"),
        ("0_", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "0_"),
        ("0_x", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "0_x"),
        ("0x_", "SyntaxError", "invalid hexadecimal literal", 1, 3, 1, 3, "0x_"),
        ("0x1_", "SyntaxError", "invalid hexadecimal literal", 1, 4, 1, 4, "0x1_"),
        ("0xg", "SyntaxError", "invalid hexadecimal literal", 1, 2, 1, 2, "0xg"),
        ("0o", "SyntaxError", "invalid octal literal", 1, 2, 1, 2, "0o"),
        ("0o_8", "SyntaxError", "invalid digit '8' in octal literal", 1, 4, 1, 4, "0o_8"),
        ("0o1_9", "SyntaxError", "invalid digit '9' in octal literal", 1, 5, 1, 5, "0o1_9"),
        ("0b", "SyntaxError", "invalid binary literal", 1, 2, 1, 2, "0b"),
        ("0b1_2", "SyntaxError", "invalid digit '2' in binary literal", 1, 5, 1, 5, "0b1_2"),
        ("0b13", "SyntaxError", "invalid digit '3' in binary literal", 1, 4, 1, 4, "0b13"),
        ("1.5e+", "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "1.5e+"),
        ("1.5ex", "SyntaxError", "invalid decimal literal", 1, 3, 1, 3, "1.5ex"),
        ("1.5j_", "SyntaxError", "invalid imaginary literal", 1, 4, 1, 4, "1.5j_"),
        ("00012", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 4, "00012"),
        ("0_0_1", "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 1, 1, 5, "0_0_1"),
        ("000_", "SyntaxError", "invalid decimal literal", 1, 4, 1, 4, "000_"),
        ("1__0", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2, "1__0"),
        ("1.e5x", "SyntaxError", "invalid decimal literal", 1, 4, 1, 4, "1.e5x"),
        (".5_", "SyntaxError", "invalid decimal literal", 1, 3, 1, 3, ".5_"),
        (".5e", "SyntaxError", "invalid decimal literal", 1, 2, 1, 2, ".5e"),
        ("1e1x", "SyntaxError", "invalid decimal literal", 1, 3, 1, 3, "1e1x"),
        ("1e1_", "SyntaxError", "invalid decimal literal", 1, 4, 1, 4, "1e1_"),
        ("1jx", "SyntaxError", "invalid imaginary literal", 1, 2, 1, 2, "1jx"),
        ("x = [\n1,\n2\n", "SyntaxError", "'[' was never closed", 1, 5, 1, 0, "x = [\n"),
        ("x = {\n", "SyntaxError", "'{' was never closed", 1, 5, 1, 0, "x = {\n"),
        ("f(\n  a,\n  b\n", "SyntaxError", "'(' was never closed", 1, 2, 1, 0, "f(\n"),
        ("x = (1,\n  [2, 3\n)\n", "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '[' on line 2", 3, 1, 3, 1, ")"),
        ("x = \"abc\\\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"abc\\"),
        ("x = '''\nabc\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5, "x = '''"),
        ("b\"\"\"abc", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 1, 1, 1, "b\"\"\"abc"),
        ("x = é€\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 6, 1, 6, "x = é€"),
        ("x = aé€b\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 7, 1, 7, "x = aé€b"),
        ("é€ = 1", "SyntaxError", "invalid character '€' (U+20AC)", 1, 2, 1, 2, "é€ = 1"),
        ("x = \"é\" + 1€\n", "SyntaxError", "invalid character '€' (U+20AC)", 1, 12, 1, 12, "x = \"é\" + 1€"),
        ("x = ( é \\ q )\n", "SyntaxError", "unexpected character after line continuation character", 1, 10, 1, 0, "x = ( é \\ q )\n"),
        ("s = \"é\"; a = (1 ]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 17, 1, 17, "s = \"é\"; a = (1 ]"),
        ("é = (1,\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0, "é = (1,\n"),
        ("if 1:\n\tpass\n        pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "        pass\n"),
        ("if 1:\n        pass\n\tpass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\tpass\n"),
        ("if 1:\n  \tpass\n\t  pass\n", "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0, "\t  pass\n"),
        ("x\u{b}= 1\n", "SyntaxError", "invalid non-printable character U+000B", 1, 2, 1, 2, "x\u{b}= 1"),
        ("\u{7f}", "SyntaxError", "invalid non-printable character U+007F", 1, 1, 1, 1, "\u{7f}"),
        ("x = \u{1b}\n", "SyntaxError", "invalid non-printable character U+001B", 1, 5, 1, 5, "x = \u{1b}"),
        ("def f():\n  \\x\n", "SyntaxError", "unexpected character after line continuation character", 2, 4, 2, 0, "  \\x\n"),
        ("a = ((((\n", "SyntaxError", "'(' was never closed", 1, 8, 1, 0, "a = ((((\n"),
        ("x = \"\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \""),
        ("f'abc\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1, "f'abc"),
        ("rb'\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 1, 1, 1, "rb'"),
        ("x = \"\"\"\n", "SyntaxError", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 1, 5, "x = \"\"\""),
        ("x = 1\n  \\\n", "SyntaxError", "unexpected EOF while parsing", 2, 4, 2, 0, "  \\\n"),
        ("(\\\n", "SyntaxError", "'(' was never closed", 1, 1, 1, 0, "(\\\n"),
        ("x = (\\", "SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = (\\"),
        ("]\n", "SyntaxError", "unmatched ']'", 1, 1, 1, 1, "]"),
        ("x = }\n", "SyntaxError", "unmatched '}'", 1, 5, 1, 5, "x = }"),
        ("class A:\n     def f(): pass\n   x\n", "IndentationError", "unindent does not match any outer indentation level", 3, 5, 3, 0, "   x\n"),
        ("x = 1\n)\n", "SyntaxError", "unmatched ')'", 2, 1, 2, 1, ")"),
        ("z = \"abc\" \"def\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 11, 1, 11, "z = \"abc\" \"def"),
        ("x = ((1),\n (2]\n", "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 2, 4, 2, 4, " (2]"),
        ("\u{200b}x = 1\n", "SyntaxError", "invalid non-printable character U+200B", 1, 1, 1, 1, "\u{200b}x = 1"),
        ("x = ·b\n", "SyntaxError", "invalid character '·' (U+00B7)", 1, 5, 1, 5, "x = ·b"),
        ("x = 1\u{2028} + 2\n", "SyntaxError", "invalid non-printable character U+2028", 1, 6, 1, 6, "x = 1\u{2028} + 2"),
        ("x = \"\u{2028}\n", "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"\u{2028}"),
        ("x = ❤\n", "SyntaxError", "invalid character '❤' (U+2764)", 1, 5, 1, 5, "x = ❤"),
        ("x = a😀\n", "SyntaxError", "invalid character '😀' (U+1F600)", 1, 6, 1, 6, "x = a😀"),
        ("x = \"\"\"a\nb\"\"\" \\ 4\n", "SyntaxError", "unexpected character after line continuation character", 2, 10, 2, 0, "b\"\"\" \\ 4\n"),
        ("x = 1 + \\\n  2 \\ 3\n", "SyntaxError", "unexpected character after line continuation character", 2, 9, 2, 0, "  2 \\ 3\n"),
        ("x = \"\"\"é\nb\"\"\" \\ 4\n", "SyntaxError", "unexpected character after line continuation character", 2, 10, 2, 0, "b\"\"\" \\ 4\n"),
        ("é = 1 + \\\n  2 \\ 3\n", "SyntaxError", "unexpected character after line continuation character", 2, 9, 2, 0, "  2 \\ 3\n"),

    ]);
}

#[test]
fn too_many_nested_parentheses() {
    // python3: compile('(' * 201 + '\n', ...) -> "too many nested parentheses", 1, 201, 1, 201.
    let src = "(".repeat(201) + "\n";
    let e = tokenize(&src, &LexOptions::default()).error.expect("error");
    assert_eq!((e.msg.as_str(), e.lineno, e.offset, e.end_offset), ("too many nested parentheses", 1, 201, 201));
    let ok = "(".repeat(200) + &")".repeat(200) + "\n";
    assert!(tokenize(&ok, &LexOptions::default()).error.is_none());
}

#[test]
fn too_many_indentation_levels() {
    // python3: 100 nested `if 1:` blocks then a deeper line -> IndentationError
    // "too many levels of indentation" at line 101, offset 1; 99 levels compile.
    let deep = |n: usize| (0..n).map(|i| " ".repeat(i) + "if 1:\n").collect::<String>() + &" ".repeat(n) + "x\n";
    let lexed = tokenize(&deep(100), &LexOptions::default());
    let e = lexed.error.expect("error");
    assert!(lexed.error_on_reach);
    assert_eq!((e.kind.name(), e.msg.as_str(), e.lineno, e.offset), ("IndentationError", "too many levels of indentation", 101, 1));
    assert!(tokenize(&deep(99), &LexOptions::default()).error.is_none());
}

#[test]
fn eval_input_has_no_final_newline() {
    // CPython tokenizes eval-mode text without supplying a newline: NAME PLUS NAME ENDMARKER.
    let lexed = tokenize_mode("a + b", &LexOptions::default(), false);
    let kinds: Vec<_> = lexed.tokens.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [TokenKind::Name, TokenKind::Plus, TokenKind::Name, TokenKind::EndMarker]);
}

#[test]
fn start_line_and_col_shift_first_line_only() {
    // As CPython's starting_lineno/starting_col_offset for f-string expressions.
    let opts = LexOptions { start_line: 5, start_col: 10, ..LexOptions::default() };
    let lexed = tokenize("(a +\n b)", &opts);
    let t: Vec<_> = lexed.tokens.iter().map(|t| (t.lineno, t.col, t.end_lineno, t.end_col)).collect();
    assert_eq!(t[1], (5, 11, 5, 12)); // a
    assert_eq!(t[3], (6, 1, 6, 2)); // b
}

#[test]
fn type_comments() {
    // python3: ast.parse(src[:3 lines], type_comments=True) gives type_comment='int  ' (not
    // stripped) and TypeIgnore tags '[a]  ' (line 2) and '' (line 3); a type comment alone on a line
    // ("# type: ignored") is a TYPE_COMMENT then NEWLINE, which the parser rejects at 2,9.
    let opts = LexOptions { type_comments: true, ..LexOptions::default() };
    let src = "x = 1  # type: int  \ny = 2 #type:ignore[a]  \n#   type:   ignore\n# type: ignored\n";
    let lexed = tokenize(src, &opts);
    let got: Vec<_> = lexed
        .tokens
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::TypeComment | TokenKind::TypeIgnore | TokenKind::Newline))
        .map(|t| (t.kind.name(), &src[t.start as usize..t.end as usize], t.lineno))
        .collect();
    assert_eq!(
        got,
        [
            ("TYPE_COMMENT", "int  ", 1),
            ("NEWLINE", "", 1),
            ("TYPE_IGNORE", "[a]  ", 2),
            ("NEWLINE", "", 2),
            ("TYPE_IGNORE", "", 3),
            ("TYPE_COMMENT", "ignored", 4),
            ("NEWLINE", "", 4),
        ]
    );
}

#[test]
fn crlf_ranges_index_the_original_text() {
    let src = "x = 1\r\ny = 'a'\r\n";
    let lexed = tokenize(src, &LexOptions::default());
    let y = lexed.tokens.iter().find(|t| t.lineno == 2).expect("y");
    assert_eq!(&src[y.start as usize..y.end as usize], "y");
    let s = lexed.tokens.iter().find(|t| t.kind == TokenKind::String).expect("string");
    assert_eq!(&src[s.start as usize..s.end as usize], "'a'");
}

#[test]
fn final_cr_and_crlf_lines() {
    // python3: the C tokenizer puts the final DEDENT of "if x:\r\n  y\r\n" on line 3 (a text
    // ending in \r\n gets an extra empty line), of "if x:\r  y\r" on line 2.
    let last_line = |src: &str| tokenize(src, &LexOptions::default()).tokens.last().map(|t| t.lineno);
    assert_eq!(last_line("if x:\r\n  y\r\n"), Some(3));
    assert_eq!(last_line("if x:\r  y\r"), Some(2));
    assert_eq!(last_line("if x:\n  y\n"), Some(2));
}

#[test]
fn identifiers_use_unicode_14() {
    // python3 3.11.7: 'a\u0897' and '\u0558' are not identifiers (Unicode 14), 'ℕ' and 'a·' are;
    // compile('x = \u0558\n') says "invalid non-printable character U+0558" (unassigned in 14).
    use crate::unicode14::{is_id_continue, is_id_start};
    assert!(!is_id_continue('\u{897}'));
    assert!(!is_id_start('\u{558}'));
    assert!(is_id_start('ℕ') && is_id_start('é') && is_id_start('_'));
    assert!(is_id_continue('·') && !is_id_start('·'));
    let e = tokenize("x = \u{558}\n", &LexOptions::default()).error.expect("error");
    assert_eq!(e.msg, "invalid non-printable character U+0558");
}

#[test]
fn long_line_error_text_is_last_piece() {
    // python3: ast.parse of a file with 'x = (' + 'a, ' * 600 + '\n' -> "'(' was never closed",
    // offset 5, text = the last 807 bytes of the line (CPython reads it back in 999-byte pieces).
    let src = "x = (".to_string() + &"a, ".repeat(600) + "\n";
    let e = tokenize(&src, &LexOptions::default()).unclosed.expect("unclosed");
    let text = e.text.expect("text");
    assert_eq!((e.offset, text.len()), (5, 807));
    assert!(text.starts_with(", a, a") && text.ends_with("a, \n"));
}

#[test]
fn flagged_error_inside_brackets_also_gives_unclosed() {
    // python3: compile('x = (\n1 2\n  3 \\ 4)\n') -> "'(' was never closed" at 1:5 (the parser
    // error on line 2 is replaced when the rest of the file is checked), while
    // compile('x = (\n1 +\n  3 \\ 4)\n') -> "unexpected character after line continuation
    // character" at 3:6.
    let lexed = tokenize("x = (\n1 +\n  3 \\ 4)\n", &LexOptions::default());
    assert!(lexed.error_on_reach);
    let e = lexed.error.expect("error");
    assert_eq!((e.msg.as_str(), e.lineno, e.offset), ("unexpected character after line continuation character", 3, 6));
    let u = lexed.unclosed.expect("unclosed");
    assert_eq!((u.msg.as_str(), u.lineno, u.offset), ("'(' was never closed", 1, 5));
}

#[test]
fn type_comment_variants() {
    // python3: ast.parse('x = 1  ' + comment + '\n', type_comments=True) gives these
    // type_ignores tags / type_comment strings (None: an ordinary comment).
    let cases: &[(&str, Option<(&str, &str)>)] = &[
        ("#type:int", Some(("TYPE_COMMENT", "int"))),
        ("#  type:  int", Some(("TYPE_COMMENT", "int"))),
        ("# type:ignore", Some(("TYPE_IGNORE", ""))),
        ("# type: ignore[x]", Some(("TYPE_IGNORE", "[x]"))),
        ("# type: ignored", Some(("TYPE_COMMENT", "ignored"))),
        ("# type: ignore # other", Some(("TYPE_IGNORE", " # other"))),
        ("# type: ignoreé", Some(("TYPE_COMMENT", "ignoreé"))),
        ("# type:\tint", Some(("TYPE_COMMENT", "int"))),
        ("#\ttype: x", Some(("TYPE_COMMENT", "x"))),
        ("# Type: int", None),
        ("# type : int", None),
        ("# type: ignore1", Some(("TYPE_COMMENT", "ignore1"))),
        ("# type:ignore-x", Some(("TYPE_IGNORE", "-x"))),
        ("#type:", Some(("TYPE_COMMENT", ""))),
        ("# type: int # type: ignore", Some(("TYPE_COMMENT", "int # type: ignore"))),
    ];
    let opts = LexOptions { type_comments: true, ..LexOptions::default() };
    for &(comment, expect) in cases {
        let src = format!("x = 1  {}\n", comment);
        let lexed = tokenize(&src, &opts);
        let got = lexed
            .tokens
            .iter()
            .find(|t| matches!(t.kind, TokenKind::TypeComment | TokenKind::TypeIgnore))
            .map(|t| (t.kind.name(), &src[t.start as usize..t.end as usize]));
        assert_eq!(got, expect, "comment {:?}", comment);
    }
}

#[test]
fn keyword_bytes_agrees_with_token_kind_keyword() {
    // The 35 hard keywords of CPython 3.11 (`keyword.kwlist`), plus near misses.
    let words = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match", "case", "_",
        "Else", "classy", "x", "", "a", "i", "fo", "ass", "nonlocals", "Falsey", "yields", "wit",
    ];
    for w in words {
        assert_eq!(super::scan::keyword_bytes(w.as_bytes()), TokenKind::keyword(w), "{w}");
    }
}
