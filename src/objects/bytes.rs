//! `bytes` objects: layout (data inline after the header, like str), construction, the
//! buffer view every bytes-like argument goes through (`buffer_bytes`), the type's slots and
//! `bytes(...)`. Methods shared with bytearray live in `bytes_methods.rs`.

use super::exceptions::{index_error, overflow_error, type_error, value_error};
use super::object::{ObjHeader, IMMORTAL};
use super::text_util::{index_value, is_slice, seq_index, slice_indices};
use super::typeobj::{CmpOp, Slots, TypeFlags, TypeObject};
use super::value::Value;
use super::{bool_value, not_implemented};
use crate::vm::{ops, PyResult, Vm};
use std::alloc::Layout;
use std::cell::Cell;

/// Header of a bytes object; `len` bytes follow it in the same allocation.
#[repr(C)]
pub struct BytesObject {
    pub header: ObjHeader,
    /// Cached hash; -1 until computed.
    pub hash: Cell<i64>,
    pub len: usize,
}

fn layout_for(len: usize) -> Layout {
    Layout::from_size_align(std::mem::size_of::<BytesObject>() + len.max(1), 8)
        .unwrap_or_else(|_| std::alloc::handle_alloc_error(Layout::new::<BytesObject>()))
}

/// A new bytes object of type `ty` holding `data`.
pub fn new_bytes_of_type(ty: &TypeObject, data: &[u8]) -> Value {
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        ty.as_value().incref();
    }
    let layout = layout_for(data.len());
    // SAFETY: non-zero size.
    let p = unsafe { std::alloc::alloc(layout) } as *mut BytesObject;
    if p.is_null() {
        std::alloc::handle_alloc_error(layout);
    }
    // SAFETY: fresh allocation large enough for the header and the data.
    unsafe {
        p.write(BytesObject { header: ObjHeader::new(ty), hash: Cell::new(-1), len: data.len() });
        std::ptr::copy_nonoverlapping(data.as_ptr(), (p as *mut u8).add(std::mem::size_of::<BytesObject>()), data.len());
    }
    Value::from_ptr(p)
}

thread_local! {
    static SINGLE: Vec<Value> = (0u16..257).map(|i| {
        let v = if i == 256 { new_bytes_of_type(&BYTES_TYPE, &[]) } else { new_bytes_of_type(&BYTES_TYPE, &[i as u8]) };
        // SAFETY: v was just made.
        unsafe { (*v.as_ptr()).refcnt.set(IMMORTAL) };
        v
    }).collect();
}

/// A new bytes value (the empty and one-byte values are shared).
pub fn new_bytes(data: &[u8]) -> Value {
    match data.len() {
        0 => SINGLE.with(|s| s[256]),
        1 => SINGLE.with(|s| s[data[0] as usize]),
        _ => new_bytes_of_type(&BYTES_TYPE, data),
    }
}

/// `dealloc` slot of bytes.
///
/// # Safety
/// `p` is a bytes object made by `new_bytes_of_type` with no remaining references.
pub unsafe fn bytes_dealloc(p: *mut ObjHeader) {
    // SAFETY: p is a BytesObject (caller's guarantee).
    let o = unsafe { &*(p as *mut BytesObject) };
    let len = o.len;
    let ty = o.header.ty();
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        ty.as_value().decref();
    }
    // SAFETY: same layout as allocated.
    unsafe { std::alloc::dealloc(p as *mut u8, layout_for(len)) };
}

/// Whether `v` is a bytes (or subclass) instance.
#[inline]
pub fn is_bytes(v: Value) -> bool {
    v.is_ptr() && (v.is_exact(&BYTES_TYPE) || v.ty().has_flag(TypeFlags::BYTES_SUBCLASS))
}

/// The data of a bytes value (caller checked `is_bytes`).
#[inline]
pub fn bytes_data<'a>(v: Value) -> &'a [u8] {
    // SAFETY: v is a bytes object; its data follows the header, len bytes long.
    unsafe {
        let o = v.as_ref::<BytesObject>();
        std::slice::from_raw_parts((v.as_ptr() as *const u8).add(std::mem::size_of::<BytesObject>()), o.len)
    }
}

