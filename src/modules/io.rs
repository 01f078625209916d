//! The `_io` module: file objects as native types with CPython's names, reprs and messages.
//!
//! - `fileio.rs`: `FileIO`, the raw file descriptor (read/write/seek on the fd).
//! - `buffered.rs`: `BufferedReader` / `BufferedWriter` / `BufferedRandom` (one layout).
//! - `textio.rs`: `TextIOWrapper` (encoding, newline translation, line buffering).
//! - `stringio.rs`, `bytesio.rs`: in-memory streams.
//! - `codec.rs`: the text encodings these streams support (utf-8, latin-1, ascii, the
//!   single-byte charmaps) with the strict/replace/ignore/backslashreplace/surrogateescape
//!   error handlers.
//! - `bytes_bridge.rs`: making and reading `bytes` objects.
//!
//! What the rest of the runtime calls: [`open`] (the builtin), [`make_std_streams`] at
//! startup (the sys module stores them as `sys.stdin/stdout/stderr`), [`flush_std_streams`]
//! on the exit path, [`std_stream`] (`sys.stdout` looked up at call time, with a fallback to
//! the fd streams before `sys` exists), [`install`] (puts `_io` and `io` in `sys.modules`).

pub mod buffered;
pub mod bytes_bridge;
pub mod bytesio;
pub mod codec;
pub mod fileio;
pub mod stringio;
pub mod textio;

use crate::builtins::args::{bad_argument, Signature};
use crate::objects::exceptions::{type_error, value_error, EXC_SLOTS};
use crate::objects::str::{as_str, intern, is_str, new_str};
use crate::objects::typeobj::{TypeFlags, TypeObject};
use crate::objects::{self as obj, dict, Owned, Value};
use crate::vm::{ops, PyErr, PyResult, Vm};
use std::cell::RefCell;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// `io.UnsupportedOperation`: a subclass of both OSError and ValueError (its `__base__` is
/// OSError; `ensure_type_ready` gives it CPython's two bases and MRO).
pub static UNSUPPORTED_OPERATION: TypeObject = TypeObject::new_static(
    "io.UnsupportedOperation",
    Some(&crate::objects::exceptions::OS_ERROR),
    TypeFlags::BASETYPE | TypeFlags::BASE_EXC_SUBCLASS | TypeFlags::HAS_DICT,
    EXC_SLOTS,
    &[],
    &[],
);

macro_rules! abstract_io_type {
    ($name:ident, $tp:literal, $base:expr) => {
        #[doc = concat!("`", $tp, "`: a base class of the concrete stream types (no instances of its own).")]
        pub static $name: TypeObject = TypeObject::new_static(
            $tp,
            Some($base),
            0,
            crate::objects::typeobj::Slots { hash: Some(|_, v| Ok(ops::identity_hash(v))), ..crate::objects::typeobj::Slots::EMPTY },
            &[],
            &[],
        );
    };
}

abstract_io_type!(IOBASE_TYPE, "_io._IOBase", &crate::objects::OBJECT_TYPE);
abstract_io_type!(RAW_IOBASE_TYPE, "_io._RawIOBase", &IOBASE_TYPE);
abstract_io_type!(BUFFERED_IOBASE_TYPE, "_io._BufferedIOBase", &IOBASE_TYPE);
abstract_io_type!(TEXT_IOBASE_TYPE, "_io._TextIOBase", &IOBASE_TYPE);

/// `io.UnsupportedOperation(msg)`.
#[cold]
pub fn unsupported(msg: &str) -> PyErr {
    crate::objects::exceptions::exc_msg(&UNSUPPORTED_OPERATION, msg)
}

/// `ValueError: I/O operation on closed file.` (text layer, with the period).
#[cold]
pub fn closed_file() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// `ValueError: I/O operation on closed file` (raw layer, without the period).
#[cold]
pub fn closed_file_raw() -> PyErr {
    value_error("I/O operation on closed file")
}

