//! The object model: the value word (`value.rs`), the object header and reference counting
//! (`object.rs`), type objects and their slot tables (`typeobj.rs`), and one file per built-in
//! type. See shared/DESIGN.md "Values and objects".

pub mod bound_method;
pub mod bound_method_hook;
pub mod build_class;
pub mod builtin_subclass;
pub mod bytearray;
pub mod deprecation;
pub mod bytes;
pub mod bytes_format;
pub mod bytes_methods;
pub mod cell;
pub mod code;
pub mod complex;
pub mod descriptors;
pub mod dict;
pub mod dict_type;
pub mod dict_views;
pub mod exception_groups;
pub mod exception_types;
pub mod exceptions;
pub mod float;
pub mod float_ops;
pub mod function;
pub mod gc;
pub mod generator;
pub mod heaptype;
pub mod instance;
pub mod int;
pub mod int_methods;
pub mod int_ops;
pub mod iter;
pub mod iterators;
pub mod list;
pub mod mappingproxy;
pub mod list_type;
pub mod memoryview;
pub mod method;
pub mod module;
pub mod num_args;
pub mod object;
pub mod range;
pub mod set;
pub mod shape;
pub mod singletons;
pub mod slice;
pub mod slot_methods;
pub mod slot_wrappers;
pub mod sort;
pub mod str;
pub mod str_format;
pub mod str_methods;
pub mod str_type;
pub mod str_unicode;
pub mod super_;
#[cfg(test)]
mod text_cases;
pub mod text_codecs;
pub mod text_util;
pub mod traceback;
pub mod tuple;
pub mod tuple_type;
pub mod type_type;
pub mod typeobj;
pub mod types_containers;
pub mod types_numbers;
pub mod types_text;
pub mod union;
pub mod value;

pub use int::{bool_value, BOOL_TYPE, INT_TYPE};
pub use float::FLOAT_TYPE;
pub use object::{ObjHeader, Owned};
pub use singletons::{ellipsis, none, not_implemented};
pub use type_type::{OBJECT_TYPE, TYPE_TYPE};
pub use typeobj::TypeObject;
pub use value::Value;
pub use list_type::LIST_TYPE;
pub use tuple_type::TUPLE_TYPE;
pub use dict_type::DICT_TYPE;


pub use str::STR_TYPE;

/// Every static (built-in) type, bases before subclasses. A new built-in type is added here
/// so startup fills its `__dict__`, `__mro__` and `__bases__`.
fn static_types() -> Vec<&'static TypeObject> {
    let mut v: Vec<&'static TypeObject> = vec![
        &OBJECT_TYPE,
        &TYPE_TYPE,
        &INT_TYPE,
        &BOOL_TYPE,
        &FLOAT_TYPE,
        &STR_TYPE,
        &TUPLE_TYPE,
        &LIST_TYPE,
        &DICT_TYPE,
        &singletons::NONE_TYPE,
        &singletons::NOT_IMPLEMENTED_TYPE,
        &singletons::ELLIPSIS_TYPE,
        &method::BUILTIN_FUNCTION_TYPE,
        &method::METHOD_DESCR_TYPE,
        &method::CLASSMETHOD_DESCR_TYPE,
        &method::GETSET_DESCR_TYPE,
        &module::MODULE_TYPE,
        &iter::SEQ_ITER_TYPE,
        &traceback::TRACEBACK_TYPE,
        &traceback::FRAME_SNAPSHOT_TYPE,
        &cell::CELL_TYPE,
        &union::UNION_TYPE,
        &bound_method::METHOD_TYPE,
        &descriptors::PROPERTY_TYPE,
        &descriptors::STATICMETHOD_TYPE,
        &descriptors::CLASSMETHOD_TYPE,
        &super_::SUPER_TYPE,
        &slot_methods::SLOT_DESCR_TYPE,
        &slot_methods::METHOD_WRAPPER_TYPE,
        &instance::MEMBER_DESCR_TYPE,
        &mappingproxy::MAPPINGPROXY_TYPE,
        &code::CODE_TYPE,
        &function::FUNCTION_TYPE,
        &generator::GENERATOR_TYPE,
        &generator::COROUTINE_TYPE,
        &generator::ASYNC_GENERATOR_TYPE,
    ];
    v.extend_from_slice(exceptions::ALL_EXCEPTION_TYPES);
    for (_, t) in area_types() {
        if !v.iter().any(|x| std::ptr::eq(*x, t)) {
            v.push(t);
        }
    }
    v
}

