//! Behaviour of the built-in exception types: `__new__`/`__init__` (args), `__str__`,
//! `__repr__`, and the extra attributes of the types that have them.
//! (Placeholder tables; filled by the exceptions work.)

use super::typeobj::{GetSetDef, MethodDef, Slots};

/// Behaviour slots shared by all built-in exception types.
pub const EXC_BEHAVIOUR: Slots = Slots::EMPTY;

/// The method table of the built-in exception type called `name`.
pub const fn methods_for(_name: &str) -> &'static [MethodDef] {
    &[]
}

/// The property table of the built-in exception type called `name`.
pub const fn getsets_for(_name: &str) -> &'static [GetSetDef] {
    &[]
}
