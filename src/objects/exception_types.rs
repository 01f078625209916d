//! Behaviour of the built-in exception types: `__new__`/`__init__` (args), `__str__`,
//! `__repr__`, `args`/`__traceback__`/`__context__`/`__cause__`/`__notes__`, and the extra
//! attributes of StopIteration, SystemExit, ImportError, NameError, AttributeError, OSError
//! (with the errno -> subclass choice), SyntaxError and the Unicode errors, all as CPython 3.11's
//! Objects/exceptions.c behaves. Exception groups live in `exception_groups.rs`.
//!
//! Each built-in type belongs to a "kind" (`ExcKind`) that fixes its slots, its extra attribute
//! fields (`ExceptionObject::extra`) and its tables; subclasses (static or user-defined) share
//! their nearest kind ancestor's.

use super::exception_groups as groups;
use super::exceptions::*;
use super::typeobj::{GetSetDef, MethodDef, Slots, TypeFlags, TypeObject};
use super::value::Value;
use super::{none, Owned};
use crate::objects::str::new_str;
use crate::vm::{ops, PyResult, Vm};

/// Which behaviour family a built-in exception type belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    Base,
    KeyError,
    StopIteration,
    SystemExit,
    ImportError,
    NameError,
    AttributeError,
    OsError,
    SyntaxError,
    UnicodeEncode,
    UnicodeDecode,
    UnicodeTranslate,
    Group,
}

/// Field indices into `ExceptionObject::extra`, per kind.
pub mod field {
    pub const VALUE: usize = 0; // StopIteration
    pub const CODE: usize = 0; // SystemExit
    pub const IMPORT_MSG: usize = 0;
    pub const IMPORT_NAME: usize = 1;
    pub const IMPORT_PATH: usize = 2;
    pub const NAME: usize = 0; // NameError, AttributeError
    pub const OBJ: usize = 1; // AttributeError
    pub const ERRNO: usize = 0;
    pub const STRERROR: usize = 1;
    pub const FILENAME: usize = 2;
    pub const FILENAME2: usize = 3;
    pub const SE_MSG: usize = 0;
    pub const SE_FILENAME: usize = 1;
    pub const SE_LINENO: usize = 2;
    pub const SE_OFFSET: usize = 3;
    pub const SE_TEXT: usize = 4;
    pub const SE_END_LINENO: usize = 5;
    pub const SE_END_OFFSET: usize = 6;
    pub const SE_PRINT_FILE_AND_LINE: usize = 7;
    pub const U_ENCODING: usize = 0;
    pub const U_OBJECT: usize = 1;
    pub const U_START: usize = 2;
    pub const U_END: usize = 3;
    pub const U_REASON: usize = 4;
    pub const EG_MSG: usize = 0;
    pub const EG_EXCS: usize = 1;
}

impl ExcKind {
    /// The kind of `ty`: its nearest ancestor (itself included) that has special behaviour.
    pub fn of(ty: &TypeObject) -> ExcKind {
        let roots: [(&TypeObject, ExcKind); 12] = [
            (&KEY_ERROR, ExcKind::KeyError),
            (&STOP_ITERATION, ExcKind::StopIteration),
            (&SYSTEM_EXIT, ExcKind::SystemExit),
            (&IMPORT_ERROR, ExcKind::ImportError),
            (&NAME_ERROR, ExcKind::NameError),
            (&ATTRIBUTE_ERROR, ExcKind::AttributeError),
            (&OS_ERROR, ExcKind::OsError),
            (&SYNTAX_ERROR, ExcKind::SyntaxError),
            (&UNICODE_ENCODE_ERROR, ExcKind::UnicodeEncode),
            (&UNICODE_DECODE_ERROR, ExcKind::UnicodeDecode),
            (&UNICODE_TRANSLATE_ERROR, ExcKind::UnicodeTranslate),
            (&BASE_EXCEPTION_GROUP, ExcKind::Group),
        ];
        let mut t = Some(ty);
        while let Some(x) = t {
            if std::ptr::eq(x, &BASE_EXCEPTION) || std::ptr::eq(x, &EXCEPTION) {
                break;
            }
            for (r, k) in roots {
                if std::ptr::eq(x, r) {
                    return k;
                }
            }
            t = x.base();
        }
        ExcKind::Base
    }

    /// The names of the kind's extra fields, in `ExceptionObject::extra` order.
    pub const fn extra_names(self) -> &'static [&'static str] {
        match self {
            ExcKind::Base | ExcKind::KeyError => &[],
            ExcKind::StopIteration => &["value"],
            ExcKind::SystemExit => &["code"],
            ExcKind::ImportError => &["msg", "name", "path"],
            ExcKind::NameError => &["name"],
            ExcKind::AttributeError => &["name", "obj"],
            ExcKind::OsError => &["errno", "strerror", "filename", "filename2"],
            ExcKind::SyntaxError => {
                &["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]
            }
            ExcKind::UnicodeEncode | ExcKind::UnicodeDecode | ExcKind::UnicodeTranslate => {
                &["encoding", "object", "start", "end", "reason"]
            }
            ExcKind::Group => &["message", "exceptions"],
        }
    }
}

