//! Integers to text: `format(int, spec)` (b c d o x X n e E f F g G % and none), `str(int)`
//! with the 3.11 digit limit, `bin`/`oct`/`hex`, any radix 2..36, and exact int -> float.

use std::fmt::Write as _;

use num_bigint::{BigInt, Sign};
use num_traits::Zero;

use super::float_fmt::format_float_spec;
use super::spec::{grouping_for, layout_number, parse_format_spec, unknown_code, Align, FormatSpec};
use super::{NumError, NumResult};

/// `int.__float__`: correctly rounded (ties to even); OverflowError past the float range.
pub fn bigint_to_f64(v: &BigInt) -> NumResult<f64> {
    let bits = v.bits();
    let mag = v.magnitude();
    let r = if bits <= 64 {
        let d = mag.iter_u64_digits().next().unwrap_or(0);
        d as f64
    } else {
        if bits > 1024 {
            return Err(NumError::overflow("int too large to convert to float"));
        }
        let shift = bits - 64;
        let top: num_bigint::BigUint = mag >> shift;
        let mut t = top.iter_u64_digits().next().unwrap_or(0);
        // Sticky bit: anything nonzero below the top 64 bits breaks a tie upward.
        if mag.trailing_zeros().unwrap_or(0) < shift {
            t |= 1;
        }
        let f = t as f64;
        // Exact scaling by 2^shift (shift <= 960).
        let r = f * 2f64.powi(shift as i32);
        if r.is_infinite() {
            return Err(NumError::overflow("int too large to convert to float"));
        }
        r
    };
    Ok(if v.sign() == Sign::Minus { -r } else { r })
}

/// `int` in `base` (2..=36), lower-case digits, `-` for negatives, no prefix.
pub fn int_to_str_radix(v: &BigInt, base: u32) -> String {
    v.to_str_radix(base)
}

/// `bin(v)`, `oct(v)`, `hex(v)` for base 2, 8, 16: `-0b101`, `0o17`, `0xff`.
pub fn radix_prefixed(v: &BigInt, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        _ => "0x",
    };
    let digits = v.magnitude().to_str_radix(base);
    let mut s = String::with_capacity(digits.len() + 3);
    if v.sign() == Sign::Minus {
        s.push('-');
    }
    s.push_str(prefix);
    s.push_str(&digits);
    s
}

/// The `str(int)` limit error (`sys.set_int_max_str_digits`).
pub fn str_limit_error(limit: usize) -> NumError {
    NumError::value(format!(
        "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        limit
    ))
}

/// `str(v)` with CPython 3.11's digit limit (`max_digits` 0 = unlimited).
pub fn int_to_str_limited(v: &BigInt, max_digits: usize) -> NumResult<String> {
    if max_digits > 0 {
        // Digits >= floor(bits * log10(2)); skip the conversion when certainly too long.
        let bits = v.bits();
        if bits > 64 && (bits as f64 - 1.0) * std::f64::consts::LOG10_2 > max_digits as f64 + 1.0 {
            return Err(str_limit_error(max_digits));
        }
    }
    let s = v.to_string();
    if max_digits > 0 {
        let nd = s.len() - (v.sign() == Sign::Minus) as usize;
        if nd > max_digits {
            return Err(str_limit_error(max_digits));
        }
    }
    Ok(s)
}

/// What an int spec resolves to.
enum IntPlan {
    Radix {
        base: u32,
        upper: bool,
        prefix: &'static str,
    },
    Char,
    Float,
}

