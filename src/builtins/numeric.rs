//! Numeric built-in functions: bin, oct, hex, divmod, pow, round, sum, and the `__index__`
//! conversions they share.

use super::args::{exactly_one, positional, Signature};
use crate::objects::exceptions::{overflow_error, type_error, value_error, zero_division_error, STOP_ITERATION};
use crate::objects::int::{int_as_big, int_as_i64, int_from_big, int_from_i64, is_int, BOOL_TYPE, INT_TYPE};
use crate::objects::str::new_str;
use crate::objects::{self as obj, Owned, Value, FLOAT_TYPE};
use crate::vm::{ops, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

/// `operator.index(v)`: an int (new reference) from an int or an object with `__index__`.
pub fn index_value(vm: &mut Vm, v: Value) -> PyResult {
    if is_int(v) {
        return Ok(v.new_ref());
    }
    match super::call_special(vm, v, "__index__", &[])? {
        Some(r) if is_int(r) => {
            if !crate::objects::int::is_exact_int(r) {
                let msg = crate::objects::deprecation::strict_subclass_message("__index__", "int", ops::type_name(r));
                if let Err(e) = crate::objects::deprecation::warn(vm, &msg) {
                    r.decref();
                    return Err(e);
                }
            }
            Ok(r)
        }
        Some(r) => {
            let msg = format!("__index__ returned non-int (type {})", ops::type_name(r));
            r.decref();
            Err(type_error(msg))
        }
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v)))),
    }
}

/// An index as a C `int` (chr's argument): OverflowError "Python int too large to convert to
/// C int" outside i32.
pub fn index_c_int(vm: &mut Vm, v: Value) -> PyResult<i64> {
    let i = index_value(vm, v)?;
    let r = int_as_i64(i);
    i.decref();
    match r {
        Some(x) if x >= i32::MIN as i64 && x <= i32::MAX as i64 => Ok(x),
        _ => Err(overflow_error("Python int too large to convert to C int")),
    }
}

fn radix_str(vm: &mut Vm, name: &str, args: &[Value], kwnames: &[Value], radix: u32, prefix: &str) -> PyResult {
    let v = exactly_one(name, args, kwnames)?;
    let i = index_value(vm, v)?;
    let out = if let Some(x) = int_as_i64(i) {
        let mag = x.unsigned_abs();
        let digits = match radix {
            2 => format!("{mag:b}"),
            8 => format!("{mag:o}"),
            _ => format!("{mag:x}"),
        };
        format!("{}{prefix}{digits}", if x < 0 { "-" } else { "" })
    } else {
        let b = int_as_big(i).unwrap_or_default();
        format!("{}{prefix}{}", if b.is_negative() { "-" } else { "" }, b.abs().to_str_radix(radix))
    };
    i.decref();
    Ok(new_str(&out))
}

/// `bin(x)`.
pub fn builtin_bin(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    radix_str(vm, "bin", args, kwnames, 2, "0b")
}
/// `oct(x)`.
pub fn builtin_oct(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    radix_str(vm, "oct", args, kwnames, 8, "0o")
}
/// `hex(x)`.
pub fn builtin_hex(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    radix_str(vm, "hex", args, kwnames, 16, "0x")
}

fn is_num(v: Value) -> bool {
    is_int(v) || v.is_float()
}

/// `divmod(a, b)`.
pub fn builtin_divmod(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("divmod", args, kwnames, 2, 2)?;
    divmod(vm, a[0], a[1])
}

