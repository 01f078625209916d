//! `bytearray`: a mutable byte vector. Layout, slots (indexing, slice assignment and deletion,
//! `+`, `+=`, `*`, `*=`, `%`, comparisons), `bytearray(...)`, the mutating methods, and the
//! byte iterator types shared with `bytes`. Read-only methods are shared with bytes
//! (`bytes_methods.rs`).

use super::bytes::{buffer_bytes, bytes_from_object, contains_data, getitem_data, repeat_data};
use super::exceptions::{exc_msg, index_error, type_error, value_error, BUFFER_ERROR};
use super::object::{alloc, dealloc_box, ObjHeader};
use super::text_util::{bind, index_value, is_slice, seq_index, slice_indices, Style};
use super::typeobj::{CmpOp, Slots, TypeFlags, TypeObject};
use super::value::Value;
use super::{none, not_implemented};
use crate::vm::{ops, PyResult, Vm};
use std::cell::{Cell, UnsafeCell};

#[repr(C)]
pub struct ByteArrayObject {
    pub header: ObjHeader,
    data: UnsafeCell<Vec<u8>>,
    /// Live memoryview exports (resizing is refused while > 0).
    pub exports: Cell<usize>,
}

impl Drop for ByteArrayObject {
    fn drop(&mut self) {
        let ty = self.header.ty();
        if ty.has_flag(TypeFlags::HEAPTYPE) {
            ty.as_value().decref();
        }
    }
}

/// A new bytearray holding `data`.
pub fn new_bytearray(data: Vec<u8>) -> Value {
    new_bytearray_of_type(&BYTEARRAY_TYPE, data)
}

pub fn new_bytearray_of_type(ty: &TypeObject, data: Vec<u8>) -> Value {
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        ty.as_value().incref();
    }
    alloc(ByteArrayObject { header: ObjHeader::new(ty), data: UnsafeCell::new(data), exports: Cell::new(0) })
}

fn make(d: &[u8]) -> Value {
    new_bytearray(d.to_vec())
}

/// Whether `v` is a bytearray (or subclass) instance.
#[inline]
pub fn is_bytearray(v: Value) -> bool {
    v.is_ptr() && v.ty().is_subtype(&BYTEARRAY_TYPE)
}

/// The data vector. Do not hold across calls that can run Python code.
#[inline]
pub fn data<'a>(v: Value) -> &'a mut Vec<u8> {
    // SAFETY: v is a bytearray (caller checked); single-threaded; callers re-fetch after
    // running Python code.
    unsafe { &mut *v.as_ref::<ByteArrayObject>().data.get() }
}

fn obj<'a>(v: Value) -> &'a ByteArrayObject {
    // SAFETY: v is a bytearray.
    unsafe { v.as_ref::<ByteArrayObject>() }
}

fn check_resize(v: Value) -> PyResult<()> {
    if obj(v).exports.get() > 0 {
        return Err(exc_msg(&BUFFER_ERROR, "Existing exports of data: object cannot be re-sized"));
    }
    Ok(())
}

fn ba_repr(_vm: &mut Vm, v: Value) -> PyResult {
    let mut s = String::new();
    let name = v.ty().tp_name().to_string();
    s.push_str(&name);
    s.push_str("(b");
    push_bytearray_repr(&mut s, data(v));
    s.push(')');
    Ok(super::str::str_from_string(s))
}

/// The quoted part of a bytearray repr. Unlike bytes, CPython's bytearray repr escapes `'`
/// even when it chose `"` as the quote (and never escapes `"`).
fn push_bytearray_repr(out: &mut String, b: &[u8]) {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    out.push(quote);
    for &c in b {
        match c {
            b'\'' | b'\\' => {
                out.push('\\');
                out.push(c as char);
            }
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            0x20..=0x7E => out.push(c as char),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\x");
                out.push(HEX[(c >> 4) as usize] as char);
                out.push(HEX[(c & 15) as usize] as char);
            }
        }
    }
    out.push(quote);
}

fn ba_richcmp(_vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    super::bytes::bytes_like_richcmp(a, b, op)
}

