//! `float` arithmetic, comparisons, methods and constructor with CPython 3.11's results and
//! messages. Text conversions (repr, format, parsing, hex) come from `crate::numfmt`.
//!
//! Fast paths for the interpreter and the JIT (inline before `vm::ops::binary_op`; `None`
//! means "take the generic path", never an error):
//! - `float_binop_fast(a, b, op)`: immediate float with immediate float or small int, for
//!   `+ - * /` (nonzero divisor) and `// %` (nonzero divisor).
//! - `float_compare_fast(a, b, op)`: immediate float with immediate float or small int.

use super::exceptions::{type_error, value_error, zero_division_error};
use super::float::{float_hash, float_val, new_float_of_type, FloatObject, FLOAT_TYPE};
use super::int::{bool_value, int_from_big, int_ref, num_err};
use super::int_ops::{cmp_result, compare_int_float, int_to_f64, OP_ADD, OP_FLOORDIV, OP_MOD, OP_MUL, OP_POW, OP_SUB, OP_TRUEDIV};
use super::num_args::{exact_args, number_dunders, parse_args};
use super::typeobj::{CmpOp, GetSetDef, MethodDef, Slots, TypeObject, UnOp};
use super::value::Value;
use super::{not_implemented, str::new_str};
use crate::numfmt;
use crate::vm::{ops, PyResult, Vm};

pub const FLOAT_SLOTS: Slots = Slots {
    dealloc: super::num_args::dealloc_number::<FloatObject>,
    repr: Some(float_repr),
    hash: Some(float_hash_slot),
    richcmp: Some(float_richcmp),
    binop: Some(float_binop),
    unop: Some(float_unop),
    bool: Some(float_bool),
    new: Some(float_new),
    ..Slots::EMPTY
};

// ---------------------------------------------------------------------------------------
// Fast paths

/// The double of an immediate float or small int (exact: small ints have 48 bits).
#[inline(always)]
fn imm_f64(v: Value) -> Option<f64> {
    if v.is_float() {
        Some(v.as_float())
    } else if v.is_small_int() {
        Some(v.as_small_int() as f64)
    } else {
        None
    }
}

/// `a <op> b` when one operand is an immediate float and the other an immediate float or
/// small int (see the module doc).
#[inline(always)]
pub fn float_binop_fast(a: Value, b: Value, op: u8) -> Option<Value> {
    if !(a.is_float() | b.is_float()) {
        return None;
    }
    let (x, y) = (imm_f64(a)?, imm_f64(b)?);
    let op = if op >= 13 { op - 13 } else { op };
    let r = match op {
        OP_ADD => x + y,
        OP_SUB => x - y,
        OP_MUL => x * y,
        OP_TRUEDIV if y != 0.0 => x / y,
        OP_FLOORDIV if y != 0.0 => numfmt::float_floordiv(x, y).ok()?,
        OP_MOD if y != 0.0 => numfmt::float_mod(x, y).ok()?,
        _ => return None,
    };
    Some(Value::float(r))
}

/// `a <op> b` as a bool when one operand is an immediate float and the other an immediate
/// float or small int.
#[inline(always)]
pub fn float_compare_fast(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    if !(a.is_float() | b.is_float()) {
        return None;
    }
    let (x, y) = (imm_f64(a)?, imm_f64(b)?);
    Some(cmp_result(op, x.partial_cmp(&y)))
}

// ---------------------------------------------------------------------------------------
// Arithmetic

/// A float or int operand as a double for float arithmetic; `Ok(None)` for other types.
fn operand(v: Value) -> PyResult<Option<f64>> {
    if let Some(f) = float_val(v) {
        return Ok(Some(f));
    }
    match int_ref(v) {
        Some(i) => int_to_f64(i).map(Some),
        None => Ok(None),
    }
}

/// `x <op> y` for doubles (`op` in 0..13); NotImplemented for operators float lacks.
pub fn float_arith(vm: &mut Vm, x: f64, y: f64, op: u8) -> PyResult {
    let r = match op {
        OP_ADD => x + y,
        OP_SUB => x - y,
        OP_MUL => x * y,
        OP_TRUEDIV => {
            if y == 0.0 {
                return Err(zero_division_error("float division by zero"));
            }
            x / y
        }
        OP_FLOORDIV => numfmt::float_floordiv(x, y).map_err(num_err)?,
        OP_MOD => numfmt::float_mod(x, y).map_err(num_err)?,
        OP_POW => match numfmt::float_pow(x, y).map_err(num_err)? {
            numfmt::PowResult::Float(f) => f,
            numfmt::PowResult::Complex => return super::complex::complex_pow_value(vm, (x, 0.0), (y, 0.0)),
        },
        _ => return Ok(not_implemented()),
    };
    Ok(Value::float(r))
}

