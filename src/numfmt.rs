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
pub mod template;

pub use float_fmt::{
    complex_repr, float_repr, float_to_string, format_complex, format_complex_spec, format_float, format_float_spec,
    FloatFlags, FloatStyle,
};
pub use float_ops::{
    float_as_integer_ratio, float_divmod, float_floordiv, float_fromhex, float_hex, float_mod, float_pow, float_round,
    float_to_bigint, hash_bigint, hash_f64, hash_i64, PowResult,
};
pub use int_fmt::{
    bigint_to_f64, format_int, format_int_i64, format_int_i64_spec, format_int_spec, int_to_str_limited,
    int_to_str_radix, radix_prefixed,
};
pub use parse::{parse_float, parse_int, parse_int_limited};
pub use printf::{parse_printf_spec, printf_float, printf_int, printf_str, Count, PrintfFlags, PrintfSpec};
pub use spec::{format_str, format_str_spec, parse_format_spec, Align, FormatSpec, Grouping};

/// Which Python exception an error maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    ValueError,
    OverflowError,
    TypeError,
    ZeroDivisionError,
    /// A result too large to build (a format width of billions): MemoryError.
    MemoryError,
}

/// An error with CPython's exception kind and exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumError {
    pub kind: ErrorKind,
    pub msg: String,
}

impl NumError {
    pub fn value(msg: impl Into<String>) -> Self {
        NumError {
            kind: ErrorKind::ValueError,
            msg: msg.into(),
        }
    }
    pub fn memory() -> Self {
        NumError { kind: ErrorKind::MemoryError, msg: String::new() }
    }
    pub fn overflow(msg: impl Into<String>) -> Self {
        NumError {
            kind: ErrorKind::OverflowError,
            msg: msg.into(),
        }
    }
    pub fn type_error(msg: impl Into<String>) -> Self {
        NumError {
            kind: ErrorKind::TypeError,
            msg: msg.into(),
        }
    }
    pub fn zero_div(msg: impl Into<String>) -> Self {
        NumError {
            kind: ErrorKind::ZeroDivisionError,
            msg: msg.into(),
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use num_bigint::BigInt;

    /// runtime-tests/data/numfmt_specs.txt: random format specs applied by python3 to random
    /// floats, ints, strs and complexes (runtime-tests/tools/gen_numfmt_tables.py).
    #[test]
    fn random_specs_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/runtime-tests/data/numfmt_specs.txt");
        let data = std::fs::read_to_string(path).unwrap();
        let show = |r: NumResult<String>| match r {
            Ok(s) => s,
            Err(e) => format!("!{:?}: {}", e.kind, e.msg),
        };
        let bits = |h: &str| f64::from_bits(u64::from_str_radix(h, 16).unwrap());
        let mut failures = Vec::new();
        let mut n = 0;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.splitn(4, '\t').collect();
            let (kind, value, spec, want) = (f[0], f[1], f[2], f[3]);
            let got = match kind {
                "float" => show(format_float(bits(value), spec)),
                "int" => {
                    let v: BigInt = value.parse().unwrap();
                    let got = show(format_int(&v, spec));
                    if let Ok(i) = value.parse::<i64>() {
                        assert_eq!(show(format_int_i64(i, spec)), got, "i64 path {line:?}");
                    }
                    got
                }
                "str" => show(format_str(value, spec)),
                "complex" => {
                    let (re, im) = value.split_once(',').unwrap();
                    show(format_complex(bits(re), bits(im), spec))
                }
                _ => panic!("{line}"),
            };
            if got != want {
                failures.push(format!("{kind} {value} {spec:?}: got {got:?} want {want:?}"));
            }
            n += 1;
        }
        assert!(
            failures.is_empty(),
            "{} of {n} differ:\n{}",
            failures.len(),
            failures[..failures.len().min(30)].join("\n")
        );
    }

