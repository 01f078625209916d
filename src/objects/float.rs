//! `float`: every exact float is an immediate value (see `value.rs`); this file holds the type
//! object and the hash. Arithmetic, methods and slots live in `float_ops.rs`.

use super::typeobj::{Slots, TypeFlags, TypeObject};

pub static FLOAT_TYPE: TypeObject =
    TypeObject::new_static("float", Some(&super::OBJECT_TYPE), TypeFlags::BASETYPE, Slots::EMPTY, &[], &[]);

/// Modulus of CPython's numeric hash (2^61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(x)` for a float, CPython's algorithm (equal to the int hash for integral values).
/// NaN hashes by identity in CPython; callers handle NaN (this returns 0 for it).
pub fn float_hash(x: f64) -> i64 {
    if !x.is_finite() {
        if x.is_infinite() {
            return if x > 0.0 { 314_159 } else { -314_159 };
        }
        return 0;
    }
    let (mut m, mut e) = frexp(x);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 { e % 61 } else { 61 - 1 - ((-1 - e) % 61) };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// C's frexp: x = m * 2**e with 0.5 <= |m| < 1 (m = 0 for x = 0).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * f64::from_bits(0x4350_0000_0000_0000)); // 2**54
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_match_cpython() {
        // Values from python3: hash(1.5), hash(-2.25), hash(1e300), hash(0.1), hash(2.0**61)
        assert_eq!(float_hash(1.5), 1152921504606846977);
        assert_eq!(float_hash(-2.25), -576460752303423490);
        assert_eq!(float_hash(0.1), 230584300921369408);
        assert_eq!(float_hash(2.0), 2);
        assert_eq!(float_hash(-1.0), -2);
        assert_eq!(float_hash(2f64.powi(61)), 1);
    }
}