/// The OSError subclass CPython picks for an errno (Linux numbers).
fn os_error_type(errno: i32) -> &'static TypeObject {
    use crate::objects::exceptions::*;
    match errno {
        1 | 13 => &PERMISSION_ERROR,
        2 => &FILE_NOT_FOUND_ERROR,
        3 => &PROCESS_LOOKUP_ERROR,
        4 => &INTERRUPTED_ERROR,
        10 => &CHILD_PROCESS_ERROR,
        11 | 114 | 115 => &BLOCKING_IO_ERROR,
        17 => &FILE_EXISTS_ERROR,
        20 => &NOT_A_DIRECTORY_ERROR,
        21 => &IS_A_DIRECTORY_ERROR,
        32 | 108 => &BROKEN_PIPE_ERROR,
        103 => &CONNECTION_ABORTED_ERROR,
        104 => &CONNECTION_RESET_ERROR,
        110 => &TIMEOUT_ERROR,
        111 => &CONNECTION_REFUSED_ERROR,
        _ => &OS_ERROR,
    }
}

/// `strerror(errno)` text: Rust's message without its " (os error N)" suffix.
pub fn strerror(errno: i32) -> String {
    let s = std::io::Error::from_raw_os_error(errno).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

/// An OSError (subclass chosen by errno) for a failed system call, made by calling the
/// exception type with `(errno, strerror[, filename])` so its own `__init__` logic applies.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Value) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return crate::objects::exceptions::os_error(e.to_string());
    };
    let ty = os_error_type(errno);
    let msg = Owned::new(new_str(&strerror(errno)));
    let mut args = vec![Value::small_int(errno as i64), msg.get()];
    if !filename.is_null() {
        args.push(filename);
    }
    match ops::call(vm, ty.as_value(), &args, &[]) {
        Ok(exc) if crate::objects::exceptions::is_exception(exc) => PyErr::from_instance(exc),
        Ok(other) => {
            other.decref();
            crate::objects::exceptions::exc_args(ty, &args)
        }
        Err(_) => crate::objects::exceptions::exc_args(ty, &args),
    }
}

/// A size argument (`read(size)`): NULL/None is -1, else an int (via `__index__`).
pub fn size_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_null() || v.is_none() {
        return Ok(-1);
    }
    if v.is_small_int() {
        return Ok(v.as_small_int());
    }
    if crate::objects::int::is_int(v) || v.ty().lookup(intern("__index__")).is_some() {
        let i = Owned::new(crate::builtins::numeric::index_value(vm, v)?);
        return crate::objects::int::int_as_i64(i.get())
            .ok_or_else(|| crate::objects::exceptions::overflow_error("Python int too large to convert to C ssize_t"));
    }
    Err(type_error(format!("argument should be integer or None, not '{}'", ops::type_name(v))))
}

/// The `self` and positional arguments of a method with `min..=max` positional arguments
/// and no keywords (`name` as CPython words it, e.g. `"read"`).
pub fn method_args<'a>(name: &str, args: &'a [Value], kwnames: &[Value], min: usize, max: usize) -> PyResult<(Value, &'a [Value])> {
    let (s, rest) = match args.split_first() {
        Some(x) => x,
        None => return Err(type_error(format!("{name}() needs an argument"))),
    };
    let rest = crate::builtins::args::positional(name, rest, kwnames, min, max)?;
    Ok((*s, rest))
}

