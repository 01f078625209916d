//! `complex`: layout, arithmetic (CPython's `_Py_c_quot`/`_Py_c_pow` algorithms), comparisons,
//! hash, the constructor (numbers, `__complex__`, and the string syntax), methods and slots.
//! Repr and format come from `crate::numfmt`.

use super::exceptions::{overflow_error, type_error, value_error, zero_division_error};
use super::float::float_val;
use super::int::{bool_value, int_ref, num_err};
use super::int_ops::{cmp_result, compare_int_float, int_to_f64, OP_ADD, OP_MUL, OP_POW, OP_SUB, OP_TRUEDIV};
use super::num_args::{exact_args, number_dunders, parse_args};
use super::object::ObjHeader;
use super::typeobj::{CmpOp, GetSetDef, MethodDef, Slots, TypeFlags, TypeObject, UnOp};
use super::value::Value;
use super::{not_implemented, str::new_str};
use crate::numfmt;
use crate::vm::{ops, PyResult, Vm};

/// A complex number.
#[repr(C)]
pub struct ComplexObject {
    pub header: ObjHeader,
    pub re: f64,
    pub im: f64,
}

pub const COMPLEX_SLOTS: Slots = Slots {
    dealloc: super::num_args::dealloc_number::<ComplexObject>,
    repr: Some(complex_repr),
    hash: Some(complex_hash),
    richcmp: Some(complex_richcmp),
    binop: Some(complex_binop),
    unop: Some(complex_unop),
    bool: Some(complex_bool),
    new: Some(complex_new),
    ..Slots::EMPTY
};

pub static COMPLEX_TYPE: TypeObject =
    TypeObject::new_static("complex", Some(&super::OBJECT_TYPE), TypeFlags::BASETYPE, COMPLEX_SLOTS, COMPLEX_METHODS, COMPLEX_GETSETS);

/// A new exact complex.
pub fn new_complex(re: f64, im: f64) -> Value {
    super::object::alloc(ComplexObject { header: ObjHeader::new(&COMPLEX_TYPE), re, im })
}

/// A new instance of `ty` (`complex` or a subclass).
pub fn new_complex_of_type(ty: &TypeObject, re: f64, im: f64) -> Value {
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        ty.as_value().incref();
    }
    super::object::alloc(ComplexObject { header: ObjHeader::new(ty), re, im })
}

/// Whether `v` is a complex (or complex-subclass instance).
#[inline]
pub fn is_complex(v: Value) -> bool {
    v.is_ptr() && (v.is_exact(&COMPLEX_TYPE) || v.ty().is_subtype(&COMPLEX_TYPE))
}

/// `(real, imag)` of a complex value; `None` for anything else.
#[inline]
pub fn complex_val(v: Value) -> Option<(f64, f64)> {
    if is_complex(v) {
        // SAFETY: complex (subclass) instances have the ComplexObject layout.
        let c = unsafe { v.as_ref::<ComplexObject>() };
        Some((c.re, c.im))
    } else {
        None
    }
}

type C = (f64, f64);

/// An operand of complex arithmetic: complex, float or int; `Ok(None)` otherwise.
fn operand(v: Value) -> PyResult<Option<C>> {
    if let Some(c) = complex_val(v) {
        return Ok(Some(c));
    }
    if let Some(f) = float_val(v) {
        return Ok(Some((f, 0.0)));
    }
    match int_ref(v) {
        Some(i) => Ok(Some((int_to_f64(i)?, 0.0))),
        None => Ok(None),
    }
}

fn c_mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `a / b`; `None` for division by zero (CPython's `_Py_c_quot`, Smith's method).
fn c_quot(a: C, b: C) -> Option<C> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// Why a complex power failed.
enum PowErr {
    ZeroNegative,
}

fn c_pow(a: C, b: C) -> Result<C, PowErr> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowErr::ZeroNegative);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: C, n: u64) -> C {
    let (mut r, mut p, mut mask) = ((1.0, 0.0), x, 1u64);
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    r
}

fn c_powi(x: C, n: i64) -> Result<C, PowErr> {
    if n > 0 {
        Ok(c_powu(x, n as u64))
    } else {
        c_quot((1.0, 0.0), c_powu(x, n.unsigned_abs())).ok_or(PowErr::ZeroNegative)
    }
}

