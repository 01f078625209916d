//! `memoryview` over bytes and bytearray, one dimension: construction, `cast` to the native
//! single-character formats (`B b c ? h H i I l L q Q n N f d`), `len`, indexing, slicing
//! (views share the underlying object), item assignment for writable views, `tobytes`,
//! `tolist`, `hex`, `release`, the context-manager protocol, and the read-only attributes
//! (`obj`, `nbytes`, `readonly`, `itemsize`, `format`, `ndim`, `shape`, `strides`).

use super::exceptions::{exc_msg, index_error, type_error, value_error, NOT_IMPLEMENTED_ERROR};
use super::object::{alloc, dealloc_box, ObjHeader};
use super::text_util::{bind, index_value, is_slice, seq_index, slice_indices, Style};
use super::typeobj::{CmpOp, GetSetDef, MethodDef, Slots, TypeObject};
use super::value::Value;
use super::{bool_value, none, not_implemented};
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

#[repr(C)]
pub struct MemoryViewObject {
    pub header: ObjHeader,
    /// The exporting object (bytes or bytearray); owned.
    pub obj: Value,
    /// First byte, stride (in bytes) and item count within the exporter's data.
    pub start: usize,
    pub step: i64,
    pub len: usize,
    /// Item format character (`b'B'` unless cast) and its size in bytes.
    pub format: u8,
    pub itemsize: usize,
    /// The format was given as `@x` (shown that way by `.format`).
    pub format_at: bool,
    pub readonly: bool,
    pub released: Cell<bool>,
}

impl Drop for MemoryViewObject {
    fn drop(&mut self) {
        if !self.released.get() {
            release_export(self.obj);
        }
        self.obj.decref();
    }
}

fn release_export(o: Value) {
    if super::bytearray::is_bytearray(o) {
        // SAFETY: o is a bytearray.
        let b = unsafe { o.as_ref::<super::bytearray::ByteArrayObject>() };
        b.exports.set(b.exports.get().saturating_sub(1));
    }
}

fn add_export(o: Value) {
    if super::bytearray::is_bytearray(o) {
        // SAFETY: o is a bytearray.
        let b = unsafe { o.as_ref::<super::bytearray::ByteArrayObject>() };
        b.exports.set(b.exports.get() + 1);
    }
}

/// Whether `v` is a memoryview.
#[inline]
pub fn is_memoryview(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&MEMORYVIEW_TYPE)
}

fn mv<'a>(v: Value) -> &'a MemoryViewObject {
    // SAFETY: v is a memoryview (callers check).
    unsafe { v.as_ref::<MemoryViewObject>() }
}

fn base_data<'a>(o: Value) -> &'a [u8] {
    if super::bytes::is_bytes(o) {
        super::bytes::bytes_data(o)
    } else if super::bytearray::is_bytearray(o) {
        super::bytearray::data(o).as_slice()
    } else {
        &[]
    }
}

/// The bytes a view covers, when they are contiguous and the view is live.
pub fn contiguous_bytes<'a>(v: Value) -> Option<&'a [u8]> {
    let m = mv(v);
    if m.released.get() || m.step != m.itemsize as i64 {
        return None;
    }
    base_data(m.obj).get(m.start..m.start + m.len * m.itemsize)
}

/// The bytes of item `k` (`k < len`).
fn item_bytes(m: &MemoryViewObject, k: usize) -> &[u8] {
    let d = base_data(m.obj);
    let off = (m.start as i64 + k as i64 * m.step).max(0) as usize;
    d.get(off..off + m.itemsize).unwrap_or(&[])
}

/// The bytes a view covers (copied; any step).
fn view_bytes(m: &MemoryViewObject) -> Vec<u8> {
    let mut out = Vec::with_capacity(m.len * m.itemsize);
    for k in 0..m.len {
        out.extend_from_slice(item_bytes(m, k));
    }
    out
}

/// Size of a native single-character struct format, if pyjit supports it.
fn format_size(f: u8) -> Option<usize> {
    Some(match f {
        b'B' | b'b' | b'c' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    })
}

