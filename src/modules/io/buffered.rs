//! `_io.BufferedReader`, `_io.BufferedWriter`, `_io.BufferedRandom`: one layout over a raw
//! `FileIO`, with a read buffer and a write buffer. The text layer calls the Rust methods
//! (`write_bytes`, `read_chunk`, `flush_writes`, ...) directly, so printing never makes a
//! bytes object.

use super::fileio::{fd_read, fd_seek, fd_write_all, fileio, is_fileio, FileIO};
use super::{method_args, os_error, size_arg, unsupported};
use crate::objects::object::{alloc, dealloc_box, ObjHeader};
use crate::objects::str::new_str;
use crate::objects::typeobj::{GetSetDef, MethodDef, Slots, TypeObject};
use crate::objects::{self as obj, Owned, Value};
use crate::vm::{ops, PyErr, PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::io::SeekFrom;

/// Which of the three buffered types an object is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Reader,
    Writer,
    Random,
}

#[repr(C)]
pub struct Buffered {
    pub header: ObjHeader,
    /// The raw stream (a FileIO).
    pub raw: Value,
    /// Bytes read ahead from the raw stream; `rpos` is the next unread one.
    pub rbuf: RefCell<Vec<u8>>,
    pub rpos: Cell<usize>,
    /// Bytes written and not yet passed to the raw stream.
    pub wbuf: RefCell<Vec<u8>>,
    pub buffer_size: usize,
    pub kind: Kind,
}

thread_local! {
    /// Every live writable Buffered, so the exit path can flush files the program never
    /// closed (CPython flushes them when their objects are finalised at shutdown).
    static WRITERS: RefCell<Vec<*const Buffered>> = const { RefCell::new(Vec::new()) };
}

/// Flush every live writable buffered stream (exit path); errors are ignored.
pub fn flush_all_writers() {
    let all: Vec<*const Buffered> = WRITERS.with(|w| w.borrow().clone());
    for p in all {
        // SAFETY: entries are removed in Drop, so every pointer in the list is live.
        let b = unsafe { &*p };
        if is_fileio(b.raw) {
            let fd = fileio(b.raw).fd.get();
            let mut w = b.wbuf.borrow_mut();
            if fd >= 0 && !w.is_empty() {
                let _ = fd_write_all(fd, &w);
            }
            w.clear();
        }
    }
}

impl Drop for Buffered {
    fn drop(&mut self) {
        if self.kind != Kind::Reader {
            let me = self as *const Buffered;
            let _ = WRITERS.try_with(|w| {
                let mut w = w.borrow_mut();
                if let Some(i) = w.iter().position(|&p| p == me) {
                    w.swap_remove(i);
                }
            });
        }
        // Best effort: unflushed data reaches the file when the object dies (CPython flushes
        // in the finaliser too).
        if is_fileio(self.raw) {
            let f = fileio(self.raw);
            let fd = f.fd.get();
            let w = self.wbuf.get_mut();
            if fd >= 0 && !w.is_empty() {
                let _ = fd_write_all(fd, w);
            }
            w.clear();
        }
        self.raw.decref();
    }
}

/// The Buffered behind `v`, if it is one of the three types.
pub fn as_buffered<'a>(v: Value) -> Option<&'a Buffered> {
    if v.is_ptr() {
        let t = v.ty();
        if std::ptr::eq(t, &BUFFERED_READER_TYPE) || std::ptr::eq(t, &BUFFERED_WRITER_TYPE) || std::ptr::eq(t, &BUFFERED_RANDOM_TYPE) {
            // SAFETY: the three types share the Buffered layout.
            return Some(unsafe { v.as_ref::<Buffered>() });
        }
    }
    None
}

