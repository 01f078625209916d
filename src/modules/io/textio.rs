//! `_io.TextIOWrapper`: text over a binary buffer. Decoded text is kept untranslated (so
//! `tell` can count its encoded length exactly) and newlines are translated when it is handed
//! out. Over a native `Buffered` every operation stays in Rust; any other buffer object is
//! driven through its Python methods.

use super::buffered::{as_buffered, new_buffered, Buffered, Kind};
use super::codec::{self, Encoding, Errors};
use super::{closed_file, method_args, size_arg, unsupported};
use crate::objects::exceptions::{type_error, value_error};
use crate::objects::object::{alloc, dealloc_box, ObjHeader};
use crate::objects::str::{intern, is_str, new_str, new_str_wtf8, str_obj};
use crate::objects::typeobj::{GetSetDef, MethodDef, Slots, TypeObject};
use crate::objects::{self as obj, Owned, Value};
use crate::vm::{ops, PyResult, Vm};
use std::cell::{Cell, RefCell};

#[repr(C)]
pub struct TextIO {
    pub header: ObjHeader,
    /// `__dict__` (`mode` is set here by `open`, as CPython does).
    pub dict: Cell<Value>,
    /// The binary buffer.
    pub buffer: Value,
    pub encoding: Encoding,
    pub encoding_name: Value,
    pub errors: Errors,
    pub errors_name: Value,
    /// Reading: `\r`, `\n` and `\r\n` all end lines.
    pub readuniversal: bool,
    /// Reading: line ends are handed out as `\n`.
    pub readtranslate: bool,
    /// Reading without universal newlines: the line end.
    pub readnl: &'static [u8],
    /// Writing: what `\n` becomes (None: unchanged).
    pub writenl: Option<&'static [u8]>,
    pub line_buffering: bool,
    pub write_through: bool,
    /// Decoded, untranslated text (WTF-8) and the index of the next unread byte.
    pub decoded: RefCell<Vec<u8>>,
    pub dpos: Cell<usize>,
    /// Bytes read and not decoded yet (an incomplete UTF-8 sequence).
    pub pending: RefCell<Vec<u8>>,
    pub eof: Cell<bool>,
}

impl Drop for TextIO {
    fn drop(&mut self) {
        if let Some(b) = as_buffered(self.buffer) {
            // Unflushed text reaches the file when the wrapper dies.
            let w = b.wbuf.borrow();
            if !w.is_empty() && !b.is_closed() {
                let _ = super::fileio::fd_write_all(super::fileio::fileio(b.raw).fd.get(), &w);
            }
            drop(w);
            b.wbuf.borrow_mut().clear();
        }
        self.buffer.decref();
        self.encoding_name.decref();
        self.errors_name.decref();
        self.dict.get().decref();
    }
}

/// The TextIO behind `v` if it is exactly a TextIOWrapper.
pub fn as_text<'a>(v: Value) -> Option<&'a TextIO> {
    if v.is_ptr() && v.is_exact(&TEXTIO_TYPE) {
        // SAFETY: checked the type.
        Some(unsafe { v.as_ref::<TextIO>() })
    } else {
        None
    }
}

/// The stream if `print` may write UTF-8 bytes straight into its native buffer: UTF-8, no
/// newline translation on write, open and writable, not holding read-ahead text.
#[inline]
pub fn as_fast_utf8<'a>(v: Value) -> Option<&'a TextIO> {
    let t = as_text(v)?;
    if !t.encoding.is_utf8() || t.writenl.is_some() {
        return None;
    }
    let b = as_buffered(t.buffer)?;
    if b.is_closed() || !b.writable() || t.dpos.get() < t.decoded.borrow().len() || !t.pending.borrow().is_empty() {
        return None;
    }
    if !b.rbuf.borrow().is_empty() {
        return None;
    }
    Some(t)
}

fn nl_of(s: &str) -> &'static [u8] {
    match s {
        "\r" => b"\r",
        "\r\n" => b"\r\n",
        _ => b"\n",
    }
}

