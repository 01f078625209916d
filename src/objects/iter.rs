//! Iterators of the old sequence protocol (`iter()` of an object with only `__getitem__`).

use super::object::{alloc, dealloc_box, ObjHeader};
use super::typeobj::{Slots, TypeObject};
use super::value::Value;
use crate::objects::exceptions::{INDEX_ERROR, STOP_ITERATION};
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;

#[repr(C)]
pub struct SeqIter {
    pub header: ObjHeader,
    /// The sequence (NULL once exhausted).
    pub seq: Cell<Value>,
    pub index: Cell<i64>,
}

impl Drop for SeqIter {
    fn drop(&mut self) {
        self.seq.get().decref();
    }
}

/// A new sequence iterator over `seq` (a new reference to seq is taken).
pub fn new_seq_iter(seq: Value) -> Value {
    seq.incref();
    alloc(SeqIter { header: ObjHeader::new(&SEQ_ITER_TYPE), seq: Cell::new(seq), index: Cell::new(0) })
}

fn seq_iter_next(vm: &mut Vm, it: Value) -> PyResult<Option<Value>> {
    // SAFETY: the slot is only installed on SEQ_ITER_TYPE.
    let s = unsafe { it.as_ref::<SeqIter>() };
    let seq = s.seq.get();
    if seq.is_null() {
        return Ok(None);
    }
    let i = s.index.get();
    match ops::getitem(vm, seq, super::int::int_from_i64(i)) {
        Ok(v) => {
            s.index.set(i + 1);
            Ok(Some(v))
        }
        Err(e) if e.matches(&INDEX_ERROR) || e.matches(&STOP_ITERATION) => {
            s.seq.set(Value::NULL);
            seq.decref();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

pub static SEQ_ITER_TYPE: TypeObject = TypeObject::new_static(
    "iterator",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<SeqIter>,
        iter: Some(|_, v| Ok(v.new_ref())),
        next: Some(seq_iter_next),
        ..Slots::EMPTY
    },
    &[],
    &[],
);
