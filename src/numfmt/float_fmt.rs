//! Float and complex to text: `repr(float)`, CPython's `PyOS_double_to_string` (e/f/g/r with
//! exact round-half-even digits), `format(float, spec)`, `format(complex, spec)`, complex repr.

use std::fmt::Write as _;

use super::spec::{grouping_for, layout_number, pad_into, parse_format_spec, unknown_code, Align, FormatSpec};
use super::{NumError, NumResult};

/// The conversion of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatStyle {
    /// `e`: one digit, point, `precision` digits, exponent.
    Exp,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, trailing zeros dropped (unless alternate).
    General,
    /// `r`: shortest round-trip digits (repr).
    Repr,
}

/// Options of `PyOS_double_to_string`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// `#`: always a decimal point; `g` keeps trailing zeros.
    pub alt: bool,
    /// Add `.0` to an integral result in positional notation.
    pub add_dot_0: bool,
    /// Upper-case `E`, `INF`, `NAN`.
    pub upper: bool,
    /// `z`: no minus sign on a result that rounds to zero.
    pub no_neg_zero: bool,
}

/// Shortest round-trip digits of a finite nonzero `a > 0` (no trailing zeros) and the decimal
/// point position: value = 0.DIGITS * 10^decpt.
fn shortest_digits(a: f64, digits: &mut [u8; 20]) -> (usize, i32) {
    // Ryu gives the shortest round-trip digits, ties to even as CPython's dtoa does; its
    // layout ("1e16", "0.0001", "1.5e-7") is reduced to digits and the point's position.
    let mut buf = ryu::Buffer::new();
    let text = buf.format_finite(a);
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut n = 0;
    let mut int_digits: i32 = 0;
    let mut seen_point = false;
    let mut leading = true;
    for b in mantissa.bytes() {
        if b == b'.' {
            seen_point = true;
            continue;
        }
        if !seen_point {
            int_digits += 1;
        }
        if leading && b == b'0' {
            int_digits -= 1;
            continue;
        }
        leading = false;
        if n < digits.len() {
            digits[n] = b;
            n += 1;
        }
    }
    while n > 1 && digits[n - 1] == b'0' {
        n -= 1;
    }
    if n == 0 {
        digits[0] = b'0';
        return (1, 1);
    }
    (n, exp + int_digits)
}

fn push_exponent(out: &mut String, e: i32, upper: bool) {
    out.push(if upper { 'E' } else { 'e' });
    out.push(if e < 0 { '-' } else { '+' });
    let _ = write!(out, "{:02}", e.unsigned_abs());
}

/// Removes Rust's `e<exp>` suffix from `out[start..]` and returns the exponent.
fn take_rust_exponent(out: &mut String, start: usize) -> i32 {
    match out[start..].rfind('e') {
        Some(i) => {
            let e = out[start + i + 1..].parse().unwrap_or(0);
            out.truncate(start + i);
            e
        }
        None => 0,
    }
}

