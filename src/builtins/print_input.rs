//! `print` and `input`. `print` looks `sys.stdout` up at call time; when the file is a native
//! UTF-8 text stream over a native buffer (the real `sys.stdout`, or a file from `open`), str
//! and int arguments are written straight into the byte buffer without making objects.

use super::args::{split, Signature};
use crate::modules::io::{self as io, textio};
use crate::objects::exceptions::{eof_error, runtime_error, type_error};
use crate::objects::str::{is_str, str_obj};
use crate::objects::{self as obj, Owned, Value};
use crate::vm::{ops, PyResult, Vm};

static PRINT_SIG: Signature = Signature::new("print", &["sep", "end", "file", "flush"]).kwonly_from(0);

/// A separator argument: NULL for the default, else a str.
fn sep_arg(v: Value, what: &str) -> PyResult<Value> {
    if v.is_null() || v.is_none() {
        Ok(Value::NULL)
    } else if is_str(v) {
        Ok(v)
    } else {
        Err(type_error(format!("{what} must be None or a string, not {}", ops::type_name(v))))
    }
}

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
pub fn builtin_print(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (pos, kwv) = split(args, kwnames);
    let [sep, end, file, flush] = if kwnames.is_empty() {
        [Value::NULL; 4]
    } else {
        PRINT_SIG.parse::<4>(kwv, kwnames)?
    };
    let file = if file.is_null() || file.is_none() {
        match io::std_stream(vm, "stdout")? {
            Some(f) => f,
            None => return Ok(obj::none()),
        }
    } else {
        file.new_ref()
    };
    let file = Owned::new(file);
    if file.get().is_none() {
        return Ok(obj::none());
    }
    let sep = sep_arg(sep, "sep")?;
    let end = sep_arg(end, "end")?;
    if let Some(t) = textio::as_fast_utf8(file.get()) {
        print_fast(vm, t, pos, sep, end)?;
    } else {
        print_generic(vm, file.get(), pos, sep, end)?;
    }
    if !flush.is_null() && ops::is_true(vm, flush)? {
        let r = ops::call_method(vm, file.get(), "flush", &[])?;
        r.decref();
    }
    Ok(obj::none())
}

/// Print into a native text stream's byte buffer (see the module doc).
fn print_fast(vm: &mut Vm, t: &textio::TextIO, pos: &[Value], sep: Value, end: Value) -> PyResult<()> {
    for (i, &v) in pos.iter().enumerate() {
        if i > 0 {
            if sep.is_null() {
                t.push_utf8(vm, b" ")?;
            } else {
                push_str_value(vm, t, sep)?;
            }
        }
        if v.is_small_int() {
            let mut buf = [0u8; 24];
            let s = format_i64(&mut buf, v.as_small_int());
            t.push_utf8(vm, s)?;
        } else if v.is_exact(&obj::STR_TYPE) {
            push_str_value(vm, t, v)?;
        } else {
            let s = Owned::new(ops::str(vm, v)?);
            push_str_value(vm, t, s.get())?;
        }
    }
    if end.is_null() {
        t.push_utf8(vm, b"\n")?;
    } else {
        push_str_value(vm, t, end)?;
    }
    t.end_write(vm)
}

fn push_str_value(vm: &mut Vm, t: &textio::TextIO, s: Value) -> PyResult<()> {
    let o = str_obj(s);
    match o.as_str() {
        Some(text) => t.push_utf8(vm, text.as_bytes()),
        // Lone surrogates: the stream's error handler decides.
        None => t.write_wtf8(vm, o.bytes()).map(|_| ()),
    }
}

/// Decimal digits of `i` in `buf` (no allocation).
pub fn format_i64(buf: &mut [u8; 24], i: i64) -> &[u8] {
    let mut n = i.unsigned_abs();
    let mut p = buf.len();
    loop {
        p -= 1;
        buf[p] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        p -= 1;
        buf[p] = b'-';
    }
    &buf[p..]
}

fn write_to(vm: &mut Vm, file: Value, s: Value) -> PyResult<()> {
    let r = ops::call_method(vm, file, "write", &[s])?;
    r.decref();
    Ok(())
}

fn print_generic(vm: &mut Vm, file: Value, pos: &[Value], sep: Value, end: Value) -> PyResult<()> {
    for (i, &v) in pos.iter().enumerate() {
        if i > 0 {
            let s = if sep.is_null() { crate::objects::str::intern(" ") } else { sep };
            write_to(vm, file, s)?;
        }
        let s = Owned::new(ops::str(vm, v)?);
        write_to(vm, file, s.get())?;
    }
    let e = if end.is_null() { crate::objects::str::intern("\n") } else { end };
    write_to(vm, file, e)
}

/// `input(prompt='')`: writes the prompt to `sys.stdout`, reads a line from `sys.stdin`.
pub fn builtin_input(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = super::args::positional("input", args, kwnames, 0, 1)?;
    let stdin = io::std_stream(vm, "stdin")?.map(Owned::new);
    let stdout = io::std_stream(vm, "stdout")?.map(Owned::new);
    let stderr = io::std_stream(vm, "stderr")?.map(Owned::new);
    let stdin = match stdin {
        Some(s) if !s.get().is_none() => s,
        _ => return Err(runtime_error("input(): lost sys.stdin")),
    };
    let stdout = match stdout {
        Some(s) if !s.get().is_none() => s,
        _ => return Err(runtime_error("input(): lost sys.stdout")),
    };
    if let Some(e) = stderr {
        if !e.get().is_none() {
            let r = ops::call_method(vm, e.get(), "flush", &[])?;
            r.decref();
        }
    }
    if let Some(&p) = a.first() {
        let s = Owned::new(ops::str(vm, p)?);
        write_to(vm, stdout.get(), s.get())?;
    }
    let r = ops::call_method(vm, stdout.get(), "flush", &[])?;
    r.decref();
    let line = Owned::new(ops::call_method(vm, stdin.get(), "readline", &[])?);
    if !is_str(line.get()) {
        return Err(type_error(format!("object.readline() returned non-string")));
    }
    let o = str_obj(line.get());
    let b = o.bytes();
    if b.is_empty() {
        return Err(eof_error("EOF when reading a line"));
    }
    if b.last() == Some(&b'\n') {
        return Ok(crate::objects::str::new_str_wtf8(&b[..b.len() - 1]));
    }
    Ok(line.into_value())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_ints() {
        let mut b = [0u8; 24];
        assert_eq!(format_i64(&mut b, 0), b"0");
        assert_eq!(format_i64(&mut b, -120), b"-120");
        assert_eq!(format_i64(&mut b, i64::MIN), b"-9223372036854775808");
    }
}
