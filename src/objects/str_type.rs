//! The `str` type's slots: repr/str/hash, comparison, `+ * %`, `len`, indexing and slicing,
//! `in`, iteration (the `str_ascii_iterator` / `str_iterator` types), and `str(...)`.

use super::exceptions::{memory_error, overflow_error, type_error};
use super::object::{alloc, dealloc_box, ObjHeader};
use super::str::{
    char_str, empty_str, is_str, repr_string, str_concat, str_obj, sub_bytes, substring, StrBuilder, StrObject,
    STR_ASCII, STR_SURROGATES,
};
use super::text_util::{index_value, is_slice, seq_index, slice_indices};
use super::typeobj::{CmpOp, Slots, TypeObject};
use super::value::Value;
use super::{bool_value, not_implemented};
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

pub(crate) fn str_repr(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(super::str::str_from_string(repr_string(str_obj(v))))
}

pub(crate) fn str_str(_vm: &mut Vm, v: Value) -> PyResult {
    if v.is_exact(&super::STR_TYPE) {
        return Ok(v.new_ref());
    }
    Ok(exact_copy(v))
}

/// An exact `str` with the text of `v` (a str subclass instance).
pub fn exact_copy(v: Value) -> Value {
    let o = str_obj(v);
    super::str::alloc_str(&super::STR_TYPE, o.bytes(), o.char_len, o.flags.get() & (STR_ASCII | STR_SURROGATES))
}

pub(crate) fn str_hash(_vm: &mut Vm, v: Value) -> PyResult<i64> {
    Ok(str_obj(v).hash())
}

pub(crate) fn str_richcmp(_vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !is_str(a) || !is_str(b) {
        return Ok(not_implemented());
    }
    let r = match op {
        CmpOp::Eq => super::str::str_eq(a, b),
        CmpOp::Ne => !super::str::str_eq(a, b),
        // WTF-8 byte order is code-point order.
        _ => op.from_ordering(str_obj(a).bytes().cmp(str_obj(b).bytes())),
    };
    Ok(bool_value(r))
}

/// Whether a user type offers a reflected method the generic layer should get a chance at.
fn defers_to(other: Value, rname: &str) -> bool {
    other.ty().has_flag(super::typeobj::TypeFlags::HEAPTYPE) && other.ty().lookup(super::str::intern(rname)).is_some()
}

pub(crate) fn str_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    match op {
        0 => {
            if !is_str(a) {
                return Ok(not_implemented());
            }
            if !is_str(b) {
                if defers_to(b, "__radd__") {
                    return Ok(not_implemented());
                }
                return Err(type_error(format!("can only concatenate str (not \"{}\") to str", ops::type_name(b))));
            }
            Ok(str_concat(a, b))
        }
        5 => {
            let (s, n) = if is_str(a) { (a, b) } else { (b, a) };
            if is_str(n) {
                return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", ops::type_name(n))));
            }
            let count = match index_value(vm, n)? {
                Some((c, _)) => c,
                None => {
                    if defers_to(n, if is_str(a) { "__rmul__" } else { "__mul__" }) {
                        return Ok(not_implemented());
                    }
                    return Err(type_error(format!("can't multiply sequence by non-int of type '{}'", ops::type_name(n))));
                }
            };
            str_repeat(s, count)
        }
        6 => {
            if !is_str(a) {
                return Ok(not_implemented());
            }
            super::str_format::percent_format(vm, a, b)
        }
        _ => Ok(not_implemented()),
    }
}

/// `s * n`.
pub fn str_repeat(s: Value, n: i64) -> PyResult {
    let o = str_obj(s);
    if n <= 0 || o.byte_len == 0 {
        return Ok(empty_str());
    }
    if n == 1 && s.is_exact(&super::STR_TYPE) {
        return Ok(s.new_ref());
    }
    let n = n as u64;
    let total = (o.byte_len as u64).checked_mul(n).filter(|&t| t <= isize::MAX as u64);
    let Some(total) = total else { return Err(overflow_error("repeated string is too long")) };
    let mut bytes = Vec::new();
    // A failed reservation is MemoryError, as CPython's failed malloc is.
    bytes.try_reserve_exact(total as usize).map_err(|_| memory_error(""))?;
    let b = o.bytes();
    if b.len() == 1 {
        bytes.resize(total as usize, b[0]);
    } else {
        bytes.extend_from_slice(b);
        while bytes.len() < total as usize {
            let take = (total as usize - bytes.len()).min(bytes.len());
            bytes.extend_from_within(..take);
        }
    }
    Ok(super::str::alloc_str(
        &super::STR_TYPE,
        &bytes,
        o.char_len * n as usize,
        o.flags.get() & (STR_ASCII | STR_SURROGATES),
    ))
}