/// The bytes of any bytes-like object (bytes, bytearray, memoryview), borrowed. Do not hold
/// the slice across a call that can run Python code (a bytearray may be resized).
pub fn buffer_bytes<'a>(v: Value) -> Option<&'a [u8]> {
    if is_bytes(v) {
        return Some(bytes_data(v));
    }
    if super::bytearray::is_bytearray(v) {
        return Some(super::bytearray::data(v).as_slice());
    }
    if super::memoryview::is_memoryview(v) {
        return super::memoryview::contiguous_bytes(v);
    }
    None
}

/// The hash of a bytes value (cached).
pub fn bytes_hash_of(v: Value) -> i64 {
    // SAFETY: v is a bytes object.
    let o = unsafe { v.as_ref::<BytesObject>() };
    let h = o.hash.get();
    if h != -1 {
        return h;
    }
    let h = super::str::hash_bytes(bytes_data(v));
    o.hash.set(h);
    h
}

fn bytes_repr(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(super::str::str_from_string(bytes_repr_string(bytes_data(v))))
}

/// `repr(b)` text: `b'...'` with CPython's quote choice and escapes.
pub fn bytes_repr_string(b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    push_bytes_repr(&mut out, b);
    out
}

/// The quoted part of a bytes repr (`'...'`), appended to `out`.
pub fn push_bytes_repr(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7E => out.push(c as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
        }
    }
    out.push(quote as char);
}

fn bytes_str(vm: &mut Vm, v: Value) -> PyResult {
    bytes_repr(vm, v)
}

fn bytes_hash(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    Ok(bytes_hash_of(v))
}

/// Rich comparison of two byte strings (bytes and bytearray share it): NotImplemented unless
/// both are bytes-like in the sense CPython compares (bytes/bytearray, memoryview for ==).
pub fn bytes_like_richcmp(a: Value, b: Value, op: CmpOp) -> PyResult {
    let (Some(x), Some(y)) = (buffer_bytes(a), buffer_bytes(b)) else { return Ok(not_implemented()) };
    Ok(bool_value(op.from_ordering(x.cmp(y))))
}

fn bytes_richcmp(_vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    let with_view = super::memoryview::is_memoryview(a) || super::memoryview::is_memoryview(b);
    if with_view && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(not_implemented());
    }
    bytes_like_richcmp(a, b, op)
}

/// `b * n` for byte data.
pub fn repeat_data(d: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n <= 0 || d.is_empty() {
        return Ok(Vec::new());
    }
    let total = (d.len() as u64).checked_mul(n as u64).filter(|&t| t <= isize::MAX as u64);
    let Some(total) = total else { return Err(super::exceptions::memory_error("")) };
    let mut out = Vec::new();
    out.try_reserve_exact(total as usize).map_err(|_| super::exceptions::memory_error(""))?;
    out.extend_from_slice(d);
    while out.len() < total as usize {
        let take = (total as usize - out.len()).min(out.len());
        out.extend_from_within(..take);
    }
    Ok(out)
}

fn bytes_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    match op {
        0 => {
            if !is_bytes(a) {
                return Ok(not_implemented());
            }
            let Some(y) = buffer_bytes(b) else {
                return Err(type_error(format!("can't concat {} to {}", ops::type_name(b), ops::type_name(a))));
            };
            let x = bytes_data(a);
            if y.is_empty() && a.is_exact(&BYTES_TYPE) {
                return Ok(a.new_ref());
            }
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            Ok(new_bytes(&v))
        }
        5 => {
            let (s, n) = if is_bytes(a) { (a, b) } else { (b, a) };
            let count = match index_value(vm, n)? {
                Some((c, _)) => c,
                None => {
                    if n.ty().has_flag(TypeFlags::HEAPTYPE) {
                        return Ok(not_implemented());
                    }
                    return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", ops::type_name(n))));
                }
            };
            if count == 1 && s.is_exact(&BYTES_TYPE) {
                return Ok(s.new_ref());
            }
            Ok(new_bytes(&repeat_data(bytes_data(s), count)?))
        }
        6 => {
            if !is_bytes(a) {
                return Ok(not_implemented());
            }
            let data = bytes_data(a).to_vec();
            let r = super::bytes_format::bytes_percent(vm, &data, b)?;
            Ok(new_bytes(&r))
        }
        _ => Ok(not_implemented()),
    }
}

fn bytes_len(_vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(bytes_data(v).len())
}

