//! `int` and `bool` methods, properties and constructors (`int(x)`, `int(s, base)`, `bool(x)`),
//! with CPython 3.11's defaults and messages.

use super::exceptions::{overflow_error, type_error, value_error};
use super::int::{
    bool_value, call_special, index_of, int_exact, int_from_big, int_from_i64, int_ref, is_int, new_int_of_type, num_err,
    IntRef, INT_TYPE,
};
use super::int_ops::{int_binop, int_divmod, int_pow3_slot, int_richcmp, int_to_f64, int_unop};
use super::num_args::{exact_args, number_dunders, parse_args};
use super::typeobj::{GetSetDef, MethodDef, TypeObject};
use super::value::Value;
use super::{str::new_str, tuple::tuple_from_vec};
use crate::numfmt;
use crate::vm::{ops, PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

fn self_ref<'a>(args: &[Value]) -> IntRef<'a> {
    args.first().and_then(|&v| int_ref(v)).unwrap_or(IntRef::Small(0))
}

// ---------------------------------------------------------------------------------------
// Constructors

/// `int(x)` for one argument (no base): ints, floats, str/bytes, `__int__`, `__index__`,
/// `__trunc__`. An exact int (new reference).
pub fn int_of(vm: &mut Vm, x: Value) -> PyResult {
    // Exact built-ins first; subclass instances go through their (possibly overridden)
    // special methods, as CPython's PyNumber_Long does.
    if super::int::is_exact_int(x) || super::int::is_bool(x) {
        return Ok(int_exact(x));
    }
    if x.is_float() {
        return float_to_int_value(x.as_float());
    }
    if x.is_exact(&super::STR_TYPE) {
        let s = super::str::str_obj(x).to_string_lossy().into_owned();
        return parse_text(vm, &s, 10, None);
    }
    if let Some(r) = call_special(vm, x, "__int__")? {
        if is_int(r) {
            if !super::int::is_exact_int(r) {
                let msg = super::deprecation::strict_subclass_message("__int__", "int", ops::type_name(r));
                if let Err(e) = super::deprecation::warn(vm, &msg) {
                    r.decref();
                    return Err(e);
                }
            }
            let e = int_exact(r);
            r.decref();
            return Ok(e);
        }
        let msg = format!("__int__ returned non-int (type {})", ops::type_name(r));
        r.decref();
        return Err(type_error(msg));
    }
    if x.ty().lookup(super::str::intern("__index__")).is_some() {
        return index_of(vm, x);
    }
    if x.ty().lookup(super::str::intern("__trunc__")).is_some() {
        super::deprecation::warn(vm, "The delegation of int() to __trunc__ is deprecated.")?;
    }
    if let Some(r) = call_special(vm, x, "__trunc__")? {
        if is_int(r) {
            let e = int_exact(r);
            r.decref();
            return Ok(e);
        }
        if r.ty().lookup(super::str::intern("__index__")).is_none() {
            let msg = format!("__trunc__ returned non-Integral (type {})", ops::type_name(r));
            r.decref();
            return Err(type_error(msg));
        }
        let e = index_of(vm, r);
        r.decref();
        return e;
    }
    if let Some((s, bytes_repr)) = super::float_ops::text_for_parse(vm, x)? {
        return parse_text(vm, &s, 10, bytes_repr);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        ops::type_name(x)
    )))
}

fn float_to_int_value(f: f64) -> PyResult {
    if f.is_finite() && f.abs() < 1e15 {
        return Ok(int_from_i64(f as i64));
    }
    Ok(int_from_big(numfmt::float_to_bigint(f).map_err(num_err)?))
}

fn parse_text(vm: &mut Vm, s: &str, base: u32, bytes_repr: Option<String>) -> PyResult {
    match numfmt::parse_int_limited(s, base, vm.int_max_str_digits) {
        Ok(b) => Ok(int_from_big(b)),
        Err(e) => match bytes_repr {
            Some(r) if e.msg.starts_with("invalid literal") => {
                Err(value_error(format!("invalid literal for int() with base {base}: {r}")))
            }
            _ => Err(num_err(e)),
        },
    }
}

