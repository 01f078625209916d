//! The methods of `str` (everything in `dir(str)` that is not a slot).

use super::typeobj::MethodDef;

pub static STR_METHODS: &[MethodDef] = &[];
