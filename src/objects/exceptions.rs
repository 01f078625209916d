//! Exception objects: the instance layout shared by every built-in exception type, the static
//! type objects of the whole 3.11 hierarchy, and constructors for raising them from Rust
//! (`type_error("...")` returns a `PyErr` ready for `Err(...)`). Behaviour (`__str__`,
//! `__repr__`, `args`, attributes of OSError/SyntaxError/StopIteration/...) lives in
//! `exception_types.rs`.

use super::object::ObjHeader;
use super::typeobj::{Slots, TypeFlags, TypeObject};
use super::value::Value;
use crate::vm::PyErr;
use std::cell::Cell;

/// Every exception instance (and instance of a user subclass) starts with this layout.
#[repr(C)]
pub struct ExceptionObject {
    pub header: ObjHeader,
    /// `args` (a tuple; owned).
    pub args: Cell<Value>,
    /// `__traceback__` (NULL = None).
    pub traceback: Cell<Value>,
    /// `__context__`, `__cause__` (NULL = None).
    pub context: Cell<Value>,
    pub cause: Cell<Value>,
    pub suppress_context: Cell<bool>,
    /// `__dict__` (NULL until needed; `__notes__` lives here, as in CPython 3.11).
    pub dict: Cell<Value>,
    /// The extra attributes of the types that have them, NULL when unset (None to Python):
    /// StopIteration `value`, SystemExit `code`, OSError `errno`..., SyntaxError `msg`...
    /// (`exception_types::ExcKind::extra_names` lists each kind's fields in order). Empty for
    /// the other types (an empty boxed slice does not allocate).
    pub extra: Box<[Cell<Value>]>,
}

impl Drop for ExceptionObject {
    fn drop(&mut self) {
        for c in [&self.args, &self.traceback, &self.context, &self.cause, &self.dict] {
            c.get().decref();
        }
        for c in self.extra.iter() {
            c.get().decref();
        }
    }
}

/// `traverse` slot shared by exceptions.
pub fn exception_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let e = exc_obj(v);
    for c in [&e.args, &e.traceback, &e.context, &e.cause, &e.dict].into_iter().chain(e.extra.iter()) {
        if !c.get().is_null() {
            visit(c.get());
        }
    }
}

/// The exception object behind `v` (caller checked it is an exception instance).
#[inline]
pub fn exc_obj<'a>(v: Value) -> &'a ExceptionObject {
    // SAFETY: exception instances have the ExceptionObject layout.
    unsafe { v.as_ref::<ExceptionObject>() }
}

/// Whether `v` is an exception instance.
#[inline]
pub fn is_exception(v: Value) -> bool {
    v.is_ptr() && v.ty().has_flag(TypeFlags::BASE_EXC_SUBCLASS)
}

/// Whether `v` is an exception class.
pub fn is_exception_type(v: Value) -> bool {
    v.is_ptr() && v.ty().has_flag(TypeFlags::TYPE_SUBCLASS) && {
        // SAFETY: v is a type object (its type is a type subclass).
        let t: &TypeObject = unsafe { v.as_ref() };
        t.has_flag(TypeFlags::BASE_EXC_SUBCLASS)
    }
}

/// A new exception instance of type `ty` with `args` (a tuple; the reference is taken over).
pub fn new_exception(ty: &TypeObject, args: Value) -> Value {
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        ty.as_value().incref();
    }
    let nextra = super::exception_types::ExcKind::of(ty).extra_names().len();
    let extra: Box<[Cell<Value>]> = (0..nextra).map(|_| Cell::new(Value::NULL)).collect();
    super::object::alloc(ExceptionObject {
        header: ObjHeader::new(ty),
        args: Cell::new(args),
        traceback: Cell::new(Value::NULL),
        context: Cell::new(Value::NULL),
        cause: Cell::new(Value::NULL),
        suppress_context: Cell::new(false),
        dict: Cell::new(Value::NULL),
        extra,
    })
}

/// Slots shared by the built-in exception types (behaviour is filled in
/// `exception_types.rs`; `slots_for` specialises them per type).
pub const EXC_SLOTS: Slots = Slots {
    dealloc: super::object::dealloc_box::<ExceptionObject>,
    traverse: Some(exception_traverse),
    ..super::exception_types::EXC_BEHAVIOUR
};

/// Byte offset of the instance `__dict__` slot of exceptions (the types' `dictoffset`).
pub const EXC_DICTOFFSET: usize = std::mem::offset_of!(ExceptionObject, dict);

