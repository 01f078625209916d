//! Float operations with CPython 3.11's exact results and errors: `float.hex`/`fromhex`,
//! `round(x, n)`, `as_integer_ratio`, `int(x)`, floor division and modulo, `**`, and the
//! numeric hash (`_Py_HashDouble`, int hash, modulus 2**61 - 1).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Zero};

use super::{NumError, NumResult};

/// Bits of a float as (mantissa, exponent) with value = mantissa * 2**exponent; the mantissa
/// is 0 for zeros. Finite input only.
fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

/// `x * 2**k` for a value known to be exactly representable (or overflowing to infinity).
fn scale2(mut f: f64, mut k: i64) -> f64 {
    while k > 1000 {
        f *= 2f64.powi(1000);
        k -= 1000;
    }
    while k < -1000 {
        f *= 2f64.powi(-1000);
        k += 1000;
    }
    f * 2f64.powi(k as i32)
}

/// `m * 2**e` correctly rounded (ties to even) to a float; `m` carries a sticky low bit for
/// any nonzero digits dropped below it. Infinity on overflow.
fn compose(m: u64, e: i64) -> f64 {
    if m == 0 {
        return 0.0;
    }
    let nbits = 64 - m.leading_zeros() as i64;
    let top = nbits - 1 + e; // value in [2**top, 2**(top+1))
    if top > 1023 {
        return f64::INFINITY;
    }
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let shift = nbits - prec;
    if shift <= 0 {
        return scale2(m as f64, e);
    }
    let (q, rem, half) = if shift >= 64 {
        (0u64, m as u128, 1u128 << (shift - 1).min(126))
    } else {
        (m >> shift, (m & ((1u64 << shift) - 1)) as u128, 1u128 << (shift - 1))
    };
    let q = if shift > 65 {
        0
    } else if rem > half || (rem == half && q & 1 == 1) {
        q + 1
    } else {
        q
    };
    scale2(q as f64, e + shift)
}

