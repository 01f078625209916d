//! `int` arithmetic with CPython 3.11's exact results and messages, and the slots of `int` and
//! `bool`.
//!
//! Fast paths for the interpreter and the JIT (call these inline before the generic
//! `vm::ops::binary_op`; a `None` means "take the generic path", never an error):
//! - `int_binop_fast(a, b, op)`: both operands small (immediate) ints, `op` a `BINARY_OP`
//!   argument (in-place forms accepted). No allocation; `None` on overflow past the immediate
//!   range, division by zero, negative shift counts, `**` with a negative exponent, `@`.
//! - `int_compare_fast(a, b, op)`: both small ints.
//! - `float_binop_fast` / `float_compare_fast` in `float_ops.rs` cover float-float and
//!   float-small-int pairs.
//!
//! Other entry points: `pow3(vm, a, b, m)` (3-argument `pow` for any operands), `divmod(vm, a, b)`
//! (`divmod()` for any operands), `int_to_f64`, `compare_int_float` (exact).

use super::exceptions::{exc_args, type_error, value_error, zero_division_error, MEMORY_ERROR};
use super::int::{bool_value, int_from_big, int_from_i128, int_ref, is_bool, is_int, num_err, IntObject, IntRef};
use super::typeobj::{CmpOp, Slots, UnOp};
use super::value::Value;
use super::{not_implemented, str::new_str};
use crate::vm::{ops, PyErr, PyResult, Vm};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// `BINARY_OP` arguments (CPython's `NB_*` numbering); in-place forms are these plus 13.
pub const OP_ADD: u8 = 0;
pub const OP_AND: u8 = 1;
pub const OP_FLOORDIV: u8 = 2;
pub const OP_LSHIFT: u8 = 3;
pub const OP_MATMUL: u8 = 4;
pub const OP_MUL: u8 = 5;
pub const OP_MOD: u8 = 6;
pub const OP_OR: u8 = 7;
pub const OP_POW: u8 = 8;
pub const OP_RSHIFT: u8 = 9;
pub const OP_SUB: u8 = 10;
pub const OP_TRUEDIV: u8 = 11;
pub const OP_XOR: u8 = 12;

pub const INT_SLOTS: Slots = Slots {
    dealloc: super::num_args::dealloc_number::<IntObject>,
    repr: Some(int_repr),
    hash: Some(int_hash),
    richcmp: Some(int_richcmp),
    binop: Some(int_binop),
    unop: Some(int_unop),
    bool: Some(int_bool),
    new: Some(super::int_methods::int_new),
    ..Slots::EMPTY
};

pub const BOOL_SLOTS: Slots = Slots {
    dealloc: super::object::dealloc_never,
    repr: Some(bool_repr),
    binop: Some(bool_binop),
    new: Some(super::int_methods::bool_new),
    ..INT_SLOTS
};

// ---------------------------------------------------------------------------------------
// Fast paths

/// `a <op> b` when both are small ints (see the module doc). `op` is a `BINARY_OP` argument.
#[inline(always)]
pub fn int_binop_fast(a: Value, b: Value, op: u8) -> Option<Value> {
    if !(a.is_small_int() & b.is_small_int()) {
        return None;
    }
    small_binop(a.as_small_int(), b.as_small_int(), if op >= 13 { op - 13 } else { op })
}