/// Item `k` as a Python value.
fn item_value(m: &MemoryViewObject, k: usize) -> Value {
    let b = item_bytes(m, k);
    let mut w = [0u8; 8];
    let n = b.len().min(8);
    w[..n].copy_from_slice(&b[..n]);
    let u = u64::from_le_bytes(w);
    match m.format {
        b'B' => Value::small_int(u as u8 as i64),
        b'b' => Value::small_int(u as u8 as i8 as i64),
        b'c' => super::bytes::new_bytes(&b[..n.min(1)]),
        b'?' => bool_value(u & 0xFF != 0),
        b'h' => Value::small_int(u as u16 as i16 as i64),
        b'H' => Value::small_int(u as u16 as i64),
        b'i' => Value::small_int(u as u32 as i32 as i64),
        b'I' => Value::small_int(u as u32 as i64),
        b'f' => Value::float(f32::from_bits(u as u32) as f64),
        b'd' => Value::float(f64::from_bits(u)),
        b'l' | b'q' | b'n' => super::int::int_from_i64(u as i64),
        _ => super::int::int_from_big(num_bigint::BigInt::from(u)),
    }
}

/// Store `v` into item `k` of a writable view: "invalid type/value for format 'x'".
fn set_item_value(vm: &mut Vm, m: &MemoryViewObject, k: usize, v: Value) -> PyResult<()> {
    let f = m.format as char;
    let bad_type = || type_error(format!("memoryview: invalid type for format '{f}'"));
    let bad_value = || value_error(format!("memoryview: invalid value for format '{f}'"));
    let bytes: Vec<u8> = match m.format {
        b'c' => match super::bytes::buffer_bytes(v) {
            Some(b) if b.len() == 1 && super::bytes::is_bytes(v) => b.to_vec(),
            Some(_) if super::bytes::is_bytes(v) => return Err(bad_value()),
            _ => return Err(bad_type()),
        },
        b'?' => vec![ops::is_true(vm, v)? as u8],
        b'f' | b'd' => {
            let x = if v.is_float() {
                v.as_float()
            } else if let Some(i) = super::int::int_as_i64(v) {
                i as f64
            } else {
                return Err(bad_type());
            };
            if m.format == b'f' {
                (x as f32).to_le_bytes().to_vec()
            } else {
                x.to_le_bytes().to_vec()
            }
        }
        _ => {
            let Some(big) = (if v.is_float() { None } else { super::int::int_as_big(v) }) else {
                return Err(bad_type());
            };
            let (lo, hi): (i128, i128) = match m.format {
                b'B' => (0, 0xFF),
                b'b' => (-0x80, 0x7F),
                b'h' => (-0x8000, 0x7FFF),
                b'H' => (0, 0xFFFF),
                b'i' => (i32::MIN as i128, i32::MAX as i128),
                b'I' => (0, u32::MAX as i128),
                b'l' | b'q' | b'n' => (i64::MIN as i128, i64::MAX as i128),
                _ => (0, u64::MAX as i128),
            };
            let x: i128 = i128::try_from(&big).map_err(|_| bad_value())?;
            if x < lo || x > hi {
                return Err(bad_value());
            }
            x.to_le_bytes()[..m.itemsize].to_vec()
        }
    };
    let d = super::bytearray::data(m.obj);
    let off = (m.start as i64 + k as i64 * m.step).max(0) as usize;
    if let Some(dst) = d.get_mut(off..off + m.itemsize) {
        dst.copy_from_slice(&bytes[..m.itemsize.min(bytes.len())]);
    }
    Ok(())
}

fn check_live(m: &MemoryViewObject) -> PyResult<()> {
    if m.released.get() {
        return Err(value_error("operation forbidden on released memoryview object"));
    }
    Ok(())
}

/// `memoryview(obj)`.
pub fn new_memoryview(obj: Value) -> PyResult {
    if is_memoryview(obj) {
        let m = mv(obj);
        check_live(m)?;
        return Ok(make_view(m.obj, m.start, m.step, m.len, m.readonly, m.format, m.itemsize));
    }
    if super::bytes::is_bytes(obj) {
        let n = super::bytes::bytes_data(obj).len();
        return Ok(make_view(obj, 0, 1, n, true, b'B', 1));
    }
    if super::bytearray::is_bytearray(obj) {
        let n = super::bytearray::data(obj).len();
        return Ok(make_view(obj, 0, 1, n, false, b'B', 1));
    }
    Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", ops::type_name(obj))))
}