/// Index or slice a byte sequence (bytes, bytearray, memoryview share the logic); `make`
/// builds the result of a slice.
pub fn getitem_data(vm: &mut Vm, d: &[u8], key: Value, make: fn(&[u8]) -> Value, what: &str) -> PyResult {
    if key.is_small_int() {
        let i = seq_index(key.as_small_int(), d.len(), &format!("{what} index out of range"))?;
        return Ok(Value::small_int(d[i] as i64));
    }
    if is_slice(key) {
        let d = d.to_vec();
        let (start, _stop, step, n) = slice_indices(vm, key, d.len())?;
        if step == 1 {
            let s = start as usize;
            return Ok(make(&d[s..s + n]));
        }
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(d[i as usize]);
            i += step;
        }
        return Ok(make(&out));
    }
    let len = d.len();
    match index_value(vm, key)? {
        Some((i, _)) => {
            let i = seq_index(i, len, &format!("{what} index out of range"))?;
            // Re-fetch: __index__ may have run Python code.
            Ok(Value::small_int(d.get(i).copied().ok_or_else(|| index_error(format!("{what} index out of range")))? as i64))
        }
        None => Err(type_error(format!("byte indices must be integers or slices, not {}", ops::type_name(key)))),
    }
}

fn bytes_getitem(vm: &mut Vm, v: Value, key: Value) -> PyResult {
    let d = bytes_data(v);
    if key.is_small_int() {
        let i = seq_index(key.as_small_int(), d.len(), "index out of range")?;
        return Ok(Value::small_int(d[i] as i64));
    }
    if is_slice(key) {
        return getitem_data(vm, d, key, new_bytes, "");
    }
    match index_value(vm, key)? {
        Some((i, _)) => {
            let i = seq_index(i, d.len(), "index out of range")?;
            Ok(Value::small_int(d[i] as i64))
        }
        None => Err(type_error(format!("byte indices must be integers or slices, not {}", ops::type_name(key)))),
    }
}

/// `x in b` for byte data: an int in range(256) or a bytes-like.
pub fn contains_data(vm: &mut Vm, d: &[u8], item: Value) -> PyResult<bool> {
    if let Some(sub) = buffer_bytes(item) {
        return Ok(super::str_type::find_bytes(d, sub).is_some());
    }
    match index_value(vm, item)? {
        Some((i, _)) if (0..256).contains(&i) => Ok(d.contains(&(i as u8))),
        Some(_) => Err(value_error("byte must be in range(0, 256)")),
        None => Err(type_error(format!("a bytes-like object is required, not '{}'", ops::type_name(item)))),
    }
}

fn bytes_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    let d = bytes_data(v).to_vec();
    contains_data(vm, &d, item)
}

/// Bytes from an iterable of ints / a count / a buffer, as `bytes(x)` and `bytearray(x)` take
/// them (`x` is neither str nor absent).
pub fn bytes_from_object(vm: &mut Vm, x: Value, for_what: &str) -> PyResult<Vec<u8>> {
    if let Some(d) = buffer_bytes(x) {
        return Ok(d.to_vec());
    }
    if !super::str::is_str(x) && !x.is_float() {
        if let Some((n, over)) = index_value(vm, x)? {
            if n < 0 {
                return Err(value_error("negative count"));
            }
            if over || n > (1 << 40) {
                return Err(overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            return Ok(vec![0u8; n as usize]);
        }
    }
    let s = x.ty().slots();
    if s.iter.is_none() && s.getitem.is_none() {
        return Err(type_error(format!("cannot convert '{}' object to {for_what}", ops::type_name(x))));
    }
    let items = ops::collect(vm, x)?;
    let mut out = Vec::with_capacity(items.len());
    let mut err = None;
    for &it in &items {
        if err.is_none() {
            match byte_value(vm, it) {
                Ok(b) => out.push(b),
                Err(e) => err = Some(e),
            }
        }
    }
    for it in items {
        it.decref();
    }
    match err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// An int in range(256), as bytes items are: "'str' object cannot be interpreted as an
/// integer", "bytes must be in range(0, 256)".
pub fn byte_value(vm: &mut Vm, v: Value) -> PyResult<u8> {
    match index_value(vm, v)? {
        Some((i, _)) if (0..256).contains(&i) => Ok(i as u8),
        Some(_) => Err(value_error("bytes must be in range(0, 256)")),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v)))),
    }
}

