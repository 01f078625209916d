//! The methods of `str` (everything in `dir(str)` that is not a slot): search, split/join,
//! strip, padding, case mapping, predicates, translate/maketrans, encode, and the entry points
//! of `format`/`format_map`/`__format__` (implemented in `str_format.rs`). Case mapping and
//! character classes come from `str_unicode.rs`.

use super::exceptions::{type_error, value_error};
use super::str::{empty_str, is_str, str_from_wtf8_piece, str_obj, StrBuilder, StrObject};
use super::str_type::{find_bytes, rfind_bytes};
use super::str_unicode as uni;
use super::text_util::{adjust_range, bind, check_size, int_arg, no_args, slice_bound, Style};
use super::typeobj::MethodDef;
use super::value::Value;
use super::{bool_value, none};
use crate::vm::{ops, PyResult, Vm};

#[inline]
fn me<'a>(args: &[Value]) -> &'a StrObject {
    str_obj(args[0])
}

/// A str argument or "must be str, not int".
fn str_arg<'a>(v: Value) -> PyResult<&'a StrObject> {
    if is_str(v) {
        Ok(str_obj(v))
    } else {
        Err(type_error(format!("must be str, not {}", ops::type_name(v))))
    }
}

/// A new reference to self as an exact str (subclass instances are copied).
fn self_exact(v: Value) -> Value {
    if v.is_exact(&super::STR_TYPE) {
        v.new_ref()
    } else {
        super::str_type::exact_copy(v)
    }
}

/// Number of characters in WTF-8 bytes `b`.
#[inline]
fn char_count(b: &[u8], ascii: bool) -> usize {
    if ascii {
        b.len()
    } else {
        b.iter().filter(|&&c| c & 0xC0 != 0x80).count()
    }
}

/// The byte range of the character range `start..end` (already clamped).
#[inline]
fn byte_range(o: &StrObject, start: usize, end: usize) -> (usize, usize) {
    (o.byte_offset(start), o.byte_offset(end.max(start)))
}

fn piece(o: &StrObject, b: &[u8]) -> Value {
    str_from_wtf8_piece(b, o.flags.get() & super::str::STR_SURROGATES != 0)
}

// ----- search -----

/// find/rfind/index/rindex/count share argument handling: `(sub, start, end)`.
fn search_args<'a>(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<(&'a StrObject, &'a StrObject, i64, usize, usize)> {
    let [sub, start, end] = bind("str", name, args, kw, ["sub", "start", "end"], 1, false, Style::Old)?;
    let o = me(args);
    let sub = str_arg(sub)?;
    let s = slice_bound(vm, start, 0)?;
    let e = slice_bound(vm, end, i64::MAX)?;
    let (a, b) = adjust_range(s, e, o.char_len);
    Ok((o, sub, s, a, b))
}

/// Character index of the first/last occurrence, or -1.
fn find_impl(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value], rev: bool) -> PyResult<i64> {
    let (o, sub, _s, a, b) = search_args(vm, name, args, kw)?;
    if a > o.char_len || (b < a) || (b - a < sub.char_len) {
        return Ok(-1);
    }
    let (bs, be) = byte_range(o, a, b);
    let hay = &o.bytes()[bs..be];
    let r = if rev { rfind_bytes(hay, sub.bytes()) } else { find_bytes(hay, sub.bytes()) };
    // Characters are counted from the search start (whose index is `a`), not from the
    // beginning, so a loop of finds over a long non-ASCII string stays linear.
    Ok(match r {
        Some(off) => (a + char_count(&o.bytes()[bs..bs + off], o.is_ascii())) as i64,
        None => -1,
    })
}

fn m_find(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::small_int(find_impl(vm, "find", args, kw, false)?))
}

fn m_rfind(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    Ok(Value::small_int(find_impl(vm, "rfind", args, kw, true)?))
}

fn m_index(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    match find_impl(vm, "index", args, kw, false)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::small_int(i)),
    }
}

fn m_rindex(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    match find_impl(vm, "rindex", args, kw, true)? {
        -1 => Err(value_error("substring not found")),
        i => Ok(Value::small_int(i)),
    }
}

