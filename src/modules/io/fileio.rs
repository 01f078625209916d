//! `_io.FileIO`: a raw file descriptor. The fd operations (`fd_read`, `fd_write_all`,
//! `fd_seek`) are shared with the buffered layer, which calls them directly.

use super::{closed_file_raw, method_args, os_error, unsupported, Mode};
use crate::objects::object::{alloc, dealloc_box, ObjHeader};
use crate::objects::str::{as_str, is_str, new_str};
use crate::objects::typeobj::{GetSetDef, MethodDef, Slots, TypeObject};
use crate::objects::{self as obj, Owned, Value};
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::os::fd::{FromRawFd, IntoRawFd};

#[repr(C)]
pub struct FileIO {
    pub header: ObjHeader,
    /// The descriptor; -1 once closed.
    pub fd: Cell<i32>,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub closefd: bool,
    /// `name` (str, int fd or bytes path).
    pub name: Cell<Value>,
}

impl Drop for FileIO {
    fn drop(&mut self) {
        let fd = self.fd.replace(-1);
        if fd >= 0 && self.closefd {
            // SAFETY: we own fd (closefd) and nobody uses it after this object dies.
            drop(unsafe { File::from_raw_fd(fd) });
        }
        self.name.get().decref();
    }
}

/// Run `f` on a borrowed `File` for `fd` (never closes it).
fn with_file<R>(fd: i32, f: impl FnOnce(&mut File) -> R) -> R {
    // SAFETY: fd is an open descriptor owned elsewhere; ManuallyDrop keeps it open.
    let mut file = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    f(&mut file)
}

/// `read(2)`, retried on EINTR.
pub fn fd_read(fd: i32, buf: &mut [u8]) -> std::io::Result<usize> {
    with_file(fd, |f| loop {
        match f.read(buf) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    })
}

/// Write all of `data` to `fd`.
pub fn fd_write_all(fd: i32, data: &[u8]) -> std::io::Result<()> {
    with_file(fd, |f| f.write_all(data))
}

/// `lseek(2)`.
pub fn fd_seek(fd: i32, pos: SeekFrom) -> std::io::Result<u64> {
    with_file(fd, |f| f.seek(pos))
}

/// Whether `fd` is a terminal.
pub fn fd_isatty(fd: i32) -> bool {
    use std::io::IsTerminal;
    with_file(fd, |f| f.is_terminal())
}

/// The FileIO behind `v` (caller checked the type).
pub fn fileio<'a>(v: Value) -> &'a FileIO {
    // SAFETY: callers check v is a FileIO.
    unsafe { v.as_ref::<FileIO>() }
}

/// Whether `v` is a FileIO.
pub fn is_fileio(v: Value) -> bool {
    v.is_ptr() && v.ty().is_subtype(&FILEIO_TYPE)
}

impl FileIO {
    /// The fd, or the closed-file error.
    pub fn check_fd(&self) -> PyResult<i32> {
        let fd = self.fd.get();
        if fd < 0 {
            Err(closed_file_raw())
        } else {
            Ok(fd)
        }
    }
    /// `mode` as CPython reports it.
    pub fn mode_str(&self) -> &'static str {
        if self.created {
            if self.readable {
                "xb+"
            } else {
                "xb"
            }
        } else if self.appending {
            if self.readable {
                "ab+"
            } else {
                "ab"
            }
        } else if self.readable && self.writable {
            "rb+"
        } else if self.readable {
            "rb"
        } else {
            "wb"
        }
    }
    /// Close the descriptor (if owned).
    pub fn close(&self) {
        let fd = self.fd.replace(-1);
        if fd >= 0 && self.closefd {
            // SAFETY: we own fd and it is not used after this.
            drop(unsafe { File::from_raw_fd(fd) });
        }
    }
    /// Read everything to the end of the file.
    pub fn read_all(&self, vm: &mut Vm, out: &mut Vec<u8>) -> PyResult<()> {
        let fd = self.check_fd()?;
        // std's read_to_end sizes the buffer from the file's length and retries EINTR.
        match with_file(fd, |f| f.read_to_end(out)) {
            Ok(_) => Ok(()),
            Err(e) => Err(os_error(vm, &e, Value::NULL)),
        }
    }
}