pub(crate) fn str_len(_vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(str_obj(v).char_len)
}

/// `s[i]` for an int index (negative from the end).
#[inline]
pub fn str_index(v: Value, i: i64) -> PyResult {
    let o = str_obj(v);
    let j = seq_index(i, o.char_len, "string index out of range")?;
    if o.is_ascii() {
        return Ok(char_str(o.bytes()[j] as u32));
    }
    Ok(char_str(o.cp_at(j)))
}

pub(crate) fn str_getitem(vm: &mut Vm, v: Value, key: Value) -> PyResult {
    if key.is_small_int() {
        return str_index(v, key.as_small_int());
    }
    if is_slice(key) {
        let o = str_obj(v);
        let (start, _stop, step, n) = slice_indices(vm, key, o.char_len)?;
        return Ok(str_slice(v, start, step, n));
    }
    match index_value(vm, key)? {
        Some((i, _)) => str_index(v, i),
        None => Err(type_error(format!("string indices must be integers, not '{}'", ops::type_name(key)))),
    }
}

/// The `n` characters of `v` at `start, start+step, ...` (a normalised slice).
pub fn str_slice(v: Value, start: i64, step: i64, n: usize) -> Value {
    let o = str_obj(v);
    if n == 0 {
        return empty_str();
    }
    if step == 1 {
        return substring(v, start as usize, start as usize + n);
    }
    if o.is_ascii() {
        let b = o.bytes();
        let mut out = Vec::with_capacity(n);
        let mut i = start;
        for _ in 0..n {
            out.push(b[i as usize]);
            i += step;
        }
        if n == 1 {
            return char_str(out[0] as u32);
        }
        return super::str::alloc_str(&super::STR_TYPE, &out, n, STR_ASCII);
    }
    let cps: Vec<u32> = o.code_points().collect();
    let mut b = StrBuilder::with_capacity(n * 2);
    let mut i = start;
    for _ in 0..n {
        if let Some(&c) = cps.get(i as usize) {
            b.push_cp(c);
        }
        i += step;
    }
    b.finish()
}

pub(crate) fn str_contains(_vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    if !is_str(item) {
        return Err(type_error(format!("'in <string>' requires string as left operand, not {}", ops::type_name(item))));
    }
    Ok(find_bytes(str_obj(v).bytes(), str_obj(item).bytes()).is_some())
}

/// First occurrence of `needle` in `hay` (byte offset).
#[inline]
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => memchr::memchr(needle[0], hay),
        _ => memchr::memmem::find(hay, needle),
    }
}

/// Last occurrence of `needle` in `hay` (byte offset).
#[inline]
pub fn rfind_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        1 => memchr::memrchr(needle[0], hay),
        _ => memchr::memmem::rfind(hay, needle),
    }
}

/// Iterator over a str: the string and the byte offset of the next character.
#[repr(C)]
pub struct StrIter {
    pub header: ObjHeader,
    pub s: Cell<Value>,
    pub pos: Cell<usize>,
}

impl Drop for StrIter {
    fn drop(&mut self) {
        self.s.get().decref();
    }
}

fn str_iter(_vm: &mut Vm, v: Value) -> PyResult {
    v.incref();
    let ty = if str_obj(v).is_ascii() { &STR_ASCII_ITER_TYPE } else { &STR_ITER_TYPE };
    Ok(alloc(StrIter { header: ObjHeader::new(ty), s: Cell::new(v), pos: Cell::new(0) }))
}

fn str_iter_next(_vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    // SAFETY: the slot is only installed on the str iterator types.
    let si = unsafe { it.as_ref::<StrIter>() };
    let s = si.s.get();
    if s.is_null() {
        return Ok(None);
    }
    let o: &StrObject = str_obj(s);
    let b = o.bytes();
    let pos = si.pos.get();
    if pos >= b.len() {
        si.s.set(Value::NULL);
        s.decref();
        return Ok(None);
    }
    let lead = b[pos];
    if lead < 0x80 {
        si.pos.set(pos + 1);
        return Ok(Some(char_str(lead as u32)));
    }
    let len = super::str::utf8_len(lead);
    si.pos.set(pos + len);
    Ok(Some(sub_bytes(o, pos, (pos + len).min(b.len()), 1)))
}

fn str_iter_iter(_vm: &mut Vm, it: Value) -> PyResult {
    Ok(it.new_ref())
}

const STR_ITER_SLOTS: Slots = Slots {
    dealloc: dealloc_box::<StrIter>,
    iter: Some(str_iter_iter),
    next: Some(str_iter_next),
    ..Slots::EMPTY
};

pub static STR_ASCII_ITER_TYPE: TypeObject =
    TypeObject::new_static("str_ascii_iterator", Some(&super::OBJECT_TYPE), 0, STR_ITER_SLOTS, &[], &[]);
