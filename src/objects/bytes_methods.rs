//! Methods shared by `bytes` and `bytearray` (search, split/join, strip, padding, ASCII case
//! mapping and predicates, hex/fromhex, translate/maketrans, decode, ...), and the two types'
//! method tables. A method returns the type of its receiver (bytes or bytearray).

use super::bytearray::{is_bytearray, new_bytearray};
use super::bytes::{buffer_bytes, is_bytes, new_bytes};
use super::exceptions::{type_error, value_error};
use super::str_type::{find_bytes, rfind_bytes};
use super::text_util::{adjust_range, bind, check_size, index_value, int_arg, no_args, slice_bound, Style};
use super::typeobj::MethodDef;
use super::value::Value;
use super::bool_value;
use crate::vm::{ops, PyResult, Vm};

/// The receiver's data (copied: a bytearray may change while Python code runs).
fn me(args: &[Value]) -> Vec<u8> {
    buffer_bytes(args[0]).map(|d| d.to_vec()).unwrap_or_default()
}

/// The receiver's type name for messages and qualified names.
fn tname(args: &[Value]) -> &'static str {
    if is_bytearray(args[0]) {
        "bytearray"
    } else {
        "bytes"
    }
}

/// A result of the receiver's kind.
fn make(args: &[Value], d: &[u8]) -> Value {
    if is_bytearray(args[0]) {
        new_bytearray(d.to_vec())
    } else {
        new_bytes(d)
    }
}

/// The receiver itself (exact bytes) or a copy of its data.
fn same(args: &[Value]) -> Value {
    let v = args[0];
    if v.is_exact(&super::bytes::BYTES_TYPE) {
        v.new_ref()
    } else {
        make(args, &me(args))
    }
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
fn buf_arg(v: Value) -> PyResult<Vec<u8>> {
    match buffer_bytes(v) {
        Some(d) => Ok(d.to_vec()),
        None => Err(type_error(format!("a bytes-like object is required, not '{}'", ops::type_name(v)))),
    }
}

/// The `sub` argument of find/count/index: bytes-like or an int in range(256).
fn sub_arg(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(d) = buffer_bytes(v) {
        return Ok(d.to_vec());
    }
    if !super::str::is_str(v) && !v.is_float() {
        if let Some((i, _)) = index_value(vm, v)? {
            if !(0..256).contains(&i) {
                return Err(value_error("byte must be in range(0, 256)"));
            }
            return Ok(vec![i as u8]);
        }
    }
    Err(type_error(format!("argument should be integer or bytes-like object, not '{}'", ops::type_name(v))))
}

// ----- search -----

/// The receiver's data, the needle, the clamped range and whether the range is non-empty.
type SearchArgs = (Vec<u8>, Vec<u8>, usize, usize, bool);

fn search(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<SearchArgs> {
    let [sub, start, end] = bind(tname(args), name, args, kw, ["sub", "start", "end"], 1, false, Style::Old)?;
    let d = me(args);
    let sub = sub_arg(vm, sub)?;
    let s = slice_bound(vm, start, 0)?;
    let e = slice_bound(vm, end, i64::MAX)?;
    let (a, b) = adjust_range(s, e, d.len());
    let ok = a <= d.len() && a <= b;
    Ok((d, sub, a, b, ok))
}

fn find_impl(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult<i64> {
    let (d, sub, a, b, ok) = search(vm, args, kw, name)?;
    if !ok || b - a < sub.len() {
        return Ok(-1);
    }
    let hay = &d[a..b];
    let r = if rev { rfind_bytes(hay, &sub) } else { find_bytes(hay, &sub) };
    Ok(r.map_or(-1, |i| (a + i) as i64))
}

fn m_find(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::small_int(find_impl(vm, args, kw, "find", false)?))
}
fn m_rfind(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::small_int(find_impl(vm, args, kw, "rfind", true)?))
}
fn m_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    match find_impl(vm, args, kw, "index", false)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::small_int(i)),
    }
}
fn m_rindex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    match find_impl(vm, args, kw, "rindex", true)? {
        -1 => Err(value_error("subsection not found")),
        i => Ok(Value::small_int(i)),
    }
}
fn m_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let (d, sub, a, b, ok) = search(vm, args, kw, "count")?;
    if !ok {
        return Ok(Value::small_int(0));
    }
    if sub.is_empty() {
        return Ok(Value::small_int((b - a + 1) as i64));
    }
    Ok(Value::small_int(super::str_methods::count_bytes(&d[a..b], &sub) as i64))
}

