//! Built-in functions on any object: len, abs, callable, hash, id, repr, ascii, format, chr,
//! ord, breakpoint.

use super::args::{exactly_one, positional};
use crate::objects::exceptions::{type_error, value_error};
use crate::objects::int::{int_as_i64, int_from_big, int_from_i64};
use crate::objects::str::{is_str, new_str, new_str_wtf8, str_obj};
use crate::objects::typeobj::UnOp;
use crate::objects::{self as obj, Value};
use crate::vm::{ops, PyResult, Vm};

/// `len(obj)`.
pub fn builtin_len(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = exactly_one("len", args, kwnames)?;
    let n = ops::len(vm, v)?;
    Ok(int_from_i64(n as i64))
}

/// `abs(x)`.
pub fn builtin_abs(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = exactly_one("abs", args, kwnames)?;
    if v.is_small_int() {
        return Ok(int_from_i64(v.as_small_int().abs()));
    }
    if v.is_float() {
        return Ok(Value::float(v.as_float().abs()));
    }
    ops::unary(vm, v, UnOp::Abs)
}

/// `callable(obj)`.
pub fn builtin_callable(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = exactly_one("callable", args, kwnames)?;
    Ok(obj::bool_value(ops::is_callable(v)))
}

/// `hash(obj)`.
pub fn builtin_hash(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = exactly_one("hash", args, kwnames)?;
    Ok(int_from_i64(ops::hash(vm, v)?))
}

/// `id(obj)`: a heap object's address. Small ints and floats are immediate values with no
/// address; their id is the value word itself read as an unsigned integer (always >= 2**48,
/// so it never equals a heap address, and the same value always has the same id).
pub fn builtin_id(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = exactly_one("id", args, kwnames)?;
    Ok(id_of(v))
}

/// The id of a value (see `builtin_id`).
pub fn id_of(v: Value) -> Value {
    let bits = v.bits();
    match i64::try_from(bits) {
        Ok(i) => int_from_i64(i),
        Err(_) => int_from_big(num_bigint::BigInt::from(bits)),
    }
}

/// `repr(obj)`.
pub fn builtin_repr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = exactly_one("repr", args, kwnames)?;
    ops::repr(vm, v)
}

/// `ascii(obj)`: `repr` with non-ASCII code points escaped.
pub fn builtin_ascii(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = exactly_one("ascii", args, kwnames)?;
    let r = ops::repr(vm, v)?;
    let o = str_obj(r);
    if o.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(o.byte_len + 8);
    for cp in crate::wtf8::code_points_of(o.bytes()) {
        ascii_escape_into(&mut out, cp);
    }
    r.decref();
    Ok(new_str(&out))
}

/// Append code point `cp` to `out`, escaped as `ascii()` does when it is not ASCII.
pub fn ascii_escape_into(out: &mut String, cp: u32) {
    use std::fmt::Write;
    if cp < 0x80 {
        out.push(cp as u8 as char);
    } else if cp <= 0xFF {
        let _ = write!(out, "\\x{cp:02x}");
    } else if cp <= 0xFFFF {
        let _ = write!(out, "\\u{cp:04x}");
    } else {
        let _ = write!(out, "\\U{cp:08x}");
    }
}

/// `format(value, format_spec='')`.
pub fn builtin_format(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let a = positional("format", args, kwnames, 1, 2)?;
    let v = a[0];
    let spec = match a.get(1) {
        Some(&s) if is_str(s) => s,
        Some(&s) => return Err(super::args::bad_argument("format", "argument 2", "str", s)),
        None => crate::objects::str::intern(""),
    };
    format_value(vm, v, spec)
}

/// `format(v, spec)` (CPython's `PyObject_Format`): `type(v).__format__(v, spec)`, with the
/// empty-spec shortcut for exact str and int.
pub fn format_value(vm: &mut Vm, v: Value, spec: Value) -> PyResult {
    let empty = str_obj(spec).byte_len == 0;
    if empty && (v.is_exact(&obj::STR_TYPE) || v.is_small_int()) {
        return ops::str(vm, v);
    }
    match super::call_special(vm, v, "__format__", &[spec])? {
        Some(r) if is_str(r) => Ok(r),
        Some(r) => {
            let msg = format!("__format__ must return a str, not {}", ops::type_name(r));
            r.decref();
            Err(type_error(msg))
        }
        None if empty => ops::str(vm, v),
        None => Err(type_error(format!("unsupported format string passed to {}.__format__", v.ty().tp_name()))),
    }
}

/// `chr(i)`.
pub fn builtin_chr(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = exactly_one("chr", args, kwnames)?;
    let i = super::numeric::index_c_int(vm, v)?;
    if !(0..0x110000).contains(&i) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    Ok(str_of_code_point(i as u32))
}