/// A new buffered object of `kind` over `raw` (a new reference to raw is taken).
pub fn new_buffered(raw: Value, kind: Kind, buffer_size: usize) -> Value {
    raw.incref();
    let ty: &'static TypeObject = match kind {
        Kind::Reader => &BUFFERED_READER_TYPE,
        Kind::Writer => &BUFFERED_WRITER_TYPE,
        Kind::Random => &BUFFERED_RANDOM_TYPE,
    };
    let v = alloc(Buffered {
        header: ObjHeader::new(ty),
        raw,
        rbuf: RefCell::new(Vec::new()),
        rpos: Cell::new(0),
        wbuf: RefCell::new(Vec::with_capacity(if kind == Kind::Reader { 0 } else { buffer_size })),
        buffer_size: buffer_size.max(1),
        kind,
    });
    if kind != Kind::Reader {
        WRITERS.with(|w| w.borrow_mut().push(v.as_ptr() as *const Buffered));
    }
    v
}

impl Buffered {
    fn raw_file(&self) -> &FileIO {
        fileio(self.raw)
    }
    /// Whether the raw stream is closed.
    pub fn is_closed(&self) -> bool {
        !is_fileio(self.raw) || self.raw_file().fd.get() < 0
    }
    /// The fd, or `ValueError(what)` when closed.
    fn fd_or(&self, what: &str) -> PyResult<i32> {
        if self.is_closed() {
            Err(crate::objects::exceptions::value_error(what))
        } else {
            Ok(self.raw_file().fd.get())
        }
    }
    pub fn readable(&self) -> bool {
        self.kind != Kind::Writer
    }
    pub fn writable(&self) -> bool {
        self.kind != Kind::Reader
    }
    fn unread(&self) -> usize {
        self.rbuf.borrow().len() - self.rpos.get()
    }

    /// Pass buffered writes to the raw stream.
    pub fn flush_writes(&self, vm: &mut Vm) -> PyResult<()> {
        if self.wbuf.borrow().is_empty() {
            return Ok(());
        }
        let fd = self.fd_or("flush of closed file")?;
        let r = fd_write_all(fd, &self.wbuf.borrow());
        self.wbuf.borrow_mut().clear();
        r.map_err(|e| os_error(vm, &e, Value::NULL))
    }

    /// Drop read-ahead data, moving the raw position back to the logical one.
    fn drop_read_ahead(&self, vm: &mut Vm) -> PyResult<()> {
        let n = self.unread();
        if n > 0 {
            let fd = self.fd_or("I/O operation on closed file")?;
            fd_seek(fd, SeekFrom::Current(-(n as i64))).map_err(|e| os_error(vm, &e, Value::NULL))?;
        }
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        Ok(())
    }

    /// Buffer `data` for writing (flushing when the buffer fills).
    pub fn write_bytes(&self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        if self.is_closed() {
            return Err(crate::objects::exceptions::value_error("write to closed file"));
        }
        if !self.writable() {
            return Err(unsupported("write"));
        }
        if !self.rbuf.borrow().is_empty() {
            self.drop_read_ahead(vm)?;
        }
        self.wbuf.borrow_mut().extend_from_slice(data);
        if self.wbuf.borrow().len() >= self.buffer_size {
            self.flush_writes(vm)?;
        }
        Ok(())
    }

    /// Append raw bytes straight into the write buffer (the print fast path; the caller
    /// checked the stream is open and writable and calls `after_push`).
    #[inline]
    pub fn push(&self, data: &[u8]) {
        self.wbuf.borrow_mut().extend_from_slice(data);
    }

    /// Flush if the buffer is full (after `push`).
    #[inline]
    pub fn after_push(&self, vm: &mut Vm) -> PyResult<()> {
        if self.wbuf.borrow().len() >= self.buffer_size {
            self.flush_writes(vm)?;
        }
        Ok(())
    }

    fn prepare_read(&self, vm: &mut Vm, what: &str) -> PyResult<i32> {
        let fd = self.fd_or(what)?;
        if !self.readable() {
            return Err(unsupported("read"));
        }
        self.flush_writes(vm)?;
        Ok(fd)
    }

