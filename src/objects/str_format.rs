//! String formatting: printf-style `str % args`, `str.format` / `format_map`, `format(v, spec)`
//! dispatch (built-in str/int/float/bool formatted directly, other types through their
//! `__format__`), `ascii()`, and the f-string helpers the interpreter calls
//! (`format_value` for FORMAT_VALUE, `str::build_string` for BUILD_STRING).
//! Number layout comes from `crate::numfmt`.

use super::exceptions::{index_error, key_error, overflow_error, type_error, value_error, zero_division_error};
use super::int::{int_as_big, int_as_i64, BOOL_TYPE, INT_TYPE};
use super::str::{is_str, str_obj, StrBuilder};
use super::value::Value;
use super::Owned;
use crate::numfmt::{self, printf, ErrorKind, NumError};
use crate::vm::{ops, PyErr, PyResult, Vm};
use num_bigint::BigInt;

/// A numfmt error as the Python exception it stands for.
pub fn num_err(e: NumError) -> PyErr {
    match e.kind {
        ErrorKind::ValueError => value_error(e.msg),
        ErrorKind::OverflowError => overflow_error(e.msg),
        ErrorKind::TypeError => type_error(e.msg),
        ErrorKind::ZeroDivisionError => zero_division_error(e.msg),
        ErrorKind::MemoryError => super::exceptions::memory_error(""),
    }
}

/// Decimal text of an int value (small, big, bool as 0/1).
fn int_text(v: Value) -> String {
    match int_as_i64(v) {
        Some(i) => i.to_string(),
        None => int_as_big(v).map(|b| b.to_string()).unwrap_or_default(),
    }
}

/// `str(v)`, formatting ints and floats directly when their types have no slot yet.
pub fn str_of(vm: &mut Vm, v: Value) -> PyResult {
    if v.is_small_int() {
        return Ok(super::str::str_from_string(v.as_small_int().to_string()));
    }
    if v.is_float() && v.ty().slots().str.is_none() && v.ty().slots().repr.is_none() {
        return Ok(super::str::str_from_string(numfmt::float_repr(v.as_float())));
    }
    if v.is_ptr() && v.ty().slots().repr.is_none() && v.ty().slots().str.is_none() {
        if v.is_exact(&BOOL_TYPE) {
            return Ok(super::str::new_str(if int_as_i64(v) == Some(1) { "True" } else { "False" }));
        }
        if v.is_exact(&INT_TYPE) {
            return Ok(super::str::str_from_string(int_text(v)));
        }
    }
    ops::str(vm, v)
}