/// The `new` slot of `int` (and of its subclasses).
pub fn int_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let [x, base] = parse_args("int", args, kwnames, ["x", "base"], 1, 2, 0)?;
    let r = if base.is_null() {
        if x.is_null() {
            Value::small_int(0)
        } else {
            int_of(vm, x)?
        }
    } else {
        if x.is_null() {
            return Err(type_error("int() missing string argument"));
        }
        let b = index_of(vm, base)?;
        let bv = int_ref(b).and_then(|r| r.to_i64()).unwrap_or(-1);
        b.decref();
        let bv = if (0..=36).contains(&bv) { bv as u32 } else { 1 };
        match super::float_ops::text_for_parse(vm, x)? {
            Some((s, bytes_repr)) => parse_text(vm, &s, bv, bytes_repr)?,
            None => return Err(type_error("int() can't convert non-string with explicit base")),
        }
    };
    if std::ptr::eq(ty, &INT_TYPE) {
        return Ok(r);
    }
    let big = int_ref(r).map(|v| v.big().into_owned()).unwrap_or_default();
    r.decref();
    Ok(new_int_of_type(ty, big))
}

/// The `new` slot of `bool`.
pub fn bool_new(vm: &mut Vm, _ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() {
        return Err(type_error("bool() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(type_error(format!("bool expected at most 1 argument, got {}", args.len())));
    }
    Ok(bool_value(match args.first() {
        Some(&v) => ops::is_true(vm, v)?,
        None => false,
    }))
}

// ---------------------------------------------------------------------------------------
// Methods

fn m_bit_length(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("bit_length", args, kw, 0)?;
    Ok(int_from_i64(match self_ref(args) {
        IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        IntRef::Big(b) => b.bits() as i64,
    }))
}

fn m_bit_count(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("bit_count", args, kw, 0)?;
    Ok(int_from_i64(match self_ref(args) {
        IntRef::Small(i) => i.unsigned_abs().count_ones() as i64,
        IntRef::Big(b) => b.magnitude().iter_u64_digits().map(|d| d.count_ones() as i64).sum(),
    }))
}

fn byteorder_is_little(v: Value) -> PyResult<bool> {
    if v.is_null() {
        return Ok(false);
    }
    match super::str::as_str(v) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(value_error("byteorder must be either 'little' or 'big'")),
        None => Err(type_error(format!("to_bytes() argument 'byteorder' must be str, not {}", ops::type_name(v)))),
    }
}

fn m_to_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [length, byteorder, signed] = parse_args("to_bytes", &args[1..], kw, ["length", "byteorder", "signed"], 0, 2, 0)?;
    let len = if length.is_null() {
        1
    } else {
        let n = super::int::as_isize(vm, length)?;
        if n < 0 {
            return Err(value_error("length argument must be non-negative"));
        }
        n as usize
    };
    let little = byteorder_is_little(byteorder)?;
    let signed = !signed.is_null() && ops::is_true(vm, signed)?;
    if len > 1 << 32 {
        return Err(super::exceptions::exc_args(&super::exceptions::MEMORY_ERROR, &[]));
    }
    let v = self_ref(args).big().into_owned();
    if !signed && v.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut out = if signed { v.to_signed_bytes_be() } else { v.magnitude().to_bytes_be() };
    if v.is_zero() {
        out.clear();
    }
    if out.len() > len {
        return Err(overflow_error("int too big to convert"));
    }
    let pad = if v.is_negative() { 0xFF } else { 0 };
    let mut full = vec![pad; len - out.len()];
    full.extend_from_slice(&out);
    if little {
        full.reverse();
    }
    Ok(super::bytes::new_bytes(&full))
}