fn make_view(obj: Value, start: usize, step: i64, len: usize, readonly: bool, format: u8, itemsize: usize) -> Value {
    obj.incref();
    add_export(obj);
    alloc(MemoryViewObject {
        header: ObjHeader::new(&MEMORYVIEW_TYPE),
        obj,
        start,
        step,
        len,
        format,
        itemsize,
        format_at: false,
        readonly,
        released: Cell::new(false),
    })
}

fn mv_new(_vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let mut full = vec![ty.as_value()];
    full.extend_from_slice(args);
    let [o] = bind("", "memoryview", &full, kwnames, ["object"], 1, true, Style::Old)?;
    new_memoryview(o)
}

fn mv_repr(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    let s = if m.released.get() {
        format!("<released memory at {:#x}>", v.bits())
    } else {
        format!("<memory at {:#x}>", v.bits())
    };
    Ok(super::str::str_from_string(s))
}

fn mv_len(_vm: &mut Vm, v: Value) -> PyResult<usize> {
    let m = mv(v);
    check_live(m)?;
    Ok(m.len)
}

fn mv_getitem(vm: &mut Vm, v: Value, key: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    if is_slice(key) {
        let (start, _stop, step, n) = slice_indices(vm, key, m.len)?;
        let s = (m.start as i64 + start * m.step).max(0) as usize;
        return Ok(make_view(m.obj, s, m.step * step, n, m.readonly, m.format, m.itemsize));
    }
    let i = match index_value(vm, key)? {
        Some((i, _)) => i,
        None => return Err(type_error("memoryview: invalid slice key")),
    };
    let j = seq_index(i, m.len, "index out of bounds on dimension 1")?;
    if item_bytes(m, j).len() < m.itemsize {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    Ok(item_value(m, j))
}

fn mv_setitem(vm: &mut Vm, v: Value, key: Value, value: Value) -> PyResult<()> {
    let m = mv(v);
    check_live(m)?;
    if m.readonly {
        return Err(type_error("cannot modify read-only memory"));
    }
    if value.is_null() {
        return Err(type_error("cannot delete memory"));
    }
    if is_slice(key) {
        let (start, _stop, step, n) = slice_indices(vm, key, m.len)?;
        let (src, src_fmt) = if is_memoryview(value) {
            let sm = mv(value);
            check_live(sm)?;
            (view_bytes(sm), sm.format)
        } else {
            match super::bytes::buffer_bytes(value) {
                Some(b) => (b.to_vec(), b'B'),
                None => {
                    return Err(type_error(format!("a bytes-like object is required, not '{}'", ops::type_name(value))))
                }
            }
        };
        if src_fmt != m.format || src.len() != n * m.itemsize {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let d = super::bytearray::data(m.obj);
        for (k, chunk) in src.chunks(m.itemsize.max(1)).enumerate() {
            let off = (m.start as i64 + (start + k as i64 * step) * m.step).max(0) as usize;
            if let Some(dst) = d.get_mut(off..off + chunk.len()) {
                dst.copy_from_slice(chunk);
            }
        }
        return Ok(());
    }
    let i = match index_value(vm, key)? {
        Some((i, _)) => i,
        None => return Err(type_error("memoryview: invalid slice key")),
    };
    let j = seq_index(i, m.len, "index out of bounds on dimension 1")?;
    set_item_value(vm, m, j, value)
}

fn mv_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(not_implemented());
    }
    if a == b {
        return Ok(bool_value(op == CmpOp::Eq));
    }
    // Items as (format, raw bytes per item); bytes-like objects compare as format 'B'.
    let items = |x: Value| -> Option<(u8, Vec<Value>)> {
        if is_memoryview(x) {
            let m = mv(x);
            if m.released.get() {
                return None;
            }
            Some((m.format, (0..m.len).map(|k| item_value(m, k)).collect()))
        } else {
            super::bytes::buffer_bytes(x).map(|d| (b'B', d.iter().map(|&c| Value::small_int(c as i64)).collect()))
        }
    };
    let (Some((_fa, xa)), Some((_fb, xb))) = (items(a), items(b)) else {
        return Ok(bool_value(op == CmpOp::Ne));
    };
    let mut equal = xa.len() == xb.len();
    if equal {
        for (&p, &q) in xa.iter().zip(&xb) {
            if !ops::eq(vm, p, q)? {
                equal = false;
                break;
            }
        }
    }
    for v in xa.into_iter().chain(xb) {
        v.decref();
    }
    Ok(bool_value(equal == (op == CmpOp::Eq)))
}