/// `repr(v)` with the same int/float fallbacks as `str_of`.
pub fn repr_of(vm: &mut Vm, v: Value) -> PyResult {
    if v.is_small_int() || (v.is_float() && v.ty().slots().repr.is_none()) {
        return str_of(vm, v);
    }
    if v.is_ptr() && v.ty().slots().repr.is_none() && (v.is_exact(&BOOL_TYPE) || v.is_exact(&INT_TYPE)) {
        return str_of(vm, v);
    }
    ops::repr(vm, v)
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii_of(vm: &mut Vm, v: Value) -> PyResult {
    let r = repr_of(vm, v)?;
    let o = str_obj(r);
    if o.is_ascii() {
        return Ok(r);
    }
    let mut b = StrBuilder::with_capacity(o.byte_len + 8);
    for c in o.code_points() {
        if c < 0x80 {
            b.push_cp(c);
        } else if c < 0x100 {
            b.push_str(&format!("\\x{c:02x}"));
        } else if c < 0x10000 {
            b.push_str(&format!("\\u{c:04x}"));
        } else {
            b.push_str(&format!("\\U{c:08x}"));
        }
    }
    r.decref();
    Ok(b.finish())
}

// ----- format(v, spec) -----

/// `format(s, spec)` for a str value `s`.
pub fn format_str_value(_vm: &mut Vm, s: Value, spec: Value) -> PyResult {
    let so = str_obj(spec);
    if so.byte_len == 0 {
        return Ok(if s.is_exact(&super::STR_TYPE) { s.new_ref() } else { super::str_type::exact_copy(s) });
    }
    let text = str_obj(s).to_string_lossy();
    // Messages name the value's own type (a str subclass by its name).
    let tn = ops::type_name(s);
    let parsed = numfmt::parse_format_spec(&so.to_string_lossy(), numfmt::Align::Left, tn).map_err(num_err)?;
    let r = numfmt::format_str_spec(&text, &parsed, tn).map_err(num_err)?;
    Ok(super::str::str_from_string(r))
}

/// `format(value, spec)`: `spec` is a str value (NULL for the empty spec).
pub fn format_obj(vm: &mut Vm, v: Value, spec: Value) -> PyResult {
    let empty = spec.is_null() || str_obj(spec).byte_len == 0;
    if v.is_small_int() {
        if empty {
            return Ok(super::str::str_from_string(v.as_small_int().to_string()));
        }
        let r = numfmt::format_int_i64(v.as_small_int(), &str_obj(spec).to_string_lossy()).map_err(num_err)?;
        return Ok(super::str::str_from_string(r));
    }
    if v.is_exact(&super::STR_TYPE) {
        if empty {
            return Ok(v.new_ref());
        }
        return format_str_value(vm, v, spec);
    }
    // Built-in types cannot be patched, so their formatting is dispatched here directly.
    if v.is_float() {
        let spec_s = if empty { String::new() } else { str_obj(spec).to_string_lossy().into_owned() };
        let r = numfmt::format_float(v.as_float(), &spec_s).map_err(num_err)?;
        return Ok(super::str::str_from_string(r));
    }
    if v.is_exact(&INT_TYPE) || v.is_exact(&BOOL_TYPE) {
        if empty {
            return str_of(vm, v);
        }
        let b = int_as_big(v).unwrap_or_default();
        let r = numfmt::format_int(&b, &str_obj(spec).to_string_lossy()).map_err(num_err)?;
        return Ok(super::str::str_from_string(r));
    }
    let name = super::str::intern("__format__");
    if v.ty().lookup(name).is_some() {
        let spec_v = if spec.is_null() { super::str::empty_str() } else { spec };
        // Looked up on the type (a class being formatted uses its metatype's __format__).
        let r = match super::slot_wrappers::call_special_method(vm, v, "__format__", &[spec_v])? {
            Some(r) => r,
            None => return str_of(vm, v),
        };
        if !is_str(r) {
            let msg = format!("__format__ must return a str, not {}", ops::type_name(r));
            r.decref();
            return Err(type_error(msg));
        }
        return Ok(r);
    }
    // object.__format__.
    if !empty {
        return Err(type_error(format!("unsupported format string passed to {}.__format__", ops::type_name(v))));
    }
    str_of(vm, v)
}

/// FORMAT_VALUE: apply the conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`) and the spec (a str
/// value, or NULL when the f-string gave none). A new reference.
pub fn format_value(vm: &mut Vm, v: Value, conversion: u32, spec: Value) -> PyResult {
    let converted = match conversion & 3 {
        0 => {
            if spec.is_null() {
                if v.is_exact(&super::STR_TYPE) {
                    return Ok(v.new_ref());
                }
                if v.is_small_int() {
                    return Ok(super::str::str_from_string(v.as_small_int().to_string()));
                }
            }
            return format_obj(vm, v, spec);
        }
        1 => str_of(vm, v)?,
        2 => repr_of(vm, v)?,
        _ => ascii_of(vm, v)?,
    };
    if spec.is_null() {
        return Ok(converted);
    }
    let c = Owned::new(converted);
    format_obj(vm, c.get(), spec)
}

// ----- printf-style -----

/// The arguments of `%`: positional items and an optional mapping.
struct PArgs {
    items: Vec<Value>,
    next: usize,
    dict: Value,
}

impl PArgs {
    fn next(&mut self) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(&v) => {
                self.next += 1;
                Ok(v)
            }
            None => Err(num_err(printf::messages::not_enough_args())),
        }
    }
}