const fn str_eq(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const fn in_list(name: &str, list: &[&str]) -> bool {
    let mut i = 0;
    while i < list.len() {
        if str_eq(name, list[i]) {
            return true;
        }
        i += 1;
    }
    false
}

/// The kind of the built-in type named `name` (for the static tables).
const fn kind_of_name(name: &str) -> ExcKind {
    const OS: &[&str] = &[
        "OSError",
        "BlockingIOError",
        "ChildProcessError",
        "ConnectionError",
        "BrokenPipeError",
        "ConnectionAbortedError",
        "ConnectionRefusedError",
        "ConnectionResetError",
        "FileExistsError",
        "FileNotFoundError",
        "InterruptedError",
        "IsADirectoryError",
        "NotADirectoryError",
        "PermissionError",
        "ProcessLookupError",
        "TimeoutError",
    ];
    if in_list(name, OS) {
        ExcKind::OsError
    } else if str_eq(name, "KeyError") {
        ExcKind::KeyError
    } else if str_eq(name, "StopIteration") {
        ExcKind::StopIteration
    } else if str_eq(name, "SystemExit") {
        ExcKind::SystemExit
    } else if in_list(name, &["ImportError", "ModuleNotFoundError"]) {
        ExcKind::ImportError
    } else if in_list(name, &["NameError", "UnboundLocalError"]) {
        ExcKind::NameError
    } else if str_eq(name, "AttributeError") {
        ExcKind::AttributeError
    } else if in_list(name, &["SyntaxError", "IndentationError", "TabError"]) {
        ExcKind::SyntaxError
    } else if str_eq(name, "UnicodeEncodeError") {
        ExcKind::UnicodeEncode
    } else if str_eq(name, "UnicodeDecodeError") {
        ExcKind::UnicodeDecode
    } else if str_eq(name, "UnicodeTranslateError") {
        ExcKind::UnicodeTranslate
    } else if in_list(name, &["BaseExceptionGroup", "ExceptionGroup"]) {
        ExcKind::Group
    } else {
        ExcKind::Base
    }
}

/// Behaviour slots shared by all built-in exception types (BaseException's).
pub const EXC_BEHAVIOUR: Slots = Slots {
    new: Some(base_new),
    init: Some(base_init),
    repr: Some(base_repr),
    str: Some(base_str),
    hash: Some(|_, v| Ok(ops::identity_hash(v))),
    ..Slots::EMPTY
};

/// The full slot table of the built-in exception type called `name`.
pub const fn slots_for(name: &str) -> Slots {
    let base = EXC_SLOTS;
    match kind_of_name(name) {
        ExcKind::Base => base,
        ExcKind::KeyError => Slots { str: Some(keyerror_str), ..base },
        ExcKind::StopIteration => Slots { init: Some(stopiteration_init), ..base },
        ExcKind::SystemExit => Slots { init: Some(systemexit_init), ..base },
        ExcKind::ImportError => Slots { init: Some(importerror_init), str: Some(importerror_str), ..base },
        ExcKind::NameError => Slots { init: Some(nameerror_init), ..base },
        ExcKind::AttributeError => Slots { init: Some(attributeerror_init), ..base },
        ExcKind::OsError => Slots { new: Some(oserror_new), init: Some(oserror_init), str: Some(oserror_str), ..base },
        ExcKind::SyntaxError => Slots { init: Some(syntaxerror_init), str: Some(syntaxerror_str), ..base },
        ExcKind::UnicodeEncode => Slots { init: Some(unicode_encode_init), str: Some(unicode_encode_str), ..base },
        ExcKind::UnicodeDecode => Slots { init: Some(unicode_decode_init), str: Some(unicode_decode_str), ..base },
        ExcKind::UnicodeTranslate => {
            Slots { init: Some(unicode_translate_init), str: Some(unicode_translate_str), ..base }
        }
        ExcKind::Group => Slots { new: Some(groups::eg_new), init: Some(groups::eg_init), str: Some(groups::eg_str), ..base },
    }
}

/// The method table of the built-in exception type called `name`.
pub const fn methods_for(name: &str) -> &'static [MethodDef] {
    if str_eq(name, "BaseException") {
        return &BASE_METHODS;
    }
    if str_eq(name, "BaseExceptionGroup") {
        return &groups::GROUP_METHODS;
    }
    if str_eq(name, "OSError") {
        return &OS_METHODS;
    }
    match kind_of_name(name) {
        ExcKind::KeyError => &KEYERROR_METHODS,
        ExcKind::StopIteration => &STOPITERATION_METHODS,
        ExcKind::SystemExit => &SYSTEMEXIT_METHODS,
        ExcKind::ImportError => &IMPORT_METHODS,
        ExcKind::NameError => &NAME_METHODS,
        ExcKind::AttributeError => &ATTRIBUTE_METHODS,
        ExcKind::SyntaxError => &SYNTAX_METHODS,
        ExcKind::UnicodeEncode => &UENC_METHODS,
        ExcKind::UnicodeDecode => &UDEC_METHODS,
        ExcKind::UnicodeTranslate => &UTR_METHODS,
        _ => &[],
    }
}

/// The property table of the built-in exception type called `name` (only the type that
/// introduces a kind carries its table; subclasses find it along the MRO).
pub const fn getsets_for(name: &str) -> &'static [GetSetDef] {
    if str_eq(name, "BaseException") {
        return &BASE_GETSETS;
    }
    if str_eq(name, "StopIteration") {
        return &STOPITERATION_GETSETS;
    }
    if str_eq(name, "SystemExit") {
        return &SYSTEMEXIT_GETSETS;
    }
    if str_eq(name, "ImportError") {
        return &IMPORT_GETSETS;
    }
    if str_eq(name, "NameError") {
        return &NAME_GETSETS;
    }
    if str_eq(name, "AttributeError") {
        return &ATTRIBUTE_GETSETS;
    }
    if str_eq(name, "OSError") {
        return &OS_GETSETS;
    }
    if str_eq(name, "SyntaxError") {
        return &SYNTAX_GETSETS;
    }
    if str_eq(name, "UnicodeEncodeError") || str_eq(name, "UnicodeDecodeError") || str_eq(name, "UnicodeTranslateError") {
        return &UNICODE_GETSETS;
    }
    if str_eq(name, "BaseExceptionGroup") {
        return &groups::GROUP_GETSETS;
    }
    &[]
}

// ---------------------------------------------------------------------------------------------
// Helpers

/// The positional part of a vectorcall argument list.
#[inline]
pub(crate) fn positional<'a>(args: &'a [Value], kwnames: &[Value]) -> &'a [Value] {
    &args[..args.len().saturating_sub(kwnames.len())]
}

/// The keyword arguments as (name, value) pairs.
pub(crate) fn keywords<'a>(args: &'a [Value], kwnames: &'a [Value]) -> impl Iterator<Item = (&'a str, Value)> + 'a {
    let start = args.len().saturating_sub(kwnames.len());
    kwnames.iter().zip(&args[start..]).map(|(k, v)| (super::str::as_str(*k).unwrap_or("?"), *v))
}

/// The exception behind `v`, or CPython's descriptor TypeError.
pub(crate) fn checked_exc<'a>(v: Value, what: &str) -> PyResult<&'a ExceptionObject> {
    if is_exception(v) {
        Ok(exc_obj(v))
    } else {
        Err(type_error(format!("descriptor '{what}' requires a 'BaseException' object but received a '{}'", ops::type_name(v))))
    }
}

/// Extra field `i` of `v` (None when `v` has no such field).
pub fn extra(v: Value, i: usize) -> Option<&'static std::cell::Cell<Value>> {
    if !is_exception(v) {
        return None;
    }
    let e: &'static ExceptionObject = exc_obj(v);
    e.extra.get(i)
}

/// A borrowed extra field, NULL when unset or absent.
pub fn extra_get(v: Value, i: usize) -> Value {
    extra(v, i).map(|c| c.get()).unwrap_or(Value::NULL)
}

/// Store a new reference to `x` (NULL allowed) in extra field `i`.
pub fn extra_set(v: Value, i: usize, x: Value) {
    if let Some(c) = extra(v, i) {
        x.incref();
        c.replace(x).decref();
    }
}

/// An unset extra field reads the instance `__dict__` entry of the same name when there is one
/// (code that stores `name` hints in the dict), else
/// None.
pub fn dict_fallback(v: Value, name: &str) -> Value {
    let d = exc_obj(v).dict.get();
    if !d.is_null() {
        if let Some(x) = super::dict::get_str(d, super::str::intern(name)) {
            return x.new_ref();
        }
    }
    none()
}

fn or_none(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        v.new_ref()
    }
}

/// `str(v)` as Rust text.
pub fn str_string(vm: &mut Vm, v: Value) -> PyResult<String> {
    let s = Owned::new(ops::str(vm, v)?);
    Ok(super::str::str_obj(s.get()).to_string_lossy().into_owned())
}

/// `repr(v)` as Rust text.
pub fn repr_string(vm: &mut Vm, v: Value) -> PyResult<String> {
    let s = Owned::new(ops::repr(vm, v)?);
    Ok(super::str::str_obj(s.get()).to_string_lossy().into_owned())
}