fn m_count(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let (o, sub, _s, a, b) = search_args(vm, "count", args, kw)?;
    if a > o.char_len || b < a {
        return Ok(Value::small_int(0));
    }
    if sub.char_len == 0 {
        return Ok(Value::small_int((b - a + 1) as i64));
    }
    let (bs, be) = byte_range(o, a, b);
    let hay = &o.bytes()[bs..be];
    Ok(Value::small_int(count_bytes(hay, sub.bytes()) as i64))
}

/// Non-overlapping occurrences of a non-empty needle.
pub fn count_bytes(hay: &[u8], needle: &[u8]) -> usize {
    if needle.len() == 1 {
        return memchr::memchr_iter(needle[0], hay).count();
    }
    let mut n = 0;
    let mut pos = 0;
    let finder = memchr::memmem::Finder::new(needle);
    while let Some(i) = finder.find(&hay[pos..]) {
        n += 1;
        pos += i + needle.len();
    }
    n
}

fn starts_ends(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, end: bool) -> PyResult {
    let [prefix, start, stop] = bind("str", name, args, kw, ["prefix", "start", "end"], 1, false, Style::Old)?;
    let o = me(args);
    let s = slice_bound(vm, start, 0)?;
    let e = slice_bound(vm, stop, i64::MAX)?;
    let (a, b) = adjust_range(s, e, o.char_len);
    let test = |p: &StrObject| -> bool {
        if a > o.char_len {
            return false;
        }
        if b < a || b - a < p.char_len {
            return false;
        }
        let (bs, be) = byte_range(o, a, b);
        let hay = &o.bytes()[bs..be];
        if end {
            hay.ends_with(p.bytes())
        } else {
            hay.starts_with(p.bytes())
        }
    };
    if super::tuple::is_tuple(prefix) {
        for &p in super::tuple::items(prefix) {
            if !is_str(p) {
                return Err(type_error(format!("tuple for {name} must only contain str, not {}", ops::type_name(p))));
            }
            if test(str_obj(p)) {
                return Ok(bool_value(true));
            }
        }
        return Ok(bool_value(false));
    }
    if !is_str(prefix) {
        return Err(type_error(format!("{name} first arg must be str or a tuple of str, not {}", ops::type_name(prefix))));
    }
    Ok(bool_value(test(str_obj(prefix))))
}

fn m_startswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    starts_ends(vm, args, kw, "startswith", false)
}

fn m_endswith(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    starts_ends(vm, args, kw, "endswith", true)
}

// ----- replace, partition, prefix/suffix -----

fn m_replace(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [old, new, count] = bind("str", "replace", args, kw, ["old", "new", "count"], 2, false, Style::Clinic)?;
    if !is_str(old) {
        return Err(type_error(format!("replace() argument 1 must be str, not {}", ops::type_name(old))));
    }
    if !is_str(new) {
        return Err(type_error(format!("replace() argument 2 must be str, not {}", ops::type_name(new))));
    }
    let count = if count.is_null() { -1 } else { int_arg(vm, count)? };
    Ok(replace(args[0], str_obj(old), str_obj(new), count))
}

/// `s.replace(old, new, count)` (count < 0: all).
pub fn replace(s: Value, old: &StrObject, new: &StrObject, count: i64) -> Value {
    let o = str_obj(s);
    let max = if count < 0 { usize::MAX } else { count as usize };
    if max == 0 {
        return self_exact(s);
    }
    let mut b = StrBuilder::with_capacity(o.byte_len);
    if old.byte_len == 0 {
        // Insert `new` before every character and at the end, up to `max` times.
        let mut n = 0;
        let bytes = o.bytes();
        let mut pos = 0;
        while pos <= bytes.len() {
            if n < max {
                b.push_obj(new);
                n += 1;
            } else {
                b.push_wtf8(&bytes[pos..], 0, true, true);
                break;
            }
            if pos == bytes.len() {
                break;
            }
            let l = super::str::utf8_len(bytes[pos]);
            b.push_wtf8(&bytes[pos..(pos + l).min(bytes.len())], 0, true, true);
            pos += l;
        }
        b.chars = o.char_len + n * new.char_len;
        b.non_ascii = !(o.is_ascii() && new.is_ascii());
        b.surrogates = ((o.flags.get() | new.flags.get()) & super::str::STR_SURROGATES) != 0;
        return b.finish();
    }
    let hay = o.bytes();
    let finder = memchr::memmem::Finder::new(old.bytes());
    let mut pos = 0;
    let mut n = 0;
    let mut found_any = false;
    while n < max {
        match finder.find(&hay[pos..]) {
            Some(i) => {
                found_any = true;
                b.bytes.extend_from_slice(&hay[pos..pos + i]);
                b.bytes.extend_from_slice(new.bytes());
                pos += i + old.byte_len;
                n += 1;
            }
            None => break,
        }
    }
    if !found_any {
        return self_exact(s);
    }
    b.bytes.extend_from_slice(&hay[pos..]);
    b.chars = o.char_len - n * old.char_len + n * new.char_len;
    b.non_ascii = !(o.is_ascii() && new.is_ascii());
    b.surrogates = ((o.flags.get() | new.flags.get()) & super::str::STR_SURROGATES) != 0;
    if b.non_ascii && b.bytes.is_ascii() {
        b.non_ascii = false;
    }
    if b.surrogates && std::str::from_utf8(&b.bytes).is_ok() {
        b.surrogates = false;
    }
    b.finish()
}