fn percent_args(args: Value) -> PArgs {
    if super::tuple::is_tuple(args) {
        return PArgs { items: super::tuple::items(args).to_vec(), next: 0, dict: Value::NULL };
    }
    let is_mapping = args.is_ptr() && !is_str(args) && (super::dict::is_dict(args) || args.ty().slots().getitem.is_some());
    PArgs { items: vec![args], next: 0, dict: if is_mapping { args } else { Value::NULL } }
}

/// An int argument for `%d`-family conversions: ints as they are, floats truncated, other
/// numbers through `__int__`/`__index__`.
pub(crate) fn number_as_int(vm: &mut Vm, v: Value, conv: char, integer_only: bool) -> PyResult<BigInt> {
    if let Some(b) = int_as_big(v) {
        return Ok(b);
    }
    if v.is_float() && !integer_only {
        return numfmt::float_to_bigint(v.as_float()).map_err(num_err);
    }
    if v.is_ptr() && !is_str(v) {
        let ty = v.ty();
        if ty.lookup(super::str::intern("__index__")).is_some() {
            let r = Owned::new(super::slot_wrappers::call_special_known(vm, v, "__index__", &[])?);
            if let Some(b) = int_as_big(r.get()) {
                return Ok(b);
            }
        }
        if !integer_only && ty.lookup(super::str::intern("__int__")).is_some() {
            let r = Owned::new(super::slot_wrappers::call_special_known(vm, v, "__int__", &[])?);
            if let Some(b) = int_as_big(r.get()) {
                return Ok(b);
            }
        }
    }
    let tn = ops::type_name(v);
    Err(num_err(if integer_only && (v.is_float() || !is_str(v)) && conv != 'd' && conv != 'i' && conv != 'u' {
        printf::messages::integer_required(conv, tn)
    } else {
        printf::messages::real_required(conv, tn)
    }))
}

/// A float argument for `%e`-family conversions.
pub fn number_as_float(vm: &mut Vm, v: Value) -> PyResult<f64> {
    if v.is_float() {
        return Ok(v.as_float());
    }
    if let Some(i) = int_as_i64(v) {
        if i.unsigned_abs() < (1u64 << 53) {
            return Ok(i as f64);
        }
    }
    if let Some(b) = int_as_big(v) {
        return crate::numfmt::int_fmt::bigint_to_f64(&b).map_err(num_err);
    }
    if v.is_ptr() && !is_str(v) {
        let ty = v.ty();
        for m in ["__float__", "__index__"] {
            if ty.lookup(super::str::intern(m)).is_some() {
                let r = Owned::new(ops::call_method(vm, v, m, &[])?);
                let r = r.get();
                if r.is_float() {
                    return Ok(r.as_float());
                }
                if let Some(b) = int_as_big(r) {
                    return crate::numfmt::int_fmt::bigint_to_f64(&b).map_err(num_err);
                }
            }
        }
    }
    Err(num_err(printf::messages::must_be_real(ops::type_name(v))))
}

/// Pad a str piece for `%s`/`%r`/`%a`/`%c`: precision cuts, width pads with spaces.
fn push_padded(out: &mut StrBuilder, s: Value, flags: printf::PrintfFlags, width: usize, prec: Option<usize>) -> PyResult<()> {
    super::text_util::check_size(width)?;
    let o = str_obj(s);
    let (mut bytes, mut len) = (o.bytes(), o.char_len);
    if let Some(p) = prec {
        if len > p {
            bytes = &bytes[..o.byte_offset(p)];
            len = p;
        }
    }
    let pad = width.saturating_sub(len);
    if !flags.left {
        out.push_repeat(' ' as u32, pad);
    }
    out.push_wtf8(bytes, len, !o.is_ascii(), o.flags.get() & super::str::STR_SURROGATES != 0);
    if flags.left {
        out.push_repeat(' ' as u32, pad);
    }
    Ok(())
}