/// `divmod(a, b)`: ints and floats directly, other types through `__divmod__`/`__rdivmod__`.
pub fn divmod(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    if a.is_small_int() && b.is_small_int() {
        let (x, y) = (a.as_small_int(), b.as_small_int());
        if y == 0 {
            return Err(zero_division_error("integer division or modulo by zero"));
        }
        // Python floors: the remainder takes the divisor's sign. (No overflow: small ints
        // are 48-bit.)
        let (mut q, mut r) = (x / y, x % y);
        if r != 0 && ((r < 0) != (y < 0)) {
            q -= 1;
            r += y;
        }
        return Ok(obj::tuple::tuple_from_vec(vec![int_from_i64(q), int_from_i64(r)]));
    }
    if is_num(a) && is_num(b) && (a.is_exact(&INT_TYPE) || a.is_exact(&BOOL_TYPE) || a.is_small_int() || a.is_float())
        && (b.is_exact(&INT_TYPE) || b.is_exact(&BOOL_TYPE) || b.is_small_int() || b.is_float())
    {
        if a.is_float() || b.is_float() {
            let y = if b.is_float() { b.as_float() } else { int_as_big(b).map(|x| big_to_f64(&x)).unwrap_or(0.0) };
            if y == 0.0 {
                return Err(zero_division_error("float divmod()"));
            }
        } else if int_as_big(b).is_some_and(|x| x.is_zero()) {
            return Err(zero_division_error("integer division or modulo by zero"));
        }
        let q = ops::binary_op(vm, a, b, 2)?;
        let r = match ops::binary_op(vm, a, b, 6) {
            Ok(r) => r,
            Err(e) => {
                q.decref();
                return Err(e);
            }
        };
        return Ok(obj::tuple::tuple_from_vec(vec![q, r]));
    }
    let (ta, tb) = (a.ty(), b.ty());
    let swap_first = !std::ptr::eq(ta, tb) && tb.is_subtype(ta);
    let order: [(Value, Value, &str); 2] = if swap_first {
        [(b, a, "__rdivmod__"), (a, b, "__divmod__")]
    } else {
        [(a, b, "__divmod__"), (b, a, "__rdivmod__")]
    };
    for (i, (x, y, name)) in order.into_iter().enumerate() {
        if i == 1 && std::ptr::eq(ta, tb) {
            break;
        }
        if let Some(r) = super::call_special(vm, x, name, &[y])? {
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

fn big_to_f64(b: &BigInt) -> f64 {
    num_traits::ToPrimitive::to_f64(b).unwrap_or(f64::INFINITY)
}

static POW_SIG: Signature = Signature::new("pow", &["base", "exp", "mod"]).required(2);

/// `pow(base, exp, mod=None)`.
pub fn builtin_pow(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let [base, exp, m] = POW_SIG.parse(args, kwnames)?;
    if m.is_null() || m.is_none() {
        return ops::binary_op(vm, base, exp, 8);
    }
    if is_int(base) && is_int(exp) && is_int(m) {
        let (b, e, md) = (int_as_big(base).unwrap_or_default(), int_as_big(exp).unwrap_or_default(), int_as_big(m).unwrap_or_default());
        return int_modpow(&b, &e, &md).map(int_from_big);
    }
    // Three-argument power goes to the base's `__pow__` only (CPython never tries `__rpow__`
    // here); of the built-in types only float and complex have a ternary power.
    let bt = base.ty();
    let ternary = bt.has_flag(crate::objects::typeobj::TypeFlags::HEAPTYPE)
        || base.is_float()
        || matches!(bt.tp_name(), "float" | "complex");
    if ternary {
        if let Some(r) = super::call_special(vm, base, "__pow__", &[exp, m])? {
            if !r.is_not_implemented() {
                return Ok(r);
            }
            r.decref();
        }
    }
    if is_num(base) && is_num(exp) && is_num(m) {
        return Err(type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    Err(type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        ops::type_name(base),
        ops::type_name(exp),
        ops::type_name(m)
    )))
}

/// Three-argument `pow` on ints with CPython's semantics: the result takes the modulus' sign;
/// a negative exponent uses the modular inverse.
pub fn int_modpow(base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<BigInt> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = m.abs();
    if mabs.is_one() {
        return Ok(BigInt::zero());
    }
    let mut b = base.mod_floor_pos(&mabs);
    let mut e = exp.clone();
    if e.is_negative() {
        b = mod_inverse(&b, &mabs).ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let mut r = b.modpow(&e, &mabs);
    if m.is_negative() && !r.is_zero() {
        r -= &mabs;
    }
    Ok(r)
}

trait ModFloorPos {
    fn mod_floor_pos(&self, m: &BigInt) -> BigInt;
}
impl ModFloorPos for BigInt {
    fn mod_floor_pos(&self, m: &BigInt) -> BigInt {
        let r = self % m;
        if r.is_negative() {
            r + m
        } else {
            r
        }
    }
}

/// The inverse of `a` modulo `m` (m > 1), if gcd(a, m) == 1.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let (mut old_r, mut r) = (a.clone(), m.clone());
    let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
    while !r.is_zero() {
        let q = &old_r / &r;
        let nr = &old_r - &q * &r;
        old_r = std::mem::replace(&mut r, nr);
        let ns = &old_s - &q * &s;
        old_s = std::mem::replace(&mut s, ns);
    }
    if !old_r.is_one() {
        return None;
    }
    Some(old_s.mod_floor_pos(m))
}

static ROUND_SIG: Signature = Signature::new("round", &["number", "ndigits"]).required(1);

/// `round(number, ndigits=None)`: `type(number).__round__`.
pub fn builtin_round(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let [number, nd] = ROUND_SIG.parse(args, kwnames)?;
    let no_digits = nd.is_null() || nd.is_none();
    if no_digits {
        if number.is_small_int() {
            return Ok(number);
        }
        if number.is_float() {
            return float_round_to_int(number.as_float());
        }
    }
    let r = if no_digits {
        super::call_special(vm, number, "__round__", &[])?
    } else {
        super::call_special(vm, number, "__round__", &[nd])?
    };
    if let Some(r) = r {
        return Ok(r);
    }
    // The types' own `__round__` may not be installed yet: the int and float rules here.
    if is_int(number) {
        let x = int_as_big(number).unwrap_or_default();
        if no_digits {
            return Ok(int_from_big(x));
        }
        let n = Owned::new(index_value(vm, nd)?);
        let n = int_as_i64(n.get()).unwrap_or(i64::MIN);
        return Ok(int_from_big(round_int(&x, n)));
    }
    if number.is_float() {
        let n = Owned::new(index_value(vm, nd)?);
        let n = int_as_i64(n.get()).unwrap_or(if int_as_big(n.get()).is_some_and(|b| b.is_negative()) { i64::MIN } else { i64::MAX });
        return crate::numfmt::float_ops::float_round(number.as_float(), n)
            .map(Value::float)
            .map_err(crate::objects::str_format::num_err);
    }
    Err(type_error(format!("type {} doesn't define __round__ method", number.ty().tp_name())))
}

/// `round(x, n)` for an int: unchanged for `n >= 0`, else to a multiple of 10**-n with ties
/// to even.
pub fn round_int(x: &BigInt, n: i64) -> BigInt {
    if n >= 0 {
        return x.clone();
    }
    if n < -10_000 {
        return BigInt::zero();
    }
    let p = num_traits::pow(BigInt::from(10), (-n) as usize);
    let (mut q, mut r) = (x / &p, x % &p);
    if r.is_negative() {
        q -= 1;
        r += &p;
    }
    let twice: BigInt = &r * 2u32;
    let odd = (&q % 2i64) != BigInt::zero();
    let q = match twice.cmp(&p) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if odd => q + 1,
        _ => q,
    };
    q * p
}

/// `round(x)` for a float: the nearest int, ties to even.
pub fn float_round_to_int(x: f64) -> PyResult {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let r = x.round_ties_even();
    if r.abs() < 9.0e15 {
        return Ok(int_from_i64(r as i64));
    }
    Ok(int_from_big(float_to_big(r)))
}

/// An integral finite double as a BigInt (exact).
pub fn float_to_big(x: f64) -> BigInt {
    let (m, e) = crate::objects::float::frexp(x);
    // m * 2**53 is an exact integer for a double's 53-bit mantissa.
    let mant = (m * 9007199254740992.0) as i64;
    let e = e - 53;
    let b = BigInt::from(mant);
    if e >= 0 {
        b << (e as usize)
    } else {
        b >> ((-e) as usize)
    }
}

static SUM_SIG: Signature = Signature::new("sum", &["iterable", "start"]).required(1).posonly(1);

/// `sum(iterable, /, start=0)`: ints summed in an i64 until they overflow, floats added
/// plainly in order (CPython 3.11; the compensated sum arrived in 3.12), everything else
/// with `+`.
pub fn builtin_sum(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let [iterable, start] = SUM_SIG.parse(args, kwnames)?;
    let start = if start.is_null() { Value::small_int(0) } else { start };
    if start.is_ptr() {
        let tn = start.ty().tp_name();
        if crate::objects::str::is_str(start) {
            return Err(type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        if crate::objects::bytes::is_bytes(start) {
            return Err(type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        if crate::objects::bytearray::is_bytearray(start) {
            return Err(type_error("sum() can't sum bytearray [use b''.join(seq) instead]"));
        }
        let _ = tn;
    }
    let it = ops::iter(vm, iterable)?;
    let r = sum_loop(vm, it, start.new_ref());
    it.decref();
    r
}

fn is_exact_int(v: Value) -> bool {
    v.is_small_int() || v.is_exact(&INT_TYPE) || v.is_exact(&BOOL_TYPE)
}

/// The summing loop; `result` is an owned reference.
fn sum_loop(vm: &mut Vm, it: Value, mut result: Value) -> PyResult {
    // Integer fast path: accumulate in an i64 while it does not overflow.
    if is_exact_int(result) {
        if let Some(mut acc) = int_as_i64(result) {
            result.decref();
            loop {
                let item = match next_item(vm, it)? {
                    Some(x) => x,
                    None => return Ok(int_from_i64(acc)),
                };
                if is_exact_int(item) {
                    if let Some(x) = int_as_i64(item) {
                        if let Some(s) = acc.checked_add(x) {
                            acc = s;
                            continue;
                        }
                    }
                    // Past 64 bits: go on exactly in a BigInt while the items are ints.
                    let mut big = BigInt::from(acc) + int_as_big(item).unwrap_or_default();
                    item.decref();
                    loop {
                        let item = match next_item(vm, it)? {
                            Some(x) => x,
                            None => return Ok(int_from_big(big)),
                        };
                        if is_exact_int(item) {
                            big += int_as_big(item).unwrap_or_default();
                            item.decref();
                            continue;
                        }
                        let accv = Owned::new(int_from_big(std::mem::take(&mut big)));
                        let r = ops::binary_op(vm, accv.get(), item, 0);
                        item.decref();
                        result = r?;
                        break;
                    }
                    break;
                }
                if item.is_float() {
                    // int + float is float(int) + float: go on in the float path.
                    result = Value::float(acc as f64 + item.as_float());
                    break;
                }
                // Leave the fast path: result = acc + item, then go on generically.
                let accv = int_from_i64(acc);
                let r = ops::binary_op(vm, accv, item, 0);
                accv.decref();
                item.decref();
                result = r?;
                break;
            }
        }
    }
    // Float fast path.
    if result.is_float() {
        let mut acc = result.as_float();
        loop {
            let item = match next_item(vm, it)? {
                Some(x) => x,
                None => return Ok(Value::float(acc)),
            };
            if item.is_float() {
                acc += item.as_float();
                continue;
            }
            if is_exact_int(item) {
                if let Some(x) = int_as_i64(item) {
                    acc += x as f64;
                    continue;
                }
            }
            let accv = Value::float(acc);
            let r = ops::binary_op(vm, accv, item, 0);
            item.decref();
            result = r?;
            break;
        }
    }
    let mut guard = obj::Owned::new(result);
    loop {
        let item = match next_item(vm, it)? {
            Some(x) => x,
            None => return Ok(guard.into_value()),
        };
        let r = ops::binary_op(vm, guard.get(), item, 0);
        item.decref();
        guard = obj::Owned::new(r?);
    }
}

#[inline]
fn next_item(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    ops::next(vm, it)
}

/// Whether an error is StopIteration (iterators that raise it rather than returning `None`).
pub fn is_stop_iteration(e: &crate::vm::PyErr) -> bool {
    e.matches(&STOP_ITERATION)
}

/// `float` type check that also accepts float subclasses' exact instances (helper).
pub fn is_float_type(v: Value) -> bool {
    v.is_float() || v.is_instance_of(&FLOAT_TYPE)
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from python3: pow(-2, 3, -5) == -3, pow(3, -2, 7) == 4, pow(2, 10, 1000) == 24.
    #[test]
    fn modpow_matches_cpython() {
        let b = |x: i64| BigInt::from(x);
        assert_eq!(int_modpow(&b(-2), &b(3), &b(-5)).ok(), Some(b(-3)));
        assert_eq!(int_modpow(&b(3), &b(-2), &b(7)).ok(), Some(b(4)));
        assert_eq!(int_modpow(&b(2), &b(10), &b(1000)).ok(), Some(b(24)));
        assert!(int_modpow(&b(2), &b(-1), &b(4)).is_err());
        assert!(int_modpow(&b(2), &b(3), &b(0)).is_err());
    }

    // Expected values from python3: round(1250, -2) == 1200, round(1350, -2) == 1400,
    // round(-1250, -2) == -1200, round(15, -1) == 20, round(5, -1) == 0.
    #[test]
    fn int_rounding() {
        let r = |x: i64, n| round_int(&BigInt::from(x), n);
        assert_eq!(r(1250, -2), BigInt::from(1200));
        assert_eq!(r(1350, -2), BigInt::from(1400));
        assert_eq!(r(-1250, -2), BigInt::from(-1200));
        assert_eq!(r(15, -1), BigInt::from(20));
        assert_eq!(r(5, -1), BigInt::from(0));
        assert_eq!(r(1234, 2), BigInt::from(1234));
    }

    #[test]
    fn float_to_big_exact() {
        assert_eq!(float_to_big(1e20), "100000000000000000000".parse::<BigInt>().unwrap());
        assert_eq!(float_to_big(-3.0), BigInt::from(-3));
    }
}

#[cfg(test)]
mod sum_tests {
    use super::*;

    // Expected values from python3: sum([2**62] * 3) == 13835058055282163712,
    // sum([0.1]*10) == 0.9999999999999999, sum([1, 2.5, 3]) == 6.5, divmod(-7, 2) == (-4, 1).
    #[test]
    fn sums_and_divmod() {
        let mut vm = Vm::new();
        // An iterator yielding 2**62 three times, then 0.1 ten times (the sentinel is None).
        thread_local!(static N: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
        static NEXT: crate::objects::typeobj::MethodDef = crate::objects::typeobj::MethodDef::static_("next", |_, _, _| {
            let n = N.with(|c| {
                let n = c.get();
                c.set(n + 1);
                n
            });
            Ok(match n {
                0..=2 => int_from_i64(1 << 62),
                3 => obj::none(),
                4..=13 => Value::float(0.1),
                _ => obj::none(),
            })
        });
        let f = obj::method::new_builtin_function(&NEXT, Value::NULL);
        let it = crate::builtins::iteration::builtin_iter(&mut vm, &[f, obj::none()], &[]).unwrap();
        let r = builtin_sum(&mut vm, &[it], &[]).unwrap();
        assert_eq!(int_as_big(r), Some(BigInt::from(3u64 << 62)));
        it.decref();
        let it = crate::builtins::iteration::builtin_iter(&mut vm, &[f, obj::none()], &[]).unwrap();
        let r = builtin_sum(&mut vm, &[it], &[]).unwrap();
        assert_eq!(r.as_float(), 0.9999999999999999);
        it.decref();
        f.decref();
        // divmod(-7, 2) == (-4, 1), divmod(7, -2) == (-4, -1), divmod(-7, -2) == (3, -1)
        for (a, b, q, r) in [(-7, 2, -4, 1), (7, -2, -4, -1), (-7, -2, 3, -1), (7, 2, 3, 1)] {
            let d = divmod(&mut vm, Value::small_int(a), Value::small_int(b)).unwrap();
            let items = obj::tuple::items(d);
            assert_eq!((items[0].as_small_int(), items[1].as_small_int()), (q, r));
            d.decref();
        }
        assert!(divmod(&mut vm, Value::small_int(1), Value::small_int(0)).is_err());
    }
}