fn int_plan(spec: &FormatSpec, type_name: &str) -> NumResult<IntPlan> {
    let plan = match spec.ty {
        None | Some('d') | Some('n') => IntPlan::Radix {
            base: 10,
            upper: false,
            prefix: "",
        },
        Some('b') => IntPlan::Radix {
            base: 2,
            upper: false,
            prefix: "0b",
        },
        Some('o') => IntPlan::Radix {
            base: 8,
            upper: false,
            prefix: "0o",
        },
        Some('x') => IntPlan::Radix {
            base: 16,
            upper: false,
            prefix: "0x",
        },
        Some('X') => IntPlan::Radix {
            base: 16,
            upper: true,
            prefix: "0X",
        },
        Some('c') => IntPlan::Char,
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => return Ok(IntPlan::Float),
        Some(t) => return Err(unknown_code(t, type_name)),
    };
    if spec.precision.is_some() {
        return Err(NumError::value("Precision not allowed in integer format specifier"));
    }
    if spec.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if let IntPlan::Char = plan {
        if spec.sign.is_some() {
            return Err(NumError::value("Sign not allowed with integer format specifier 'c'"));
        }
        if spec.alternate {
            return Err(NumError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
    }
    Ok(plan)
}

fn char_of(v: i128) -> NumResult<char> {
    if v < i64::MIN as i128 || v > i64::MAX as i128 {
        return Err(NumError::overflow("Python int too large to convert to C long"));
    }
    if !(0..=0x10ffff).contains(&v) {
        return Err(NumError::overflow("%c arg not in range(0x110000)"));
    }
    // Lone surrogates cannot live in a Rust string; U+FFFD stands in (the caller keeps WTF-8
    // for such code points).
    Ok(char::from_u32(v as u32).unwrap_or('\u{FFFD}'))
}

fn layout_radix(out: &mut String, neg: bool, digits: &str, spec: &FormatSpec, base: u32, prefix: &str) {
    let prefix = if spec.alternate { prefix } else { "" };
    let group = if spec.ty == Some('n') {
        None
    } else {
        grouping_for(spec, base != 10)
    };
    layout_number(out, neg, prefix, digits, "", spec, group);
}

/// `format(v, spec)` for an int with a parsed spec; `type_name` is `int` or `bool` (or a
/// subclass name) for messages.
pub fn format_int_spec(v: &BigInt, spec: &FormatSpec, type_name: &str) -> NumResult<String> {
    if let Some(e) = super::spec::too_wide(spec, |sp| format_int_spec(v, sp, type_name)) {
        return Err(e);
    }
    match int_plan(spec, type_name)? {
        IntPlan::Float => format_float_spec(bigint_to_f64(v)?, spec, type_name),
        IntPlan::Char => {
            let c = match i64::try_from(v) {
                Ok(i) => char_of(i as i128)?,
                Err(_) => return Err(NumError::overflow("Python int too large to convert to C long")),
            };
            let mut out = String::new();
            let mut buf = [0u8; 4];
            layout_number(&mut out, false, "", "", c.encode_utf8(&mut buf), spec, None);
            Ok(out)
        }
        IntPlan::Radix { base, upper, prefix } => {
            let mut digits = v.magnitude().to_str_radix(base);
            if upper {
                digits.make_ascii_uppercase();
            }
            let mut out = String::with_capacity(digits.len() + 4);
            layout_radix(
                &mut out,
                v.sign() == Sign::Minus && !v.is_zero(),
                &digits,
                spec,
                base,
                prefix,
            );
            Ok(out)
        }
    }
}

/// `format(v, spec)` for a machine-size int (no big-integer allocation).
pub fn format_int_i64_spec(v: i64, spec: &FormatSpec, type_name: &str) -> NumResult<String> {
    if let Some(e) = super::spec::too_wide(spec, |sp| format_int_i64_spec(v, sp, type_name)) {
        return Err(e);
    }
    match int_plan(spec, type_name)? {
        IntPlan::Float => format_float_spec(v as f64, spec, type_name),
        IntPlan::Char => {
            let c = char_of(v as i128)?;
            let mut out = String::new();
            let mut buf = [0u8; 4];
            layout_number(&mut out, false, "", "", c.encode_utf8(&mut buf), spec, None);
            Ok(out)
        }
        IntPlan::Radix { base, upper, prefix } => {
            let m = v.unsigned_abs();
            let mut digits = String::with_capacity(66);
            let _ = match (base, upper) {
                (2, _) => write!(digits, "{:b}", m),
                (8, _) => write!(digits, "{:o}", m),
                (16, false) => write!(digits, "{:x}", m),
                (16, true) => write!(digits, "{:X}", m),
                _ => write!(digits, "{}", m),
            };
            let mut out = String::with_capacity(digits.len() + 4);
            layout_radix(&mut out, v < 0, &digits, spec, base, prefix);
            Ok(out)
        }
    }
}

/// `format(v, spec)` for an int (`''` gives `str(v)`).
pub fn format_int(v: &BigInt, spec: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let parsed = parse_format_spec(spec, Align::Right, "int")?;
    format_int_spec(v, &parsed, "int")
}

/// `format(v, spec)` for a machine-size int.
pub fn format_int_i64(v: i64, spec: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    let parsed = parse_format_spec(spec, Align::Right, "int")?;
    format_int_i64_spec(v, &parsed, "int")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    // Expected values from python3 (CPython 3.11.7): format(v, spec).
    #[test]
    fn int_specs() {
        let cases: &[(&str, &str, &str)] = &[
            ("5", "x<+#010_x", "+0x5xxxxxx"),
            ("1234567", "_", "1_234_567"),
            ("1234567", "n", "1234567"),
            ("255", "#X", "0XFF"),
            ("65", "c", "A"),
            ("5", ",", "5"),
            ("1234", "_b", "100_1101_0010"),
            ("1234", "_o", "2322"),
            ("-1234", "#_x", "-0x4d2"),
            ("-5", "#_b", "-0b101"),
            ("255", "#_X", "0XFF"),
            ("-1180591620717411303424", "_d", "-1_180_591_620_717_411_303_424"),
            ("1180591620717411303424", "e", "1.180592e+21"),
            ("9007199254740993", ".0f", "9007199254740992"),
            ("5", "08,d", "0,000,005"),
            ("123456789", "012_", "0_123_456_789"),
            ("65", ">5c", "    A"),
            ("65", "05c", "0000A"),
            ("8364", "c", "\u{20ac}"),
            ("-5", "n", "-5"),
            ("5", "%", "500.000000%"),
            ("5", "e", "5.000000e+00"),
            ("5", "z.2f", "5.00"),
            ("-42", " 6", "   -42"),
            ("42", " 6", "    42"),
            ("42", "^+7", "  +42  "),
            ("0", "#o", "0o0"),
            (
                "123456789012345678901234567890",
                ",",
                "123,456,789,012,345,678,901,234,567,890",
            ),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(format_int(&big(v), spec).unwrap(), want, "{v} {spec:?}");
            if let Ok(i) = v.parse::<i64>() {
                assert_eq!(format_int_i64(i, spec).unwrap(), want, "i64 {v} {spec:?}");
            }
        }
        let bad: &[(&str, &str, &str)] = &[
            (
                "5",
                "z",
                "Negative zero coercion (z) not allowed in integer format specifier",
            ),
            ("5", "z.2", "Precision not allowed in integer format specifier"),
            ("5", ".2", "Precision not allowed in integer format specifier"),
            ("5", "+c", "Sign not allowed with integer format specifier 'c'"),
            (
                "5",
                "#c",
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ),
            ("-1", "c", "%c arg not in range(0x110000)"),
            ("18446744073709551616", "c", "Python int too large to convert to C long"),
            ("1", "s", "Unknown format code 's' for object of type 'int'"),
            ("1234", ",x", "Cannot specify ',' with 'x'."),
            ("1", "5__", "Cannot specify '_' with '_'."),
            (
                "1",
                "a=-+#0",
                "Invalid format specifier 'a=-+#0' for object of type 'int'",
            ),
        ];
        for &(v, spec, want) in bad {
            assert_eq!(format_int(&big(v), spec).unwrap_err().msg, want, "{v} {spec:?}");
        }
        let huge = BigInt::from(10).pow(400);
        assert_eq!(
            format_int(&huge, "e").unwrap_err().msg,
            "int too large to convert to float"
        );
    }

    #[test]
    fn radix_and_limit() {
        assert_eq!(radix_prefixed(&big("-5"), 2), "-0b101");
        assert_eq!(radix_prefixed(&big("255"), 16), "0xff");
        assert_eq!(radix_prefixed(&big("8"), 8), "0o10");
        assert_eq!(int_to_str_radix(&big("-35"), 36), "-z");
        let v = BigInt::from(10).pow(5000);
        // python3: str(10**5000)
        assert_eq!(
            int_to_str_limited(&v, 4300).unwrap_err().msg,
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        );
        assert_eq!(int_to_str_limited(&v, 0).unwrap().len(), 5001);
        let v = BigInt::from(10).pow(4299);
        assert_eq!(int_to_str_limited(&-v, 4300).unwrap().len(), 4301);
        let v = BigInt::from(10).pow(4300);
        assert!(int_to_str_limited(&v, 4300).is_err());
    }

    #[test]
    fn to_f64_rounding() {
        // python3: float(2**53 + 1), float(2**100 + 2**47), float(2**100 + 2**47 + 1), float(-(2**64 - 1))
        assert_eq!(bigint_to_f64(&big("9007199254740993")).unwrap(), 9007199254740992.0);
        let b = BigInt::from(2).pow(100u32);
        let h = BigInt::from(2).pow(47u32);
        assert_eq!(bigint_to_f64(&(&b + &h)).unwrap(), 1.2676506002282294e30);
        assert_eq!(bigint_to_f64(&(&b + &h + 1)).unwrap(), 1.2676506002282297e30);
        assert_eq!(
            bigint_to_f64(&big("-18446744073709551615")).unwrap(),
            -1.8446744073709552e19
        );
        assert!(bigint_to_f64(&(BigInt::from(2).pow(1024u32))).is_err());
    }
}

#[cfg(test)]
mod perf {
    use super::*;
    use std::time::Instant;

    /// `cargo test --lib numfmt::int_fmt::perf -- --ignored --nocapture`: times str(int) and
    /// int(str) of 100,000 digits (num-bigint's conversions; the work is in optimized deps).
    #[test]
    #[ignore]
    fn big_decimal_conversions() {
        let v = BigInt::from(7).pow(118_000u32); // ~99,700 digits
        let t = Instant::now();
        let s = int_to_str_limited(&v, 0).unwrap();
        let to_str = t.elapsed();
        let t = Instant::now();
        let back = super::super::parse::parse_int_limited(&s, 10, 0).unwrap();
        let from_str = t.elapsed();
        assert_eq!(back, v);
        eprintln!("{} digits: str {:?}, int {:?}", s.len(), to_str, from_str);
    }
}
