//! Dict views (`d.keys()`, `d.values()`, `d.items()`: live, set-like for keys and items) and
//! the dict iterators (forward and reversed, over keys, values or items), with CPython's
//! "dictionary changed size during iteration" checks.

use super::dict::{self as core, is_dict};
use super::exceptions::{runtime_error, type_error};
use super::object::ObjHeader;
use super::set;
use super::typeobj::{CmpOp, GetSetDef, MethodDef, Slots, TypeFlags, TypeObject};
use super::types_containers::{noargs, onearg};
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

/// A view: the dict it shows.
#[repr(C)]
pub struct DictView {
    pub header: ObjHeader,
    pub dict: Value,
}

impl Drop for DictView {
    fn drop(&mut self) {
        self.dict.decref();
    }
}

/// A new view of `d` of type `ty` (one of the three view types).
pub fn new_view(d: Value, ty: &'static TypeObject) -> Value {
    d.incref();
    super::gc::alloc_gc(DictView { header: ObjHeader::new(ty), dict: d })
}

#[inline]
fn view_dict(v: Value) -> Value {
    // SAFETY: only called on values whose type is a view type (checked by callers/slots).
    unsafe { v.as_ref::<DictView>() }.dict
}

/// Whether `v` is a keys or items view (the set-like views).
pub fn is_set_view(v: Value) -> bool {
    v.is_ptr() && (v.is_exact(&DICT_KEYS_TYPE) || v.is_exact(&DICT_ITEMS_TYPE))
}

fn is_view(v: Value) -> bool {
    is_set_view(v) || (v.is_ptr() && v.is_exact(&DICT_VALUES_TYPE))
}

fn kind_of(v: Value) -> IterKind {
    if v.is_exact(&DICT_KEYS_TYPE) {
        IterKind::Keys
    } else if v.is_exact(&DICT_VALUES_TYPE) {
        IterKind::Values
    } else {
        IterKind::Items
    }
}

fn view_repr(vm: &mut Vm, v: Value) -> PyResult {
    super::types_containers::guarded_repr(vm, v, "...", |vm| {
        let items = ops::collect(vm, v)?;
        let mut out = format!("{}([", v.ty().tp_name());
        let r = super::types_containers::push_reprs(vm, &mut out, &items);
        for x in items {
            x.decref();
        }
        r?;
        out.push_str("])");
        Ok(super::str::new_str(&out))
    })
}

fn view_len(_vm: &mut Vm, v: Value) -> PyResult<usize> {
    Ok(core::len(view_dict(v)))
}

fn view_iter(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(new_dict_iter(view_dict(v), kind_of(v), false))
}

fn keys_contains(vm: &mut Vm, v: Value, k: Value) -> PyResult<bool> {
    Ok(core::get(vm, view_dict(v), k)?.is_some())
}

fn items_contains(vm: &mut Vm, v: Value, item: Value) -> PyResult<bool> {
    if !super::tuple::is_tuple(item) || super::tuple::items(item).len() != 2 {
        return Ok(false);
    }
    let (k, val) = (super::tuple::items(item)[0], super::tuple::items(item)[1]);
    match core::get(vm, view_dict(v), k)? {
        Some(found) => {
            found.incref();
            let r = ops::eq(vm, found, val);
            found.decref();
            r
        }
        None => Ok(false),
    }
}

/// `len()` of a set or set-like view.
fn size_of(vm: &mut Vm, v: Value) -> PyResult<usize> {
    ops::len(vm, v)
}

/// Every item of `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let it = ops::iter(vm, a)?;
    let r = loop {
        match super::types_containers::iter_next(vm, it) {
            Ok(Some(x)) => {
                let c = ops::contains(vm, b, x);
                x.decref();
                match c {
                    Ok(true) => {}
                    Ok(false) => break Ok(false),
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(true),
            Err(e) => break Err(e),
        }
    };
    it.decref();
    r
}

fn view_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !is_set_view(a) || !(set::is_anyset(b) || is_set_view(b)) {
        return Ok(super::not_implemented());
    }
    let (la, lb) = (size_of(vm, a)?, size_of(vm, b)?);
    let ok = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = la == lb && all_contained_in(vm, a, b)?;
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(super::bool_value(ok))
}

