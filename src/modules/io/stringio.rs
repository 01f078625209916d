//! `_io.StringIO`: an in-memory text stream of code points, with the `newline` modes of
//! `TextIOWrapper` applied on write (translation) and on readline (line ends).

use super::{method_args, size_arg};
use crate::objects::exceptions::{os_error, type_error, value_error};
use crate::objects::object::{alloc, dealloc_box, ObjHeader};
use crate::objects::str::{is_str, new_str_wtf8, str_obj};
use crate::objects::typeobj::{GetSetDef, MethodDef, Slots, TypeObject};
use crate::objects::{self as obj, Owned, Value};
use crate::vm::{ops, PyResult, Vm};
use std::cell::{Cell, RefCell};

#[repr(C)]
pub struct StringIO {
    pub header: ObjHeader,
    pub dict: Cell<Value>,
    /// The text as code points (lone surrogates kept).
    pub buf: RefCell<Vec<u32>>,
    pub pos: Cell<usize>,
    pub closed: Cell<bool>,
    /// Write translation: `\r\n`/`\r` -> `\n` (newline=None).
    pub translate_in: bool,
    /// Write translation: `\n` -> this (newline='\r' or '\r\n').
    pub writenl: Option<&'static [u32]>,
    /// Readline: universal line ends (newline='' or None).
    pub universal: bool,
    /// Readline without universal: the line end.
    pub readnl: &'static [u32],
}

impl Drop for StringIO {
    fn drop(&mut self) {
        self.dict.get().decref();
    }
}

fn this<'a>(v: Value) -> PyResult<&'a StringIO> {
    if v.is_ptr() && v.ty().is_subtype(&STRINGIO_TYPE) {
        // SAFETY: checked the type.
        Ok(unsafe { v.as_ref::<StringIO>() })
    } else {
        Err(type_error("expected a StringIO"))
    }
}

fn open<'a>(v: Value) -> PyResult<&'a StringIO> {
    let s = this(v)?;
    if s.closed.get() {
        return Err(super::closed_file_raw());
    }
    Ok(s)
}

fn to_value(cps: &[u32]) -> Value {
    let mut b = Vec::with_capacity(cps.len());
    for &cp in cps {
        match char::from_u32(cp) {
            Some(c) => {
                let mut t = [0u8; 4];
                b.extend_from_slice(c.encode_utf8(&mut t).as_bytes());
            }
            None => b.extend_from_slice(&[0xE0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3F) as u8, 0x80 | (cp & 0x3F) as u8]),
        }
    }
    new_str_wtf8(&b)
}

impl StringIO {
    /// Write the code points of str `s` at the position; returns how many were given.
    fn write_value(&self, s: Value) -> usize {
        let o = str_obj(s);
        let mut cps: Vec<u32> = crate::wtf8::code_points_of(o.bytes()).collect();
        let n = cps.len();
        if self.translate_in && cps.contains(&13) {
            let mut out = Vec::with_capacity(cps.len());
            let mut i = 0;
            while i < cps.len() {
                if cps[i] == 13 {
                    out.push(10);
                    if cps.get(i + 1) == Some(&10) {
                        i += 1;
                    }
                } else {
                    out.push(cps[i]);
                }
                i += 1;
            }
            cps = out;
        }
        if let Some(nl) = self.writenl {
            if cps.contains(&10) {
                let mut out = Vec::with_capacity(cps.len() + 8);
                for &c in &cps {
                    if c == 10 {
                        out.extend_from_slice(nl);
                    } else {
                        out.push(c);
                    }
                }
                cps = out;
            }
        }
        let mut buf = self.buf.borrow_mut();
        let pos = self.pos.get();
        if pos > buf.len() {
            buf.resize(pos, 0);
        }
        let end = pos + cps.len();
        if end > buf.len() {
            buf.resize(end, 0);
        }
        buf[pos..end].copy_from_slice(&cps);
        self.pos.set(end);
        n
    }

    fn read_line(&self, limit: i64) -> Vec<u32> {
        let buf = self.buf.borrow();
        let pos = self.pos.get().min(buf.len());
        let avail = &buf[pos..];
        let avail = if limit >= 0 { &avail[..(limit as usize).min(avail.len())] } else { avail };
        let mut end = avail.len();
        if self.universal {
            if let Some(i) = avail.iter().position(|&c| c == 10 || c == 13) {
                end = if avail[i] == 13 && avail.get(i + 1) == Some(&10) { i + 2 } else { i + 1 };
            }
        } else if self.readnl.len() == 1 {
            if let Some(i) = avail.iter().position(|&c| c == self.readnl[0]) {
                end = i + 1;
            }
        } else if let Some(i) = avail.windows(2).position(|w| w == [13, 10]) {
            end = i + 2;
        }
        self.pos.set(pos + end);
        avail[..end].to_vec()
    }
}