fn ba_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    match op {
        0 | 13 => {
            if !is_bytearray(a) {
                return Ok(not_implemented());
            }
            let Some(y) = buffer_bytes(b) else {
                return Err(type_error(format!("can't concat {} to {}", ops::type_name(b), ops::type_name(a))));
            };
            if op == 13 {
                check_resize(a)?;
                let y = y.to_vec();
                data(a).extend_from_slice(&y);
                return Ok(a.new_ref());
            }
            let mut v = data(a).clone();
            v.extend_from_slice(y);
            Ok(new_bytearray(v))
        }
        5 | 18 => {
            let (s, n) = if is_bytearray(a) { (a, b) } else { (b, a) };
            let count = match index_value(vm, n)? {
                Some((c, _)) => c,
                None => {
                    if n.ty().has_flag(TypeFlags::HEAPTYPE) {
                        return Ok(not_implemented());
                    }
                    return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", ops::type_name(n))));
                }
            };
            let r = repeat_data(data(s), count)?;
            if op == 18 && is_bytearray(a) {
                check_resize(a)?;
                *data(a) = r;
                return Ok(a.new_ref());
            }
            Ok(new_bytearray(r))
        }
        6 => {
            if !is_bytearray(a) {
                return Ok(not_implemented());
            }
            let d = data(a).clone();
            let r = super::bytes_format::bytes_percent(vm, &d, b)?;
            Ok(new_bytearray(r))
        }
        _ => Ok(not_implemented()),
    }
}

fn ba_len(_vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(data(v).len())
}

fn ba_getitem(vm: &mut Vm, v: Value, key: Value) -> PyResult {
    let d = data(v).clone();
    getitem_data(vm, &d, key, make, "bytearray")
}

fn ba_setitem(vm: &mut Vm, v: Value, key: Value, value: Value) -> PyResult<()> {
    if is_slice(key) {
        let len = data(v).len();
        let (start, stop, step, n) = slice_indices(vm, key, len)?;
        if value.is_null() {
            check_resize(v)?;
            let d = data(v);
            if step == 1 {
                // Clamped: __index__ of the slice bounds may have resized the array.
                let s = (start as usize).min(d.len());
                let e = (s + n).min(d.len());
                d.drain(s..e);
            } else {
                let mut idx: Vec<usize> = (0..n).map(|k| (start + k as i64 * step) as usize).collect();
                idx.sort_unstable();
                let mut k = 0;
                let mut i = 0;
                d.retain(|_| {
                    let keep = !(k < idx.len() && idx[k] == i);
                    if !keep {
                        k += 1;
                    }
                    i += 1;
                    keep
                });
            }
            return Ok(());
        }
        let src: Vec<u8> = if value == v {
            data(v).clone()
        } else if let Some(b) = buffer_bytes(value) {
            b.to_vec()
        } else if super::str::is_str(value) || value.is_small_int() || super::int::is_int(value) {
            return Err(type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
        } else {
            bytes_from_object(vm, value, "bytearray")?
        };
        let d = data(v);
        if step == 1 {
            let s = (start as usize).min(d.len());
            let e = (s + n).min(d.len());
            if src.len() != n {
                check_resize(v)?;
            }
            let _ = stop;
            d.splice(s..e, src);
            return Ok(());
        }
        if src.len() != n {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {n}",
                src.len()
            )));
        }
        for (k, b) in src.into_iter().enumerate() {
            let i = (start + k as i64 * step) as usize;
            if let Some(x) = d.get_mut(i) {
                *x = b;
            }
        }
        return Ok(());
    }
    let i = match index_value(vm, key)? {
        Some((i, _)) => i,
        None => return Err(type_error(format!("bytearray indices must be integers or slices, not {}", ops::type_name(key)))),
    };
    let len = data(v).len();
    let j = seq_index(i, len, "bytearray index out of range")?;
    if value.is_null() {
        check_resize(v)?;
        data(v).remove(j);
        return Ok(());
    }
    let b = match index_value(vm, value)? {
        Some((x, _)) if (0..256).contains(&x) => x as u8,
        Some(_) => return Err(value_error("byte must be in range(0, 256)")),
        None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(value)))),
    };
    if let Some(x) = data(v).get_mut(j) {
        *x = b;
    }
    Ok(())
}