/// `set(view)` (keys of an exact dict take the dict's fast path).
fn to_set(vm: &mut Vm, v: Value) -> PyResult {
    if v.is_ptr() && v.is_exact(&DICT_KEYS_TYPE) && view_dict(v).is_exact(&super::DICT_TYPE) {
        return set::new_set(vm, view_dict(v));
    }
    set::new_set(vm, v)
}

fn with_set(vm: &mut Vm, a: Value, f: impl FnOnce(&mut Vm, Value) -> PyResult<()>) -> PyResult {
    let s = to_set(vm, a)?;
    match f(vm, s) {
        Ok(()) => Ok(s),
        Err(e) => {
            s.decref();
            Err(e)
        }
    }
}

fn view_intersect(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    let (mut s, mut o) = if is_set_view(a) { (a, b) } else { (b, a) };
    let ls = size_of(vm, s)?;
    if o.is_ptr() && o.is_exact(&set::SET_TYPE) && ls <= set::set_len(o) {
        return set::set_intersection(vm, o, s);
    }
    if is_set_view(o) && size_of(vm, o)? > ls {
        std::mem::swap(&mut s, &mut o);
    }
    let result = set::new_set(vm, Value::NULL)?;
    let contains: fn(&mut Vm, Value, Value) -> PyResult<bool> =
        if s.is_exact(&DICT_KEYS_TYPE) { keys_contains } else { items_contains };
    let r = (|| {
        let it = ops::iter(vm, o)?;
        let r = loop {
            match super::types_containers::iter_next(vm, it) {
                Ok(Some(x)) => {
                    let c = contains(vm, s, x).and_then(|c| if c { set::set_add(vm, result, x) } else { Ok(()) });
                    x.decref();
                    if let Err(e) = c {
                        break Err(e);
                    }
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        it.decref();
        r
    })();
    match r {
        Ok(()) => Ok(result),
        Err(e) => {
            result.decref();
            Err(e)
        }
    }
}

fn view_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    match op {
        1 => view_intersect(vm, a, b),
        7 => with_set(vm, a, |vm, s| set::set_update_internal(vm, s, b)),
        10 => with_set(vm, a, |vm, s| set::set_difference_update_internal(vm, s, b)),
        12 => with_set(vm, a, |vm, s| set::set_symmetric_difference_update(vm, s, b)),
        _ => Ok(super::not_implemented()),
    }
}

fn m_isdisjoint(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let qual = format!("{}.isdisjoint", args.first().map(|v| v.ty().tp_name()).unwrap_or("dict_keys"));
    let (mut s, mut o) = onearg(&qual, args, kwnames)?;
    if s == o {
        return Ok(super::bool_value(size_of(vm, s)? == 0));
    }
    if set::is_anyset(o) || is_set_view(o) {
        let (ls, lo) = (size_of(vm, s)?, size_of(vm, o)?);
        if lo > ls {
            std::mem::swap(&mut s, &mut o);
        }
    }
    let it = ops::iter(vm, o)?;
    let r = loop {
        match super::types_containers::iter_next(vm, it) {
            Ok(Some(x)) => {
                let c = ops::contains(vm, s, x);
                x.decref();
                match c {
                    Ok(true) => break Ok(false),
                    Ok(false) => {}
                    Err(e) => break Err(e),
                }
            }
            Ok(None) => break Ok(true),
            Err(e) => break Err(e),
        }
    };
    it.decref();
    Ok(super::bool_value(r?))
}

fn m_view_reversed(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let v = noargs("__reversed__", args, kwnames)?;
    if !is_view(v) {
        return Err(type_error("expected a dict view"));
    }
    Ok(new_dict_iter(view_dict(v), kind_of(v), true))
}

fn view_mapping(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(view_dict(v).new_ref())
}

static SET_VIEW_METHODS: [MethodDef; 2] =
    [MethodDef::method("isdisjoint", m_isdisjoint), MethodDef::method("__reversed__", m_view_reversed)];
static VALUES_METHODS: [MethodDef; 1] = [MethodDef::method("__reversed__", m_view_reversed)];
static VIEW_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "mapping", get: view_mapping, set: None }];

fn view_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    visit(view_dict(v));
}

