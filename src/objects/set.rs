//! `set` and `frozenset`: CPython 3.11's open-addressing table exactly (sizes from 8 by
//! powers of two, 9 linear probes then perturbed probing, dummy entries on removal, reuse of
//! the last dummy seen on the probe path on insertion, resize when fill*5 >= mask*3, the merge and update shortcuts),
//! so iteration order of ints, floats and tuples is the same as CPython's. Methods, operators,
//! the frozenset hash and the set iterator.
//!
//! Fast path for the interpreter: `set_iter_next(it)` after `is_set_iter(it)`.

use super::dict::{self as dictcore, fast_key_eq};
use super::exceptions::{key_error, runtime_error, type_error};
use super::object::ObjHeader;
use super::typeobj::{CmpOp, MethodDef, Slots, TypeFlags, TypeObject};
use super::types_containers::{check_pos, noargs, onearg, split_args};
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};
use std::cell::{Cell, UnsafeCell};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// One slot: unused (NULL key, hash 0), dummy (NULL key, hash -1) or active (key set).
#[derive(Clone, Copy)]
struct Entry {
    key: Value,
    hash: i64,
}

const UNUSED: Entry = Entry { key: Value::NULL, hash: 0 };
const DUMMY: Entry = Entry { key: Value::NULL, hash: -1 };

impl Entry {
    #[inline(always)]
    fn is_unused(&self) -> bool {
        self.key.is_null() && self.hash == 0
    }
    #[inline(always)]
    fn is_active(&self) -> bool {
        !self.key.is_null()
    }
}