/// A new TextIOWrapper over `buffer` (a new reference to buffer is taken). `newline`: None
/// for universal newlines with translation, else `""`, `"\n"`, `"\r"` or `"\r\n"`.
#[allow(clippy::too_many_arguments)]
pub fn new_textio(
    _vm: &mut Vm,
    buffer: Value,
    encoding: Option<&str>,
    errors: Option<&str>,
    newline: Option<&str>,
    line_buffering: bool,
    write_through: bool,
) -> PyResult {
    let (enc, enc_name) = match encoding {
        None | Some("locale") => (Encoding::Utf8, "UTF-8".to_string()),
        Some(n) => match Encoding::lookup(n) {
            Some(e) => (e, n.to_string()),
            None => return Err(crate::objects::exceptions::lookup_error(format!("unknown encoding: {n}"))),
        },
    };
    let errors_name = errors.unwrap_or("strict");
    let errs = Errors::lookup(errors_name).unwrap_or(Errors::Strict);
    let (readuniversal, readtranslate, readnl, writenl) = match newline {
        None => (true, true, &b"\n"[..], None),
        Some("") => (true, false, &b"\n"[..], None),
        Some("\n") => (false, false, &b"\n"[..], None),
        Some(s @ ("\r" | "\r\n")) => (false, false, nl_of(s), Some(nl_of(s))),
        Some(other) => return Err(value_error(format!("illegal newline value: {other}"))),
    };
    buffer.incref();
    Ok(alloc(TextIO {
        header: ObjHeader::new(&TEXTIO_TYPE),
        dict: Cell::new(Value::NULL),
        buffer,
        encoding: enc,
        encoding_name: new_str(&enc_name),
        errors: errs,
        errors_name: new_str(errors_name),
        readuniversal,
        readtranslate,
        readnl,
        writenl,
        line_buffering,
        write_through,
        decoded: RefCell::new(Vec::new()),
        dpos: Cell::new(0),
        pending: RefCell::new(Vec::new()),
        eof: Cell::new(false),
    }))
}

/// A standard stream over fd 0, 1 or 2 (see `make_std_streams`).
pub fn std_stream(fd: i32, name: &str, mode: &str) -> Value {
    let n = Owned::new(new_str(name));
    let raw = Owned::new(super::fileio::from_fd(fd, fd == 0, fd != 0, false, n.get()));
    let tty = super::fileio::fd_isatty(fd);
    let kind = if fd == 0 { Kind::Reader } else { Kind::Writer };
    let buf = Owned::new(new_buffered(raw.get(), kind, super::DEFAULT_BUFFER_SIZE));
    let errors = if fd == 2 { "backslashreplace" } else { "strict" };
    // PYTHONUNBUFFERED (CPython's -u): stdout and stderr write through on every write.
    let unbuffered = std::env::var_os("PYTHONUNBUFFERED").is_some_and(|v| !v.is_empty());
    let t = make_plain(buf.get(), errors, tty, fd == 2 || (fd == 1 && unbuffered));
    let d = crate::objects::dict::new_dict();
    let m = new_str(mode);
    crate::objects::dict::set_str(d, intern("mode"), m);
    m.decref();
    // SAFETY: t was just made as a TextIO.
    unsafe { t.as_ref::<TextIO>() }.dict.set(d);
    t
}

fn make_plain(buffer: Value, errors: &str, line_buffering: bool, write_through: bool) -> Value {
    buffer.incref();
    alloc(TextIO {
        header: ObjHeader::new(&TEXTIO_TYPE),
        dict: Cell::new(Value::NULL),
        buffer,
        encoding: Encoding::Utf8,
        encoding_name: new_str("utf-8"),
        errors: Errors::lookup(errors).unwrap_or(Errors::Strict),
        errors_name: new_str(errors),
        readuniversal: false,
        readtranslate: false,
        readnl: b"\n",
        writenl: None,
        line_buffering,
        write_through,
        decoded: RefCell::new(Vec::new()),
        dpos: Cell::new(0),
        pending: RefCell::new(Vec::new()),
        eof: Cell::new(false),
    })
}

/// Whether a UTF-8/WTF-8 byte starts a code point.
#[inline]
fn is_char_start(b: u8) -> bool {
    (b & 0xC0) != 0x80
}

impl TextIO {
    fn native(&self) -> Option<&Buffered> {
        as_buffered(self.buffer)
    }

    /// Whether the buffer is closed.
    pub fn is_closed(&self, vm: &mut Vm) -> PyResult<bool> {
        match self.native() {
            Some(b) => Ok(b.is_closed()),
            None => {
                let c = Owned::new(ops::getattr(vm, self.buffer, intern("closed"))?);
                ops::is_true(vm, c.get())
            }
        }
    }

    fn check_open(&self, vm: &mut Vm) -> PyResult<()> {
        if self.is_closed(vm)? {
            Err(closed_file())
        } else {
            Ok(())
        }
    }

    fn buffer_bool(&self, vm: &mut Vm, name: &str) -> PyResult<bool> {
        let r = Owned::new(ops::call_method(vm, self.buffer, name, &[])?);
        ops::is_true(vm, r.get())
    }

    fn check_readable(&self, vm: &mut Vm) -> PyResult<()> {
        self.check_open(vm)?;
        let ok = match self.native() {
            Some(b) => b.readable(),
            None => self.buffer_bool(vm, "readable")?,
        };
        if ok {
            Ok(())
        } else {
            Err(unsupported("not readable"))
        }
    }