fn ba_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    let d = data(v).clone();
    contains_data(vm, &d, item)
}

fn ba_new(_vm: &mut Vm, ty: &TypeObject, _args: &[Value], _kwnames: &[Value]) -> PyResult {
    Ok(new_bytearray_of_type(ty, Vec::new()))
}

fn ba_init(vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(v);
    full.extend_from_slice(args);
    if args.len() - kwnames.len() > 3 {
        return Err(type_error(format!("bytearray() takes at most 3 arguments ({} given)", args.len())));
    }
    let [src, enc, errs] = bind("", "bytearray", &full, kwnames, ["source", "encoding", "errors"], 0, true, Style::Old)?;
    let d = super::bytes::source_to_bytes(vm, src, enc, errs, "bytearray")?;
    *data(v) = d;
    Ok(())
}

fn ba_iter(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(new_bytes_iter(v, &BYTEARRAY_ITER_TYPE))
}

// ----- mutating methods -----

pub(crate) fn m_append(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [x] = bind("bytearray", "append", args, kw, ["item"], 1, false, Style::Clinic)?;
    let b = match index_value(vm, x)? {
        Some((i, _)) if (0..256).contains(&i) => i as u8,
        Some(_) => return Err(value_error("byte must be in range(0, 256)")),
        None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(x)))),
    };
    check_resize(args[0])?;
    data(args[0]).push(b);
    Ok(none())
}

pub(crate) fn m_extend(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [x] = bind("bytearray", "extend", args, kw, ["iterable_of_ints"], 1, false, Style::Clinic)?;
    let d = match buffer_bytes(x) {
        Some(b) => b.to_vec(),
        None => {
            let s = x.ty().slots();
            let listlike = x.is_exact(&super::LIST_TYPE) || x.is_exact(&super::TUPLE_TYPE);
            if !listlike && s.iter.is_none() && s.getitem.is_none() {
                return Err(type_error(format!("can't extend bytearray with {}", ops::type_name(x))));
            }
            let items = ops::collect(vm, x)?;
            let mut out = Vec::with_capacity(items.len());
            let mut err = None;
            for &it in &items {
                if err.is_some() {
                    break;
                }
                match index_value(vm, it) {
                    Ok(Some((i, _))) if (0..256).contains(&i) => out.push(i as u8),
                    Ok(Some(_)) => err = Some(value_error("byte must be in range(0, 256)")),
                    Ok(None) => {
                        err = Some(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(it))))
                    }
                    Err(e) => err = Some(e),
                }
            }
            for it in items {
                it.decref();
            }
            if let Some(e) = err {
                return Err(e);
            }
            out
        }
    };
    check_resize(args[0])?;
    data(args[0]).extend_from_slice(&d);
    Ok(none())
}

pub(crate) fn m_pop(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [i] = bind("bytearray", "pop", args, kw, ["index"], 0, false, Style::Clinic)?;
    let v = args[0];
    let idx = if i.is_null() { -1 } else { super::text_util::int_arg(vm, i)? };
    let len = data(v).len();
    if len == 0 {
        return Err(index_error("pop from empty bytearray"));
    }
    let j = seq_index(idx, len, "pop index out of range")?;
    check_resize(v)?;
    Ok(Value::small_int(data(v).remove(j) as i64))
}

pub(crate) fn m_insert(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [i, x] = bind("bytearray", "insert", args, kw, ["index", "item"], 2, false, Style::Clinic)?;
    let idx = super::text_util::int_arg(vm, i)?;
    let b = match index_value(vm, x)? {
        Some((k, _)) if (0..256).contains(&k) => k as u8,
        Some(_) => return Err(value_error("byte must be in range(0, 256)")),
        None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(x)))),
    };
    let v = args[0];
    check_resize(v)?;
    let d = data(v);
    let n = d.len() as i64;
    let pos = if idx < 0 { (idx + n).max(0) } else { idx.min(n) };
    d.insert(pos as usize, b);
    Ok(none())
}

