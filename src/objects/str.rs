//! `str` objects: layout, construction, interning, hashing, character indexing, and the
//! helpers the interpreter calls (concatenation, in-place `+=`, f-string pieces). The text is
//! stored inline after the header as WTF-8 (UTF-8 that may hold lone surrogates), with its
//! length in code points and an ASCII flag, so ASCII strings (the vast majority) index in
//! O(1). Non-ASCII strings index through a sparse char -> byte table built on first use (one
//! byte offset per `INDEX_STRIDE` characters), so `s[i]` in a loop is O(stride), not O(n).
//! The type object and its slots live in `str_type.rs`; methods in `str_methods.rs`.

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
    /// Bytes allocated for the text (>= byte_len; larger after in-place `+=`).
    pub byte_cap: usize,
    /// Sparse char -> byte index (non-ASCII strings, built lazily; null until then).
    pub index: Cell<*mut Vec<usize>>,
}

// Helpers for the interpreter and other runtime code, gathered here:
// `str_concat`, `str_concat_inplace`, `str_concat_for_store`, `build_string`, `str_from_string`, `StrBuilder` (below),
// `str_join` (`sep.join(iterable)`), `format_value` (FORMAT_VALUE), `format_obj`
// (`format(v, spec)`), `percent_format` (`fmt % args`), `ascii_of`.
pub use super::str_format::{ascii_of, format_obj, format_value, percent_format};
pub use super::str_methods::str_join;

/// The `str` type (slots in `str_type.rs`, methods in `str_methods.rs`).
pub static STR_TYPE: TypeObject = TypeObject::new_static(
    "str",
    Some(&super::OBJECT_TYPE),
    super::typeobj::TypeFlags::BASETYPE | super::typeobj::TypeFlags::UNICODE_SUBCLASS,
    super::typeobj::Slots {
        dealloc: str_dealloc,
        repr: Some(super::str_type::str_repr),
        str: Some(super::str_type::str_str),
        hash: Some(super::str_type::str_hash),
        richcmp: Some(super::str_type::str_richcmp),
        binop: Some(super::str_type::str_binop),
        len: Some(super::str_type::str_len),
        getitem: Some(super::str_type::str_getitem),
        contains: Some(super::str_type::str_contains),
        iter: Some(super::str_type::str_iter_slot),
        new: Some(super::str_type::str_new),
        ..super::typeobj::Slots::EMPTY
    },
    super::str_methods::STR_METHODS,
    &[],
);

/// Characters between two entries of the sparse char -> byte index.
pub const INDEX_STRIDE: usize = 32;

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
pub(crate) fn alloc_str(ty: &TypeObject, bytes: &[u8], char_len: usize, flags: u32) -> Value {
    alloc_str_cap(ty, bytes, char_len, flags, bytes.len())
}

fn alloc_str_cap(ty: &TypeObject, bytes: &[u8], char_len: usize, flags: u32, cap: usize) -> Value {
    if ty.has_flag(super::typeobj::TypeFlags::HEAPTYPE) {
        ty.as_value().incref();
    }
    let cap = cap.max(bytes.len());
    let layout = layout_for(cap);
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
            byte_cap: cap,
            index: Cell::new(std::ptr::null_mut()),
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
    let o = unsafe { &*(p as *mut StrObject) };
    let cap = o.byte_cap;
    o.drop_index();
    let ty = o.header.ty();
    if ty.has_flag(super::typeobj::TypeFlags::HEAPTYPE) {
        ty.as_value().decref();
    }
    // SAFETY: same layout as the allocation.
    unsafe { std::alloc::dealloc(p as *mut u8, layout_for(cap)) };
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

/// Whether `v` is an interned str (identity equals equality for such names).
#[inline(always)]
pub fn is_interned(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&super::STR_TYPE) && str_obj(v).flags.get() & STR_INTERNED != 0
}