/// Fill a static type's `__dict__`, `__mro__`, `__bases__`, name and version if startup has
/// not (types outside the per-area registries, such as this module's).
pub fn ensure_type_ready(t: &'static TypeObject) {
    if !t.dict.get().is_null() {
        return;
    }
    t.dict.set(dict::new_dict());
    t.name_obj.set(intern(t.name()));
    t.version.set(crate::objects::typeobj::next_type_version());
    let mut mro = vec![t.as_value()];
    let mut b = t.base();
    while let Some(x) = b {
        mro.push(x.as_value());
        b = x.base();
    }
    let mut bases: Vec<Value> = t.base().map(|x| vec![x.as_value()]).unwrap_or_default();
    if std::ptr::eq(t, &UNSUPPORTED_OPERATION) {
        // class UnsupportedOperation(OSError, ValueError): C3 gives
        // UnsupportedOperation, OSError, ValueError, Exception, BaseException, object.
        use crate::objects::exceptions::{BASE_EXCEPTION, EXCEPTION, OS_ERROR, VALUE_ERROR};
        bases = vec![OS_ERROR.as_value(), VALUE_ERROR.as_value()];
        mro = vec![
            t.as_value(),
            OS_ERROR.as_value(),
            VALUE_ERROR.as_value(),
            EXCEPTION.as_value(),
            BASE_EXCEPTION.as_value(),
            crate::objects::OBJECT_TYPE.as_value(),
        ];
    }
    t.bases.set(crate::objects::tuple::new_tuple(&bases));
    t.mro.set(crate::objects::tuple::new_tuple(&mro));
    obj::method::fill_type_dict(t);
}

/// Every type this module defines.
pub fn io_types() -> [&'static TypeObject; 13] {
    [
        &IOBASE_TYPE,
        &RAW_IOBASE_TYPE,
        &BUFFERED_IOBASE_TYPE,
        &TEXT_IOBASE_TYPE,
        &UNSUPPORTED_OPERATION,
        &fileio::FILEIO_TYPE,
        &buffered::BUFFERED_READER_TYPE,
        &buffered::BUFFERED_WRITER_TYPE,
        &buffered::BUFFERED_RANDOM_TYPE,
        &textio::TEXTIO_TYPE,
        &stringio::STRINGIO_TYPE,
        &bytesio::BYTESIO_TYPE,
        &crate::builtins::iteration::CALLABLE_ITERATOR_TYPE,
    ]
}

/// Make sure this module's types are initialised (idempotent).
pub fn init_types() {
    for t in io_types() {
        ensure_type_ready(t);
    }
}

/// The `_io` module object (also usable as `io`: pyjit has no separate `io.py` layer).
pub fn make_module(name: &str) -> Value {
    init_types();
    let m = obj::module::new_module(name);
    let d = obj::module::module_dict(m);
    let set = |k: &str, v: Value| dict::set_str(d, intern(k), v);
    set("DEFAULT_BUFFER_SIZE", Value::small_int(DEFAULT_BUFFER_SIZE as i64));
    set("SEEK_SET", Value::small_int(0));
    set("SEEK_CUR", Value::small_int(1));
    set("SEEK_END", Value::small_int(2));
    set("UnsupportedOperation", UNSUPPORTED_OPERATION.as_value());
    set("BlockingIOError", crate::objects::exceptions::BLOCKING_IO_ERROR.as_value());
    for t in io_types() {
        if t.static_name.starts_with("_io.") {
            set(t.name(), t.as_value());
        }
    }
    if name == "io" {
        set("IOBase", IOBASE_TYPE.as_value());
        set("RawIOBase", RAW_IOBASE_TYPE.as_value());
        set("BufferedIOBase", BUFFERED_IOBASE_TYPE.as_value());
        set("TextIOBase", TEXT_IOBASE_TYPE.as_value());
    }
    static OPEN_DEF: crate::objects::typeobj::MethodDef = crate::objects::typeobj::MethodDef::static_("open", builtin_open);
    let f = obj::method::new_builtin_function(&OPEN_DEF, intern("io"));
    set("open", f);
    f.decref();
    m
}

/// `import _io` (a native-module constructor for `vm::import`).
pub fn init_underscore_io(_vm: &mut Vm) -> PyResult {
    Ok(make_module("_io"))
}

/// `import io`: the same names as `_io` (pyjit runs without the stdlib's `io.py` layer).
pub fn init_io(_vm: &mut Vm) -> PyResult {
    Ok(make_module("io"))
}

/// Put `_io` and `io` into `sys.modules` (`vm.modules`) unless already there.
pub fn install(vm: &mut Vm) {
    for name in ["_io", "io"] {
        let k = intern(name);
        if dict::get_str(vm.modules, k).is_none() {
            let m = make_module(name);
            dict::set_str(vm.modules, k, m);
            m.decref();
        }
    }
}