    fn check_writable(&self, vm: &mut Vm) -> PyResult<()> {
        self.check_open(vm)?;
        let ok = match self.native() {
            Some(b) => b.writable(),
            None => self.buffer_bool(vm, "writable")?,
        };
        if ok {
            Ok(())
        } else {
            Err(unsupported("not writable"))
        }
    }

    /// Append UTF-8 bytes straight into the native buffer (the `print` fast path; the caller
    /// got `self` from `as_fast_utf8` and ends with `end_write`).
    #[inline]
    pub fn push_utf8(&self, _vm: &mut Vm, bytes: &[u8]) -> PyResult<()> {
        if let Some(b) = self.native() {
            b.push(bytes);
        }
        Ok(())
    }

    /// Finish a run of `push_utf8`: flush when line-buffered, writing through, or full.
    #[inline]
    pub fn end_write(&self, vm: &mut Vm) -> PyResult<()> {
        match self.native() {
            Some(b) if self.line_buffering || self.write_through => b.flush_writes(vm),
            Some(b) => b.after_push(vm),
            None => Ok(()),
        }
    }

    /// Flush the native buffer (exit path); no-op for other buffers.
    pub fn flush_native(&self, vm: &mut Vm) -> PyResult<()> {
        match self.native() {
            Some(b) if !b.is_closed() => b.flush_writes(vm),
            _ => Ok(()),
        }
    }

    /// Forget read-ahead text, moving the buffer back to the logical position.
    fn rewind_read_ahead(&self, vm: &mut Vm) -> PyResult<()> {
        let unread = self.decoded.borrow().len() > self.dpos.get() || !self.pending.borrow().is_empty();
        if unread {
            let pos = self.tell(vm)?;
            self.seek_buffer(vm, pos, 0)?;
        }
        self.clear_read_state();
        Ok(())
    }

    fn clear_read_state(&self) {
        self.decoded.borrow_mut().clear();
        self.dpos.set(0);
        self.pending.borrow_mut().clear();
        self.eof.set(false);
    }

    /// Write str value `s`; returns its length in code points.
    pub fn write_str(&self, vm: &mut Vm, s: Value) -> PyResult<usize> {
        self.check_writable(vm)?;
        let o = str_obj(s);
        self.write_text(vm, o.bytes(), Some(s))?;
        Ok(o.char_len)
    }

    /// Write WTF-8 text (no str object at hand).
    pub fn write_wtf8(&self, vm: &mut Vm, text: &[u8]) -> PyResult<()> {
        self.check_writable(vm)?;
        self.write_text(vm, text, None)
    }

    fn write_text(&self, vm: &mut Vm, text: &[u8], s: Option<Value>) -> PyResult<()> {
        if !self.decoded.borrow().is_empty() || !self.pending.borrow().is_empty() {
            self.rewind_read_ahead(vm)?;
        }
        let has_nl = memchr::memchr2(b'\n', b'\r', text).is_some();
        let translated;
        let text = match self.writenl {
            Some(nl) if memchr::memchr(b'\n', text).is_some() => {
                let mut v = Vec::with_capacity(text.len() + 8);
                for &c in text {
                    if c == b'\n' {
                        v.extend_from_slice(nl);
                    } else {
                        v.push(c);
                    }
                }
                translated = v;
                &translated[..]
            }
            _ => text,
        };
        let mut encoded = Vec::new();
        let bytes: &[u8] = if self.encoding.is_utf8() && std::str::from_utf8(text).is_ok() {
            text
        } else {
            if let Err(f) = codec::encode(self.encoding, self.errors, text, &mut encoded) {
                let sv = match s {
                    Some(v) => Owned::from_borrowed(v),
                    None => Owned::new(new_str_wtf8(text)),
                };
                return Err(codec::encode_error(vm, self.encoding, sv.get(), &f));
            }
            &encoded
        };
        match self.native() {
            Some(b) => b.write_bytes(vm, bytes)?,
            None => {
                let bv = Owned::new(super::bytes_bridge::new_bytes(vm, bytes)?);
                let r = ops::call_method(vm, self.buffer, "write", &[bv.get()])?;
                r.decref();
            }
        }
        if (self.line_buffering && has_nl) || self.write_through {
            self.flush_buffer(vm)?;
        }
        Ok(())
    }

    fn flush_buffer(&self, vm: &mut Vm) -> PyResult<()> {
        match self.native() {
            Some(b) => b.flush_writes(vm),
            None => {
                let r = ops::call_method(vm, self.buffer, "flush", &[])?;
                r.decref();
                Ok(())
            }
        }
    }