fn partition(args: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult {
    let [sep] = bind("str", name, args, kw, ["sep"], 1, false, Style::Clinic)?;
    let sepo = str_arg(sep)?;
    if sepo.byte_len == 0 {
        return Err(value_error("empty separator"));
    }
    let o = me(args);
    let hay = o.bytes();
    let r = if rev { rfind_bytes(hay, sepo.bytes()) } else { find_bytes(hay, sepo.bytes()) };
    let items = match r {
        Some(i) => vec![piece(o, &hay[..i]), sep.new_ref(), piece(o, &hay[i + sepo.byte_len..])],
        None if rev => vec![empty_str(), empty_str(), self_exact(args[0])],
        None => vec![self_exact(args[0]), empty_str(), empty_str()],
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
    let [p] = bind("str", "removeprefix", args, kw, ["prefix"], 1, false, Style::Clinic)?;
    if !is_str(p) {
        return Err(type_error(format!("removeprefix() argument must be str, not {}", ops::type_name(p))));
    }
    let o = me(args);
    let p = str_obj(p);
    if p.byte_len > 0 && o.bytes().starts_with(p.bytes()) {
        return Ok(piece(o, &o.bytes()[p.byte_len..]));
    }
    Ok(self_exact(args[0]))
}

fn m_removesuffix(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [p] = bind("str", "removesuffix", args, kw, ["suffix"], 1, false, Style::Clinic)?;
    if !is_str(p) {
        return Err(type_error(format!("removesuffix() argument must be str, not {}", ops::type_name(p))));
    }
    let o = me(args);
    let p = str_obj(p);
    if p.byte_len > 0 && o.bytes().ends_with(p.bytes()) {
        return Ok(piece(o, &o.bytes()[..o.byte_len - p.byte_len]));
    }
    Ok(self_exact(args[0]))
}

// ----- split / join -----

/// Byte length of the whitespace character at `b[i..]`, if it is one.
#[inline]
fn ws_at(b: &[u8], i: usize) -> Option<usize> {
    let c = b[i];
    if c < 0x80 {
        return if uni::is_space(c as u32) { Some(1) } else { None };
    }
    let l = super::str::utf8_len(c);
    let cp = crate::wtf8::code_points_of(&b[i..(i + l).min(b.len())]).next()?;
    if uni::is_space(cp) {
        Some(l)
    } else {
        None
    }
}

/// Start byte of the character that ends at byte `end` (exclusive).
#[inline]
fn prev_char_start(b: &[u8], end: usize) -> usize {
    let mut i = end - 1;
    while i > 0 && b[i] & 0xC0 == 0x80 {
        i -= 1;
    }
    i
}

fn split_args(vm: &mut Vm, name: &str, args: &[Value], kw: &[Value]) -> PyResult<(Value, i64)> {
    let [sep, maxsplit] = bind("str", name, args, kw, ["sep", "maxsplit"], 0, true, Style::Old)?;
    if !sep.is_null() && !sep.is_none() && !is_str(sep) {
        return Err(type_error(format!("must be str or None, not {}", ops::type_name(sep))));
    }
    let max = if maxsplit.is_null() { -1 } else { int_arg(vm, maxsplit)? };
    Ok((if sep.is_null() { none() } else { sep }, max))
}

/// `s.split(sep, maxsplit)` as a Vec of new str values.
pub fn split_vec(s: Value, sep: Option<&StrObject>, maxsplit: i64) -> PyResult<Vec<Value>> {
    let o = str_obj(s);
    let b = o.bytes();
    let max = if maxsplit < 0 { usize::MAX } else { maxsplit as usize };
    let mut out = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            let mut n = 0;
            loop {
                while i < b.len() {
                    match ws_at(b, i) {
                        Some(l) => i += l,
                        None => break,
                    }
                }
                if i >= b.len() {
                    break;
                }
                if n >= max {
                    out.push(piece(o, &b[i..]));
                    break;
                }
                let start = i;
                while i < b.len() && ws_at(b, i).is_none() {
                    i += super::str::utf8_len(b[i]);
                }
                let i2 = i.min(b.len());
                if start == 0 && i2 == b.len() && s.is_exact(&super::STR_TYPE) {
                    out.push(s.new_ref());
                } else {
                    out.push(piece(o, &b[start..i2]));
                }
                n += 1;
            }
        }
        Some(sep) => {
            if sep.byte_len == 0 {
                return Err(value_error("empty separator"));
            }
            let finder = memchr::memmem::Finder::new(sep.bytes());
            let mut pos = 0;
            let mut n = 0;
            while n < max {
                match finder.find(&b[pos..]) {
                    Some(i) => {
                        out.push(piece(o, &b[pos..pos + i]));
                        pos += i + sep.byte_len;
                        n += 1;
                    }
                    None => break,
                }
            }
            if pos == 0 {
                out.push(self_exact(s));
            } else {
                out.push(piece(o, &b[pos..]));
            }
        }
    }
    Ok(out)
}