/// `float.hex(x)`: `0x1.999999999999ap-4`, `-0x0.0p+0`, `inf`, `nan`.
pub fn float_hex(x: f64) -> String {
    if !x.is_finite() {
        return super::float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    format!(
        "{sign}0x{lead}.{frac:013x}p{}{}",
        if e < 0 { '-' } else { '+' },
        e.unsigned_abs()
    )
}

fn invalid_hex() -> NumError {
    NumError::value("invalid hexadecimal floating-point string")
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &str) -> NumResult<f64> {
    let b = s.as_bytes();
    let is_space = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let start = b.iter().position(|c| !is_space(c)).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !is_space(c)).map_or(start, |i| i + 1);
    let mut t = &b[start..end];
    let mut neg = false;
    if let [sign @ (b'+' | b'-'), rest @ ..] = t {
        neg = *sign == b'-';
        t = rest;
    }
    let signed = |v: f64| if neg { -v } else { v };
    if t.eq_ignore_ascii_case(b"inf") || t.eq_ignore_ascii_case(b"infinity") {
        return Ok(signed(f64::INFINITY));
    }
    if t.eq_ignore_ascii_case(b"nan") {
        return Ok(signed(f64::NAN));
    }
    if let [b'0', b'x' | b'X', rest @ ..] = t {
        t = rest;
    }
    // Mantissa: the first 16 significant hex digits in a u64, a sticky bit for the rest.
    let mut m: u64 = 0;
    let mut sig = 0usize;
    let mut sticky = false;
    let mut exp_adj: i64 = 0; // binary exponent adjustment from digit positions
    let mut n_digits = 0usize;
    let mut i = 0;
    let mut seen_point = false;
    while i < t.len() {
        let c = t[i];
        if c == b'.' && !seen_point {
            seen_point = true;
            i += 1;
            continue;
        }
        let Some(d) = (c as char).to_digit(16) else { break };
        n_digits += 1;
        if seen_point {
            exp_adj -= 4;
        }
        if m == 0 && d == 0 {
            // leading zero: contributes nothing
        } else if sig < 16 {
            m = (m << 4) | d as u64;
            sig += 1;
        } else {
            exp_adj += 4;
            sticky |= d != 0;
        }
        i += 1;
    }
    if n_digits == 0 {
        return Err(invalid_hex());
    }
    let mut exp: i64 = 0;
    if matches!(t.get(i), Some(b'p' | b'P')) {
        i += 1;
        let mut eneg = false;
        if let Some(&c @ (b'+' | b'-')) = t.get(i) {
            eneg = c == b'-';
            i += 1;
        }
        let digits_start = i;
        while let Some(c) = t.get(i).filter(|c| c.is_ascii_digit()) {
            exp = (exp * 10 + (c - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if i == digits_start {
            return Err(invalid_hex());
        }
        if eneg {
            exp = -exp;
        }
    }
    if i != t.len() {
        return Err(invalid_hex());
    }
    if m == 0 {
        return Ok(signed(0.0));
    }
    // Keep the sticky bit below the digits: shift left while there is room.
    let lz = m.leading_zeros() as i64;
    let mut mm = m << lz;
    let e = exp + exp_adj - lz;
    if sticky {
        mm |= 1;
    }
    let v = compose(mm, e);
    if v.is_infinite() {
        return Err(NumError::overflow(
            "hexadecimal value too large to represent as a float",
        ));
    }
    Ok(signed(v))
}

/// `round(x, ndigits)` for a float, correctly rounded (ties to even on the exact binary
/// value) as CPython does through its decimal conversion.
pub fn float_round(x: f64, ndigits: i64) -> NumResult<f64> {
    if !x.is_finite() || x == 0.0 || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let r = if ndigits >= 0 {
        let s = format!("{:.*}", ndigits as usize, x);
        s.parse::<f64>().unwrap_or(x)
    } else {
        let k = (-ndigits) as u32;
        let (m, e) = decompose(x.abs());
        let p = BigUint::from(10u32).pow(k);
        let (q, r, d) = if e >= 0 {
            let n = BigUint::from(m) << e as usize;
            (&n / &p, &n % &p, p)
        } else {
            let d = p << (-e) as usize;
            let m = BigUint::from(m);
            (&m / &d, &m % &d, d)
        };
        let twice: BigUint = r << 1usize;
        let q = if twice > d || (twice == d && q.bit(0)) {
            q + 1u32
        } else {
            q
        };
        let v = format!("{}e{}", q, k).parse::<f64>().unwrap_or(f64::INFINITY);
        v.copysign(x)
    };
    if r.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(r)
}

/// `int(x)` for a float (truncation).
pub fn float_to_bigint(x: f64) -> NumResult<BigInt> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    let (m, e) = decompose(t.abs());
    let mag = BigUint::from(m) << e.max(0) as usize;
    Ok(BigInt::from_biguint(
        if x < 0.0 { Sign::Minus } else { Sign::Plus },
        mag,
    ))
}

/// `x.as_integer_ratio()`.
pub fn float_as_integer_ratio(x: f64) -> NumResult<(BigInt, BigInt)> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert NaN to integer ratio"));
    }
    if x.is_infinite() {
        return Err(NumError::overflow("cannot convert Infinity to integer ratio"));
    }
    let (mut m, mut e) = decompose(x.abs());
    if m == 0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let tz = m.trailing_zeros() as i32;
    m >>= tz;
    e += tz;
    let sign = if x < 0.0 { Sign::Minus } else { Sign::Plus };
    if e >= 0 {
        Ok((
            BigInt::from_biguint(sign, BigUint::from(m) << e as usize),
            BigInt::one(),
        ))
    } else {
        Ok((
            BigInt::from_biguint(sign, BigUint::from(m)),
            BigInt::one() << (-e) as usize,
        ))
    }
}

/// `divmod(x, y)` for floats: (floor quotient, remainder with the divisor's sign).
pub fn float_divmod(x: f64, y: f64) -> NumResult<(f64, f64)> {
    if y == 0.0 {
        return Err(NumError::zero_div("float divmod()"));
    }
    Ok(divmod_core(x, y))
}