/// `PyOS_double_to_string(x, style, precision, flags)`: appends the text of `x` to `out`
/// (a leading `-` for negative values; `nan` never has a sign).
pub fn float_to_string(out: &mut String, x: f64, style: FloatStyle, precision: usize, flags: FloatFlags) {
    if x.is_nan() {
        out.push_str(if flags.upper { "NAN" } else { "nan" });
        return;
    }
    let start = out.len();
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str(if flags.upper { "INF" } else { "inf" });
        return;
    }
    let a = x.abs();
    let body_start = out.len();
    match style {
        FloatStyle::Repr => {
            let mut digits = [0u8; 20];
            let (n, decpt) = if a == 0.0 {
                (1, 1)
            } else {
                shortest_digits(a, &mut digits)
            };
            if a == 0.0 {
                digits[0] = b'0';
            }
            let digits = std::str::from_utf8(&digits[..n]).unwrap_or("0");
            if decpt <= -4 || decpt > 16 {
                out.push_str(&digits[..1]);
                if n > 1 || flags.alt {
                    out.push('.');
                }
                out.push_str(&digits[1..]);
                push_exponent(out, decpt - 1, flags.upper);
            } else if decpt <= 0 {
                out.push_str("0.");
                for _ in 0..-decpt {
                    out.push('0');
                }
                out.push_str(digits);
            } else if (decpt as usize) < n {
                out.push_str(&digits[..decpt as usize]);
                out.push('.');
                out.push_str(&digits[decpt as usize..]);
            } else {
                out.push_str(digits);
                for _ in n..decpt as usize {
                    out.push('0');
                }
                if flags.add_dot_0 {
                    out.push_str(".0");
                } else if flags.alt {
                    out.push('.');
                }
            }
        }
        FloatStyle::Fixed => {
            let _ = write!(out, "{:.*}", precision, a);
            if flags.alt && precision == 0 {
                out.push('.');
            }
        }
        FloatStyle::Exp => {
            // Rust's exact `{:e}` digits, written in place, then CPython's exponent form.
            let _ = write!(out, "{:.*e}", precision, a);
            let e = take_rust_exponent(out, body_start);
            if flags.alt && precision == 0 {
                out.push('.');
            }
            push_exponent(out, e, flags.upper);
        }
        FloatStyle::General => {
            let p = precision.max(1);
            let _ = write!(out, "{:.*e}", p - 1, a);
            let e = take_rust_exponent(out, body_start);
            // Type '' with a precision switches to exponent notation one digit earlier.
            let limit = if flags.add_dot_0 { p as i32 - 1 } else { p as i32 };
            let exp_form = e < -4 || e >= limit;
            if !exp_form {
                out.truncate(body_start);
                let _ = write!(out, "{:.*}", (p as i32 - 1 - e) as usize, a);
            }
            let has_point = out[body_start..].contains('.');
            if !flags.alt {
                if has_point {
                    let keep = out.trim_end_matches('0').trim_end_matches('.').len();
                    out.truncate(keep);
                }
            } else if !has_point {
                out.push('.');
            }
            if exp_form {
                push_exponent(out, e, flags.upper);
            } else if flags.add_dot_0 && !out[body_start..].contains('.') {
                out.push_str(".0");
            }
        }
    }
    if flags.upper {
        // Only the exponent letter can be lower case here.
        if let Some(i) = out[body_start..].find('e') {
            out.replace_range(body_start + i..body_start + i + 1, "E");
        }
    }
    if flags.no_neg_zero && out[start..].starts_with('-') {
        let mantissa = out[body_start..].split(['e', 'E']).next().unwrap_or("");
        if mantissa.bytes().all(|b| b == b'0' || b == b'.') {
            out.remove(start);
        }
    }
}

/// `repr(x)` (and `str(x)`) for a float.
pub fn float_repr(x: f64) -> String {
    let mut s = String::with_capacity(24);
    float_to_string(
        &mut s,
        x,
        FloatStyle::Repr,
        0,
        FloatFlags {
            add_dot_0: true,
            ..Default::default()
        },
    );
    s
}

/// Appends `repr(x)` without `.0` (the parts of a complex repr).
pub fn float_repr_no_dot0(out: &mut String, x: f64) {
    float_to_string(out, x, FloatStyle::Repr, 0, FloatFlags::default());
}

/// `repr(complex(re, im))`: `1j`, `infj`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let mut out = String::with_capacity(32);
    if re == 0.0 && re.is_sign_positive() {
        float_repr_no_dot0(&mut out, im);
        out.push('j');
    } else {
        out.push('(');
        float_repr_no_dot0(&mut out, re);
        if !im.is_sign_negative() || im.is_nan() {
            out.push('+');
        }
        float_repr_no_dot0(&mut out, im);
        out.push_str("j)");
    }
    out
}

/// Splits a `float_to_string` result into (negative, integer digits, rest).
fn split_number(s: &str) -> (bool, &str, &str) {
    let (neg, body) = match s.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, s),
    };
    let nd = body.bytes().take_while(|b| b.is_ascii_digit()).count();
    (neg, &body[..nd], &body[nd..])
}