/// `sys.intern(s)`: the interned copy of an exact str value (a new reference).
pub fn intern_value(v: Value) -> Value {
    let o = str_obj(v);
    if o.flags.get() & STR_INTERNED != 0 {
        return v;
    }
    intern_wtf8(o.bytes())
}


impl StrObject {
    /// Free the sparse index (text changed or object dying).
    pub(crate) fn drop_index(&self) {
        let p = self.index.replace(std::ptr::null_mut());
        if !p.is_null() {
            // SAFETY: the index was made by Box::into_raw in `byte_offset` and is owned here.
            drop(unsafe { Box::from_raw(p) });
        }
    }

    /// The byte offset of character `i` (`i <= char_len`).
    #[inline]
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() || i == 0 {
            return i.min(self.byte_len);
        }
        if i >= self.char_len {
            return self.byte_len;
        }
        let b = self.bytes();
        if self.char_len <= INDEX_STRIDE * 2 {
            return skip_chars(b, 0, i);
        }
        let mut p = self.index.get();
        if p.is_null() {
            let mut idx = Vec::with_capacity(self.char_len / INDEX_STRIDE + 1);
            let mut n = 0usize;
            for (off, &c) in b.iter().enumerate() {
                if c & 0xC0 != 0x80 {
                    if n % INDEX_STRIDE == 0 {
                        idx.push(off);
                    }
                    n += 1;
                }
            }
            p = Box::into_raw(Box::new(idx));
            self.index.set(p);
        }
        // SAFETY: p is the live index owned by this object.
        let idx = unsafe { &*p };
        let k = i / INDEX_STRIDE;
        let start = idx.get(k).copied().unwrap_or(0);
        skip_chars(b, start, i - k * INDEX_STRIDE)
    }

    /// Code point at character index `i` (`i < char_len`).
    #[inline]
    pub fn cp_at(&self, i: usize) -> u32 {
        let b = self.bytes();
        if self.is_ascii() {
            return b.get(i).copied().unwrap_or(0) as u32;
        }
        let off = self.byte_offset(i);
        crate::wtf8::code_points_of(b.get(off..).unwrap_or(&[])).next().unwrap_or(0)
    }

    /// The code points.
    #[inline]
    pub fn code_points(&self) -> crate::wtf8::CodePoints<'_> {
        crate::wtf8::code_points_of(self.bytes())
    }
}

/// Byte offset after skipping `n` characters from byte `start` of WTF-8 `b`.
#[inline]
pub fn skip_chars(b: &[u8], start: usize, n: usize) -> usize {
    let mut pos = start;
    let mut left = n;
    while left > 0 && pos < b.len() {
        pos += utf8_len(b[pos]);
        left -= 1;
    }
    pos.min(b.len())
}

