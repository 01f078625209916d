//! The error every front-end stage reports: CPython's SyntaxError and its subclasses, with the
//! fields `SyntaxError` objects carry (and the MemoryError CPython's parser raises when
//! nesting is too deep).

/// Which exception class CPython raises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Not a SyntaxError at all: CPython's parser raises MemoryError when its rule nesting
    /// passes its stack limit (MAXSTACK). Carries no message or location; printed as the
    /// lone line `MemoryError`.
    MemoryError,
    /// Not a SyntaxError either: a name that is not UTF-8, found by CPython's check of the
    /// rest of the file after a parser error, escapes as the codec's UnicodeDecodeError
    /// (message only, no location).
    UnicodeDecodeError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::MemoryError => "MemoryError",
            SyntaxErrorKind::UnicodeDecodeError => "UnicodeDecodeError",
        }
    }
}

/// A syntax error with CPython's fields: `offset`/`end_offset` are 1-based and count characters
/// (code points), not bytes, as `SyntaxError.offset` does; 0 means "unknown" (CPython's None).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The source line the error points into, with its newline, when known.
    pub text: Option<String>,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>) -> SyntaxError {
        SyntaxError { kind, msg: msg.into(), lineno: 0, offset: 0, end_lineno: 0, end_offset: 0, text: None }
    }
}