    /// Refill the read buffer with one raw read; false at end of file.
    fn fill(&self, vm: &mut Vm, fd: i32) -> PyResult<bool> {
        let mut rb = self.rbuf.borrow_mut();
        let pos = self.rpos.get();
        if pos > 0 {
            rb.drain(..pos);
            self.rpos.set(0);
        }
        let old = rb.len();
        rb.resize(old + self.buffer_size, 0);
        let r = fd_read(fd, &mut rb[old..]);
        match r {
            Ok(n) => {
                rb.truncate(old + n);
                Ok(n > 0)
            }
            Err(e) => {
                rb.truncate(old);
                drop(rb);
                Err(os_error(vm, &e, Value::NULL))
            }
        }
    }

    /// Read up to `n` bytes (`n < 0`: to end of file).
    pub fn read_bytes(&self, vm: &mut Vm, n: i64) -> PyResult<Vec<u8>> {
        let fd = self.prepare_read(vm, "read of closed file")?;
        let mut out: Vec<u8> = {
            let rb = self.rbuf.borrow();
            let p = self.rpos.get();
            let take = if n < 0 { rb.len() - p } else { (rb.len() - p).min(n as usize) };
            self.rpos.set(p + take);
            rb[p..p + take].to_vec()
        };
        if n < 0 {
            self.rbuf.borrow_mut().clear();
            self.rpos.set(0);
            self.raw_file().read_all(vm, &mut out)?;
            return Ok(out);
        }
        while out.len() < n as usize {
            if !self.fill(vm, fd)? {
                break;
            }
            let rb = self.rbuf.borrow();
            let p = self.rpos.get();
            let take = (rb.len() - p).min(n as usize - out.len());
            out.extend_from_slice(&rb[p..p + take]);
            self.rpos.set(p + take);
        }
        Ok(out)
    }

    /// What one raw read gives (or the unread buffered bytes): for the text layer's chunks.
    /// Empty at end of file.
    pub fn read_chunk(&self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        let fd = self.prepare_read(vm, "read of closed file")?;
        if self.unread() == 0 && !self.fill(vm, fd)? {
            return Ok(Vec::new());
        }
        let mut rb = self.rbuf.borrow_mut();
        let p = self.rpos.get();
        let out = rb[p..].to_vec();
        rb.clear();
        self.rpos.set(0);
        Ok(out)
    }

    /// One line (through `\n`), at most `limit` bytes when `limit >= 0`.
    pub fn read_line(&self, vm: &mut Vm, limit: i64) -> PyResult<Vec<u8>> {
        let fd = self.prepare_read(vm, "readline of closed file")?;
        let mut scanned = 0;
        loop {
            {
                let rb = self.rbuf.borrow();
                let p = self.rpos.get();
                let avail = &rb[p..];
                let lim = if limit >= 0 { (limit as usize).min(avail.len()) } else { avail.len() };
                if let Some(i) = memchr::memchr(b'\n', &avail[scanned.min(lim)..lim]) {
                    let end = scanned.min(lim) + i + 1;
                    self.rpos.set(p + end);
                    return Ok(avail[..end].to_vec());
                }
                if limit >= 0 && avail.len() >= limit as usize {
                    self.rpos.set(p + lim);
                    return Ok(avail[..lim].to_vec());
                }
                scanned = avail.len();
            }
            if !self.fill(vm, fd)? {
                let rb = self.rbuf.borrow();
                let p = self.rpos.get();
                let out = rb[p..].to_vec();
                drop(rb);
                self.rbuf.borrow_mut().clear();
                self.rpos.set(0);
                return Ok(out);
            }
        }
    }

    /// The logical position.
    pub fn tell(&self, vm: &mut Vm) -> PyResult<i64> {
        let fd = self.fd_or("I/O operation on closed file")?;
        let raw = fd_seek(fd, SeekFrom::Current(0)).map_err(|e| os_error(vm, &e, Value::NULL))? as i64;
        Ok(raw - self.unread() as i64 + self.wbuf.borrow().len() as i64)
    }

