//! `int` and `bool`: layout, constructors and the conversions the rest of the runtime needs.
//! Small ints are immediate (see `value.rs`); ints outside the 48-bit range are heap
//! `IntObject`s holding a `BigInt`, always normalised (an exact-`int` heap object never holds a
//! value that fits the immediate range; int-subclass instances may). `True` and `False` are the
//! two static `bool` objects. Arithmetic and slots live in `int_ops.rs`, methods and
//! constructors in `int_methods.rs`.
//!
//! Helpers for other code (all take borrowed values):
//! - `int_ref(v)`: the value of any int (bool and subclasses included) without copying.
//! - `index_of(vm, v)`: `operator.index(v)` (a new reference to an exact int).
//! - `as_isize_index(vm, v)`: a sequence index (`__index__`, IndexError past isize).
//! - `as_isize(vm, v)` / `as_i64_checked`: C-ssize_t conversions with CPython's OverflowError.
//! - `int_to_str(vm, v)`: `str(int)` with the `sys.int_max_str_digits` limit.

use super::object::ObjHeader;
use super::typeobj::{TypeFlags, TypeObject};
use super::value::Value;
use crate::objects::exceptions::{index_error, overflow_error, type_error, value_error};
use crate::vm::{ops, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::borrow::Cow;

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
    super::int_ops::INT_SLOTS,
    super::int_methods::INT_METHODS,
    super::int_methods::INT_GETSETS,
);

pub static BOOL_TYPE: TypeObject = TypeObject::new_static(
    "bool",
    Some(&INT_TYPE),
    TypeFlags::LONG_SUBCLASS,
    super::int_ops::BOOL_SLOTS,
    super::int_methods::BOOL_METHODS,
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
        None => int_from_big_slow(BigInt::from(i)),
    }
}

/// An int value from an i128 (immediate when it fits).
#[inline]
pub fn int_from_i128(i: i128) -> Value {
    if let Ok(x) = i64::try_from(i) {
        if let Some(v) = Value::try_small_int(x) {
            return v;
        }
    }
    int_from_big_slow(BigInt::from(i))
}

#[cold]
fn int_from_big_slow(b: BigInt) -> Value {
    super::object::alloc(IntObject { header: ObjHeader::new(&INT_TYPE), value: b })
}

/// An int value from a BigInt (normalised: immediate when it fits).
pub fn int_from_big(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if let Some(v) = Value::try_small_int(i) {
            return v;
        }
    }
    int_from_big_slow(b)
}

/// An instance of `ty` (`int` or a subclass of it) holding `b`. Exact `int` is normalised;
/// a subclass instance is always a heap `IntObject` whose header names `ty` (a heap type gets
/// a reference from its instance).
pub fn new_int_of_type(ty: &TypeObject, b: BigInt) -> Value {
    if std::ptr::eq(ty, &INT_TYPE) {
        return int_from_big(b);
    }
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        ty.as_value().incref();
    }
    super::object::alloc(IntObject { header: ObjHeader::new(ty), value: b })
}

/// Whether `v` is an int (small, big, bool, or int subclass instance).
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || (v.is_ptr() && v.ty().has_flag(TypeFlags::LONG_SUBCLASS))
}

/// Whether `v` is an exact `int` (not bool, not a subclass instance).
#[inline]
pub fn is_exact_int(v: Value) -> bool {
    v.is_small_int() || (v.is_ptr() && v.is_exact(&INT_TYPE))
}

/// Whether `v` is `True` or `False`.
#[inline]
pub fn is_bool(v: Value) -> bool {
    v == bool_value(true) || v == bool_value(false)
}

/// The value of an int, borrowed: machine-size for immediates and bools, the `BigInt` of a
/// heap int (which may be small for subclass instances).
#[derive(Clone, Copy, Debug)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl<'a> IntRef<'a> {
    /// As a BigInt (copies for machine-size values only).
    pub fn big(self) -> Cow<'a, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }
    /// As an i64 when it fits.
    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Small(i) => Some(i),
            IntRef::Big(b) => b.to_i64(),
        }
    }
    pub fn is_zero(self) -> bool {
        match self {
            IntRef::Small(i) => i == 0,
            IntRef::Big(b) => b.sign() == num_bigint::Sign::NoSign,
        }
    }
    pub fn is_negative(self) -> bool {
        match self {
            IntRef::Small(i) => i < 0,
            IntRef::Big(b) => b.sign() == num_bigint::Sign::Minus,
        }
    }
}

/// The value of an int (bool and subclass instances included); `None` for non-ints.
#[inline]
pub fn int_ref<'a>(v: Value) -> Option<IntRef<'a>> {
    if v.is_small_int() {
        return Some(IntRef::Small(v.as_small_int()));
    }
    if !v.is_ptr() {
        return None;
    }
    let t = v.ty();
    if std::ptr::eq(t, &BOOL_TYPE) {
        // SAFETY: bool values are BoolObjects.
        return Some(IntRef::Small(unsafe { v.as_ref::<BoolObject>() }.value as i64));
    }
    if t.has_flag(TypeFlags::LONG_SUBCLASS) {
        // SAFETY: int (subclass) instances have the IntObject layout.
        return Some(IntRef::Big(&unsafe { v.as_ref::<IntObject>() }.value));
    }
    None
}

/// The value of an int as i64 if it fits (bool included). `None` for non-ints too.
#[inline]
pub fn int_as_i64(v: Value) -> Option<i64> {
    int_ref(v).and_then(|r| r.to_i64())
}