/// `a ** b` for complex operands, as a complex value (CPython's `complex_pow`).
pub fn complex_pow_value(_vm: &mut Vm, a: C, b: C) -> PyResult {
    let r = if b.1 == 0.0 && b.0 == b.0.trunc() && b.0.abs() <= 100.0 { c_powi(a, b.0 as i64) } else { c_pow(a, b) };
    match r {
        Err(PowErr::ZeroNegative) => Err(zero_division_error("0.0 to a negative or complex power")),
        Ok(c) if c.0.is_infinite() || c.1.is_infinite() => Err(overflow_error("complex exponentiation")),
        Ok(c) => Ok(new_complex(c.0, c.1)),
    }
}

fn complex_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    if op >= 13 || !matches!(op, OP_ADD | OP_SUB | OP_MUL | OP_TRUEDIV | OP_POW) {
        return Ok(not_implemented());
    }
    if !is_complex(a) && !is_complex(b) {
        return Ok(not_implemented());
    }
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(not_implemented());
    };
    let r = match op {
        OP_ADD => (x.0 + y.0, x.1 + y.1),
        OP_SUB => (x.0 - y.0, x.1 - y.1),
        OP_MUL => c_mul(x, y),
        OP_TRUEDIV => match c_quot(x, y) {
            Some(r) => r,
            None => return Err(zero_division_error("complex division by zero")),
        },
        _ => return complex_pow_value(vm, x, y),
    };
    Ok(new_complex(r.0, r.1))
}

fn complex_pow3(_vm: &mut Vm, a: Value, b: Value, _m: Value) -> PyResult {
    if operand(a)?.is_none() || operand(b)?.is_none() {
        return Ok(not_implemented());
    }
    Err(value_error("complex modulo"))
}

fn complex_divmod(_vm: &mut Vm, _a: Value, _b: Value) -> PyResult {
    Ok(not_implemented())
}

fn complex_richcmp(_vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    let Some(x) = complex_val(a) else {
        return Ok(not_implemented());
    };
    if op != CmpOp::Eq && op != CmpOp::Ne {
        return Ok(not_implemented());
    }
    let eq = if let Some(i) = int_ref(b) {
        x.1 == 0.0 && cmp_result(CmpOp::Eq, compare_int_float(i, x.0))
    } else if let Some(f) = float_val(b) {
        x.1 == 0.0 && x.0 == f
    } else if let Some(y) = complex_val(b) {
        x.0 == y.0 && x.1 == y.1
    } else {
        return Ok(not_implemented());
    };
    Ok(bool_value(if op == CmpOp::Eq { eq } else { !eq }))
}

fn complex_repr(_vm: &mut Vm, v: Value) -> PyResult {
    let (re, im) = complex_val(v).unwrap_or((0.0, 0.0));
    Ok(new_str(&numfmt::complex_repr(re, im)))
}