const EXC_FLAGS: u32 = TypeFlags::BASETYPE | TypeFlags::BASE_EXC_SUBCLASS | TypeFlags::HAS_DICT;

macro_rules! exception_types {
    ($( $static:ident = $name:literal : $base:expr; )*) => {
        $(
            pub static $static: TypeObject = TypeObject::new_static(
                $name, $base, EXC_FLAGS, super::exception_types::slots_for($name),
                super::exception_types::methods_for($name), super::exception_types::getsets_for($name),
            )
            .with_dictoffset(EXC_DICTOFFSET);
        )*
        /// Every built-in exception type, in declaration order (bases before subclasses).
        pub static ALL_EXCEPTION_TYPES: &[&TypeObject] = &[ $( &$static, )* ];
    };
}

exception_types! {
    BASE_EXCEPTION = "BaseException": Some(&super::OBJECT_TYPE);
    BASE_EXCEPTION_GROUP = "BaseExceptionGroup": Some(&BASE_EXCEPTION);
    GENERATOR_EXIT = "GeneratorExit": Some(&BASE_EXCEPTION);
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": Some(&BASE_EXCEPTION);
    SYSTEM_EXIT = "SystemExit": Some(&BASE_EXCEPTION);
    EXCEPTION = "Exception": Some(&BASE_EXCEPTION);
    ARITHMETIC_ERROR = "ArithmeticError": Some(&EXCEPTION);
    FLOATING_POINT_ERROR = "FloatingPointError": Some(&ARITHMETIC_ERROR);
    OVERFLOW_ERROR = "OverflowError": Some(&ARITHMETIC_ERROR);
    ZERO_DIVISION_ERROR = "ZeroDivisionError": Some(&ARITHMETIC_ERROR);
    ASSERTION_ERROR = "AssertionError": Some(&EXCEPTION);
    ATTRIBUTE_ERROR = "AttributeError": Some(&EXCEPTION);
    BUFFER_ERROR = "BufferError": Some(&EXCEPTION);
    EOF_ERROR = "EOFError": Some(&EXCEPTION);
    EXCEPTION_GROUP = "ExceptionGroup": Some(&BASE_EXCEPTION_GROUP);
    IMPORT_ERROR = "ImportError": Some(&EXCEPTION);
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": Some(&IMPORT_ERROR);
    LOOKUP_ERROR = "LookupError": Some(&EXCEPTION);
    INDEX_ERROR = "IndexError": Some(&LOOKUP_ERROR);
    KEY_ERROR = "KeyError": Some(&LOOKUP_ERROR);
    MEMORY_ERROR = "MemoryError": Some(&EXCEPTION);
    NAME_ERROR = "NameError": Some(&EXCEPTION);
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": Some(&NAME_ERROR);
    OS_ERROR = "OSError": Some(&EXCEPTION);
    BLOCKING_IO_ERROR = "BlockingIOError": Some(&OS_ERROR);
    CHILD_PROCESS_ERROR = "ChildProcessError": Some(&OS_ERROR);
    CONNECTION_ERROR = "ConnectionError": Some(&OS_ERROR);
    BROKEN_PIPE_ERROR = "BrokenPipeError": Some(&CONNECTION_ERROR);
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": Some(&CONNECTION_ERROR);
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": Some(&CONNECTION_ERROR);
    CONNECTION_RESET_ERROR = "ConnectionResetError": Some(&CONNECTION_ERROR);
    FILE_EXISTS_ERROR = "FileExistsError": Some(&OS_ERROR);
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": Some(&OS_ERROR);
    INTERRUPTED_ERROR = "InterruptedError": Some(&OS_ERROR);
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": Some(&OS_ERROR);
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": Some(&OS_ERROR);
    PERMISSION_ERROR = "PermissionError": Some(&OS_ERROR);
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": Some(&OS_ERROR);
    TIMEOUT_ERROR = "TimeoutError": Some(&OS_ERROR);
    REFERENCE_ERROR = "ReferenceError": Some(&EXCEPTION);
    RUNTIME_ERROR = "RuntimeError": Some(&EXCEPTION);
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": Some(&RUNTIME_ERROR);
    RECURSION_ERROR = "RecursionError": Some(&RUNTIME_ERROR);
    STOP_ASYNC_ITERATION = "StopAsyncIteration": Some(&EXCEPTION);
    STOP_ITERATION = "StopIteration": Some(&EXCEPTION);
    SYNTAX_ERROR = "SyntaxError": Some(&EXCEPTION);
    INDENTATION_ERROR = "IndentationError": Some(&SYNTAX_ERROR);
    TAB_ERROR = "TabError": Some(&INDENTATION_ERROR);
    SYSTEM_ERROR = "SystemError": Some(&EXCEPTION);
    TYPE_ERROR = "TypeError": Some(&EXCEPTION);
    VALUE_ERROR = "ValueError": Some(&EXCEPTION);
    UNICODE_ERROR = "UnicodeError": Some(&VALUE_ERROR);
    UNICODE_DECODE_ERROR = "UnicodeDecodeError": Some(&UNICODE_ERROR);
    UNICODE_ENCODE_ERROR = "UnicodeEncodeError": Some(&UNICODE_ERROR);
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": Some(&UNICODE_ERROR);
    WARNING = "Warning": Some(&EXCEPTION);
    BYTES_WARNING = "BytesWarning": Some(&WARNING);
    DEPRECATION_WARNING = "DeprecationWarning": Some(&WARNING);
    ENCODING_WARNING = "EncodingWarning": Some(&WARNING);
    FUTURE_WARNING = "FutureWarning": Some(&WARNING);
    IMPORT_WARNING = "ImportWarning": Some(&WARNING);
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": Some(&WARNING);
    RESOURCE_WARNING = "ResourceWarning": Some(&WARNING);
    RUNTIME_WARNING = "RuntimeWarning": Some(&WARNING);
    SYNTAX_WARNING = "SyntaxWarning": Some(&WARNING);
    UNICODE_WARNING = "UnicodeWarning": Some(&WARNING);
    USER_WARNING = "UserWarning": Some(&WARNING);
}

