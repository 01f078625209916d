//! CPython 3.11's C tokenizer, as the parser sees it: the token stream and the tokenizer's
//! own errors (with CPython's messages and positions).
//!
//! - `state`: the tokenizer's cursor over lines (`tok_nextc`/`tok_backup`) and token emission.
//! - `scan`: `tok_get` — indentation, names, operators, brackets, comments, type comments.
//! - `number`, `string`, `ident`: numeric literals, string literals, non-ASCII identifiers.
//! - `error`: building CPython's SyntaxErrors (the tokenizer's and the parser's way).
//!
//! Errors: CPython's tokenizer raises some errors itself (`Lexed::error`, offsets in
//! characters, text without newline) and only flags others, which its parser then raises
//! (`Lexed::error_on_reach`: byte columns converted to characters on the line read back from
//! the file — or left in bytes, see `SourceInfo`).
//!
//! Strings: a STRING token's range may hold `\r\n` or `\r` from the source; CPython's string
//! parser sees `\n` there.
//!
//! Newlines: like CPython's `translate_newlines`, `\r\n` and lone `\r` are read as `\n`, and
//! file input (`exec_input`) gets a final `\n` when it lacks one. Token byte ranges still index
//! the caller's `src`; lines and columns are CPython's (columns never include a `\r`).
//!
//! INDENT, DEDENT and ENDMARKER have no position in CPython (column -1); here they carry the
//! tokenizer's position when they were produced (`start == end`, `col == end_col` = the offset
//! CPython's parser substitutes, `tok->cur - line_start`).

mod error;
pub(crate) use error::byte_to_char_offset;
pub use error::file_line_text;
mod ident;
mod number;
mod scan;
mod state;
mod string;
#[cfg(test)]
mod tests;

use super::token::Token;
use crate::syntax_error::SyntaxError;

/// How to tokenize.
#[derive(Clone, Debug)]
pub struct LexOptions {
    /// Produce `TypeComment`/`TypeIgnore` tokens for `# type:` comments (ast.parse's
    /// `type_comments=True`).
    pub type_comments: bool,
    /// Line number of the first line of the text (1 for a file; an f-string expression's
    /// line in its file). Every token's lines are shifted by `start_line - 1`.
    pub start_line: u32,
    /// Added to the columns of tokens while the tokenizer is on the first line (CPython's
    /// `starting_col_offset`, used for f-string expressions).
    pub start_col: u32,
}

impl Default for LexOptions {
    fn default() -> Self {
        LexOptions { type_comments: false, start_line: 1, start_col: 0 }
    }
}

/// What CPython's tokenizer knows about where the text came from; it changes only how
/// errors raised by CPython's parser for the tokenizer show their position and line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SourceInfo {
    /// CPython's tokenizer knows the source encoding (`tok->encoding`): true for str input
    /// (`compile(str)`) and for bytes with a BOM or coding cookie
    /// (`source::Decoded::encoding_declared`); false for `ast.parse(bytes)` of a file with
    /// neither, and for f-string expressions (CPython re-tokenizes them from bytes). When
    /// false, the offsets of errors CPython's parser raises count bytes, not characters.
    pub encoding_declared: bool,
    /// The file began with a UTF-8 BOM (not part of the text): CPython reads line 1 back
    /// from the file with it, so it is in the text of errors its parser raises on line 1.
    pub bom: bool,
    /// The text is a script file CPython reads through its file tokenizer (`python3 FILE`,
    /// imports), not a string given to `compile()`/`ast.parse`: at the end of input its
    /// buffer is empty, so errors CPython's parser raises at tokens made there (ENDMARKER)
    /// have no column.
    pub file_input: bool,
    /// CPython reads the line of an error its parser raises back from the file (bytes given
    /// with a real file name, scripts): false for text given as a str, and for standard input.
    /// Only the parser's error text depends on it (long lines, see `file_line_text`).
    pub reread: bool,
}

impl Default for SourceInfo {
    /// Text given as a str.
    fn default() -> Self {
        SourceInfo { encoding_declared: true, bom: false, file_input: false, reread: false }
    }
}