fn s_getvalue(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("getvalue", args, kwnames, 0, 0)?;
    let s = open(s)?;
    Ok(to_value(&s.buf.borrow()))
}

fn s_write(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("write", args, kwnames, 1, 1)?;
    let s = open(s)?;
    if !is_str(a[0]) {
        return Err(type_error(format!("string argument expected, got '{}'", ops::type_name(a[0]))));
    }
    Ok(Value::small_int(s.write_value(a[0]) as i64))
}

fn s_writelines(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("writelines", args, kwnames, 1, 1)?;
    let st = open(s)?;
    let it = Owned::new(ops::iter(vm, a[0])?);
    while let Some(x) = ops::next(vm, it.get())? {
        let x = Owned::new(x);
        if !is_str(x.get()) {
            return Err(type_error(format!("string argument expected, got '{}'", ops::type_name(x.get()))));
        }
        st.write_value(x.get());
    }
    Ok(obj::none())
}

fn s_read(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("read", args, kwnames, 0, 1)?;
    let s = open(s)?;
    let n = size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    let buf = s.buf.borrow();
    let pos = s.pos.get().min(buf.len());
    let end = if n < 0 { buf.len() } else { (pos + n as usize).min(buf.len()) };
    s.pos.set(end.max(s.pos.get().min(end.max(pos))));
    s.pos.set(end);
    Ok(to_value(&buf[pos..end]))
}

fn s_readline(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("readline", args, kwnames, 0, 1)?;
    let s = open(s)?;
    let n = size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    Ok(to_value(&s.read_line(n)))
}

fn s_readlines(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
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
        out.push(to_value(&l));
        if hint > 0 && total > hint as usize {
            break;
        }
    }
    Ok(obj::list::list_from_vec(out))
}

fn s_seek(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("seek", args, kwnames, 1, 2)?;
    let s = open(s)?;
    let pos = size_arg(vm, a[0])?;
    let whence = match a.get(1) {
        Some(&w) => size_arg(vm, w)?,
        None => 0,
    };
    match whence {
        0 if pos < 0 => Err(value_error(format!("Negative seek position {pos}"))),
        0 => {
            s.pos.set(pos as usize);
            Ok(crate::objects::int::int_from_i64(pos))
        }
        // CPython's StringIO words both cases alike.
        1 | 2 if pos != 0 => Err(os_error("Can't do nonzero cur-relative seeks")),
        1 => Ok(crate::objects::int::int_from_i64(s.pos.get() as i64)),
        2 => {
            let n = s.buf.borrow().len();
            s.pos.set(n);
            Ok(crate::objects::int::int_from_i64(n as i64))
        }
        _ => Err(value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
}

fn s_tell(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("tell", args, kwnames, 0, 0)?;
    Ok(crate::objects::int::int_from_i64(open(s)?.pos.get() as i64))
}

fn s_truncate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("truncate", args, kwnames, 0, 1)?;
    let s = open(s)?;
    let size = match a.first() {
        Some(&v) if !v.is_none() => size_arg(vm, v)?,
        _ => s.pos.get() as i64,
    };
    if size < 0 {
        return Err(value_error(format!("Negative size value {size}")));
    }
    let mut b = s.buf.borrow_mut();
    if (size as usize) < b.len() {
        b.truncate(size as usize);
    }
    Ok(crate::objects::int::int_from_i64(size))
}

fn s_close(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("close", args, kwnames, 0, 0)?;
    let s = this(s)?;
    s.closed.set(true);
    s.buf.borrow_mut().clear();
    Ok(obj::none())
}

fn s_true(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    let s = args.first().copied().unwrap_or(Value::NULL);
    open(s)?;
    Ok(obj::bool_value(true))
}

fn s_false(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    let s = args.first().copied().unwrap_or(Value::NULL);
    open(s)?;
    Ok(obj::bool_value(false))
}

fn s_flush(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    let s = args.first().copied().unwrap_or(Value::NULL);
    if this(s)?.closed.get() {
        return Err(super::closed_file());
    }
    Ok(obj::none())
}

fn s_enter(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    let s = args.first().copied().unwrap_or(Value::NULL);
    if this(s)?.closed.get() {
        return Err(super::closed_file());
    }
    Ok(s.new_ref())
}

fn s_exit(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    if let Some(&s) = args.first() {
        this(s)?.closed.set(true);
    }
    Ok(obj::none())
}

fn s_iter(_vm: &mut Vm, s: Value) -> PyResult {
    open(s)?;
    Ok(s.new_ref())
}

fn s_next(_vm: &mut Vm, s: Value) -> PyResult<Option<Value>> {
    let l = open(s)?.read_line(-1);
    if l.is_empty() {
        return Ok(None);
    }
    Ok(Some(to_value(&l)))
}

fn s_closed(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(obj::bool_value(this(s)?.closed.get()))
}
fn s_line_buffering(_vm: &mut Vm, s: Value) -> PyResult {
    open(s)?;
    Ok(obj::bool_value(false))
}
fn s_newlines(_vm: &mut Vm, s: Value) -> PyResult {
    open(s)?;
    Ok(obj::none())
}

static STRINGIO_METHODS: [MethodDef; 17] = [
    MethodDef::method("getvalue", s_getvalue),
    MethodDef::method("write", s_write),
    MethodDef::method("writelines", s_writelines),
    MethodDef::method("read", s_read),
    MethodDef::method("readline", s_readline),
    MethodDef::method("readlines", s_readlines),
    MethodDef::method("seek", s_seek),
    MethodDef::method("tell", s_tell),
    MethodDef::method("truncate", s_truncate),
    MethodDef::method("close", s_close),
    MethodDef::method("readable", s_true),
    MethodDef::method("writable", s_true),
    MethodDef::method("seekable", s_true),
    MethodDef::method("isatty", s_false),
    MethodDef::method("flush", s_flush),
    MethodDef::method("__enter__", s_enter),
    MethodDef::method("__exit__", s_exit),
];

static STRINGIO_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "closed", get: s_closed, set: None },
    GetSetDef { name: "line_buffering", get: s_line_buffering, set: None },
    GetSetDef { name: "newlines", get: s_newlines, set: None },
];