/// Small-int arithmetic on 48-bit payloads (so `+`/`-` cannot overflow an i64).
#[inline(always)]
fn small_binop(x: i64, y: i64, op: u8) -> Option<Value> {
    let r = match op {
        OP_ADD => x + y,
        OP_SUB => x - y,
        OP_MUL => x.checked_mul(y)?,
        OP_AND => x & y,
        OP_OR => x | y,
        OP_XOR => x ^ y,
        OP_FLOORDIV => {
            if y == 0 {
                return None;
            }
            let (q, r) = (x / y, x % y);
            if r != 0 && (r ^ y) < 0 {
                q - 1
            } else {
                q
            }
        }
        OP_MOD => {
            if y == 0 {
                return None;
            }
            let r = x % y;
            if r != 0 && (r ^ y) < 0 {
                r + y
            } else {
                r
            }
        }
        OP_LSHIFT => {
            if !(0..64).contains(&y) {
                if y >= 64 && x == 0 {
                    return Some(Value::small_int(0));
                }
                return None;
            }
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        OP_RSHIFT => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        OP_TRUEDIV => {
            if y == 0 {
                return None;
            }
            // Both fit 53 bits, so the quotient of the exact conversions is correctly rounded.
            return Some(Value::float(x as f64 / y as f64));
        }
        OP_POW => {
            if y < 0 {
                return None;
            }
            let (mut base, mut e, mut acc) = (x, y as u64, 1i64);
            while e > 0 {
                if e & 1 == 1 {
                    acc = acc.checked_mul(base)?;
                }
                e >>= 1;
                if e > 0 {
                    base = base.checked_mul(base)?;
                }
            }
            acc
        }
        _ => return None,
    };
    Value::try_small_int(r)
}

/// `a <op> b` as a bool when both are small ints.
#[inline(always)]
pub fn int_compare_fast(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    if !(a.is_small_int() & b.is_small_int()) {
        return None;
    }
    Some(op.from_ordering(a.as_small_int().cmp(&b.as_small_int())))
}

// ---------------------------------------------------------------------------------------
// Errors

#[cold]
fn memory_error() -> PyErr {
    exc_args(&MEMORY_ERROR, &[])
}

#[cold]
fn negative_shift() -> PyErr {
    value_error("negative shift count")
}

#[cold]
fn zero_div(op: u8) -> PyErr {
    zero_division_error(match op {
        OP_TRUEDIV => "division by zero",
        OP_MOD => "integer modulo by zero",
        _ => "integer division or modulo by zero",
    })
}

// ---------------------------------------------------------------------------------------
// Conversions

/// `float(n)` for an int: correctly rounded; OverflowError "int too large to convert to float".
pub fn int_to_f64(v: IntRef) -> PyResult<f64> {
    match v {
        IntRef::Small(i) => Ok(i as f64),
        IntRef::Big(b) => crate::numfmt::int_fmt::bigint_to_f64(b).map_err(num_err),
    }
}

/// `2**k` for -1022 <= k <= 1023.
fn pow2(k: i64) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `f * 2**k`, exact whenever the result is representable.
fn ldexp(mut f: f64, mut k: i64) -> f64 {
    while k > 1023 {
        f *= pow2(1023);
        k -= 1023;
        if f.is_infinite() {
            return f;
        }
    }
    while k < -1022 {
        f *= pow2(-1022);
        k += 1022;
        if f == 0.0 {
            return f;
        }
    }
    f * pow2(k)
}

/// `m * 2**e` correctly rounded (ties to even, subnormals included); the low bit of `m` is
/// sticky for nonzero bits the caller dropped. Infinity past the float range.
fn compose(m: u64, e: i64) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let nbits = 64 - m.leading_zeros() as i64;
    let top = nbits - 1 + e;
    if top > 1023 {
        return f64::INFINITY;
    }
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = nbits - prec;
    if drop <= 0 {
        return ldexp(m as f64, e);
    }
    if drop > 64 {
        return 0.0;
    }
    let m128 = m as u128;
    let q = m128 >> drop;
    let rem = m128 & ((1u128 << drop) - 1);
    let half = 1u128 << (drop - 1);
    let q = if rem > half || (rem == half && q & 1 == 1) { q + 1 } else { q };
    ldexp(q as f64, e + drop)
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide`.
pub fn int_truediv(a: IntRef, b: IntRef) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_div(OP_TRUEDIV));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        const LIM: u64 = 1 << 53;
        if x.unsigned_abs() <= LIM && y.unsigned_abs() <= LIM {
            return Ok(x as f64 / y as f64);
        }
    }
    let (a, b) = (a.big(), b.big());
    let neg = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (n, d) = (a.magnitude(), b.magnitude());
    let sign = if neg { -1.0 } else { 1.0 };
    if n.is_zero() {
        return Ok(0.0 * sign);
    }
    let diff = n.bits() as i64 - d.bits() as i64;
    if diff > 1025 {
        return Err(super::exceptions::overflow_error("integer division result too large for a float"));
    }
    if diff < -1076 {
        return Ok(0.0 * sign);
    }
    let shift = diff - 55;
    let (num, den): (BigUint, BigUint) = if shift >= 0 { (n.clone(), d << shift as usize) } else { (n << (-shift) as usize, d.clone()) };
    let q = &num / &den;
    let exact = (&q * &den) == num;
    let mut m = q.to_u64().unwrap_or(u64::MAX);
    if !exact {
        m |= 1;
    }
    let r = compose(m, shift);
    if r.is_infinite() {
        return Err(super::exceptions::overflow_error("integer division result too large for a float"));
    }
    Ok(r * sign)
}

/// Floor quotient and remainder (remainder takes the divisor's sign); `b` nonzero.
pub fn big_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let q = a / b;
    let r = a - &q * b;
    if !r.is_zero() && (r.sign() != b.sign()) {
        (q - 1, r + b)
    } else {
        (q, r)
    }
}

/// Exact comparison of an int with a float (`None` when `f` is NaN), as CPython's
/// `float_richcompare` does it: no rounding of the int.
pub fn compare_int_float(i: IntRef, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if let Some(x) = i.to_i64() {
        if x.unsigned_abs() <= 1 << 53 {
            return (x as f64).partial_cmp(&f);
        }
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let fl = f.floor();
    let bf = crate::numfmt::float_to_bigint(fl).ok()?;
    let big = i.big();
    match big.as_ref().cmp(&bf) {
        Ordering::Equal if fl != f => Some(Ordering::Less),
        o => Some(o),
    }
}

/// Compare two ints.
pub fn compare_ints(a: IntRef, b: IntRef) -> Ordering {
    match (a.to_i64(), b.to_i64()) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => a.big().as_ref().cmp(b.big().as_ref()),
    }
}

/// The result of a comparison for `op` (`None` ordering: unordered, only `!=` holds).
pub fn cmp_result(op: CmpOp, ord: Option<Ordering>) -> bool {
    match ord {
        Some(o) => op.from_ordering(o),
        None => op == CmpOp::Ne,
    }
}

// ---------------------------------------------------------------------------------------
// Arithmetic

/// `a <op> b` for two ints (any representation); `op` in 0..13.
pub fn int_arith(vm: &mut Vm, a: IntRef, b: IntRef, op: u8) -> PyResult {
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if let Some(r) = i64_arith(x, y, op) {
            return r;
        }
    }
    big_arith(vm, a, b, op)
}

/// Machine-size arithmetic in i128; `None` when the big path must do it.
fn i64_arith(x: i64, y: i64, op: u8) -> Option<PyResult> {
    let (x, y) = (x as i128, y as i128);
    let r = match op {
        OP_ADD => x + y,
        OP_SUB => x - y,
        OP_MUL => x * y,
        OP_AND => x & y,
        OP_OR => x | y,
        OP_XOR => x ^ y,
        OP_FLOORDIV | OP_MOD => {
            if y == 0 {
                return Some(Err(zero_div(op)));
            }
            let (q, r) = (x / y, x % y);
            let (q, r) = if r != 0 && ((r < 0) != (y < 0)) { (q - 1, r + y) } else { (q, r) };
            if op == OP_MOD {
                r
            } else {
                q
            }
        }
        OP_LSHIFT => {
            if y < 0 {
                return Some(Err(negative_shift()));
            }
            if x == 0 {
                0
            } else if y < 64 {
                let r = x << y;
                if r >> y != x {
                    return None;
                }
                r
            } else {
                return None;
            }
        }
        OP_RSHIFT => {
            if y < 0 {
                return Some(Err(negative_shift()));
            }
            x >> y.min(127)
        }
        _ => return None,
    };
    Some(Ok(int_from_i128(r)))
}

fn big_arith(vm: &mut Vm, a: IntRef, b: IntRef, op: u8) -> PyResult {
    if op == OP_TRUEDIV {
        return Ok(Value::float(int_truediv(a, b)?));
    }
    if op == OP_POW {
        return int_pow(vm, a, b);
    }
    if op == OP_MATMUL {
        return Ok(not_implemented());
    }
    let (x, y) = (a.big(), b.big());
    let (x, y) = (x.as_ref(), y.as_ref());
    let r = match op {
        OP_ADD => x + y,
        OP_SUB => x - y,
        OP_MUL => x * y,
        OP_AND => x & y,
        OP_OR => x | y,
        OP_XOR => x ^ y,
        OP_FLOORDIV | OP_MOD => {
            if y.is_zero() {
                return Err(zero_div(op));
            }
            let (q, r) = big_divmod(x, y);
            if op == OP_MOD {
                r
            } else {
                q
            }
        }
        OP_LSHIFT => {
            if y.is_negative() {
                return Err(negative_shift());
            }
            if x.is_zero() {
                return Ok(Value::small_int(0));
            }
            match y.to_u64() {
                Some(s) if s + x.bits() < (1 << 35) => x << s as usize,
                _ => return Err(huge_shift(x, y)),
            }
        }
        OP_RSHIFT => {
            if y.is_negative() {
                return Err(negative_shift());
            }
            match y.to_u64() {
                Some(s) if s < x.bits() + 1 => floor_shr(x, s as usize),
                _ => BigInt::from(if x.is_negative() { -1 } else { 0 }),
            }
        }
        _ => return Ok(not_implemented()),
    };
    Ok(int_from_big(r))
}

/// The error of a left shift too large to perform: CPython's OverflowError when the digit
/// count (30-bit digits) would pass its maximum, else MemoryError.
#[cold]
fn huge_shift(x: &BigInt, y: &BigInt) -> PyErr {
    let digits = BigInt::from(x.bits().div_ceil(30));
    let (q, r) = big_divmod(y, &BigInt::from(30));
    let newsize = digits + q + if r.is_zero() { 0 } else { 1 };
    if newsize > BigInt::from((1u64 << 61) - 7) {
        super::exceptions::overflow_error("too many digits in integer")
    } else {
        memory_error()
    }
}

/// `x >> s` rounding toward negative infinity.
fn floor_shr(x: &BigInt, s: usize) -> BigInt {
    if !x.is_negative() {
        return x >> s;
    }
    // -((-x - 1) >> s) - 1
    let t: BigInt = (-x - 1u32) >> s;
    -t - 1u32
}

/// `a ** b` for ints: a float for negative exponents (as CPython), else exact.
fn int_pow(_vm: &mut Vm, a: IntRef, b: IntRef) -> PyResult {
    if b.is_negative() {
        let (x, y) = (int_to_f64(a)?, int_to_f64(b)?);
        return match crate::numfmt::float_pow(x, y).map_err(num_err)? {
            crate::numfmt::PowResult::Float(f) => Ok(Value::float(f)),
            crate::numfmt::PowResult::Complex => Ok(Value::float(f64::NAN)),
        };
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if let Some(r) = small_pow_i128(x, y) {
            return Ok(int_from_i128(r));
        }
    }
    let base = a.big();
    let base = base.as_ref();
    if base.is_zero() {
        return Ok(Value::small_int(if b.is_zero() { 1 } else { 0 }));
    }
    if base.is_one() {
        return Ok(Value::small_int(1));
    }
    let odd = match b {
        IntRef::Small(e) => e & 1 == 1,
        IntRef::Big(e) => e.bit(0),
    };
    if *base == BigInt::from(-1) {
        return Ok(Value::small_int(if odd { -1 } else { 1 }));
    }
    let e = match b.to_i64() {
        Some(e) if (e as u64).saturating_mul(base.bits()) < (1 << 35) && e <= u32::MAX as i64 => e as u32,
        _ => return Err(memory_error()),
    };
    Ok(int_from_big(base.pow(e)))
}

fn small_pow_i128(x: i64, y: i64) -> Option<i128> {
    let (mut base, mut e, mut acc) = (x as i128, y as u64, 1i128);
    while e > 0 {
        if e & 1 == 1 {
            acc = acc.checked_mul(base)?;
        }
        e >>= 1;
        if e > 0 {
            base = base.checked_mul(base)?;
        }
    }
    Some(acc)
}

/// The inverse of `a` modulo `m` (> 0), if any.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut r0, mut r1) = (m.clone(), big_divmod(a, m).1);
    let (mut t0, mut t1) = (BigInt::zero(), BigInt::one());
    while !r1.is_zero() {
        let q = &r0 / &r1;
        let r2 = &r0 - &q * &r1;
        r0 = std::mem::replace(&mut r1, r2);
        let t2 = &t0 - &q * &t1;
        t0 = std::mem::replace(&mut t1, t2);
    }
    if !r0.is_one() {
        return None;
    }
    Some(big_divmod(&t0, m).1)
}

/// `pow(a, b, m)` for ints.
pub fn int_pow3(a: IntRef, b: IntRef, m: IntRef) -> PyResult {
    let m = m.big();
    let m = m.as_ref();
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = a.big().into_owned();
    let mut e = b.big().into_owned();
    if e.is_negative() {
        base = match mod_inverse(&base, &m.abs()) {
            Some(inv) => inv,
            None => return Err(value_error("base is not invertible for the given modulus")),
        };
        e = -e;
    }
    Ok(int_from_big(base.modpow(&e, m)))
}

/// 3-argument `pow(a, b, m)` for any operands (the `pow` built-in's number path): ints give
/// an int; floats and complexes raise CPython's errors; other types are reported as
/// unsupported (user types' `__pow__` is the caller's business before this).
pub fn pow3(_vm: &mut Vm, a: Value, b: Value, m: Value) -> PyResult {
    if let (Some(x), Some(y), Some(z)) = (int_ref(a), int_ref(b), int_ref(m)) {
        return int_pow3(x, y, z);
    }
    let is_num = |v: Value| is_int(v) || super::float::float_val(v).is_some() || super::complex::is_complex(v);
    if is_num(a) && is_num(b) && is_num(m) {
        if super::complex::is_complex(a) || super::complex::is_complex(b) || super::complex::is_complex(m) {
            return Err(value_error("complex modulo"));
        }
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        ops::type_name(a),
        ops::type_name(b),
        ops::type_name(m)
    )))
}

/// `int.__pow__(a, b, m)`: NotImplemented unless all three are ints.
pub fn int_pow3_slot(_vm: &mut Vm, a: Value, b: Value, m: Value) -> PyResult {
    match (int_ref(a), int_ref(b), int_ref(m)) {
        (Some(x), Some(y), Some(z)) => int_pow3(x, y, z),
        _ => Ok(not_implemented()),
    }
}

/// `int.__divmod__`: NotImplemented unless both are ints.
pub fn int_divmod(_vm: &mut Vm, a: Value, b: Value) -> PyResult {
    let (Some(x), Some(y)) = (int_ref(a), int_ref(b)) else {
        return Ok(not_implemented());
    };
    if y.is_zero() {
        return Err(zero_div(OP_FLOORDIV));
    }
    let (q, r) = match (x.to_i64(), y.to_i64()) {
        (Some(i), Some(j)) => {
            let (i, j) = (i as i128, j as i128);
            let (q, r) = (i / j, i % j);
            let (q, r) = if r != 0 && ((r < 0) != (j < 0)) { (q - 1, r + j) } else { (q, r) };
            (int_from_i128(q), int_from_i128(r))
        }
        _ => {
            let (q, r) = big_divmod(x.big().as_ref(), y.big().as_ref());
            (int_from_big(q), int_from_big(r))
        }
    };
    Ok(super::tuple::tuple_from_vec(vec![q, r]))
}

/// `divmod(a, b)` for any operands: ints and floats directly, then `__divmod__` /
/// `__rdivmod__` of other types, else CPython's TypeError.
pub fn divmod(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    let r = int_divmod(vm, a, b)?;
    if !r.is_not_implemented() {
        return Ok(r);
    }
    let r = super::float_ops::float_divmod_slot(vm, a, b)?;
    if !r.is_not_implemented() {
        return Ok(r);
    }
    let name = super::str::intern("__divmod__");
    if let Some(f) = a.ty().lookup(name) {
        f.incref();
        let r = ops::call(vm, f, &[a, b], &[]);
        f.decref();
        let r = r?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    if !std::ptr::eq(a.ty(), b.ty()) {
        let name = super::str::intern("__rdivmod__");
        if let Some(f) = b.ty().lookup(name) {
            f.incref();
            let r = ops::call(vm, f, &[b, a], &[]);
            f.decref();
            let r = r?;
            if !r.is_not_implemented() {
                return Ok(r);
            }
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        ops::type_name(a),
        ops::type_name(b)
    )))
}

// ---------------------------------------------------------------------------------------
// Slots

/// The `binop` slot of `int`: both operands must be ints (else NotImplemented); in-place
/// forms are NotImplemented (ints are immutable, the generic layer falls back).
pub fn int_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    if op >= 13 {
        return Ok(not_implemented());
    }
    if let Some(r) = int_binop_fast(a, b, op) {
        return Ok(r);
    }
    match (int_ref(a), int_ref(b)) {
        (Some(x), Some(y)) => int_arith(vm, x, y, op),
        _ => Ok(not_implemented()),
    }
}

fn bool_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    if matches!(op, OP_AND | OP_OR | OP_XOR) && is_bool(a) && is_bool(b) {
        let (x, y) = (a == bool_value(true), b == bool_value(true));
        return Ok(bool_value(match op {
            OP_AND => x & y,
            OP_OR => x | y,
            _ => x ^ y,
        }));
    }
    int_binop(vm, a, b, op)
}

/// The `richcmp` slot of `int` (int and float right operands are compared exactly).
pub fn int_richcmp(_vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    let Some(x) = int_ref(a) else {
        return Ok(not_implemented());
    };
    if let Some(y) = int_ref(b) {
        return Ok(bool_value(op.from_ordering(compare_ints(x, y))));
    }
    if let Some(f) = super::float::float_val(b) {
        return Ok(bool_value(cmp_result(op, compare_int_float(x, f))));
    }
    Ok(not_implemented())
}

/// `hash(n)` for an int (CPython's: n modulo 2**61 - 1, sign kept, -1 -> -2).
pub fn hash_int(v: IntRef) -> i64 {
    match v {
        IntRef::Small(i) => crate::numfmt::hash_i64(i),
        IntRef::Big(b) => crate::numfmt::hash_bigint(b),
    }
}

fn int_hash(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    Ok(int_ref(v).map(hash_int).unwrap_or(0))
}

fn int_repr(vm: &mut Vm, v: Value) -> PyResult {
    super::int::int_to_str(vm, v)
}

fn bool_repr(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(super::str::intern(if v == bool_value(true) { "True" } else { "False" }))
}

fn int_bool(_vm: &mut Vm, v: Value) -> PyResult<bool> {
    Ok(!int_ref(v).map(|r| r.is_zero()).unwrap_or(true))
}

/// The `unop` slot of `int` (results are exact ints, also for bools and subclasses).
pub fn int_unop(_vm: &mut Vm, v: Value, op: UnOp) -> PyResult {
    let Some(x) = int_ref(v) else {
        return Ok(not_implemented());
    };
    if let IntRef::Small(i) = x {
        let i = i as i128;
        return Ok(int_from_i128(match op {
            UnOp::Neg => -i,
            UnOp::Pos => i,
            UnOp::Invert => !i,
            UnOp::Abs => i.abs(),
        }));
    }
    let b = x.big();
    let b = b.as_ref();
    Ok(match op {
        UnOp::Neg => int_from_big(-b),
        UnOp::Pos => int_from_big(b.clone()),
        UnOp::Invert => int_from_big(-b - 1u32),
        UnOp::Abs => int_from_big(b.abs()),
    })
}

/// `str(n)` as a str value (bools included: `str(True)` goes through `bool`'s repr).
pub fn int_str_value(vm: &mut Vm, v: Value) -> PyResult {
    let r = int_ref(v).ok_or_else(|| type_error("expected an int"))?;
    Ok(new_str(&super::int::int_to_string(vm, r)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn small_fast_path() {
        let v = |i| Value::small_int(i);
        let f = |a, b, op| int_binop_fast(v(a), v(b), op).map(|r| r.as_small_int());
        // Values from python3: -7//2, -7%2, 7%-2, 7//-2, 1<<46, 3**4, -1>>100
        assert_eq!(f(-7, 2, OP_FLOORDIV), Some(-4));
        assert_eq!(f(-7, 2, OP_MOD), Some(1));
        assert_eq!(f(7, -2, OP_MOD), Some(-1));
        assert_eq!(f(7, -2, OP_FLOORDIV), Some(-4));
        assert_eq!(f(1, 46, OP_LSHIFT), Some(1 << 46));
        assert_eq!(f(1, 47, OP_LSHIFT), None);
        assert_eq!(f(3, 4, OP_POW), Some(81));
        assert_eq!(f(-1, 100, OP_RSHIFT), Some(-1));
        assert_eq!(f(1, 0, OP_FLOORDIV), None);
        assert_eq!(f(2, -1, OP_POW), None);
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        // Values from python3: 10**30/7, 2**1000/3, 1/3**700, 1/3**650, 7**400/3**500, -(10**25)/10**24
        let t = |a: &str, b: &str| int_truediv(IntRef::Big(&big(a)), IntRef::Big(&big(b))).ok();
        assert_eq!(t("1000000000000000000000000000000", "7"), Some(1.4285714285714286e+29));
        let p1000 = BigInt::from(2).pow(1000u32);
        assert_eq!(int_truediv(IntRef::Big(&p1000), IntRef::Small(3)).ok(), Some(3.5716953572875575e+300));
        let p700 = BigInt::from(3).pow(700u32);
        assert_eq!(int_truediv(IntRef::Small(1), IntRef::Big(&p700)).ok(), Some(0.0));
        let p650 = BigInt::from(3).pow(650u32);
        assert_eq!(int_truediv(IntRef::Small(1), IntRef::Big(&p650)).ok(), Some(7.433347434967e-311));
        let (s7, t3) = (BigInt::from(7).pow(400u32), BigInt::from(3).pow(500u32));
        assert_eq!(int_truediv(IntRef::Big(&s7), IntRef::Big(&t3)).ok(), Some(3.010153522641516e+99));
        assert_eq!(t("-10000000000000000000000000", "1000000000000000000000000"), Some(-10.0));
        // 2**1074 + 1 over 2**2148 rounds to the smallest subnormal (python3: 5e-324)
        let n = BigInt::from(2).pow(1074u32) + 1;
        let d = BigInt::from(2).pow(2148u32);
        assert_eq!(int_truediv(IntRef::Big(&n), IntRef::Big(&d)).ok(), Some(5e-324));
    }

    #[test]
    fn compare_big_with_float() {
        // python3: 2**53+1 > 2.0**53 is True; 10**400 > 1e308 True; -(10**400) < -1e308 True
        let x = BigInt::from(2).pow(53u32) + 1;
        assert_eq!(compare_int_float(IntRef::Big(&x), 2f64.powi(53)), Some(Ordering::Greater));
        let y = BigInt::from(10).pow(400u32);
        assert_eq!(compare_int_float(IntRef::Big(&y), 1e308), Some(Ordering::Greater));
        assert_eq!(compare_int_float(IntRef::Big(&y), f64::INFINITY), Some(Ordering::Less));
        assert_eq!(compare_int_float(IntRef::Small(3), 3.5), Some(Ordering::Less));
        assert_eq!(compare_int_float(IntRef::Small(3), f64::NAN), None);
    }

    #[test]
    fn pow_mod_and_shifts() {
        // python3: pow(3, -1, 7) == 5, pow(2, 10, -7) == -5, -5 >> 1 == -3, (-2**70) >> 3
        assert_eq!(int_pow3(IntRef::Small(3), IntRef::Small(-1), IntRef::Small(7)).unwrap().as_small_int(), 5);
        assert_eq!(int_pow3(IntRef::Small(2), IntRef::Small(10), IntRef::Small(-7)).unwrap().as_small_int(), -5);
        assert_eq!(floor_shr(&BigInt::from(-5), 1), BigInt::from(-3));
        let x = -BigInt::from(2).pow(70u32) - 1;
        assert_eq!(floor_shr(&x, 3), big("-147573952589676412929"));
    }
}