fn m_from_bytes(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [data, byteorder, signed] = parse_args("from_bytes", &args[1..], kw, ["bytes", "byteorder", "signed"], 0, 2, 1)?;
    let little = byteorder_is_little(byteorder)?;
    let signed = !signed.is_null() && ops::is_true(vm, signed)?;
    if super::str::is_str(data) {
        return Err(type_error(format!("cannot convert '{}' object to bytes", ops::type_name(data))));
    }
    if let Some(b) = super::bytes::buffer_bytes(data) {
        let v = if little { b.iter().rev().copied().collect::<Vec<u8>>() } else { b.to_vec() };
        return finish_from_bytes(vm, args[0], &v, signed);
    }
    let items = ops::collect(vm, data)?;
    let mut bytes = Vec::with_capacity(items.len());
    let mut bad = None;
    for &it in &items {
        match int_ref(it).and_then(|r| r.to_i64()) {
            Some(b) if (0..256).contains(&b) => bytes.push(b as u8),
            Some(_) => bad = Some(value_error("bytes must be in range(0, 256)")),
            None if is_int(it) => bad = Some(value_error("bytes must be in range(0, 256)")),
            None => bad = Some(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(it)))),
        }
        if bad.is_some() {
            break;
        }
    }
    for it in items {
        it.decref();
    }
    if let Some(e) = bad {
        return Err(e);
    }
    if little {
        bytes.reverse();
    }
    finish_from_bytes(vm, args[0], &bytes, signed)
}

/// The int of big-endian `bytes`, as `cls` (int itself, or `cls(n)` for subclasses).
fn finish_from_bytes(vm: &mut Vm, cls: Value, bytes: &[u8], signed: bool) -> PyResult {
    let v = if signed { BigInt::from_signed_bytes_be(bytes) } else { BigInt::from_bytes_be(Sign::Plus, bytes) };
    if cls == INT_TYPE.as_value() {
        return Ok(int_from_big(v));
    }
    let r = int_from_big(v);
    let out = ops::call(vm, cls, &[r], &[]);
    r.decref();
    out
}

fn m_as_integer_ratio(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("as_integer_ratio", args, kw, 0)?;
    Ok(tuple_from_vec(vec![int_exact(args[0]), Value::small_int(1)]))
}

/// `__int__`, `__index__`, `__trunc__`, `__floor__`, `__ceil__`, `conjugate`: the exact int.
fn m_exact(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__int__", args, kw, 0)?;
    Ok(int_exact(args[0]))
}

fn m_float(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__float__", args, kw, 0)?;
    Ok(Value::float(int_to_f64(self_ref(args))?))
}

/// `round(n, ndigits)` for an int: the exact int for ndigits >= 0, else rounded half to even
/// to a multiple of 10**-ndigits.
pub fn int_round_value(vm: &mut Vm, v: Value, ndigits: Value) -> PyResult {
    if ndigits.is_null() {
        return Ok(int_exact(v));
    }
    let n = index_of(vm, ndigits)?;
    let nd = int_ref(n).map(|r| if r.is_negative() { r.to_i64().unwrap_or(i64::MIN) } else { 0 }).unwrap_or(0);
    n.decref();
    if nd >= 0 {
        return Ok(int_exact(v));
    }
    let x = int_ref(v).map(|r| r.big().into_owned()).unwrap_or_default();
    // 10**k exceeds |x| * 2 once k is past x's digit count: the result is 0.
    let k = nd.unsigned_abs();
    if k > x.bits() / 3 + 2 {
        return Ok(Value::small_int(0));
    }
    let p = BigInt::from(10u32).pow(k as u32);
    let (q, r) = super::int_ops::big_divmod(&x, &p);
    let twice = &r * 2u32;
    let q = if twice > p || (twice == p && q.bit(0)) { q + 1u32 } else { q };
    Ok(int_from_big(q * p))
}

fn m_round(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [nd] = parse_args("__round__", &args[1..], kw, ["ndigits"], 0, 1, 0)?;
    int_round_value(vm, args[0], nd)
}

/// `format(n, spec)` for an int (bools: an empty spec gives `True`/`False`).
pub fn int_format(vm: &mut Vm, v: Value, spec: &str) -> PyResult {
    if spec.is_empty() {
        return ops::str(vm, v);
    }
    let tn = ops::type_name(v);
    let parsed = numfmt::parse_format_spec(spec, numfmt::Align::Right, tn).map_err(num_err)?;
    let s = match self_ref(&[v]) {
        IntRef::Small(i) => numfmt::int_fmt::format_int_i64_spec(i, &parsed, tn),
        IntRef::Big(b) => numfmt::int_fmt::format_int_spec(b, &parsed, tn),
    }
    .map_err(num_err)?;
    Ok(new_str(&s))
}