fn mv_hash(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    let m = mv(v);
    check_live(m)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.format, b'B' | b'b' | b'c') {
        return Err(value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    Ok(super::str::hash_bytes(&view_bytes(m)))
}

fn mv_iter(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    if m.format == b'B' {
        let b = super::bytes::new_bytes(&view_bytes(m));
        let it = super::bytearray::new_bytes_iter(b, &MEMORYVIEW_ITER_TYPE);
        b.decref();
        return Ok(it);
    }
    let items: Vec<Value> = (0..m.len).map(|k| item_value(m, k)).collect();
    let l = super::Owned::new(super::list::list_from_vec(items));
    ops::iter(_vm, l.get())
}

fn m_tobytes(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [_order] = bind("memoryview", "tobytes", args, kw, ["order"], 0, true, Style::Old)?;
    let m = mv(args[0]);
    check_live(m)?;
    Ok(super::bytes::new_bytes(&view_bytes(m)))
}

fn m_tolist(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    super::text_util::no_args("memoryview", "tolist", args, kw)?;
    let m = mv(args[0]);
    check_live(m)?;
    let items: Vec<Value> = (0..m.len).map(|k| item_value(m, k)).collect();
    Ok(super::list::list_from_vec(items))
}

fn m_hex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let m = mv(args[0]);
    check_live(m)?;
    let b = super::bytes::new_bytes(&view_bytes(m));
    let mut a2 = args.to_vec();
    a2[0] = b;
    let r = super::bytes_methods::hex_method(vm, &a2, kw);
    b.decref();
    r
}

fn m_release(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    super::text_util::no_args("memoryview", "release", args, kw)?;
    let m = mv(args[0]);
    if !m.released.get() {
        m.released.set(true);
        release_export(m.obj);
    }
    Ok(none())
}

fn m_enter(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    super::text_util::no_args("memoryview", "__enter__", args, kw)?;
    check_live(mv(args[0]))?;
    Ok(args[0].new_ref())
}

fn m_exit(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    m_release(vm, &args[..1], &[])
}

fn m_toreadonly(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    super::text_util::no_args("memoryview", "toreadonly", args, kw)?;
    let m = mv(args[0]);
    check_live(m)?;
    Ok(make_view(m.obj, m.start, m.step, m.len, true, m.format, m.itemsize))
}

