//! `super`: attribute lookup that starts after a given class in the MRO of an instance's (or
//! class's) type, binding what it finds to that instance. `super(type, obj)` and
//! `super(type, type2)` are built here; the zero-argument form is built by the interpreter,
//! which knows the frame's first argument and its `__class__` cell, by calling `super_new`.

use super::object::{alloc, dealloc_box, ObjHeader};
use super::str::new_str;
use super::tuple;
use super::type_type::as_type;
use super::typeobj::{GetSetDef, Slots, TypeObject};
use super::value::Value;
use crate::objects::exceptions::{runtime_error, type_error};
use crate::vm::{ops, PyResult, Vm};

#[repr(C)]
pub struct SuperObject {
    pub header: ObjHeader,
    /// `__thisclass__`: the class the lookup starts after (owned).
    pub this: Value,
    /// `__self__`: the instance or class (owned; NULL for unbound `super(T)`).
    pub obj: Value,
    /// `__self_class__`: the type whose MRO is searched (owned; NULL when unbound).
    pub obj_type: Value,
}

impl Drop for SuperObject {
    fn drop(&mut self) {
        self.this.decref();
        self.obj.decref();
        self.obj_type.decref();
    }
}

fn sup<'a>(v: Value) -> &'a SuperObject {
    // SAFETY: only called on super instances.
    unsafe { v.as_ref::<SuperObject>() }
}

/// The type whose MRO `super(ty, obj)` walks (CPython's supercheck).
fn supercheck(vm: &mut Vm, ty: &TypeObject, obj: Value) -> PyResult<Value> {
    if let Some(t) = as_type(obj) {
        if t.is_subtype(ty) {
            return Ok(obj);
        }
    }
    if obj.ty().is_subtype(ty) {
        return Ok(obj.ty().as_value());
    }
    // An object that claims another class through `__class__` (proxies).
    if let Some(c) = ops::getattr_opt(vm, obj, super::str::intern("__class__"))? {
        if let Some(ct) = as_type(c) {
            if !std::ptr::eq(ct, obj.ty()) && ct.is_subtype(ty) {
                return Ok(c);
            }
        }
        c.decref();
    }
    Err(type_error("super(type, obj): obj must be an instance or subtype of type"))
}

/// `super(ty, obj)`; `obj` NULL or None makes an unbound super object. Used by the interpreter
/// for zero-argument `super()` with the frame's `__class__` cell content and first argument.
pub fn super_new(vm: &mut Vm, ty: Value, obj: Value) -> PyResult {
    let t = match as_type(ty) {
        Some(t) => t,
        None => return Err(type_error(format!("super() argument 1 must be a type, not {}", ops::type_name(ty)))),
    };
    let (obj, obj_type) = if obj.is_null() || obj.is_none() {
        (Value::NULL, Value::NULL)
    } else {
        let ot = supercheck(vm, t, obj)?;
        if ot != obj && ot != obj.ty().as_value() {
            // supercheck returned a new reference from `__class__`.
            (obj.new_ref(), ot)
        } else {
            (obj.new_ref(), ot.new_ref())
        }
    };
    Ok(alloc(SuperObject { header: ObjHeader::new(&SUPER_TYPE), this: ty.new_ref(), obj, obj_type }))
}

fn super_type_new(vm: &mut Vm, _ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() {
        return Err(type_error("super() takes no keyword arguments"));
    }
    match args.len() {
        0 => zero_arg_super(vm),
        1 => super_new(vm, args[0], Value::NULL),
        2 => super_new(vm, args[0], args[1]),
        n => Err(type_error(format!("super() takes at most 2 arguments ({n} given)"))),
    }
}

