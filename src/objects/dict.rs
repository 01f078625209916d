//! `dict` objects: the table (insertion-ordered, "compact dict" layout: a sparse index array
//! into a dense entry array, as CPython 3.6+), lookup, insertion, deletion. Methods, views and
//! the type's slots live in `dict_type.rs`.
//!
//! Each dict carries a version tag taken from a process-wide counter on every mutation, so a
//! cache that saw version V of a dict knows it is unchanged while the tag is still V (global
//! variable caches, the JIT's global-binding guards).

use super::object::ObjHeader;
use super::str::{is_str, str_eq, str_obj};
use super::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, UnsafeCell};

/// Index-array markers.
const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

/// One key/value pair in insertion order. A deleted entry has a NULL key.
#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The hash table of a dict.
#[derive(Default)]
pub struct Table {
    /// Power-of-two sized; each slot is EMPTY, DUMMY or an index into `entries`.
    indices: Vec<i32>,
    /// Entries in insertion order (deleted ones have a NULL key until the next resize).
    pub entries: Vec<Entry>,
    /// Number of live entries.
    pub used: usize,
}

#[repr(C)]
pub struct DictObject {
    pub header: ObjHeader,
    table: UnsafeCell<Table>,
    /// Version tag (see module doc).
    pub version: Cell<u64>,
}

thread_local! {
    static DICT_VERSION: Cell<u64> = const { Cell::new(1) };
}

fn next_version() -> u64 {
    DICT_VERSION.with(|c| {
        let v = c.get() + 1;
        c.set(v);
        v
    })
}

/// A new empty dict.
pub fn new_dict() -> Value {
    new_dict_of_type(&super::DICT_TYPE)
}

/// A new empty dict whose type is `ty` (dict or a subclass with the dict layout).
pub fn new_dict_of_type(ty: &super::typeobj::TypeObject) -> Value {
    super::types_containers::alloc_container(ty, DictObject { header: ObjHeader::new(ty), table: UnsafeCell::new(Table::default()), version: Cell::new(next_version()) })
}

/// Whether `v` is a dict or a dict subclass instance.
#[inline]
pub fn is_dict(v: Value) -> bool {
    v.is_ptr() && (v.is_exact(&super::DICT_TYPE) || v.ty().has_flag(super::typeobj::TypeFlags::DICT_SUBCLASS))
}

#[inline(always)]
fn obj<'a>(d: Value) -> &'a DictObject {
    // SAFETY: callers pass dict values (checked by the public API's callers).
    unsafe { d.as_ref::<DictObject>() }
}

/// The table of a dict. Callers must not keep the reference across a call that can run Python
/// code (which may mutate the dict).
#[inline(always)]
pub fn table<'a>(d: Value) -> &'a mut Table {
    // SAFETY: single-threaded; callers follow the rule above, so no two live &mut alias in
    // practice.
    unsafe { &mut *obj(d).table.get() }
}

impl Drop for DictObject {
    fn drop(&mut self) {
        for e in &self.table.get_mut().entries {
            if !e.key.is_null() {
                e.key.decref();
                e.value.decref();
            }
        }
    }
}

/// `traverse` slot of dict.
pub fn dict_traverse(d: Value, visit: &mut dyn FnMut(Value)) {
    for e in &table(d).entries {
        if !e.key.is_null() {
            visit(e.key);
            visit(e.value);
        }
    }
}

/// Number of items.
#[inline]
pub fn len(d: Value) -> usize {
    table(d).used
}

/// Equality of a stored key and a probe key without running Python code, when the types allow
/// it: `Some(answer)` or `None` ("ask `__eq__`").
#[inline(always)]
pub(crate) fn fast_key_eq(stored: Value, key: Value) -> Option<bool> {
    if stored == key {
        return Some(true);
    }
    if stored.is_ptr() && key.is_ptr() {
        let st = stored.ty();
        if std::ptr::eq(st, &super::STR_TYPE) && key.is_exact(&super::STR_TYPE) {
            return Some(str_eq(stored, key));
        }
        return None;
    }
    // At least one immediate: int/float compare by value; an immediate and a heap object are
    // equal only if the heap object is a number (big int never equals a small int).
    if stored.is_ptr() || key.is_ptr() {
        let (p, imm) = if stored.is_ptr() { (stored, key) } else { (key, stored) };
        if p.is_exact(&super::STR_TYPE) || p.is_exact(&super::TUPLE_TYPE) {
            return Some(false);
        }
        // A heap int is outside the small range, so it never equals a small int (but may
        // equal a float).
        if p.is_exact(&super::INT_TYPE) && imm.is_small_int() {
            return Some(false);
        }
        return None;
    }
    // Two immediates: int == float compares numerically.
    let f = |v: Value| if v.is_small_int() { v.as_small_int() as f64 } else { v.as_float() };
    if stored.is_small_int() && key.is_small_int() {
        return Some(false); // different words, both small ints
    }
    Some(f(stored) == f(key))
}