    /// runtime-tests/data/numfmt_ops.txt: round, hex, fromhex, hash, divmod, %, **,
    /// as_integer_ratio, int(x), float(s) and printf conversions of random values, as python3
    /// computed them (runtime-tests/tools/gen_numfmt_tables.py).
    #[test]
    fn random_ops_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/runtime-tests/data/numfmt_ops.txt");
        let data = std::fs::read_to_string(path).unwrap();
        let bits = |h: &str| f64::from_bits(u64::from_str_radix(h, 16).unwrap());
        let fb = |v: f64| {
            if v.is_nan() {
                "nan".to_string()
            } else {
                format!("{:016x}", v.to_bits())
            }
        };
        let er = |e: NumError| format!("!{:?}: {}", e.kind, e.msg);
        let show_f = |r: NumResult<f64>| r.map_or_else(er, fb);
        let mut failures = Vec::new();
        let mut n = 0;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            let (op, a, want) = (f[0], f[1], *f.last().unwrap());
            let two = || {
                let (x, y) = a.split_once(',').unwrap();
                (bits(x), bits(y))
            };
            let got = match op {
                "round" => {
                    let (x, k) = a.split_once(',').unwrap();
                    show_f(float_round(bits(x), k.parse().unwrap()))
                }
                "hex" => float_hex(bits(a)),
                "hash" => hash_f64(bits(a)).map_or("nan".into(), |h| h.to_string()),
                "divmod" => {
                    let (x, y) = two();
                    float_divmod(x, y).map_or_else(er, |(q, r)| format!("{},{}", fb(q), fb(r)))
                }
                "mod" => {
                    let (x, y) = two();
                    show_f(float_mod(x, y))
                }
                "pow" => {
                    let (x, y) = two();
                    match float_pow(x, y) {
                        Ok(PowResult::Float(v)) => fb(v),
                        // Python computed the complex power (maybe overflowing): the caller's part.
                        Ok(PowResult::Complex) if want == "complex" || want.contains("complex exponentiation") => {
                            want.to_string()
                        }
                        Ok(PowResult::Complex) => "complex".into(),
                        Err(e) => er(e),
                    }
                }
                "ratio" => float_as_integer_ratio(bits(a)).map_or_else(er, |(p, q)| format!("{p},{q}")),
                "int" => float_to_bigint(bits(a)).map_or_else(er, |v| v.to_string()),
                "float" => show_f(parse_float(a)),
                "fromhex" => show_f(float_fromhex(a)),
                "hashint" => hash_bigint(&a.parse().unwrap()).to_string(),
                "printf_int" | "printf_float" => {
                    let spec = parse_printf_spec(a, 1).unwrap();
                    let width = match spec.width {
                        Some(Count::Value(w)) => w,
                        _ => 0,
                    };
                    let prec = match spec.precision {
                        Some(Count::Value(p)) => Some(p),
                        _ => None,
                    };
                    let mut out = String::new();
                    let float_conv = "eEfFgG".contains(spec.conv);
                    if op == "printf_int" {
                        let v: num_bigint::BigInt = f[2].parse().unwrap();
                        if float_conv {
                            match int_fmt::bigint_to_f64(&v) {
                                Ok(x) => printf_float(&mut out, x, spec.conv, spec.flags, width, prec),
                                Err(e) => out = er(e),
                            }
                        } else {
                            printf_int(&mut out, &v, spec.conv, spec.flags, width, prec);
                        }
                    } else {
                        printf_float(&mut out, bits(f[2]), spec.conv, spec.flags, width, prec);
                    }
                    out
                }
                _ => panic!("{line}"),
            };
            if got != want {
                failures.push(format!("{line:?}: got {got:?}"));
            }
            n += 1;
        }
        assert!(
            failures.is_empty(),
            "{} of {n} differ:\n{}",
            failures.len(),
            failures[..failures.len().min(30)].join("\n")
        );
    }

    /// Undoes Python's `unicode_escape` for the escapes the generator produces.
    fn unescape(s: &str) -> String {
        let mut out = String::new();
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let n = match it.next() {
                Some('x') => 2,
                Some('u') => 4,
                Some('U') => 8,
                Some('t') => {
                    out.push('\t');
                    continue;
                }
                Some('n') => {
                    out.push('\n');
                    continue;
                }
                Some('r') => {
                    out.push('\r');
                    continue;
                }
                Some(other) => {
                    out.push(other);
                    continue;
                }
                None => break,
            };
            let hex: String = (&mut it).take(n).collect();
            out.push(char::from_u32(u32::from_str_radix(&hex, 16).unwrap()).unwrap());
        }
        out
    }

    /// runtime-tests/data/numfmt_parse.txt: int(s, base) and float(s) of 12,000 random strings
    /// as python3 parsed them (runtime-tests/tools/gen_numfmt_tables.py).
    #[test]
    fn random_parse_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/runtime-tests/data/numfmt_parse.txt");
        let data = std::fs::read_to_string(path).unwrap();
        let er = |e: NumError| format!("!{:?}: {}", e.kind, e.msg);
        let mut failures = Vec::new();
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            let (op, base, s, want) = (f[0], f[1].parse::<u32>().unwrap(), unescape(f[2]), f[3]);
            let got = if op == "int" {
                parse_int(&s, base).map_or_else(er, |v| v.to_string())
            } else {
                parse_float(&s).map_or_else(er, |v| {
                    if v.is_nan() {
                        "nan".into()
                    } else {
                        format!("{:016x}", v.to_bits())
                    }
                })
            };
            if got != want {
                failures.push(format!("{line:?}: got {got:?}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} differ:\n{}",
            failures.len(),
            failures[..failures.len().min(30)].join("\n")
        );
    }

    /// Random byte soup from format-ish characters through every parser and formatter: no
    /// panics (results are not checked).
    #[test]
    fn no_panic_soup() {
        let alphabet: Vec<char> = "0123456789.,_+- #z%<>=^{}[]!:()*xXobBeEfFgGnsdcrajlhL\u{e9}\u{663}\u{20ac}\u{10000}"
            .chars()
            .collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let big: num_bigint::BigInt = "-123456789012345678901234567890".parse().unwrap();
        for _ in 0..20_000 {
            let len = (next() % 10) as usize;
            let s: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let x = f64::from_bits(next());
            let _ = format_float(x, &s);
            let _ = format_int(&big, &s);
            let _ = format_int_i64(next() as i64, &s);
            let _ = format_str("héllo", &s);
            let _ = format_complex(x, -x, &s);
            let _ = parse_int(&s, (next() % 38) as u32);
            let _ = parse_float(&s);
            let _ = float_fromhex(&s);
            for p in template::template_pieces(&s) {
                if let Ok(template::Piece::Field(f)) = p {
                    if let Ok((_, acc)) = template::split_field_name(f.name) {
                        acc.for_each(drop);
                    }
                }
            }
            for (i, _) in s.char_indices() {
                let _ = parse_printf_spec(&s, i);
            }
        }
    }
}