    /// Read and decode one more chunk; false at end of file.
    fn fill(&self, vm: &mut Vm) -> PyResult<bool> {
        if self.eof.get() {
            return Ok(false);
        }
        let chunk = match self.native() {
            Some(b) => {
                if super::fileio::fileio(b.raw).fd.get() == 0 {
                    // Reading the terminal or a pipe on fd 0: what was printed comes first.
                    super::flush_std_stdout(vm);
                }
                b.read_chunk(vm)?
            }
            None => {
                let n = Value::small_int(super::DEFAULT_BUFFER_SIZE as i64);
                let r = Owned::new(ops::call_method(vm, self.buffer, "read", &[n])?);
                if r.get().is_none() {
                    Vec::new()
                } else {
                    super::bytes_bridge::bytes_data(vm, r.get())?
                }
            }
        };
        let final_ = chunk.is_empty();
        if final_ {
            self.eof.set(true);
        }
        let mut input = std::mem::take(&mut *self.pending.borrow_mut());
        if input.is_empty() && final_ {
            return Ok(false);
        }
        input.extend_from_slice(&chunk);
        {
            let mut d = self.decoded.borrow_mut();
            let p = self.dpos.get();
            if p > 0 {
                d.drain(..p);
                self.dpos.set(0);
            }
        }
        let r = codec::decode(self.encoding, self.errors, &input, final_, &mut self.decoded.borrow_mut());
        match r {
            Ok(used) => {
                *self.pending.borrow_mut() = input[used..].to_vec();
                Ok(true)
            }
            Err(f) => Err(codec::decode_error(vm, self.encoding, &input, &f)),
        }
    }

    /// Translate line ends of text handed out (universal mode with translation).
    fn translate(&self, raw: &[u8]) -> Vec<u8> {
        if !self.readtranslate || memchr::memchr(b'\r', raw).is_none() {
            return raw.to_vec();
        }
        let mut out = Vec::with_capacity(raw.len());
        let mut i = 0;
        while i < raw.len() {
            let c = raw[i];
            if c == b'\r' {
                out.push(b'\n');
                if raw.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
            } else {
                out.push(c);
            }
            i += 1;
        }
        out
    }

    /// The end (exclusive) of the first line in `avail` searching from `from`, `Err(resume)`
    /// when more input is needed to decide.
    fn find_eol(&self, avail: &[u8], from: usize) -> Result<usize, usize> {
        let eof = self.eof.get();
        if self.readuniversal {
            if let Some(j) = memchr::memchr2(b'\r', b'\n', &avail[from..]) {
                let k = from + j;
                if avail[k] == b'\n' {
                    return Ok(k + 1);
                }
                if k + 1 < avail.len() {
                    return Ok(if avail[k + 1] == b'\n' { k + 2 } else { k + 1 });
                }
                if eof {
                    return Ok(k + 1);
                }
                return Err(k);
            }
            Err(avail.len())
        } else if self.readnl.len() == 1 {
            match memchr::memchr(self.readnl[0], &avail[from..]) {
                Some(j) => Ok(from + j + 1),
                None => Err(avail.len()),
            }
        } else {
            let mut i = from;
            while let Some(j) = memchr::memchr(b'\r', &avail[i..]) {
                let k = i + j;
                match avail.get(k + 1) {
                    Some(b'\n') => return Ok(k + 2),
                    Some(_) => i = k + 1,
                    None => return Err(k),
                }
            }
            Err(avail.len())
        }
    }

    /// One line (`limit` code points at most when >= 0), translated.
    pub fn read_line(&self, vm: &mut Vm, limit: i64) -> PyResult<Vec<u8>> {
        let end = self.line_end(vm, limit)?;
        Ok(self.take(end))
    }

    /// `read_line` as a str value (no intermediate copy when nothing is translated).
    pub fn read_line_value(&self, vm: &mut Vm, limit: i64) -> PyResult {
        let end = self.line_end(vm, limit)?;
        Ok(self.take_value(end))
    }

    /// How many bytes of decoded text the next line takes (reading more as needed).
    fn line_end(&self, vm: &mut Vm, limit: i64) -> PyResult<usize> {
        self.check_readable(vm)?;
        let mut from = 0;
        loop {
            let res = {
                let d = self.decoded.borrow();
                let avail = &d[self.dpos.get()..];
                let eol = self.find_eol(avail, from.min(avail.len()));
                let cut = if limit >= 0 { byte_index_of_char(avail, limit as usize) } else { None };
                match (eol, cut) {
                    (Ok(e), Some(c)) if c < e => Some(c),
                    (Ok(e), _) => Some(e),
                    (Err(_), Some(c)) => Some(c),
                    (Err(resume), None) => {
                        from = resume;
                        None
                    }
                }
            };
            if let Some(end) = res {
                return Ok(end);
            }
            if !self.fill(vm)? {
                return Ok(self.decoded.borrow().len() - self.dpos.get());
            }
        }
    }