/// `super()` inside a method: the calling frame's first argument and its `__class__` cell.
fn zero_arg_super(vm: &mut Vm) -> PyResult {
    use crate::bytecode::code::LocalKind;
    let fp = vm.frame;
    if fp.is_null() {
        return Err(runtime_error("super(): no current frame"));
    }
    // SAFETY: vm.frame is the live frame of the Python code calling super().
    let frame = unsafe { &mut *fp };
    let slots_ptr = frame.slots();
    let code = frame.code();
    let unit = &code.unit;
    if unit.argcount == 0 {
        return Err(runtime_error("super(): no arguments"));
    }
    let n = code.nlocalsplus;
    // SAFETY: a frame has nlocalsplus slots after its header.
    let slots = unsafe { std::slice::from_raw_parts(slots_ptr, n) };
    let mut obj = slots.first().copied().unwrap_or(Value::NULL);
    if !obj.is_null() && unit.localspluskinds.first().is_some_and(|k| k & LocalKind::CELL != 0) && super::cell::is_cell(obj) {
        obj = super::cell::cell_get(obj);
    }
    if obj.is_null() {
        return Err(runtime_error("super(): arg[0] deleted"));
    }
    let pos = unit.localsplusnames.iter().zip(&unit.localspluskinds).position(|(name, k)| k & LocalKind::FREE != 0 && &**name == "__class__");
    let i = match pos {
        Some(i) if i < n => i,
        _ => return Err(runtime_error("super(): __class__ cell not found")),
    };
    let cell = slots[i];
    if !super::cell::is_cell(cell) {
        return Err(runtime_error("super(): bad __class__ cell"));
    }
    let ty = super::cell::cell_get(cell);
    if ty.is_null() {
        return Err(runtime_error("super(): empty __class__ cell"));
    }
    if as_type(ty).is_none() {
        return Err(runtime_error(format!("super(): __class__ is not a type ({})", ops::type_name(ty))));
    }
    super_new(vm, ty, obj)
}

/// Look `name` up in the MRO of `__self_class__` after `__thisclass__`, binding descriptors.
fn super_getattr(vm: &mut Vm, s: Value, name: Value) -> PyResult<Option<Value>> {
    let so = sup(s);
    let skip = so.obj_type.is_null() || super::str::as_str(name) == Some("__class__");
    if !skip {
        // SAFETY: obj_type is a type (set by supercheck).
        let start: &TypeObject = unsafe { so.obj_type.as_ref() };
        let mro = start.mro.get();
        if !mro.is_null() {
            let items = tuple::items(mro);
            let pos = items.iter().position(|&t| t == so.this);
            if let Some(i) = pos {
                for &tv in &items[i + 1..] {
                    // SAFETY: MRO entries are types.
                    let t: &TypeObject = unsafe { tv.as_ref() };
                    if let Some(res) = super::dict::get_str(t.dict.get(), name) {
                        if let Some(get) = res.ty().slots().descr_get {
                            let obj = if so.obj == so.obj_type { Value::NULL } else { so.obj };
                            res.incref();
                            let r = get(vm, res, obj, so.obj_type);
                            res.decref();
                            return r.map(Some);
                        }
                        return Ok(Some(res.new_ref()));
                    }
                }
            }
        }
    }
    ops::generic_getattr(vm, s, name)
}

/// `super(...).__get__(obj, type)`: binds an unbound super object.
fn super_descr_get(vm: &mut Vm, s: Value, obj: Value, _ty: Value) -> PyResult {
    let so = sup(s);
    if obj.is_null() || obj.is_none() || !so.obj.is_null() {
        return Ok(s.new_ref());
    }
    super_new(vm, so.this, obj)
}

fn super_repr(_vm: &mut Vm, s: Value) -> PyResult {
    let so = sup(s);
    let this = match as_type(so.this) {
        Some(t) => t.name().to_string(),
        None => "NULL".to_string(),
    };
    if so.obj_type.is_null() {
        return Ok(new_str(&format!("<super: <class '{this}'>, NULL>")));
    }
    let ot = as_type(so.obj_type).map(|t| t.name().to_string()).unwrap_or_default();
    Ok(new_str(&format!("<super: <class '{this}'>, <{ot} object>>")))
}

fn or_none(v: Value) -> Value {
    if v.is_null() {
        super::none()
    } else {
        v.new_ref()
    }
}
fn get_this(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(or_none(sup(s).this))
}
fn get_self(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(or_none(sup(s).obj))
}
fn get_self_class(_vm: &mut Vm, s: Value) -> PyResult {
    Ok(or_none(sup(s).obj_type))
}

fn super_traverse(s: Value, visit: &mut dyn FnMut(Value)) {
    let so = sup(s);
    for v in [so.this, so.obj, so.obj_type] {
        if !v.is_null() {
            visit(v);
        }
    }
}

static SUPER_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "__thisclass__", get: get_this, set: None },
    GetSetDef { name: "__self__", get: get_self, set: None },
    GetSetDef { name: "__self_class__", get: get_self_class, set: None },
];

pub static SUPER_TYPE: TypeObject = TypeObject::new_static(
    "super",
    Some(&super::OBJECT_TYPE),
    super::typeobj::TypeFlags::BASETYPE,
    Slots {
        dealloc: dealloc_box::<SuperObject>,
        traverse: Some(super_traverse),
        getattr: Some(super_getattr),
        descr_get: Some(super_descr_get),
        repr: Some(super_repr),
        new: Some(super_type_new),
        ..Slots::EMPTY
    },
    &[],
    &SUPER_GETSETS,
);
