//! `_io.BytesIO`: an in-memory binary stream.

use super::bytes_bridge::{bytes_data, new_bytes};
use super::{method_args, size_arg};
use crate::objects::exceptions::{type_error, value_error};
use crate::objects::object::{alloc, dealloc_box, ObjHeader};
use crate::objects::typeobj::{GetSetDef, MethodDef, Slots, TypeObject};
use crate::objects::{self as obj, Owned, Value};
use crate::vm::{ops, PyResult, Vm};
use std::cell::{Cell, RefCell};

#[repr(C)]
pub struct BytesIO {
    pub header: ObjHeader,
    pub dict: Cell<Value>,
    pub buf: RefCell<Vec<u8>>,
    pub pos: Cell<usize>,
    pub closed: Cell<bool>,
}

impl Drop for BytesIO {
    fn drop(&mut self) {
        self.dict.get().decref();
    }
}

fn this<'a>(v: Value) -> PyResult<&'a BytesIO> {
    if v.is_ptr() && v.ty().is_subtype(&BYTESIO_TYPE) {
        // SAFETY: checked the type.
        Ok(unsafe { v.as_ref::<BytesIO>() })
    } else {
        Err(type_error("expected a BytesIO"))
    }
}

fn open<'a>(v: Value) -> PyResult<&'a BytesIO> {
    let s = this(v)?;
    if s.closed.get() {
        return Err(super::closed_file());
    }
    Ok(s)
}

impl BytesIO {
    fn write(&self, data: &[u8]) {
        let mut b = self.buf.borrow_mut();
        let pos = self.pos.get();
        if pos > b.len() {
            b.resize(pos, 0);
        }
        let end = pos + data.len();
        if end > b.len() {
            b.resize(end, 0);
        }
        b[pos..end].copy_from_slice(data);
        self.pos.set(end);
    }
    fn read_line(&self, limit: i64) -> Vec<u8> {
        let b = self.buf.borrow();
        let pos = self.pos.get().min(b.len());
        let avail = &b[pos..];
        let avail = if limit >= 0 { &avail[..(limit as usize).min(avail.len())] } else { avail };
        let end = memchr::memchr(b'\n', avail).map(|i| i + 1).unwrap_or(avail.len());
        self.pos.set(pos + end);
        avail[..end].to_vec()
    }
}

fn b_getvalue(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("getvalue", args, kwnames, 0, 0)?;
    let s = open(s)?;
    let d = s.buf.borrow().clone();
    new_bytes(vm, &d)
}

fn b_write(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("write", args, kwnames, 1, 1)?;
    let s = open(s)?;
    let d = bytes_data(vm, a[0])?;
    s.write(&d);
    Ok(crate::objects::int::int_from_i64(d.len() as i64))
}

fn b_writelines(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("writelines", args, kwnames, 1, 1)?;
    let st = open(s)?;
    let it = Owned::new(ops::iter(vm, a[0])?);
    while let Some(x) = ops::next(vm, it.get())? {
        let x = Owned::new(x);
        let d = bytes_data(vm, x.get())?;
        st.write(&d);
    }
    Ok(obj::none())
}

fn b_read(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("read", args, kwnames, 0, 1)?;
    let s = open(s)?;
    let n = size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    let d = {
        let b = s.buf.borrow();
        let pos = s.pos.get().min(b.len());
        let end = if n < 0 { b.len() } else { (pos + n as usize).min(b.len()) };
        s.pos.set(end);
        b[pos..end].to_vec()
    };
    new_bytes(vm, &d)
}

fn b_readline(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("readline", args, kwnames, 0, 1)?;
    let s = open(s)?;
    let n = size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    let l = s.read_line(n);
    new_bytes(vm, &l)
}

fn b_readlines(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("readlines", args, kwnames, 0, 1)?;
    let s = open(s)?;
    let hint = size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let l = s.read_line(-1);
        if l.is_empty() {
            break;
        }
        total += l.len();
        match new_bytes(vm, &l) {
            Ok(v) => out.push(v),
            Err(e) => {
                for v in out {
                    Value::decref(v);
                }
                return Err(e);
            }
        }
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(obj::list::list_from_vec(out))
}