    /// Hand out the next `n` bytes of decoded text, translated.
    fn take(&self, n: usize) -> Vec<u8> {
        let d = self.decoded.borrow();
        let p = self.dpos.get();
        let n = n.min(d.len() - p);
        let out = self.translate(&d[p..p + n]);
        self.dpos.set(p + n);
        out
    }

    /// `take` as a new str value.
    fn take_value(&self, n: usize) -> Value {
        let d = self.decoded.borrow();
        let p = self.dpos.get();
        let n = n.min(d.len() - p);
        let raw = &d[p..p + n];
        let v = if self.readtranslate && memchr::memchr(b'\r', raw).is_some() {
            new_str_wtf8(&self.translate(raw))
        } else {
            new_str_wtf8(raw)
        };
        self.dpos.set(p + n);
        v
    }

    /// `read(n)`: everything when `n < 0`.
    pub fn read_text(&self, vm: &mut Vm, n: i64) -> PyResult<Vec<u8>> {
        let end = self.text_end(vm, n)?;
        Ok(self.take(end))
    }

    /// `read_text` as a str value.
    pub fn read_text_value(&self, vm: &mut Vm, n: i64) -> PyResult {
        let end = self.text_end(vm, n)?;
        Ok(self.take_value(end))
    }

    /// Read everything left into `decoded` (one raw read to the end over a native buffer).
    fn slurp(&self, vm: &mut Vm) -> PyResult<()> {
        if let Some(b) = self.native() {
            if !self.eof.get() {
                let mut input = std::mem::take(&mut *self.pending.borrow_mut());
                input.extend_from_slice(&b.read_bytes(vm, -1)?);
                self.eof.set(true);
                {
                    let mut d = self.decoded.borrow_mut();
                    let p = self.dpos.get();
                    if p > 0 {
                        d.drain(..p);
                        self.dpos.set(0);
                    }
                    d.reserve(input.len());
                }
                let r = codec::decode(self.encoding, self.errors, &input, true, &mut self.decoded.borrow_mut());
                if let Err(f) = r {
                    return Err(codec::decode_error(vm, self.encoding, &input, &f));
                }
            }
            return Ok(());
        }
        while self.fill(vm)? {}
        Ok(())
    }

    /// How many bytes of decoded text `read(n)` takes.
    fn text_end(&self, vm: &mut Vm, n: i64) -> PyResult<usize> {
        self.check_readable(vm)?;
        if n < 0 {
            self.slurp(vm)?;
            return Ok(self.decoded.borrow().len() - self.dpos.get());
        }
        let n = n as usize;
        loop {
            let enough = {
                let d = self.decoded.borrow();
                let avail = &d[self.dpos.get()..];
                self.output_chars_bytes(avail, n).is_some()
            };
            if enough || !self.fill(vm)? {
                break;
            }
        }
        let d = self.decoded.borrow();
        let avail = &d[self.dpos.get()..];
        Ok(self.output_chars_bytes(avail, n).unwrap_or(avail.len()))
    }

    /// The byte length of the first `n` output code points of `avail` once translated, if
    /// `avail` holds that many and their end is decided (a final `\r` may pair with `\n`).
    fn output_chars_bytes(&self, avail: &[u8], n: usize) -> Option<usize> {
        let mut count = 0;
        let mut i = 0;
        while i < avail.len() {
            if count == n {
                return Some(i);
            }
            if self.readtranslate && avail[i] == b'\r' {
                match avail.get(i + 1) {
                    Some(b'\n') => i += 2,
                    Some(_) => i += 1,
                    None if self.eof.get() => i += 1,
                    None => return None,
                }
                count += 1;
                continue;
            }
            i += 1;
            while i < avail.len() && !is_char_start(avail[i]) {
                i += 1;
            }
            count += 1;
        }
        if count == n {
            Some(i)
        } else {
            None
        }
    }

    fn seek_buffer(&self, vm: &mut Vm, pos: i64, whence: i64) -> PyResult<i64> {
        match self.native() {
            Some(b) => b.seek(vm, pos, whence),
            None => {
                let (p, w) = (Owned::new(crate::objects::int::int_from_i64(pos)), Value::small_int(whence));
                let r = Owned::new(ops::call_method(vm, self.buffer, "seek", &[p.get(), w])?);
                Ok(crate::objects::int::int_as_i64(r.get()).unwrap_or(0))
            }
        }
    }