/// Resolves a float/complex spec type to the style, precision and flags of
/// `PyOS_double_to_string`. Returns (style, precision, flags, percent).
fn float_plan(spec: &FormatSpec, complex: bool, type_name: &str) -> NumResult<(FloatStyle, usize, FloatFlags, bool)> {
    let mut flags = FloatFlags {
        alt: spec.alternate,
        no_neg_zero: spec.no_neg_zero,
        ..Default::default()
    };
    let mut default_precision = 6;
    let mut pct = false;
    let style = match spec.ty {
        None => {
            if !complex {
                flags.add_dot_0 = true;
            }
            default_precision = 0;
            FloatStyle::Repr
        }
        Some('e') => FloatStyle::Exp,
        Some('E') => {
            flags.upper = true;
            FloatStyle::Exp
        }
        Some('f') => FloatStyle::Fixed,
        Some('F') => {
            flags.upper = true;
            FloatStyle::Fixed
        }
        Some('g') | Some('n') => FloatStyle::General,
        Some('G') => {
            flags.upper = true;
            FloatStyle::General
        }
        Some('%') if !complex => {
            pct = true;
            FloatStyle::Fixed
        }
        Some(t) => return Err(unknown_code(t, type_name)),
    };
    if let Some(p) = spec.precision {
        if p > i32::MAX as usize {
            return Err(NumError::value("precision too big"));
        }
    }
    let (style, precision) = match spec.precision {
        None => (style, default_precision),
        Some(p) if style == FloatStyle::Repr => (FloatStyle::General, p),
        Some(p) => (style, p),
    };
    Ok((style, precision, flags, pct))
}

/// `format(x, spec)` for a float with a parsed spec; `type_name` (`float` or a subclass's
/// name) is for the "Unknown format code" message.
pub fn format_float_spec(x: f64, spec: &FormatSpec, type_name: &str) -> NumResult<String> {
    if let Some(e) = super::spec::too_wide(spec, |sp| format_float_spec(x, sp, type_name)) {
        return Err(e);
    }
    let (style, precision, flags, pct) = float_plan(spec, false, type_name)?;
    let x = if pct { x * 100.0 } else { x };
    let mut s = String::with_capacity(32);
    float_to_string(&mut s, x, style, precision, flags);
    if pct {
        s.push('%');
    }
    if spec.sign.is_none() && spec.width.is_none() && spec.grouping == super::spec::Grouping::None {
        return Ok(s);
    }
    let (neg, digits, rest) = split_number(&s);
    let mut out = String::with_capacity(s.len() + spec.width.unwrap_or(0));
    layout_number(&mut out, neg, "", digits, rest, spec, grouping_for(spec, false));
    Ok(out)
}

/// `format(x, spec)` for a float (`''` gives `repr(x)`).
pub fn format_float(x: f64, spec: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let parsed = parse_format_spec(spec, Align::Right, "float")?;
    format_float_spec(x, &parsed, "float")
}