fn b_seek(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("seek", args, kwnames, 1, 2)?;
    let s = open(s)?;
    let pos = size_arg(vm, a[0])?;
    let whence = match a.get(1) {
        Some(&w) => size_arg(vm, w)?,
        None => 0,
    };
    let new = match whence {
        0 if pos < 0 => return Err(value_error(format!("negative seek value {pos}"))),
        0 => pos,
        1 => (s.pos.get() as i64 + pos).max(0),
        2 => (s.buf.borrow().len() as i64 + pos).max(0),
        _ => return Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
    };
    s.pos.set(new as usize);
    Ok(crate::objects::int::int_from_i64(new))
}

fn b_tell(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("tell", args, kwnames, 0, 0)?;
    Ok(crate::objects::int::int_from_i64(open(s)?.pos.get() as i64))
}

fn b_truncate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("truncate", args, kwnames, 0, 1)?;
    let s = open(s)?;
    let size = match a.first() {
        Some(&v) if !v.is_none() => size_arg(vm, v)?,
        _ => s.pos.get() as i64,
    };
    if size < 0 {
        return Err(value_error(format!("negative size value {size}")));
    }
    let mut b = s.buf.borrow_mut();
    if (size as usize) < b.len() {
        b.truncate(size as usize);
    }
    Ok(crate::objects::int::int_from_i64(size))
}

fn b_close(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("close", args, kwnames, 0, 0)?;
    let s = this(s)?;
    s.closed.set(true);
    s.buf.borrow_mut().clear();
    Ok(obj::none())
}

fn b_true(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    open(args.first().copied().unwrap_or(Value::NULL))?;
    Ok(obj::bool_value(true))
}

fn b_false(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    open(args.first().copied().unwrap_or(Value::NULL))?;
    Ok(obj::bool_value(false))
}

fn b_flush(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    open(args.first().copied().unwrap_or(Value::NULL))?;
    Ok(obj::none())
}

fn b_enter(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    let s = args.first().copied().unwrap_or(Value::NULL);
    open(s)?;
    Ok(s.new_ref())
}

fn b_exit(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    if let Some(&s) = args.first() {
        this(s)?.closed.set(true);
    }
    Ok(obj::none())
}

fn b_iter(_vm: &mut Vm, s: Value) -> PyResult {
    open(s)?;
    Ok(s.new_ref())
}

fn b_next(vm: &mut Vm, s: Value) -> PyResult<Option<Value>> {
    let l = open(s)?.read_line(-1);
    if l.is_empty() {
        return Ok(None);
    }
    new_bytes(vm, &l).map(Some)
}

fn b_closed(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(obj::bool_value(this(s)?.closed.get()))
}

static BYTESIO_METHODS: [MethodDef; 18] = [
    MethodDef::method("getvalue", b_getvalue),
    MethodDef::method("write", b_write),
    MethodDef::method("writelines", b_writelines),
    MethodDef::method("read", b_read),
    MethodDef::method("read1", b_read),
    MethodDef::method("readline", b_readline),
    MethodDef::method("readlines", b_readlines),
    MethodDef::method("seek", b_seek),
    MethodDef::method("tell", b_tell),
    MethodDef::method("truncate", b_truncate),
    MethodDef::method("close", b_close),
    MethodDef::method("readable", b_true),
    MethodDef::method("writable", b_true),
    MethodDef::method("seekable", b_true),
    MethodDef::method("isatty", b_false),
    MethodDef::method("flush", b_flush),
    MethodDef::method("__enter__", b_enter),
    MethodDef::method("__exit__", b_exit),
];

static BYTESIO_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "closed", get: b_closed, set: None }];

fn b_new(vm: &mut Vm, _ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    static SIG: crate::builtins::args::Signature = crate::builtins::args::Signature::new("BytesIO", &["initial_bytes"]);
    let [init] = SIG.parse(args, kwnames)?;
    let data = if init.is_null() || init.is_none() { Vec::new() } else { bytes_data(vm, init)? };
    Ok(alloc(BytesIO {
        header: ObjHeader::new(&BYTESIO_TYPE),
        dict: Cell::new(Value::NULL),
        buf: RefCell::new(data),
        pos: Cell::new(0),
        closed: Cell::new(false),
    }))
}

pub static BYTESIO_TYPE: TypeObject = TypeObject::new_static(
    "_io.BytesIO",
    Some(&super::BUFFERED_IOBASE_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<BytesIO>,
        iter: Some(b_iter),
        next: Some(b_next),
        new: Some(b_new),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        ..Slots::EMPTY
    },
    &BYTESIO_METHODS,
    &BYTESIO_GETSETS,
)
.with_dictoffset(std::mem::offset_of!(BytesIO, dict));
