//! CPython 3.11's number and string formatting and parsing, as pure functions with no tie to
//! the object model: float repr, the format-spec mini-language, printf-style conversions,
//! int/float parsing, float helpers (hex, round, divmod, pow, hash).

pub mod decimal_digits;
pub mod float_fmt;
pub mod float_ops;
pub mod int_fmt;
pub mod parse;
pub mod printf;
pub mod spec;

pub use float_fmt::{complex_repr, float_repr, float_to_string, format_complex, format_float, FloatStyle};




pub use float_ops::{
    float_as_integer_ratio, float_divmod, float_floordiv, float_fromhex, float_hex, float_mod, float_pow, float_round,
    float_to_bigint, hash_bigint, hash_f64, hash_i64, PowResult,
};
pub use int_fmt::{format_int, format_int_i64, int_to_str_limited, int_to_str_radix, radix_prefixed};

pub use printf::{parse_printf_spec, printf_float, printf_int, printf_str, Count, PrintfFlags, PrintfSpec};
pub use parse::{parse_float, parse_int, parse_int_limited};
pub use spec::{format_str, parse_format_spec, Align, FormatSpec};

/// Which Python exception an error maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    OverflowError,
    TypeError,
    ZeroDivisionError,
}

/// An error with CPython's exception kind and exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ErrorKind,
    pub msg: String,
}

impl NumError {
    pub fn value(msg: impl Into<String>) -> Self {
        NumError { kind: ErrorKind::ValueError, msg: msg.into() }
    }
    pub fn overflow(msg: impl Into<String>) -> Self {
        NumError { kind: ErrorKind::OverflowError, msg: msg.into() }
    }
    pub fn type_error(msg: impl Into<String>) -> Self {
        NumError { kind: ErrorKind::TypeError, msg: msg.into() }
    }
    pub fn zero_div(msg: impl Into<String>) -> Self {
        NumError { kind: ErrorKind::ZeroDivisionError, msg: msg.into() }
    }
}

impl std::fmt::Display for NumError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.msg)
    }
}

pub type NumResult<T> = Result<T, NumError>;

/// CPython 3.11's default limit on decimal digits in int<->str conversion
/// (`sys.get_int_max_str_digits()`); 0 means no limit.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