/// The `binop` slot of `float`: float with float or int, either side.
pub fn float_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    if op >= 13 {
        return Ok(not_implemented());
    }
    if let Some(r) = float_binop_fast(a, b, op) {
        return Ok(r);
    }
    if !matches!(op, OP_ADD | OP_SUB | OP_MUL | OP_TRUEDIV | OP_FLOORDIV | OP_MOD | OP_POW) {
        return Ok(not_implemented());
    }
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(not_implemented());
    };
    float_arith(vm, x, y, op)
}

/// `float.__divmod__` / the float part of `divmod()`: NotImplemented unless both operands are
/// floats or ints and one is a float.
pub fn float_divmod_slot(_vm: &mut Vm, a: Value, b: Value) -> PyResult {
    if float_val(a).is_none() && float_val(b).is_none() {
        return Ok(not_implemented());
    }
    let (Some(x), Some(y)) = (operand(a)?, operand(b)?) else {
        return Ok(not_implemented());
    };
    let (q, r) = numfmt::float_divmod(x, y).map_err(num_err)?;
    Ok(super::tuple::tuple_from_vec(vec![Value::float(q), Value::float(r)]))
}

/// `float.__pow__(x, y, m)`: floats take no modulus.
fn float_pow3(_vm: &mut Vm, a: Value, b: Value, _m: Value) -> PyResult {
    if operand(a)?.is_none() || operand(b)?.is_none() {
        return Ok(not_implemented());
    }
    Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"))
}

fn float_richcmp(_vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    let Some(x) = float_val(a) else {
        return Ok(not_implemented());
    };
    if let Some(y) = float_val(b) {
        return Ok(bool_value(cmp_result(op, x.partial_cmp(&y))));
    }
    if let Some(i) = int_ref(b) {
        let ord = compare_int_float(i, x).map(|o| o.reverse());
        return Ok(bool_value(cmp_result(op, ord)));
    }
    Ok(not_implemented())
}

fn float_repr(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(new_str(&numfmt::float_repr(float_val(v).unwrap_or(0.0))))
}

fn float_hash_slot(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    let x = float_val(v).unwrap_or(0.0);
    Ok(match numfmt::hash_f64(x) {
        Some(h) => h,
        None => ops::identity_hash(v),
    })
}

fn float_bool(_vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(float_val(v).unwrap_or(0.0) != 0.0)
}

fn float_unop(_vm: &mut Vm, v: Value, op: UnOp) -> PyResult {
    let Some(x) = float_val(v) else {
        return Ok(not_implemented());
    };
    Ok(match op {
        UnOp::Neg => Value::float(-x),
        UnOp::Pos => Value::float(x),
        UnOp::Abs => Value::float(x.abs()),
        UnOp::Invert => return Err(type_error(format!("bad operand type for unary ~: '{}'", ops::type_name(v)))),
    })
}

// ---------------------------------------------------------------------------------------
// Construction

/// `__float__` then `__index__` of a non-float, non-int value: `Ok(None)` when it has neither.
pub fn float_from_special(vm: &mut Vm, v: Value) -> PyResult<Option<f64>> {
    if let Some(r) = super::int::call_special(vm, v, "__float__")? {
        if let Some(f) = float_val(r) {
            if !r.is_float() && !r.is_exact(&super::FLOAT_TYPE) {
                let what = format!("{}.__float__", ops::type_name(v));
                let msg = super::deprecation::strict_subclass_message(&what, "float", ops::type_name(r));
                if let Err(e) = super::deprecation::warn(vm, &msg) {
                    r.decref();
                    return Err(e);
                }
            }
            r.decref();
            return Ok(Some(f));
        }
        let msg = format!("{}.__float__ returned non-float (type {})", ops::type_name(v), ops::type_name(r));
        r.decref();
        return Err(type_error(msg));
    }
    if v.ty().lookup(super::str::intern("__index__")).is_some() {
        let i = super::int::index_of(vm, v)?;
        let r = int_ref(i).map(int_to_f64).unwrap_or(Ok(0.0));
        i.decref();
        return r.map(Some);
    }
    Ok(None)
}

/// The text of a str, or of a bytes-like object (bytes, bytearray, memoryview) read as
/// Latin-1, for number parsing; for bytes-like objects also the `b'...'` repr of the data
/// (what `int()`'s messages show).
pub fn text_for_parse(_vm: &mut Vm, v: Value) -> PyResult<Option<(String, Option<String>)>> {
    if super::str::is_str(v) {
        return Ok(Some((super::str::str_obj(v).to_string_lossy().into_owned(), None)));
    }
    if let Some(data) = super::bytes::buffer_bytes(v) {
        let s: String = data.iter().map(|&b| b as char).collect();
        return Ok(Some((s, Some(super::bytes::bytes_repr_string(data)))));
    }
    Ok(None)
}