    /// The position as a byte offset (CPython's cookie for stateless decoders).
    pub fn tell(&self, vm: &mut Vm) -> PyResult<i64> {
        self.check_open(vm)?;
        self.flush_buffer(vm)?;
        let pos = match self.native() {
            Some(b) => b.tell(vm)?,
            None => {
                let r = Owned::new(ops::call_method(vm, self.buffer, "tell", &[])?);
                crate::objects::int::int_as_i64(r.get()).unwrap_or(0)
            }
        };
        let d = self.decoded.borrow();
        let unread = &d[self.dpos.get().min(d.len())..];
        let unread_len =
            if self.encoding.is_utf8() { unread.len() } else { unread.iter().filter(|&&b| is_char_start(b)).count() };
        Ok(pos - self.pending.borrow().len() as i64 - unread_len as i64)
    }

    /// `seek(cookie, whence)`.
    pub fn seek(&self, vm: &mut Vm, cookie: i64, whence: i64) -> PyResult<i64> {
        self.check_open(vm)?;
        match whence {
            0 => {
                if cookie < 0 {
                    return Err(value_error(format!("negative seek position {cookie}")));
                }
                self.flush_buffer(vm)?;
                self.clear_read_state();
                self.seek_buffer(vm, cookie, 0)
            }
            1 => {
                if cookie != 0 {
                    return Err(unsupported("can't do nonzero cur-relative seeks"));
                }
                let p = self.tell(vm)?;
                self.clear_read_state();
                self.seek_buffer(vm, p, 0)
            }
            2 => {
                if cookie != 0 {
                    return Err(unsupported("can't do nonzero end-relative seeks"));
                }
                self.flush_buffer(vm)?;
                self.clear_read_state();
                self.seek_buffer(vm, 0, 2)
            }
            _ => Err(value_error(format!("invalid whence ({whence}, should be 0, 1 or 2)"))),
        }
    }

    /// Flush and close the buffer (idempotent).
    pub fn close(&self, vm: &mut Vm) -> PyResult<()> {
        if self.is_closed(vm)? {
            return Ok(());
        }
        let r = self.flush_buffer(vm);
        match self.native() {
            Some(b) => b.close(vm)?,
            None => {
                let x = ops::call_method(vm, self.buffer, "close", &[])?;
                x.decref();
            }
        }
        r
    }
}

/// The byte index just past the first `n` code points of `b`, if it holds more than... at
/// least `n` of them.
fn byte_index_of_char(b: &[u8], n: usize) -> Option<usize> {
    if n == 0 {
        return Some(0);
    }
    let mut count = 0;
    for (i, &c) in b.iter().enumerate() {
        if is_char_start(c) {
            if count == n {
                return Some(i);
            }
            count += 1;
        }
    }
    if count == n && !b.is_empty() {
        // The n-th code point ends at the end of the data only if it is complete; the data
        // is whole code points (decoded text), so it is.
        Some(b.len())
    } else {
        None
    }
}

fn this<'a>(v: Value) -> PyResult<&'a TextIO> {
    if v.is_ptr() && v.ty().is_subtype(&TEXTIO_TYPE) {
        // SAFETY: checked the type.
        Ok(unsafe { v.as_ref::<TextIO>() })
    } else {
        Err(type_error("expected a TextIOWrapper"))
    }
}

fn t_write(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("write", args, kwnames, 1, 1)?;
    let t = this(s)?;
    if !is_str(a[0]) {
        return Err(type_error(format!("write() argument must be str, not {}", ops::type_name(a[0]))));
    }
    let n = t.write_str(vm, a[0])?;
    Ok(crate::objects::int::int_from_i64(n as i64))
}

fn t_writelines(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("writelines", args, kwnames, 1, 1)?;
    let t = this(s)?;
    t.check_open(vm)?;
    let it = Owned::new(ops::iter(vm, a[0])?);
    while let Some(x) = ops::next(vm, it.get())? {
        let x = Owned::new(x);
        if !is_str(x.get()) {
            return Err(type_error(format!("write() argument must be str, not {}", ops::type_name(x.get()))));
        }
        t.write_str(vm, x.get())?;
    }
    Ok(obj::none())
}

fn t_read(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("read", args, kwnames, 0, 1)?;
    let t = this(s)?;
    let n = size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    t.read_text_value(vm, n)
}

fn t_readline(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("readline", args, kwnames, 0, 1)?;
    let t = this(s)?;
    let n = match a.first() {
        Some(&v) if !crate::objects::int::is_int(v) && !v.is_none() => {
            return Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v))))
        }
        Some(&v) => size_arg(vm, v)?,
        None => -1,
    };
    t.read_line_value(vm, n)
}

