//! Source bytes to text as CPython's tokenizer decodes a file: UTF-8 BOM, PEP 263 coding
//! cookie on line 1 or 2, and CPython's SyntaxErrors when that fails.

use crate::syntax_error::SyntaxError;
use std::borrow::Cow;

/// Decodes a source file's bytes to text (UTF-8 unless a cookie says otherwise).
pub fn decode_source(bytes: &[u8]) -> Result<Cow<'_, str>, SyntaxError> {
    std::str::from_utf8(bytes).map(Cow::Borrowed).map_err(|_| {
        SyntaxError::new(crate::syntax_error::SyntaxErrorKind::SyntaxError, "source decoding not built yet")
    })
}