/// `hash(complex(re, im))`: hash(re) + 1000003 * hash(im), wrapping, -1 -> -2.
pub fn hash_complex(re: f64, im: f64) -> i64 {
    let hr = numfmt::hash_f64(re).unwrap_or(0) as u64;
    let hi = numfmt::hash_f64(im).unwrap_or(0) as u64;
    let h = hr.wrapping_add(hi.wrapping_mul(1000003)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn complex_hash(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    let (re, im) = complex_val(v).unwrap_or((0.0, 0.0));
    Ok(hash_complex(re, im))
}

fn complex_bool(_vm: &mut Vm, v: Value) -> PyResult<bool> {
    let (re, im) = complex_val(v).unwrap_or((0.0, 0.0));
    Ok(re != 0.0 || im != 0.0)
}

/// `abs(z)`: OverflowError "absolute value too large" when finite parts overflow.
pub fn complex_abs(re: f64, im: f64) -> PyResult<f64> {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(r)
}

fn complex_unop(_vm: &mut Vm, v: Value, op: UnOp) -> PyResult {
    let Some((re, im)) = complex_val(v) else {
        return Ok(not_implemented());
    };
    Ok(match op {
        UnOp::Neg => new_complex(-re, -im),
        UnOp::Pos => new_complex(re, im),
        UnOp::Abs => Value::float(complex_abs(re, im)?),
        UnOp::Invert => return Err(type_error(format!("bad operand type for unary ~: '{}'", ops::type_name(v)))),
    })
}

// ---------------------------------------------------------------------------------------
// Construction

/// The end of a float literal starting at `i` (sign, digits with underscores, point,
/// exponent, or inf/infinity/nan), or `None` when there is none.
fn scan_float(s: &[u8], mut i: usize) -> Option<usize> {
    if matches!(s.get(i), Some(b'+' | b'-')) {
        i += 1;
    }
    let rest = &s[i.min(s.len())..];
    let lower: Vec<u8> = rest.iter().take(8).map(|c| c.to_ascii_lowercase()).collect();
    if lower.starts_with(b"infinity") {
        return Some(i + 8);
    }
    if lower.starts_with(b"inf") || lower.starts_with(b"nan") {
        return Some(i + 3);
    }
    let start = i;
    let mut digits = 0;
    while let Some(c) = s.get(i) {
        if c.is_ascii_digit() {
            digits += 1;
        } else if *c != b'_' {
            break;
        }
        i += 1;
    }
    if s.get(i) == Some(&b'.') {
        i += 1;
        while let Some(c) = s.get(i) {
            if c.is_ascii_digit() {
                digits += 1;
            } else if *c != b'_' {
                break;
            }
            i += 1;
        }
    }
    if digits == 0 || i == start {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        if s.get(j).map(|c| c.is_ascii_digit()).unwrap_or(false) {
            while let Some(c) = s.get(j) {
                if !(c.is_ascii_digit() || *c == b'_') {
                    break;
                }
                j += 1;
            }
            i = j;
        }
    }
    Some(i)
}

/// `complex(s)` for a string: `1`, `2j`, `1+2j`, `-j`, `(1-2.5e3J)`, with surrounding
/// whitespace and optional parentheses.
/// `Err(())` means "malformed" (the caller raises CPython's single message).
#[allow(clippy::result_unit_err)]
pub fn parse_complex(text: &str) -> Result<C, ()> {
    // Non-ASCII decimal digits and spaces count as their ASCII forms (as CPython's
    // `_PyUnicode_TransformDecimalAndSpaceToASCII`); other non-ASCII text is malformed.
    let ascii: String;
    let text = if text.is_ascii() {
        text
    } else {
        ascii = text
            .chars()
            .map(|c| match c {
                c if c.is_ascii() => c,
                c if c.is_whitespace() => ' ',
                c => match numfmt::spec::unicode_decimal(c) {
                    Some(d) => char::from(b'0' + d as u8),
                    None => '?',
                },
            })
            .collect();
        &ascii
    };
    let mut s = text.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    if s.starts_with('(') {
        if !s.ends_with(')') || s.len() < 2 {
            return Err(());
        }
        s = s[1..s.len() - 1].trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    }
    let b = s.as_bytes();
    let num = |a: usize, e: usize| numfmt::parse_float(&s[a..e]).map_err(|_| ());
    let is_j = |i: usize| matches!(b.get(i), Some(b'j' | b'J'));
    match scan_float(b, 0) {
        Some(end) => {
            let x = num(0, end)?;
            if end == b.len() {
                return Ok((x, 0.0));
            }
            if is_j(end) {
                return if end + 1 == b.len() { Ok((0.0, x)) } else { Err(()) };
            }
            if !matches!(b[end], b'+' | b'-') {
                return Err(());
            }
            match scan_float(b, end) {
                Some(e2) if is_j(e2) && e2 + 1 == b.len() => Ok((x, num(end, e2)?)),
                Some(_) => Err(()),
                None if is_j(end + 1) && end + 2 == b.len() => Ok((x, if b[end] == b'-' { -1.0 } else { 1.0 })),
                None => Err(()),
            }
        }
        None => {
            let (sign, i) = match b.first() {
                Some(b'-') => (-1.0, 1),
                Some(b'+') => (1.0, 1),
                _ => (1.0, 0),
            };
            if is_j(i) && i + 1 == b.len() {
                Ok((0.0, sign))
            } else {
                Err(())
            }
        }
    }
}

/// A constructor argument as (value, is_complex): complex, `__complex__`, float, int,
/// `__float__`/`__index__`; `Ok(None)` for other types.
fn number_arg(vm: &mut Vm, v: Value) -> PyResult<Option<(C, bool)>> {
    if let Some(c) = complex_val(v) {
        if v.is_exact(&COMPLEX_TYPE) {
            return Ok(Some((c, true)));
        }
    }
    if let Some(r) = super::int::call_special(vm, v, "__complex__")? {
        if let Some(c) = complex_val(r) {
            if !r.is_exact(&COMPLEX_TYPE) {
                let msg = super::deprecation::strict_subclass_message("__complex__", "complex", ops::type_name(r));
                if let Err(e) = super::deprecation::warn(vm, &msg) {
                    r.decref();
                    return Err(e);
                }
            }
            r.decref();
            return Ok(Some((c, true)));
        }
        let msg = format!("__complex__ returned non-complex (type {})", ops::type_name(r));
        r.decref();
        return Err(type_error(msg));
    }
    if let Some(c) = complex_val(v) {
        return Ok(Some((c, true)));
    }
    if let Some(f) = float_val(v) {
        return Ok(Some(((f, 0.0), false)));
    }
    if let Some(i) = int_ref(v) {
        return Ok(Some(((int_to_f64(i)?, 0.0), false)));
    }
    Ok(super::float_ops::float_from_special(vm, v)?.map(|f| ((f, 0.0), false)))
}

fn complex_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let [real, imag] = parse_args("complex", args, kwnames, ["real", "imag"], 0, 2, 0)?;
    let make = |re: f64, im: f64| {
        if std::ptr::eq(ty, &COMPLEX_TYPE) {
            new_complex(re, im)
        } else {
            new_complex_of_type(ty, re, im)
        }
    };
    if real.is_null() && imag.is_null() {
        return Ok(make(0.0, 0.0));
    }
    if !real.is_null() && super::str::is_str(real) {
        if !imag.is_null() {
            return Err(type_error("complex() can't take second arg if first is a string"));
        }
        let s = super::str::str_obj(real).to_string_lossy().into_owned();
        let (re, im) = parse_complex(&s).map_err(|_| value_error("complex() arg is a malformed string"))?;
        return Ok(make(re, im));
    }
    if !imag.is_null() && super::str::is_str(imag) {
        return Err(type_error("complex() second arg can't be a string"));
    }
    if !real.is_null() && imag.is_null() && real.is_exact(&COMPLEX_TYPE) && std::ptr::eq(ty, &COMPLEX_TYPE) {
        return Ok(real.new_ref());
    }
    let (cr, cr_complex) = if real.is_null() {
        ((0.0, 0.0), false)
    } else {
        match number_arg(vm, real)? {
            Some(x) => x,
            None => {
                return Err(type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    ops::type_name(real)
                )))
            }
        }
    };
    let (ci, ci_complex) = if imag.is_null() {
        ((0.0, 0.0), false)
    } else {
        // The imaginary part is a complex or anything float() takes: `__complex__` is only
        // consulted for the first argument.
        let imag_num = if let Some(c) = complex_val(imag) {
            Some((c, true))
        } else if let Some(f) = float_val(imag) {
            Some(((f, 0.0), false))
        } else if let Some(i) = int_ref(imag) {
            Some(((int_to_f64(i)?, 0.0), false))
        } else {
            super::float_ops::float_from_special(vm, imag)?.map(|f| ((f, 0.0), false))
        };
        match imag_num {
            Some(x) => x,
            None => {
                return Err(type_error(format!("complex() second argument must be a number, not '{}'", ops::type_name(imag))))
            }
        }
    };
    let mut re = cr.0;
    let mut im = ci.0;
    if ci_complex {
        re -= ci.1;
    }
    if cr_complex {
        im = if imag.is_null() { cr.1 } else { im + cr.1 };
    }
    Ok(make(re, im))
}

