//! `float`: every exact float is an immediate value (see `value.rs`); instances of float
//! subclasses are heap `FloatObject`s. This file holds the type object, the layout of subclass
//! instances, the value accessors and the hash. Arithmetic, methods and slots live in
//! `float_ops.rs`.
//!
//! Helpers for other code: `float_val(v)` (the double of a float or float-subclass value),
//! `as_f64(vm, v)` (what `math` functions do with their argument: float, int, `__float__`,
//! `__index__`; TypeError "must be real number, not str").

use super::object::ObjHeader;
use super::typeobj::{TypeFlags, TypeObject};
use super::value::Value;
use crate::objects::exceptions::type_error;
use crate::vm::{ops, PyResult, Vm};

pub static FLOAT_TYPE: TypeObject = TypeObject::new_static(
    "float",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE,
    super::float_ops::FLOAT_SLOTS,
    super::float_ops::FLOAT_METHODS,
    super::float_ops::FLOAT_GETSETS,
);

/// An instance of a float subclass (exact floats are immediate).
#[repr(C)]
pub struct FloatObject {
    pub header: ObjHeader,
    pub value: f64,
}

/// An instance of `ty` (`float` or a subclass) holding `x`.
pub fn new_float_of_type(ty: &TypeObject, x: f64) -> Value {
    if std::ptr::eq(ty, &FLOAT_TYPE) {
        return Value::float(x);
    }
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        ty.as_value().incref();
    }
    super::object::alloc(FloatObject { header: ObjHeader::new(ty), value: x })
}

/// The double of a float (immediate or subclass instance); `None` for anything else.
#[inline]
pub fn float_val(v: Value) -> Option<f64> {
    if v.is_float() {
        return Some(v.as_float());
    }
    if v.is_ptr() && v.ty().is_subtype(&FLOAT_TYPE) {
        // SAFETY: float-subclass instances have the FloatObject layout.
        return Some(unsafe { v.as_ref::<FloatObject>() }.value);
    }
    None
}

/// `float(v)` as math functions take it: floats, ints (OverflowError past the float range),
/// `__float__`, then `__index__`; TypeError "must be real number, not str".
pub fn as_f64(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if let Some(f) = float_val(v) {
        return Ok(f);
    }
    if let Some(i) = super::int::int_ref(v) {
        return super::int_ops::int_to_f64(i);
    }
    match super::float_ops::float_from_special(vm, v)? {
        Some(f) => Ok(f),
        None => Err(type_error(format!("must be real number, not {}", ops::type_name(v)))),
    }
}

/// Modulus of CPython's numeric hash (2^61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(x)` for a float, CPython's algorithm (equal to the int hash for integral values).
/// NaN hashes by identity in CPython; an immediate float has no identity, so NaN hashes as 0.
pub fn float_hash(x: f64) -> i64 {
    crate::numfmt::hash_f64(x).unwrap_or(0)
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
        assert_eq!(frexp(8.0), (0.5, 4));
    }
}