/// A new StringIO holding `initial` (a str value or NULL), positioned at 0.
pub fn new_stringio(initial: Value, newline: Option<&str>) -> PyResult {
    let (translate_in, writenl, universal, readnl): (bool, Option<&'static [u32]>, bool, &'static [u32]) = match newline {
        None => (true, None, true, &[10]),
        Some("") => (false, None, true, &[10]),
        Some("\n") => (false, None, false, &[10]),
        Some("\r") => (false, Some(&[13]), false, &[13]),
        Some("\r\n") => (false, Some(&[13, 10]), false, &[13, 10]),
        Some(other) => return Err(value_error(format!("illegal newline value: {}", crate::pyrepr::repr_str(other)))),
    };
    let v = alloc(StringIO {
        header: ObjHeader::new(&STRINGIO_TYPE),
        dict: Cell::new(Value::NULL),
        buf: RefCell::new(Vec::new()),
        pos: Cell::new(0),
        closed: Cell::new(false),
        translate_in,
        writenl,
        universal,
        readnl,
    });
    if !initial.is_null() && !initial.is_none() {
        // SAFETY: v was just made as a StringIO.
        let s = unsafe { v.as_ref::<StringIO>() };
        s.write_value(initial);
        s.pos.set(0);
    }
    Ok(v)
}

fn s_new(_vm: &mut Vm, _ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    static SIG: crate::builtins::args::Signature =
        crate::builtins::args::Signature::new("StringIO", &["initial_value", "newline"]);
    let [init, nl] = SIG.parse(args, kwnames)?;
    if !init.is_null() && !init.is_none() && !is_str(init) {
        return Err(type_error(format!("initial_value must be str or None, not {}", ops::type_name(init))));
    }
    let nl = if nl.is_null() {
        Some("\n".to_string())
    } else if nl.is_none() {
        None
    } else if is_str(nl) {
        Some(str_obj(nl).to_string_lossy().into_owned())
    } else {
        return Err(type_error(format!("newline must be str or None, not {}", ops::type_name(nl))));
    };
    new_stringio(init, nl.as_deref())
}

pub static STRINGIO_TYPE: TypeObject = TypeObject::new_static(
    "_io.StringIO",
    Some(&super::TEXT_IOBASE_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<StringIO>,
        iter: Some(s_iter),
        next: Some(s_next),
        new: Some(s_new),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        ..Slots::EMPTY
    },
    &STRINGIO_METHODS,
    &STRINGIO_GETSETS,
)
.with_dictoffset(std::mem::offset_of!(StringIO, dict));
