//! Built-in (native) modules, under CPython's names.

pub mod gc;