pub static STR_ITER_TYPE: TypeObject =
    TypeObject::new_static("str_iterator", Some(&super::OBJECT_TYPE), 0, STR_ITER_SLOTS, &[], &[]);

/// `str(object='')`, `str(object=b'', encoding='utf-8', errors='strict')`.
pub(crate) fn str_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if args.len() == 1 && kwnames.is_empty() && std::ptr::eq(ty, &super::STR_TYPE) {
        // `str(x)`, the common case.
        return ops::str(vm, args[0]);
    }
    // `bind` expects self first: pass the type as a placeholder.
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(ty.as_value());
    full.extend_from_slice(args);
    if args.len() - kwnames.len() > 3 {
        return Err(type_error(format!("str() takes at most 3 arguments ({} given)", args.len())));
    }
    let [obj, enc, errs] = super::text_util::bind(
        "str",
        "str",
        &full,
        kwnames,
        ["object", "encoding", "errors"],
        0,
        true,
        super::text_util::Style::Old,
    )?;
    let r = if enc.is_null() && errs.is_null() {
        if obj.is_null() {
            empty_str()
        } else {
            ops::str(vm, obj)?
        }
    } else {
        let enc_s = match enc {
            e if e.is_null() => "utf-8".to_string(),
            e if is_str(e) => str_obj(e).to_string_lossy().into_owned(),
            e => {
                return Err(type_error(format!(
                    "str() argument 'encoding' must be str, not {}",
                    ops::type_name(e)
                )))
            }
        };
        let err_s = match errs {
            e if e.is_null() => "strict".to_string(),
            e if is_str(e) => str_obj(e).to_string_lossy().into_owned(),
            e => {
                return Err(type_error(format!("str() argument 'errors' must be str, not {}", ops::type_name(e))))
            }
        };
        if obj.is_null() {
            empty_str()
        } else {
            let data = match super::bytes::buffer_bytes(obj) {
                Some(d) => d.to_vec(),
                None => {
                    if is_str(obj) {
                        return Err(type_error("decoding str is not supported"));
                    }
                    return Err(type_error(format!(
                        "decoding to str: need a bytes-like object, {} found",
                        ops::type_name(obj)
                    )));
                }
            };
            super::text_codecs::decode(vm, &data, &enc_s, &err_s)?
        }
    };
    if std::ptr::eq(ty, &super::STR_TYPE) {
        return Ok(r);
    }
    let o = str_obj(r);
    let v = super::str::alloc_str(ty, o.bytes(), o.char_len, o.flags.get() & (STR_ASCII | STR_SURROGATES));
    r.decref();
    Ok(v)
}

pub(crate) fn str_iter_slot(vm: &mut Vm, v: Value) -> PyResult {
    str_iter(vm, v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_and_slice() {
        let mut vm = Vm::new();
        // python3: 'héllo wörld'[7] == 'ö'; 'héllo'[::-1] == 'olléh'
        let s = super::super::str::new_str("héllo wörld");
        let c = str_index(s, 7).ok().unwrap_or(Value::NULL);
        assert_eq!(super::super::str::as_str(c), Some("ö"));
        let long: String = "é".repeat(100) + "x" + &"ü".repeat(50);
        let l = super::super::str::new_str(&long);
        let c = str_index(l, 100).ok().unwrap_or(Value::NULL);
        assert_eq!(super::super::str::as_str(c), Some("x"));
        let c = str_index(l, -1).ok().unwrap_or(Value::NULL);
        assert_eq!(super::super::str::as_str(c), Some("ü"));
        let h = super::super::str::new_str("héllo");
        let r = str_slice(h, 4, -1, 5);
        assert_eq!(super::super::str::as_str(r), Some("olléh"));
        let r = str_repeat(h, 3).ok().unwrap_or(Value::NULL);
        assert_eq!(super::super::str::as_str(r), Some("héllohéllohéllo"));
        assert!(str_index(h, 5).is_err());
        let _ = &mut vm;
    }

    #[test]
    fn inplace_concat() {
        let mut s = super::super::str::new_str("a");
        let t = super::super::str::new_str("bé");
        for _ in 0..100 {
            s = super::super::str::str_concat_inplace(s, t);
        }
        let o = str_obj(s);
        assert_eq!(o.char_len, 201);
        assert_eq!(o.cp_at(200), 0xE9);
        assert!(o.byte_cap >= o.byte_len);
        // A variable holding the only other reference is cleared and the str grows in place.
        let mut var = s;
        s.incref();
        let r = super::super::str::str_concat_for_store(s, t, &mut var);
        assert!(var.is_null());
        assert_eq!(str_obj(r).char_len, 203);
        assert_eq!(str_obj(r).header.refcnt.get(), 1);
    }
}