fn m_split(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let (sep, max) = split_args(vm, "split", args, kw)?;
    let sep = if sep.is_none() { None } else { Some(str_obj(sep)) };
    Ok(super::list::list_from_vec(split_vec(args[0], sep, max)?))
}

fn m_rsplit(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let (sep, max) = split_args(vm, "rsplit", args, kw)?;
    let s = args[0];
    let o = str_obj(s);
    let b = o.bytes();
    let max = if max < 0 { usize::MAX } else { max as usize };
    let mut out = Vec::new();
    if sep.is_none() {
        let mut e = b.len();
        let mut n = 0;
        loop {
            while e > 0 {
                let p = prev_char_start(b, e);
                if ws_at(b, p).is_some() {
                    e = p;
                } else {
                    break;
                }
            }
            if e == 0 {
                break;
            }
            if n >= max {
                out.push(piece(o, &b[..e]));
                break;
            }
            let end = e;
            while e > 0 {
                let p = prev_char_start(b, e);
                if ws_at(b, p).is_none() {
                    e = p;
                } else {
                    break;
                }
            }
            out.push(piece(o, &b[e..end]));
            n += 1;
        }
    } else {
        let sepo = str_obj(sep);
        if sepo.byte_len == 0 {
            return Err(value_error("empty separator"));
        }
        let mut end = b.len();
        let mut n = 0;
        while n < max {
            match rfind_bytes(&b[..end], sepo.bytes()) {
                Some(i) => {
                    out.push(piece(o, &b[i + sepo.byte_len..end]));
                    end = i;
                    n += 1;
                }
                None => break,
            }
        }
        if end == b.len() {
            out.push(self_exact(s));
        } else {
            out.push(piece(o, &b[..end]));
        }
    }
    out.reverse();
    Ok(super::list::list_from_vec(out))
}

fn m_splitlines(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [keep] = bind("str", "splitlines", args, kw, ["keepends"], 0, true, Style::Old)?;
    let keep = if keep.is_null() { false } else { int_arg(vm, keep).map(|x| x != 0).or_else(|_| ops::is_true(vm, keep))? };
    let o = me(args);
    let b = o.bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < b.len() {
        let l = super::str::utf8_len(b[i]);
        let cp = if b[i] < 0x80 { b[i] as u32 } else { crate::wtf8::code_points_of(&b[i..(i + l).min(b.len())]).next().unwrap_or(0) };
        if uni::is_linebreak(cp) {
            let mut eol = i + l;
            if cp == 13 && b.get(i + 1) == Some(&b'\n') {
                eol += 1;
            }
            out.push(piece(o, &b[start..if keep { eol } else { i }]));
            i = eol;
            start = eol;
        } else {
            i += l;
        }
    }
    if start < b.len() {
        if start == 0 && args[0].is_exact(&super::STR_TYPE) {
            out.push(args[0].new_ref());
        } else {
            out.push(piece(o, &b[start..]));
        }
    }
    Ok(super::list::list_from_vec(out))
}