/// `fmt % args` for a str `fmt`.
pub fn percent_format(vm: &mut Vm, fmt: Value, args: Value) -> PyResult {
    let fo = str_obj(fmt);
    let text = fo.to_string_lossy();
    let mut pa = percent_args(args);
    let mut out = StrBuilder::with_capacity(text.len() + 16);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let Some(p) = memchr::memchr(b'%', &b[i..]) else {
            push_orig(&mut out, fo.bytes(), i, b.len());
            break;
        };
        push_orig(&mut out, fo.bytes(), i, i + p);
        let start = i + p + 1;
        let spec = printf::parse_printf_spec(&text, start).map_err(num_err)?;
        i = spec.end;
        if printf::is_literal_percent(&spec, start) {
            out.push_cp('%' as u32);
            continue;
        }
        // The argument: from the mapping by key, else the next positional one.
        let mut key_owned = None;
        if let Some((ks, ke)) = spec.key {
            if pa.dict.is_null() {
                return Err(num_err(printf::messages::mapping_required()));
            }
            let k = Owned::new(super::str::str_from_wtf8_piece(&fo.bytes()[ks..ke], true));
            key_owned = Some(Owned::new(mapping_get(vm, pa.dict, k.get())?));
        }
        let mut flags = spec.flags;
        let mut width = 0usize;
        match spec.width {
            Some(printf::Count::Star) => {
                let w = pa.next()?;
                let Some(wi) = int_as_i64(w) else { return Err(num_err(printf::messages::star_wants_int())) };
                if wi < 0 {
                    flags.left = true;
                }
                width = wi.unsigned_abs() as usize;
            }
            Some(printf::Count::Value(w)) => width = w,
            None => {}
        }
        let mut prec = None;
        match spec.precision {
            Some(printf::Count::Star) => {
                let w = pa.next()?;
                let Some(wi) = int_as_i64(w) else { return Err(num_err(printf::messages::star_wants_int())) };
                prec = Some(wi.max(0) as usize);
            }
            Some(printf::Count::Value(p)) => prec = Some(p),
            None => {}
        }
        let arg = match &key_owned {
            Some(k) => k.get(),
            None => pa.next()?,
        };
        match spec.conv {
            's' | 'r' | 'a' => {
                let s = match spec.conv {
                    's' => str_of(vm, arg)?,
                    'r' => repr_of(vm, arg)?,
                    _ => ascii_of(vm, arg)?,
                };
                let s = Owned::new(s);
                push_padded(&mut out, s.get(), flags, width, prec)?;
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                super::text_util::check_size(width.max(prec.unwrap_or(0)))?;
                let integer_only = matches!(spec.conv, 'o' | 'x' | 'X');
                let n = number_as_int(vm, arg, spec.conv, integer_only)?;
                let mut t = String::new();
                printf::printf_int(&mut t, &n, spec.conv, flags, width, prec);
                out.push_str(&t);
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                super::text_util::check_size(width.max(prec.unwrap_or(0)))?;
                let x = number_as_float(vm, arg)?;
                let mut t = String::new();
                printf::printf_float(&mut t, x, spec.conv, flags, width, prec);
                out.push_str(&t);
            }
            'c' => {
                let c = if is_str(arg) {
                    let o = str_obj(arg);
                    if o.char_len != 1 {
                        return Err(type_error("%c requires int or char"));
                    }
                    o.cp_at(0)
                } else if let Some(b) = int_as_big(arg) {
                    printf::printf_char_of_int(&b).map_err(num_err)? as u32
                } else if arg.is_ptr() && !arg.is_float() && arg.ty().lookup(super::str::intern("__index__")).is_some() {
                    // Any integer through `__index__`, as CPython's PyLong_AsLong.
                    let i = Owned::new(super::int::index_of(vm, arg).map_err(|_| type_error("%c requires int or char"))?);
                    let b = int_as_big(i.get()).unwrap_or_default();
                    printf::printf_char_of_int(&b).map_err(num_err)? as u32
                } else {
                    return Err(type_error("%c requires int or char"));
                };
                let s = Owned::new(super::str::char_str(c));
                push_padded(&mut out, s.get(), flags, width, None)?;
            }
            c => return Err(num_err(printf::unsupported_char(c, spec.conv_index))),
        }
    }
    if pa.next < pa.items.len() && pa.dict.is_null() {
        return Err(num_err(printf::messages::not_all_converted()));
    }
    if out.surrogates && std::str::from_utf8(&out.bytes).is_ok() {
        out.surrogates = false;
    }
    Ok(out.finish())
}