    /// Seek; returns the new position.
    pub fn seek(&self, vm: &mut Vm, off: i64, whence: i64) -> PyResult<i64> {
        let fd = self.fd_or("seek of closed file")?;
        if !(0..=2).contains(&whence) {
            return Err(crate::objects::exceptions::value_error(format!("whence value {whence} unsupported")));
        }
        self.flush_writes(vm)?;
        let off = if whence == 1 { off - self.unread() as i64 } else { off };
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        let p = super::fileio::seek_fd(vm, fd, off, whence)?;
        Ok(p as i64)
    }

    /// Flush and close the raw stream.
    pub fn close(&self, vm: &mut Vm) -> PyResult<()> {
        if self.is_closed() {
            return Ok(());
        }
        let r = self.flush_writes(vm);
        self.raw_file().close();
        r
    }
}

fn this<'a>(v: Value) -> PyResult<&'a Buffered> {
    as_buffered(v).ok_or_else(|| crate::objects::exceptions::type_error("expected a buffered stream"))
}

fn closed_check(b: &Buffered) -> PyResult<()> {
    if b.is_closed() {
        Err(super::closed_file_raw())
    } else {
        Ok(())
    }
}

fn bytes_result(vm: &mut Vm, data: &[u8]) -> PyResult {
    super::bytes_bridge::new_bytes(vm, data)
}

fn b_read(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("read", args, kwnames, 0, 1)?;
    let b = this(s)?;
    let n = size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    if n < -1 {
        return Err(crate::objects::exceptions::value_error("read length must be non-negative or -1"));
    }
    let d = b.read_bytes(vm, n)?;
    bytes_result(vm, &d)
}

fn b_read1(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("read1", args, kwnames, 0, 1)?;
    let b = this(s)?;
    let n = size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    let mut d = b.read_chunk(vm)?;
    if n >= 0 && d.len() > n as usize {
        let rest = d.split_off(n as usize);
        *b.rbuf.borrow_mut() = rest;
        b.rpos.set(0);
    }
    bytes_result(vm, &d)
}

fn b_readline(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("readline", args, kwnames, 0, 1)?;
    let b = this(s)?;
    let n = size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    let d = b.read_line(vm, n)?;
    bytes_result(vm, &d)
}

fn b_readlines(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("readlines", args, kwnames, 0, 1)?;
    let b = this(s)?;
    closed_check(b).map_err(|_| super::closed_file())?;
    let hint = size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let d = b.read_line(vm, -1)?;
        if d.is_empty() {
            break;
        }
        total += d.len();
        lines.push(bytes_result(vm, &d)?);
        if hint > 0 && total > hint as usize {
            break;
        }
    }
    Ok(obj::list::list_from_vec(lines))
}

fn b_peek(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("peek", args, kwnames, 0, 1)?;
    let b = this(s)?;
    let fd = b.prepare_read(vm, "peek of closed file")?;
    if b.unread() == 0 {
        b.fill(vm, fd)?;
    }
    let d = b.rbuf.borrow()[b.rpos.get()..].to_vec();
    bytes_result(vm, &d)
}

fn b_write(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("write", args, kwnames, 1, 1)?;
    let b = this(s)?;
    if b.is_closed() {
        return Err(crate::objects::exceptions::value_error("write to closed file"));
    }
    if !b.writable() {
        return Err(unsupported("write"));
    }
    let data = super::bytes_bridge::bytes_data(vm, a[0])?;
    b.write_bytes(vm, &data)?;
    Ok(crate::objects::int::int_from_i64(data.len() as i64))
}

fn b_flush(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("flush", args, kwnames, 0, 0)?;
    let b = this(s)?;
    if b.is_closed() {
        return Err(super::closed_file());
    }
    b.flush_writes(vm)?;
    Ok(obj::none())
}

fn b_seek(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("seek", args, kwnames, 1, 2)?;
    let b = this(s)?;
    let off = size_arg(vm, a[0])?;
    let whence = match a.get(1) {
        Some(&w) => size_arg(vm, w)?,
        None => 0,
    };
    let p = b.seek(vm, off, whence)?;
    Ok(crate::objects::int::int_from_i64(p))
}