/// `repr(tuple)` built from the items' reprs (so it does not depend on tuple's own slot).
fn tuple_repr_string(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut s = String::from("(");
    for (i, &x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&repr_string(vm, x)?);
    }
    if items.len() == 1 {
        s.push(',');
    }
    s.push(')');
    Ok(s)
}

/// The `args` tuple's items of an exception.
pub fn args_of<'a>(v: Value) -> &'a [Value] {
    let a = exc_obj(v).args.get();
    if a.is_null() || !super::tuple::is_tuple(a) {
        &[]
    } else {
        super::tuple::items(a)
    }
}

fn set_args(v: Value, items: &[Value]) {
    let t = super::tuple::new_tuple(items);
    exc_obj(v).args.replace(t).decref();
}

fn no_keywords(ty: &TypeObject, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{}() takes no keyword arguments", ty.name())))
    }
}

// ---------------------------------------------------------------------------------------------
// BaseException

/// `BaseException.__new__`: an instance of `ty` whose `args` are the positional arguments
/// (keywords are left to `__init__`).
pub fn base_new(_vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let pos = positional(args, kwnames);
    Ok(new_exception(ty, super::tuple::new_tuple(pos)))
}

/// `BaseException.__init__`: `args` = the positional arguments; no keywords.
pub fn base_init(_vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    no_keywords(v.ty(), kwnames)?;
    set_args(v, args);
    Ok(())
}

/// `BaseException.__str__`.
pub fn base_str(vm: &mut Vm, v: Value) -> PyResult {
    match args_of(v) {
        [] => Ok(new_str("")),
        [a] => ops::str(vm, *a),
        items => Ok(new_str(&tuple_repr_string(vm, items)?)),
    }
}

/// `BaseException.__repr__`: `Name(arg)` or `Name(a, b)` with the type's `__name__`.
pub fn base_repr(vm: &mut Vm, v: Value) -> PyResult {
    let name = v.ty().name().to_string();
    let items = args_of(v);
    let inner = match items {
        [a] => format!("({})", repr_string(vm, *a)?),
        _ => tuple_repr_string(vm, items)?,
    };
    Ok(new_str(&format!("{name}{inner}")))
}

fn keyerror_str(vm: &mut Vm, v: Value) -> PyResult {
    match args_of(v) {
        [a] => ops::repr(vm, *a),
        _ => base_str(vm, v),
    }
}

pub(crate) fn exc_self(args: &[Value], owner: &'static TypeObject, name: &str) -> PyResult<Value> {
    match args.first() {
        Some(&s) if s.is_instance_of(owner) => Ok(s),
        Some(&s) => Err(type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            owner.tp_name(),
            ops::type_name(s)
        ))),
        None => Err(type_error(format!("descriptor '{name}' of '{}' object needs an argument", owner.tp_name()))),
    }
}

/// `X.__new__(cls, *args)` as a static method of the type table: checks `cls`.
pub(crate) fn new_method_check<'a>(args: &[Value], owner: &'static TypeObject) -> PyResult<&'a TypeObject> {
    let owner_name = owner.tp_name();
    let cls = match args.first() {
        Some(&c) => c,
        None => return Err(type_error(format!("{owner_name}.__new__(): not enough arguments"))),
    };
    let t = match super::type_type::as_type(cls) {
        Some(t) => t,
        None => {
            return Err(type_error(format!("{owner_name}.__new__(X): X is not a type object ({})", ops::type_name(cls))))
        }
    };
    if !t.is_subtype(owner) {
        let n = t.tp_name();
        return Err(type_error(format!("{owner_name}.__new__({n}): {n} is not a subtype of {owner_name}")));
    }
    Ok(t)
}

fn m_base_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let t = new_method_check(args, &BASE_EXCEPTION)?;
    base_new(vm, t, &args[1..], kwnames)
}

/// A `__init__` method wrapping an init slot.
macro_rules! init_method {
    ($fname:ident, $init:path, $owner:expr) => {
        fn $fname(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
            let s = $crate::objects::exception_types::exc_self(args, $owner, "__init__")?;
            $init(vm, s, &args[1..], kwnames)?;
            Ok(none())
        }
    };
}
/// A `__str__`/`__repr__` method wrapping a slot.
macro_rules! unary_method {
    ($fname:ident, $f:path, $owner:expr, $name:literal) => {
        fn $fname(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
            let s = $crate::objects::exception_types::exc_self(args, $owner, $name)?;
            if args.len() != 1 {
                return Err(type_error(format!("expected 0 arguments, got {}", args.len() - 1)));
            }
            $f(vm, s)
        }
    };
}
pub(crate) use init_method;
pub(crate) use unary_method;

init_method!(m_base_init, base_init, &BASE_EXCEPTION);
unary_method!(m_base_str, base_str, &BASE_EXCEPTION, "__str__");
unary_method!(m_base_repr, base_repr, &BASE_EXCEPTION, "__repr__");
unary_method!(m_keyerror_str, keyerror_str, &KEY_ERROR, "__str__");

fn m_reduce(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = exc_self(args, &BASE_EXCEPTION, "__reduce__")?;
    let e = exc_obj(s);
    let a = or_none(e.args.get());
    let t = s.ty().as_value();
    let d = e.dict.get();
    if !d.is_null() && super::dict::len(d) > 0 {
        Ok(super::tuple::tuple_from_vec(vec![t.new_ref(), a, d.new_ref()]))
    } else {
        Ok(super::tuple::tuple_from_vec(vec![t.new_ref(), a]))
    }
}

fn m_setstate(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = exc_self(args, &BASE_EXCEPTION, "__setstate__")?;
    let state = args.get(1).copied().unwrap_or(Value::NULL);
    if state.is_null() || state.is_none() {
        return Ok(none());
    }
    if !super::dict::is_dict(state) {
        return Err(type_error("state is not a dictionary"));
    }
    for (k, v) in super::dict::items_vec(state) {
        ops::setattr(vm, s, k, v)?;
    }
    Ok(none())
}

fn m_with_traceback(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = exc_self(args, &BASE_EXCEPTION, "with_traceback")?;
    let tb = args.get(1).copied().unwrap_or(Value::NULL);
    if tb.is_null() || args.len() != 2 {
        return Err(type_error(format!("BaseException.with_traceback() takes exactly one argument ({} given)", args.len() - 1)));
    }
    set_traceback(s, tb)?;
    Ok(s.new_ref())
}

fn m_add_note(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    let s = exc_self(args, &BASE_EXCEPTION, "add_note")?;
    if args.len() != 2 {
        return Err(type_error(format!("BaseException.add_note() takes exactly one argument ({} given)", args.len() - 1)));
    }
    let note = args[1];
    if !super::str::is_str(note) {
        return Err(type_error(format!("note must be a str, not '{}'", ops::type_name(note))));
    }
    let name = super::str::intern("__notes__");
    let notes = match ops::getattr_opt(vm, s, name)? {
        Some(n) => n,
        None => {
            let l = super::list::new_list(&[]);
            let r = ops::setattr(vm, s, name, l);
            if let Err(e) = r {
                l.decref();
                return Err(e);
            }
            l
        }
    };
    let notes = Owned::new(notes);
    if !super::list::is_list(notes.get()) {
        return Err(type_error("Cannot add note: __notes__ is not a list"));
    }
    super::list::append(notes.get(), note);
    Ok(none())
}