struct Table {
    /// `mask + 1` slots.
    slots: Vec<Entry>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop` starts looking.
    finger: usize,
}

impl Table {
    fn new() -> Table {
        Table { slots: vec![UNUSED; MINSIZE], fill: 0, used: 0, finger: 0 }
    }
    #[inline(always)]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }
}

/// A set or frozenset; owns one reference per active key.
#[repr(C)]
pub struct SetObject {
    pub header: ObjHeader,
    table: UnsafeCell<Table>,
    /// Cached frozenset hash (-1 until computed).
    hash: Cell<i64>,
}

impl Drop for SetObject {
    fn drop(&mut self) {
        for e in &self.table.get_mut().slots {
            if e.is_active() {
                e.key.decref();
            }
        }
    }
}

#[inline(always)]
fn table<'a>(s: Value) -> &'a mut Table {
    // SAFETY: s is a set (callers check); single-threaded, and no reference is held across a
    // call that can run Python code (every use re-fetches after such calls).
    unsafe { &mut *s.as_ref::<SetObject>().table.get() }
}

/// Whether `v` is a set or frozenset (or a subclass instance).
#[inline]
pub fn is_anyset(v: Value) -> bool {
    v.is_ptr()
        && (v.is_exact(&SET_TYPE) || v.is_exact(&FROZENSET_TYPE) || v.ty().is_subtype(&SET_TYPE) || v.ty().is_subtype(&FROZENSET_TYPE))
}

/// Whether `v` is a set (not frozenset) or a set subclass instance.
#[inline]
pub fn is_set(v: Value) -> bool {
    v.is_ptr() && (v.is_exact(&SET_TYPE) || v.ty().is_subtype(&SET_TYPE))
}

/// `len(s)`.
#[inline]
pub fn set_len(s: Value) -> usize {
    table(s).used
}

/// A new empty set of type `ty`.
pub fn new_empty(ty: &TypeObject) -> Value {
    super::types_containers::alloc_container(ty, SetObject { header: ObjHeader::new(ty), table: UnsafeCell::new(Table::new()), hash: Cell::new(-1) })
}

/// `set(iterable)` (iterable NULL: empty).
pub fn new_set(vm: &mut Vm, iterable: Value) -> PyResult {
    make_new_set(vm, &SET_TYPE, iterable)
}

/// `frozenset(iterable)` (iterable NULL: empty).
pub fn new_frozenset(vm: &mut Vm, iterable: Value) -> PyResult {
    make_new_set(vm, &FROZENSET_TYPE, iterable)
}

fn make_new_set(vm: &mut Vm, ty: &TypeObject, iterable: Value) -> PyResult {
    let s = new_empty(ty);
    if !iterable.is_null() {
        if let Err(e) = set_update_internal(vm, s, iterable) {
            s.decref();
            return Err(e);
        }
    }
    Ok(s)
}

/// set for set subclasses, frozenset for frozenset subclasses.
fn basetype(v: Value) -> &'static TypeObject {
    if is_set(v) {
        &SET_TYPE
    } else {
        &FROZENSET_TYPE
    }
}

fn set_copy(vm: &mut Vm, s: Value) -> PyResult {
    make_new_set(vm, basetype(s), s)
}

/// Find the active slot holding `key`.
fn lookkey(vm: &mut Vm, s: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let t = table(s);
        let mut mask = t.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let t = table(s);
                let e = match t.slots.get(j) {
                    Some(e) => *e,
                    None => continue 'restart,
                };
                if e.is_unused() {
                    return Ok(None);
                }
                if e.hash == hash && e.is_active() {
                    let eq = match fast_key_eq(e.key, key) {
                        Some(b) => b,
                        None => {
                            let (ptr, len) = (t.slots.as_ptr(), t.slots.len());
                            e.key.incref();
                            let r = ops::eq(vm, e.key, key);
                            e.key.decref();
                            let eq = r?;
                            let t = table(s);
                            if t.slots.as_ptr() != ptr || t.slots.len() != len || t.slots[j].key != e.key {
                                continue 'restart;
                            }
                            mask = t.mask();
                            eq
                        }
                    };
                    if eq {
                        return Ok(Some(j));
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }
}

/// Insert into a fresh table with no dummies (resizes and copies).
fn insert_clean(slots: &mut [Entry], key: Value, hash: i64) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if slots[i].is_unused() {
            slots[i] = Entry { key, hash };
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in i + 1..=i + LINEAR_PROBES {
                if slots[j].is_unused() {
                    slots[j] = Entry { key, hash };
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

/// `set_table_resize`: the smallest power of two above `minused` (at least 8), dummies dropped.
fn resize(t: &mut Table, minused: usize) {
    let mut newsize = MINSIZE;
    while newsize <= minused {
        newsize <<= 1;
    }
    let old = std::mem::replace(&mut t.slots, vec![UNUSED; newsize]);
    t.fill = t.used;
    for e in old {
        if e.is_active() {
            insert_clean(&mut t.slots, e.key, e.hash);
        }
    }
}

/// Add `key` (borrowed; a reference is taken when inserted) with its hash.
fn add_entry(vm: &mut Vm, s: Value, key: Value, hash: i64) -> PyResult<()> {
    'restart: loop {
        let t = table(s);
        let mut mask = t.mask();
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        let found_unused = 'probe: loop {
            let probes = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + probes {
                let t = table(s);
                let e = match t.slots.get(j) {
                    Some(e) => *e,
                    None => continue 'restart,
                };
                if e.is_unused() {
                    break 'probe j;
                }
                if e.hash == hash && e.is_active() {
                    let eq = match fast_key_eq(e.key, key) {
                        Some(b) => b,
                        None => {
                            let (ptr, len) = (t.slots.as_ptr(), t.slots.len());
                            e.key.incref();
                            let r = ops::eq(vm, e.key, key);
                            e.key.decref();
                            let eq = r?;
                            if eq {
                                return Ok(());
                            }
                            let t = table(s);
                            if t.slots.as_ptr() != ptr || t.slots.len() != len || t.slots[j].key != e.key {
                                continue 'restart;
                            }
                            mask = t.mask();
                            false
                        }
                    };
                    if eq {
                        return Ok(());
                    }
                } else if e.hash == -1 && e.key.is_null() {
                    // CPython 3.11 keeps the last dummy seen on the probe path.
                    freeslot = Some(j);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        };
        let t = table(s);
        key.incref();
        if let Some(f) = freeslot {
            t.used += 1;
            t.slots[f] = Entry { key, hash };
            return Ok(());
        }
        t.fill += 1;
        t.used += 1;
        t.slots[found_unused] = Entry { key, hash };
        if t.fill * 5 < mask * 3 {
            return Ok(());
        }
        let n = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
        resize(t, n);
        return Ok(());
    }
}

/// `hash(key)`, retrying a set key as a frozenset when it is unhashable (for contains,
/// remove, discard). Returns the key to use (owned) and its hash.
fn hash_for_lookup(vm: &mut Vm, key: Value) -> PyResult<(Value, i64)> {
    match ops::hash(vm, key) {
        Ok(h) => Ok((key.new_ref(), h)),
        Err(e) if is_set(key) && e.matches(&super::exceptions::TYPE_ERROR) => {
            let f = new_frozenset(vm, key)?;
            match ops::hash(vm, f) {
                Ok(h) => Ok((f, h)),
                Err(e) => {
                    f.decref();
                    Err(e)
                }
            }
        }
        Err(e) => Err(e),
    }
}

/// `s.add(key)`.
pub fn set_add(vm: &mut Vm, s: Value, key: Value) -> PyResult<()> {
    let h = ops::hash(vm, key)?;
    add_entry(vm, s, key, h)
}

/// `key in s`.
pub fn set_contains(vm: &mut Vm, s: Value, key: Value) -> PyResult<bool> {
    let (k, h) = hash_for_lookup(vm, key)?;
    let r = lookkey(vm, s, k, h);
    k.decref();
    Ok(r?.is_some())
}

fn contains_entry(vm: &mut Vm, s: Value, key: Value, hash: i64) -> PyResult<bool> {
    Ok(lookkey(vm, s, key, hash)?.is_some())
}

/// Remove `key` if present: `Ok(true)` when it was.
fn discard_entry(vm: &mut Vm, s: Value, key: Value, hash: i64) -> PyResult<bool> {
    match lookkey(vm, s, key, hash)? {
        Some(j) => {
            let t = table(s);
            let old = t.slots[j].key;
            t.slots[j] = DUMMY;
            t.used -= 1;
            old.decref();
            Ok(true)
        }
        None => Ok(false),
    }
}

fn discard_key(vm: &mut Vm, s: Value, key: Value) -> PyResult<bool> {
    let (k, h) = hash_for_lookup(vm, key)?;
    let r = discard_entry(vm, s, k, h);
    k.decref();
    r
}

fn clear(s: Value) {
    let t = std::mem::replace(table(s), Table::new());
    table(s).finger = t.finger;
    for e in t.slots {
        if e.is_active() {
            e.key.decref();
        }
    }
}

/// The active (key, hash) pairs in table order, with new references to the keys (safe to
/// hold across calls that run Python code).
fn snapshot(s: Value) -> Vec<(Value, i64)> {
    let v: Vec<(Value, i64)> = table(s).slots.iter().filter(|e| e.is_active()).map(|e| (e.key, e.hash)).collect();
    for &(k, _) in &v {
        k.incref();
    }
    v
}

fn release(v: Vec<(Value, i64)>) {
    for (k, _) in v {
        k.decref();
    }
}

/// Run `f` on each entry of a snapshot of `other`, stopping at the first error.
fn for_each_entry(vm: &mut Vm, other: Value, mut f: impl FnMut(&mut Vm, Value, i64) -> PyResult<()>) -> PyResult<()> {
    let snap = snapshot(other);
    let mut r = Ok(());
    for &(k, h) in &snap {
        r = f(vm, k, h);
        if r.is_err() {
            break;
        }
    }
    release(snap);
    r
}

/// Run `f` on each item of any iterable.
fn for_each_item(vm: &mut Vm, iterable: Value, mut f: impl FnMut(&mut Vm, Value) -> PyResult<()>) -> PyResult<()> {
    let it = ops::iter(vm, iterable)?;
    let r = loop {
        match super::types_containers::iter_next(vm, it) {
            Ok(Some(x)) => {
                let r = f(vm, x);
                x.decref();
                if let Err(e) = r {
                    break Err(e);
                }
            }
            Ok(None) => break Ok(()),
            Err(e) => break Err(e),
        }
    };
    it.decref();
    r
}

fn set_merge(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s == other || set_len(other) == 0 {
        return Ok(());
    }
    let (ot_used, ot_fill, ot_mask) = {
        let o = table(other);
        (o.used, o.fill, o.mask())
    };
    let t = table(s);
    if (t.fill + ot_used) * 5 >= t.mask() * 3 {
        let n = (t.used + ot_used) * 2;
        resize(t, n);
    }
    let t = table(s);
    if t.fill == 0 && t.mask() == ot_mask && ot_fill == ot_used {
        let o = table(other);
        for (d, e) in t.slots.iter_mut().zip(o.slots.iter()) {
            if e.is_active() {
                e.key.incref();
                *d = *e;
            }
        }
        t.fill = ot_fill;
        t.used = ot_used;
        return Ok(());
    }
    if t.fill == 0 {
        let o = table(other);
        t.fill = ot_used;
        t.used = ot_used;
        for e in o.slots.iter() {
            if e.is_active() {
                e.key.incref();
                insert_clean(&mut t.slots, e.key, e.hash);
            }
        }
        return Ok(());
    }
    for_each_entry(vm, other, |vm, k, h| add_entry(vm, s, k, h))
}

/// `s.update(other)` for one iterable.
pub fn set_update_internal(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if is_anyset(other) {
        return set_merge(vm, s, other);
    }
    if other.is_ptr() && other.is_exact(&super::DICT_TYPE) {
        let n = dictcore::len(other);
        let t = table(s);
        if (t.fill + n) * 5 >= t.mask() * 3 {
            let m = (t.used + n) * 2;
            resize(t, m);
        }
        let mut pairs: Vec<(Value, i64)> = Vec::with_capacity(n);
        for i in 0..dictcore::entries_len(other) {
            if let (Some(Some((k, _))), Some(h)) = (dictcore::entry_at(other, i), dictcore::hash_at(other, i)) {
                k.incref();
                pairs.push((k, h));
            }
        }
        let mut r = Ok(());
        for &(k, h) in &pairs {
            r = add_entry(vm, s, k, h);
            if r.is_err() {
                break;
            }
        }
        release(pairs);
        return r;
    }
    for_each_item(vm, other, |vm, x| set_add(vm, s, x))
}

/// `s & other` where both may be any iterable for `other`.
pub fn set_intersection(vm: &mut Vm, s: Value, other: Value) -> PyResult {
    if s == other {
        return set_copy(vm, s);
    }
    let result = new_empty(basetype(s));
    let r = if is_anyset(other) {
        let (small, big) = if set_len(other) > set_len(s) { (s, other) } else { (other, s) };
        for_each_entry(vm, small, |vm, k, h| if contains_entry(vm, big, k, h)? { add_entry(vm, result, k, h) } else { Ok(()) })
    } else {
        for_each_item(vm, other, |vm, x| {
            let h = ops::hash(vm, x)?;
            if contains_entry(vm, s, x, h)? {
                add_entry(vm, result, x, h)
            } else {
                Ok(())
            }
        })
    };
    match r {
        Ok(()) => Ok(result),
        Err(e) => {
            result.decref();
            Err(e)
        }
    }
}

/// `s -= other` for one iterable.
pub fn set_difference_update_internal(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s == other {
        clear(s);
        return Ok(());
    }
    if is_anyset(other) {
        for_each_entry(vm, other, |vm, k, h| discard_entry(vm, s, k, h).map(|_| ()))?;
    } else {
        for_each_item(vm, other, |vm, x| discard_key(vm, s, x).map(|_| ()))?;
    }
    let t = table(s);
    if t.fill - t.used <= t.mask() / 4 {
        return Ok(());
    }
    let n = if t.used > 50000 { t.used * 2 } else { t.used * 4 };
    resize(t, n);
    Ok(())
}

fn set_copy_and_difference(vm: &mut Vm, s: Value, other: Value) -> PyResult {
    let r = set_copy(vm, s)?;
    match set_difference_update_internal(vm, r, other) {
        Ok(()) => Ok(r),
        Err(e) => {
            r.decref();
            Err(e)
        }
    }
}

fn set_difference(vm: &mut Vm, s: Value, other: Value) -> PyResult {
    let other_size = if is_anyset(other) {
        set_len(other)
    } else if other.is_ptr() && other.is_exact(&super::DICT_TYPE) {
        dictcore::len(other)
    } else {
        return set_copy_and_difference(vm, s, other);
    };
    if (set_len(s) >> 2) > other_size {
        return set_copy_and_difference(vm, s, other);
    }
    let result = new_empty(basetype(s));
    let is_dict = !is_anyset(other);
    let r = for_each_entry(vm, s, |vm, k, h| {
        let present =
            if is_dict { dictcore::get_with_hash(vm, other, k, h)?.is_some() } else { contains_entry(vm, other, k, h)? };
        if present {
            Ok(())
        } else {
            add_entry(vm, result, k, h)
        }
    });
    match r {
        Ok(()) => Ok(result),
        Err(e) => {
            result.decref();
            Err(e)
        }
    }
}

/// `s ^= other` for one iterable.
pub fn set_symmetric_difference_update(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    if s == other {
        clear(s);
        return Ok(());
    }
    let toggle = |vm: &mut Vm, k: Value, h: i64| -> PyResult<()> {
        if !discard_entry(vm, s, k, h)? {
            add_entry(vm, s, k, h)?;
        }
        Ok(())
    };
    if other.is_ptr() && other.is_exact(&super::DICT_TYPE) {
        let mut pairs = Vec::new();
        for i in 0..dictcore::entries_len(other) {
            if let (Some(Some((k, _))), Some(h)) = (dictcore::entry_at(other, i), dictcore::hash_at(other, i)) {
                k.incref();
                pairs.push((k, h));
            }
        }
        let mut r = Ok(());
        for &(k, h) in &pairs {
            r = toggle(vm, k, h);
            if r.is_err() {
                break;
            }
        }
        release(pairs);
        return r;
    }
    if is_anyset(other) {
        return for_each_entry(vm, other, toggle);
    }
    let o = make_new_set(vm, basetype(s), other)?;
    let r = for_each_entry(vm, o, toggle);
    o.decref();
    r
}

fn set_symmetric_difference(vm: &mut Vm, s: Value, other: Value) -> PyResult {
    let o = make_new_set(vm, basetype(s), other)?;
    match set_symmetric_difference_update(vm, o, s) {
        Ok(()) => Ok(o),
        Err(e) => {
            o.decref();
            Err(e)
        }
    }
}

fn set_issubset(vm: &mut Vm, s: Value, other: Value) -> PyResult<bool> {
    if !is_anyset(other) {
        let tmp = new_set(vm, other)?;
        let r = set_issubset(vm, s, tmp);
        tmp.decref();
        return r;
    }
    if set_len(s) > set_len(other) {
        return Ok(false);
    }
    let mut ok = true;
    for_each_entry(vm, s, |vm, k, h| {
        if ok && !contains_entry(vm, other, k, h)? {
            ok = false;
        }
        Ok(())
    })?;
    Ok(ok)
}

fn set_issuperset(vm: &mut Vm, s: Value, other: Value) -> PyResult<bool> {
    if is_anyset(other) {
        return set_issubset(vm, other, s);
    }
    let mut ok = true;
    for_each_item(vm, other, |vm, x| {
        if ok && !set_contains(vm, s, x)? {
            ok = false;
        }
        Ok(())
    })?;
    Ok(ok)
}

fn set_isdisjoint(vm: &mut Vm, s: Value, other: Value) -> PyResult<bool> {
    if s == other {
        return Ok(set_len(s) == 0);
    }
    let mut disjoint = true;
    if is_anyset(other) {
        let (small, big) = if set_len(other) > set_len(s) { (s, other) } else { (other, s) };
        for_each_entry(vm, small, |vm, k, h| {
            if disjoint && contains_entry(vm, big, k, h)? {
                disjoint = false;
            }
            Ok(())
        })?;
        return Ok(disjoint);
    }
    let it = ops::iter(vm, other)?;
    let r = loop {
        match super::types_containers::iter_next(vm, it) {
            Ok(Some(x)) => {
                let c = set_contains(vm, s, x);
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
    r
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

/// `hash(frozenset)`, CPython's algorithm.
fn frozenset_hash(_vm: &mut Vm, s: Value) -> PyResult<i64> {
    let o = {
        // SAFETY: the slot is only installed on frozenset types.
        unsafe { s.as_ref::<SetObject>() }
    };
    let cached = o.hash.get();
    if cached != -1 {
        return Ok(cached);
    }
    let t = table(s);
    let mut h: u64 = 0;
    for e in &t.slots {
        if e.is_active() {
            h ^= shuffle_bits(e.hash as u64);
        }
    }
    h ^= (t.used as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    if h == u64::MAX {
        h = 590923713;
    }
    o.hash.set(h as i64);
    Ok(h as i64)
}

fn set_repr(vm: &mut Vm, s: Value) -> PyResult {
    let name = s.ty().tp_name().to_string();
    let recursive = format!("{name}(...)");
    super::types_containers::guarded_repr(vm, s, &recursive, |vm| {
        if set_len(s) == 0 {
            return Ok(super::str::new_str(&format!("{name}()")));
        }
        let snap = snapshot(s);
        let keys: Vec<Value> = snap.iter().map(|&(k, _)| k).collect();
        let mut body = String::new();
        let r = super::types_containers::push_reprs(vm, &mut body, &keys);
        release(snap);
        r?;
        if s.is_exact(&SET_TYPE) {
            Ok(super::str::new_str(&format!("{{{body}}}")))
        } else {
            Ok(super::str::new_str(&format!("{name}({{{body}}})")))
        }
    })
}

fn set_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(super::not_implemented());
    }
    let (la, lb) = (set_len(a), set_len(b));
    let r = match op {
        CmpOp::Eq | CmpOp::Ne => {
            let eq = if la != lb {
                false
            } else {
                // SAFETY: a and b are sets (checked above).
                let (ha, hb) = unsafe { (a.as_ref::<SetObject>().hash.get(), b.as_ref::<SetObject>().hash.get()) };
                if ha != -1 && hb != -1 && ha != hb {
                    false
                } else {
                    set_issubset(vm, a, b)?
                }
            };
            eq == (op == CmpOp::Eq)
        }
        CmpOp::Le => set_issubset(vm, a, b)?,
        CmpOp::Ge => set_issuperset(vm, a, b)?,
        CmpOp::Lt => la < lb && set_issubset(vm, a, b)?,
        CmpOp::Gt => la > lb && set_issuperset(vm, a, b)?,
    };
    Ok(super::bool_value(r))
}

fn set_binop(vm: &mut Vm, a: Value, b: Value, op: u8) -> PyResult {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(super::not_implemented());
    }
    match op {
        7 => {
            let r = set_copy(vm, a)?;
            if a == b {
                return Ok(r);
            }
            match set_update_internal(vm, r, b) {
                Ok(()) => Ok(r),
                Err(e) => {
                    r.decref();
                    Err(e)
                }
            }
        }
        1 => set_intersection(vm, a, b),
        10 => set_difference(vm, a, b),
        12 => set_symmetric_difference(vm, a, b),
        20 | 14 | 23 | 25 if is_set(a) => {
            match op {
                20 => set_update_internal(vm, a, b)?,
                14 => intersection_update(vm, a, b)?,
                23 => set_difference_update_internal(vm, a, b)?,
                _ => set_symmetric_difference_update(vm, a, b)?,
            }
            Ok(a.new_ref())
        }
        _ => Ok(super::not_implemented()),
    }
}

/// Replace the contents of `s` with those of `other` (a fresh set nobody else holds).
fn swap_bodies(s: Value, other: Value) {
    std::mem::swap(table(s), table(other));
}

fn intersection_update(vm: &mut Vm, s: Value, other: Value) -> PyResult<()> {
    let tmp = set_intersection(vm, s, other)?;
    swap_bodies(s, tmp);
    tmp.decref();
    Ok(())
}

fn set_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let frozen = ty.is_subtype(&FROZENSET_TYPE);
    if frozen {
        let name = "frozenset";
        if !kwnames.is_empty() && std::ptr::eq(ty, &FROZENSET_TYPE) {
            return Err(type_error(format!("{name}() takes no keyword arguments")));
        }
        let a = split_args(args, kwnames);
        check_pos(name, a.pos.len(), 0, 1)?;
        let it = a.pos.first().copied().unwrap_or(Value::NULL);
        if std::ptr::eq(ty, &FROZENSET_TYPE) && !it.is_null() && it.is_exact(&FROZENSET_TYPE) {
            return Ok(it.new_ref());
        }
        return make_new_set(vm, ty, it);
    }
    Ok(new_empty(ty))
}

fn set_init(vm: &mut Vm, s: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if !kwnames.is_empty() && s.is_exact(&SET_TYPE) {
        return Err(type_error("set() takes no keyword arguments"));
    }
    let a = split_args(args, kwnames);
    check_pos("set", a.pos.len(), 0, 1)?;
    if set_len(s) > 0 {
        clear(s);
    }
    if let Some(&it) = a.pos.first() {
        set_update_internal(vm, s, it)?;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Methods

/// `set.name` or `frozenset.name` after self's type, for argument-count messages.
fn qual(args: &[Value], name: &str) -> String {
    match args.first() {
        Some(&s) if is_set(s) => format!("set.{name}"),
        _ => format!("frozenset.{name}"),
    }
}

fn self_and_rest<'a>(name: &str, args: &'a [Value], kwnames: &[Value]) -> PyResult<(Value, &'a [Value])> {
    super::types_containers::method_args(name, args, kwnames)
}

fn m_add(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, x) = onearg("set.add", args, kwnames)?;
    set_add(vm, s, x)?;
    Ok(super::none())
}

fn m_discard(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, x) = onearg("set.discard", args, kwnames)?;
    discard_key(vm, s, x)?;
    Ok(super::none())
}

fn m_remove(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, x) = onearg("set.remove", args, kwnames)?;
    if discard_key(vm, s, x)? {
        Ok(super::none())
    } else {
        Err(key_error(x))
    }
}

fn m_pop(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let s = noargs("set.pop", args, kwnames)?;
    let t = table(s);
    if t.used == 0 {
        return Err(super::exceptions::exc_msg(&super::exceptions::KEY_ERROR, "pop from an empty set"));
    }
    let mask = t.mask();
    let mut i = t.finger & mask;
    while !t.slots[i].is_active() {
        i = (i + 1) & mask;
    }
    let key = t.slots[i].key;
    t.slots[i] = DUMMY;
    t.used -= 1;
    t.finger = i + 1;
    Ok(key)
}

fn m_clear(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let s = noargs("set.clear", args, kwnames)?;
    clear(s);
    Ok(super::none())
}

fn m_copy(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let s = noargs(&qual(args, "copy"), args, kwnames)?;
    if s.is_exact(&FROZENSET_TYPE) {
        return Ok(s.new_ref());
    }
    set_copy(vm, s)
}

fn m_union(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, rest) = self_and_rest("union", args, kwnames)?;
    let r = set_copy(vm, s)?;
    for &o in rest {
        if o == s {
            continue;
        }
        if let Err(e) = set_update_internal(vm, r, o) {
            r.decref();
            return Err(e);
        }
    }
    Ok(r)
}

fn m_update(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, rest) = self_and_rest("update", args, kwnames)?;
    for &o in rest {
        set_update_internal(vm, s, o)?;
    }
    Ok(super::none())
}

fn m_intersection(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, rest) = self_and_rest("intersection", args, kwnames)?;
    if rest.is_empty() {
        return set_copy(vm, s);
    }
    let mut result = s.new_ref();
    for &o in rest {
        let n = set_intersection(vm, result, o);
        result.decref();
        result = n?;
    }
    Ok(result)
}

fn m_intersection_update(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, rest) = self_and_rest("intersection_update", args, kwnames)?;
    if rest.is_empty() {
        return Ok(super::none());
    }
    let mut tmp = s.new_ref();
    for &o in rest {
        let n = set_intersection(vm, tmp, o);
        tmp.decref();
        tmp = n?;
    }
    swap_bodies(s, tmp);
    tmp.decref();
    Ok(super::none())
}

fn m_difference(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, rest) = self_and_rest("difference", args, kwnames)?;
    let (first, more) = match rest.split_first() {
        Some(x) => x,
        None => return set_copy(vm, s),
    };
    let r = set_difference(vm, s, *first)?;
    for &o in more {
        if let Err(e) = set_difference_update_internal(vm, r, o) {
            r.decref();
            return Err(e);
        }
    }
    Ok(r)
}

fn m_difference_update(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, rest) = self_and_rest("difference_update", args, kwnames)?;
    for &o in rest {
        set_difference_update_internal(vm, s, o)?;
    }
    Ok(super::none())
}

fn m_symmetric_difference(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, o) = onearg(&qual(args, "symmetric_difference"), args, kwnames)?;
    set_symmetric_difference(vm, s, o)
}

fn m_symmetric_difference_update(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, o) = onearg("set.symmetric_difference_update", args, kwnames)?;
    set_symmetric_difference_update(vm, s, o)?;
    Ok(super::none())
}

fn m_issubset(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, o) = onearg(&qual(args, "issubset"), args, kwnames)?;
    Ok(super::bool_value(set_issubset(vm, s, o)?))
}

fn m_issuperset(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, o) = onearg(&qual(args, "issuperset"), args, kwnames)?;
    Ok(super::bool_value(set_issuperset(vm, s, o)?))
}

fn m_isdisjoint(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, o) = onearg(&qual(args, "isdisjoint"), args, kwnames)?;
    Ok(super::bool_value(set_isdisjoint(vm, s, o)?))
}

fn m_contains(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, x) = onearg(&qual(args, "__contains__"), args, kwnames)?;
    Ok(super::bool_value(set_contains(vm, s, x)?))
}

fn m_len(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let s = noargs(&qual(args, "__len__"), args, kwnames)?;
    Ok(super::int::int_from_i64(set_len(s) as i64))
}

fn m_iter(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let s = noargs(&qual(args, "__iter__"), args, kwnames)?;
    Ok(new_set_iter(s))
}

fn m_init(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let s = match args.first() {
        Some(&s) if is_set(s) => s,
        _ => return Err(type_error("descriptor '__init__' requires a 'set' object")),
    };
    set_init(vm, s, &args[1..], kwnames)?;
    Ok(super::none())
}

fn m_class_getitem(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    Ok(args.first().copied().unwrap_or_else(super::none).new_ref())
}

fn set_inplace(vm: &mut Vm, name: &str, op: u8, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, x) = onearg(name, args, kwnames)?;
    set_binop(vm, s, x, op)
}

static SET_METHODS: [MethodDef; 28] = [
    MethodDef::method("__ior__", |vm, a, k| set_inplace(vm, "set.__ior__", 20, a, k)),
    MethodDef::method("__iand__", |vm, a, k| set_inplace(vm, "set.__iand__", 14, a, k)),
    MethodDef::method("__isub__", |vm, a, k| set_inplace(vm, "set.__isub__", 23, a, k)),
    MethodDef::method("__ixor__", |vm, a, k| set_inplace(vm, "set.__ixor__", 25, a, k)),
    MethodDef::static_("__new__", |vm, a, k| super::types_containers::new_wrapper(vm, &SET_TYPE, a, k)),
    MethodDef::method("add", m_add),
    MethodDef::method("clear", m_clear),
    MethodDef::method("copy", m_copy),
    MethodDef::method("discard", m_discard),
    MethodDef::method("difference", m_difference),
    MethodDef::method("difference_update", m_difference_update),
    MethodDef::method("intersection", m_intersection),
    MethodDef::method("intersection_update", m_intersection_update),
    MethodDef::method("isdisjoint", m_isdisjoint),
    MethodDef::method("issubset", m_issubset),
    MethodDef::method("issuperset", m_issuperset),
    MethodDef::method("pop", m_pop),
    MethodDef::method("remove", m_remove),
    MethodDef::method("symmetric_difference", m_symmetric_difference),
    MethodDef::method("symmetric_difference_update", m_symmetric_difference_update),
    MethodDef::method("union", m_union),
    MethodDef::method("update", m_update),
    MethodDef::method("__contains__", m_contains),
    MethodDef::method("__len__", m_len),
    MethodDef::method("__iter__", m_iter),
    MethodDef::method("__init__", m_init),
    MethodDef::class("__class_getitem__", m_class_getitem),
    MethodDef::method("__copy__", m_copy),
];

static FROZENSET_METHODS: [MethodDef; 14] = [
    MethodDef::static_("__new__", |vm, a, k| super::types_containers::new_wrapper(vm, &FROZENSET_TYPE, a, k)),
    MethodDef::method("copy", m_copy),
    MethodDef::method("difference", m_difference),
    MethodDef::method("intersection", m_intersection),
    MethodDef::method("isdisjoint", m_isdisjoint),
    MethodDef::method("issubset", m_issubset),
    MethodDef::method("issuperset", m_issuperset),
    MethodDef::method("symmetric_difference", m_symmetric_difference),
    MethodDef::method("union", m_union),
    MethodDef::method("__contains__", m_contains),
    MethodDef::method("__len__", m_len),
    MethodDef::method("__iter__", m_iter),
    MethodDef::class("__class_getitem__", m_class_getitem),
    MethodDef::method("__copy__", m_copy),
];

fn set_traverse(s: Value, visit: &mut dyn FnMut(Value)) {
    for e in &table(s).slots {
        if e.is_active() {
            visit(e.key);
        }
    }
}

const SET_SLOTS: Slots = Slots {
    dealloc: super::types_containers::dealloc_container::<SetObject>,
    traverse: Some(set_traverse),
    clear: Some(clear),
    repr: Some(set_repr),
    richcmp: Some(set_richcmp),
    binop: Some(set_binop),
    len: Some(|_, s| Ok(set_len(s))),
    contains: Some(set_contains),
    iter: Some(|_, s| Ok(new_set_iter(s))),
    new: Some(set_new),
    ..Slots::EMPTY
};

pub static SET_TYPE: TypeObject = TypeObject::new_static(
    "set",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE | TypeFlags::HAVE_GC,
    Slots { init: Some(set_init), ..SET_SLOTS },
    &SET_METHODS,
    &[],
);

pub static FROZENSET_TYPE: TypeObject = TypeObject::new_static(
    "frozenset",
    Some(&super::OBJECT_TYPE),
    TypeFlags::BASETYPE | TypeFlags::HAVE_GC,
    Slots { hash: Some(frozenset_hash), ..SET_SLOTS },
    &FROZENSET_METHODS,
    &[],
);

// ---------------------------------------------------------------------------------------
// Iterator

/// `set_iterator`: the set (NULL once exhausted), the next slot, the size when made, and the
/// items left.
#[repr(C)]
pub struct SetIter {
    pub header: ObjHeader,
    pub set: Cell<Value>,
    pub pos: Cell<usize>,
    pub used: Cell<usize>,
    pub remaining: Cell<usize>,
}

impl Drop for SetIter {
    fn drop(&mut self) {
        self.set.get().decref();
    }
}

/// `iter(s)`.
pub fn new_set_iter(s: Value) -> Value {
    s.incref();
    let n = set_len(s);
    super::gc::alloc_gc(SetIter { header: ObjHeader::new(&SET_ITER_TYPE), set: Cell::new(s), pos: Cell::new(0), used: Cell::new(n), remaining: Cell::new(n) })
}

/// Whether `it` is a `set_iterator`.
#[inline]
pub fn is_set_iter(it: Value) -> bool {
    it.is_ptr() && it.is_exact(&SET_ITER_TYPE)
}

/// The next key of a `set_iterator` (new reference), `None` when exhausted; RuntimeError when
/// the set changed size. The caller has checked `is_set_iter(it)`.
pub fn set_iter_next(it: Value) -> PyResult<Option<Value>> {
    // SAFETY: the caller checked the type.
    let si = unsafe { it.as_ref::<SetIter>() };
    let s = si.set.get();
    if s.is_null() {
        return Ok(None);
    }
    if si.used.get() != set_len(s) {
        si.used.set(usize::MAX);
        return Err(runtime_error("Set changed size during iteration"));
    }
    let t = table(s);
    let mut i = si.pos.get();
    while i < t.slots.len() && !t.slots[i].is_active() {
        i += 1;
    }
    si.pos.set(i + 1);
    match t.slots.get(i) {
        Some(e) if si.remaining.get() > 0 => {
            si.remaining.set(si.remaining.get() - 1);
            Ok(Some(e.key.new_ref()))
        }
        _ => {
            si.set.set(Value::NULL);
            s.decref();
            Ok(None)
        }
    }
}

fn set_iter_length_hint(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let it = noargs("__length_hint__", args, kwnames)?;
    // SAFETY: the method is only in SET_ITER_TYPE's table.
    let si = unsafe { it.as_ref::<SetIter>() };
    let s = si.set.get();
    let n = if !s.is_null() && si.used.get() == set_len(s) { si.remaining.get() } else { 0 };
    Ok(super::int::int_from_i64(n as i64))
}

static SET_ITER_METHODS: [MethodDef; 1] = [MethodDef::method("__length_hint__", set_iter_length_hint)];

pub static SET_ITER_TYPE: TypeObject = TypeObject::new_static(
    "set_iterator",
    Some(&super::OBJECT_TYPE),
    TypeFlags::HAVE_GC,
    Slots {
        dealloc: super::gc::dealloc_gc::<SetIter>,
        clear: Some(|v| {
            // SAFETY: the slot is only installed on SET_ITER_TYPE.
            unsafe { v.as_ref::<SetIter>() }.set.replace(Value::NULL).decref()
        }),
        traverse: Some(|v, visit| {
            // SAFETY: the slot is only installed on SET_ITER_TYPE.
            let s = unsafe { v.as_ref::<SetIter>() }.set.get();
            if !s.is_null() {
                visit(s);
            }
        }),
        next: Some(|_, it| set_iter_next(it)),
        ..super::list_type::ITER_SLOTS
    },
    &SET_ITER_METHODS,
    &[],
);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::int::int_from_i64;

    fn order(vm: &mut Vm, s: Value) -> Vec<i64> {
        let _ = vm;
        snapshot(s).into_iter().map(|(k, _)| k.as_small_int()).collect()
    }

    #[test]
    fn order_matches_cpython() {
        let mut vm = Vm::new();
        let s = new_set(&mut vm, Value::NULL).unwrap();
        for i in [100, -5, 7, 33, 8, 1 << 40, 64, -1, 0, 17, 9, 1000, 3] {
            set_add(&mut vm, s, int_from_i64(i)).unwrap();
        }
        // python3 -c 's=set()
        // for i in [100,-5,7,33,8,1<<40,64,-1,0,17,9,1000,3]: s.add(i)
        // print(list(s))'
        assert_eq!(order(&mut vm, s), vec![1099511627776, 33, 64, 0, 100, 3, 7, 8, 9, 1000, 17, -5, -1]);
        // {1, 9} minus 1 plus 17: the dummy slot is reused -> [17, 9]
        let t = new_set(&mut vm, Value::NULL).unwrap();
        set_add(&mut vm, t, int_from_i64(1)).unwrap();
        set_add(&mut vm, t, int_from_i64(9)).unwrap();
        discard_key(&mut vm, t, int_from_i64(1)).unwrap();
        set_add(&mut vm, t, int_from_i64(17)).unwrap();
        assert_eq!(order(&mut vm, t), vec![17, 9]);
    }

    #[test]
    fn frozenset_hash_matches_cpython() {
        let mut vm = Vm::new();
        let s = new_frozenset(&mut vm, Value::NULL).unwrap();
        assert_eq!(frozenset_hash(&mut vm, s).unwrap(), 133146708735736); // hash(frozenset())
        let l = super::super::list::list_from_vec(vec![int_from_i64(1), int_from_i64(2), int_from_i64(3)]);
        let f = new_frozenset(&mut vm, l).unwrap();
        assert_eq!(frozenset_hash(&mut vm, f).unwrap(), -272375401224217160); // hash(frozenset({1,2,3}))
    }
}