/// `sep.join(iterable)`.
pub fn str_join(vm: &mut Vm, sep: Value, iterable: Value) -> PyResult {
    let s = iterable.ty().slots();
    let listlike = iterable.is_exact(&super::LIST_TYPE) || iterable.is_exact(&super::TUPLE_TYPE);
    if !listlike && s.iter.is_none() && s.getitem.is_none() {
        return Err(type_error("can only join an iterable"));
    }
    // An exact list or tuple is read in place: joining runs no Python code, so its items
    // cannot change meanwhile.
    if iterable.is_exact(&super::LIST_TYPE) {
        return join_items(sep, super::list::items(iterable));
    }
    if iterable.is_exact(&super::TUPLE_TYPE) {
        return join_items(sep, super::tuple::items(iterable));
    }
    let items = ops::collect(vm, iterable)?;
    let r = join_items(sep, &items);
    for it in items {
        it.decref();
    }
    r
}

fn join_items(sep: Value, items: &[Value]) -> PyResult {
    let so = str_obj(sep);
    let mut total = 0;
    for (i, &it) in items.iter().enumerate() {
        if !is_str(it) {
            return Err(type_error(format!("sequence item {i}: expected str instance, {} found", ops::type_name(it))));
        }
        total += str_obj(it).byte_len + so.byte_len;
    }
    if items.len() == 1 && items[0].is_exact(&super::STR_TYPE) {
        return Ok(items[0].new_ref());
    }
    let mut b = StrBuilder::with_capacity(total);
    for (i, &it) in items.iter().enumerate() {
        if i > 0 {
            b.push_obj(so);
        }
        b.push_obj(str_obj(it));
    }
    if b.surrogates && std::str::from_utf8(&b.bytes).is_ok() {
        b.surrogates = false;
    }
    Ok(b.finish())
}

fn m_join(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [it] = bind("str", "join", args, kw, ["iterable"], 1, false, Style::Clinic)?;
    str_join(vm, args[0], it)
}

// ----- strip -----