/// `float(x)` for any value (the constructor's conversion).
pub fn float_of(vm: &mut Vm, x: Value) -> PyResult<f64> {
    if x.is_float() {
        return Ok(x.as_float());
    }
    // Exact built-ins first; subclass instances go through their (possibly overridden)
    // special methods, as CPython's PyNumber_Float does.
    if super::int::is_exact_int(x) || super::int::is_bool(x) {
        if let Some(i) = int_ref(x) {
            return int_to_f64(i);
        }
    }
    if !x.is_exact(&super::STR_TYPE) {
        if let Some(f) = float_from_special(vm, x)? {
            return Ok(f);
        }
    }
    if let Some((s, bytes_repr)) = text_for_parse(vm, x)? {
        return match numfmt::parse_float(&s) {
            Ok(f) => Ok(f),
            Err(e) if bytes_repr.is_none() => Err(num_err(e)),
            Err(_) => {
                let r = ops::repr(vm, x)?;
                let msg = format!("could not convert string to float: {}", super::str::str_obj(r).to_string_lossy());
                r.decref();
                Err(value_error(msg))
            }
        };
    }
    Err(type_error(format!("float() argument must be a string or a real number, not '{}'", ops::type_name(x))))
}

fn float_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() {
        return Err(type_error("float() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(type_error(format!("float expected at most 1 argument, got {}", args.len())));
    }
    let x = match args.first() {
        None => 0.0,
        Some(&v) => float_of(vm, v)?,
    };
    Ok(new_float_of_type(ty, x))
}

// ---------------------------------------------------------------------------------------
// Methods

fn self_f64(args: &[Value]) -> f64 {
    args.first().and_then(|&v| float_val(v)).unwrap_or(0.0)
}

fn m_is_integer(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("is_integer", args, kw, 0)?;
    let x = self_f64(args);
    Ok(bool_value(x.is_finite() && x == x.floor()))
}

fn m_as_integer_ratio(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("as_integer_ratio", args, kw, 0)?;
    let (n, d) = numfmt::float_as_integer_ratio(self_f64(args)).map_err(num_err)?;
    Ok(super::tuple::tuple_from_vec(vec![int_from_big(n), int_from_big(d)]))
}

fn m_hex(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("hex", args, kw, 0)?;
    Ok(new_str(&numfmt::float_hex(self_f64(args))))
}

fn m_fromhex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("fromhex", args, kw, 1)?;
    let s = match super::str::as_str(args[1]) {
        Some(s) => s.to_string(),
        None if super::str::is_str(args[1]) => super::str::str_obj(args[1]).to_string_lossy().into_owned(),
        None => return Err(type_error("bad argument type for built-in operation")),
    };
    let x = numfmt::float_fromhex(&s).map_err(num_err)?;
    let cls = args[0];
    if cls == FLOAT_TYPE.as_value() {
        return Ok(Value::float(x));
    }
    let f = Value::float(x);
    ops::call(vm, cls, &[f], &[])
}

fn m_conjugate(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("conjugate", args, kw, 0)?;
    Ok(Value::float(self_f64(args)))
}

fn float_to_int(x: f64) -> PyResult {
    if x.is_finite() && x.abs() < 1e15 {
        return Ok(super::int::int_from_i64(x as i64));
    }
    Ok(int_from_big(numfmt::float_to_bigint(x).map_err(num_err)?))
}

fn m_trunc(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__trunc__", args, kw, 0)?;
    float_to_int(self_f64(args).trunc())
}

fn m_int(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__int__", args, kw, 0)?;
    float_to_int(self_f64(args).trunc())
}

fn m_floor(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__floor__", args, kw, 0)?;
    float_to_int(self_f64(args).floor())
}

fn m_ceil(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__ceil__", args, kw, 0)?;
    float_to_int(self_f64(args).ceil())
}

fn m_float(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__float__", args, kw, 0)?;
    Ok(Value::float(self_f64(args)))
}

/// `round(x)` (half to even, an int) or `round(x, n)` (a float) for a float.
pub fn float_round_value(vm: &mut Vm, x: f64, ndigits: Value) -> PyResult {
    if ndigits.is_null() || ndigits.is_none() {
        return float_to_int(x.round_ties_even());
    }
    let n = super::int::index_of(vm, ndigits)?;
    let nd = match int_ref(n) {
        Some(r) => r.to_i64().unwrap_or(if r.is_negative() { i64::MIN } else { i64::MAX }),
        None => 0,
    };
    n.decref();
    Ok(Value::float(numfmt::float_round(x, nd).map_err(num_err)?))
}