/// `format(complex(re, im), spec)` with a parsed spec (`type_name` as for floats).
pub fn format_complex_spec(re: f64, im: f64, spec: &FormatSpec, type_name: &str) -> NumResult<String> {
    if let Some(e) = super::spec::too_wide(spec, |sp| format_complex_spec(re, im, sp, type_name)) {
        return Err(e);
    }
    let (style, precision, flags, _) = float_plan(spec, true, type_name)?;
    if spec.fill == '0' {
        return Err(NumError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Align::AfterSign {
        return Err(NumError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (skip_re, parens) = if spec.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            (true, false)
        } else {
            (false, true)
        }
    } else {
        (false, false)
    };
    let group = grouping_for(spec, false);
    let mut inner = FormatSpec {
        fill: ' ',
        align: Align::Left,
        width: None,
        ..spec.clone()
    };
    let mut body = String::with_capacity(48);
    if parens {
        body.push('(');
    }
    let mut tmp = String::with_capacity(24);
    if !skip_re {
        float_to_string(&mut tmp, re, style, precision, flags);
        let (neg, d, r) = split_number(&tmp);
        layout_number(&mut body, neg, "", d, r, &inner, group);
        inner.sign = Some('+');
    }
    tmp.clear();
    float_to_string(&mut tmp, im, style, precision, flags);
    let (neg, d, r) = split_number(&tmp);
    layout_number(&mut body, neg, "", d, r, &inner, group);
    body.push('j');
    if parens {
        body.push(')');
    }
    let mut out = String::with_capacity(body.len() + spec.width.unwrap_or(0));
    let len = body.chars().count();
    pad_into(&mut out, &body, len, spec.width, spec.align, spec.fill);
    Ok(out)
}

/// `format(complex(re, im), spec)` (`''` gives `str(z)`).
pub fn format_complex(re: f64, im: f64, spec: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let parsed = parse_format_spec(spec, Align::Right, "complex")?;
    format_complex_spec(re, im, &parsed, "complex")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printf_like(x: f64, style: FloatStyle, p: usize) -> String {
        let mut s = String::new();
        float_to_string(&mut s, x, style, p, FloatFlags::default());
        s
    }

    /// runtime-tests/data/numfmt_floats.txt: 2,000 random doubles with python3's repr,
    /// '%.Nf', '%.Ne', '%.Ng', format(x, '.N') and format(x, '')
    /// (runtime-tests/tools/gen_numfmt_tables.py).
    #[test]
    fn random_table() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/runtime-tests/data/numfmt_floats.txt");
        let data = std::fs::read_to_string(path).unwrap();
        let mut n = 0;
        for line in data.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split(' ').collect();
            let x = f64::from_bits(u64::from_str_radix(f[0], 16).unwrap());
            let p: usize = f[1].parse().unwrap();
            assert_eq!(float_repr(x), f[2], "repr {line}");
            assert_eq!(printf_like(x, FloatStyle::Fixed, p), f[3], "f {line}");
            assert_eq!(printf_like(x, FloatStyle::Exp, p), f[4], "e {line}");
            assert_eq!(printf_like(x, FloatStyle::General, p), f[5], "g {line}");
            assert_eq!(format_float(x, &format!(".{p}")).unwrap(), f[6], "format .N {line}");
            assert_eq!(format_float(x, "").unwrap(), f[7], "format '' {line}");
            n += 1;
        }
        assert_eq!(n, 2000);
    }

    // Expected values from python3 (CPython 3.11.7): format(x, spec).
    #[test]
    fn float_specs() {
        let nan = f64::NAN;
        let inf = f64::INFINITY;
        let cases: &[(f64, &str, &str)] = &[
            (1.0, "", "1.0"),
            (1e16, "", "1e+16"),
            (1.5, ".2", "1.5"),
            (123.456, ".2", "1.2e+02"),
            (1.0, ".3", "1.0"),
            (1.0, "#", "1.0"),
            (1e16, "#", "1.e+16"),
            (1e15, "#", "1000000000000000.0"),
            (1.0, "#.3", "1.00"),
            (1.0, "#.0f", "1."),
            (1.0, "#.0e", "1.e+00"),
            (1.0, "#g", "1.00000"),
            (1e22, "#.3g", "1.00e+22"),
            (2.675, ".2f", "2.67"),
            (0.5, ".0f", "0"),
            (1.5, ".0f", "2"),
            (2.5, ".0f", "2"),
            (0.1, ".20f", "0.10000000000000000555"),
            (-0.0, "z", "0.0"),
            (-0.0001, "z.2f", "0.00"),
            (-0.0, "zg", "0"),
            (-0.0, "", "-0.0"),
            (1.5, "0=10", "00000001.5"),
            (12345.678, ",.2f", "12,345.68"),
            (1e16, ",", "1e+16"),
            (-1234.5, "020,", "-0,000,000,001,234.5"),
            (nan, "010", "0000000nan"),
            (-nan, "f", "nan"),
            (-inf, "=+10", "-      inf"),
            (inf, "%", "inf%"),
            (inf, "F", "INF"),
            (nan, "E", "NAN"),
            (0.125, ".1%", "12.5%"),
            (1.5, "=+#10.3f", "+    1.500"),
            (1234567.0, "_", "1_234_567.0"),
            (1234567.0, "n", "1.23457e+06"),
            (1e-5, "", "1e-05"),
            (0.0001, "", "0.0001"),
            (123456789012345.0, "", "123456789012345.0"),
            (1.5e300, "E", "1.500000E+300"),
            (0.0, "g", "0"),
            (1e-300, "G", "1E-300"),
            (100.0, "*^12.1e", "**1.0e+02***"),
        ];
        for &(x, spec, want) in cases {
            assert_eq!(format_float(x, spec).unwrap(), want, "{x} {spec:?}");
        }
        let bad: &[(&str, &str)] = &[
            ("c", "Unknown format code 'c' for object of type 'float'"),
            ("s", "Unknown format code 's' for object of type 'float'"),
            ("d", "Unknown format code 'd' for object of type 'float'"),
            (",n", "Cannot specify ',' with 'n'."),
        ];
        for &(spec, want) in bad {
            assert_eq!(format_float(1.5, spec).unwrap_err().msg, want, "{spec:?}");
        }
    }

    // Expected values from python3 (CPython 3.11.7).
    #[test]
    fn complex() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(-0.0, -0.0), "(-0-0j)");
        assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(complex_repr(0.0, 1e16), "1e+16j");
        let cases: &[(f64, f64, &str, &str)] = &[
            (1.0, 2.0, "", "(1+2j)"),
            (0.0, 2.0, "", "2j"),
            (1.0, 2.0, ".2", "(1+2j)"),
            (1.0, 2.0, "g", "1+2j"),
            (-0.0, 2.0, "", "(-0+2j)"),
            (-0.0, -0.0, "z", "(0+0j)"),
            (0.0, 1.0, "*<6", "1j****"),
            (1.5, -2.0, ">12.1f", "    1.5-2.0j"),
            (1.0, 2.0, "+", "(+1+2j)"),
            (0.0, 2.0, "+", "+2j"),
            (1e6, 2.0, ",", "(1,000,000+2j)"),
        ];
        for &(re, im, spec, want) in cases {
            assert_eq!(format_complex(re, im, spec).unwrap(), want, "{re} {im} {spec:?}");
        }
        assert_eq!(
            format_complex(1.0, 2.0, "010").unwrap_err().msg,
            "Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            format_complex(0.0, 1.0, "0<5").unwrap_err().msg,
            "Zero padding is not allowed in complex format specifier"
        );
        assert_eq!(
            format_complex(1.0, 2.0, "%").unwrap_err().msg,
            "Unknown format code '%' for object of type 'complex'"
        );
        assert_eq!(
            format_complex(1.0, 2.0, "=5").unwrap_err().msg,
            "'=' alignment flag is not allowed in complex format specifier"
        );
    }
}

#[cfg(test)]
mod perf {
    use super::*;
    use std::time::Instant;

    /// `cargo test --lib numfmt::float_fmt::perf -- --ignored --nocapture`: repr and '.2f'
    /// of 1,000,000 floats.
    #[test]
    #[ignore]
    fn repr_and_fixed() {
        let xs: Vec<f64> = (0..1_000_000).map(|i| (i as f64) * 1.2345678901 + 0.1).collect();
        let t = Instant::now();
        let mut n = 0;
        for &x in &xs {
            n += float_repr(x).len();
        }
        let a = t.elapsed();
        let spec = parse_format_spec(".2f", Align::Right, "float").unwrap();
        let t = Instant::now();
        for &x in &xs {
            n += format_float_spec(x, &spec, "float").unwrap().len();
        }
        let b = t.elapsed();
        let t = Instant::now();
        for &x in &xs {
            n += format_float(x, "10.3e").unwrap().len();
        }
        let c = t.elapsed();
        eprintln!("repr {a:?}, .2f {b:?}, format(x, '10.3e') {c:?} ({n})");
    }
}
