//! Numeric literals (the text of a NUMBER token) to constant values.

use super::ast::Constant;
use num_bigint::BigInt;

/// CPython's default `sys.get_int_max_str_digits()`: longer decimal literals are rejected.
const INT_MAX_STR_DIGITS: usize = 4300;

/// The value of a NUMBER token's text: int (any base, underscores), float, or imaginary.
///
/// The tokenizer has already checked the syntax, so malformed text only gets a generic error.
/// The one error CPython raises for well-formed text is a decimal int of more than 4300 digits;
/// its message is returned in full, and CPython reports it at the token's line with no column
/// (`col_offset` -1, so `offset` 0).
pub fn parse_number(text: &str) -> Result<Constant, String> {
    let stripped;
    let text = if text.contains('_') {
        stripped = text.replace('_', "");
        stripped.as_str()
    } else {
        text
    };
    let bytes = text.as_bytes();
    if let Some((&last, body)) = bytes.split_last() {
        if last == b'j' || last == b'J' {
            let imag = parse_float(&text[..body.len()])?;
            return Ok(Constant::Complex { real: 0.0, imag });
        }
    }
    let radix = match bytes {
        [b'0', b'x' | b'X', ..] => 16,
        [b'0', b'o' | b'O', ..] => 8,
        [b'0', b'b' | b'B', ..] => 2,
        _ => 10,
    };
    if radix != 10 {
        return parse_int(&bytes[2..], radix, text);
    }
    if bytes.iter().any(|&b| matches!(b, b'.' | b'e' | b'E')) {
        return parse_float(text).map(Constant::Float);
    }
    parse_int(bytes, 10, text)
}

fn parse_int(digits: &[u8], radix: u32, text: &str) -> Result<Constant, String> {
    if digits.is_empty() {
        return Err(invalid(text));
    }
    // Fast path: fits in a u64 (at most 16 hex, 19 decimal, 21 octal or 64 binary digits).
    let small_len = match radix {
        16 => 16,
        10 => 19,
        8 => 21,
        _ => 64,
    };
    if digits.len() <= small_len {
        let mut v: u64 = 0;
        for &d in digits {
            let dv = (d as char).to_digit(radix).ok_or_else(|| invalid(text))? as u64;
            v = v.wrapping_mul(radix as u64).wrapping_add(dv);
        }
        return Ok(Constant::Int(BigInt::from(v)));
    }
    if radix == 10 && digits.len() > INT_MAX_STR_DIGITS && digits.iter().any(|&d| d != b'0') {
        return Err(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: value has {} digits; \
             use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer \
             literals to avoid decimal conversion limits.",
            digits.len()
        ));
    }
    BigInt::parse_bytes(digits, radix).map(Constant::Int).ok_or_else(|| invalid(text))
}

/// Rust's `f64` parsing is correctly rounded, as CPython's is; too-large values become `inf`.
fn parse_float(text: &str) -> Result<f64, String> {
    // Rust also accepts "inf"/"nan" and signs, which the tokenizer never passes here.
    if !text.bytes().next().is_some_and(|b| b.is_ascii_digit() || b == b'.') {
        return Err(invalid(text));
    }
    text.parse::<f64>().map_err(|_| invalid(text))
}

fn invalid(text: &str) -> String {
    format!("invalid number literal {text:?}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(s: &str) -> Constant {
        Constant::Int(s.parse::<BigInt>().unwrap())
    }

    // Expected values: python3 (CPython 3.11.7) evaluating the same literals.
    #[test]
    fn ints() {
        assert_eq!(parse_number("0"), Ok(int("0")));
        assert_eq!(parse_number("000"), Ok(int("0")));
        assert_eq!(parse_number("1_000_000"), Ok(int("1000000")));
        assert_eq!(parse_number("0xff"), Ok(int("255")));
        assert_eq!(parse_number("0X_FF"), Ok(int("255")));
        assert_eq!(parse_number("0o17"), Ok(int("15")));
        assert_eq!(parse_number("0b1010"), Ok(int("10")));
        assert_eq!(parse_number("18446744073709551615"), Ok(int("18446744073709551615")));
        assert_eq!(parse_number("18446744073709551616"), Ok(int("18446744073709551616")));
        assert_eq!(parse_number("0xffffffffffffffffff"), Ok(int("4722366482869645213695")));
        assert_eq!(parse_number(&"0".repeat(5000)), Ok(int("0")));
        assert!(parse_number(&"1".repeat(4300)).is_ok());
        let e = parse_number(&"1".repeat(4301)).unwrap_err();
        assert!(e.starts_with("Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits;"));
        assert!(parse_number(&"1_".repeat(2500)[..4999]).is_ok());
    }

    #[test]
    fn floats_and_imaginary() {
        assert_eq!(parse_number("1.5"), Ok(Constant::Float(1.5)));
        assert_eq!(parse_number("1."), Ok(Constant::Float(1.0)));
        assert_eq!(parse_number(".5"), Ok(Constant::Float(0.5)));
        assert_eq!(parse_number("1e3"), Ok(Constant::Float(1000.0)));
        assert_eq!(parse_number("1_0.0_1E-1_0"), Ok(Constant::Float(10.01e-10)));
        assert_eq!(parse_number("1e400"), Ok(Constant::Float(f64::INFINITY)));
        assert_eq!(parse_number("1e-400"), Ok(Constant::Float(0.0)));
        assert_eq!(parse_number("0.1"), Ok(Constant::Float(0.1)));
        assert_eq!(parse_number("2j"), Ok(Constant::Complex { real: 0.0, imag: 2.0 }));
        assert_eq!(parse_number("1.5J"), Ok(Constant::Complex { real: 0.0, imag: 1.5 }));
        assert_eq!(parse_number("1e400j"), Ok(Constant::Complex { real: 0.0, imag: f64::INFINITY }));
        assert_eq!(parse_number("0e0"), Ok(Constant::Float(0.0)));
        // "09.5" and "00j" are valid Python (float/imaginary with leading zeros).
        assert_eq!(parse_number("09.5"), Ok(Constant::Float(9.5)));
        assert_eq!(parse_number("09j"), Ok(Constant::Complex { real: 0.0, imag: 9.0 }));
    }
}