/// The built-in types of each area with the names `builtins` binds them under (`""`: not a
/// builtins name).
pub fn area_types() -> Vec<(&'static str, &'static TypeObject)> {
    let mut v: Vec<(&'static str, &'static TypeObject)> = vec![
        ("object", &OBJECT_TYPE),
        ("type", &TYPE_TYPE),
        ("int", &INT_TYPE),
        ("bool", &BOOL_TYPE),
        ("float", &FLOAT_TYPE),
        ("str", &STR_TYPE),
        ("tuple", &TUPLE_TYPE),
        ("list", &LIST_TYPE),
        ("dict", &DICT_TYPE),
        ("property", &descriptors::PROPERTY_TYPE),
        ("staticmethod", &descriptors::STATICMETHOD_TYPE),
        ("classmethod", &descriptors::CLASSMETHOD_TYPE),
        ("super", &super_::SUPER_TYPE),
        ("", &bound_method::METHOD_TYPE),
        ("", &slot_methods::SLOT_DESCR_TYPE),
        ("", &slot_methods::METHOD_WRAPPER_TYPE),
        ("", &mappingproxy::MAPPINGPROXY_TYPE),
    ];
    v.extend(types_numbers::types());
    v.extend(types_text::types());
    v.extend(types_containers::types());
    v
}

thread_local! {
    static INITIALISED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Copy the operations a built-in type does not define from its base (CPython's
/// `inherit_slots`). `__hash__` is inherited only together with comparison: a type that
/// defines `richcmp` but no `hash` stays unhashable, as list and dict are.
fn inherit_slots(t: &'static TypeObject) {
    let Some(b) = t.base() else { return };
    let bs = *b.slots();
    let mut s = *t.slots();
    if s.hash.is_none() && s.richcmp.is_none() {
        s.hash = bs.hash;
    }
    macro_rules! inherit {
        ($($f:ident),*) => { $( if s.$f.is_none() { s.$f = bs.$f; } )* };
    }
    inherit!(repr, str, richcmp, binop, unop, bool, len, getitem, setitem, contains, iter, next, call, getattr, setattr, descr_get, descr_set);
    // SAFETY: startup, before any reference to the slots is taken.
    unsafe { t.set_slots(s) };
}

/// Fill every built-in type's `__dict__`, `__bases__`, `__mro__`, name and version (once).
pub fn init_static_types() {
    if INITIALISED.with(|i| i.replace(true)) {
        return;
    }
    for t in static_types() {
        inherit_slots(t);
        t.dict.set(dict::new_dict());
        t.name_obj.set(str::intern(t.name()));
        t.version.set(typeobj::next_type_version());
        let mut mro = vec![t.as_value()];
        let mut b = t.base();
        while let Some(x) = b {
            mro.push(x.as_value());
            b = x.base();
        }
        let bases: Vec<Value> = match t.base() {
            Some(x) => vec![x.as_value()],
            None => vec![],
        };
        if std::ptr::eq(t, &exceptions::EXCEPTION_GROUP) {
            // ExceptionGroup(BaseExceptionGroup, Exception): C3 gives
            // ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object.
            t.bases.set(tuple::new_tuple(&[exceptions::BASE_EXCEPTION_GROUP.as_value(), exceptions::EXCEPTION.as_value()]));
            t.mro.set(tuple::new_tuple(&[
                t.as_value(),
                exceptions::BASE_EXCEPTION_GROUP.as_value(),
                exceptions::EXCEPTION.as_value(),
                exceptions::BASE_EXCEPTION.as_value(),
                OBJECT_TYPE.as_value(),
            ]));
        } else {
            t.bases.set(tuple::new_tuple(&bases));
            t.mro.set(tuple::new_tuple(&mro));
        }
    }
    for t in static_types() {
        method::fill_type_dict(t);
        slot_methods::add_slot_methods(t);
    }
}