// ---------------------------------------------------------------------------------------
// Methods and properties

fn self_c(args: &[Value]) -> C {
    args.first().and_then(|&v| complex_val(v)).unwrap_or((0.0, 0.0))
}

fn m_conjugate(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("conjugate", args, kw, 0)?;
    let (re, im) = self_c(args);
    Ok(new_complex(re, -im))
}

fn m_complex(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__complex__", args, kw, 0)?;
    if args[0].is_exact(&COMPLEX_TYPE) {
        return Ok(args[0].new_ref());
    }
    let (re, im) = self_c(args);
    Ok(new_complex(re, im))
}

fn m_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__format__", args, kw, 1)?;
    let spec = match super::str::as_str(args[1]) {
        Some(s) => s,
        None => return Err(type_error(format!("__format__() argument must be str, not {}", ops::type_name(args[1])))),
    };
    let (re, im) = self_c(args);
    if spec.is_empty() {
        return ops::str(vm, args[0]);
    }
    let tn = ops::type_name(args[0]);
    let parsed = numfmt::parse_format_spec(spec, numfmt::Align::Right, tn).map_err(num_err)?;
    Ok(new_str(&numfmt::float_fmt::format_complex_spec(re, im, &parsed, tn).map_err(num_err)?))
}

fn m_getnewargs(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__getnewargs__", args, kw, 0)?;
    let (re, im) = self_c(args);
    Ok(super::tuple::tuple_from_vec(vec![Value::float(re), Value::float(im)]))
}