/// The result of tokenizing a whole text.
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    /// Every token before the first error; ends with `EndMarker` when there is no error and
    /// no unclosed bracket.
    pub tokens: Vec<Token>,
    /// A tokenizer error CPython raises as an exception. CPython raises it when the parser
    /// asks for the token after `tokens`; and after a parser error it tokenizes the rest of the
    /// file, and this error replaces the parser's (CPython's `_Pypegen_set_syntax_error`: not
    /// for "unexpected indent"/"unexpected unindent", and only if `error_on_reach` is false).
    pub error: Option<SyntaxError>,
    /// `error` is one CPython's tokenizer only flags (bad indentation or dedent, tabs/spaces,
    /// too deep, a character after `\`, EOF after `\`): CPython's parser raises it when it
    /// asks for the token after `tokens`; its check of the rest of the file after a parser
    /// error does not raise it (a parser error found earlier wins).
    pub error_on_reach: bool,
    /// Set when the text ended inside brackets (no `EndMarker` then), or an `error_on_reach`
    /// error stopped tokenizing inside brackets: CPython's "'(' was never closed" error for
    /// the innermost open bracket, ready to raise. CPython raises it when the parser reaches
    /// the end of the text, or, after a parser error on a line after the bracket's line, in
    /// its check of the rest of the file (`_PyPegen_tokenize_full_source_to_check_for_errors`).
    pub unclosed: Option<SyntaxError>,
}

/// Tokenizes `src` completely, as file input (`exec` mode, and f-string expressions, which
/// CPython also tokenizes as exec input): a missing final newline is supplied.
pub fn tokenize(src: &str, opts: &LexOptions) -> Lexed {
    tokenize_mode(src, opts, true)
}

/// Tokenizes `src`; `exec_input` is CPython's flag of the same name: true for `exec` mode
/// (a final newline is supplied), false for `eval`, `single` and `func_type` modes (the text
/// is taken as it is, so there may be no NEWLINE before ENDMARKER).
pub fn tokenize_mode(src: &str, opts: &LexOptions, exec_input: bool) -> Lexed {
    tokenize_raw(src.as_bytes(), opts, exec_input, SourceInfo::default())
}

/// `tokenize_mode` for text decoded from a file's bytes (`source::Decoded::info()`), so that
/// error offsets and lines are as `ast.parse(bytes)` reports them.
pub fn tokenize_source(src: &str, opts: &LexOptions, exec_input: bool, info: SourceInfo) -> Lexed {
    tokenize_raw(src.as_bytes(), opts, exec_input, info)
}

/// Tokenizes bytes that may not be valid UTF-8 (as CPython's tokenizer reads an undecoded
/// UTF-8 file): a name with bad bytes is CPython's "(unicode error) ..." SyntaxError.
pub(crate) fn tokenize_raw(bytes: &[u8], opts: &LexOptions, exec_input: bool, info: SourceInfo) -> Lexed {
    // A C string ends at its first NUL (decode_source rejects NULs before we get here).
    // One scan finds the common case (neither NUL nor CR) fast.
    let (bytes, has_cr) = match memchr::memchr2(0, b'\r', bytes) {
        None => (bytes, false),
        Some(i) => {
            let bytes = match memchr::memchr(0, bytes) {
                Some(nul) => &bytes[..nul],
                None => bytes,
            };
            (bytes, i < bytes.len())
        }
    };
    // CPython's translate_newlines stops early on a final "\r\n" and then supplies a newline
    // anyway, so such a text gets an extra empty line (not a file read by lines).
    let needs_nl = exec_input
        && (!matches!(bytes.last(), Some(b'\n' | b'\r')) || (bytes.ends_with(b"\r\n") && !info.file_input));
    if !has_cr && !needs_nl {
        return state::Lexer::new(bytes, opts, info, bytes.len()).run();
    }
    let tr = translate_newlines(bytes, needs_nl);
    let mut lexed = state::Lexer::new(&tr.text, opts, info, tr.real_len).run();
    if !tr.removed.is_empty() || tr.text.len() > bytes.len() {
        let map = |t: u32| -> u32 {
            let removed = tr.removed.partition_point(|&p| p < t) as u32;
            (t + removed).min(bytes.len() as u32)
        };
        for t in &mut lexed.tokens {
            t.start = map(t.start);
            t.end = map(t.end);
        }
    }
    lexed
}

/// The text the tokenizer reads, after CPython's `translate_newlines`.
struct Translated {
    /// `\n` for every `\r\n` and `\r`, plus a final `\n` if one was supplied.
    text: Vec<u8>,
    /// Offsets (in `text`) of the `\n`s that stand for a two-byte `\r\n`: a `text` offset `t`
    /// is `src` offset `t + (number of these below t)`.
    removed: Vec<u32>,
    /// Length of `text` without the supplied final newline.
    real_len: usize,
}

fn translate_newlines(src: &[u8], add_nl: bool) -> Translated {
    let mut text = Vec::with_capacity(src.len() + 1);
    let mut removed = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let b = src[i];
        if b == b'\r' {
            if src.get(i + 1) == Some(&b'\n') {
                removed.push(text.len() as u32);
                i += 1;
            }
            text.push(b'\n');
        } else {
            text.push(b);
        }
        i += 1;
    }
    let real_len = text.len();
    if add_nl {
        text.push(b'\n');
    }
    Translated { text, removed, real_len }
}