static BASE_METHODS: [MethodDef; 8] = [
    MethodDef::static_("__new__", m_base_new),
    MethodDef::method("__init__", m_base_init),
    MethodDef::method("__str__", m_base_str),
    MethodDef::method("__repr__", m_base_repr),
    MethodDef::method("__reduce__", m_reduce),
    MethodDef::method("__setstate__", m_setstate),
    MethodDef::method("with_traceback", m_with_traceback),
    MethodDef::method("add_note", m_add_note),
];

static KEYERROR_METHODS: [MethodDef; 1] = [MethodDef::method("__str__", m_keyerror_str)];

/// Set `__traceback__` (a traceback or None).
pub fn set_traceback(v: Value, tb: Value) -> PyResult<()> {
    let e = checked_exc(v, "__traceback__")?;
    if tb.is_null() {
        return Err(type_error("__traceback__ may not be deleted"));
    }
    if tb.is_none() {
        e.traceback.replace(Value::NULL).decref();
        return Ok(());
    }
    if !super::traceback::is_traceback(tb) {
        return Err(type_error("__traceback__ must be a traceback or None"));
    }
    e.traceback.replace(tb.new_ref()).decref();
    Ok(())
}

fn g_args(_vm: &mut Vm, v: Value) -> PyResult {
    let e = checked_exc(v, "args")?;
    Ok(or_none(e.args.get()))
}
fn s_args(vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    let e = checked_exc(v, "args")?;
    if x.is_null() {
        return Err(type_error("args may not be deleted"));
    }
    let items = ops::collect(vm, x)?;
    e.args.replace(super::tuple::tuple_from_vec(items)).decref();
    Ok(())
}
fn g_traceback(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(or_none(checked_exc(v, "__traceback__")?.traceback.get()))
}
fn s_traceback(_vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    set_traceback(v, x)
}
fn g_context(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(or_none(checked_exc(v, "__context__")?.context.get()))
}
fn s_context(_vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    let e = checked_exc(v, "__context__")?;
    if x.is_null() {
        return Err(type_error("__context__ may not be deleted"));
    }
    let n = if x.is_none() {
        Value::NULL
    } else if is_exception(x) {
        x.new_ref()
    } else {
        return Err(type_error("exception context must be None or derive from BaseException"));
    };
    e.context.replace(n).decref();
    Ok(())
}
fn g_cause(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(or_none(checked_exc(v, "__cause__")?.cause.get()))
}
fn s_cause(_vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    let e = checked_exc(v, "__cause__")?;
    if x.is_null() {
        return Err(type_error("__cause__ may not be deleted"));
    }
    let n = if x.is_none() {
        Value::NULL
    } else if is_exception(x) {
        x.new_ref()
    } else {
        return Err(type_error("exception cause must be None or derive from BaseException"));
    };
    e.cause.replace(n).decref();
    e.suppress_context.set(true);
    Ok(())
}
fn g_suppress(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(super::bool_value(checked_exc(v, "__suppress_context__")?.suppress_context.get()))
}
fn s_suppress(_vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    let e = checked_exc(v, "__suppress_context__")?;
    if x.is_null() {
        return Err(type_error("can't delete numeric/char attribute"));
    }
    if !x.is_exact(&super::BOOL_TYPE) {
        return Err(type_error("attribute value type must be bool"));
    }
    e.suppress_context.set(x == super::bool_value(true));
    Ok(())
}
fn g_dict(_vm: &mut Vm, v: Value) -> PyResult {
    let e = checked_exc(v, "__dict__")?;
    if e.dict.get().is_null() {
        e.dict.set(super::dict::new_dict());
    }
    Ok(e.dict.get().new_ref())
}
fn s_dict(_vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
    let e = checked_exc(v, "__dict__")?;
    if x.is_null() {
        return Err(type_error("cannot delete __dict__"));
    }
    if !super::dict::is_dict(x) {
        return Err(type_error(format!("__dict__ must be set to a dictionary, not a '{}'", ops::type_name(x))));
    }
    e.dict.replace(x.new_ref()).decref();
    Ok(())
}

static BASE_GETSETS: [GetSetDef; 6] = [
    GetSetDef { name: "args", get: g_args, set: Some(s_args) },
    GetSetDef { name: "__traceback__", get: g_traceback, set: Some(s_traceback) },
    GetSetDef { name: "__context__", get: g_context, set: Some(s_context) },
    GetSetDef { name: "__cause__", get: g_cause, set: Some(s_cause) },
    GetSetDef { name: "__suppress_context__", get: g_suppress, set: Some(s_suppress) },
    GetSetDef { name: "__dict__", get: g_dict, set: Some(s_dict) },
];

/// Read/write properties over extra fields: `member!(getter, setter, index, "name")`.
macro_rules! member {
    ($get:ident, $set:ident, $idx:expr, $name:literal) => {
        fn $get(_vm: &mut Vm, v: Value) -> PyResult {
            match $crate::objects::exception_types::extra(v, $idx) {
                Some(c) => {
                    let x = c.get();
                    if x.is_null() {
                        return Ok($crate::objects::exception_types::dict_fallback(v, $name));
                    }
                    Ok(x.new_ref())
                }
                None => Err($crate::objects::exceptions::type_error(concat!("descriptor '", $name, "' does not apply to this object"))),
            }
        }
        fn $set(_vm: &mut Vm, v: Value, x: Value) -> PyResult<()> {
            match $crate::objects::exception_types::extra(v, $idx) {
                Some(c) => {
                    // Deleting a T_OBJECT member stores NULL (reads back as None).
                    x.incref();
                    c.replace(x).decref();
                    Ok(())
                }
                None => Err($crate::objects::exceptions::type_error(concat!("descriptor '", $name, "' does not apply to this object"))),
            }
        }
    };
}


// ---------------------------------------------------------------------------------------------
// StopIteration, SystemExit

fn stopiteration_init(vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    base_init(vm, v, args, kwnames)?;
    extra_set(v, field::VALUE, args.first().copied().unwrap_or_else(none));
    Ok(())
}
member!(g_si_value, s_si_value, field::VALUE, "value");
init_method!(m_si_init, stopiteration_init, &STOP_ITERATION);
static STOPITERATION_METHODS: [MethodDef; 1] = [MethodDef::method("__init__", m_si_init)];
static STOPITERATION_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "value", get: g_si_value, set: Some(s_si_value) }];

fn systemexit_init(vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    base_init(vm, v, args, kwnames)?;
    match args {
        [] => extra_set(v, field::CODE, none()),
        [a] => extra_set(v, field::CODE, *a),
        _ => extra_set(v, field::CODE, exc_obj(v).args.get()),
    }
    Ok(())
}
member!(g_se_code, s_se_code, field::CODE, "code");
init_method!(m_sx_init, systemexit_init, &SYSTEM_EXIT);
static SYSTEMEXIT_METHODS: [MethodDef; 1] = [MethodDef::method("__init__", m_sx_init)];
static SYSTEMEXIT_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "code", get: g_se_code, set: Some(s_se_code) }];