// ----- str.format -----

/// The arguments of `str.format`.
struct FArgs<'a> {
    pos: &'a [Value],
    kwvals: &'a [Value],
    kwnames: &'a [Value],
    mapping: Value,
    /// Next automatic field number; `None` once manual numbering was used.
    auto: Option<usize>,
    manual: bool,
}

fn fmt_err(msg: &str) -> PyErr {
    value_error(msg)
}

/// `fmt.format(*pos, **kw)` (or `fmt.format_map(mapping)` when `mapping` is not NULL).
pub fn str_format(vm: &mut Vm, fmt: Value, pos: &[Value], kwvals: &[Value], kwnames: &[Value], mapping: Value) -> PyResult {
    let fo = str_obj(fmt);
    let text = fo.to_string_lossy();
    let mut fa = FArgs { pos, kwvals, kwnames, mapping, auto: Some(0), manual: false };
    let mut out = StrBuilder::with_capacity(text.len() + 16);
    format_into_wtf8(vm, &text, fo.bytes(), &mut fa, &mut out, 2)?;
    if out.surrogates && std::str::from_utf8(&out.bytes).is_ok() {
        out.surrogates = false;
    }
    Ok(out.finish())
}

/// Push the original WTF-8 bytes `orig[a..b]` (a piece of a str, so valid WTF-8).
fn push_orig(out: &mut StrBuilder, orig: &[u8], a: usize, b: usize) {
    let piece = &orig[a..b];
    if piece.is_empty() {
        return;
    }
    let chars = piece.iter().filter(|&&c| c & 0xC0 != 0x80).count();
    let non_ascii = chars != piece.len();
    let surr = non_ascii && std::str::from_utf8(piece).is_err();
    out.push_wtf8(piece, chars, non_ascii, surr);
}

/// `text` is `orig` with lone surrogates replaced by U+FFFD (same byte offsets): the structure
/// is parsed from `text`, literal text is copied from `orig`.
fn format_into_wtf8(vm: &mut Vm, text: &str, orig: &[u8], fa: &mut FArgs, out: &mut StrBuilder, depth: u32) -> PyResult<()> {
    if depth == 0 {
        return Err(fmt_err("Max string recursion exceeded"));
    }
    let b = text.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < b.len() {
        match b[i] {
            b'}' => {
                push_orig(out, orig, lit_start, i);
                if b.get(i + 1) == Some(&b'}') {
                    out.push_cp('}' as u32);
                    i += 2;
                    lit_start = i;
                    continue;
                }
                return Err(fmt_err("Single '}' encountered in format string"));
            }
            b'{' => {
                push_orig(out, orig, lit_start, i);
                if b.get(i + 1) == Some(&b'{') {
                    out.push_cp('{' as u32);
                    i += 2;
                    lit_start = i;
                    continue;
                }
                if i + 1 >= b.len() {
                    return Err(fmt_err("Single '{' encountered in format string"));
                }
                // Field name: up to '}', ':' or '!' outside brackets.
                let start = i + 1;
                let mut j = start;
                let mut in_bracket = false;
                loop {
                    let Some(&c) = b.get(j) else {
                        return Err(fmt_err("expected '}' before end of string"));
                    };
                    match c {
                        b'[' => in_bracket = true,
                        b']' => in_bracket = false,
                        b'}' | b':' | b'!' if !in_bracket => break,
                        _ => {}
                    }
                    j += 1;
                }
                let name = &text[start..j];
                let mut conv = None;
                if b[j] == b'!' {
                    j += 1;
                    let Some(c) = text.get(j..).and_then(|t| t.chars().next()) else {
                        return Err(fmt_err("end of string while looking for conversion specifier"));
                    };
                    conv = Some(c);
                    j += c.len_utf8();
                    if j < b.len() && b[j] != b':' && b[j] != b'}' {
                        return Err(fmt_err("expected ':' after conversion specifier"));
                    }
                }
                // The spec runs to the matching '}' (nested fields allowed).
                let mut spec = (j, j);
                if j < b.len() && b[j] == b'}' {
                    i = j + 1;
                } else {
                    if j < b.len() {
                        j += 1; // the ':'
                    }
                    let sstart = j;
                    let mut level = 1;
                    loop {
                        let Some(&c) = b.get(j) else {
                            return Err(fmt_err("unmatched '{' in format spec"));
                        };
                        if c == b'{' {
                            level += 1;
                        } else if c == b'}' {
                            level -= 1;
                            if level == 0 {
                                break;
                            }
                        }
                        j += 1;
                    }
                    spec = (sstart, j);
                    i = j + 1;
                }
                format_field(vm, name, conv, &text[spec.0..spec.1], &orig[spec.0..spec.1], fa, out, depth)?;
                lit_start = i;
            }
            _ => i += 1,
        }
    }
    push_orig(out, orig, lit_start, b.len());
    Ok(())
}

