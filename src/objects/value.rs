//! The value word: every Python value is one 64-bit `Copy` word.
//!
//! Tag table (the top 16 bits of the word decide):
//!
//! | top 16 bits       | meaning                                                            |
//! |-------------------|--------------------------------------------------------------------|
//! | `0x0000`          | heap object: the word is the object's address (8-aligned, < 2^48); |
//! |                   | the word 0 is `NULL` (an empty slot, never a Python value)          |
//! | `0x0001..=0xFFFE` | `float`: the IEEE-754 bits plus 2^48 ("offset boxing")              |
//! | `0xFFFF`          | small `int`: a 48-bit two's-complement payload in the low bits      |
//!
//! Why offset boxing rather than NaN-boxing: pointers stay raw (no mask before a load, so the
//! object header is one load away in Rust and in JIT code), a float is one integer subtraction
//! from its bits, and a small int is one shift pair. The only doubles that do not fit are NaNs
//! whose top 16 bits are `0xFFFF` (negative NaNs with a large payload); they are stored as the
//! canonical negative quiet NaN, so only a NaN's payload (never its sign) can be lost, which
//! Python cannot observe except through `struct.pack`.
//!
//! Ints outside the 48-bit range are heap `int` objects; every operation returns the small form
//! when the result fits, so equal ints always have equal words when both are small.

use super::object::ObjHeader;
use super::typeobj::TypeObject;

/// One Python value (or `NULL`). Copying a `Value` does not touch reference counts: ownership
/// is managed explicitly with `incref`/`decref` (see `objects::object`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(u64);

/// Bits added to a double's bits to store it.
pub const FLOAT_OFFSET: u64 = 1 << 48;
/// The top-16 tag of small ints.
pub const INT_TAG: u64 = 0xFFFF << 48;
/// Payload mask of small ints (and of pointers).
pub const PAYLOAD_MASK: u64 = (1 << 48) - 1;
/// Small-int range: [SMALL_INT_MIN, SMALL_INT_MAX].
pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

impl Value {
    /// The empty slot (unbound local, missing stack entry). Never a Python value.
    pub const NULL: Value = Value(0);

    /// The raw word (for the JIT and the frame).
    #[inline(always)]
    pub const fn bits(self) -> u64 {
        self.0
    }

    /// Rebuild a value from its raw word.
    #[inline(always)]
    pub const fn from_bits(bits: u64) -> Value {
        Value(bits)
    }

    #[inline(always)]
    pub const fn is_null(self) -> bool {
        self.0 == 0
    }

    /// Whether the word points to a heap object (not NULL, not immediate).
    #[inline(always)]
    pub const fn is_ptr(self) -> bool {
        (self.0 >> 48) == 0 && self.0 != 0
    }

    /// Whether the value is a small (immediate) int.
    #[inline(always)]
    pub const fn is_small_int(self) -> bool {
        self.0 >= INT_TAG
    }

    /// Whether the value is an immediate float (every Python float that is exactly a `float`).
    #[inline(always)]
    pub const fn is_float(self) -> bool {
        let tag = self.0 >> 48;
        tag != 0 && tag != 0xFFFF
    }

    /// A small int. The caller guarantees `SMALL_INT_MIN <= i <= SMALL_INT_MAX`.
    #[inline(always)]
    pub const fn small_int(i: i64) -> Value {
        debug_assert!(i >= SMALL_INT_MIN && i <= SMALL_INT_MAX);
        Value((i as u64 & PAYLOAD_MASK) | INT_TAG)
    }

    /// A small int if `i` fits the immediate range.
    #[inline(always)]
    pub const fn try_small_int(i: i64) -> Option<Value> {
        if i >= SMALL_INT_MIN && i <= SMALL_INT_MAX {
            Some(Value::small_int(i))
        } else {
            None
        }
    }

    /// The payload of a small int. Only meaningful when `is_small_int()`.
    #[inline(always)]
    pub const fn as_small_int(self) -> i64 {
        ((self.0 << 16) as i64) >> 16
    }

    /// A float value (never allocates).
    #[inline(always)]
    pub fn float(f: f64) -> Value {
        let bits = f.to_bits();
        if bits >> 48 == 0xFFFF {
            // A negative NaN with a payload that would collide with the int tag.
            return Value(0xFFF8_0000_0000_0000u64 + FLOAT_OFFSET);
        }
        Value(bits.wrapping_add(FLOAT_OFFSET))
    }

    /// The double of an immediate float. Only meaningful when `is_float()`.
    #[inline(always)]
    pub fn as_float(self) -> f64 {
        f64::from_bits(self.0.wrapping_sub(FLOAT_OFFSET))
    }