thread_local! {
    /// The streams over fds 0, 1, 2 made by `make_std_streams` (owned references).
    static STD_STREAMS: RefCell<Option<[Value; 3]>> = const { RefCell::new(None) };
}

/// `sys.stdin`, `sys.stdout`, `sys.stderr` for a new interpreter: text streams over fds 0, 1
/// and 2. stdout is line-buffered on a terminal and block-buffered otherwise (flushed at exit
/// by `flush_std_streams`); stderr writes through. Returns new references; the same objects
/// are kept for `std_stream`'s fallback and for flushing at exit.
pub fn make_std_streams(vm: &mut Vm) -> (Value, Value, Value) {
    let _ = vm;
    let existing = STD_STREAMS.with(|s| *s.borrow());
    if let Some([a, b, c]) = existing {
        return (a.new_ref(), b.new_ref(), c.new_ref());
    }
    init_types();
    let stdin = textio::std_stream(0, "<stdin>", "r");
    let stdout = textio::std_stream(1, "<stdout>", "w");
    let stderr = textio::std_stream(2, "<stderr>", "w");
    STD_STREAMS.with(|s| *s.borrow_mut() = Some([stdin, stdout, stderr]));
    (stdin.new_ref(), stdout.new_ref(), stderr.new_ref())
}

/// `sys.<name>` (a new reference), or the fd stream made at startup when `sys` does not exist
/// yet or lacks the attribute. `Ok(None)` only if there is no stream at all.
pub fn std_stream(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    if !vm.sys.is_null() {
        if let Some(v) = ops::getattr_opt(vm, vm.sys, intern(name))? {
            return Ok(Some(v));
        }
    }
    let idx = match name {
        "stdin" => 0,
        "stdout" => 1,
        _ => 2,
    };
    let (a, b, c) = make_std_streams(vm);
    let all = [a, b, c];
    for (i, v) in all.iter().enumerate() {
        if i != idx {
            v.decref();
        }
    }
    Ok(Some(all[idx]))
}

/// Flush `sys.stdout` and `sys.stderr` (and the original fd streams) on the exit path.
/// Returns false if a flush failed (CPython then exits with status 120); the error is
/// discarded.
pub fn flush_std_streams(vm: &mut Vm) -> bool {
    let mut ok = true;
    for name in ["stdout", "stderr"] {
        if !vm.sys.is_null() {
            if let Ok(Some(f)) = ops::getattr_opt(vm, vm.sys, intern(name)) {
                let f = Owned::new(f);
                if !f.get().is_none() {
                    match ops::call_method(vm, f.get(), "flush", &[]) {
                        Ok(r) => r.decref(),
                        Err(_) => ok = false,
                    }
                }
            }
        }
    }
    let existing = STD_STREAMS.with(|s| *s.borrow());
    if let Some([_, out, err]) = existing {
        for f in [out, err] {
            if let Some(t) = textio::as_text(f) {
                if t.flush_native(vm).is_err() {
                    ok = false;
                }
            }
        }
    }
    buffered::flush_all_writers();
    ok
}

/// Flush the fd-1 stream made at startup (before reading fd 0).
pub fn flush_std_stdout(vm: &mut Vm) {
    let existing = STD_STREAMS.with(|s| *s.borrow());
    if let Some([_, out, _]) = existing {
        if let Some(t) = textio::as_text(out) {
            let _ = t.flush_native(vm);
        }
    }
}

/// Parsed `open()` mode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mode {
    pub reading: bool,
    pub writing: bool,
    pub appending: bool,
    pub creating: bool,
    pub updating: bool,
    pub text: bool,
    pub binary: bool,
}