impl Table {
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Find `key` (whose hash is `hash`) without running Python code when possible.
    /// Returns `Ok(Some(entry index))`, `Ok(None)`, or `Err(())` when `__eq__` must be asked
    /// (then `slow_find` is used).
    #[inline]
    fn fast_find(&self, key: Value, hash: i64) -> Result<Option<usize>, ()> {
        if self.indices.is_empty() {
            return Ok(None);
        }
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut need_slow = false;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return if need_slow { Err(()) } else { Ok(None) };
            }
            if ix >= 0 {
                let e = &self.entries[ix as usize];
                if e.hash == hash && !e.key.is_null() {
                    match fast_key_eq(e.key, key) {
                        Some(true) => return Ok(Some(ix as usize)),
                        Some(false) => {}
                        None => need_slow = true,
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Slot in `indices` where a new entry with `hash` goes.
    fn free_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.indices[i] < 0 {
                return i;
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Slot in `indices` that points at entry `ix`.
    fn slot_of(&self, hash: i64, ix: usize) -> Option<usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let v = self.indices[i];
            if v == EMPTY {
                return None;
            }
            if v == ix as i32 {
                return Some(i);
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }

    /// Rebuild the index for at least `min_used` entries, dropping deleted entries.
    fn resize(&mut self, min_used: usize) {
        let mut size = 8usize;
        while size * 2 < min_used * 3 {
            size *= 2;
        }
        if self.used != self.entries.len() {
            self.entries.retain(|e| !e.key.is_null());
        }
        self.indices.clear();
        self.indices.resize(size, EMPTY);
        for ix in 0..self.entries.len() {
            let h = self.entries[ix].hash;
            let s = self.free_slot(h);
            self.indices[s] = ix as i32;
        }
    }

    /// Append a new entry (the key is known to be absent). Takes over the references.
    fn insert_new(&mut self, key: Value, hash: i64, value: Value) {
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.resize((self.used + 1) * 2);
        }
        let s = self.free_slot(hash);
        self.indices[s] = self.entries.len() as i32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
    }

    /// Remove entry `ix` (its references are returned to the caller to release).
    fn remove_at(&mut self, ix: usize) -> Entry {
        let e = self.entries[ix];
        if let Some(s) = self.slot_of(e.hash, ix) {
            self.indices[s] = DUMMY;
        }
        self.entries[ix].key = Value::NULL;
        self.entries[ix].value = Value::NULL;
        self.used -= 1;
        if self.used == 0 {
            self.entries.clear();
            self.indices.clear();
        }
        e
    }
}

/// Find `key` in `d`, asking `__eq__` where needed. `Ok(Some(ix))` is an entry index.
fn find(vm: &mut Vm, d: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
    match table(d).fast_find(key, hash) {
        Ok(r) => return Ok(r),
        Err(()) => {}
    }
    'restart: loop {
        let t = table(d);
        if t.indices.is_empty() {
            return Ok(None);
        }
        let mask = t.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let t = table(d);
            let ix = t.indices[i];
            if ix == EMPTY {
                return Ok(None);
            }
            if ix >= 0 {
                let e = t.entries[ix as usize];
                if e.hash == hash && !e.key.is_null() {
                    let eq = match fast_key_eq(e.key, key) {
                        Some(b) => b,
                        None => {
                            let (n, k) = (t.entries.len(), e.key);
                            k.incref();
                            let r = crate::vm::ops::eq(vm, k, key);
                            k.decref();
                            let eq = r?;
                            // The comparison may have changed the dict: start again.
                            let t = table(d);
                            if t.entries.len() != n || t.entries.get(ix as usize).map(|e| e.key) != Some(k) {
                                continue 'restart;
                            }
                            eq
                        }
                    };
                    if eq {
                        return Ok(Some(ix as usize));
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }
}

/// `d[key]` as a borrowed value, or `None`.
pub fn get(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    let hash = crate::vm::ops::hash(vm, key)?;
    get_with_hash(vm, d, key, hash)
}

/// `get` with a precomputed hash.
pub fn get_with_hash(vm: &mut Vm, d: Value, key: Value, hash: i64) -> PyResult<Option<Value>> {
    Ok(find(vm, d, key, hash)?.map(|ix| table(d).entries[ix].value))
}

/// Look up a str key without running Python code (borrowed result). `key` must be a str.
#[inline]
pub fn get_str(d: Value, key: Value) -> Option<Value> {
    let t = table(d);
    let hash = str_obj(key).hash();
    match t.fast_find(key, hash) {
        Ok(Some(ix)) => Some(t.entries[ix].value),
        _ => None,
    }
}

/// `d[key] = value` (new references are taken to both).
pub fn set(vm: &mut Vm, d: Value, key: Value, value: Value) -> PyResult<()> {
    let hash = crate::vm::ops::hash(vm, key)?;
    set_with_hash(vm, d, key, hash, value)
}

/// `set` with a precomputed hash.
pub fn set_with_hash(vm: &mut Vm, d: Value, key: Value, hash: i64, value: Value) -> PyResult<()> {
    let found = find(vm, d, key, hash)?;
    store(d, found, key, hash, value);
    Ok(())
}

fn store(d: Value, found: Option<usize>, key: Value, hash: i64, value: Value) {
    value.incref();
    let t = table(d);
    match found {
        Some(ix) => {
            let old = std::mem::replace(&mut t.entries[ix].value, value);
            obj(d).version.set(next_version());
            old.decref();
        }
        None => {
            key.incref();
            t.insert_new(key, hash, value);
            obj(d).version.set(next_version());
        }
    }
}

/// `d[key] = value` for a str key, without running Python code.
pub fn set_str(d: Value, key: Value, value: Value) {
    debug_assert!(is_str(key));
    let hash = str_obj(key).hash();
    let found = table(d).fast_find(key, hash).unwrap_or(None);
    store(d, found, key, hash, value);
}

/// `del d[key]`: `Ok(false)` when the key was absent (the caller raises KeyError).
pub fn del(vm: &mut Vm, d: Value, key: Value) -> PyResult<bool> {
    let hash = crate::vm::ops::hash(vm, key)?;
    match find(vm, d, key, hash)? {
        Some(ix) => {
            let e = table(d).remove_at(ix);
            obj(d).version.set(next_version());
            e.key.decref();
            e.value.decref();
            Ok(true)
        }
        None => Ok(false),
    }
}

/// Remove and return (as an owned reference) the value for `key`, if present.
pub fn pop(vm: &mut Vm, d: Value, key: Value) -> PyResult<Option<Value>> {
    let hash = crate::vm::ops::hash(vm, key)?;
    match find(vm, d, key, hash)? {
        Some(ix) => {
            let e = table(d).remove_at(ix);
            obj(d).version.set(next_version());
            e.key.decref();
            Ok(Some(e.value))
        }
        None => Ok(None),
    }
}

/// Remove and return the last inserted item (owned key and value), for `popitem`.
pub fn pop_last(d: Value) -> Option<(Value, Value)> {
    let t = table(d);
    let ix = t.entries.iter().rposition(|e| !e.key.is_null())?;
    let e = t.remove_at(ix);
    // Trim trailing deleted entries so repeated popitem stays O(1) amortised.
    while t.entries.last().is_some_and(|e| e.key.is_null()) {
        t.entries.pop();
    }
    obj(d).version.set(next_version());
    Some((e.key, e.value))
}

/// Remove every item.
pub fn clear(d: Value) {
    let t = std::mem::take(table(d));
    obj(d).version.set(next_version());
    for e in t.entries {
        if !e.key.is_null() {
            e.key.decref();
            e.value.decref();
        }
    }
}

/// The entry at position `i` of the entry array (borrowed), `None` past the end; deleted
/// entries are `Some(None)`. For iterators, which walk positions and check the size.
#[inline]
pub fn entry_at(d: Value, i: usize) -> Option<Option<(Value, Value)>> {
    let e = table(d).entries.get(i)?;
    Some(if e.key.is_null() { None } else { Some((e.key, e.value)) })
}

/// The live items (borrowed), in order: a snapshot Vec, safe to hold across Python calls only
/// after increfing what you keep.
pub fn items_vec(d: Value) -> Vec<(Value, Value)> {
    table(d).entries.iter().filter(|e| !e.key.is_null()).map(|e| (e.key, e.value)).collect()
}

/// The version tag.
#[inline(always)]
pub fn version(d: Value) -> u64 {
    obj(d).version.get()
}

/// Copy all items of `src` (a dict) into `dst`, overwriting.
pub fn update_from_dict(vm: &mut Vm, dst: Value, src: Value) -> PyResult<()> {
    let snapshot: Vec<Entry> = table(src).entries.iter().filter(|e| !e.key.is_null()).copied().collect();
    for e in &snapshot {
        e.key.incref();
        e.value.incref();
    }
    let mut r = Ok(());
    for e in &snapshot {
        if r.is_ok() {
            r = set_with_hash(vm, dst, e.key, e.hash, e.value);
        }
        e.key.decref();
        e.value.decref();
    }
    r
}

/// A new exact dict with the same items as `d` (new references), in the same order.
pub fn copy_dict(d: Value) -> Value {
    let n = new_dict();
    let src = table(d);
    let dst = table(n);
    for e in src.entries.iter().filter(|e| !e.key.is_null()) {
        e.key.incref();
        e.value.incref();
        dst.insert_new(e.key, e.hash, e.value);
    }
    n
}

/// The stored hash of the entry at position `i` (for set-building from dict keys).
#[inline]
pub fn hash_at(d: Value, i: usize) -> Option<i64> {
    table(d).entries.get(i).filter(|e| !e.key.is_null()).map(|e| e.hash)
}

/// Number of entry positions (live and deleted), the bound for `entry_at`.
#[inline]
pub fn entries_len(d: Value) -> usize {
    table(d).entries.len()
}