fn t_readlines(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("readlines", args, kwnames, 0, 1)?;
    let t = this(s)?;
    t.check_open(vm)?;
    let hint = size_arg(vm, a.first().copied().unwrap_or(Value::NULL))?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let l = match t.read_line(vm, -1) {
            Ok(l) => l,
            Err(e) => {
                for x in lines {
                    Value::decref(x);
                }
                return Err(e);
            }
        };
        if l.is_empty() {
            break;
        }
        total += l.iter().filter(|&&b| is_char_start(b)).count();
        lines.push(new_str_wtf8(&l));
        if hint > 0 && total > hint as usize {
            break;
        }
    }
    Ok(obj::list::list_from_vec(lines))
}

fn t_flush(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("flush", args, kwnames, 0, 0)?;
    let t = this(s)?;
    t.check_open(vm)?;
    t.flush_buffer(vm)?;
    Ok(obj::none())
}

fn t_close(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("close", args, kwnames, 0, 0)?;
    this(s)?.close(vm)?;
    Ok(obj::none())
}

fn t_seek(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("seek", args, kwnames, 1, 2)?;
    let t = this(s)?;
    let cookie = size_arg(vm, a[0])?;
    let whence = match a.get(1) {
        Some(&w) => size_arg(vm, w)?,
        None => 0,
    };
    let p = t.seek(vm, cookie, whence)?;
    Ok(crate::objects::int::int_from_i64(p))
}

fn t_tell(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("tell", args, kwnames, 0, 0)?;
    let p = this(s)?.tell(vm)?;
    Ok(crate::objects::int::int_from_i64(p))
}

fn t_truncate(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, a) = method_args("truncate", args, kwnames, 0, 1)?;
    let t = this(s)?;
    t.check_writable(vm).map_err(|e| if e.matches(&super::UNSUPPORTED_OPERATION) { unsupported("truncate") } else { e })?;
    t.flush_buffer(vm)?;
    // As CPython: with no size the buffer truncates at its raw stream's position.
    let pos = match a.first() {
        Some(&v) => v,
        None => obj::none(),
    };
    ops::call_method(vm, t.buffer, "truncate", &[pos])
}

fn delegate(vm: &mut Vm, args: &[Value], kwnames: &[Value], name: &str) -> PyResult {
    let (s, _) = method_args(name, args, kwnames, 0, 0)?;
    let t = this(s)?;
    ops::call_method(vm, t.buffer, name, &[])
}

fn t_fileno(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    delegate(vm, args, kwnames, "fileno")
}
fn t_isatty(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    delegate(vm, args, kwnames, "isatty")
}
fn t_readable(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    delegate(vm, args, kwnames, "readable")
}
fn t_writable(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    delegate(vm, args, kwnames, "writable")
}
fn t_seekable(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    delegate(vm, args, kwnames, "seekable")
}

fn t_enter(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_args("__enter__", args, kwnames, 0, 0)?;
    this(s)?.check_open(vm)?;
    Ok(s.new_ref())
}

fn t_exit(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    if let Some(&s) = args.first() {
        this(s)?.close(vm)?;
    }
    Ok(obj::none())
}

fn t_detach(_vm: &mut Vm, _args: &[Value], _kwnames: &[Value]) -> PyResult {
    Err(unsupported("detach"))
}

fn t_iter(vm: &mut Vm, s: Value) -> PyResult {
    this(s)?.check_open(vm)?;
    Ok(s.new_ref())
}

fn t_next(vm: &mut Vm, s: Value) -> PyResult<Option<Value>> {
    let l = this(s)?.read_line_value(vm, -1)?;
    if str_obj(l).byte_len == 0 {
        l.decref();
        return Ok(None);
    }
    Ok(Some(l))
}

fn t_closed(vm: &mut Vm, s: Value) -> PyResult {
    Ok(obj::bool_value(this(s)?.is_closed(vm)?))
}
fn t_name(vm: &mut Vm, s: Value) -> PyResult {
    ops::getattr(vm, this(s)?.buffer, intern("name"))
}
fn t_encoding(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(this(s)?.encoding_name.new_ref())
}
fn t_errors(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(this(s)?.errors_name.new_ref())
}
fn t_buffer(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(this(s)?.buffer.new_ref())
}
fn t_line_buffering(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(obj::bool_value(this(s)?.line_buffering))
}
fn t_write_through(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(obj::bool_value(this(s)?.write_through))
}
fn t_newlines(_vm: &mut Vm, _s: Value) -> PyResult {
    Ok(obj::none())
}