/// Make a FileIO for an fd we do not own (the standard streams).
pub fn from_fd(fd: i32, readable: bool, writable: bool, closefd: bool, name: Value) -> Value {
    name.incref();
    alloc(FileIO {
        header: ObjHeader::new(&FILEIO_TYPE),
        fd: Cell::new(fd),
        readable,
        writable,
        appending: false,
        created: false,
        closefd,
        name: Cell::new(name),
    })
}

/// Open `file` (a path str or an int fd) for `open()` / `FileIO()`.
pub fn open_raw(vm: &mut Vm, file: Value, m: &Mode, closefd: bool) -> PyResult {
    let readable = m.reading || m.updating;
    let writable = m.writing || m.appending || m.creating || m.updating;
    if let Some(fd) = crate::objects::int::int_as_i64(file).filter(|_| crate::objects::int::is_int(file)) {
        if fd < 0 {
            return Err(crate::objects::exceptions::value_error("negative file descriptor"));
        }
        let fd = fd as i32;
        let v = from_fd(fd, readable, writable, closefd, file);
        // SAFETY: v was just made as a FileIO.
        let f = unsafe { &mut *(v.as_ptr() as *mut FileIO) };
        f.appending = m.appending;
        f.created = m.creating;
        return Ok(v);
    }
    if !closefd {
        return Err(crate::objects::exceptions::value_error("Cannot use closefd=False with file name"));
    }
    let path = if is_str(file) {
        match as_str(file) {
            Some(s) => s.to_string(),
            None => return Err(crate::objects::exceptions::value_error("surrogates not allowed")),
        }
    } else if crate::objects::bytes::is_bytes(file) {
        // A bytes path: pyjit's paths are UTF-8 (undecodable names are not supported).
        let b = crate::objects::bytes::bytes_data(file);
        match std::str::from_utf8(b) {
            Ok(s) => s.to_string(),
            Err(_) => return Err(crate::objects::exceptions::value_error("pyjit: non-UTF-8 bytes paths are not supported")),
        }
    } else if let Some(p) = crate::builtins::lookup_special(vm, file, "__fspath__")? {
        // os.PathLike: open the path it names (and report that as the name).
        let p = Owned::new(p);
        let r = Owned::new(ops::call(vm, p.get(), &[], &[])?);
        if !is_str(r.get()) && !crate::objects::bytes::is_bytes(r.get()) {
            return Err(crate::objects::exceptions::type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                file.ty().name(),
                ops::type_name(r.get())
            )));
        }
        return open_raw(vm, r.get(), m, closefd);
    } else {
        return Err(crate::objects::exceptions::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            ops::type_name(file)
        )));
    };
    if path.contains('\0') {
        return Err(crate::objects::exceptions::value_error("embedded null byte"));
    }
    let mut oo = std::fs::OpenOptions::new();
    oo.read(readable).write(writable && !m.appending);
    if m.appending {
        oo.append(true).create(true);
    }
    if m.writing {
        oo.create(true).truncate(true);
    }
    if m.creating {
        oo.create_new(true);
    }
    match oo.open(&path) {
        Ok(f) => {
            if f.metadata().map(|md| md.is_dir()).unwrap_or(false) {
                drop(f);
                return Err(os_error(vm, &std::io::Error::from_raw_os_error(21), file));
            }
            let fd = f.into_raw_fd();
            let v = from_fd(fd, readable, writable, true, file);
            // SAFETY: v was just made as a FileIO.
            let fo = unsafe { &mut *(v.as_ptr() as *mut FileIO) };
            fo.appending = m.appending;
            fo.created = m.creating;
            if m.appending {
                let _ = fd_seek(fd, SeekFrom::End(0));
            }
            Ok(v)
        }
        Err(e) => Err(os_error(vm, &e, file)),
    }
}

