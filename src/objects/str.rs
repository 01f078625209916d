//! `str` objects: layout, construction, interning and hashing. The text is stored inline after
//! the header as WTF-8 (UTF-8 that may hold lone surrogates), with its length in code points
//! and an ASCII flag, so ASCII strings (the vast majority) index in O(1).
//! Methods live in `str_methods.rs`.

use super::object::{ObjHeader, IMMORTAL};
use super::typeobj::TypeObject;
use super::value::Value;
use std::alloc::Layout;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Header of a str object; `byte_len` bytes of WTF-8 follow it in the same allocation.
#[repr(C)]
pub struct StrObject {
    pub header: ObjHeader,
    /// Cached hash; -1 until computed.
    pub hash: Cell<i64>,
    /// Length in code points (`len(s)`).
    pub char_len: usize,
    /// Length of the text in bytes.
    pub byte_len: usize,
    /// `STR_ASCII`, `STR_SURROGATES`, `STR_INTERNED` bits.
    pub flags: Cell<u32>,
    _pad: u32,
}

/// All code points are ASCII (byte index == char index).
pub const STR_ASCII: u32 = 1;
/// The text holds lone surrogates (it is WTF-8, not UTF-8).
pub const STR_SURROGATES: u32 = 2;
/// The object is the interned copy of its text.
pub const STR_INTERNED: u32 = 4;

fn layout_for(byte_len: usize) -> Layout {
    // A str cannot be so long that this overflows: allocation of the text would fail first.
    Layout::from_size_align(std::mem::size_of::<StrObject>() + byte_len.max(1), 8)
        .unwrap_or_else(|_| std::alloc::handle_alloc_error(Layout::new::<StrObject>()))
}

/// Make a str from WTF-8 bytes whose code-point count and flags the caller knows.
fn alloc_str(ty: &TypeObject, bytes: &[u8], char_len: usize, flags: u32) -> Value {
    let layout = layout_for(bytes.len());
    // SAFETY: layout has non-zero size.
    let p = unsafe { std::alloc::alloc(layout) } as *mut StrObject;
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    // SAFETY: p is a fresh allocation large enough for the header and the text.
    unsafe {
        p.write(StrObject {
            header: ObjHeader::new(ty),
            hash: Cell::new(-1),
            char_len,
            byte_len: bytes.len(),
            flags: Cell::new(flags),
            _pad: 0,
        });
        std::ptr::copy_nonoverlapping(bytes.as_ptr(), (p as *mut u8).add(std::mem::size_of::<StrObject>()), bytes.len());
    }
    Value::from_ptr(p)
}

/// `dealloc` slot of str.
///
/// # Safety
/// `p` is a str made by `alloc_str` with no remaining references.
pub unsafe fn str_dealloc(p: *mut ObjHeader) {
    // SAFETY: p is a StrObject (caller's guarantee).
    let len = unsafe { (*(p as *mut StrObject)).byte_len };
    // SAFETY: same layout as the allocation.
    unsafe { std::alloc::dealloc(p as *mut u8, layout_for(len)) };
}

/// A new str from Rust text.
pub fn new_str(s: &str) -> Value {
    let ascii = s.is_ascii();
    let char_len = if ascii { s.len() } else { s.chars().count() };
    alloc_str(&super::STR_TYPE, s.as_bytes(), char_len, if ascii { STR_ASCII } else { 0 })
}

/// A new str from WTF-8 bytes (as produced by `Wtf8Buf`).
pub fn new_str_wtf8(b: &[u8]) -> Value {
    match std::str::from_utf8(b) {
        Ok(s) => new_str(s),
        Err(_) => {
            let char_len = b.iter().filter(|&&c| (c & 0xC0) != 0x80).count();
            alloc_str(&super::STR_TYPE, b, char_len, STR_SURROGATES)
        }
    }
}

/// A new str whose type is `ty` (a str subclass).
pub fn new_str_of_type(ty: &TypeObject, s: &str) -> Value {
    let ascii = s.is_ascii();
    let char_len = if ascii { s.len() } else { s.chars().count() };
    alloc_str(ty, s.as_bytes(), char_len, if ascii { STR_ASCII } else { 0 })
}

/// Whether `v` is a str (or a str subclass instance).
#[inline]
pub fn is_str(v: Value) -> bool {
    v.is_ptr() && (v.is_exact(&super::STR_TYPE) || v.ty().has_flag(super::typeobj::TypeFlags::UNICODE_SUBCLASS))
}