fn m_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__format__", args, kw, 1)?;
    match super::str::as_str(args[1]) {
        Some(s) => {
            let s = s.to_string();
            int_format(vm, args[0], &s)
        }
        None => Err(type_error(format!("__format__() argument must be str, not {}", ops::type_name(args[1])))),
    }
}

fn m_sizeof(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__sizeof__", args, kw, 0)?;
    let bits = match self_ref(args) {
        IntRef::Small(i) => 64 - i.unsigned_abs().leading_zeros() as u64,
        IntRef::Big(b) => b.bits(),
    };
    let digits = bits.div_ceil(30).max(1);
    Ok(int_from_i64(24 + 4 * digits as i64))
}

fn m_getnewargs(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    exact_args("__getnewargs__", args, kw, 0)?;
    Ok(tuple_from_vec(vec![int_exact(args[0])]))
}

/// `int.__eq__` and friends: NotImplemented for non-int operands as in CPython (the slot
/// itself also compares with floats, which gives the same results faster).
fn int_richcmp_dunder(vm: &mut Vm, a: Value, b: Value, op: super::typeobj::CmpOp) -> PyResult {
    if !is_int(b) {
        return Ok(super::not_implemented());
    }
    int_richcmp(vm, a, b, op)
}

number_dunders!(int_dunders, int_binop, int_richcmp_dunder, int_unop, int_pow3_slot, int_divmod);

pub static INT_METHODS: &[MethodDef] = &[
    // Comparisons stay methods here: int.__eq__(1, 1.0) is NotImplemented, unlike the slot.
    MethodDef::method("__lt__", int_dunders::lt),
    MethodDef::method("__le__", int_dunders::le),
    MethodDef::method("__eq__", int_dunders::eq),
    MethodDef::method("__ne__", int_dunders::ne),
    MethodDef::method("__gt__", int_dunders::gt),
    MethodDef::method("__ge__", int_dunders::ge),
    MethodDef::method("__divmod__", int_dunders::divmod),
    MethodDef::method("__rdivmod__", int_dunders::rdivmod),
    MethodDef::method("__pow__", int_dunders::pow),
    MethodDef::method("__rpow__", int_dunders::rpow),
    MethodDef::method("bit_length", m_bit_length),
    MethodDef::method("bit_count", m_bit_count),
    MethodDef::method("to_bytes", m_to_bytes),
    MethodDef::class("from_bytes", m_from_bytes),
    MethodDef::method("as_integer_ratio", m_as_integer_ratio),
    MethodDef::method("conjugate", m_exact),
    MethodDef::method("__index__", m_exact),
    MethodDef::method("__int__", m_exact),
    MethodDef::method("__trunc__", m_exact),
    MethodDef::method("__floor__", m_exact),
    MethodDef::method("__ceil__", m_exact),
    MethodDef::method("__float__", m_float),
    MethodDef::method("__round__", m_round),
    MethodDef::method("__format__", m_format),
    MethodDef::method("__sizeof__", m_sizeof),
    MethodDef::method("__getnewargs__", m_getnewargs),
];

fn bool_bin(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, op: u8, reflected: bool) -> PyResult {
    exact_args(name, args, kw, 1)?;
    let (a, b) = if reflected { (args[1], args[0]) } else { (args[0], args[1]) };
    ops::binary_op(vm, a, b, op).or_else(|e| if is_int(a) && is_int(b) { Err(e) } else { Ok(super::not_implemented()) })
}
fn b_and(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    bool_bin(vm, a, k, "__and__", 1, false)
}
fn b_rand(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    bool_bin(vm, a, k, "__rand__", 1, true)
}
fn b_or(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    bool_bin(vm, a, k, "__or__", 7, false)
}
fn b_ror(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    bool_bin(vm, a, k, "__ror__", 7, true)
}
fn b_xor(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    bool_bin(vm, a, k, "__xor__", 12, false)
}
fn b_rxor(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    bool_bin(vm, a, k, "__rxor__", 12, true)
}

fn b_repr(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    exact_args("__repr__", a, k, 0)?;
    ops::repr(vm, a[0])
}