fn m_cast(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [fmt, shape] = bind("memoryview", "cast", args, kw, ["format", "shape"], 1, true, Style::Old)?;
    let m = mv(args[0]);
    check_live(m)?;
    let f = match super::str::as_str(fmt) {
        Some(f) => f.strip_prefix('@').unwrap_or(f),
        None => {
            return Err(type_error(format!("cast() argument 'format' must be str, not {}", ops::type_name(fmt))));
        }
    };
    let code = match f.as_bytes() {
        [c] if format_size(*c).is_some() => *c,
        _ => {
            return Err(value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let size = format_size(code).unwrap_or(1);
    if m.step != m.itemsize as i64 {
        return Err(type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    let byte_fmt = |c: u8| matches!(c, b'B' | b'b' | b'c');
    if !byte_fmt(m.format) && !byte_fmt(code) {
        return Err(type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = m.len * m.itemsize;
    if nbytes % size != 0 {
        return Err(type_error("memoryview: length is not a multiple of itemsize"));
    }
    let n = nbytes / size;
    if !shape.is_null() {
        let ok = (super::tuple::is_tuple(shape) || super::list::is_list(shape)) && {
            let items: Vec<Value> = if super::tuple::is_tuple(shape) {
                super::tuple::items(shape).to_vec()
            } else {
                super::list::items(shape).clone()
            };
            items.len() == 1 && super::int::int_as_i64(items[0]) == Some(n as i64)
        };
        if !ok {
            return Err(exc_msg(&NOT_IMPLEMENTED_ERROR, "memoryview.cast: pyjit supports one-dimensional shapes only"));
        }
    }
    let v = make_view(m.obj, m.start, size as i64, n, m.readonly, code, size);
    // SAFETY: v was just made as a MemoryViewObject and is not shared yet.
    unsafe { (*(v.as_ptr() as *mut MemoryViewObject)).format_at = f.len() != super::str::str_obj(fmt).byte_len };
    Ok(v)
}

fn g_obj(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    Ok(m.obj.new_ref())
}
fn g_nbytes(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    Ok(Value::small_int((m.len * m.itemsize) as i64))
}
fn g_readonly(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    Ok(bool_value(m.readonly))
}
fn g_itemsize(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    Ok(Value::small_int(m.itemsize as i64))
}
fn g_format(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    if m.format_at {
        return Ok(super::str::str_from_string(format!("@{}", m.format as char)));
    }
    Ok(super::str::char_str(m.format as u32))
}
fn g_ndim(_vm: &mut Vm, v: Value) -> PyResult {
    check_live(mv(v))?;
    Ok(Value::small_int(1))
}
fn g_shape(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    Ok(super::tuple::tuple_from_vec(vec![Value::small_int(m.len as i64)]))
}
fn g_strides(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    Ok(super::tuple::tuple_from_vec(vec![Value::small_int(m.step)]))
}
fn g_released(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(bool_value(mv(v).released.get()))
}
fn g_contiguous(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    Ok(bool_value(m.step == m.itemsize as i64 || m.len <= 1))
}

static MV_METHODS: &[MethodDef] = &[
    MethodDef::method("tobytes", m_tobytes),
    MethodDef::method("tolist", m_tolist),
    MethodDef::method("hex", m_hex),
    MethodDef::method("release", m_release),
    MethodDef::method("toreadonly", m_toreadonly),
    MethodDef::method("cast", m_cast),
    MethodDef::method("__enter__", m_enter),
    MethodDef::method("__exit__", m_exit),
];

static MV_GETSETS: &[GetSetDef] = &[
    GetSetDef { name: "obj", get: g_obj, set: None },
    GetSetDef { name: "nbytes", get: g_nbytes, set: None },
    GetSetDef { name: "readonly", get: g_readonly, set: None },
    GetSetDef { name: "itemsize", get: g_itemsize, set: None },
    GetSetDef { name: "format", get: g_format, set: None },
    GetSetDef { name: "ndim", get: g_ndim, set: None },
    GetSetDef { name: "shape", get: g_shape, set: None },
    GetSetDef { name: "strides", get: g_strides, set: None },
    GetSetDef { name: "released", get: g_released, set: None },
    GetSetDef { name: "contiguous", get: g_contiguous, set: None },
    GetSetDef { name: "c_contiguous", get: g_contiguous, set: None },
];

pub static MEMORYVIEW_TYPE: TypeObject = TypeObject::new_static(
    "memoryview",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<MemoryViewObject>,
        repr: Some(mv_repr),
        hash: Some(mv_hash),
        richcmp: Some(mv_richcmp),
        len: Some(mv_len),
        getitem: Some(mv_getitem),
        setitem: Some(mv_setitem),
        iter: Some(mv_iter),
        new: Some(mv_new),
        ..Slots::EMPTY
    },
    MV_METHODS,
    MV_GETSETS,
);

pub static MEMORYVIEW_ITER_TYPE: TypeObject = TypeObject::new_static(
    "memory_iterator",
    Some(&super::OBJECT_TYPE),
    0,
    super::bytearray::BYTES_ITER_SLOTS,
    &[],
    &[],
);