/// Parse an `open()` mode string with CPython's checks and messages.
pub fn parse_mode(mode: &str) -> PyResult<Mode> {
    let mut m = Mode::default();
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxbt+".contains(c) || seen.contains(c) {
            return Err(value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            'x' => m.creating = true,
            '+' => m.updating = true,
            't' => m.text = true,
            'b' => m.binary = true,
            _ => {}
        }
    }
    if m.text && m.binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    let n = [m.reading, m.writing, m.appending, m.creating].iter().filter(|&&x| x).count();
    if n > 1 {
        return Err(value_error("must have exactly one of create/read/write/append mode"));
    }
    if n == 0 {
        // CPython's open() lets this through and FileIO words it.
        return Err(value_error("Must have exactly one of create/read/write/append mode and at most one plus"));
    }
    Ok(m)
}

static OPEN_SIG: Signature = Signature::new(
    "open",
    &["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"],
)
.required(1);

fn opt_str_arg(v: Value, what: &str) -> PyResult<Option<String>> {
    if v.is_null() || v.is_none() {
        return Ok(None);
    }
    match as_str(v) {
        Some(s) => Ok(Some(s.to_string())),
        None if is_str(v) => Ok(Some(crate::objects::str::str_obj(v).to_string_lossy().into_owned())),
        None => Err(bad_argument("open", &format!("argument '{what}'"), "str or None", v)),
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub fn builtin_open(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] = OPEN_SIG.parse(args, kwnames)?;
    let mode_s = if mode.is_null() {
        "r".to_string()
    } else {
        match as_str(mode) {
            Some(s) => s.to_string(),
            None => return Err(bad_argument("open", "argument 'mode'", "str", mode)),
        }
    };
    let buffering = if buffering.is_null() {
        -1
    } else if crate::objects::int::is_int(buffering) {
        crate::objects::int::int_as_i64(buffering).unwrap_or(i64::MAX)
    } else {
        return Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(buffering))));
    };
    let encoding = opt_str_arg(encoding, "encoding")?;
    let errors = opt_str_arg(errors, "errors")?;
    let newline = opt_str_arg(newline, "newline")?;
    let closefd = if closefd.is_null() { true } else { ops::is_true(vm, closefd)? };
    if !opener.is_null() && !opener.is_none() {
        return Err(crate::objects::exceptions::not_implemented_error("open(): the opener argument is not supported by pyjit"));
    }
    let m = parse_mode(&mode_s)?;
    if m.binary && encoding.is_some() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.is_some() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if m.binary && buffering == 1 {
        // CPython warns (RuntimeWarning) and uses the default buffer size.
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(value_error(format!("illegal newline value: {nl}")));
        }
    }
    if !m.binary && buffering == 0 {
        return Err(value_error("can't have unbuffered text I/O"));
    }
    let raw = Owned::new(fileio::open_raw(vm, file, &m, closefd)?);
    let line_buffering = buffering == 1 || (buffering < 0 && fileio::isatty_of(raw.get()));
    if buffering == 0 {
        return Ok(raw.into_value());
    }
    let size = if buffering > 1 { buffering as usize } else { DEFAULT_BUFFER_SIZE };
    let kind = if m.updating {
        buffered::Kind::Random
    } else if m.reading {
        buffered::Kind::Reader
    } else {
        buffered::Kind::Writer
    };
    let buf = Owned::new(buffered::new_buffered(raw.get(), kind, size));
    if m.binary {
        return Ok(buf.into_value());
    }
    let t = textio::new_textio(
        vm,
        buf.get(),
        encoding.as_deref(),
        errors.as_deref(),
        newline.as_deref(),
        line_buffering,
        false,
    )?;
    let t = Owned::new(t);
    let mv = Owned::new(new_str(&mode_s));
    ops::setattr(vm, t.get(), intern("mode"), mv.get())?;
    Ok(t.into_value())
}

#[cfg(test)]
mod tests {
    use super::*;

    // Messages from python3: open('x', 'rw'), open('x', 'q'), open('x', 'br+t').
    #[test]
    fn modes() {
        crate::objects::init_static_types();
        assert!(parse_mode("r").is_ok_and(|m| m.reading && !m.binary));
        assert!(parse_mode("w+b").is_ok_and(|m| m.writing && m.updating && m.binary));
        assert!(parse_mode("rw").is_err());
        assert!(parse_mode("q").is_err());
        assert!(parse_mode("br+t").is_err());
        assert!(parse_mode("rr").is_err());
    }

