//! `memoryview` over bytes and bytearray (format 'B', one dimension): construction, `len`,
//! indexing, slicing (views share the underlying object), item assignment for writable views,
//! `tobytes`, `tolist`, `hex`, `release`, the context-manager protocol, and the read-only
//! attributes (`obj`, `nbytes`, `readonly`, `itemsize`, `format`, `ndim`, `shape`, `strides`).

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
    /// First byte, stride and item count within the exporter's data.
    pub start: usize,
    pub step: i64,
    pub len: usize,
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

/// The bytes a view covers, when they are contiguous (step 1) and the view is live.
pub fn contiguous_bytes<'a>(v: Value) -> Option<&'a [u8]> {
    let m = mv(v);
    if m.released.get() || m.step != 1 {
        return None;
    }
    base_data(m.obj).get(m.start..m.start + m.len)
}

/// The bytes a view covers (copied; any step).
fn view_bytes(m: &MemoryViewObject) -> Vec<u8> {
    let d = base_data(m.obj);
    (0..m.len).filter_map(|k| d.get((m.start as i64 + k as i64 * m.step) as usize).copied()).collect()
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
        return Ok(make_view(m.obj, m.start, m.step, m.len, m.readonly));
    }
    if super::bytes::is_bytes(obj) {
        let n = super::bytes::bytes_data(obj).len();
        return Ok(make_view(obj, 0, 1, n, true));
    }
    if super::bytearray::is_bytearray(obj) {
        let n = super::bytearray::data(obj).len();
        return Ok(make_view(obj, 0, 1, n, false));
    }
    Err(type_error(format!("memoryview: a bytes-like object is required, not '{}'", ops::type_name(obj))))
}

fn make_view(obj: Value, start: usize, step: i64, len: usize, readonly: bool) -> Value {
    obj.incref();
    add_export(obj);
    alloc(MemoryViewObject {
        header: ObjHeader::new(&MEMORYVIEW_TYPE),
        obj,
        start,
        step,
        len,
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
        return Ok(make_view(m.obj, s, m.step * step, n, m.readonly));
    }
    let i = match index_value(vm, key)? {
        Some((i, _)) => i,
        None => return Err(type_error("memoryview: invalid slice key")),
    };
    let j = seq_index(i, m.len, "index out of bounds on dimension 1")?;
    let d = base_data(m.obj);
    let off = (m.start as i64 + j as i64 * m.step) as usize;
    d.get(off).map(|&b| Value::small_int(b as i64)).ok_or_else(|| index_error("index out of bounds on dimension 1"))
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
    let d = super::bytearray::data(m.obj);
    if is_slice(key) {
        let (start, _stop, step, n) = slice_indices(vm, key, m.len)?;
        let src = match super::bytes::buffer_bytes(value) {
            Some(b) => b.to_vec(),
            None => return Err(type_error(format!("a bytes-like object is required, not '{}'", ops::type_name(value)))),
        };
        if src.len() != n {
            return Err(value_error("memoryview assignment: lvalue and rvalue have different structures"));
        }
        let d = super::bytearray::data(m.obj);
        for (k, b) in src.into_iter().enumerate() {
            let off = (m.start as i64 + (start + k as i64 * step) * m.step) as usize;
            if let Some(x) = d.get_mut(off) {
                *x = b;
            }
        }
        return Ok(());
    }
    let i = match index_value(vm, key)? {
        Some((i, _)) => i,
        None => return Err(type_error("memoryview: invalid slice key")),
    };
    let j = seq_index(i, m.len, "index out of bounds on dimension 1")?;
    let b = match index_value(vm, value)? {
        Some((x, _)) if (0..256).contains(&x) => x as u8,
        Some(_) => return Err(value_error("memoryview: invalid value for format 'B'")),
        None => return Err(type_error("memoryview: invalid type for format 'B'")),
    };
    let off = (m.start as i64 + j as i64 * m.step) as usize;
    if let Some(x) = d.get_mut(off) {
        *x = b;
    }
    Ok(())
}

fn mv_richcmp(_vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(not_implemented());
    }
    let get = |x: Value| -> Option<Vec<u8>> {
        if is_memoryview(x) {
            let m = mv(x);
            if m.released.get() {
                return None;
            }
            Some(view_bytes(m))
        } else {
            super::bytes::buffer_bytes(x).map(|d| d.to_vec())
        }
    };
    if a == b {
        return Ok(bool_value(op == CmpOp::Eq));
    }
    match (get(a), get(b)) {
        (Some(x), Some(y)) => Ok(bool_value((x == y) == (op == CmpOp::Eq))),
        _ => Ok(bool_value(op == CmpOp::Ne)),
    }
}

fn mv_hash(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    let m = mv(v);
    check_live(m)?;
    if !m.readonly {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    Ok(super::str::hash_bytes(&view_bytes(m)))
}

fn mv_iter(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    let b = super::bytes::new_bytes(&view_bytes(m));
    let it = super::bytearray::new_bytes_iter(b, &MEMORYVIEW_ITER_TYPE);
    b.decref();
    Ok(it)
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
    let items: Vec<Value> = view_bytes(m).into_iter().map(|b| Value::small_int(b as i64)).collect();
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
    Ok(make_view(m.obj, m.start, m.step, m.len, true))
}

fn m_cast(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult {
    Err(exc_msg(&NOT_IMPLEMENTED_ERROR, "memoryview.cast is not supported by pyjit yet"))
}

fn g_obj(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    Ok(m.obj.new_ref())
}
fn g_nbytes(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    Ok(Value::small_int(m.len as i64))
}
fn g_readonly(_vm: &mut Vm, v: Value) -> PyResult {
    let m = mv(v);
    check_live(m)?;
    Ok(bool_value(m.readonly))
}
fn g_itemsize(_vm: &mut Vm, v: Value) -> PyResult {
    check_live(mv(v))?;
    Ok(Value::small_int(1))
}
fn g_format(_vm: &mut Vm, v: Value) -> PyResult {
    check_live(mv(v))?;
    Ok(super::str::char_str('B' as u32))
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
    Ok(bool_value(m.step == 1 || m.len <= 1))
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
