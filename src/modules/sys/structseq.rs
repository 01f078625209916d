//! Struct sequences (CPython's `PyStructSequence`): tuple subclasses whose items also have
//! names, such as `sys.version_info` and `sys.float_info`. Each kind is a static type whose
//! instances are plain tuples of that type; tuple behaviour (indexing, comparison, hashing) is
//! copied from `tuple` when the type is first used, and `repr` names the fields.

use crate::objects::typeobj::{GetSetDef, Slots, TypeFlags, TypeObject};
use crate::objects::{self as obj, tuple, Value};
use crate::vm::{ops, PyResult, Vm};

/// Field getters by index (a `GetSetDef` has no closure, so one function per position).
macro_rules! index_getters {
    ($($name:ident = $i:expr),*) => {
        $(
            fn $name(_vm: &mut Vm, v: Value) -> PyResult {
                item(v, $i)
            }
        )*
        /// The getter of field `i`.
        pub const GETTERS: &[fn(&mut Vm, Value) -> PyResult] = &[$($name),*];
    };
}

fn item(v: Value, i: usize) -> PyResult {
    if !tuple::is_tuple(v) {
        return Err(obj::exceptions::type_error("descriptor requires a struct sequence"));
    }
    match tuple::items(v).get(i) {
        Some(x) => Ok(x.new_ref()),
        None => Ok(obj::none()),
    }
}

index_getters!(g0 = 0, g1 = 1, g2 = 2, g3 = 3, g4 = 4, g5 = 5, g6 = 6, g7 = 7, g8 = 8, g9 = 9, g10 = 10, g11 = 11,
    g12 = 12, g13 = 13, g14 = 14, g15 = 15, g16 = 16, g17 = 17, g18 = 18, g19 = 19);

/// A field table entry for field `i` named `name`.
pub const fn field(name: &'static str, i: usize) -> GetSetDef {
    GetSetDef { name, get: GETTERS[i], set: None }
}

fn structseq_repr(vm: &mut Vm, v: Value) -> PyResult {
    let ty = v.ty();
    let mut s = format!("{}(", ty.static_name);
    for (i, &x) in tuple::items(v).iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let name = ty.getsets.get(i).map(|g| g.name).unwrap_or("?");
        s.push_str(name);
        s.push('=');
        let r = obj::Owned::new(ops::repr(vm, x)?);
        s.push_str(&obj::str::str_obj(r.get()).to_string_lossy());
    }
    s.push(')');
    Ok(obj::str::new_str(&s))
}

/// Slots before `init_type` copies tuple's in.
pub const STRUCTSEQ_SLOTS: Slots = Slots {
    dealloc: tuple::tuple_dealloc,
    traverse: Some(tuple::tuple_traverse),
    repr: Some(structseq_repr),
    ..Slots::EMPTY
};

/// Declare a struct sequence type `name` (dotted, e.g. `"sys.float_info"`) with `fields`.
pub const fn new_type(name: &'static str, fields: &'static [GetSetDef]) -> TypeObject {
    TypeObject::new_static(name, Some(&obj::TUPLE_TYPE), TypeFlags::TUPLE_SUBCLASS, STRUCTSEQ_SLOTS, &[], fields)
}

/// Finish a struct sequence type at first use: tuple's operations, `__dict__`, `__mro__`.
pub fn init_type(t: &'static TypeObject) {
    if !t.dict.get().is_null() {
        return;
    }
    let mut slots = *obj::TUPLE_TYPE.slots();
    slots.dealloc = tuple::tuple_dealloc;
    slots.repr = Some(structseq_repr);
    slots.str = None;
    slots.new = None;
    slots.init = None;
    // SAFETY: nobody holds a reference to this type's slot table yet (first use).
    unsafe { t.set_slots(slots) };
    t.dict.set(obj::dict::new_dict());
    t.name_obj.set(obj::str::intern(t.name()));
    t.version.set(obj::typeobj::next_type_version());
    t.bases.set(tuple::new_tuple(&[obj::TUPLE_TYPE.as_value()]));
    t.mro.set(tuple::new_tuple(&[t.as_value(), obj::TUPLE_TYPE.as_value(), obj::OBJECT_TYPE.as_value()]));
    obj::method::fill_type_dict(t);
    obj::dict::set_str(t.dict.get(), obj::str::intern("n_fields"), Value::small_int(t.getsets.len() as i64));
    obj::dict::set_str(t.dict.get(), obj::str::intern("n_sequence_fields"), Value::small_int(t.getsets.len() as i64));
}

/// A new instance of struct sequence type `t` taking over `items`.
pub fn new_instance(t: &'static TypeObject, items: Vec<Value>) -> Value {
    init_type(t);
    let v = tuple::alloc_tuple_of_type(t, items.len());
    tuple::items_mut(v).copy_from_slice(&items);
    v
}