/// The str object behind `v` (the caller has checked `is_str`).
#[inline(always)]
pub fn str_obj<'a>(v: Value) -> &'a StrObject {
    // SAFETY: caller checked v is a str.
    unsafe { v.as_ref::<StrObject>() }
}

impl StrObject {
    /// The WTF-8 bytes.
    #[inline(always)]
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the text follows the header in the same allocation, byte_len bytes long.
        unsafe {
            std::slice::from_raw_parts((self as *const StrObject as *const u8).add(std::mem::size_of::<StrObject>()), self.byte_len)
        }
    }
    /// The text when it holds no surrogates.
    #[inline(always)]
    pub fn as_str(&self) -> Option<&str> {
        if self.flags.get() & STR_SURROGATES != 0 {
            None
        } else {
            // SAFETY: without the surrogate flag the bytes are valid UTF-8 (checked at creation).
            Some(unsafe { std::str::from_utf8_unchecked(self.bytes()) })
        }
    }
    /// The text, with lone surrogates replaced by U+FFFD (for messages).
    pub fn to_string_lossy(&self) -> std::borrow::Cow<'_, str> {
        match self.as_str() {
            Some(s) => std::borrow::Cow::Borrowed(s),
            None => std::borrow::Cow::Owned(crate::wtf8::to_string_lossy(self.bytes())),
        }
    }
    #[inline(always)]
    pub fn is_ascii(&self) -> bool {
        self.flags.get() & STR_ASCII != 0
    }
    /// The (cached) hash.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.bytes());
        self.hash.set(h);
        h
    }
}

/// The text of `v` if it is a str without surrogates.
#[inline]
pub fn as_str<'a>(v: Value) -> Option<&'a str> {
    if is_str(v) {
        str_obj(v).as_str()
    } else {
        None
    }
}

/// Hash of a byte string (str and bytes share it, as in CPython for ASCII). Never -1.
pub fn hash_bytes(b: &[u8]) -> i64 {
    // FxHash-style multiply-rotate over 8-byte words, finished with a murmur3 mix.
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Two str values hold the same text.
#[inline]
pub fn str_eq(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let (x, y) = (str_obj(a), str_obj(b));
    if x.byte_len != y.byte_len {
        return false;
    }
    let (hx, hy) = (x.hash.get(), y.hash.get());
    if hx != -1 && hy != -1 && hx != hy {
        return false;
    }
    x.bytes() == y.bytes()
}

thread_local! {
    static INTERNED: RefCell<HashMap<Box<[u8]>, Value>> = RefCell::new(HashMap::new());
}

/// The interned (unique, immortal) str for `s`: identifiers, attribute names, dict keys made
/// by the compiler. Equal interned strings are the same object.
pub fn intern(s: &str) -> Value {
    intern_wtf8(s.as_bytes())
}

/// `intern` for WTF-8 text.
pub fn intern_wtf8(b: &[u8]) -> Value {
    INTERNED.with(|t| {
        let mut t = t.borrow_mut();
        if let Some(&v) = t.get(b) {
            return v;
        }
        let v = new_str_wtf8(b);
        let o = str_obj(v);
        o.header.refcnt.set(IMMORTAL);
        o.flags.set(o.flags.get() | STR_INTERNED);
        t.insert(b.to_vec().into_boxed_slice(), v);
        v
    })
}

/// `sys.intern(s)`: the interned copy of an exact str value (a new reference).
pub fn intern_value(v: Value) -> Value {
    let o = str_obj(v);
    if o.flags.get() & STR_INTERNED != 0 {
        return v;
    }
    intern_wtf8(o.bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_basics() {
        let a = new_str("héllo");
        let o = str_obj(a);
        assert_eq!(o.char_len, 5);
        assert_eq!(o.as_str(), Some("héllo"));
        assert!(!o.is_ascii());
        let b = new_str("héllo");
        assert!(str_eq(a, b));
        assert_eq!(str_obj(a).hash(), str_obj(b).hash());
        a.decref();
        b.decref();
        assert_eq!(intern("abc"), intern("abc"));
        let s = new_str_wtf8(&[0xED, 0xA0, 0x80]);
        assert_eq!(str_obj(s).char_len, 1);
        assert!(str_obj(s).as_str().is_none());
    }
}