fn starts_ends(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, end: bool) -> PyResult {
    let [prefix, start, stop] = bind(tname(args), name, args, kw, ["prefix", "start", "end"], 1, false, Style::Old)?;
    let d = me(args);
    let s = slice_bound(vm, start, 0)?;
    let e = slice_bound(vm, stop, i64::MAX)?;
    let (a, b) = adjust_range(s, e, d.len());
    let test = |p: &[u8]| -> bool {
        if a > d.len() || b < a || b - a < p.len() {
            return false;
        }
        if end {
            d[a..b].ends_with(p)
        } else {
            d[a..b].starts_with(p)
        }
    };
    if super::tuple::is_tuple(prefix) {
        for &p in super::tuple::items(prefix) {
            if test(&buf_arg(p)?) {
                return Ok(bool_value(true));
            }
        }
        return Ok(bool_value(false));
    }
    match buffer_bytes(prefix) {
        Some(p) => Ok(bool_value(test(p))),
        None => Err(type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {}", ops::type_name(prefix)))),
    }
}
fn m_startswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    starts_ends(vm, args, kw, "startswith", false)
}
fn m_endswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    starts_ends(vm, args, kw, "endswith", true)
}

// ----- replace, partition, prefix -----

fn m_replace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [old, new, count] = bind(tname(args), "replace", args, kw, ["old", "new", "count"], 2, false, Style::Clinic)?;
    let (old, new) = (buf_arg(old)?, buf_arg(new)?);
    let count = if count.is_null() { -1 } else { int_arg(vm, count)? };
    let d = me(args);
    let max = if count < 0 { usize::MAX } else { count as usize };
    let mut out = Vec::with_capacity(d.len());
    let mut n = 0;
    if old.is_empty() {
        for (i, &c) in d.iter().enumerate() {
            if n < max {
                out.extend_from_slice(&new);
                n += 1;
            } else {
                out.extend_from_slice(&d[i..]);
                return Ok(make(args, &out));
            }
            out.push(c);
        }
        if n < max {
            out.extend_from_slice(&new);
        }
        return Ok(make(args, &out));
    }
    let mut pos = 0;
    while n < max {
        match find_bytes(&d[pos..], &old) {
            Some(i) => {
                out.extend_from_slice(&d[pos..pos + i]);
                out.extend_from_slice(&new);
                pos += i + old.len();
                n += 1;
            }
            None => break,
        }
    }
    if n == 0 {
        return Ok(same(args));
    }
    out.extend_from_slice(&d[pos..]);
    Ok(make(args, &out))
}