/// Whether a raw stream is a terminal (false when not a FileIO or closed).
pub fn isatty_of(raw: Value) -> bool {
    is_fileio(raw) && fileio(raw).fd.get() >= 0 && fd_isatty(fileio(raw).fd.get())
}

fn this<'a>(v: Value) -> &'a FileIO {
    fileio(v)
}

fn fio_read(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("read", args, kwnames, 0, 1)?;
    let f = this(s);
    let fd = f.check_fd()?;
    if !f.readable {
        return Err(unsupported("File not open for reading"));
    }
    let n = super::size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    let mut out = Vec::new();
    if n < 0 {
        f.read_all(vm, &mut out)?;
    } else {
        // One read(2) as CPython does; the buffer is capped so an absurd size cannot abort.
        out.resize((n as usize).min(16 << 20), 0);
        let got = fd_read(fd, &mut out).map_err(|e| os_error(vm, &e, Value::NULL))?;
        out.truncate(got);
    }
    super::bytes_bridge::new_bytes(vm, &out)
}

fn fio_readall(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("readall", args, kwnames, 0, 0)?;
    let mut out = Vec::new();
    this(s).read_all(vm, &mut out)?;
    super::bytes_bridge::new_bytes(vm, &out)
}

fn fio_write(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("write", args, kwnames, 1, 1)?;
    let f = this(s);
    let fd = f.check_fd()?;
    if !f.writable {
        return Err(unsupported("File not open for writing"));
    }
    let data = super::bytes_bridge::bytes_data(vm, a[0])?;
    fd_write_all(fd, &data).map_err(|e| os_error(vm, &e, Value::NULL))?;
    Ok(crate::objects::int::int_from_i64(data.len() as i64))
}

/// `seek(offset, whence)` on an fd with CPython's checks.
pub fn seek_fd(vm: &mut Vm, fd: i32, off: i64, whence: i64) -> PyResult<u64> {
    let pos = match whence {
        0 => {
            if off < 0 {
                return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), Value::NULL));
            }
            SeekFrom::Start(off as u64)
        }
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => return Err(os_error(vm, &std::io::Error::from_raw_os_error(22), Value::NULL)),
    };
    fd_seek(fd, pos).map_err(|e| os_error(vm, &e, Value::NULL))
}

fn fio_seek(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("seek", args, kwnames, 1, 2)?;
    let fd = this(s).check_fd()?;
    let off = super::size_arg(vm, a[0])?;
    let whence = match a.get(1) {
        Some(&w) => super::size_arg(vm, w)?,
        None => 0,
    };
    let p = seek_fd(vm, fd, off, whence)?;
    Ok(crate::objects::int::int_from_i64(p as i64))
}

fn fio_tell(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("tell", args, kwnames, 0, 0)?;
    let fd = this(s).check_fd()?;
    let p = fd_seek(fd, SeekFrom::Current(0)).map_err(|e| os_error(vm, &e, Value::NULL))?;
    Ok(crate::objects::int::int_from_i64(p as i64))
}

fn fio_truncate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("truncate", args, kwnames, 0, 1)?;
    let f = this(s);
    let fd = f.check_fd()?;
    if !f.writable {
        return Err(unsupported("File not open for writing"));
    }
    let size = match a.first() {
        Some(&v) if !v.is_none() => super::size_arg(vm, v)? as u64,
        _ => fd_seek(fd, SeekFrom::Current(0)).map_err(|e| os_error(vm, &e, Value::NULL))?,
    };
    with_file(fd, |file| file.set_len(size)).map_err(|e| os_error(vm, &e, Value::NULL))?;
    Ok(crate::objects::int::int_from_i64(size as i64))
}

fn fio_close(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("close", args, kwnames, 0, 0)?;
    this(s).close();
    Ok(obj::none())
}

fn fio_fileno(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("fileno", args, kwnames, 0, 0)?;
    Ok(Value::small_int(this(s).check_fd()? as i64))
}

fn fio_isatty(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("isatty", args, kwnames, 0, 0)?;
    Ok(obj::bool_value(fd_isatty(this(s).check_fd()?)))
}

