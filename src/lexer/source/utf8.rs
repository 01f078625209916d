//! Invalid UTF-8 in a source CPython reads as UTF-8. CPython only decodes tokens when it
//! builds them, so the error (if any) comes from the first name or string literal holding a
//! bad byte, with the message of Python's UTF-8 codec for that token's bytes.

use crate::codecs::utf8_error as first_error;
use crate::lexer::lexer::{tokenize_raw, LexOptions, SourceInfo};
use crate::lexer::token::TokenKind;
use crate::syntax_error::{SyntaxError, SyntaxErrorKind};

/// Source text that is not valid UTF-8 (read as UTF-8): the error CPython raises for it, or
/// the text with U+FFFD for the bad bytes when CPython never decodes them.
///
/// A name that is not UTF-8 is an error CPython's tokenizer raises when it gets there: it is
/// returned with the text (U+FFFD for bad bytes) and the name's position in it, for the
/// parser to raise when it reaches that point (see `Decoded::line_error`).
pub(super) fn invalid_utf8_source(body: &[u8], encoding_declared: bool, bom: bool) -> Result<(String, Option<(usize, SyntaxError)>), SyntaxError> {
    let info = SourceInfo { encoding_declared, bom, file_input: false, reread: true };
    let lexed = tokenize_raw(body, &LexOptions::default(), true, info);
    let toks = &lexed.tokens;
    for (i, t) in toks.iter().enumerate() {
        if t.kind != TokenKind::String {
            continue;
        }
        let text = body.get(t.start as usize..t.end as usize).unwrap_or(&[]);
        if std::str::from_utf8(text).is_ok() {
            continue;
        }
        let Some(msg) = string_body_error(text) else { continue };
        if let Some(e) = lexed.error.as_ref() {
            // CPython's parser raises the string's error, then its check of the rest of the
            // file meets the tokenizer's error, which replaces it (a bad name's codec error
            // escapes as it is); the errors its tokenizer only flags do not.
            if e.msg.starts_with(NAME_ERROR) {
                return Err(unicode_decode_error(e));
            }
            if !crate::parser::parser::is_deferred_tokenizer_error(e) {
                return Err(e.clone());
            }
        }
        // CPython's parser raises it after reading the strings that follow: at the next token.
        let Some(next) = toks[i + 1..].iter().find(|n| n.kind != TokenKind::String) else { break };
        let lossy = error_line(body, toks, next.start as usize, next.lineno, encoding_declared, bom);
        let (offset, end_offset) = if encoding_declared {
            (
                crate::lexer::lexer::byte_to_char_offset(&lossy, next.col as usize + 1),
                crate::lexer::lexer::byte_to_char_offset(&lossy, next.end_col as usize + 1),
            )
        } else {
            (next.col + 1, next.end_col + 1)
        };
        return Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: format!("(unicode error) {}", msg),
            lineno: next.lineno,
            offset,
            end_lineno: next.end_lineno,
            end_offset,
            text: Some(lossy),
        });
    }
    if let Some(e) = lexed.error {
        if e.msg.starts_with(NAME_ERROR) {
            let pos = next_token_start(body, toks.last().map_or(0, |t| t.end as usize));
            let at = String::from_utf8_lossy(&body[..pos]).len();
            return Ok((String::from_utf8_lossy(body).into_owned(), Some((at, e))));
        }
    }
    Ok((String::from_utf8_lossy(body).into_owned(), None))
}

/// How the lexer's error for a name that is not UTF-8 begins.
pub(crate) const NAME_ERROR: &str = "(unicode error) ";

/// A name's decoding error as it escapes CPython's check of the rest of the file: the codec's
/// UnicodeDecodeError, with no location.
pub(crate) fn unicode_decode_error(e: &SyntaxError) -> SyntaxError {
    SyntaxError::new(SyntaxErrorKind::UnicodeDecodeError, e.msg.strip_prefix(NAME_ERROR).unwrap_or(&e.msg))
}

/// Where the token after byte `from` starts: past blanks, comments and line continuations.
fn next_token_start(body: &[u8], from: usize) -> usize {
    let mut i = from.min(body.len());
    while i < body.len() {
        match body[i] {
            b' ' | b'\t' | b'\x0c' | b'\r' | b'\n' => i += 1,
            b'\\' if matches!(body.get(i + 1), Some(b'\n' | b'\r')) => i += 2,
            b'#' => {
                while i < body.len() && body[i] != b'\n' && body[i] != b'\r' {
                    i += 1;
                }
            }
            _ => break,
        }
    }
    i
}

/// The decoding error of a string literal token's body (`None` for bytes and f-strings,
/// which other parts of the front end report).
fn string_body_error(tok: &[u8]) -> Option<String> {
    let quote_at = tok.iter().position(|&b| b == b'\'' || b == b'"')?;
    let prefix = &tok[..quote_at];
    if prefix.iter().any(|b| matches!(b, b'b' | b'B' | b'f' | b'F')) {
        return None;
    }
    let raw = prefix.iter().any(|b| matches!(b, b'r' | b'R'));
    let q = tok[quote_at];
    let triple = tok.len() >= quote_at + 6 && tok[quote_at + 1] == q && tok[quote_at + 2] == q;
    let qn = if triple { 3 } else { 1 };
    let body = tok.get(quote_at + qn..tok.len().saturating_sub(qn))?;
    if raw || !body.contains(&b'\\') {
        return first_error(body).map(|e| e.message());
    }
    // With escapes, CPython decodes each run of non-ASCII bytes on its own.
    let mut i = 0;
    while i < body.len() {
        if body[i] & 0x80 != 0 {
            let start = i;
            while i < body.len() && body[i] & 0x80 != 0 {
                i += 1;
            }
            if let Some(e) = first_error(&body[start..i]) {
                return Some(e.message());
            }
        } else {
            i += 1;
        }
    }
    None
}

/// The text CPython shows for an error on the line holding byte `pos` (line `lineno`): the
/// line read back from the file, unless it is not UTF-8 and no encoding was declared; then
/// the tokenizer's buffer, which starts where the first of the lines joined by multi-line
/// strings begins and always ends with a newline.
fn error_line(body: &[u8], toks: &[crate::lexer::token::Token], pos: usize, lineno: u32, declared: bool, bom: bool) -> String {
    let pos = pos.min(body.len());
    let line_start = |pos: usize| body[..pos].iter().rposition(|&b| b == b'\n' || b == b'\r').map_or(0, |i| i + 1);
    let start = line_start(pos);
    let end = body[pos..].iter().position(|&b| b == b'\n').map_or(body.len(), |i| pos + i + 1);
    let line = &body[start..end];
    let mut file_line = if bom && start == 0 { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
    file_line.extend_from_slice(line);
    if let Some(text) = crate::lexer::lexer::file_line_text(&file_line, declared) {
        return text;
    }
    let mut first = lineno;
    let mut buf_start = start;
    while let Some(t) = toks.iter().find(|t| t.end_lineno == first && t.lineno < first) {
        first = t.lineno;
        buf_start = line_start(t.start as usize);
    }
    let mut text = String::from_utf8_lossy(&body[buf_start..end]).into_owned();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}