// ---------------------------------------------------------------------------------------------
// ImportError, NameError, AttributeError

fn keyword_fields(v: Value, args: &[Value], kwnames: &[Value], allowed: &[(&str, usize)]) -> PyResult<()> {
    for (k, x) in keywords(args, kwnames) {
        match allowed.iter().find(|(n, _)| *n == k) {
            Some(&(_, i)) => extra_set(v, i, x),
            None => return Err(type_error(format!("'{k}' is an invalid keyword argument for {}()", v.ty().name()))),
        }
    }
    Ok(())
}

fn importerror_init(_vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    let pos = positional(args, kwnames);
    keyword_fields(v, args, kwnames, &[("name", field::IMPORT_NAME), ("path", field::IMPORT_PATH)])?;
    set_args(v, pos);
    extra_set(v, field::IMPORT_MSG, if pos.len() == 1 { pos[0] } else { Value::NULL });
    Ok(())
}
fn importerror_str(vm: &mut Vm, v: Value) -> PyResult {
    let m = extra_get(v, field::IMPORT_MSG);
    if !m.is_null() && m.is_exact(&super::STR_TYPE) {
        return Ok(m.new_ref());
    }
    base_str(vm, v)
}
fn m_import_reduce(vm: &mut Vm, args: &[Value], kw: &[Value]) -> PyResult {
    let s = exc_self(args, &IMPORT_ERROR, "__reduce__")?;
    let (name, path) = (extra_get(s, field::IMPORT_NAME), extra_get(s, field::IMPORT_PATH));
    if name.is_null() && path.is_null() {
        return m_reduce(vm, args, kw);
    }
    let d = super::dict::new_dict();
    if !name.is_null() {
        super::dict::set_str(d, super::str::intern("name"), name);
    }
    if !path.is_null() {
        super::dict::set_str(d, super::str::intern("path"), path);
    }
    let a = or_none(exc_obj(s).args.get());
    Ok(super::tuple::tuple_from_vec(vec![s.ty().as_value().new_ref(), a, d]))
}
member!(g_ie_msg, s_ie_msg, field::IMPORT_MSG, "msg");
member!(g_ie_name, s_ie_name, field::IMPORT_NAME, "name");
member!(g_ie_path, s_ie_path, field::IMPORT_PATH, "path");
init_method!(m_ie_init, importerror_init, &IMPORT_ERROR);
unary_method!(m_ie_str, importerror_str, &IMPORT_ERROR, "__str__");
static IMPORT_METHODS: [MethodDef; 3] = [
    MethodDef::method("__init__", m_ie_init),
    MethodDef::method("__str__", m_ie_str),
    MethodDef::method("__reduce__", m_import_reduce),
];
static IMPORT_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "msg", get: g_ie_msg, set: Some(s_ie_msg) },
    GetSetDef { name: "name", get: g_ie_name, set: Some(s_ie_name) },
    GetSetDef { name: "path", get: g_ie_path, set: Some(s_ie_path) },
];

fn nameerror_init(_vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    keyword_fields(v, args, kwnames, &[("name", field::NAME)])?;
    set_args(v, positional(args, kwnames));
    Ok(())
}
member!(g_ne_name, s_ne_name, field::NAME, "name");
init_method!(m_ne_init, nameerror_init, &NAME_ERROR);
static NAME_METHODS: [MethodDef; 1] = [MethodDef::method("__init__", m_ne_init)];
static NAME_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "name", get: g_ne_name, set: Some(s_ne_name) }];

fn attributeerror_init(_vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    keyword_fields(v, args, kwnames, &[("name", field::NAME), ("obj", field::OBJ)])?;
    set_args(v, positional(args, kwnames));
    Ok(())
}
member!(g_ae_name, s_ae_name, field::NAME, "name");
member!(g_ae_obj, s_ae_obj, field::OBJ, "obj");
init_method!(m_ae_init, attributeerror_init, &ATTRIBUTE_ERROR);
static ATTRIBUTE_METHODS: [MethodDef; 1] = [MethodDef::method("__init__", m_ae_init)];
static ATTRIBUTE_GETSETS: [GetSetDef; 2] = [
    GetSetDef { name: "name", get: g_ae_name, set: Some(s_ae_name) },
    GetSetDef { name: "obj", get: g_ae_obj, set: Some(s_ae_obj) },
];

/// A NameError carrying `name` (what the interpreter raises for an unbound global/local).
pub fn name_error_with_name(msg: &str, name: Value) -> crate::vm::PyErr {
    let e = exc_msg(&NAME_ERROR, msg);
    extra_set(e.value(), field::NAME, name);
    e
}

/// An AttributeError carrying `name` and `obj`.
pub fn attribute_error_with(msg: &str, obj: Value, name: Value) -> crate::vm::PyErr {
    let e = exc_msg(&ATTRIBUTE_ERROR, msg);
    extra_set(e.value(), field::NAME, name);
    extra_set(e.value(), field::OBJ, obj);
    e
}

/// `ImportError(msg, name=name)` / `ModuleNotFoundError` (`ty`) as the import system raises it.
pub fn import_error_with_name(ty: &'static TypeObject, msg: &str, name: Value) -> crate::vm::PyErr {
    let e = exc_msg(ty, msg);
    extra_set(e.value(), field::IMPORT_MSG, super::tuple::items(exc_obj(e.value()).args.get())[0]);
    extra_set(e.value(), field::IMPORT_NAME, name);
    e
}

// ---------------------------------------------------------------------------------------------
// OSError

/// The OSError subclass CPython picks for an errno value (Linux numbering).
pub fn oserror_subclass_for_errno(errno: i64) -> Option<&'static TypeObject> {
    Some(match errno {
        11 | 114 | 115 => &BLOCKING_IO_ERROR, // EAGAIN/EWOULDBLOCK, EALREADY, EINPROGRESS
        10 => &CHILD_PROCESS_ERROR,           // ECHILD
        32 | 108 => &BROKEN_PIPE_ERROR,       // EPIPE, ESHUTDOWN
        103 => &CONNECTION_ABORTED_ERROR,     // ECONNABORTED
        111 => &CONNECTION_REFUSED_ERROR,     // ECONNREFUSED
        104 => &CONNECTION_RESET_ERROR,       // ECONNRESET
        17 => &FILE_EXISTS_ERROR,             // EEXIST
        2 => &FILE_NOT_FOUND_ERROR,           // ENOENT
        21 => &IS_A_DIRECTORY_ERROR,          // EISDIR
        20 => &NOT_A_DIRECTORY_ERROR,         // ENOTDIR
        4 => &INTERRUPTED_ERROR,              // EINTR
        1 | 13 => &PERMISSION_ERROR,          // EPERM, EACCES
        3 => &PROCESS_LOOKUP_ERROR,           // ESRCH
        110 => &TIMEOUT_ERROR,                // ETIMEDOUT
        _ => return None,
    })
}