    fn text_of(v: Value) -> String {
        crate::objects::str::str_obj(v).to_string_lossy().into_owned()
    }

    // Expected values from python3: writing 'héllo\r\nworld\nlast' and reading it back with
    // newline=None gives 'héllo\n', 'world\n', 'last'; f.tell() after the first line is 8.
    #[test]
    fn text_file_round_trip() {
        let mut vm = Vm::new();
        crate::builtins::init_builtins(&mut vm);
        let path = std::env::temp_dir().join(format!("pyjit_io_test_{}.txt", std::process::id()));
        let p = new_str(path.to_str().unwrap_or("pyjit_io_test.txt"));
        let w = new_str("w");
        let f = builtin_open(&mut vm, &[p, w], &[]).unwrap();
        let t = textio::as_text(f).unwrap();
        let s = new_str("héllo\r\nworld\nlast");
        assert_eq!(t.write_str(&mut vm, s).unwrap(), 17);
        t.close(&mut vm).unwrap();
        f.decref();
        let f = builtin_open(&mut vm, &[p], &[]).unwrap();
        let t = textio::as_text(f).unwrap();
        assert_eq!(t.read_line(&mut vm, -1).unwrap(), "héllo\n".as_bytes());
        assert_eq!(t.tell(&mut vm).unwrap(), 8);
        assert_eq!(t.read_line(&mut vm, -1).unwrap(), b"world\n");
        assert_eq!(t.read_text(&mut vm, -1).unwrap(), b"last");
        assert_eq!(t.read_line(&mut vm, -1).unwrap(), b"");
        t.seek(&mut vm, 0, 0).unwrap();
        assert_eq!(t.read_text(&mut vm, 3).unwrap(), "hél".as_bytes());
        t.close(&mut vm).unwrap();
        f.decref();
        // newline='' keeps '\r\n'.
        let nl = new_str("");
        let none = obj::none();
        let f = builtin_open(&mut vm, &[p, intern("r"), Value::small_int(-1), none, none, nl], &[]).unwrap();
        let t = textio::as_text(f).unwrap();
        assert_eq!(t.read_line(&mut vm, -1).unwrap(), "héllo\r\n".as_bytes());
        t.close(&mut vm).unwrap();
        f.decref();
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn missing_file_error() {
        let mut vm = Vm::new();
        crate::builtins::init_builtins(&mut vm);
        let p = new_str("/nonexistent-dir/x");
        let e = builtin_open(&mut vm, &[p], &[]).unwrap_err();
        assert!(e.matches(&crate::objects::exceptions::FILE_NOT_FOUND_ERROR));
        let e = builtin_open(&mut vm, &[p, new_str("rw")], &[]).unwrap_err();
        let a = crate::objects::exceptions::exc_obj(e.value()).args.get();
        assert_eq!(text_of(crate::objects::tuple::items(a)[0]), "must have exactly one of create/read/write/append mode");
    }

    #[test]
    fn stringio_lines() {
        let mut vm = Vm::new();
        crate::builtins::init_builtins(&mut vm);
        let s = stringio::new_stringio(new_str("a\nb\r\nc"), Some("")).unwrap();
        let rl = |vm: &mut Vm| {
            let m = ops::getattr(vm, s, intern("readline")).unwrap();
            let r = ops::call(vm, m, &[], &[]).unwrap();
            text_of(r)
        };
        assert_eq!(rl(&mut vm), "a\n");
        assert_eq!(rl(&mut vm), "b\r\n");
        assert_eq!(rl(&mut vm), "c");
        assert_eq!(rl(&mut vm), "");
    }

    #[test]
    fn strerror_text() {
        assert_eq!(strerror(2), "No such file or directory");
        assert_eq!(strerror(17), "File exists");
    }
}
