//! Printing a SyntaxError the way CPython 3.11 prints one for a script (its `print_exception`
//! and `print_error_text` in Python/pythonrun.c): the `File` line, the source line with its
//! leading whitespace stripped, the caret line, then `Kind: msg`.
//!
//! CPython does this arithmetic on the UTF-8 text while the offsets count characters, and this
//! module keeps that mixture on purpose (it shows in the caret count of multi-line errors on
//! non-ASCII lines), so the output is byte-identical.

use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// The text CPython writes to stderr for an uncaught `e` raised while compiling `filename`.
///
/// `lineno == 0` stands for CPython's errors that carry no position (source decoding: "Non-UTF-8
/// code starting with ...", "encoding problem: ..."): CPython cannot read their location
/// and prints the `Kind: msg` line alone.
pub fn render(e: &SyntaxError, filename: &str) -> String {
    let mut out = String::new();
    if e.lineno != 0 {
        out = format!("  File \"{filename}\", line {}\n", e.lineno);
        if let Some(text) = &e.text {
            push_error_text(&mut out, e, text);
        }
    }
    out.push_str(e.kind.name());
    if !e.msg.is_empty() {
        out.push_str(": ");
        out.push_str(&e.msg);
    }
    out.push('\n');
    out
}

/// The source line and caret line. Offsets are CPython's: 1-based, -1 for None (our 0).
fn push_error_text(out: &mut String, e: &SyntaxError, text: &str) {
    let known = |v: u32| if v == 0 { -1 } else { i64::from(v) };
    let lineno = i64::from(e.lineno);
    let offset = known(e.offset);
    // Only SyntaxError itself has end positions; its subclasses get one caret.
    let (end_lineno, mut end_offset) = match e.kind {
        SyntaxErrorKind::SyntaxError => {
            (if e.end_lineno == 0 { lineno } else { i64::from(e.end_lineno) }, known(e.end_offset))
        }
        SyntaxErrorKind::IndentationError | SyntaxErrorKind::TabError | SyntaxErrorKind::MemoryError | SyntaxErrorKind::UnicodeDecodeError => (lineno, -1),
    };
    let line_size = text.len() as i64; // in bytes, as PyUnicode_AsUTF8AndSize counts
    if end_lineno > lineno {
        // Multi-line errors highlight to the end of the first line.
        end_offset = line_size;
    }
    if end_offset > line_size + 1 {
        end_offset = line_size + 1;
    }
    let carets = if end_offset > 0 && end_offset > offset { end_offset - offset } else { 1 };

    // The C code sees a NUL-terminated string: text past an embedded NUL is not printed.
    let bytes = text.as_bytes();
    let mut t = &bytes[..bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len())];
    let mut offset = offset - 1;
    while let [b' ' | b'\t' | b'\x0c', rest @ ..] = t {
        t = rest;
        offset -= 1;
    }
    let mut len = t.len() as i64;
    if t.last() == Some(&b'\n') {
        len -= 1;
    }
    offset = offset.min(len);
    // Skip whole lines of a multi-line text that end before the offset.
    while let Some(nl) = t.iter().position(|&b| b == b'\n') {
        let nl = nl as i64;
        if nl >= offset {
            break;
        }
        let skip = nl + 1;
        t = t.get(skip as usize..).unwrap_or(&[]);
        len -= skip;
        offset -= skip;
    }
    out.push_str("    ");
    out.push_str(&String::from_utf8_lossy(t));
    if usize::try_from(len).ok().and_then(|l| t.get(l)) != Some(&b'\n') {
        out.push('\n');
    }
    if offset < 0 {
        return; // the caret would point left of the printed text
    }
    out.push_str("    ");
    out.extend(std::iter::repeat(' ').take(offset as usize));
    out.extend(std::iter::repeat('^').take(carets.max(0) as usize));
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::render;
    use crate::syntax_error::SyntaxError;
    use crate::syntax_error::SyntaxErrorKind::{self, IndentationError, TabError};
    const SYNTAX: SyntaxErrorKind = SyntaxErrorKind::SyntaxError;

    /// Each row: kind, msg, lineno, offset, text, end_lineno, end_offset (0 = None), and what
    /// CPython 3.11.7 writes for it: the expected strings were made by python3 with
    /// `sys.excepthook(type(e), e, None)` on `Kind(msg, ("x.py", lineno, offset, text,
    /// end_lineno, end_offset))`, which goes through the same print_exception as a script's
    /// SyntaxError.
    type Case = (SyntaxErrorKind, &'static str, u32, u32, Option<&'static str>, u32, u32, &'static str);

    #[rustfmt::skip]
    const CASES: &[Case] = &[
        (SYNTAX, "invalid syntax", 1, 5, Some("foo bar baz\n"), 1, 8, "  File \"x.py\", line 1\n    foo bar baz\n        ^^^\nSyntaxError: invalid syntax\n"),
        (SYNTAX, "invalid syntax", 3, 9, Some("    if x y:\n"), 3, 10, "  File \"x.py\", line 3\n    if x y:\n        ^\nSyntaxError: invalid syntax\n"),
        (SYNTAX, "no text", 2, 3, None, 2, 4, "  File \"x.py\", line 2\nSyntaxError: no text\n"),
        (SYNTAX, "offset unknown", 1, 0, Some("abc def\n"), 0, 0, "  File \"x.py\", line 1\n    abc def\nSyntaxError: offset unknown\n"),
        (SYNTAX, "offset past end", 1, 10, Some("abc\n"), 1, 12, "  File \"x.py\", line 1\n    abc\n       ^\nSyntaxError: offset past end\n"),
        (SYNTAX, "'(' was never closed", 1, 5, Some("x = (1,\n"), 3, 2, "  File \"x.py\", line 1\n    x = (1,\n        ^^^\nSyntaxError: '(' was never closed\n"),
        (SYNTAX, "trailing whitespace", 1, 2, Some("a b   "), 1, 3, "  File \"x.py\", line 1\n    a b   \n     ^\nSyntaxError: trailing whitespace\n"),
        (SYNTAX, "trailing newline only", 1, 1, Some("\n"), 1, 2, "  File \"x.py\", line 1\n    \n    ^\nSyntaxError: trailing newline only\n"),
        (IndentationError, "unexpected indent", 2, 5, Some("    x = 1\n"), 2, 9, "  File \"x.py\", line 2\n    x = 1\n    ^\nIndentationError: unexpected indent\n"),
        (IndentationError, "unindent does not match any outer indentation level", 4, 7, Some("\t  y = 2\n"), 4, 7, "  File \"x.py\", line 4\n    y = 2\n       ^\nIndentationError: unindent does not match any outer indentation level\n"),
        (TabError, "inconsistent use of tabs and spaces in indentation", 3, 9, Some("\t       z\n"), 0, 0, "  File \"x.py\", line 3\n    z\n    ^\nTabError: inconsistent use of tabs and spaces in indentation\n"),
        (SYNTAX, "non-ascii", 1, 5, Some("é = 1 +\n"), 1, 8, "  File \"x.py\", line 1\n    é = 1 +\n        ^^^\nSyntaxError: non-ascii\n"),
        (SYNTAX, "non-ascii multi-line", 1, 3, Some("ééé = (1,\n"), 2, 1, "  File \"x.py\", line 1\n    ééé = (1,\n      ^^^^^^^^^^\nSyntaxError: non-ascii multi-line\n"),
        (SYNTAX, "embedded newline", 2, 6, Some("a = 1\nb = (\n"), 2, 7, "  File \"x.py\", line 2\n    a = 1\nb = (\n         ^\nSyntaxError: embedded newline\n"),
        (SYNTAX, "", 1, 1, Some("x\n"), 1, 2, "  File \"x.py\", line 1\n    x\n    ^\nSyntaxError\n"),
        (SYNTAX, "end past text", 1, 2, Some("ab\n"), 1, 40, "  File \"x.py\", line 1\n    ab\n     ^^\nSyntaxError: end past text\n"),
        (SYNTAX, "points left of text", 1, 2, Some("    x\n"), 1, 3, "  File \"x.py\", line 1\n    x\nSyntaxError: points left of text\n"),
        (SYNTAX, "form feed", 1, 3, Some("\x0c x y\n"), 1, 4, "  File \"x.py\", line 1\n    x y\n    ^\nSyntaxError: form feed\n"),
        (SYNTAX, "end before offset", 1, 4, Some("abcdef\n"), 1, 2, "  File \"x.py\", line 1\n    abcdef\n       ^\nSyntaxError: end before offset\n"),
        (SYNTAX, "nul in text", 1, 3, Some("ab\0cd\n"), 1, 4, "  File \"x.py\", line 1\n    ab\n      ^\nSyntaxError: nul in text\n"),
        (SYNTAX, "offset 1", 1, 1, Some("(\n"), 1, 2, "  File \"x.py\", line 1\n    (\n    ^\nSyntaxError: offset 1\n"),
        (SYNTAX, "tab inside", 1, 4, Some("a\tb c\n"), 1, 5, "  File \"x.py\", line 1\n    a\tb c\n       ^\nSyntaxError: tab inside\n"),
        (TabError, "tab error no offset", 1, 0, Some("x\n"), 0, 0, "  File \"x.py\", line 1\n    x\nTabError: tab error no offset\n"),
        // lineno 0: made from `SyntaxError(msg)` with no location, as CPython raises decoding errors.
        (SYNTAX, "encoding problem: nonexistent", 0, 0, None, 0, 0, "SyntaxError: encoding problem: nonexistent\n"),
        (SYNTAX, "no location but text", 0, 3, Some("abc\n"), 0, 0, "SyntaxError: no location but text\n"),
    ];

    #[test]
    fn matches_cpython() {
        for &(kind, msg, lineno, offset, text, end_lineno, end_offset, expected) in CASES {
            let e = SyntaxError {
                kind,
                msg: msg.to_string(),
                lineno,
                offset,
                end_lineno,
                end_offset,
                text: text.map(str::to_string),
            };
            assert_eq!(render(&e, "x.py"), expected, "for {e:?}");
        }
    }

    #[test]
    fn huge_offsets_do_not_panic() {
        let e = SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "m".into(),
            lineno: u32::MAX,
            offset: u32::MAX,
            end_lineno: u32::MAX,
            end_offset: u32::MAX,
            text: Some("\n\n\u{e9}\0\n".into()),
        };
        assert!(render(&e, "f").ends_with("SyntaxError: m\n"));
    }
}