/// Whether arguments are parsed by `__init__` rather than `__new__` (a subclass that defines
/// its own `__init__` but inherits OSError's `__new__`, as CPython's `oserror_use_init`).
fn oserror_use_init(ty: &TypeObject) -> bool {
    if !ty.has_flag(TypeFlags::HEAPTYPE) {
        return false;
    }
    let is_ours = |name: &str, f: super::typeobj::NativeFn| match ty.lookup(super::str::intern(name)) {
        Some(d) if super::method::is_method_descr(d) => super::method::method_descr(d).def.func as usize == f as usize,
        Some(d) if d.is_exact(&super::method::BUILTIN_FUNCTION_TYPE) => {
            // SAFETY: the type was just checked.
            unsafe { d.as_ref::<super::method::BuiltinFunction>() }.def.func as usize == f as usize
        }
        _ => false,
    };
    !is_ours("__init__", m_os_init) && is_ours("__new__", m_os_new)
}

/// Store errno/strerror/filename/filename2 from 2..=5 positional arguments, trimming `args`
/// to `(errno, strerror)` when a filename is given (CPython's `oserror_init`).
fn oserror_fill(v: Value, pos: &[Value]) {
    if (2..=5).contains(&pos.len()) {
        let filename = pos.get(2).copied().filter(|f| !f.is_none());
        if let Some(f) = filename {
            extra_set(v, field::FILENAME, f);
            if let Some(f2) = pos.get(4).copied().filter(|f| !f.is_none()) {
                extra_set(v, field::FILENAME2, f2);
            }
            set_args(v, &pos[..2]);
        } else {
            set_args(v, pos);
        }
        extra_set(v, field::ERRNO, pos[0]);
        extra_set(v, field::STRERROR, pos[1]);
    } else {
        set_args(v, pos);
    }
}

/// `OSError.__new__`: picks the errno subclass for `OSError(errno, ...)`.
pub fn oserror_new(_vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if oserror_use_init(ty) {
        return Ok(new_exception(ty, super::tuple::empty_tuple()));
    }
    no_keywords(ty, kwnames)?;
    let mut ty = ty;
    if std::ptr::eq(ty, &OS_ERROR) && (2..=5).contains(&args.len()) && super::int::is_int(args[0]) {
        if let Some(sub) = super::int::int_as_i64(args[0]).and_then(oserror_subclass_for_errno) {
            ty = sub;
        }
    }
    let e = new_exception(ty, super::tuple::empty_tuple());
    oserror_fill(e, args);
    Ok(e)
}

fn oserror_init(_vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if !oserror_use_init(v.ty()) {
        return Ok(());
    }
    no_keywords(v.ty(), kwnames)?;
    oserror_fill(v, args);
    Ok(())
}

fn oserror_str(vm: &mut Vm, v: Value) -> PyResult {
    let errno = extra_get(v, field::ERRNO);
    let strerror = extra_get(v, field::STRERROR);
    let filename = extra_get(v, field::FILENAME);
    let filename2 = extra_get(v, field::FILENAME2);
    let s = |vm: &mut Vm, x: Value| str_string(vm, if x.is_null() { none() } else { x });
    if !filename.is_null() {
        let head = format!("[Errno {}] {}: {}", s(vm, errno)?, s(vm, strerror)?, repr_string(vm, filename)?);
        if !filename2.is_null() {
            return Ok(new_str(&format!("{head} -> {}", repr_string(vm, filename2)?)));
        }
        return Ok(new_str(&head));
    }
    if !errno.is_null() && !strerror.is_null() {
        return Ok(new_str(&format!("[Errno {}] {}", s(vm, errno)?, s(vm, strerror)?)));
    }
    base_str(vm, v)
}

fn m_os_new(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let t = new_method_check(args, &OS_ERROR)?;
    oserror_new(vm, t, &args[1..], kwnames)
}
init_method!(m_os_init, oserror_init, &OS_ERROR);
unary_method!(m_os_str, oserror_str, &OS_ERROR, "__str__");
member!(g_os_errno, s_os_errno, field::ERRNO, "errno");
member!(g_os_strerror, s_os_strerror, field::STRERROR, "strerror");
member!(g_os_filename, s_os_filename, field::FILENAME, "filename");
member!(g_os_filename2, s_os_filename2, field::FILENAME2, "filename2");
static OS_METHODS: [MethodDef; 3] = [
    MethodDef::static_("__new__", m_os_new),
    MethodDef::method("__init__", m_os_init),
    MethodDef::method("__str__", m_os_str),
];
static OS_GETSETS: [GetSetDef; 4] = [
    GetSetDef { name: "errno", get: g_os_errno, set: Some(s_os_errno) },
    GetSetDef { name: "strerror", get: g_os_strerror, set: Some(s_os_strerror) },
    GetSetDef { name: "filename", get: g_os_filename, set: Some(s_os_filename) },
    GetSetDef { name: "filename2", get: g_os_filename2, set: Some(s_os_filename2) },
];

/// `OSError(errno, strerror[, filename])` with CPython's subclass choice, as the I/O and `os`
/// code raises it (`filename` NULL: none).
pub fn os_error_from_errno(errno: i32, strerror: &str, filename: Value) -> crate::vm::PyErr {
    let ty = oserror_subclass_for_errno(i64::from(errno)).unwrap_or(&OS_ERROR);
    let e = new_exception(ty, super::tuple::empty_tuple());
    let mut items = vec![Value::small_int(i64::from(errno)), new_str(strerror)];
    if !filename.is_null() {
        items.push(filename);
    }
    oserror_fill(e, &items);
    items[1].decref();
    crate::vm::PyErr::from_instance(e)
}

// ---------------------------------------------------------------------------------------------
// SyntaxError

fn syntaxerror_init(vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    no_keywords(v.ty(), kwnames)?;
    set_args(v, args);
    if let Some(&m) = args.first() {
        extra_set(v, field::SE_MSG, m);
    }
    if args.len() == 2 {
        let info = Owned::new(super::tuple::tuple_from_vec(ops::collect(vm, args[1])?));
        let items = super::tuple::items(info.get());
        if items.len() < 4 {
            return Err(type_error(format!("function takes at least 4 arguments ({} given)", items.len())));
        }
        if items.len() > 6 {
            return Err(type_error(format!("function takes at most 6 arguments ({} given)", items.len())));
        }
        let fields = [field::SE_FILENAME, field::SE_LINENO, field::SE_OFFSET, field::SE_TEXT, field::SE_END_LINENO, field::SE_END_OFFSET];
        for (i, &x) in items.iter().enumerate() {
            extra_set(v, fields[i], x);
        }
    }
    Ok(())
}

/// The last path component (CPython's `my_basename` for SyntaxError's str).
fn basename(s: &str) -> &str {
    match s.rfind('/') {
        Some(i) => &s[i + 1..],
        None => s,
    }
}