pub static BOOL_METHODS: &[MethodDef] = &[
    MethodDef::method("__repr__", b_repr),
    MethodDef::method("__and__", b_and),
    MethodDef::method("__rand__", b_rand),
    MethodDef::method("__or__", b_or),
    MethodDef::method("__ror__", b_ror),
    MethodDef::method("__xor__", b_xor),
    MethodDef::method("__rxor__", b_rxor),
];

// ---------------------------------------------------------------------------------------
// Properties

fn get_exact(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(int_exact(v))
}
fn get_zero(_vm: &mut Vm, _v: Value) -> PyResult {
    Ok(Value::small_int(0))
}
fn get_one(_vm: &mut Vm, _v: Value) -> PyResult {
    Ok(Value::small_int(1))
}

pub static INT_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "real", get: get_exact, set: None },
    GetSetDef { name: "imag", get: get_zero, set: None },
    GetSetDef { name: "numerator", get: get_exact, set: None },
    GetSetDef { name: "denominator", get: get_one, set: None },
];


#[cfg(test)]
mod tests {
    use super::*;

    fn text(vm: &mut Vm, v: Value) -> String {
        let r = ops::repr(vm, v).unwrap();
        let s = super::super::str::as_str(r).unwrap().to_string();
        r.decref();
        v.decref();
        s
    }

    #[test]
    fn constructors_and_rounding() {
        // Expected values from python3: int('ff', 16), int(' -1_000 '), round(250, -2),
        // round(-150, -2), round(10**20 + 5 * 10**18, -19)
        let mut vm = Vm::new();
        let s = super::super::str::new_str("ff");
        let r = int_new(&mut vm, &INT_TYPE, &[s, Value::small_int(16)], &[]).unwrap();
        assert_eq!(text(&mut vm, r), "255");
        let s2 = super::super::str::new_str(" -1_000 ");
        let r = int_new(&mut vm, &INT_TYPE, &[s2], &[]).unwrap();
        assert_eq!(text(&mut vm, r), "-1000");
        let r = int_round_value(&mut vm, Value::small_int(250), Value::small_int(-2)).unwrap();
        assert_eq!(text(&mut vm, r), "200");
        let r = int_round_value(&mut vm, Value::small_int(-150), Value::small_int(-2)).unwrap();
        assert_eq!(text(&mut vm, r), "-200");
        let big = int_from_big(BigInt::from(10u32).pow(20) + BigInt::from(5u32) * BigInt::from(10u32).pow(18));
        let r = int_round_value(&mut vm, big, Value::small_int(-19)).unwrap();
        assert_eq!(text(&mut vm, r), "100000000000000000000");
        big.decref();
        let e = int_new(&mut vm, &INT_TYPE, &[s, Value::small_int(1)], &[]).unwrap_err();
        assert!(e.matches(&super::super::exceptions::VALUE_ERROR));
        s.decref();
        s2.decref();
    }

    #[test]
    fn slots_through_generic_ops() {
        // Expected values from python3: 2**100 // -7, True + True, 7.5 % -2, (1+2j) * (3-4j)
        let mut vm = Vm::new();
        let p = ops::binary_op(&mut vm, Value::small_int(2), Value::small_int(100), 8).unwrap();
        let r = ops::binary_op(&mut vm, p, Value::small_int(-7), 2).unwrap();
        p.decref();
        assert_eq!(text(&mut vm, r), "-181092942889747057356671886483");
        let r = ops::binary_op(&mut vm, bool_value(true), bool_value(true), 0).unwrap();
        assert_eq!(text(&mut vm, r), "2");
        let r = ops::binary_op(&mut vm, Value::float(7.5), Value::small_int(-2), 6).unwrap();
        assert_eq!(text(&mut vm, r), "-0.5");
        let a = super::super::complex::new_complex(1.0, 2.0);
        let b = super::super::complex::new_complex(3.0, -4.0);
        let r = ops::binary_op(&mut vm, a, b, 5).unwrap();
        assert_eq!(text(&mut vm, r), "(11+2j)");
        a.decref();
        b.decref();
        let e = ops::binary_op(&mut vm, Value::small_int(1), Value::small_int(0), 6).unwrap_err();
        assert!(e.matches(&super::super::exceptions::ZERO_DIVISION_ERROR));
    }
}
