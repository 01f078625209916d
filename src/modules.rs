//! Built-in (native) modules, under their CPython names.

pub mod sys;
