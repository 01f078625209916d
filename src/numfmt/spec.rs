//! The format-spec mini-language (`format(x, spec)`, `str.format`, f-strings): parsing a spec
//! into a `FormatSpec`, string formatting, and the padded/grouped number layout every numeric
//! formatter shares.

use super::{NumError, NumResult};

/// Alignment of a formatted field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    /// `=`: padding between the sign (and prefix) and the digits.
    AfterSign,
}

/// Thousands grouping requested by the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    None,
    Comma,
    Underscore,
}

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character (default space; `0` from the zero-padding shorthand).
    pub fill: char,
    /// Alignment, already defaulted (`<` for strings, `>` for numbers, `=` from `0`).
    pub align: Align,
    /// Whether `align` was given explicitly.
    pub align_given: bool,
    /// `+`, `-`, ` ` or None.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero (3.11).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// Minimum field width in code points.
    pub width: Option<usize>,
    pub grouping: Grouping,
    pub precision: Option<usize>,
    /// Presentation type, None when omitted.
    pub ty: Option<char>,
}

fn is_align(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Decimal value of `c` as `Py_UNICODE_TODECIMAL` gives it (any Unicode Nd digit).
pub fn unicode_decimal(c: char) -> Option<u32> {
    let cp = c as u32;
    if c.is_ascii_digit() {
        return Some(cp - '0' as u32);
    }
    if cp < 0x660 {
        return None;
    }
    let zeros = &super::decimal_digits::DECIMAL_ZEROS;
    let i = zeros.partition_point(|&z| z <= cp);
    if i == 0 {
        return None;
    }
    let d = cp - zeros[i - 1];
    if d < 10 {
        Some(d)
    } else {
        None
    }
}

fn read_integer(chars: &[char], pos: &mut usize) -> NumResult<Option<usize>> {
    let start = *pos;
    let mut acc: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| unicode_decimal(c)) {
        // Py_ssize_t limit.
        if acc > (isize::MAX as usize - d as usize) / 10 {
            return Err(NumError::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as usize;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

/// Type name for messages; `0x20ac` style escapes for characters outside 33..128.
fn char_for_msg(c: char) -> String {
    let cp = c as u32;
    if cp > 32 && cp < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", cp)
    }
}

/// Parses `spec` as CPython's `parse_internal_render_format_spec` does. `default_align` is
/// `Align::Left` for strings and `Align::Right` for numbers; `type_name` names the value's type
/// in the "Invalid format specifier" message.
pub fn parse_format_spec(spec: &str, default_align: Align, type_name: &str) -> NumResult<FormatSpec> {
    // Specs are short: decode into a stack buffer unless long.
    let mut stack = ['\0'; 24];
    let heap: Vec<char>;
    let chars: &[char] = if spec.len() <= stack.len() {
        let mut n = 0;
        for c in spec.chars() {
            stack[n] = c;
            n += 1;
        }
        &stack[..n]
    } else {
        heap = spec.chars().collect();
        &heap
    };
    let n = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec {
        fill: ' ',
        align: default_align,
        align_given: false,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        width: None,
        grouping: Grouping::None,
        precision: None,
        ty: None,
    };
    let mut fill_given = false;
    if n >= 2 {
        if let Some(a) = is_align(chars[1]) {
            out.align = a;
            out.fill = chars[0];
            fill_given = true;
            out.align_given = true;
            pos = 2;
        }
    }
    if !out.align_given && n >= 1 {
        if let Some(a) = is_align(chars[0]) {
            out.align = a;
            out.align_given = true;
            pos = 1;
        }
    }
    if let Some(&c) = chars.get(pos) {
        if c == '+' || c == '-' || c == ' ' {
            out.sign = Some(c);
            pos += 1;
        }
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_given && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        if !out.align_given && default_align == Align::Right {
            out.align = Align::AfterSign;
        }
        pos += 1;
    }
    out.width = read_integer(chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Grouping::Comma;
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping != Grouping::None {
            return Err(NumError::value("Cannot specify both ',' and '_'."));
        }
        out.grouping = Grouping::Underscore;
        pos += 1;
    }
    if chars.get(pos) == Some(&',') {
        return Err(NumError::value("Cannot specify both ',' and '_'."));
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = read_integer(chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(NumError::value("Format specifier missing precision"));
        }
    }
    if n - pos > 1 {
        return Err(NumError::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if n - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    if out.grouping != Grouping::None {
        // Strings (the only default-left-aligned values) have default type 's'.
        let ty = if out.ty.is_none() && default_align == Align::Left {
            Some('s')
        } else {
            out.ty
        };
        let ok = match ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
            Some('b' | 'o' | 'x' | 'X') => out.grouping == Grouping::Underscore,
            _ => false,
        };
        if !ok {
            let sep = if out.grouping == Grouping::Comma { ',' } else { '_' };
            return Err(NumError::value(format!(
                "Cannot specify '{}' with '{}'.",
                sep,
                char_for_msg(ty.unwrap_or('s'))
            )));
        }
    }
    Ok(out)
}

/// "Unknown format code 'x' for object of type 'float'".
pub fn unknown_code(ty: char, type_name: &str) -> NumError {
    let cp = ty as u32;
    if cp > 32 && cp < 128 {
        NumError::value(format!(
            "Unknown format code '{}' for object of type '{}'",
            ty, type_name
        ))
    } else {
        NumError::value(format!(
            "Unknown format code '\\x{:x}' for object of type '{}'",
            cp, type_name
        ))
    }
}

fn push_fill(out: &mut String, c: char, n: usize) {
    out.extend(std::iter::repeat(c).take(n));
}

/// Pads `body` (already `len` code points) to the spec's width with its fill and alignment.
pub(crate) fn pad_into(out: &mut String, body: &str, len: usize, width: Option<usize>, align: Align, fill: char) {
    let total = width.map_or(len, |w| w.max(len));
    let pad = total - len;
    let left = match align {
        Align::Right => pad,
        Align::Center => pad / 2,
        Align::Left | Align::AfterSign => 0,
    };
    push_fill(out, fill, left);
    out.push_str(body);
    push_fill(out, fill, pad - left);
}

/// `format(s, spec)` for a str with an already-parsed spec (type `s` or omitted).
/// Widths past this are not padded to: MemoryError, as CPython gives when it cannot allocate
/// the result (2**31 characters is beyond what a program means to build).
const MAX_WIDTH: usize = 1 << 31;

/// For a width no result can have: the error the spec gives without its width (an unknown
/// type code comes first, as in CPython), else MemoryError. `None` for ordinary widths.
pub(crate) fn too_wide(spec: &FormatSpec, f: impl Fn(&FormatSpec) -> NumResult<String>) -> Option<NumError> {
    if spec.width.unwrap_or(0) <= MAX_WIDTH {
        return None;
    }
    let mut narrow = spec.clone();
    narrow.width = None;
    Some(match f(&narrow) {
        Err(e) => e,
        Ok(_) => NumError::memory(),
    })
}

pub fn format_str_spec(s: &str, spec: &FormatSpec, type_name: &str) -> NumResult<String> {
    if let Some(e) = too_wide(spec, |sp| format_str_spec(s, sp, type_name)) {
        return Err(e);
    }
    if let Some(t) = spec.ty {
        if t != 's' {
            return Err(unknown_code(t, type_name));
        }
    }
    if let Some(c) = spec.sign {
        return Err(NumError::value(if c == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if spec.no_neg_zero {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Align::AfterSign {
        return Err(NumError::value("'=' alignment not allowed in string format specifier"));
    }
    let mut body = s;
    let mut len = s.chars().count();
    if let Some(p) = spec.precision {
        if len > p {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            body = &s[..cut];
            len = p;
        }
    }
    let mut out = String::with_capacity(body.len() + spec.width.unwrap_or(0));
    pad_into(&mut out, body, len, spec.width, spec.align, spec.fill);
    Ok(out)
}

/// `format(s, spec)` for a str: an empty spec gives `s` itself.
pub fn format_str(s: &str, spec: &str) -> NumResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let parsed = parse_format_spec(spec, Align::Left, "str")?;
    format_str_spec(s, &parsed, "str")
}

/// Digits grouped by `sep` every `group` digits from the right, zero-padded (with grouping)
/// to at least `min_width` characters, as `_PyUnicode_InsertThousandsGrouping` lays them out.
fn grouped_digits(out: &mut String, digits: &str, sep: Option<(char, usize)>, min_width: isize) {
    let Some((sep, group)) = sep else {
        let pad = (min_width - digits.len() as isize).max(0) as usize;
        push_fill(out, '0', pad);
        out.push_str(digits);
        return;
    };
    // Build the groups right to left, then reverse them.
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as isize;
    let mut min_width = min_width;
    let mut pieces: Vec<(usize, usize, usize)> = Vec::new(); // (zeros, start, end)
    loop {
        let l = (group as isize).min(remaining.max(min_width).max(1));
        let n_chars = remaining.min(l).max(0);
        let n_zeros = (l - remaining).max(0);
        let end = remaining.max(0) as usize;
        let start = end - n_chars as usize;
        pieces.push((n_zeros as usize, start, end));
        remaining -= n_chars;
        min_width -= group as isize;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    for (i, &(zeros, start, end)) in pieces.iter().rev().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        push_fill(out, '0', zeros);
        out.push_str(&digits[start..end]);
    }
}

/// Lays out a number as CPython's `calc_number_widths` + `fill_number`:
/// `[lpad][sign][prefix][spad][grouped digits][rest][rpad]`. `digits` is the integer part
/// (ASCII), `rest` the decimal point and what follows (or a `c` character); `group` is the
/// separator and group size.
pub(crate) fn layout_number(
    out: &mut String,
    negative: bool,
    prefix: &str,
    digits: &str,
    rest: &str,
    spec: &FormatSpec,
    group: Option<(char, usize)>,
) {
    let sign = match (negative, spec.sign) {
        (true, _) => Some('-'),
        (false, Some('+')) => Some('+'),
        (false, Some(' ')) => Some(' '),
        _ => None,
    };
    let rest_len = rest.chars().count();
    let non_digit = sign.is_some() as usize + prefix.len() + rest_len;
    let width = spec.width.map_or(-1, |w| w as isize);
    let min_width = if spec.fill == '0' && spec.align == Align::AfterSign {
        width - non_digit as isize
    } else {
        0
    };
    // Without grouping the digits are only zero-padded: no intermediate buffer.
    let mut body = String::new();
    let body_len = if digits.is_empty() {
        0
    } else if group.is_none() {
        digits.len().max(min_width.max(0) as usize)
    } else {
        grouped_digits(&mut body, digits, group, min_width);
        body.len()
    };
    let len = non_digit + body_len;
    let pad = (width - len as isize).max(0) as usize;
    let (l, s, r) = match spec.align {
        Align::Left => (0, 0, pad),
        Align::Center => (pad / 2, 0, pad - pad / 2),
        Align::AfterSign => (0, pad, 0),
        Align::Right => (pad, 0, 0),
    };
    out.reserve(len + pad);
    push_fill(out, spec.fill, l);
    if let Some(c) = sign {
        out.push(c);
    }
    out.push_str(prefix);
    push_fill(out, spec.fill, s);
    if group.is_none() && !digits.is_empty() {
        push_fill(out, '0', body_len - digits.len());
        out.push_str(digits);
    } else {
        out.push_str(&body);
    }
    out.push_str(rest);
    push_fill(out, spec.fill, r);
}

/// The separator and group size for a spec and radix (`_` every 4 digits for b/o/x/X).
pub(crate) fn grouping_for(spec: &FormatSpec, radix_pow2: bool) -> Option<(char, usize)> {
    match spec.grouping {
        Grouping::None => None,
        Grouping::Comma => Some((',', 3)),
        Grouping::Underscore => Some(('_', if radix_pow2 { 4 } else { 3 })),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from python3 (CPython 3.11.7): format(s, spec).
    #[test]
    fn strings() {
        let ok = [
            ("ab", "05", "ab000"),
            ("x", "\u{0}<5", "x\u{0}\u{0}\u{0}\u{0}"),
            ("abc", ".1", "a"),
            ("abc", "^6.2", "  ab  "),
            ("héllo", "*^9", "**héllo**"),
            ("héllo", ">7.3", "    hél"),
            ("abc", "s", "abc"),
            ("abc", "", "abc"),
            ("abc", "<2", "abc"),
        ];
        for (s, spec, want) in ok {
            assert_eq!(format_str(s, spec).unwrap(), want, "{s:?} {spec:?}");
        }
        let bad = [
            (
                "a",
                "z",
                "Negative zero coercion (z) not allowed in string format specifier",
            ),
            ("x", "d", "Unknown format code 'd' for object of type 'str'"),
            (
                "x",
                "<\u{20ac}",
                "Unknown format code '\\x20ac' for object of type 'str'",
            ),
            ("x", "+", "Sign not allowed in string format specifier"),
            ("x", "#", "Alternate form (#) not allowed in string format specifier"),
            ("x", "=5", "'=' alignment not allowed in string format specifier"),
            ("x", ",", "Cannot specify ',' with 's'."),
            ("x", "_", "Cannot specify '_' with 's'."),
            (
                "x",
                "1_000",
                "Invalid format specifier '1_000' for object of type 'str'",
            ),
            ("x", ".", "Format specifier missing precision"),
            ("x", "99999999999999999999", "Too many decimal digits in format string"),
            ("x", "5,_", "Cannot specify both ',' and '_'."),
            ("x", "5_,", "Cannot specify both ',' and '_'."),
        ];
        for (s, spec, want) in bad {
            assert_eq!(
                format_str(s, spec).map_err(|e| e.msg),
                Err(want.to_string()),
                "{s:?} {spec:?}"
            );
        }
    }

    #[test]
    fn decimal_digits() {
        assert_eq!(unicode_decimal('7'), Some(7));
        assert_eq!(unicode_decimal('\u{663}'), Some(3));
        assert_eq!(unicode_decimal('\u{ff19}'), Some(9));
        assert_eq!(unicode_decimal('a'), None);
        assert_eq!(unicode_decimal('\u{b2}'), None); // superscript two: a digit, not decimal
    }
}