fn strip(args: &[Value], kw: &[Value], name: &str, left: bool, right: bool) -> PyResult {
    let [chars] = bind("str", name, args, kw, ["chars"], 0, false, Style::Clinic)?;
    let o = me(args);
    let b = o.bytes();
    let (mut s, mut e) = (0, b.len());
    if chars.is_null() || chars.is_none() {
        if left {
            while s < e {
                match ws_at(b, s) {
                    Some(l) => s += l,
                    None => break,
                }
            }
        }
        if right {
            while e > s {
                let p = prev_char_start(b, e);
                if ws_at(b, p).is_some() {
                    e = p;
                } else {
                    break;
                }
            }
        }
    } else {
        if !is_str(chars) {
            return Err(type_error(format!("{name} arg must be None or str")));
        }
        let set: Vec<u32> = str_obj(chars).code_points().collect();
        let cp_at = |i: usize| crate::wtf8::code_points_of(&b[i..]).next().unwrap_or(0);
        if left {
            while s < e && set.contains(&cp_at(s)) {
                s += super::str::utf8_len(b[s]);
            }
        }
        if right {
            while e > s {
                let p = prev_char_start(b, e);
                if set.contains(&cp_at(p)) {
                    e = p;
                } else {
                    break;
                }
            }
        }
    }
    if s == 0 && e == b.len() {
        return Ok(self_exact(args[0]));
    }
    Ok(piece(o, &b[s..e]))
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

// ----- padding -----

fn fill_char(v: Value) -> PyResult<u32> {
    if v.is_null() {
        return Ok(' ' as u32);
    }
    if !is_str(v) {
        return Err(type_error(format!("The fill character must be a unicode character, not {}", ops::type_name(v))));
    }
    let o = str_obj(v);
    if o.char_len != 1 {
        return Err(type_error("The fill character must be exactly one character long"));
    }
    Ok(o.cp_at(0))
}

fn pad(vm: &mut Vm, args: &[Value], kw: &[Value], name: &str, how: u8) -> PyResult {
    let [width, fill] = bind("str", name, args, kw, ["width", "fillchar"], 1, false, Style::Clinic)?;
    let width = int_arg(vm, width)?;
    let fill = fill_char(fill)?;
    let o = me(args);
    if width <= o.char_len as i64 {
        return Ok(self_exact(args[0]));
    }
    let total = (width as usize) - o.char_len;
    check_size(total.saturating_mul(4))?;
    let (l, r) = match how {
        b'l' => (0, total),
        b'r' => (total, 0),
        _ => {
            // CPython: left = marg/2 + (marg & width & 1).
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let mut b = StrBuilder::with_capacity(o.byte_len + total);
    b.push_repeat(fill, l);
    b.push_obj(o);
    b.push_repeat(fill, r);
    Ok(b.finish())
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
    let [w] = bind("str", "zfill", args, kw, ["width"], 1, false, Style::Clinic)?;
    let width = int_arg(vm, w)?;
    let o = me(args);
    if width <= o.char_len as i64 {
        return Ok(self_exact(args[0]));
    }
    let fill = width as usize - o.char_len;
    check_size(fill)?;
    let bytes = o.bytes();
    let mut b = StrBuilder::with_capacity(width as usize);
    let (sign, rest) = match bytes.first() {
        Some(&c) if c == b'+' || c == b'-' => (Some(c), &bytes[1..]),
        _ => (None, bytes),
    };
    if let Some(c) = sign {
        b.push_cp(c as u32);
    }
    b.push_repeat('0' as u32, fill);
    b.push_wtf8(rest, o.char_len - sign.is_some() as usize, !o.is_ascii(), o.flags.get() & super::str::STR_SURROGATES != 0);
    Ok(b.finish())
}

fn m_expandtabs(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [ts] = bind("str", "expandtabs", args, kw, ["tabsize"], 0, true, Style::Old)?;
    let tab = if ts.is_null() { 8 } else { int_arg(vm, ts)? };
    let o = me(args);
    if !o.bytes().contains(&b'\t') {
        return Ok(self_exact(args[0]));
    }
    let mut b = StrBuilder::with_capacity(o.byte_len + 16);
    let mut col: i64 = 0;
    for cp in o.code_points() {
        match cp {
            9 => {
                if tab > 0 {
                    let n = tab - col % tab;
                    check_size(b.bytes.len().saturating_add(n as usize))?;
                    b.push_repeat(' ' as u32, n as usize);
                    col += n;
                }
            }
            10 | 13 => {
                b.push_cp(cp);
                col = 0;
            }
            _ => {
                b.push_cp(cp);
                col += 1;
            }
        }
    }
    Ok(b.finish())
}

// ----- case mapping -----

fn map_chars(args: &[Value], kw: &[Value], name: &str, f: fn(&StrObject) -> Value) -> PyResult {
    no_args("str", name, args, kw)?;
    Ok(f(me(args)))
}

fn m_lower(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    map_chars(args, kw, "lower", uni::lower)
}
fn m_upper(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    map_chars(args, kw, "upper", uni::upper)
}
fn m_casefold(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    map_chars(args, kw, "casefold", uni::casefold)
}
fn m_swapcase(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    map_chars(args, kw, "swapcase", uni::swapcase)
}
fn m_title(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    map_chars(args, kw, "title", uni::title)
}
fn m_capitalize(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    map_chars(args, kw, "capitalize", uni::capitalize)
}

// ----- predicates -----

fn pred(args: &[Value], kw: &[Value], name: &str, f: fn(&StrObject) -> bool) -> PyResult {
    no_args("str", name, args, kw)?;
    Ok(bool_value(f(me(args))))
}

fn all_cp(o: &StrObject, f: fn(u32) -> bool) -> bool {
    o.char_len > 0 && o.code_points().all(f)
}

fn m_isascii(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isascii", |o| o.is_ascii())
}
fn m_isalpha(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isalpha", |o| all_cp(o, uni::is_alpha))
}
fn m_isalnum(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isalnum", |o| all_cp(o, uni::is_alnum))
}
fn m_isdecimal(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isdecimal", |o| all_cp(o, uni::is_decimal))
}
fn m_isdigit(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isdigit", |o| all_cp(o, uni::is_digit))
}
fn m_isnumeric(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isnumeric", |o| all_cp(o, uni::is_numeric))
}
fn m_isspace(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isspace", |o| all_cp(o, uni::is_space))
}
fn m_isprintable(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isprintable", |o| o.code_points().all(crate::unicode14::is_printable))
}
fn m_isidentifier(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isidentifier", |o| {
        let mut it = o.code_points();
        match it.next().and_then(char::from_u32) {
            Some(c) if crate::unicode14::is_id_start(c) => {}
            _ => return false,
        }
        it.all(|c| char::from_u32(c).is_some_and(crate::unicode14::is_id_continue))
    })
}
fn m_islower(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "islower", uni::islower)
}
fn m_isupper(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "isupper", uni::isupper)
}
fn m_istitle(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    pred(args, kw, "istitle", uni::istitle)
}