pub(crate) fn m_remove(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [x] = bind("bytearray", "remove", args, kw, ["value"], 1, false, Style::Clinic)?;
    let b = match index_value(vm, x)? {
        Some((k, _)) if (0..256).contains(&k) => k as u8,
        Some(_) => return Err(value_error("byte must be in range(0, 256)")),
        None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(x)))),
    };
    let v = args[0];
    match data(v).iter().position(|&c| c == b) {
        Some(p) => {
            check_resize(v)?;
            data(v).remove(p);
            Ok(none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

pub(crate) fn m_clear(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    super::text_util::no_args("bytearray", "clear", args, kw)?;
    check_resize(args[0])?;
    data(args[0]).clear();
    Ok(none())
}

pub(crate) fn m_reverse(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    super::text_util::no_args("bytearray", "reverse", args, kw)?;
    data(args[0]).reverse();
    Ok(none())
}

pub(crate) fn m_copy(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    super::text_util::no_args("bytearray", "copy", args, kw)?;
    Ok(new_bytearray(data(args[0]).clone()))
}

pub(crate) fn m_alloc(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    super::text_util::no_args("bytearray", "__alloc__", args, kw)?;
    Ok(Value::small_int(data(args[0]).capacity() as i64 + 1))
}

pub(crate) fn m_iadd(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [x] = bind("bytearray", "__iadd__", args, kw, ["value"], 1, false, Style::Clinic)?;
    ba_binop(vm, args[0], x, 13)
}


pub static BYTEARRAY_TYPE: TypeObject = TypeObject::new_static(
    "bytearray",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE,
    Slots {
        dealloc: dealloc_box::<ByteArrayObject>,
        repr: Some(ba_repr),
        richcmp: Some(ba_richcmp),
        binop: Some(ba_binop),
        len: Some(ba_len),
        getitem: Some(ba_getitem),
        setitem: Some(ba_setitem),
        contains: Some(ba_contains),
        iter: Some(ba_iter),
        new: Some(ba_new),
        init: Some(ba_init),
        ..Slots::EMPTY
    },
    super::bytes_methods::BYTEARRAY_METHODS,
    &[],
);

// ----- iterators over bytes and bytearray -----

#[repr(C)]
pub struct BytesIter {
    pub header: ObjHeader,
    pub seq: Cell<Value>,
    pub pos: Cell<usize>,
}

impl Drop for BytesIter {
    fn drop(&mut self) {
        self.seq.get().decref();
    }
}

/// An iterator over the bytes of `v` (bytes or bytearray).
pub fn new_bytes_iter(v: Value, ty: &'static TypeObject) -> Value {
    v.incref();
    alloc(BytesIter { header: ObjHeader::new(ty), seq: Cell::new(v), pos: Cell::new(0) })
}

fn bytes_iter_next(_vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    // SAFETY: installed only on the byte iterator types.
    let bi = unsafe { it.as_ref::<BytesIter>() };
    let s = bi.seq.get();
    if s.is_null() {
        return Ok(None);
    }
    let d = buffer_bytes(s).unwrap_or(&[]);
    let p = bi.pos.get();
    match d.get(p) {
        Some(&b) => {
            bi.pos.set(p + 1);
            Ok(Some(Value::small_int(b as i64)))
        }
        None => {
            bi.seq.set(Value::NULL);
            s.decref();
            Ok(None)
        }
    }
}

pub const BYTES_ITER_SLOTS: Slots = Slots {
    dealloc: dealloc_box::<BytesIter>,
    iter: Some(|_, v| Ok(v.new_ref())),
    next: Some(bytes_iter_next),
    ..Slots::EMPTY
};

pub static BYTEARRAY_ITER_TYPE: TypeObject =
    TypeObject::new_static("bytearray_iterator", Some(&super::OBJECT_TYPE), 0, BYTES_ITER_SLOTS, &[], &[]);