fn syntaxerror_str(vm: &mut Vm, v: Value) -> PyResult {
    let msg = extra_get(v, field::SE_MSG);
    let msg_s = str_string(vm, if msg.is_null() { none() } else { msg })?;
    let filename = extra_get(v, field::SE_FILENAME);
    let lineno = extra_get(v, field::SE_LINENO);
    let file = if !filename.is_null() && super::str::is_str(filename) {
        Some(basename(&super::str::str_obj(filename).to_string_lossy()).to_string())
    } else {
        None
    };
    let line = if !lineno.is_null() && super::int::is_int(lineno) { Some(str_string(vm, lineno)?) } else { None };
    Ok(new_str(&match (file, line) {
        (Some(f), Some(l)) => format!("{msg_s} ({f}, line {l})"),
        (Some(f), None) => format!("{msg_s} ({f})"),
        (None, Some(l)) => format!("{msg_s} (line {l})"),
        (None, None) => msg_s,
    }))
}
init_method!(m_sy_init, syntaxerror_init, &SYNTAX_ERROR);
unary_method!(m_sy_str, syntaxerror_str, &SYNTAX_ERROR, "__str__");
member!(g_sy_msg, s_sy_msg, field::SE_MSG, "msg");
member!(g_sy_filename, s_sy_filename, field::SE_FILENAME, "filename");
member!(g_sy_lineno, s_sy_lineno, field::SE_LINENO, "lineno");
member!(g_sy_offset, s_sy_offset, field::SE_OFFSET, "offset");
member!(g_sy_text, s_sy_text, field::SE_TEXT, "text");
member!(g_sy_end_lineno, s_sy_end_lineno, field::SE_END_LINENO, "end_lineno");
member!(g_sy_end_offset, s_sy_end_offset, field::SE_END_OFFSET, "end_offset");
member!(g_sy_pfal, s_sy_pfal, field::SE_PRINT_FILE_AND_LINE, "print_file_and_line");
static SYNTAX_METHODS: [MethodDef; 2] = [MethodDef::method("__init__", m_sy_init), MethodDef::method("__str__", m_sy_str)];
static SYNTAX_GETSETS: [GetSetDef; 8] = [
    GetSetDef { name: "msg", get: g_sy_msg, set: Some(s_sy_msg) },
    GetSetDef { name: "filename", get: g_sy_filename, set: Some(s_sy_filename) },
    GetSetDef { name: "lineno", get: g_sy_lineno, set: Some(s_sy_lineno) },
    GetSetDef { name: "offset", get: g_sy_offset, set: Some(s_sy_offset) },
    GetSetDef { name: "text", get: g_sy_text, set: Some(s_sy_text) },
    GetSetDef { name: "end_lineno", get: g_sy_end_lineno, set: Some(s_sy_end_lineno) },
    GetSetDef { name: "end_offset", get: g_sy_end_offset, set: Some(s_sy_end_offset) },
    GetSetDef { name: "print_file_and_line", get: g_sy_pfal, set: Some(s_sy_pfal) },
];

/// A SyntaxError (or subclass, by `e.kind`) instance from the front end's error, as CPython
/// builds it: `args = (msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
pub fn syntax_error_value(e: &crate::syntax_error::SyntaxError, filename: &str) -> Value {
    use crate::syntax_error::SyntaxErrorKind as K;
    let ty: &'static TypeObject = match e.kind {
        K::SyntaxError => &SYNTAX_ERROR,
        K::IndentationError => &INDENTATION_ERROR,
        K::TabError => &TAB_ERROR,
        K::MemoryError => return new_exception(&MEMORY_ERROR, super::tuple::empty_tuple()),
        K::UnicodeDecodeError => &UNICODE_DECODE_ERROR,
    };
    let opt = |x: u32| if x == 0 { none() } else { Value::small_int(i64::from(x)) };
    let msg = new_str(&e.msg);
    let v = new_exception(ty, super::tuple::empty_tuple());
    if e.lineno == 0 && e.kind != K::UnicodeDecodeError {
        set_args(v, &[msg]);
        extra_set(v, field::SE_MSG, msg);
    } else if e.kind == K::UnicodeDecodeError {
        set_args(v, &[msg]);
    } else {
        let text = match &e.text {
            Some(t) => new_str(t),
            None => none(),
        };
        let fname = new_str(filename);
        let info = vec![fname, opt(e.lineno), opt(e.offset), text, opt(e.end_lineno), opt(e.end_offset)];
        let info_t = super::tuple::new_tuple(&info);
        set_args(v, &[msg, info_t]);
        extra_set(v, field::SE_MSG, msg);
        let fields = [field::SE_FILENAME, field::SE_LINENO, field::SE_OFFSET, field::SE_TEXT, field::SE_END_LINENO, field::SE_END_OFFSET];
        for (i, &x) in info.iter().enumerate() {
            extra_set(v, fields[i], x);
            x.decref();
        }
        info_t.decref();
    }
    msg.decref();
    v
}

// ---------------------------------------------------------------------------------------------
// UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError

fn arg_str(v: Value, n: usize) -> PyResult<()> {
    if super::str::is_str(v) {
        Ok(())
    } else {
        Err(type_error(format!("argument {n} must be str, not {}", ops::type_name(v))))
    }
}

fn arg_index(v: Value) -> PyResult<()> {
    if super::int::is_int(v) {
        Ok(())
    } else {
        Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v))))
    }
}

fn unicode_fields(v: Value, enc: Value, obj: Value, start: Value, end: Value, reason: Value) {
    extra_set(v, field::U_ENCODING, enc);
    extra_set(v, field::U_OBJECT, obj);
    extra_set(v, field::U_START, start);
    extra_set(v, field::U_END, end);
    extra_set(v, field::U_REASON, reason);
}

fn expect_args(args: &[Value], n: usize) -> PyResult<()> {
    if args.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(type_error(format!("function takes exactly {n} argument{s} ({} given)", args.len())));
    }
    Ok(())
}

fn unicode_encode_init(_vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    no_keywords(v.ty(), kwnames)?;
    set_args(v, args);
    expect_args(args, 5)?;
    arg_str(args[0], 1)?;
    arg_str(args[1], 2)?;
    arg_index(args[2])?;
    arg_index(args[3])?;
    arg_str(args[4], 5)?;
    unicode_fields(v, args[0], args[1], args[2], args[3], args[4]);
    Ok(())
}

fn unicode_decode_init(_vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    no_keywords(v.ty(), kwnames)?;
    set_args(v, args);
    expect_args(args, 5)?;
    arg_str(args[0], 1)?;
    if !args[1].ty().has_flag(TypeFlags::BYTES_SUBCLASS) && !args[1].ty().name().contains("bytearray") {
        return Err(type_error(format!("a bytes-like object is required, not '{}'", ops::type_name(args[1]))));
    }
    arg_index(args[2])?;
    arg_index(args[3])?;
    arg_str(args[4], 5)?;
    unicode_fields(v, args[0], args[1], args[2], args[3], args[4]);
    Ok(())
}

fn unicode_translate_init(_vm: &mut Vm, v: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    no_keywords(v.ty(), kwnames)?;
    set_args(v, args);
    expect_args(args, 4)?;
    arg_str(args[0], 1)?;
    arg_index(args[1])?;
    arg_index(args[2])?;
    arg_str(args[3], 4)?;
    unicode_fields(v, Value::NULL, args[0], args[1], args[2], args[3]);
    Ok(())
}