fn partition(args: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult {
    let [sep] = bind(tname(args), name, args, kw, ["sep"], 1, false, Style::Clinic)?;
    let sep = buf_arg(sep)?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let d = me(args);
    let r = if rev { rfind_bytes(&d, &sep) } else { find_bytes(&d, &sep) };
    let items = match r {
        Some(i) => vec![make(args, &d[..i]), make(args, &sep), make(args, &d[i + sep.len()..])],
        None if rev => vec![make(args, &[]), make(args, &[]), same(args)],
        None => vec![same(args), make(args, &[]), make(args, &[])],
    };
    Ok(super::tuple::tuple_from_vec(items))
}
fn m_partition(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    partition(args, kw, "partition", false)
}
fn m_rpartition(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    partition(args, kw, "rpartition", true)
}

fn m_removeprefix(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [p] = bind(tname(args), "removeprefix", args, kw, ["prefix"], 1, false, Style::Clinic)?;
    let p = buf_arg(p)?;
    let d = me(args);
    if !p.is_empty() && d.starts_with(&p) {
        return Ok(make(args, &d[p.len()..]));
    }
    Ok(same(args))
}
fn m_removesuffix(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [p] = bind(tname(args), "removesuffix", args, kw, ["suffix"], 1, false, Style::Clinic)?;
    let p = buf_arg(p)?;
    let d = me(args);
    if !p.is_empty() && d.ends_with(&p) {
        return Ok(make(args, &d[..d.len() - p.len()]));
    }
    Ok(same(args))
}

// ----- split / join -----

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

fn split_args(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str) -> PyResult<(Option<Vec<u8>>, usize)> {
    let [sep, maxsplit] = bind(tname(args), name, args, kw, ["sep", "maxsplit"], 0, true, Style::Old)?;
    let sep = if sep.is_null() || sep.is_none() { None } else { Some(buf_arg(sep)?) };
    if sep.as_ref().is_some_and(|s| s.is_empty()) {
        return Err(value_error("empty separator"));
    }
    let max = if maxsplit.is_null() { -1 } else { int_arg(vm, maxsplit)? };
    Ok((sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn m_split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let (sep, max) = split_args(vm, args, kw, "split")?;
    let d = me(args);
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            let mut n = 0;
            loop {
                while i < d.len() && is_ws(d[i]) {
                    i += 1;
                }
                if i >= d.len() {
                    break;
                }
                if n >= max {
                    out.push(make(args, &d[i..]));
                    break;
                }
                let s = i;
                while i < d.len() && !is_ws(d[i]) {
                    i += 1;
                }
                out.push(make(args, &d[s..i]));
                n += 1;
            }
        }
        Some(sep) => {
            let mut pos = 0;
            let mut n = 0;
            while n < max {
                match find_bytes(&d[pos..], &sep) {
                    Some(i) => {
                        out.push(make(args, &d[pos..pos + i]));
                        pos += i + sep.len();
                        n += 1;
                    }
                    None => break,
                }
            }
            out.push(make(args, &d[pos..]));
        }
    }
    Ok(super::list::list_from_vec(out))
}

fn m_rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let (sep, max) = split_args(vm, args, kw, "rsplit")?;
    let d = me(args);
    let mut out = Vec::new();
    match sep {
        None => {
            let mut e = d.len();
            let mut n = 0;
            loop {
                while e > 0 && is_ws(d[e - 1]) {
                    e -= 1;
                }
                if e == 0 {
                    break;
                }
                if n >= max {
                    out.push(make(args, &d[..e]));
                    break;
                }
                let end = e;
                while e > 0 && !is_ws(d[e - 1]) {
                    e -= 1;
                }
                out.push(make(args, &d[e..end]));
                n += 1;
            }
        }
        Some(sep) => {
            let mut end = d.len();
            let mut n = 0;
            while n < max {
                match rfind_bytes(&d[..end], &sep) {
                    Some(i) => {
                        out.push(make(args, &d[i + sep.len()..end]));
                        end = i;
                        n += 1;
                    }
                    None => break,
                }
            }
            out.push(make(args, &d[..end]));
        }
    }
    out.reverse();
    Ok(super::list::list_from_vec(out))
}

fn m_splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [keep] = bind(tname(args), "splitlines", args, kw, ["keepends"], 0, true, Style::Old)?;
    let keep = if keep.is_null() { false } else { ops::is_true(vm, keep)? };
    let d = me(args);
    let mut out = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < d.len() {
        if d[i] == b'\n' || d[i] == b'\r' {
            let mut eol = i + 1;
            if d[i] == b'\r' && d.get(i + 1) == Some(&b'\n') {
                eol += 1;
            }
            out.push(make(args, &d[start..if keep { eol } else { i }]));
            i = eol;
            start = eol;
        } else {
            i += 1;
        }
    }
    if start < d.len() {
        out.push(make(args, &d[start..]));
    }
    Ok(super::list::list_from_vec(out))
}

fn m_join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [it] = bind(tname(args), "join", args, kw, ["iterable_of_bytes"], 1, false, Style::Clinic)?;
    let sep = me(args);
    let listlike = it.is_exact(&super::LIST_TYPE) || it.is_exact(&super::TUPLE_TYPE);
    let s = it.ty().slots();
    if !listlike && s.iter.is_none() && s.getitem.is_none() {
        return Err(type_error("can only join an iterable"));
    }
    let items = ops::collect(vm, it)?;
    let mut out = Vec::new();
    let mut err = None;
    for (i, &x) in items.iter().enumerate() {
        match buffer_bytes(x) {
            Some(b) => {
                if i > 0 {
                    out.extend_from_slice(&sep);
                }
                out.extend_from_slice(b);
            }
            None => {
                err = Some(type_error(format!("sequence item {i}: expected a bytes-like object, {} found", ops::type_name(x))));
                break;
            }
        }
    }
    for x in items {
        x.decref();
    }
    match err {
        Some(e) => Err(e),
        None => Ok(make(args, &out)),
    }
}

// ----- strip / pad -----