const VIEW_SLOTS: Slots = Slots {
    dealloc: super::gc::dealloc_gc::<DictView>,
    traverse: Some(view_traverse),
    repr: Some(view_repr),
    len: Some(view_len),
    iter: Some(view_iter),
    ..Slots::EMPTY
};

pub static DICT_KEYS_TYPE: TypeObject = TypeObject::new_static(
    "dict_keys",
    Some(&super::OBJECT_TYPE),
    TypeFlags::HAVE_GC,
    Slots { contains: Some(keys_contains), richcmp: Some(view_richcmp), binop: Some(view_binop), ..VIEW_SLOTS },
    &SET_VIEW_METHODS,
    &VIEW_GETSETS,
);

pub static DICT_ITEMS_TYPE: TypeObject = TypeObject::new_static(
    "dict_items",
    Some(&super::OBJECT_TYPE),
    TypeFlags::HAVE_GC,
    Slots { contains: Some(items_contains), richcmp: Some(view_richcmp), binop: Some(view_binop), ..VIEW_SLOTS },
    &SET_VIEW_METHODS,
    &VIEW_GETSETS,
);

pub static DICT_VALUES_TYPE: TypeObject = TypeObject::new_static(
    "dict_values",
    Some(&super::OBJECT_TYPE),
    TypeFlags::HAVE_GC,
    Slots { hash: Some(|_, v| Ok(ops::identity_hash(v))), ..VIEW_SLOTS },
    &VALUES_METHODS,
    &VIEW_GETSETS,
);

// ---------------------------------------------------------------------------------------
// Iterators

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum IterKind {
    Keys,
    Values,
    Items,
}

/// A dict iterator: the dict (NULL once exhausted), the next entry position, the dict's size
/// when the iterator was made, and how many items are left.
#[repr(C)]
pub struct DictIter {
    pub header: ObjHeader,
    pub dict: Cell<Value>,
    pub pos: Cell<isize>,
    pub used: Cell<usize>,
    pub remaining: Cell<usize>,
}

impl Drop for DictIter {
    fn drop(&mut self) {
        self.dict.get().decref();
    }
}

/// A new iterator over `d` (forward, or reversed).
pub fn new_dict_iter(d: Value, kind: IterKind, reversed: bool) -> Value {
    d.incref();
    let ty: &'static TypeObject = match (kind, reversed) {
        (IterKind::Keys, false) => &DICT_KEYITER_TYPE,
        (IterKind::Values, false) => &DICT_VALUEITER_TYPE,
        (IterKind::Items, false) => &DICT_ITEMITER_TYPE,
        (IterKind::Keys, true) => &DICT_REVKEYITER_TYPE,
        (IterKind::Values, true) => &DICT_REVVALUEITER_TYPE,
        (IterKind::Items, true) => &DICT_REVITEMITER_TYPE,
    };
    let n = core::len(d);
    let pos = if reversed { core::entries_len(d) as isize - 1 } else { 0 };
    super::gc::alloc_gc(DictIter {
        header: ObjHeader::new(ty),
        dict: Cell::new(d),
        pos: Cell::new(pos),
        used: Cell::new(n),
        remaining: Cell::new(n),
    })
}

#[inline]
fn di<'a>(it: Value) -> &'a DictIter {
    // SAFETY: only called on dict iterator types (slots are installed only on them).
    unsafe { it.as_ref::<DictIter>() }
}

fn finish(s: &DictIter, d: Value) {
    s.dict.set(Value::NULL);
    d.decref();
}

/// The next (key, value) of a dict iterator (borrowed), `None` when exhausted.
fn next_entry(it: Value, reversed: bool) -> PyResult<Option<(Value, Value)>> {
    let s = di(it);
    let d = s.dict.get();
    if d.is_null() {
        return Ok(None);
    }
    if s.used.get() != core::len(d) {
        // Sticky, as CPython's.
        s.used.set(usize::MAX);
        return Err(runtime_error("dictionary changed size during iteration"));
    }
    let mut pos = s.pos.get();
    let found = loop {
        if pos < 0 {
            break None;
        }
        match core::entry_at(d, pos as usize) {
            None => break None,
            Some(Some(kv)) => break Some(kv),
            Some(None) => pos = if reversed { pos - 1 } else { pos + 1 },
        }
    };
    match found {
        None => {
            finish(s, d);
            Ok(None)
        }
        Some(kv) => {
            if s.remaining.get() == 0 {
                finish(s, d);
                return Err(runtime_error("dictionary keys changed during iteration"));
            }
            s.remaining.set(s.remaining.get() - 1);
            s.pos.set(if reversed { pos - 1 } else { pos + 1 });
            Ok(Some(kv))
        }
    }
}