// ----- translate / maketrans -----

fn m_maketrans(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    // Static method: no self. Shift by one so `bind` sees a self slot.
    let mut full = vec![Value::NULL];
    full.extend_from_slice(args);
    let [x, y, z] = bind("str", "maketrans", &full, kw, ["x", "y", "z"], 1, false, Style::Clinic)?;
    let d = super::dict::new_dict();
    let d = super::Owned::new(d);
    if y.is_null() {
        if !super::dict::is_dict(x) {
            return Err(type_error("if you give only one argument to maketrans it must be a dict"));
        }
        for (k, v) in super::dict::items_vec(x) {
            if is_str(k) {
                let ko = str_obj(k);
                if ko.char_len != 1 {
                    return Err(value_error("string keys in translate table must be of length 1"));
                }
                super::dict::set(vm, d.get(), Value::small_int(ko.cp_at(0) as i64), v)?;
            } else if super::int::is_int(k) {
                super::dict::set(vm, d.get(), k, v)?;
            } else {
                return Err(type_error("keys in translate table must be strings or integers"));
            }
        }
        return Ok(d.into_value());
    }
    if !is_str(x) {
        return Err(type_error(format!("maketrans() argument 1 must be str, not {}", ops::type_name(x))));
    }
    if !is_str(y) {
        return Err(type_error(format!("maketrans() argument 2 must be str, not {}", ops::type_name(y))));
    }
    let (xo, yo) = (str_obj(x), str_obj(y));
    if xo.char_len != yo.char_len {
        return Err(value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in xo.code_points().zip(yo.code_points()) {
        super::dict::set(vm, d.get(), Value::small_int(a as i64), Value::small_int(b as i64))?;
    }
    if !z.is_null() {
        if !is_str(z) {
            return Err(type_error(format!("maketrans() argument 3 must be str, not {}", ops::type_name(z))));
        }
        for c in str_obj(z).code_points() {
            super::dict::set(vm, d.get(), Value::small_int(c as i64), none())?;
        }
    }
    Ok(d.into_value())
}

fn m_translate(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [table] = bind("str", "translate", args, kw, ["table"], 1, false, Style::Clinic)?;
    let o = me(args);
    let cps: Vec<u32> = o.code_points().collect();
    let mut b = StrBuilder::with_capacity(o.byte_len);
    let key_err = &super::exceptions::LOOKUP_ERROR;
    for cp in cps {
        let k = Value::small_int(cp as i64);
        let looked = if table.is_exact(&super::DICT_TYPE) {
            match super::dict::get(vm, table, k)? {
                Some(v) => Ok(v.new_ref()),
                None => {
                    b.push_cp(cp);
                    continue;
                }
            }
        } else {
            ops::getitem(vm, table, k)
        };
        let r = match looked {
            Ok(r) => r,
            Err(e) if e.matches(key_err) => {
                b.push_cp(cp);
                continue;
            }
            Err(e) => return Err(e),
        };
        let r = super::Owned::new(r);
        let r = r.get();
        if r.is_none() {
            continue;
        }
        if is_str(r) {
            b.push_obj(str_obj(r));
        } else if let Some(i) = super::int::int_as_i64(r) {
            if !(0..=0x10FFFF).contains(&i) {
                return Err(value_error("character mapping must be in range(0x110000)"));
            }
            b.push_cp(i as u32);
        } else {
            return Err(type_error("character mapping must return integer, None or str"));
        }
    }
    if b.surrogates && std::str::from_utf8(&b.bytes).is_ok() {
        b.surrogates = false;
    }
    Ok(b.finish())
}

// ----- encode, format, misc -----

fn m_encode(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [enc, errs] = bind("str", "encode", args, kw, ["encoding", "errors"], 0, true, Style::Old)?;
    let get = |v: Value, what: &str, d: &str| -> PyResult<String> {
        if v.is_null() {
            Ok(d.to_string())
        } else if is_str(v) {
            Ok(str_obj(v).to_string_lossy().into_owned())
        } else {
            Err(type_error(format!("encode() argument '{what}' must be str, not {}", ops::type_name(v))))
        }
    };
    let e = get(enc, "encoding", "utf-8")?;
    let r = get(errs, "errors", "strict")?;
    let data = super::text_codecs::encode(vm, args[0], &e, &r)?;
    Ok(super::bytes::new_bytes(&data))
}

fn m_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let npos = args.len() - kw.len();
    super::str_format::str_format(vm, args[0], &args[1..npos], &args[npos..], kw, Value::NULL)
}

fn m_format_map(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [m] = bind("str", "format_map", args, kw, ["mapping"], 1, false, Style::Clinic)?;
    super::str_format::str_format(vm, args[0], &[], &[], &[], m)
}

fn m_dunder_format(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [spec] = bind("str", "__format__", args, kw, ["format_spec"], 1, false, Style::Clinic)?;
    if !is_str(spec) {
        return Err(type_error(format!("__format__() argument must be str, not {}", ops::type_name(spec))));
    }
    super::str_format::format_str_value(vm, args[0], spec)
}

fn m_getnewargs(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    no_args("str", "__getnewargs__", args, kw)?;
    Ok(super::tuple::tuple_from_vec(vec![self_exact(args[0])]))
}

/// `str.__str__(s)`: `s` itself as an exact str (so `super().__str__()` in a subclass gives
/// the text, not object's repr).
fn m_str(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    no_args("str", "__str__", args, kw)?;
    Ok(self_exact(args[0]))
}

fn m_sizeof(_vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    no_args("str", "__sizeof__", args, kw)?;
    let o = me(args);
    // CPython's compact layouts: ASCII 48 + len + 1; otherwise 72 + (len + 1) * kind.
    let n = if o.is_ascii() {
        49 + o.char_len
    } else {
        let maxc = o.code_points().max().unwrap_or(0);
        let kind = if maxc < 0x100 {
            1
        } else if maxc < 0x10000 {
            2
        } else {
            4
        };
        72 + (o.char_len + 1) * kind
    };
    Ok(Value::small_int(n as i64))
}

fn m_mod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [x] = bind("str", "__mod__", args, kw, ["value"], 1, false, Style::Clinic)?;
    super::str_format::percent_format(vm, args[0], x)
}