/// The value of any int as a BigInt (bool included). `None` for non-ints.
pub fn int_as_big(v: Value) -> Option<BigInt> {
    int_ref(v).map(|r| r.big().into_owned())
}

/// An exact int with the same value as the int `v` (a new reference; `v` itself when exact).
pub fn int_exact(v: Value) -> Value {
    if is_exact_int(v) {
        return v.new_ref();
    }
    match int_ref(v) {
        Some(IntRef::Small(i)) => int_from_i64(i),
        Some(IntRef::Big(b)) => int_from_big(b.clone()),
        None => v.new_ref(),
    }
}

/// Call the special method `name` found on `v`'s type with `v` as its only argument:
/// `Ok(None)` when the type has no such attribute.
pub fn call_special(vm: &mut Vm, v: Value, name: &str) -> PyResult<Option<Value>> {
    super::slot_wrappers::call_special_method(vm, v, name, &[])
}

/// `operator.index(v)`: an exact int (new reference), through `__index__` for other types.
/// TypeError: "'float' object cannot be interpreted as an integer".
pub fn index_of(vm: &mut Vm, v: Value) -> PyResult {
    if is_int(v) {
        return Ok(int_exact(v));
    }
    if v.is_float() {
        return Err(not_an_integer(v));
    }
    match call_special(vm, v, "__index__")? {
        Some(r) => {
            if is_int(r) {
                if is_exact_int(r) {
                    return Ok(r);
                }
                let msg = super::deprecation::strict_subclass_message("__index__", "int", ops::type_name(r));
                if let Err(e) = super::deprecation::warn(vm, &msg) {
                    r.decref();
                    return Err(e);
                }
                let e = int_exact(r);
                r.decref();
                return Ok(e);
            }
            let msg = format!("__index__ returned non-int (type {})", ops::type_name(r));
            r.decref();
            Err(type_error(msg))
        }
        None => Err(not_an_integer(v)),
    }
}

#[cold]
fn not_an_integer(v: Value) -> crate::vm::PyErr {
    type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v)))
}

/// A sequence index: `__index__` of `v` as isize; IndexError "cannot fit 'int' into an
/// index-sized integer" when it does not fit.
pub fn as_isize_index(vm: &mut Vm, v: Value) -> PyResult<isize> {
    if v.is_small_int() {
        return Ok(v.as_small_int() as isize);
    }
    let i = index_of(vm, v)?;
    let r = int_as_i64(i).and_then(|x| isize::try_from(x).ok());
    let tn = ops::type_name(v);
    i.decref();
    r.ok_or_else(|| index_error(format!("cannot fit '{tn}' into an index-sized integer")))
}

/// `__index__` of `v` as isize; OverflowError "Python int too large to convert to C ssize_t".
pub fn as_isize(vm: &mut Vm, v: Value) -> PyResult<isize> {
    if v.is_small_int() {
        return Ok(v.as_small_int() as isize);
    }
    let i = index_of(vm, v)?;
    let r = int_as_i64(i).and_then(|x| isize::try_from(x).ok());
    i.decref();
    r.ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
}

/// `__index__` of `v` as i64; OverflowError "Python int too large to convert to C long".
pub fn as_i64_checked(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.as_small_int());
    }
    let i = index_of(vm, v)?;
    let r = int_as_i64(i);
    i.decref();
    r.ok_or_else(|| overflow_error("Python int too large to convert to C long"))
}

/// `str(v)` for an int as Rust text, honouring `sys.set_int_max_str_digits` (ValueError
/// "Exceeds the limit (4300 digits) for integer string conversion; ...").
pub fn int_to_string(vm: &Vm, v: IntRef) -> PyResult<String> {
    match v {
        IntRef::Small(i) => Ok(i.to_string()),
        IntRef::Big(b) => {
            if let Some(i) = b.to_i64() {
                return Ok(i.to_string());
            }
            crate::numfmt::int_to_str_limited(b, vm.int_max_str_digits).map_err(|e| value_error(e.msg))
        }
    }
}

/// The decimal str of `i`, formatted on the stack (no intermediate String).
pub fn small_int_to_str(i: i64) -> Value {
    let mut buf = [0u8; 20];
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    // SAFETY: ASCII digits and '-'.
    super::str::new_str(unsafe { std::str::from_utf8_unchecked(&buf[pos..]) })
}

/// `str(v)` for an int value (bools print as digits too): a str value.
pub fn int_to_str(vm: &mut Vm, v: Value) -> PyResult {
    if v.is_small_int() {
        return Ok(small_int_to_str(v.as_small_int()));
    }
    match int_ref(v) {
        Some(r) => Ok(super::str::new_str(&int_to_string(vm, r)?)),
        None => Err(type_error(format!("expected an int, not '{}'", ops::type_name(v)))),
    }
}

/// A `numfmt` error as the Python exception it names.
#[cold]
pub fn num_err(e: crate::numfmt::NumError) -> crate::vm::PyErr {
    use crate::numfmt::ErrorKind;
    match e.kind {
        ErrorKind::ValueError => value_error(e.msg),
        ErrorKind::OverflowError => overflow_error(e.msg),
        ErrorKind::TypeError => type_error(e.msg),
        ErrorKind::ZeroDivisionError => super::exceptions::zero_division_error(e.msg),
        ErrorKind::MemoryError => super::exceptions::memory_error(""),
    }
}