    /// The object header of a heap value. Only meaningful when `is_ptr()`.
    #[inline(always)]
    pub fn as_ptr(self) -> *mut ObjHeader {
        self.0 as *mut ObjHeader
    }

    /// A value for a heap object (the pointer must be to a live object with a header).
    #[inline(always)]
    pub fn from_ptr<T>(p: *const T) -> Value {
        debug_assert!(!p.is_null() && (p as u64) >> 48 == 0 && (p as u64) & 7 == 0);
        Value(p as u64)
    }

    /// The object as a `&T`. The caller has checked the type (`T` must be the `#[repr(C)]`
    /// struct of the value's type, starting with an `ObjHeader`).
    ///
    /// # Safety
    /// `self` is a live heap object whose layout starts with `T`'s.
    #[inline(always)]
    pub unsafe fn as_ref<'a, T>(self) -> &'a T {
        // SAFETY: the caller guarantees the value is a live object of layout T.
        unsafe { &*(self.0 as *const T) }
    }

    /// The type of the value (immediates: `int` or `float`).
    #[inline(always)]
    pub fn ty(self) -> &'static TypeObject {
        if self.is_ptr() {
            // SAFETY: every heap value has a header whose `ty` is a live type object; type
            // objects outlive their instances (each instance holds a reference to its type).
            unsafe { &*(*self.as_ptr()).ty.get() }
        } else if self.is_small_int() {
            &super::INT_TYPE
        } else {
            debug_assert!(self.is_float(), "ty() of NULL");
            &super::FLOAT_TYPE
        }
    }

    /// Whether the value's type is exactly `t` (no subclass check).
    #[inline(always)]
    pub fn is_exact(self, t: &TypeObject) -> bool {
        std::ptr::eq(self.ty(), t)
    }

    /// Whether the value is an instance of `t` or of a subclass of it.
    #[inline]
    pub fn is_instance_of(self, t: &TypeObject) -> bool {
        self.ty().is_subtype(t)
    }

    /// Add one reference (no-op for immediates and NULL).
    #[inline(always)]
    pub fn incref(self) {
        if self.is_ptr() {
            // SAFETY: a heap value points to a live object with a header.
            unsafe { (*self.as_ptr()).incref() }
        }
    }

    /// Drop one reference; the object is freed when none remain (no-op for immediates, NULL).
    #[inline(always)]
    pub fn decref(self) {
        if self.is_ptr() {
            // SAFETY: a heap value points to a live object with a header; the caller owns
            // the reference it gives up.
            unsafe { ObjHeader::decref(self.as_ptr()) }
        }
    }

    /// `incref` and return self: for handing out a new reference to a borrowed value.
    #[inline(always)]
    pub fn new_ref(self) -> Value {
        self.incref();
        self
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_null() {
            write!(f, "NULL")
        } else if self.is_small_int() {
            write!(f, "int({})", self.as_small_int())
        } else if self.is_float() {
            write!(f, "float({:?})", self.as_float())
        } else {
            write!(f, "<{} object at {:#x}>", self.ty().name(), self.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_round_trip() {
        for i in [0, 1, -1, 42, -42, SMALL_INT_MIN, SMALL_INT_MAX, 1 << 40, -(1 << 40)] {
            let v = Value::small_int(i);
            assert!(v.is_small_int() && !v.is_float() && !v.is_ptr() && !v.is_null());
            assert_eq!(v.as_small_int(), i);
        }
        assert!(Value::try_small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::try_small_int(SMALL_INT_MIN - 1).is_none());
    }

    #[test]
    fn floats_round_trip() {
        for f in [0.0, -0.0, 1.5, -1.5, f64::INFINITY, f64::NEG_INFINITY, f64::MIN_POSITIVE, f64::MAX, -f64::MAX, 5e-324] {
            let v = Value::float(f);
            assert!(v.is_float() && !v.is_small_int() && !v.is_ptr());
            assert_eq!(v.as_float().to_bits(), f.to_bits());
        }
        let nan = Value::float(f64::NAN);
        assert!(nan.is_float() && nan.as_float().is_nan());
        let neg_nan = Value::float(-f64::NAN);
        assert!(neg_nan.is_float() && neg_nan.as_float().is_nan() && neg_nan.as_float().is_sign_negative());
        let odd = Value::float(f64::from_bits(0xFFFF_0000_0000_0001));
        assert!(odd.is_float() && odd.as_float().is_nan() && odd.as_float().is_sign_negative());
    }

    #[test]
    fn null_is_nothing() {
        let n = Value::NULL;
        assert!(n.is_null() && !n.is_ptr() && !n.is_float() && !n.is_small_int());
    }
}