fn bytes_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(ty.as_value());
    full.extend_from_slice(args);
    if args.len() - kwnames.len() > 3 {
        return Err(type_error(format!("bytes() takes at most 3 arguments ({} given)", args.len())));
    }
    let [src, enc, errs] = super::text_util::bind(
        "bytes",
        "bytes",
        &full,
        kwnames,
        ["source", "encoding", "errors"],
        0,
        true,
        super::text_util::Style::Old,
    )?;
    if !src.is_null() && enc.is_null() && errs.is_null() && !is_bytes(src) && std::ptr::eq(ty, &BYTES_TYPE) {
        // bytes(x) returns what `__bytes__` gave when that is bytes (a subclass instance too).
        if let Some(r) = super::slot_wrappers::call_special_method(vm, src, "__bytes__", &[])? {
            if !is_bytes(r) {
                let msg = format!("__bytes__ returned non-bytes (type {})", ops::type_name(r));
                r.decref();
                return Err(type_error(msg));
            }
            return Ok(r);
        }
    }
    let data = source_to_bytes(vm, src, enc, errs, "bytes")?;
    Ok(if std::ptr::eq(ty, &BYTES_TYPE) { new_bytes(&data) } else { new_bytes_of_type(ty, &data) })
}

/// The `(source, encoding, errors)` arguments of bytes() and bytearray() as data.
pub fn source_to_bytes(vm: &mut Vm, src: Value, enc: Value, errs: Value, what: &str) -> PyResult<Vec<u8>> {
    if src.is_null() {
        if !enc.is_null() || !errs.is_null() {
            return Err(type_error(if enc.is_null() { "errors without a string argument" } else { "encoding without a string argument" }));
        }
        return Ok(Vec::new());
    }
    if super::str::is_str(src) {
        if enc.is_null() {
            return Err(type_error("string argument without an encoding"));
        }
        let e = str_arg(enc, what, "encoding")?;
        let r = if errs.is_null() { "strict".to_string() } else { str_arg(errs, what, "errors")? };
        return super::text_codecs::encode(vm, src, &e, &r);
    }
    if !enc.is_null() {
        return Err(type_error("encoding without a string argument"));
    }
    if !errs.is_null() {
        return Err(type_error("errors without a string argument"));
    }
    if !is_bytes(src) {
        // `__bytes__` first, as CPython does.
        if let Some(_m) = src.ty().lookup(super::str::intern("__bytes__")) {
            let r = super::slot_wrappers::call_special_known(vm, src, "__bytes__", &[])?;
            if !is_bytes(r) {
                let msg = format!("__bytes__ returned non-bytes (type {})", ops::type_name(r));
                r.decref();
                return Err(type_error(msg));
            }
            let d = bytes_data(r).to_vec();
            r.decref();
            return Ok(d);
        }
    }
    bytes_from_object(vm, src, what)
}

fn str_arg(v: Value, what: &str, arg: &str) -> PyResult<String> {
    if super::str::is_str(v) {
        Ok(super::str::str_obj(v).to_string_lossy().into_owned())
    } else {
        Err(type_error(format!("{what}() argument '{arg}' must be str, not {}", ops::type_name(v))))
    }
}

fn bytes_iter(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(super::bytearray::new_bytes_iter(v, &BYTES_ITER_TYPE))
}

pub static BYTES_TYPE: TypeObject = TypeObject::new_static(
    "bytes",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE | TypeFlags::BYTES_SUBCLASS,
    Slots {
        dealloc: bytes_dealloc,
        repr: Some(bytes_repr),
        str: Some(bytes_str),
        hash: Some(bytes_hash),
        richcmp: Some(bytes_richcmp),
        binop: Some(bytes_binop),
        len: Some(bytes_len),
        getitem: Some(bytes_getitem),
        contains: Some(bytes_contains),
        iter: Some(bytes_iter),
        new: Some(bytes_new),
        ..Slots::EMPTY
    },
    super::bytes_methods::BYTES_METHODS,
    &[],
);

pub static BYTES_ITER_TYPE: TypeObject = TypeObject::new_static(
    "bytes_iterator",
    Some(&super::OBJECT_TYPE),
    0,
    super::bytearray::BYTES_ITER_SLOTS,
    &[],
    &[],
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        // python3: repr(b"a'b\x00\xff\\") == 'b"a\'b\\x00\\xff\\\\"'
        assert_eq!(bytes_repr_string(b"a'b\x00\xff\\"), "b\"a'b\\x00\\xff\\\\\"");
        assert_eq!(bytes_repr_string(b"'\""), "b'\\'\"'");
        assert_eq!(bytes_repr_string(b"\t\n\r"), "b'\\t\\n\\r'");
    }
}
