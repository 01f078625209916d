//! printf-style formatting (`str % args`): parsing one conversion spec, and formatting an int,
//! float, str or char for it with CPython 3.11's flags, width, precision and messages. Argument
//! fetching (`*`, mapping keys, counting) belongs to the caller.

use num_bigint::{BigInt, Sign};

use super::float_fmt::{float_to_string, FloatFlags, FloatStyle};
use super::{NumError, NumResult};

/// The flags of a conversion spec.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PrintfFlags {
    /// `-`: left-justify.
    pub left: bool,
    /// `+`: always a sign.
    pub sign: bool,
    /// ` `: a space for positive numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub alt: bool,
    /// `0`: zero padding (numbers only).
    pub zero: bool,
}

/// A width or precision: a number, or `*` (taken from the arguments by the caller).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Star,
    Value(usize),
}

/// One parsed `%` conversion spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintfSpec {
    /// Byte range of the mapping key inside the format string (`%(key)s`), without parentheses.
    pub key: Option<(usize, usize)>,
    pub flags: PrintfFlags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character (`%` only for the literal `%%`).
    pub conv: char,
    /// Code point index of the conversion character (for "unsupported format character").
    pub conv_index: usize,
    /// Byte offset just past the spec.
    pub end: usize,
}

/// Parses the conversion spec that starts at byte `start` of `fmt` (just after the `%`).
/// The conversion character is returned unchecked: CPython fetches the argument before it
/// rejects an unknown one, so the caller does the same and then calls `unsupported_char`.
/// `%%` comes back as conv `%` only when nothing stands between the two `%`; a `%` after
/// flags/width is an unsupported character.
pub fn parse_printf_spec(fmt: &str, start: usize) -> NumResult<PrintfSpec> {
    let b = fmt.as_bytes();
    let mut i = start;
    let mut spec = PrintfSpec {
        key: None,
        flags: PrintfFlags::default(),
        width: None,
        precision: None,
        conv: '%',
        conv_index: 0,
        end: start,
    };
    if b.get(i) == Some(&b'(') {
        i += 1;
        let key_start = i;
        let mut depth = 1;
        while i < b.len() {
            match b[i] {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        if depth > 0 {
            return Err(NumError::value("incomplete format key"));
        }
        spec.key = Some((key_start, i));
        i += 1;
    }
    while let Some(&c) = b.get(i) {
        match c {
            b'-' => spec.flags.left = true,
            b'+' => spec.flags.sign = true,
            b' ' => spec.flags.space = true,
            b'#' => spec.flags.alt = true,
            b'0' => spec.flags.zero = true,
            _ => break,
        }
        i += 1;
    }
    let read_count = |i: &mut usize, what: &str| -> NumResult<Option<Count>> {
        if b.get(*i) == Some(&b'*') {
            *i += 1;
            return Ok(Some(Count::Star));
        }
        let mut v: usize = 0;
        let s = *i;
        while let Some(d) = b.get(*i).filter(|c| c.is_ascii_digit()) {
            let d = (d - b'0') as usize;
            if v > (isize::MAX as usize - d) / 10 {
                return Err(NumError::value(format!("{what} too big")));
            }
            v = v * 10 + d;
            *i += 1;
        }
        Ok(if *i == s { None } else { Some(Count::Value(v)) })
    };
    spec.width = read_count(&mut i, "width")?;
    if b.get(i) == Some(&b'.') {
        i += 1;
        spec.precision = Some(read_count(&mut i, "precision")?.unwrap_or(Count::Value(0)));
    }
    // Length modifiers are accepted and ignored.
    while matches!(b.get(i), Some(b'h' | b'l' | b'L')) {
        i += 1;
    }
    let Some(c) = fmt.get(i..).and_then(|s| s.chars().next()) else {
        return Err(NumError::value("incomplete format"));
    };
    spec.conv = c;
    spec.conv_index = fmt[..i].chars().count();
    spec.end = i + c.len_utf8();
    Ok(spec)
}

/// Whether a spec is the literal `%%`.
pub fn is_literal_percent(spec: &PrintfSpec, start: usize) -> bool {
    spec.conv == '%' && spec.end == start + 1
}

/// "unsupported format character 'z' (0x7a) at index 1".
pub fn unsupported_char(c: char, index: usize) -> NumError {
    let cp = c as u32;
    let shown = if (31..=126).contains(&cp) { c } else { '?' };
    NumError::value(format!(
        "unsupported format character '{}' ({:#x}) at index {}",
        shown, cp, index
    ))
}

/// Writes `body` (a number's text, maybe with a leading `-`) with sign, alternate-form
/// prefix handling and padding as CPython's `unicode_format_arg_output` does.
fn output_number(out: &mut String, body: &str, flags: PrintfFlags, width: usize, has_prefix: bool) {
    let (mut sign, digits) = match body.as_bytes().first() {
        Some(b'-') => (Some('-'), &body[1..]),
        Some(b'+') => (Some('+'), &body[1..]),
        _ => (None, body),
    };
    if sign.is_none() {
        if flags.sign {
            sign = Some('+');
        } else if flags.space {
            sign = Some(' ');
        }
    }
    let (prefix, digits) = if has_prefix && digits.len() >= 2 {
        digits.split_at(2)
    } else {
        ("", digits)
    };
    let len = sign.is_some() as usize + prefix.len() + digits.chars().count();
    let pad = width.saturating_sub(len);
    let zero = flags.zero && !flags.left;
    out.reserve(len + pad);
    if flags.left {
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(digits);
        out.extend(std::iter::repeat(' ').take(pad));
    } else if zero {
        out.extend(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat('0').take(pad));
        out.push_str(digits);
    } else {
        out.extend(std::iter::repeat(' ').take(pad));
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(digits);
    }
}

/// `%d %i %u %o %x %X` of an int (the caller has already converted the argument, e.g.
/// `int(3.9)` for `%d`).
pub fn printf_int(
    out: &mut String,
    v: &BigInt,
    conv: char,
    flags: PrintfFlags,
    width: usize,
    precision: Option<usize>,
) {
    let (base, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut body = String::with_capacity(digits.len() + 4 + precision.unwrap_or(0));
    if v.sign() == Sign::Minus {
        body.push('-');
    }
    let alt_prefix = flags.alt && !prefix.is_empty();
    if alt_prefix {
        body.push_str(prefix);
    }
    if let Some(p) = precision {
        body.extend(std::iter::repeat('0').take(p.saturating_sub(digits.len())));
    }
    body.push_str(&digits);
    output_number(out, &body, flags, width, alt_prefix);
}

/// `%e %E %f %F %g %G` of a float (precision defaults to 6).
pub fn printf_float(out: &mut String, x: f64, conv: char, flags: PrintfFlags, width: usize, precision: Option<usize>) {
    let style = match conv {
        'e' | 'E' => FloatStyle::Exp,
        'f' | 'F' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let fl = FloatFlags {
        alt: flags.alt,
        upper: conv.is_ascii_uppercase(),
        ..Default::default()
    };
    let mut body = String::with_capacity(32);
    float_to_string(&mut body, x, style, precision.unwrap_or(6), fl);
    output_number(out, &body, flags, width, false);
}

/// `%s %r %a` of an already-converted str, and `%c` of a one-character str: precision cuts
/// to that many code points, width pads with spaces (the `0` flag does not apply).
pub fn printf_str(out: &mut String, s: &str, flags: PrintfFlags, width: usize, precision: Option<usize>) {
    let mut body = s;
    let mut len = s.chars().count();
    if let Some(p) = precision {
        if len > p {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            body = &s[..cut];
            len = p;
        }
    }
    let pad = width.saturating_sub(len);
    if !flags.left {
        out.extend(std::iter::repeat(' ').take(pad));
    }
    out.push_str(body);
    if flags.left {
        out.extend(std::iter::repeat(' ').take(pad));
    }
}

/// The character for `%c` of an int.
pub fn printf_char_of_int(v: &BigInt) -> NumResult<char> {
    match i64::try_from(v) {
        Ok(i) if (0..=0x10ffff).contains(&i) => Ok(char::from_u32(i as u32).unwrap_or('\u{FFFD}')),
        Ok(_) => Err(NumError::overflow("%c arg not in range(0x110000)")),
        Err(_) => Err(NumError::overflow("%c arg not in range(0x110000)")),
    }
}

/// TypeError messages of `%` formatting, for the caller.
pub mod messages {
    use super::NumError;
    /// `%d` of a non-number: "%d format: a real number is required, not str".
    pub fn real_required(conv: char, type_name: &str) -> NumError {
        NumError::type_error(format!("%{conv} format: a real number is required, not {type_name}"))
    }
    /// `%x` of a non-integer: "%x format: an integer is required, not float".
    pub fn integer_required(conv: char, type_name: &str) -> NumError {
        NumError::type_error(format!("%{conv} format: an integer is required, not {type_name}"))
    }
    /// `%e` of a non-number: "must be real number, not str".
    pub fn must_be_real(type_name: &str) -> NumError {
        NumError::type_error(format!("must be real number, not {type_name}"))
    }
    pub fn char_required() -> NumError {
        NumError::type_error("%c requires int or char")
    }
    pub fn star_wants_int() -> NumError {
        NumError::type_error("* wants int")
    }
    pub fn not_enough_args() -> NumError {
        NumError::type_error("not enough arguments for format string")
    }
    pub fn not_all_converted() -> NumError {
        NumError::type_error("not all arguments converted during string formatting")
    }
    pub fn mapping_required() -> NumError {
        NumError::type_error("format requires a mapping")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny driver over positional arguments, enough to check the pieces end to end.
    enum Arg<'a> {
        I(i64),
        F(f64),
        S(&'a str),
    }

    fn fmt(f: &str, args: &[Arg]) -> Result<String, String> {
        let mut out = String::new();
        let mut rest = args.iter();
        let mut pos = 0;
        while let Some(off) = f[pos..].find('%') {
            out.push_str(&f[pos..pos + off]);
            let start = pos + off + 1;
            let spec = parse_printf_spec(f, start).map_err(|e| e.msg)?;
            pos = spec.end;
            if is_literal_percent(&spec, start) {
                out.push('%');
                continue;
            }
            let mut flags = spec.flags;
            let width = match spec.width {
                Some(Count::Star) => match rest.next() {
                    Some(Arg::I(w)) => {
                        if *w < 0 {
                            flags.left = true;
                        }
                        w.unsigned_abs() as usize
                    }
                    _ => return Err("* wants int".into()),
                },
                Some(Count::Value(w)) => w,
                None => 0,
            };
            let prec = match spec.precision {
                Some(Count::Star) => match rest.next() {
                    Some(Arg::I(p)) => Some((*p).max(0) as usize),
                    _ => return Err("* wants int".into()),
                },
                Some(Count::Value(p)) => Some(p),
                None => None,
            };
            let arg = rest.next().ok_or("not enough arguments for format string")?;
            match (spec.conv, arg) {
                ('d' | 'i' | 'u' | 'o' | 'x' | 'X', Arg::I(v)) => {
                    printf_int(&mut out, &BigInt::from(*v), spec.conv, flags, width, prec)
                }
                ('d' | 'i' | 'u', Arg::F(v)) => printf_int(
                    &mut out,
                    &super::super::float_to_bigint(*v).unwrap(),
                    spec.conv,
                    flags,
                    width,
                    prec,
                ),
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::F(v)) => {
                    printf_float(&mut out, *v, spec.conv, flags, width, prec)
                }
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::I(v)) => {
                    printf_float(&mut out, *v as f64, spec.conv, flags, width, prec)
                }
                ('s' | 'r', Arg::S(s)) => printf_str(&mut out, s, flags, width, prec),
                ('s' | 'r', Arg::F(v)) => printf_str(&mut out, &super::super::float_repr(*v), flags, width, prec),
                ('c', Arg::I(v)) => {
                    let c = printf_char_of_int(&BigInt::from(*v)).map_err(|e| e.msg)?;
                    printf_str(&mut out, &c.to_string(), flags, width, None)
                }
                ('c', Arg::S(s)) => printf_str(&mut out, s, flags, width, None),
                (c, _) if !"diuoxXeEfFgGsrac".contains(c) || c == '%' => {
                    return Err(unsupported_char(c, spec.conv_index).msg)
                }
                _ => return Err("type".into()),
            }
        }
        out.push_str(&f[pos..]);
        Ok(out)
    }

    // Expected values from python3 (CPython 3.11.7): fmt % args.
    #[test]
    fn conversions() {
        use Arg::*;
        let inf = f64::INFINITY;
        let cases: Vec<(&str, Vec<Arg>, Result<&str, &str>)> = vec![
            (
                "%5%",
                vec![I(1)],
                Err("unsupported format character '%' (0x25) at index 2"),
            ),
            ("%%", vec![], Ok("%")),
            ("%05s", vec![S("ab")], Ok("   ab")),
            ("%05c", vec![S("a")], Ok("    a")),
            ("%-05d|", vec![I(5)], Ok("5    |")),
            ("%F", vec![F(inf)], Ok("INF")),
            ("%F", vec![F(1.5)], Ok("1.500000")),
            ("%#5x", vec![I(255)], Ok(" 0xff")),
            ("%#-8X|", vec![I(255)], Ok("0XFF    |")),
            ("%+#o", vec![I(8)], Ok("+0o10")),
            ("%hd", vec![I(5)], Ok("5")),
            ("%Lf", vec![I(5)], Ok("5.000000")),
            ("%l", vec![I(5)], Err("incomplete format")),
            ("%.3", vec![I(5)], Err("incomplete format")),
            ("%", vec![I(5)], Err("incomplete format")),
            ("%(a", vec![], Err("incomplete format key")),
            (
                "x%\u{20ac}",
                vec![I(1)],
                Err("unsupported format character '?' (0x20ac) at index 2"),
            ),
            (
                "ab%y",
                vec![I(1)],
                Err("unsupported format character 'y' (0x79) at index 3"),
            ),
            ("% +d", vec![I(5)], Ok("+5")),
            ("%+ d", vec![I(5)], Ok("+5")),
            ("%010.3e", vec![F(-1.5)], Ok("-1.500e+00")),
            ("%-+8.2f|", vec![F(1.5)], Ok("+1.50   |")),
            ("%#.3g", vec![F(1.0)], Ok("1.00")),
            ("%.0g", vec![F(123.0)], Ok("1e+02")),
            ("%g", vec![F(1e16)], Ok("1e+16")),
            ("%.2s", vec![F(1.0)], Ok("1.")),
            ("% 05.1f", vec![F(2.25)], Ok(" 02.2")),
            ("%5c|", vec![I(65)], Ok("    A|")),
            (
                "%.50d",
                vec![I(1)],
                Ok("00000000000000000000000000000000000000000000000001"),
            ),
            ("%x", vec![I(-255)], Ok("-ff")),
            ("%#x", vec![I(0)], Ok("0x0")),
            ("%o", vec![I(-8)], Ok("-10")),
            ("%#.3o", vec![I(8)], Ok("0o010")),
            ("%0#8o", vec![I(-8)], Ok("-0o00010")),
            ("%#010x", vec![I(255)], Ok("0x000000ff")),
            ("%#.5x", vec![I(-255)], Ok("-0x000ff")),
            ("%+.3d", vec![I(5)], Ok("+005")),
            ("% 05d", vec![I(-5)], Ok("-0005")),
            ("%#.0f", vec![I(1)], Ok("1.")),
            ("%#g", vec![I(1)], Ok("1.00000")),
            ("%.0e", vec![I(12345)], Ok("1e+04")),
            ("%010f", vec![F(inf)], Ok("0000000inf")),
            ("%i", vec![F(3.9)], Ok("3")),
            ("%u", vec![I(-3)], Ok("-3")),
            ("%c", vec![I(-1)], Err("%c arg not in range(0x110000)")),
            ("%*.*f", vec![I(8), I(2), F(1.23456)], Ok("    1.23")),
            ("%-*d|", vec![I(-5), I(3)], Ok("3    |")),
            ("%.20f", vec![F(0.1)], Ok("0.10000000000000000555")),
            ("%s and %r", vec![S("a"), S("'b'")], Ok("a and 'b'")),
        ];
        for (f, args, want) in cases {
            assert_eq!(
                fmt(f, &args).as_deref(),
                want.map_err(|e| e.to_string()).as_deref(),
                "{f:?}"
            );
        }
        assert_eq!(
            parse_printf_spec("%99999999999999999999d", 1).unwrap_err().msg,
            "width too big"
        );
        assert_eq!(
            parse_printf_spec("%.99999999999999999999d", 1).unwrap_err().msg,
            "precision too big"
        );
        let s = parse_printf_spec("%(a(b)c)s", 1).unwrap();
        assert_eq!(s.key, Some((2, 7)));
        assert_eq!(s.conv, 's');
    }
}