fn b_tell(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("tell", args, kwnames, 0, 0)?;
    let p = this(s)?.tell(vm)?;
    Ok(crate::objects::int::int_from_i64(p))
}

fn b_truncate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("truncate", args, kwnames, 0, 1)?;
    let b = this(s)?;
    closed_check(b)?;
    if !b.writable() {
        return Err(unsupported("truncate"));
    }
    b.flush_writes(vm)?;
    // As CPython: with no size the raw stream truncates at its own position (read-ahead
    // included).
    let pos = match a.first() {
        Some(&v) => v,
        None => obj::none(),
    };
    ops::call_method(vm, b.raw, "truncate", &[pos])
}

fn b_close(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("close", args, kwnames, 0, 0)?;
    this(s)?.close(vm)?;
    Ok(obj::none())
}

fn raw_call(vm: &mut Vm, args: &[Value], kwnames: &[Value], name: &str) -> PyResult {
    let (s, _) = method_args(name, args, kwnames, 0, 0)?;
    let b = this(s)?;
    ops::call_method(vm, b.raw, name, &[])
}

fn b_fileno(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    raw_call(vm, args, kwnames, "fileno")
}
fn b_isatty(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    raw_call(vm, args, kwnames, "isatty")
}
fn b_seekable(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    raw_call(vm, args, kwnames, "seekable")
}
fn b_readable(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("readable", args, kwnames, 0, 0)?;
    let b = this(s)?;
    closed_check(b)?;
    Ok(obj::bool_value(b.readable()))
}
fn b_writable(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("writable", args, kwnames, 0, 0)?;
    let b = this(s)?;
    closed_check(b)?;
    Ok(obj::bool_value(b.writable()))
}

fn b_enter(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("__enter__", args, kwnames, 0, 0)?;
    if this(s)?.is_closed() {
        return Err(super::closed_file());
    }
    Ok(s.new_ref())
}

fn b_exit(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    if let Some(&s) = args.first() {
        this(s)?.close(vm)?;
    }
    Ok(obj::none())
}

fn b_iter(_vm: &mut Vm, s: Value) -> PyResult {
    if this(s)?.is_closed() {
        return Err(super::closed_file());
    }
    Ok(s.new_ref())
}

fn b_next(vm: &mut Vm, s: Value) -> PyResult<Option<Value>> {
    let d = this(s)?.read_line(vm, -1)?;
    if d.is_empty() {
        return Ok(None);
    }
    bytes_result(vm, &d).map(Some)
}

fn b_closed(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(obj::bool_value(this(s)?.is_closed()))
}
fn b_raw(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(this(s)?.raw.new_ref())
}
fn b_name(vm: &mut Vm, s: Value) -> PyResult {
    ops::getattr(vm, this(s)?.raw, crate::objects::str::intern("name"))
}
fn b_mode(vm: &mut Vm, s: Value) -> PyResult {
    ops::getattr(vm, this(s)?.raw, crate::objects::str::intern("mode"))
}

fn b_repr(vm: &mut Vm, s: Value) -> PyResult {
    let t = s.ty().static_name;
    let b = this(s)?;
    match ops::getattr_opt(vm, b.raw, crate::objects::str::intern("name")) {
        Ok(Some(n)) => {
            let n = Owned::new(n);
            let r = Owned::new(ops::repr(vm, n.get())?);
            let r = crate::objects::str::str_obj(r.get()).to_string_lossy().into_owned();
            Ok(new_str(&format!("<{t} name={r}>")))
        }
        _ => Ok(new_str(&format!("<{t}>"))),
    }
}