fn m_sizeof(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__sizeof__", args, kw, 0)?;
    Ok(Value::small_int(32))
}

number_dunders!(complex_dunders, complex_binop, complex_richcmp, complex_unop, complex_pow3, complex_divmod);

pub static COMPLEX_METHODS: &[MethodDef] = &[
    MethodDef::method("__pow__", complex_dunders::pow),
    MethodDef::method("__rpow__", complex_dunders::rpow),
    MethodDef::method("conjugate", m_conjugate),
    MethodDef::method("__complex__", m_complex),
    MethodDef::method("__format__", m_format),
    MethodDef::method("__getnewargs__", m_getnewargs),
    MethodDef::method("__sizeof__", m_sizeof),
];

fn get_real(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(Value::float(complex_val(v).map(|c| c.0).unwrap_or(0.0)))
}
fn get_imag(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(Value::float(complex_val(v).map(|c| c.1).unwrap_or(0.0)))
}

pub static COMPLEX_GETSETS: &[GetSetDef] =
    &[GetSetDef { name: "real", get: get_real, set: None }, GetSetDef { name: "imag", get: get_imag, set: None }];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_complex_strings() {
        // Values from python3: complex(' ( 1+2j ) '), complex('-j'), complex('1_0j'),
        // complex('infj'), complex('1e3-2.5J'), complex('+1.5')
        assert_eq!(parse_complex(" ( 1+2j ) "), Ok((1.0, 2.0)));
        assert_eq!(parse_complex("-j"), Ok((0.0, -1.0)));
        assert_eq!(parse_complex("1_0j"), Ok((0.0, 10.0)));
        assert_eq!(parse_complex("infj"), Ok((0.0, f64::INFINITY)));
        assert_eq!(parse_complex("1e3-2.5J"), Ok((1000.0, -2.5)));
        assert_eq!(parse_complex("+1.5"), Ok((1.5, 0.0)));
        assert_eq!(parse_complex("1-j"), Ok((1.0, -1.0)));
        assert_eq!(parse_complex("\u{661}\u{662}j"), Ok((0.0, 12.0)));
        for bad in ["1 + 2j", "1+2", "j1", "(1+2j", "", "()", "1e", "jj"] {
            assert_eq!(parse_complex(bad), Err(()), "{bad}");
        }
    }

    #[test]
    fn arithmetic_matches_cpython() {
        // Values from python3: (1+1j)/(2-1j) == (0.2+0.6j); (1+2j)**2 == (-3+4j);
        // hash(complex(1.5, -2.5)) == -2305843009215693957; hash(1.5j) == ...
        let q = c_quot((1.0, 1.0), (2.0, -1.0)).unwrap();
        assert!((q.0 - 0.2).abs() < 1e-15 && (q.1 - 0.6).abs() < 1e-15);
        assert_eq!(c_powi((1.0, 2.0), 2).ok(), Some((-3.0, 4.0)));
        assert_eq!(hash_complex(1.5, -2.5), -2305843009215693957);
        assert!(c_quot((1.0, 0.0), (0.0, 0.0)).is_none());
    }
}