fn fio_readable(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("readable", args, kwnames, 0, 0)?;
    this(s).check_fd()?;
    Ok(obj::bool_value(this(s).readable))
}

fn fio_writable(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("writable", args, kwnames, 0, 0)?;
    this(s).check_fd()?;
    Ok(obj::bool_value(this(s).writable))
}

fn fio_seekable(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("seekable", args, kwnames, 0, 0)?;
    let fd = this(s).check_fd()?;
    Ok(obj::bool_value(fd_seek(fd, SeekFrom::Current(0)).is_ok()))
}

fn fio_flush(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("flush", args, kwnames, 0, 0)?;
    if this(s).fd.get() < 0 {
        return Err(super::closed_file());
    }
    Ok(obj::none())
}

fn fio_enter(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("__enter__", args, kwnames, 0, 0)?;
    if this(s).fd.get() < 0 {
        return Err(super::closed_file());
    }
    Ok(s.new_ref())
}

fn fio_exit(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    if let Some(&s) = args.first() {
        this(s).close();
    }
    Ok(obj::none())
}

fn fio_closed(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(obj::bool_value(this(s).fd.get() < 0))
}
fn fio_name(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(this(s).name.get().new_ref())
}
fn fio_mode(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(new_str(this(s).mode_str()))
}
fn fio_closefd(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(obj::bool_value(this(s).closefd))
}

fn fio_repr(vm: &mut Vm, s: Value) -> PyResult {
    let f = this(s);
    if f.fd.get() < 0 {
        return Ok(new_str("<_io.FileIO [closed]>"));
    }
    let name = Owned::new(ops::repr(vm, f.name.get())?);
    let n = crate::objects::str::str_obj(name.get()).to_string_lossy().into_owned();
    Ok(new_str(&format!(
        "<_io.FileIO name={n} mode='{}' closefd={}>",
        f.mode_str(),
        if f.closefd { "True" } else { "False" }
    )))
}

static FILEIO_METHODS: [MethodDef; 15] = [
    MethodDef::method("read", fio_read),
    MethodDef::method("readall", fio_readall),
    MethodDef::method("write", fio_write),
    MethodDef::method("seek", fio_seek),
    MethodDef::method("tell", fio_tell),
    MethodDef::method("truncate", fio_truncate),
    MethodDef::method("close", fio_close),
    MethodDef::method("fileno", fio_fileno),
    MethodDef::method("isatty", fio_isatty),
    MethodDef::method("readable", fio_readable),
    MethodDef::method("writable", fio_writable),
    MethodDef::method("seekable", fio_seekable),
    MethodDef::method("flush", fio_flush),
    MethodDef::method("__enter__", fio_enter),
    MethodDef::method("__exit__", fio_exit),
];

static FILEIO_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "closed", get: fio_closed, set: None },
    GetSetDef { name: "name", get: fio_name, set: None },
    GetSetDef { name: "mode", get: fio_mode, set: None },
    GetSetDef { name: "closefd", get: fio_closefd, set: None },
];

fn fio_new(vm: &mut Vm, _ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    static SIG: crate::builtins::args::Signature =
        crate::builtins::args::Signature::new("FileIO", &["file", "mode", "closefd", "opener"]).required(1);
    let [file, mode, closefd, _opener] = SIG.parse(args, kwnames)?;
    let mode = if mode.is_null() { "r".to_string() } else { as_str(mode).unwrap_or("r").to_string() };
    let mut m = super::parse_mode(&(mode.replace('b', "") + "b"))?;
    m.binary = true;
    let closefd = if closefd.is_null() { true } else { ops::is_true(vm, closefd)? };
    open_raw(vm, file, &m, closefd)
}

pub static FILEIO_TYPE: TypeObject = TypeObject::new_static(
    "_io.FileIO",
    Some(&super::RAW_IOBASE_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<FileIO>,
        repr: Some(fio_repr),
        new: Some(fio_new),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        ..Slots::EMPTY
    },
    &FILEIO_METHODS,
    &FILEIO_GETSETS,
);