/// One replacement field: its name, conversion and spec (spec also as original WTF-8).
#[allow(clippy::too_many_arguments)]
fn format_field(
    vm: &mut Vm,
    name: &str,
    conv: Option<char>,
    spec: &str,
    spec_orig: &[u8],
    fa: &mut FArgs,
    out: &mut StrBuilder,
    depth: u32,
) -> PyResult<()> {
    let obj = Owned::new(get_field(vm, name, fa)?);
    let converted = match conv {
        None => obj,
        Some('s') => Owned::new(str_of(vm, obj.get())?),
        Some('r') => Owned::new(repr_of(vm, obj.get())?),
        Some('a') => Owned::new(ascii_of(vm, obj.get())?),
        Some(c) => return Err(fmt_err(&format!("Unknown conversion specifier {c}"))),
    };
    // The spec may itself hold replacement fields.
    let spec_v = if spec.contains('{') {
        let mut sb = StrBuilder::new();
        format_into_wtf8(vm, spec, spec_orig, fa, &mut sb, depth - 1)?;
        Owned::new(sb.finish())
    } else {
        Owned::new(super::str::str_from_wtf8_piece(spec_orig, true))
    };
    let r = Owned::new(format_obj(vm, converted.get(), spec_v.get())?);
    out.push_obj(str_obj(r.get()));
    Ok(())
}