fn strip(args: &[Value], kw: &[Value], name: &str, left: bool, right: bool) -> PyResult {
    let [chars] = bind(tname(args), name, args, kw, ["bytes"], 0, false, Style::Clinic)?;
    let set = if chars.is_null() || chars.is_none() { None } else { Some(buf_arg(chars)?) };
    let d = me(args);
    let strip_it = |c: u8| match &set {
        None => is_ws(c),
        Some(s) => s.contains(&c),
    };
    let (mut s, mut e) = (0, d.len());
    if left {
        while s < e && strip_it(d[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip_it(d[e - 1]) {
            e -= 1;
        }
    }
    if s == 0 && e == d.len() {
        return Ok(same(args));
    }
    Ok(make(args, &d[s..e]))
}
fn m_strip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    strip(args, kw, "strip", true, true)
}
fn m_lstrip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    strip(args, kw, "lstrip", true, false)
}
fn m_rstrip(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    strip(args, kw, "rstrip", false, true)
}

fn pad(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, how: u8) -> PyResult {
    let [width, fill] = bind(tname(args), name, args, kw, ["width", "fillchar"], 1, false, Style::Clinic)?;
    let width = int_arg(vm, width)?;
    let fill = if fill.is_null() {
        b' '
    } else {
        match buffer_bytes(fill) {
            Some(b) if b.len() == 1 && (is_bytes(fill) || is_bytearray(fill)) => b[0],
            _ => {
                return Err(type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    ops::type_name(fill)
                )))
            }
        }
    };
    let d = me(args);
    if width <= d.len() as i64 {
        return Ok(same(args));
    }
    let total = width as usize - d.len();
    check_size(total)?;
    let (l, r) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => {
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&d);
    out.resize(out.len() + r, fill);
    Ok(make(args, &out))
}
fn m_center(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pad(vm, args, kw, "center", b'c')
}
fn m_ljust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pad(vm, args, kw, "ljust", b'l')
}
fn m_rjust(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pad(vm, args, kw, "rjust", b'r')
}

fn m_zfill(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [w] = bind(tname(args), "zfill", args, kw, ["width"], 1, false, Style::Clinic)?;
    let width = int_arg(vm, w)?;
    let d = me(args);
    if width <= d.len() as i64 {
        return Ok(same(args));
    }
    let fill = width as usize - d.len();
    check_size(fill)?;
    let mut out = Vec::with_capacity(width as usize);
    let rest = match d.first() {
        Some(&c) if c == b'+' || c == b'-' => {
            out.push(c);
            &d[1..]
        }
        _ => &d[..],
    };
    out.resize(out.len() + fill, b'0');
    out.extend_from_slice(rest);
    Ok(make(args, &out))
}