/// Length of the WTF-8 sequence a lead byte starts.
#[inline(always)]
pub fn utf8_len(lead: u8) -> usize {
    match lead {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

/// Builds a str from pieces: tracks the character count and flags so the result needs no
/// second pass.
#[derive(Default)]
pub struct StrBuilder {
    pub bytes: Vec<u8>,
    pub chars: usize,
    pub non_ascii: bool,
    pub surrogates: bool,
}

impl StrBuilder {
    pub fn new() -> StrBuilder {
        StrBuilder::default()
    }
    pub fn with_capacity(n: usize) -> StrBuilder {
        StrBuilder { bytes: Vec::with_capacity(n), ..Default::default() }
    }
    /// Append a Rust str.
    #[inline]
    pub fn push_str(&mut self, s: &str) {
        self.bytes.extend_from_slice(s.as_bytes());
        if s.is_ascii() {
            self.chars += s.len();
        } else {
            self.non_ascii = true;
            self.chars += s.chars().count();
        }
    }
    /// Append a str object's text.
    #[inline]
    pub fn push_obj(&mut self, o: &StrObject) {
        self.bytes.extend_from_slice(o.bytes());
        self.chars += o.char_len;
        if !o.is_ascii() {
            self.non_ascii = true;
        }
        if o.flags.get() & STR_SURROGATES != 0 {
            self.surrogates = true;
        }
    }
    /// Append WTF-8 bytes holding `chars` code points, with the flags of the source.
    #[inline]
    pub fn push_wtf8(&mut self, b: &[u8], chars: usize, non_ascii: bool, surrogates: bool) {
        self.bytes.extend_from_slice(b);
        self.chars += chars;
        self.non_ascii |= non_ascii;
        self.surrogates |= surrogates;
    }
    /// Append one code point (surrogates allowed).
    #[inline]
    pub fn push_cp(&mut self, cp: u32) {
        self.chars += 1;
        if cp < 0x80 {
            self.bytes.push(cp as u8);
            return;
        }
        self.non_ascii = true;
        if let Some(c) = char::from_u32(cp) {
            let mut buf = [0u8; 4];
            self.bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        } else {
            let cp = cp.min(0xDFFF);
            self.surrogates = true;
            self.bytes.push(0xE0 | (cp >> 12) as u8);
            self.bytes.push(0x80 | ((cp >> 6) & 0x3F) as u8);
            self.bytes.push(0x80 | (cp & 0x3F) as u8);
        }
    }
    #[inline]
    pub fn push_char(&mut self, c: char) {
        self.push_cp(c as u32);
    }
    /// Append `n` copies of code point `cp`.
    pub fn push_repeat(&mut self, cp: u32, n: usize) {
        if cp < 0x80 {
            self.bytes.resize(self.bytes.len() + n, cp as u8);
            self.chars += n;
        } else {
            for _ in 0..n {
                self.push_cp(cp);
            }
        }
    }
    /// The str value.
    pub fn finish(self) -> Value {
        if self.bytes.is_empty() {
            return empty_str();
        }
        let flags = if !self.non_ascii {
            STR_ASCII
        } else if self.surrogates {
            STR_SURROGATES
        } else {
            0
        };
        if self.chars == 1 && self.bytes.len() <= 2 {
            if let Some(cp) = crate::wtf8::code_points_of(&self.bytes).next() {
                return char_str(cp);
            }
        }
        alloc_str(&super::STR_TYPE, &self.bytes, self.chars, flags)
    }
}

thread_local! {
    static CHAR_STRS: Vec<Value> = (0u32..256).map(|c| {
        let mut buf = [0u8; 4];
        let ch = char::from_u32(c).unwrap_or('\0');
        let s = ch.encode_utf8(&mut buf);
        let v = alloc_str(&super::STR_TYPE, s.as_bytes(), 1, if c < 0x80 { STR_ASCII } else { 0 });
        str_obj(v).header.refcnt.set(IMMORTAL);
        v
    }).collect();
    static EMPTY_STR: Value = intern("");
}

/// The one-character str for `cp` (shared, immortal for code points < 256).
#[inline]
pub fn char_str(cp: u32) -> Value {
    if cp < 256 {
        return CHAR_STRS.with(|t| t[cp as usize]);
    }
    let mut b = StrBuilder::with_capacity(4);
    b.chars = 1;
    b.non_ascii = true;
    if let Some(c) = char::from_u32(cp) {
        let mut buf = [0u8; 4];
        b.bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        alloc_str(&super::STR_TYPE, &b.bytes, 1, 0)
    } else {
        let mut w = crate::wtf8::Wtf8Buf::new();
        w.push_code_point(cp.min(0xDFFF));
        alloc_str(&super::STR_TYPE, w.as_bytes(), 1, STR_SURROGATES)
    }
}

/// The empty str (shared).
#[inline]
pub fn empty_str() -> Value {
    EMPTY_STR.with(|e| *e)
}

/// `str_from_string`: a str value from an owned Rust `String`.
pub fn str_from_string(s: String) -> Value {
    new_str(&s)
}

/// The characters `start..end` (character indices, `start <= end <= char_len`) of str `v`.
pub fn substring(v: Value, start: usize, end: usize) -> Value {
    let o = str_obj(v);
    if start == 0 && end >= o.char_len && v.is_exact(&super::STR_TYPE) {
        return v.new_ref();
    }
    if end <= start {
        return empty_str();
    }
    let (bs, be) = (o.byte_offset(start), o.byte_offset(end));
    sub_bytes(o, bs, be, end - start)
}

/// The bytes `bs..be` of a str object holding `chars` characters, as a new str.
pub fn sub_bytes(o: &StrObject, bs: usize, be: usize, chars: usize) -> Value {
    let b = o.bytes().get(bs..be).unwrap_or(&[]);
    if b.is_empty() {
        return empty_str();
    }
    if chars == 1 && b.len() <= 2 {
        if let Some(cp) = crate::wtf8::code_points_of(b).next() {
            return char_str(cp);
        }
    }
    let flags = if o.is_ascii() || chars == b.len() {
        STR_ASCII
    } else if o.flags.get() & STR_SURROGATES != 0 && std::str::from_utf8(b).is_err() {
        STR_SURROGATES
    } else {
        0
    };
    alloc_str(&super::STR_TYPE, b, chars, flags)
}

/// A str from WTF-8 bytes that are a piece of a str (so valid WTF-8), counting characters.
pub fn str_from_wtf8_piece(b: &[u8], may_have_surrogates: bool) -> Value {
    if b.is_empty() {
        return empty_str();
    }
    if b.is_ascii() {
        if b.len() == 1 {
            return char_str(b[0] as u32);
        }
        return alloc_str(&super::STR_TYPE, b, b.len(), STR_ASCII);
    }
    let chars = b.iter().filter(|&&c| (c & 0xC0) != 0x80).count();
    if chars == 1 && b.len() <= 2 {
        if let Some(cp) = crate::wtf8::code_points_of(b).next() {
            return char_str(cp);
        }
    }
    let flags = if may_have_surrogates && std::str::from_utf8(b).is_err() { STR_SURROGATES } else { 0 };
    alloc_str(&super::STR_TYPE, b, chars, flags)
}

/// `a + b` for two str values (a new str).
pub fn str_concat(a: Value, b: Value) -> Value {
    let (x, y) = (str_obj(a), str_obj(b));
    if y.byte_len == 0 && a.is_exact(&super::STR_TYPE) {
        return a.new_ref();
    }
    if x.byte_len == 0 && b.is_exact(&super::STR_TYPE) {
        return b.new_ref();
    }
    let mut bytes = Vec::with_capacity(x.byte_len + y.byte_len);
    bytes.extend_from_slice(x.bytes());
    bytes.extend_from_slice(y.bytes());
    let flags = (x.flags.get() & y.flags.get() & STR_ASCII) | ((x.flags.get() | y.flags.get()) & STR_SURROGATES);
    let flags = if flags & STR_SURROGATES != 0 && std::str::from_utf8(&bytes).is_ok() { flags & !STR_SURROGATES } else { flags };
    alloc_str(&super::STR_TYPE, &bytes, x.char_len + y.char_len, flags)
}

/// `left += right` for str, taking over the caller's reference to `left` and returning the
/// result (a new reference). CPython appends in place when the left operand's reference count
/// is 1 (the interpreter arranges that for `s += t` on a local by dropping the variable's
/// reference first); so does this: a uniquely referenced, non-interned exact str grows its
/// block geometrically (`byte_cap`), so a loop of `+=` is linear overall. Otherwise it is
/// `str_concat`.
pub fn str_concat_inplace(left: Value, right: Value) -> Value {
    let x = str_obj(left);
    let y = str_obj(right);
    let unique = x.header.refcnt.get() == 1
        && left.is_exact(&super::STR_TYPE)
        && x.flags.get() & STR_INTERNED == 0
        && left != right;
    if !unique || y.byte_len == 0 {
        let r = str_concat(left, right);
        left.decref();
        return r;
    }
    let new_len = x.byte_len + y.byte_len;
    let mut p = left.as_ptr() as *mut StrObject;
    if new_len > x.byte_cap {
        let new_cap = new_len.max(x.byte_cap.saturating_mul(2)).max(16);
        let old_layout = layout_for(x.byte_cap);
        let new_layout = layout_for(new_cap);
        // SAFETY: p was allocated with old_layout (same alignment); the new size is non-zero.
        let q = unsafe { std::alloc::realloc(p as *mut u8, old_layout, new_layout.size()) } as *mut StrObject;
        if q.is_null() {
            std::alloc::handle_alloc_error(new_layout);
        }
        p = q;
        // SAFETY: p is the (moved) live object, uniquely owned by the caller.
        unsafe { (*p).byte_cap = new_cap };
    }
    // SAFETY: p is live and uniquely owned; the block holds byte_cap >= new_len text bytes.
    unsafe {
        let o = &mut *p;
        let dst = (p as *mut u8).add(std::mem::size_of::<StrObject>() + o.byte_len);
        std::ptr::copy_nonoverlapping(y.bytes().as_ptr(), dst, y.byte_len);
        o.byte_len = new_len;
        o.char_len += y.char_len;
        let f = o.flags.get();
        let mut nf = (f & y.flags.get() & STR_ASCII) | ((f | y.flags.get()) & STR_SURROGATES);
        if nf & STR_SURROGATES != 0 && std::str::from_utf8(o.bytes()).is_ok() {
            nf &= !STR_SURROGATES;
        }
        o.flags.set(nf);
        o.hash.set(-1);
        o.drop_index();
    }
    Value::from_ptr(p)
}

/// `s = s + t` / `s += t` when the next instruction stores into the variable `target` that
/// also holds `left` (CPython's `unicode_concatenate` trick). Takes over the caller's (stack)
/// reference to `left` and returns the result (a new reference). When `target` is the only
/// other reference to `left`, the variable is cleared (set to NULL, its reference dropped) so
/// `left` is uniquely owned and grows in place: a loop of `s += t` is then linear, not
/// quadratic. The caller then stores the result into `target` as usual. Both operands must be
/// str (exact str for the in-place path).
///
/// Interpreter use (BINARY_OP with arg 0 or 13, both operands exact str, next instruction
/// STORE_FAST k): `let r = str_concat_for_store(a, b, &mut locals[k]); b.decref();` then
/// push `r` and let STORE_FAST run.
pub fn str_concat_for_store(left: Value, right: Value, target: &mut Value) -> Value {
    if *target == left && str_obj(left).header.refcnt.get() == 2 && left.is_exact(&super::STR_TYPE) {
        *target = Value::NULL;
        left.decref();
    }
    str_concat_inplace(left, right)
}

/// `BUILD_STRING`: the concatenation of `parts` (str values, borrowed).
pub fn build_string(parts: &[Value]) -> Value {
    match parts.len() {
        0 => return empty_str(),
        1 if parts[0].is_exact(&super::STR_TYPE) => return parts[0].new_ref(),
        _ => {}
    }
    let total: usize = parts.iter().map(|&p| str_obj(p).byte_len).sum();
    let mut b = StrBuilder::with_capacity(total);
    for &p in parts {
        b.push_obj(str_obj(p));
    }
    if b.surrogates && std::str::from_utf8(&b.bytes).is_ok() {
        b.surrogates = false;
    }
    b.finish()
}

/// `repr(s)` of a str object as Rust text.
pub fn repr_string(o: &StrObject) -> String {
    if o.is_ascii() {
        // Fast path: printable ASCII without quotes or backslashes needs no escaping.
        let b = o.bytes();
        if b.iter().all(|&c| (0x20..0x7F).contains(&c) && c != b'\\' && c != b'\'') {
            let mut s = String::with_capacity(b.len() + 2);
            s.push('\'');
            // SAFETY-free: ASCII is valid UTF-8.
            s.push_str(std::str::from_utf8(b).unwrap_or(""));
            s.push('\'');
            return s;
        }
    }
    crate::pyrepr::repr_code_points(o.code_points())
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