fn m_round(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [nd] = parse_args("__round__", &args[1..], kw, ["ndigits"], 0, 1, 0)?;
    float_round_value(vm, self_f64(args), nd)
}

fn m_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__format__", args, kw, 1)?;
    let spec = match super::str::as_str(args[1]) {
        Some(s) => s,
        None => return Err(type_error(format!("__format__() argument must be str, not {}", ops::type_name(args[1])))),
    };
    let x = self_f64(args);
    if spec.is_empty() {
        return ops::str(vm, args[0]);
    }
    let tn = ops::type_name(args[0]);
    let parsed = numfmt::parse_format_spec(spec, numfmt::Align::Right, tn).map_err(num_err)?;
    Ok(new_str(&numfmt::float_fmt::format_float_spec(x, &parsed, tn).map_err(num_err)?))
}

fn m_getnewargs(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__getnewargs__", args, kw, 0)?;
    Ok(super::tuple::tuple_from_vec(vec![Value::float(self_f64(args))]))
}

fn m_sizeof(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__sizeof__", args, kw, 0)?;
    Ok(Value::small_int(24))
}

fn m_getformat(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__getformat__", args, kw, 1)?;
    match super::str::as_str(args[1]) {
        Some("double") | Some("float") => Ok(new_str("IEEE, little-endian")),
        Some(_) => Err(value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(type_error(format!("__getformat__() argument must be str, not {}", ops::type_name(args[1])))),
    }
}

number_dunders!(float_dunders, float_binop, float_richcmp, float_unop, float_pow3, float_divmod_slot);

pub static FLOAT_METHODS: &[MethodDef] = &[
    MethodDef::method("__divmod__", float_dunders::divmod),
    MethodDef::method("__rdivmod__", float_dunders::rdivmod),
    MethodDef::method("__pow__", float_dunders::pow),
    MethodDef::method("__rpow__", float_dunders::rpow),
    MethodDef::method("is_integer", m_is_integer),
    MethodDef::method("as_integer_ratio", m_as_integer_ratio),
    MethodDef::method("hex", m_hex),
    MethodDef::class("fromhex", m_fromhex),
    MethodDef::method("conjugate", m_conjugate),
    MethodDef::method("__trunc__", m_trunc),
    MethodDef::method("__int__", m_int),
    MethodDef::method("__floor__", m_floor),
    MethodDef::method("__ceil__", m_ceil),
    MethodDef::method("__float__", m_float),
    MethodDef::method("__round__", m_round),
    MethodDef::method("__format__", m_format),
    MethodDef::method("__getnewargs__", m_getnewargs),
    MethodDef::method("__sizeof__", m_sizeof),
    MethodDef::class("__getformat__", m_getformat),
];

fn get_real(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(Value::float(float_val(v).unwrap_or(0.0)))
}

fn get_imag(_vm: &mut Vm, _v: Value) -> PyResult {
    Ok(Value::float(0.0))
}

pub static FLOAT_GETSETS: &[GetSetDef] =
    &[GetSetDef { name: "real", get: get_real, set: None }, GetSetDef { name: "imag", get: get_imag, set: None }];

/// `hash(x)` for a float value (NaN: CPython hashes by identity; immediates hash as 0).
pub fn hash_float(x: f64) -> i64 {
    float_hash(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_paths() {
        // Values from python3: 7.5 // 2 == 3.0, -7.5 % 2 == 0.5, 1.5 + 2 == 3.5, 3 < 3.5
        let f = Value::float;
        assert_eq!(float_binop_fast(f(7.5), Value::small_int(2), OP_FLOORDIV).map(|v| v.as_float()), Some(3.0));
        assert_eq!(float_binop_fast(f(-7.5), Value::small_int(2), OP_MOD).map(|v| v.as_float()), Some(0.5));
        assert_eq!(float_binop_fast(f(1.5), Value::small_int(2), OP_ADD).map(|v| v.as_float()), Some(3.5));
        assert_eq!(float_binop_fast(f(1.5), f(0.0), OP_TRUEDIV), None);
        assert_eq!(float_compare_fast(Value::small_int(3), f(3.5), CmpOp::Lt), Some(true));
        assert_eq!(float_compare_fast(f(f64::NAN), f(f64::NAN), CmpOp::Ne), Some(true));
        assert_eq!(float_compare_fast(f(f64::NAN), f(f64::NAN), CmpOp::Eq), Some(false));
    }
}
