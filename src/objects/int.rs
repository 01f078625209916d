//! `int` and `bool`: layout and constructors. Small ints are immediate (see `value.rs`); ints
//! outside the 48-bit range are heap `IntObject`s holding a `BigInt`, always normalised (a
//! heap int never holds a value that fits the immediate range). `True` and `False` are the two
//! static `bool` objects. Arithmetic, methods and slots live in `int_ops.rs`.

use super::object::ObjHeader;
use super::typeobj::{Slots, TypeFlags, TypeObject};
use super::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// A heap int (value outside the immediate range, or an int-subclass instance).
#[repr(C)]
pub struct IntObject {
    pub header: ObjHeader,
    pub value: BigInt,
}

/// `True` / `False`.
#[repr(C)]
pub struct BoolObject {
    pub header: ObjHeader,
    pub value: bool,
}

pub static INT_TYPE: TypeObject = TypeObject::new_static(
    "int",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE | TypeFlags::LONG_SUBCLASS,
    Slots { dealloc: super::object::dealloc_box::<IntObject>, ..Slots::EMPTY },
    &[],
    &[],
);

pub static BOOL_TYPE: TypeObject = TypeObject::new_static(
    "bool",
    Some(&INT_TYPE),
    TypeFlags::LONG_SUBCLASS,
    Slots::EMPTY,
    &[],
    &[],
);

// SAFETY: the runtime is single-threaded (see TypeObject's Sync impl); the header's Cells of
// these immortal statics are only touched by that thread.
unsafe impl Sync for BoolObject {}

pub static TRUE: BoolObject = BoolObject { header: ObjHeader::immortal(&BOOL_TYPE), value: true };
pub static FALSE: BoolObject = BoolObject { header: ObjHeader::immortal(&BOOL_TYPE), value: false };

/// `True` or `False` as a value.
#[inline(always)]
pub fn bool_value(b: bool) -> Value {
    if b {
        Value::from_ptr(&TRUE)
    } else {
        Value::from_ptr(&FALSE)
    }
}

/// An int value from an i64 (immediate when it fits).
#[inline]
pub fn int_from_i64(i: i64) -> Value {
    match Value::try_small_int(i) {
        Some(v) => v,
        None => super::object::alloc(IntObject { header: ObjHeader::new(&INT_TYPE), value: BigInt::from(i) }),
    }
}

/// An int value from a BigInt (normalised: immediate when it fits).
pub fn int_from_big(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::try_small_int(i) {
            return v;
        }
    }
    super::object::alloc(IntObject { header: ObjHeader::new(&INT_TYPE), value: b })
}

/// Whether `v` is an int (small, big, bool, or int subclass instance).
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || (v.is_ptr() && v.ty().has_flag(TypeFlags::LONG_SUBCLASS))
}

/// The value of an int as i64 if it fits (bool included). `None` for non-ints too.
#[inline]
pub fn int_as_i64(v: Value) -> Option<i64> {
    if v.is_small_int() {
        return Some(v.as_small_int());
    }
    if !v.is_ptr() {
        return None;
    }
    let t = v.ty();
    if std::ptr::eq(t, &BOOL_TYPE) {
        // SAFETY: bool values are BoolObjects.
        return Some(unsafe { v.as_ref::<BoolObject>() }.value as i64);
    }
    if t.has_flag(TypeFlags::LONG_SUBCLASS) {
        // SAFETY: int (subclass) instances have the IntObject layout.
        return unsafe { v.as_ref::<IntObject>() }.value.to_i64();
    }
    None
}

/// The value of any int as a BigInt (bool included). `None` for non-ints.
pub fn int_as_big(v: Value) -> Option<BigInt> {
    if v.is_small_int() {
        return Some(BigInt::from(v.as_small_int()));
    }
    if !v.is_ptr() {
        return None;
    }
    let t = v.ty();
    if std::ptr::eq(t, &BOOL_TYPE) {
        // SAFETY: bool values are BoolObjects.
        return Some(BigInt::from(unsafe { v.as_ref::<BoolObject>() }.value as i64));
    }
    if t.has_flag(TypeFlags::LONG_SUBCLASS) {
        // SAFETY: int (subclass) instances have the IntObject layout.
        return Some(unsafe { v.as_ref::<IntObject>() }.value.clone());
    }
    None
}