fn t_repr(vm: &mut Vm, s: Value) -> PyResult {
    let t = this(s)?;
    let mut out = String::from("<_io.TextIOWrapper");
    for attr in ["name", "mode"] {
        if let Ok(Some(v)) = ops::getattr_opt(vm, s, intern(attr)) {
            let v = Owned::new(v);
            let r = Owned::new(ops::repr(vm, v.get())?);
            out.push_str(&format!(" {attr}={}", str_obj(r.get()).to_string_lossy()));
        }
    }
    let e = Owned::new(ops::repr(vm, t.encoding_name)?);
    out.push_str(&format!(" encoding={}>", str_obj(e.get()).to_string_lossy()));
    Ok(new_str(&out))
}

static TEXTIO_METHODS: [MethodDef; 19] = [
    MethodDef::method("write", t_write),
    MethodDef::method("writelines", t_writelines),
    MethodDef::method("read", t_read),
    MethodDef::method("readline", t_readline),
    MethodDef::method("readlines", t_readlines),
    MethodDef::method("flush", t_flush),
    MethodDef::method("close", t_close),
    MethodDef::method("seek", t_seek),
    MethodDef::method("tell", t_tell),
    MethodDef::method("truncate", t_truncate),
    MethodDef::method("fileno", t_fileno),
    MethodDef::method("isatty", t_isatty),
    MethodDef::method("readable", t_readable),
    MethodDef::method("writable", t_writable),
    MethodDef::method("seekable", t_seekable),
    MethodDef::method("__enter__", t_enter),
    MethodDef::method("__exit__", t_exit),
    MethodDef::method("detach", t_detach),
    MethodDef::method("reconfigure", t_reconfigure),
];

/// `reconfigure(**kw)`: accepted and ignored except for flushing (pyjit's streams cannot
/// change encoding after creation).
fn t_reconfigure(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    if let Some(&s) = args.first() {
        this(s)?.flush_buffer(vm)?;
    }
    Ok(obj::none())
}

static TEXTIO_GETSETS: [GetSetDef; 9] = [
    GetSetDef { name: "closed", get: t_closed, set: None },
    GetSetDef { name: "name", get: t_name, set: None },
    GetSetDef { name: "encoding", get: t_encoding, set: None },
    GetSetDef { name: "errors", get: t_errors, set: None },
    GetSetDef { name: "buffer", get: t_buffer, set: None },
    GetSetDef { name: "line_buffering", get: t_line_buffering, set: None },
    GetSetDef { name: "write_through", get: t_write_through, set: None },
    GetSetDef { name: "newlines", get: t_newlines, set: None },
    GetSetDef { name: "__dict__", get: t_dict, set: None },
];

fn t_dict(_vm: &mut Vm, s: Value) -> PyResult {
    let t = this(s)?;
    if t.dict.get().is_null() {
        t.dict.set(crate::objects::dict::new_dict());
    }
    Ok(t.dict.get().new_ref())
}

fn t_new(vm: &mut Vm, _ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    static SIG: crate::builtins::args::Signature = crate::builtins::args::Signature::new(
        "TextIOWrapper",
        &["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"],
    )
    .required(1);
    let [buffer, enc, errs, nl, lb, wt] = SIG.parse(args, kwnames)?;
    let s = |v: Value, what: &str| -> PyResult<Option<String>> {
        if v.is_null() || v.is_none() {
            Ok(None)
        } else if is_str(v) {
            Ok(Some(str_obj(v).to_string_lossy().into_owned()))
        } else {
            Err(crate::builtins::args::bad_argument("TextIOWrapper", &format!("argument '{what}'"), "str or None", v))
        }
    };
    let (enc, errs, nl) = (s(enc, "encoding")?, s(errs, "errors")?, s(nl, "newline")?);
    let lb = !lb.is_null() && ops::is_true(vm, lb)?;
    let wt = !wt.is_null() && ops::is_true(vm, wt)?;
    new_textio(vm, buffer, enc.as_deref(), errs.as_deref(), nl.as_deref(), lb, wt)
}

fn t_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    // SAFETY: the slot is only installed on TEXTIO_TYPE.
    let t = unsafe { v.as_ref::<TextIO>() };
    visit(t.buffer);
    if !t.dict.get().is_null() {
        visit(t.dict.get());
    }
}

pub static TEXTIO_TYPE: TypeObject = TypeObject::new_static(
    "_io.TextIOWrapper",
    Some(&super::TEXT_IOBASE_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<TextIO>,
        traverse: Some(t_traverse),
        repr: Some(t_repr),
        iter: Some(t_iter),
        next: Some(t_next),
        new: Some(t_new),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        ..Slots::EMPTY
    },
    &TEXTIO_METHODS,
    &TEXTIO_GETSETS,
)
.with_dictoffset(std::mem::offset_of!(TextIO, dict));