fn yield_kind(kv: Option<(Value, Value)>, kind: IterKind) -> Option<Value> {
    kv.map(|(k, v)| match kind {
        IterKind::Keys => k.new_ref(),
        IterKind::Values => v.new_ref(),
        IterKind::Items => super::tuple::new_tuple(&[k, v]),
    })
}

/// Whether `it` is a forward dict key iterator (`for k in d`).
#[inline]
pub fn is_dict_keyiter(it: Value) -> bool {
    it.is_ptr() && it.is_exact(&DICT_KEYITER_TYPE)
}

/// The next item of any dict iterator (new reference), `None` when exhausted; the caller has
/// checked that `it` is one of the dict iterator types.
pub fn dict_iter_next(it: Value) -> PyResult<Option<Value>> {
    let t = it.ty();
    let reversed = std::ptr::eq(t, &DICT_REVKEYITER_TYPE)
        || std::ptr::eq(t, &DICT_REVVALUEITER_TYPE)
        || std::ptr::eq(t, &DICT_REVITEMITER_TYPE);
    let kind = if std::ptr::eq(t, &DICT_KEYITER_TYPE) || std::ptr::eq(t, &DICT_REVKEYITER_TYPE) {
        IterKind::Keys
    } else if std::ptr::eq(t, &DICT_VALUEITER_TYPE) || std::ptr::eq(t, &DICT_REVVALUEITER_TYPE) {
        IterKind::Values
    } else {
        IterKind::Items
    };
    Ok(yield_kind(next_entry(it, reversed)?, kind))
}

fn iter_length_hint(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let it = noargs("__length_hint__", args, kwnames)?;
    let s = di(it);
    let n = if s.dict.get().is_null() || s.used.get() != core::len(s.dict.get()) { 0 } else { s.remaining.get() };
    Ok(super::int::int_from_i64(n as i64))
}

static DICT_ITER_METHODS: [MethodDef; 1] = [MethodDef::method("__length_hint__", iter_length_hint)];

fn iter_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let d = di(v).dict.get();
    if !d.is_null() {
        visit(d);
    }
}

macro_rules! dict_iter_type {
    ($name:ident, $pyname:literal, $kind:expr, $rev:expr) => {
        pub static $name: TypeObject = TypeObject::new_static(
            $pyname,
            Some(&super::OBJECT_TYPE),
            TypeFlags::HAVE_GC,
            Slots {
                dealloc: super::gc::dealloc_gc::<DictIter>,
                traverse: Some(iter_traverse),
                clear: Some(|v| di(v).dict.replace(Value::NULL).decref()),
                next: Some(|_, it| Ok(yield_kind(next_entry(it, $rev)?, $kind))),
                ..super::list_type::ITER_SLOTS
            },
            &DICT_ITER_METHODS,
            &[],
        );
    };
}

dict_iter_type!(DICT_KEYITER_TYPE, "dict_keyiterator", IterKind::Keys, false);
dict_iter_type!(DICT_VALUEITER_TYPE, "dict_valueiterator", IterKind::Values, false);
dict_iter_type!(DICT_ITEMITER_TYPE, "dict_itemiterator", IterKind::Items, false);
dict_iter_type!(DICT_REVKEYITER_TYPE, "dict_reversekeyiterator", IterKind::Keys, true);
dict_iter_type!(DICT_REVVALUEITER_TYPE, "dict_reversevalueiterator", IterKind::Values, true);
dict_iter_type!(DICT_REVITEMITER_TYPE, "dict_reverseitemiterator", IterKind::Items, true);

/// Whether `d` is a dict (re-exported for callers holding a view).
pub fn view_is_of_dict(v: Value) -> bool {
    is_view(v) && is_dict(view_dict(v))
}