fn m_expandtabs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [ts] = bind(tname(args), "expandtabs", args, kw, ["tabsize"], 0, true, Style::Old)?;
    let tab = if ts.is_null() { 8 } else { int_arg(vm, ts)? };
    let d = me(args);
    let mut out = Vec::with_capacity(d.len());
    let mut col: i64 = 0;
    for &c in &d {
        match c {
            b'\t' => {
                if tab > 0 {
                    let n = tab - col % tab;
                    check_size(out.len().saturating_add(n as usize))?;
                    out.resize(out.len() + n as usize, b' ');
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(make(args, &out))
}

// ----- ASCII case and predicates -----

fn map_bytes(args: &[Value], kw: &[Value], name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult {
    no_args(tname(args), name, args, kw)?;
    Ok(make(args, &f(&me(args))))
}

fn title_bytes(d: &[u8]) -> Vec<u8> {
    let mut prev = false;
    d.iter()
        .map(|&c| {
            let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

fn m_lower(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    map_bytes(args, kw, "lower", |d| d.to_ascii_lowercase())
}
fn m_upper(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    map_bytes(args, kw, "upper", |d| d.to_ascii_uppercase())
}
fn m_swapcase(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    map_bytes(args, kw, "swapcase", |d| {
        d.iter().map(|&c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect()
    })
}
fn m_title(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    map_bytes(args, kw, "title", title_bytes)
}
fn m_capitalize(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    map_bytes(args, kw, "capitalize", |d| {
        d.iter().enumerate().map(|(i, &c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
    })
}

fn pred(args: &[Value], kw: &[Value], name: &str, f: fn(&[u8]) -> bool) -> PyResult {
    no_args(tname(args), name, args, kw)?;
    Ok(bool_value(f(&me(args))))
}

fn m_isascii(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isascii", |d| d.is_ascii())
}
fn m_isalpha(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isalpha", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic))
}
fn m_isalnum(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isalnum", |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric))
}
fn m_isdigit(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isdigit", |d| !d.is_empty() && d.iter().all(u8::is_ascii_digit))
}
fn m_isspace(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isspace", |d| !d.is_empty() && d.iter().all(|&c| is_ws(c)))
}
fn m_islower(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "islower", |d| d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase))
}
fn m_isupper(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isupper", |d| d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase))
}
fn m_istitle(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "istitle", |d| {
        let (mut cased, mut prev) = (false, false);
        for &c in d {
            if c.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        cased
    })
}

// ----- hex, translate, decode, misc -----

/// `bytes.hex([sep[, bytes_per_sep]])` (bytearray and memoryview share it).
pub fn hex_method(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [sep, per] = bind("", "hex", args, kw, ["sep", "bytes_per_sep"], 0, true, Style::Old)?;
    let d = me(args);
    let sep_c = if sep.is_null() {
        None
    } else {
        let s: Vec<u8> = if super::str::is_str(sep) {
            super::str::str_obj(sep).bytes().to_vec()
        } else if let Some(b) = buffer_bytes(sep) {
            b.to_vec()
        } else {
            return Err(type_error("sep must be str or bytes."));
        };
        if s.len() != 1 {
            return Err(value_error("sep must be length 1."));
        }
        if !s[0].is_ascii() {
            return Err(value_error("sep must be ASCII."));
        }
        Some(s[0])
    };
    let per = if per.is_null() { 1 } else { int_arg(vm, per)? };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(d.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &b) in d.iter().enumerate() {
        if let Some(sc) = sep_c {
            if i > 0 && group > 0 {
                // Groups counted from the right for positive bytes_per_sep, left for negative.
                let boundary = if per > 0 { (d.len() - i) % group == 0 } else { i % group == 0 };
                if boundary {
                    out.push(sc as char);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize] as char);
        out.push(HEX[(b & 15) as usize] as char);
    }
    Ok(super::str::str_from_string(out))
}

fn m_fromhex(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [s] = bind("", "fromhex", args, kw, ["string"], 1, false, Style::Clinic)?;
    if !super::str::is_str(s) {
        return Err(type_error(format!("fromhex() argument must be str, not {}", ops::type_name(s))));
    }
    let text: Vec<u32> = super::str::str_obj(s).code_points().collect();
    let mut out = Vec::with_capacity(text.len() / 2);
    let hexv = |c: u32| char::from_u32(c).and_then(|c| c.to_digit(16));
    let mut i = 0;
    while i < text.len() {
        if text[i] == ' ' as u32 || (9..=13).contains(&text[i]) {
            i += 1;
            continue;
        }
        let Some(hi) = hexv(text[i]) else {
            return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")));
        };
        let Some(lo) = text.get(i + 1).and_then(|&c| hexv(c)) else {
            return Err(value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    // Class method: args[0] is the type.
    let is_ba = super::type_type::as_type(args[0]).is_some_and(|t| t.is_subtype(&super::bytearray::BYTEARRAY_TYPE));
    Ok(if is_ba { new_bytearray(out) } else { new_bytes(&out) })
}

fn m_maketrans(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let mut full = vec![Value::NULL];
    full.extend_from_slice(args);
    let [a, b] = bind("", "maketrans", &full, kw, ["frm", "to"], 2, false, Style::Clinic)?;
    let (a, b) = (buf_arg(a)?, buf_arg(b)?);
    if a.len() != b.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (x, y) in a.iter().zip(&b) {
        t[*x as usize] = *y;
    }
    Ok(new_bytes(&t))
}

fn m_translate(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [table, delete] = bind(tname(args), "translate", args, kw, ["table", "delete"], 1, true, Style::Clinic)?;
    let table = if table.is_none() {
        None
    } else {
        let t = buf_arg(table)?;
        if t.len() != 256 {
            return Err(value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let del = if delete.is_null() { Vec::new() } else { buf_arg(delete)? };
    let d = me(args);
    let out: Vec<u8> = d
        .iter()
        .filter(|c| !del.contains(c))
        .map(|&c| match &table {
            Some(t) => t[c as usize],
            None => c,
        })
        .collect();
    Ok(make(args, &out))
}

fn m_decode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [enc, errs] = bind(tname(args), "decode", args, kw, ["encoding", "errors"], 0, true, Style::Old)?;
    let get = |v: Value, what: &str, d: &str| -> PyResult<String> {
        if v.is_null() {
            Ok(d.to_string())
        } else if super::str::is_str(v) {
            Ok(super::str::str_obj(v).to_string_lossy().into_owned())
        } else {
            Err(type_error(format!("decode() argument '{what}' must be str, not {}", ops::type_name(v))))
        }
    };
    let e = get(enc, "encoding", "utf-8")?;
    let r = get(errs, "errors", "strict")?;
    super::text_codecs::decode(vm, &me(args), &e, &r)
}

fn m_getnewargs(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    no_args("bytes", "__getnewargs__", args, kw)?;
    Ok(super::tuple::tuple_from_vec(vec![new_bytes(&me(args))]))
}

fn m_bytes(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    no_args("bytes", "__bytes__", args, kw)?;
    Ok(same(args))
}

fn m_mod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [x] = bind("", "__mod__", args, kw, ["value"], 1, false, Style::Clinic)?;
    let r = super::bytes_format::bytes_percent(vm, &me(args), x)?;
    Ok(make(args, &r))
}

fn m_sizeof(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    no_args(tname(args), "__sizeof__", args, kw)?;
    let n = me(args).len();
    Ok(Value::small_int(if is_bytearray(args[0]) { 56 + n as i64 + 1 } else { 33 + n as i64 }))
}

macro_rules! shared_methods {
    ($($extra:expr),* $(,)?) => {
        &[
            MethodDef::method("capitalize", m_capitalize),
            MethodDef::method("center", m_center),
            MethodDef::method("count", m_count),
            MethodDef::method("decode", m_decode),
            MethodDef::method("endswith", m_endswith),
            MethodDef::method("expandtabs", m_expandtabs),
            MethodDef::method("find", m_find),
            MethodDef::class("fromhex", m_fromhex),
            MethodDef::method("hex", hex_method),
            MethodDef::method("index", m_index),
            MethodDef::method("isalnum", m_isalnum),
            MethodDef::method("isalpha", m_isalpha),
            MethodDef::method("isascii", m_isascii),
            MethodDef::method("isdigit", m_isdigit),
            MethodDef::method("islower", m_islower),
            MethodDef::method("isspace", m_isspace),
            MethodDef::method("istitle", m_istitle),
            MethodDef::method("isupper", m_isupper),
            MethodDef::method("join", m_join),
            MethodDef::method("ljust", m_ljust),
            MethodDef::method("lower", m_lower),
            MethodDef::method("lstrip", m_lstrip),
            MethodDef::static_("maketrans", m_maketrans),
            MethodDef::method("partition", m_partition),
            MethodDef::method("removeprefix", m_removeprefix),
            MethodDef::method("removesuffix", m_removesuffix),
            MethodDef::method("replace", m_replace),
            MethodDef::method("rfind", m_rfind),
            MethodDef::method("rindex", m_rindex),
            MethodDef::method("rjust", m_rjust),
            MethodDef::method("rpartition", m_rpartition),
            MethodDef::method("rsplit", m_rsplit),
            MethodDef::method("rstrip", m_rstrip),
            MethodDef::method("split", m_split),
            MethodDef::method("splitlines", m_splitlines),
            MethodDef::method("startswith", m_startswith),
            MethodDef::method("strip", m_strip),
            MethodDef::method("swapcase", m_swapcase),
            MethodDef::method("title", m_title),
            MethodDef::method("translate", m_translate),
            MethodDef::method("upper", m_upper),
            MethodDef::method("zfill", m_zfill),
            MethodDef::method("__mod__", m_mod),
            MethodDef::method("__sizeof__", m_sizeof),
            $($extra,)*
        ]
    };
}

pub static BYTES_METHODS: &[MethodDef] = shared_methods![
    MethodDef::method("__getnewargs__", m_getnewargs),
    MethodDef::method("__bytes__", m_bytes),
];

pub static BYTEARRAY_METHODS: &[MethodDef] = shared_methods![
    MethodDef::method("append", super::bytearray::m_append),
    MethodDef::method("extend", super::bytearray::m_extend),
    MethodDef::method("pop", super::bytearray::m_pop),
    MethodDef::method("insert", super::bytearray::m_insert),
    MethodDef::method("remove", super::bytearray::m_remove),
    MethodDef::method("clear", super::bytearray::m_clear),
    MethodDef::method("reverse", super::bytearray::m_reverse),
    MethodDef::method("copy", super::bytearray::m_copy),
    MethodDef::method("__alloc__", super::bytearray::m_alloc),
    MethodDef::method("__iadd__", super::bytearray::m_iadd),
];