fn divmod_core(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x // y` for floats.
pub fn float_floordiv(x: f64, y: f64) -> NumResult<f64> {
    if y == 0.0 {
        return Err(NumError::zero_div("float floor division by zero"));
    }
    Ok(divmod_core(x, y).0)
}

/// `x % y` for floats.
pub fn float_mod(x: f64, y: f64) -> NumResult<f64> {
    if y == 0.0 {
        return Err(NumError::zero_div("float modulo"));
    }
    let m = x % y;
    Ok(if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0f64.copysign(y)
    })
}

/// Result of `float ** float`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PowResult {
    Float(f64),
    /// Negative base to a non-integral power: the caller computes a complex power.
    Complex,
}

fn is_odd_integer(w: f64) -> bool {
    (w.abs() % 2.0) == 1.0
}

/// `x ** y` for floats with CPython's special cases and errors.
pub fn float_pow(iv: f64, iw: f64) -> NumResult<PowResult> {
    use PowResult::Float;
    if iw == 0.0 {
        return Ok(Float(1.0));
    }
    if iv.is_nan() {
        return Ok(Float(iv));
    }
    if iw.is_nan() {
        return Ok(Float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(Float(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(Float(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(NumError::zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(Float(if is_odd_integer(iw) { iv } else { 0.0 }));
    }
    let mut v = iv;
    let mut negate = false;
    if v < 0.0 {
        if iw != iw.floor() {
            return Ok(PowResult::Complex);
        }
        negate = is_odd_integer(iw);
        v = -v;
    }
    if v == 1.0 {
        return Ok(Float(if negate { -1.0 } else { 1.0 }));
    }
    let r = v.powf(iw);
    if r.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(Float(if negate { -r } else { r }))
}

/// The modulus of Python's numeric hash, 2**61 - 1.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
const HASH_BITS: u32 = 61;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314159;

/// `hash(x)` for a float; None for NaN (CPython hashes a NaN by object identity).
pub fn hash_f64(v: f64) -> Option<i64> {
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { HASH_INF } else { -HASH_INF });
    }
    if v == 0.0 {
        return Some(0);
    }
    // value = m * 2**e exactly; m * 2**e mod (2**61 - 1) is m rotated left by e mod 61.
    let (m, e) = decompose(v.abs());
    let x = m % HASH_MODULUS; // m < 2**53, already reduced
    let e = e.rem_euclid(HASH_BITS as i32) as u32;
    let x = ((x << e) & HASH_MODULUS) | (x >> (HASH_BITS - e));
    let x = if x >= HASH_MODULUS { x - HASH_MODULUS } else { x };
    let h = if v < 0.0 { -(x as i64) } else { x as i64 };
    Some(if h == -1 { -2 } else { h })
}

/// `hash(n)` for an int.
pub fn hash_bigint(v: &BigInt) -> i64 {
    let mut acc: u64 = 0;
    let digits: Vec<u64> = v.magnitude().iter_u64_digits().collect();
    for &d in digits.iter().rev() {
        let t = ((acc as u128) << 64) | d as u128;
        acc = (t % HASH_MODULUS as u128) as u64;
    }
    let h = if v.sign() == Sign::Minus {
        -(acc as i64)
    } else {
        acc as i64
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for a machine-size int.
pub fn hash_i64(v: i64) -> i64 {
    let a = v.unsigned_abs() % HASH_MODULUS;
    let h = if v < 0 { -(a as i64) } else { a as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err<T: std::fmt::Debug>(r: NumResult<T>) -> String {
        r.unwrap_err().msg
    }

    // Expected values in this module from python3 (CPython 3.11.7).
    #[test]
    fn pow() {
        let f = |a: f64, b: f64| match float_pow(a, b).unwrap() {
            PowResult::Float(v) => v,
            PowResult::Complex => f64::NAN,
        };
        assert_eq!(f(2.0, -1074.0), 5e-324);
        assert_eq!(f(1.5, -1800.0), 1.0857597e-317);
        assert_eq!(f(3.0, -680.5), 0.0);
        assert_eq!(float_pow(-8.0, 1.0 / 3.0).unwrap(), PowResult::Complex);
        assert_eq!(err(float_pow(0.0, -1.0)), "0.0 cannot be raised to a negative power");
        assert_eq!(err(float_pow(-0.0, -1.5)), "0.0 cannot be raised to a negative power");
        assert_eq!(err(float_pow(10.0, 400.0)), "(34, 'Numerical result out of range')");
        assert_eq!(f(-2.0, 3.0), -8.0);
        assert_eq!(f(f64::NAN, 0.0), 1.0);
        assert_eq!(f(1.0, f64::NAN), 1.0);
        assert_eq!(f(-1.0, f64::INFINITY), 1.0);
        assert_eq!(f(0.5, f64::NEG_INFINITY), f64::INFINITY);
        assert_eq!(f(f64::NEG_INFINITY, 3.0), f64::NEG_INFINITY);
        assert!(f(f64::NEG_INFINITY, -3.0).is_sign_negative());
        assert!(f(-0.0, 3.0).is_sign_negative());
    }

    #[test]
    fn round() {
        assert_eq!(float_round(149.5, -2).unwrap(), 100.0);
        let r = float_round(-4.0, -1).unwrap();
        assert!(r == 0.0 && r.is_sign_negative());
        assert_eq!(float_round(1e300, -300).unwrap(), 1e300);
        assert_eq!(float_round(0.125, 2).unwrap(), 0.12);
        assert_eq!(float_round(2.675, 2).unwrap(), 2.67);
        assert!(float_round(-0.5, 0).unwrap().is_sign_negative());
        assert_eq!(float_round(5e-324, 400).unwrap(), 5e-324);
        assert_eq!(float_round(123.0, -400).unwrap(), 0.0);
        assert!(float_round(-123.0, -400).unwrap().is_sign_negative());
        assert_eq!(float_round(2.5e-308, 308).unwrap(), 2e-308);
        assert_eq!(err(float_round(1.7e308, -308)), "rounded value too large to represent");
        assert_eq!(float_round(250.0, -2).unwrap(), 200.0);
        assert_eq!(float_round(350.0, -2).unwrap(), 400.0);
    }

    #[test]
    fn hex() {
        assert_eq!(float_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_hex(-0.0), "-0x0.0p+0");
        assert_eq!(float_hex(f64::INFINITY), "inf");
        assert_eq!(float_hex(1e308), "0x1.1ccf385ebc8a0p+1023");
        let ok: &[(&str, f64)] = &[
            (" -0X1.8P+1 ", -3.0),
            ("1", 1.0),
            (".8", 0.5),
            ("0x1.fffffffffffff7ffp1023", 1.7976931348623157e308),
            ("0x1p-1075", 0.0),
            ("0x1.00001p-1075", 5e-324),
            ("0x3p-1076", 5e-324),
            ("-Infinity", f64::NEG_INFINITY),
            ("0x1p-99999999999999999999", 0.0),
            ("0x0p99999999999999999999", 0.0),
            ("0x1.0000000000000800000000001p0", 1.0000000000000002),
            ("0x1.00000000000008p0", 1.0),
            ("0x1.00000000000018p0", 1.0000000000000004),
            ("0x1.999999999999ap-4", 0.1),
            ("0x0.0000000000001p-1022", 5e-324),
        ];
        for &(s, want) in ok {
            assert_eq!(float_fromhex(s).unwrap(), want, "{s:?}");
        }
        for s in ["0x.p1", "0x1.p", "0x1_0", "", "0x", "1.5 x", "0xg"] {
            assert_eq!(
                err(float_fromhex(s)),
                "invalid hexadecimal floating-point string",
                "{s:?}"
            );
        }
        for s in ["0x1.fffffffffffff8p1023", "0x1p99999999999999999999"] {
            assert_eq!(
                err(float_fromhex(s)),
                "hexadecimal value too large to represent as a float"
            );
        }
        // Round trip over a spread of doubles.
        let mut bits: u64 = 0x1234_5678_9abc_def0;
        for _ in 0..5000 {
            bits = bits.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let x = f64::from_bits(bits);
            if x.is_finite() {
                assert_eq!(float_fromhex(&float_hex(x)).unwrap().to_bits(), x.to_bits());
            }
        }
    }

    #[test]
    fn hashes() {
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(-1.0), Some(-2));
        assert_eq!(hash_f64(1e300), Some(1224995262755759164));
        assert_eq!(hash_f64(5e-324), Some(16777216));
        assert_eq!(hash_f64(f64::INFINITY), Some(314159));
        assert_eq!(hash_f64(0.1), Some(230584300921369408));
        assert_eq!(hash_f64(-(2f64.powi(61))), Some(-2));
        assert_eq!(hash_f64(f64::NAN), None);
        let big = |s: &str| s.parse::<BigInt>().unwrap();
        assert_eq!(hash_bigint(&big("2305843009213693951")), 0);
        assert_eq!(hash_bigint(&-(BigInt::one() << 100usize)), -549755813888);
        assert_eq!(hash_bigint(&big("2305843009213693950")), 2305843009213693950);
        assert_eq!(hash_bigint(&big("-1")), -2);
        assert_eq!(hash_bigint(&big("-2305843009213693951")), 0);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_i64(i64::MIN), hash_bigint(&BigInt::from(i64::MIN)));
        // Equal values hash equal across int and float.
        assert_eq!(hash_f64(1e20), Some(hash_bigint(&big("100000000000000000000"))));
    }

    #[test]
    fn ratio_divmod_int() {
        let (n, d) = float_as_integer_ratio(0.1).unwrap();
        assert_eq!(
            (n.to_string(), d.to_string()),
            ("3602879701896397".into(), "36028797018963968".into())
        );
        let (n, d) = float_as_integer_ratio(-2.5e30).unwrap();
        assert_eq!(
            (n.to_string(), d.to_string()),
            ("-2499999999999999908974073741312".into(), "1".into())
        );
        assert_eq!(
            err(float_as_integer_ratio(f64::INFINITY)),
            "cannot convert Infinity to integer ratio"
        );
        assert_eq!(
            err(float_as_integer_ratio(f64::NAN)),
            "cannot convert NaN to integer ratio"
        );
        assert_eq!(float_divmod(-7.5, 2.0).unwrap(), (-4.0, 0.5));
        assert_eq!(float_divmod(7.5, -2.0).unwrap(), (-4.0, -0.5));
        let (q, r) = float_divmod(-0.0, 5.0).unwrap();
        assert!(q.is_sign_negative() && r == 0.0 && r.is_sign_positive());
        let (q, r) = float_divmod(0.0, -5.0).unwrap();
        assert!(q.is_sign_negative() && r.is_sign_negative());
        assert_eq!(
            float_divmod(1e308, 1e-308).unwrap(),
            (f64::INFINITY, 3.498445546245627e-309)
        );
        assert_eq!(float_divmod(1.0, f64::INFINITY).unwrap(), (0.0, 1.0));
        assert_eq!(float_divmod(-1.0, f64::INFINITY).unwrap(), (-1.0, f64::INFINITY));
        assert_eq!(err(float_divmod(1.0, 0.0)), "float divmod()");
        assert_eq!(err(float_floordiv(1.0, 0.0)), "float floor division by zero");
        assert_eq!(err(float_mod(1.0, -0.0)), "float modulo");
        assert_eq!(float_mod(-7.5, 2.0).unwrap(), 0.5);
        assert_eq!(float_to_bigint(1e20).unwrap().to_string(), "100000000000000000000");
        assert_eq!(float_to_bigint(-0.9).unwrap().to_string(), "0");
        assert_eq!(
            err(float_to_bigint(f64::INFINITY)),
            "cannot convert float infinity to integer"
        );
        assert_eq!(err(float_to_bigint(f64::NAN)), "cannot convert float NaN to integer");
    }
}
