//! Built-in (native) modules, under CPython's names.

pub mod abc;
pub mod gc;
pub mod importlib;
pub mod importlib_util;
pub mod io;
pub mod math;
pub mod operator;
pub mod sys;