/// start, end and the object's length (in characters or bytes), or None when unset.
fn unicode_span(vm: &mut Vm, v: Value) -> PyResult<Option<(i64, i64, usize)>> {
    let obj = extra_get(v, field::U_OBJECT);
    if obj.is_null() {
        return Ok(None);
    }
    let start = super::int::int_as_i64(extra_get(v, field::U_START)).unwrap_or(0);
    let end = super::int::int_as_i64(extra_get(v, field::U_END)).unwrap_or(0);
    let len = ops::len(vm, obj)?;
    Ok(Some((start, end, len)))
}

fn unicode_common(vm: &mut Vm, v: Value, verb: &str, single: impl FnOnce(&mut Vm, Value, i64) -> PyResult<String>) -> PyResult {
    let Some((start, end, len)) = unicode_span(vm, v)? else {
        return Ok(new_str(""));
    };
    let reason = str_string(vm, or_none_borrowed(extra_get(v, field::U_REASON)))?;
    let enc = extra_get(v, field::U_ENCODING);
    let prefix = if verb == "translate" {
        String::new()
    } else {
        format!("'{}' codec ", str_string(vm, or_none_borrowed(enc))?)
    };
    if start >= 0 && (start as usize) < len && end == start + 1 {
        let what = single(vm, extra_get(v, field::U_OBJECT), start)?;
        Ok(new_str(&format!("{prefix}can't {verb} {what} in position {start}: {reason}")))
    } else {
        let plural = if verb == "decode" { "bytes" } else { "characters" };
        Ok(new_str(&format!("{prefix}can't {verb} {plural} in position {start}-{}: {reason}", end - 1)))
    }
}

fn or_none_borrowed(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        v
    }
}

fn char_desc(vm: &mut Vm, obj: Value, i: i64) -> PyResult<String> {
    let idx = Owned::new(super::int::int_from_i64(i));
    let c = Owned::new(ops::getitem(vm, obj, idx.get())?);
    // The code point itself (lone surrogates included, which a Rust str cannot hold).
    let ch = if super::str::is_str(c.get()) && super::str::str_obj(c.get()).char_len > 0 { super::str::str_obj(c.get()).cp_at(0) } else { 0xFFFD };
    Ok(if ch <= 0xff {
        format!("character '\\x{ch:02x}'")
    } else if ch <= 0xffff {
        format!("character '\\u{ch:04x}'")
    } else {
        format!("character '\\U{ch:08x}'")
    })
}

fn unicode_encode_str(vm: &mut Vm, v: Value) -> PyResult {
    unicode_common(vm, v, "encode", char_desc)
}
fn unicode_translate_str(vm: &mut Vm, v: Value) -> PyResult {
    unicode_common(vm, v, "translate", char_desc)
}
fn unicode_decode_str(vm: &mut Vm, v: Value) -> PyResult {
    unicode_common(vm, v, "decode", |vm, obj, i| {
        let idx = Owned::new(super::int::int_from_i64(i));
        let b = Owned::new(ops::getitem(vm, obj, idx.get())?);
        let byte = super::int::int_as_i64(b.get()).unwrap_or(0) & 0xff;
        Ok(format!("byte 0x{byte:02x}"))
    })
}
init_method!(m_uenc_init, unicode_encode_init, &UNICODE_ENCODE_ERROR);
init_method!(m_udec_init, unicode_decode_init, &UNICODE_DECODE_ERROR);
init_method!(m_utr_init, unicode_translate_init, &UNICODE_TRANSLATE_ERROR);
unary_method!(m_uenc_str, unicode_encode_str, &UNICODE_ENCODE_ERROR, "__str__");
unary_method!(m_udec_str, unicode_decode_str, &UNICODE_DECODE_ERROR, "__str__");
unary_method!(m_utr_str, unicode_translate_str, &UNICODE_TRANSLATE_ERROR, "__str__");
static UENC_METHODS: [MethodDef; 2] = [MethodDef::method("__init__", m_uenc_init), MethodDef::method("__str__", m_uenc_str)];
static UDEC_METHODS: [MethodDef; 2] = [MethodDef::method("__init__", m_udec_init), MethodDef::method("__str__", m_udec_str)];
static UTR_METHODS: [MethodDef; 2] = [MethodDef::method("__init__", m_utr_init), MethodDef::method("__str__", m_utr_str)];
member!(g_u_encoding, s_u_encoding, field::U_ENCODING, "encoding");
member!(g_u_object, s_u_object, field::U_OBJECT, "object");
member!(g_u_start, s_u_start, field::U_START, "start");
member!(g_u_end, s_u_end, field::U_END, "end");
member!(g_u_reason, s_u_reason, field::U_REASON, "reason");
static UNICODE_GETSETS: [GetSetDef; 5] = [
    GetSetDef { name: "encoding", get: g_u_encoding, set: Some(s_u_encoding) },
    GetSetDef { name: "object", get: g_u_object, set: Some(s_u_object) },
    GetSetDef { name: "start", get: g_u_start, set: Some(s_u_start) },
    GetSetDef { name: "end", get: g_u_end, set: Some(s_u_end) },
    GetSetDef { name: "reason", get: g_u_reason, set: Some(s_u_reason) },
];

/// `UnicodeDecodeError(encoding, object, start, end, reason)` as a codec raises it.
pub fn unicode_decode_error(encoding: &str, object: Value, start: usize, end: usize, reason: &str) -> crate::vm::PyErr {
    let items = [new_str(encoding), object.new_ref(), Value::small_int(start as i64), Value::small_int(end as i64), new_str(reason)];
    let v = new_exception(&UNICODE_DECODE_ERROR, super::tuple::new_tuple(&items));
    unicode_fields(v, items[0], items[1], items[2], items[3], items[4]);
    for x in items {
        x.decref();
    }
    crate::vm::PyErr::from_instance(v)
}

/// `UnicodeEncodeError(encoding, object, start, end, reason)` as a codec raises it.
pub fn unicode_encode_error(encoding: &str, object: Value, start: usize, end: usize, reason: &str) -> crate::vm::PyErr {
    let items = [new_str(encoding), object.new_ref(), Value::small_int(start as i64), Value::small_int(end as i64), new_str(reason)];
    let v = new_exception(&UNICODE_ENCODE_ERROR, super::tuple::new_tuple(&items));
    unicode_fields(v, items[0], items[1], items[2], items[3], items[4]);
    for x in items {
        x.decref();
    }
    crate::vm::PyErr::from_instance(v)
}

/// `StopIteration.value` of an exception (None when unset): for `yield from` / generators.
pub fn stop_iteration_value(v: Value) -> Value {
    if v.is_instance_of(&STOP_ITERATION) {
        let x = extra_get(v, field::VALUE);
        if !x.is_null() {
            return x.new_ref();
        }
        // Made from Rust without __init__: the first arg.
        if let Some(&a) = args_of(v).first() {
            return a.new_ref();
        }
    }
    none()
}

/// `SystemExit.code` (None when unset).
pub fn system_exit_code(v: Value) -> Value {
    let x = extra_get(v, field::CODE);
    if !x.is_null() {
        return x.new_ref();
    }
    match args_of(v) {
        [] => none(),
        [a] => a.new_ref(),
        _ => exc_obj(v).args.get().new_ref(),
    }
}

#[cfg(test)]
mod tests;