/// An exception of type `ty` with one str argument `msg`, ready to return as `Err`.
pub fn exc_msg(ty: &'static TypeObject, msg: &str) -> PyErr {
    let s = super::str::new_str(msg);
    let args = super::tuple::tuple_from_vec(vec![s]);
    PyErr::from_instance(new_exception(ty, args))
}

/// An exception of type `ty` with the given argument values (borrowed).
pub fn exc_args(ty: &'static TypeObject, args: &[Value]) -> PyErr {
    PyErr::from_instance(new_exception(ty, super::tuple::new_tuple(args)))
}

macro_rules! raise_fns {
    ($( $fname:ident => $ty:ident, )*) => {
        $(
            #[doc = concat!("A `", stringify!($ty), "` with message `msg`.")]
            #[cold]
            pub fn $fname(msg: impl AsRef<str>) -> PyErr {
                exc_msg(&$ty, msg.as_ref())
            }
        )*
    };
}

raise_fns! {
    type_error => TYPE_ERROR,
    value_error => VALUE_ERROR,
    index_error => INDEX_ERROR,
    attribute_error => ATTRIBUTE_ERROR,
    overflow_error => OVERFLOW_ERROR,
    zero_division_error => ZERO_DIVISION_ERROR,
    runtime_error => RUNTIME_ERROR,
    name_error => NAME_ERROR,
    unbound_local_error => UNBOUND_LOCAL_ERROR,
    not_implemented_error => NOT_IMPLEMENTED_ERROR,
    memory_error => MEMORY_ERROR,
    recursion_error => RECURSION_ERROR,
    system_error => SYSTEM_ERROR,
    import_error => IMPORT_ERROR,
    module_not_found_error => MODULE_NOT_FOUND_ERROR,
    os_error => OS_ERROR,
    eof_error => EOF_ERROR,
    unicode_error => UNICODE_ERROR,
    assertion_error => ASSERTION_ERROR,
    lookup_error => LOOKUP_ERROR,
}

/// `KeyError(key)` (its str is the key's repr, handled by the type).
#[cold]
pub fn key_error(key: Value) -> PyErr {
    exc_args(&KEY_ERROR, &[key])
}

/// `StopIteration(value)` (no argument when `value` is None).
#[cold]
pub fn stop_iteration(value: Value) -> PyErr {
    if value.is_none() || value.is_null() {
        exc_args(&STOP_ITERATION, &[])
    } else {
        let e = exc_args(&STOP_ITERATION, &[value]);
        super::exception_types::extra_set(e.value(), 0, value);
        e
    }
}

/// `StopIteration(value)` taking over the reference to `value` (no argument for None).
#[cold]
pub fn stop_iteration_owned(value: Value) -> PyErr {
    let e = stop_iteration(value);
    value.decref();
    e
}
