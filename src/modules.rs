//! Built-in (native) modules, under CPython's names.

pub mod gc;
//! Built-in (native) modules, under their CPython names.
pub mod sys;