/// A one-character str for code point `cp` (lone surrogates included).
pub fn str_of_code_point(cp: u32) -> Value {
    match char::from_u32(cp) {
        Some(c) => {
            let mut b = [0u8; 4];
            new_str(c.encode_utf8(&mut b))
        }
        None => {
            // A lone surrogate: its generalized UTF-8 (WTF-8) form.
            let b = [0xE0 | (cp >> 12) as u8, 0x80 | ((cp >> 6) & 0x3F) as u8, 0x80 | (cp & 0x3F) as u8];
            new_str_wtf8(&b)
        }
    }
}

/// `ord(c)`.
pub fn builtin_ord(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = exactly_one("ord", args, kwnames)?;
    if is_str(v) {
        let o = str_obj(v);
        if o.char_len != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {} found", o.char_len)));
        }
        let cp = crate::wtf8::code_points_of(o.bytes()).next().unwrap_or(0);
        return Ok(Value::small_int(cp as i64));
    }
    let tn = v.ty().tp_name();
    if v.is_ptr() && (crate::objects::bytes::is_bytes(v) || crate::objects::bytearray::is_bytearray(v)) {
        let b = crate::objects::bytes::buffer_bytes(v).unwrap_or(&[]);
        if b.len() != 1 {
            return Err(type_error(format!("ord() expected a character, but string of length {} found", b.len())));
        }
        return Ok(Value::small_int(b[0] as i64));
    }
    Err(type_error(format!("ord() expected string of length 1, but {tn} found")))
}

/// `exit(code=None)` / `quit(code=None)` (the `site` module's Quitter objects in CPython; here
/// plain functions): raise `SystemExit(code)`.
pub fn builtin_exit(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    static SIG: super::args::Signature = super::args::Signature::new("exit", &["code"]);
    let [code] = SIG.parse(args, kwnames)?;
    let exc_args: &[Value] = if code.is_null() || code.is_none() { &[] } else { std::slice::from_ref(&code) };
    let ty = &crate::objects::exceptions::SYSTEM_EXIT;
    match ops::call(vm, ty.as_value(), exc_args, &[]) {
        Ok(e) if crate::objects::exceptions::is_exception(e) => Err(crate::vm::PyErr::from_instance(e)),
        Ok(other) => {
            other.decref();
            Err(crate::objects::exceptions::exc_args(ty, exc_args))
        }
        Err(e) => Err(e),
    }
}

/// `breakpoint(*args, **kws)`: pyjit has no debugger; does nothing.
pub fn builtin_breakpoint(_vm: &mut Vm, _args: &[Value], _kwnames: &[Value]) -> PyResult {
    Ok(obj::none())
}

/// The small-int value of an int argument, if it is one (helper for callers' fast paths).
#[inline]
pub fn small(v: Value) -> Option<i64> {
    if v.is_small_int() {
        Some(v.as_small_int())
    } else {
        int_as_i64(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::{as_str, new_str};

    fn err_text(e: crate::vm::PyErr) -> String {
        let a = crate::objects::exceptions::exc_obj(e.value()).args.get();
        str_obj(crate::objects::tuple::items(a)[0]).to_string_lossy().into_owned()
    }

    // Expected values from python3: chr(0x20ac) == '€', ord('😀') == 128512,
    // ascii('é\u1234\U0001f600') == "'\\xe9\\u1234\\U0001f600'", chr(-1) and ord('ab') messages.
    #[test]
    fn chr_ord_ascii() {
        let mut vm = Vm::new();
        let c = builtin_chr(&mut vm, &[Value::small_int(0x20ac)], &[]).unwrap();
        assert_eq!(as_str(c), Some("€"));
        let o = builtin_ord(&mut vm, &[new_str("😀")], &[]).unwrap();
        assert_eq!(o.as_small_int(), 128512);
        assert_eq!(err_text(builtin_chr(&mut vm, &[Value::small_int(-1)], &[]).unwrap_err()), "chr() arg not in range(0x110000)");
        assert_eq!(
            err_text(builtin_ord(&mut vm, &[new_str("ab")], &[]).unwrap_err()),
            "ord() expected a character, but string of length 2 found"
        );
        assert_eq!(
            err_text(builtin_ord(&mut vm, &[Value::small_int(1)], &[]).unwrap_err()),
            "ord() expected string of length 1, but int found"
        );
        let s = chr_of_surrogate();
        assert_eq!(str_obj(s).char_len, 1);
        let mut out = String::new();
        for cp in [0xe9, 0x1234, 0x1f600, 0x41] {
            ascii_escape_into(&mut out, cp);
        }
        assert_eq!(out, "\\xe9\\u1234\\U0001f600A");
    }

    fn chr_of_surrogate() -> Value {
        str_of_code_point(0xd800)
    }

    #[test]
    fn immediate_ids_are_stable() {
        let a = id_of(Value::small_int(5));
        let b = id_of(Value::small_int(5));
        assert_eq!(crate::objects::int::int_as_big(a), crate::objects::int::int_as_big(b));
        let f = id_of(Value::float(2.5));
        assert!(crate::objects::int::int_as_big(f).is_some_and(|x| x > num_bigint::BigInt::from(1u64 << 48)));
    }
}