fn m_rmod(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let [x] = bind("str", "__rmod__", args, kw, ["value"], 1, false, Style::Clinic)?;
    if !is_str(x) {
        return Ok(super::not_implemented());
    }
    super::str_format::percent_format(vm, x, args[0])
}

pub static STR_METHODS: &[MethodDef] = &[
    MethodDef::method("capitalize", m_capitalize),
    MethodDef::method("casefold", m_casefold),
    MethodDef::method("center", m_center),
    MethodDef::method("count", m_count),
    MethodDef::method("encode", m_encode),
    MethodDef::method("endswith", m_endswith),
    MethodDef::method("expandtabs", m_expandtabs),
    MethodDef::method("find", m_find),
    MethodDef::method("format", m_format),
    MethodDef::method("format_map", m_format_map),
    MethodDef::method("index", m_index),
    MethodDef::method("isalnum", m_isalnum),
    MethodDef::method("isalpha", m_isalpha),
    MethodDef::method("isascii", m_isascii),
    MethodDef::method("isdecimal", m_isdecimal),
    MethodDef::method("isdigit", m_isdigit),
    MethodDef::method("isidentifier", m_isidentifier),
    MethodDef::method("islower", m_islower),
    MethodDef::method("isnumeric", m_isnumeric),
    MethodDef::method("isprintable", m_isprintable),
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
    MethodDef::method("__format__", m_dunder_format),
    MethodDef::method("__getnewargs__", m_getnewargs),
    MethodDef::method("__str__", m_str),
    MethodDef::method("__sizeof__", m_sizeof),
    MethodDef::method("__mod__", m_mod),
    MethodDef::method("__rmod__", m_rmod),
];