/// Resolve `name` (`0`, `key`, `0.attr`, `key[1][k]`, or empty for automatic numbering).
fn get_field(vm: &mut Vm, name: &str, fa: &mut FArgs) -> PyResult {
    let nb = name.as_bytes();
    let first_end = nb.iter().position(|&c| c == b'.' || c == b'[').unwrap_or(nb.len());
    let first = &name[..first_end];
    let mut obj = if first.is_empty() {
        if fa.manual {
            return Err(fmt_err("cannot switch from manual field specification to automatic field numbering"));
        }
        let n = fa.auto.unwrap_or(0);
        fa.auto = Some(n + 1);
        positional(fa, n)?
    } else if let Some(n) = parse_index(first) {
        if fa.auto.is_some_and(|a| a > 0) {
            return Err(fmt_err("cannot switch from automatic field numbering to manual field specification"));
        }
        fa.manual = true;
        positional(fa, n)?
    } else {
        keyword(vm, fa, first)?
    };
    let mut i = first_end;
    while i < nb.len() {
        let o = Owned::new(obj);
        if nb[i] == b'.' {
            let end = nb[i + 1..].iter().position(|&c| c == b'.' || c == b'[').map_or(nb.len(), |p| i + 1 + p);
            let attr = &name[i + 1..end];
            if attr.is_empty() {
                return Err(fmt_err("Empty attribute in format string"));
            }
            let a = Owned::new(super::str::new_str(attr));
            obj = ops::getattr(vm, o.get(), a.get())?;
            i = end;
        } else if nb[i] == b'[' {
            let Some(close) = nb[i + 1..].iter().position(|&c| c == b']') else {
                return Err(fmt_err("Missing ']' in format field"));
            };
            let key = &name[i + 1..i + 1 + close];
            if key.is_empty() {
                return Err(fmt_err("Empty attribute in format string"));
            }
            let k = Owned::new(match parse_index(key) {
                Some(n) => super::int::int_from_i64(n as i64),
                None => super::str::new_str(key),
            });
            i = i + 1 + close + 1;
            if i < nb.len() && nb[i] != b'.' && nb[i] != b'[' {
                return Err(fmt_err("Only '.' or '[' may follow ']' in format field specifier"));
            }
            obj = mapping_get(vm, o.get(), k.get())?;
        } else {
            return Err(fmt_err("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(obj)
}

/// `m[k]`, with exact dicts read directly (KeyError when absent).
pub fn mapping_get(vm: &mut Vm, m: Value, k: Value) -> PyResult {
    if m.is_exact(&super::DICT_TYPE) {
        return match super::dict::get(vm, m, k)? {
            Some(v) => Ok(v.new_ref()),
            None => Err(key_error(k)),
        };
    }
    ops::getitem(vm, m, k)
}

fn parse_index(s: &str) -> Option<usize> {
    if s.is_empty() || !s.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn positional(fa: &FArgs, n: usize) -> PyResult {
    if !fa.mapping.is_null() {
        return Err(value_error("Format string contains positional fields"));
    }
    match fa.pos.get(n) {
        Some(&v) => Ok(v.new_ref()),
        None => Err(index_error(format!("Replacement index {n} out of range for positional args tuple"))),
    }
}

fn keyword(vm: &mut Vm, fa: &FArgs, name: &str) -> PyResult {
    if !fa.mapping.is_null() {
        let k = Owned::new(super::str::new_str(name));
        return mapping_get(vm, fa.mapping, k.get());
    }
    for (i, &kn) in fa.kwnames.iter().enumerate() {
        if str_obj(kn).bytes() == name.as_bytes() {
            return Ok(fa.kwvals[i].new_ref());
        }
    }
    let k = Owned::new(super::str::new_str(name));
    Err(key_error(k.get()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::{as_str, new_str};

    fn pct(vm: &mut Vm, f: &str, args: &[Value]) -> Result<String, String> {
        let t = super::super::tuple::new_tuple(args);
        let fs = new_str(f);
        match percent_format(vm, fs, t) {
            Ok(v) => Ok(as_str(v).unwrap_or("").to_string()),
            Err(e) => Err(format!("{:?}", e)),
        }
    }

    #[test]
    fn percent() {
        let mut vm = Vm::new();
        // Expected values from python3.
        assert_eq!(pct(&mut vm, "%5d|%-5d|%05d", &[Value::small_int(42), Value::small_int(42), Value::small_int(-42)]).ok().as_deref(), Some("   42|42   |-0042"));
        assert_eq!(pct(&mut vm, "%x %#o %.3f", &[Value::small_int(255), Value::small_int(8), Value::float(3.14159)]).ok().as_deref(), Some("ff 0o10 3.142"));
        let s = new_str("hé");
        assert_eq!(pct(&mut vm, "[%5s][%-4s][%.1s]", &[s, s, s]).ok().as_deref(), Some("[   hé][hé  ][h]"));
        assert!(pct(&mut vm, "%s %s", &[s]).is_err());
        assert!(pct(&mut vm, "%s", &[s, s]).is_err());
    }

    #[test]
    fn format_method() {
        let mut vm = Vm::new();
        let f = new_str("{0}-{1!r:>6}-{x:^5}-{{}}");
        let a = new_str("a");
        let x = new_str("xy");
        let kn = super::super::str::intern("x");
        let r = str_format(&mut vm, f, &[Value::small_int(1), a], &[x], &[kn], Value::NULL).ok();
        // python3: '{0}-{1!r:>6}-{x:^5}-{{}}'.format(1, 'a', x='xy') == "1-   'a'- xy  -{}"
        assert_eq!(r.and_then(as_str), Some("1-   'a'- xy  -{}"));
        let f = new_str("{:{}}|");
        let r = str_format(&mut vm, f, &[a, Value::small_int(3)], &[], &[], Value::NULL).ok();
        assert_eq!(r.and_then(as_str), Some("a  |"));
        let f = new_str("}");
        assert!(str_format(&mut vm, f, &[], &[], &[], Value::NULL).is_err());
    }
}