static BUFFERED_METHODS: [MethodDef; 20] = [
    MethodDef::method("read", b_read),
    MethodDef::method("read1", b_read1),
    MethodDef::method("readline", b_readline),
    MethodDef::method("readlines", b_readlines),
    MethodDef::method("peek", b_peek),
    MethodDef::method("write", b_write),
    MethodDef::method("flush", b_flush),
    MethodDef::method("seek", b_seek),
    MethodDef::method("tell", b_tell),
    MethodDef::method("truncate", b_truncate),
    MethodDef::method("close", b_close),
    MethodDef::method("fileno", b_fileno),
    MethodDef::method("isatty", b_isatty),
    MethodDef::method("seekable", b_seekable),
    MethodDef::method("readable", b_readable),
    MethodDef::method("writable", b_writable),
    MethodDef::method("__enter__", b_enter),
    MethodDef::method("__exit__", b_exit),
    MethodDef::method("writelines", b_writelines),
    MethodDef::method("detach", b_detach),
];

fn b_writelines(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("writelines", args, kwnames, 1, 1)?;
    let b = this(s)?;
    let items = ops::collect(vm, a[0])?;
    let mut res = Ok(());
    for &x in &items {
        if res.is_ok() {
            res = super::bytes_bridge::bytes_data(vm, x).and_then(|d| b.write_bytes(vm, &d));
        }
    }
    for x in items {
        x.decref();
    }
    res.map(|_| obj::none())
}

fn b_detach(_vm: &mut Vm, _args: &[Value], _kwnames: &[Value]) -> PyResult {
    Err(unsupported("detach"))
}

static BUFFERED_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "closed", get: b_closed, set: None },
    GetSetDef { name: "raw", get: b_raw, set: None },
    GetSetDef { name: "name", get: b_name, set: None },
    GetSetDef { name: "mode", get: b_mode, set: None },
];

fn new_of_kind(vm: &mut Vm, args: &[Value], kwnames: &[Value], kind: Kind, name: &'static str) -> PyResult {
    static SIG_R: crate::builtins::args::Signature =
        crate::builtins::args::Signature::new("BufferedReader", &["raw", "buffer_size"]).required(1);
    let sig = crate::builtins::args::Signature { name, ..SIG_R };
    let [raw, size] = sig.parse(args, kwnames)?;
    if !is_fileio(raw) {
        return Err(crate::objects::exceptions::type_error(format!("{name}() argument 'raw' must be a FileIO in pyjit")));
    }
    let n = if size.is_null() { super::DEFAULT_BUFFER_SIZE as i64 } else { size_arg(vm, size)? };
    if n <= 0 {
        return Err(crate::objects::exceptions::value_error("buffer size must be strictly positive"));
    }
    Ok(new_buffered(raw, kind, n as usize))
}

const fn slots(new: fn(&mut Vm, &TypeObject, &[Value], &[Value]) -> PyResult) -> Slots {
    Slots {
        dealloc: dealloc_box::<Buffered>,
        repr: Some(b_repr),
        iter: Some(b_iter),
        next: Some(b_next),
        new: Some(new),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        ..Slots::EMPTY
    }
}

pub static BUFFERED_READER_TYPE: TypeObject = TypeObject::new_static(
    "_io.BufferedReader",
    Some(&super::BUFFERED_IOBASE_TYPE),
    0,
    slots(|vm, _, a, k| new_of_kind(vm, a, k, Kind::Reader, "BufferedReader")),
    &BUFFERED_METHODS,
    &BUFFERED_GETSETS,
);
pub static BUFFERED_WRITER_TYPE: TypeObject = TypeObject::new_static(
    "_io.BufferedWriter",
    Some(&super::BUFFERED_IOBASE_TYPE),
    0,
    slots(|vm, _, a, k| new_of_kind(vm, a, k, Kind::Writer, "BufferedWriter")),
    &BUFFERED_METHODS,
    &BUFFERED_GETSETS,
);
pub static BUFFERED_RANDOM_TYPE: TypeObject = TypeObject::new_static(
    "_io.BufferedRandom",
    Some(&super::BUFFERED_IOBASE_TYPE),
    0,
    slots(|vm, _, a, k| new_of_kind(vm, a, k, Kind::Random, "BufferedRandom")),
    &BUFFERED_METHODS,
    &BUFFERED_GETSETS,
);

/// Error helper for callers outside this file.
pub fn closed_error() -> PyErr {
    super::closed_file()
}
