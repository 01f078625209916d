//! `type` and `object`: the two types at the root of everything. `type.__call__` (making an
//! instance: `__new__` then `__init__`), attribute lookup on types, and `object`'s default
//! behaviour (identity equality and hash, the default repr, generic attributes).

use super::object::ObjHeader;
use super::typeobj::{CmpOp, GetSetDef, MethodDef, Slots, TypeFlags, TypeObject};
use super::value::Value;
use crate::objects::exceptions::{attribute_error, type_error};
use crate::objects::str::new_str;
use crate::vm::{ops, PyResult, Vm};

/// The type of `v` as a type object, when `v` is a type.
#[inline]
pub fn as_type<'a>(v: Value) -> Option<&'a TypeObject> {
    if v.is_ptr() && v.ty().has_flag(TypeFlags::TYPE_SUBCLASS) {
        // SAFETY: instances of type (subclasses) have the TypeObject layout.
        Some(unsafe { v.as_ref::<TypeObject>() })
    } else {
        None
    }
}

fn type_call(vm: &mut Vm, t: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let ty = match as_type(t) {
        Some(ty) => ty,
        None => return Err(type_error("descriptor '__call__' requires a 'type' object")),
    };
    if std::ptr::eq(ty, &TYPE_TYPE) {
        let npos = args.len() - kwnames.len();
        if npos == 1 {
            if !kwnames.is_empty() {
                return Err(type_error("type() takes no keyword arguments"));
            }
            return Ok(args[0].ty().as_value().new_ref());
        }
        if npos != 3 {
            return Err(type_error("type() takes 1 or 3 arguments"));
        }
    }
    let new = match ty.slots().new {
        Some(n) => n,
        None => return Err(type_error(format!("cannot create '{}' instances", ty.tp_name()))),
    };
    let o = new(vm, ty, args, kwnames)?;
    if o.ty().is_subtype(ty) {
        if let Some(init) = o.ty().slots().init {
            if let Err(e) = init(vm, o, args, kwnames) {
                o.decref();
                return Err(e);
            }
        }
    }
    Ok(o)
}

fn type_repr(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    let module = type_module_name(ty);
    if module == "builtins" {
        Ok(new_str(&format!("<class '{}'>", ty.name())))
    } else {
        Ok(new_str(&format!("<class '{module}.{}'>", qualname_of(ty))))
    }
}

fn qualname_of(ty: &TypeObject) -> String {
    let q = ty.qualname.get();
    match crate::objects::str::as_str(q) {
        Some(s) => s.to_string(),
        None => ty.name().to_string(),
    }
}

/// `__module__` of a type: from its dict for heap types, the dotted prefix of a built-in's
/// name, else "builtins".
pub fn type_module_name(ty: &TypeObject) -> String {
    if ty.has_flag(TypeFlags::HEAPTYPE) {
        let d = ty.dict.get();
        if !d.is_null() {
            if let Some(m) = super::dict::get_str(d, super::str::intern("__module__")) {
                if let Some(s) = super::str::as_str(m) {
                    return s.to_string();
                }
            }
        }
        return "builtins".to_string();
    }
    match ty.static_name.rfind('.') {
        Some(i) => ty.static_name[..i].to_string(),
        None => "builtins".to_string(),
    }
}

/// Attribute lookup on a type: data descriptors of the metatype, then the type's own MRO
/// (descriptors bound with no instance), then the rest of the metatype.
fn type_getattr(vm: &mut Vm, t: Value, name: Value) -> PyResult<Option<Value>> {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    let meta = t.ty();
    let meta_attr = meta.lookup(name);
    if let Some(d) = meta_attr {
        let ds = d.ty().slots();
        if let (Some(get), Some(_)) = (ds.descr_get, ds.descr_set) {
            d.incref();
            let r = get(vm, d, t, meta.as_value());
            d.decref();
            return r.map(Some);
        }
    }
    if let Some(a) = ty.lookup(name) {
        if let Some(get) = a.ty().slots().descr_get {
            a.incref();
            let r = get(vm, a, Value::NULL, t);
            a.decref();
            return r.map(Some);
        }
        return Ok(Some(a.new_ref()));
    }
    if let Some(d) = meta_attr {
        if let Some(get) = d.ty().slots().descr_get {
            d.incref();
            let r = get(vm, d, t, meta.as_value());
            d.decref();
            return r.map(Some);
        }
        return Ok(Some(d.new_ref()));
    }
    Ok(None)
}

fn type_setattr(vm: &mut Vm, t: Value, name: Value, value: Value) -> PyResult<()> {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    if !ty.has_flag(TypeFlags::HEAPTYPE) {
        let n = super::str::str_obj(name).to_string_lossy().into_owned();
        return Err(type_error(format!("cannot set '{n}' attribute of immutable type '{}'", ty.tp_name())));
    }
    // Data descriptors on the metatype (e.g. __name__) take precedence.
    if let Some(d) = t.ty().lookup(name) {
        if let Some(set) = d.ty().slots().descr_set {
            d.incref();
            let r = set(vm, d, t, value);
            d.decref();
            return r;
        }
    }
    let dict = ty.dict.get();
    if value.is_null() {
        if !super::dict::del(vm, dict, name)? {
            let n = super::str::str_obj(name).to_string_lossy().into_owned();
            return Err(attribute_error(format!("type object '{}' has no attribute '{n}'", ty.tp_name())));
        }
    } else {
        super::dict::set(vm, dict, name, value)?;
    }
    if super::heaptype::is_dunder(name) {
        super::heaptype::update_slots_after_change(ty);
    } else {
        super::heaptype::modified_with_subclasses(ty);
    }
    Ok(())
}

fn type_get_name(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(new_str(ty.name()))
}
fn type_get_qualname(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(new_str(&qualname_of(ty)))
}
fn type_get_module(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(new_str(&type_module_name(ty)))
}
fn type_get_mro(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(ty.mro.get().new_ref())
}
fn type_get_bases(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(ty.bases.get().new_ref())
}
fn type_get_base(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(match ty.base() {
        Some(b) => b.as_value().new_ref(),
        None => super::none(),
    })
}
/// `C.__dict__`: a read-only view (writes go through `setattr`, which keeps versions current).
fn type_get_dict(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    Ok(super::mappingproxy::new_mappingproxy(ty.dict.get()))
}
fn type_get_doc(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    if let Some(d) = super::dict::get_str(ty.dict.get(), super::str::intern("__doc__")) {
        return Ok(d.new_ref());
    }
    Ok(match ty.doc {
        Some(d) => new_str(d),
        None => super::none(),
    })
}

/// The type `t` as a heap type for a setter, else the immutable-type error.
fn heap_type_for_set<'a>(t: Value, what: &str) -> PyResult<&'a TypeObject> {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    if !ty.has_flag(TypeFlags::HEAPTYPE) {
        return Err(type_error(format!("cannot set '{what}' attribute of immutable type '{}'", ty.tp_name())));
    }
    Ok(ty)
}

fn set_name_like(t: Value, v: Value, what: &str, cell: fn(&TypeObject) -> &std::cell::Cell<Value>) -> PyResult<()> {
    let ty = heap_type_for_set(t, what)?;
    if v.is_null() {
        return Err(type_error(format!("cannot delete '{what}' attribute of immutable type '{}'", ty.tp_name())));
    }
    if !super::str::is_str(v) {
        return Err(type_error(format!("can only assign string to {}.{what}, not '{}'", ty.name(), ops::type_name(v))));
    }
    v.incref();
    cell(ty).replace(v).decref();
    ty.modified();
    Ok(())
}

fn type_set_name(_vm: &mut Vm, t: Value, v: Value) -> PyResult<()> {
    set_name_like(t, v, "__name__", |ty| &ty.name_obj)
}
fn type_set_qualname(_vm: &mut Vm, t: Value, v: Value) -> PyResult<()> {
    set_name_like(t, v, "__qualname__", |ty| &ty.qualname)
}

/// `__module__`/`__doc__` of a heap type live in its `__dict__`.
fn set_in_dict(vm: &mut Vm, t: Value, v: Value, what: &str) -> PyResult<()> {
    let ty = heap_type_for_set(t, what)?;
    let k = super::str::intern(what);
    if v.is_null() {
        if !super::dict::del(vm, ty.dict.get(), k)? {
            return Err(attribute_error(what));
        }
    } else {
        super::dict::set(vm, ty.dict.get(), k, v)?;
    }
    ty.modified();
    Ok(())
}
fn type_set_module(vm: &mut Vm, t: Value, v: Value) -> PyResult<()> {
    set_in_dict(vm, t, v, "__module__")
}
fn type_set_doc(vm: &mut Vm, t: Value, v: Value) -> PyResult<()> {
    set_in_dict(vm, t, v, "__doc__")
}

fn type_get_abstract(_vm: &mut Vm, t: Value) -> PyResult {
    let ty = as_type(t).ok_or_else(|| type_error("expected a type"))?;
    let k = super::str::intern("__abstractmethods__");
    if !std::ptr::eq(ty, &TYPE_TYPE) {
        if let Some(v) = super::dict::get_str(ty.dict.get(), k) {
            return Ok(v.new_ref());
        }
    }
    Err(attribute_error("__abstractmethods__"))
}

/// Setting `__abstractmethods__` (abc does) marks the type abstract when it is non-empty.
fn type_set_abstract(vm: &mut Vm, t: Value, v: Value) -> PyResult<()> {
    let ty = heap_type_for_set(t, "__abstractmethods__")?;
    let abstract_ = if v.is_null() { false } else { ops::is_true(vm, v)? };
    set_in_dict(vm, t, v, "__abstractmethods__")?;
    let f = ty.flags.get();
    ty.flags.set(if abstract_ { f | TypeFlags::IS_ABSTRACT } else { f & !TypeFlags::IS_ABSTRACT });
    Ok(())
}

static TYPE_GETSETS: [GetSetDef; 9] = [
    GetSetDef { name: "__name__", get: type_get_name, set: Some(type_set_name) },
    GetSetDef { name: "__qualname__", get: type_get_qualname, set: Some(type_set_qualname) },
    GetSetDef { name: "__module__", get: type_get_module, set: Some(type_set_module) },
    GetSetDef { name: "__abstractmethods__", get: type_get_abstract, set: Some(type_set_abstract) },
    GetSetDef { name: "__mro__", get: type_get_mro, set: None },
    GetSetDef { name: "__bases__", get: type_get_bases, set: None },
    GetSetDef { name: "__base__", get: type_get_base, set: None },
    GetSetDef { name: "__dict__", get: type_get_dict, set: None },
    GetSetDef { name: "__doc__", get: type_get_doc, set: Some(type_set_doc) },
];

pub static TYPE_TYPE: TypeObject = TypeObject::new_static(
    "type",
    Some(&OBJECT_TYPE),
    TypeFlags::BASETYPE | TypeFlags::TYPE_SUBCLASS,
    Slots {
        binop: Some(super::union::type_or),
        dealloc: super::heaptype::type_dealloc,
        call: Some(type_call),
        new: Some(super::heaptype::type_new),
        init: Some(super::heaptype::type_init),
        repr: Some(type_repr),
        getattr: Some(type_getattr),
        setattr: Some(type_setattr),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        ..Slots::EMPTY
    },
    &TYPE_METHODS,
    &TYPE_GETSETS,
);

/// `object.__repr__`: `<module.Qualname object at 0x...>`.
pub fn object_repr(_vm: &mut Vm, v: Value) -> PyResult {
    let ty = v.ty();
    let module = type_module_name(ty);
    if module == "builtins" {
        Ok(new_str(&format!("<{} object at {:#x}>", ty.name(), v.bits())))
    } else {
        Ok(new_str(&format!("<{module}.{} object at {:#x}>", qualname_of(ty), v.bits())))
    }
}

fn object_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    match op {
        CmpOp::Eq => Ok(if a == b { super::bool_value(true) } else { super::not_implemented() }),
        CmpOp::Ne => {
            // `!=` is the inverse of the type's `__eq__` unless that is NotImplemented.
            let eq = match a.ty().slots().richcmp {
                Some(f) if f as usize != object_richcmp as *const () as usize => f(vm, a, b, CmpOp::Eq)?,
                _ => {
                    if a == b {
                        super::bool_value(true)
                    } else {
                        super::not_implemented()
                    }
                }
            };
            if eq.is_not_implemented() {
                return Ok(eq);
            }
            let t = ops::is_true(vm, eq);
            eq.decref();
            Ok(super::bool_value(!t?))
        }
        _ => Ok(super::not_implemented()),
    }
}

pub fn new_is_object_new(ty: &TypeObject) -> bool {
    ty.slots().new.is_some_and(|f| f as usize == object_new as *const () as usize)
}
fn init_is_object_init(ty: &TypeObject) -> bool {
    // Built-in types without an init slot inherit object's, as in CPython.
    ty.slots().init.map_or(true, |f| f as usize == object_init as *const () as usize)
}

/// "Can't instantiate abstract class A with abstract methods f, g".
#[cold]
fn abstract_error(vm: &mut Vm, ty: &TypeObject) -> crate::vm::PyErr {
    let names = match super::dict::get_str(ty.dict.get(), super::str::intern("__abstractmethods__")) {
        Some(v) => {
            v.incref();
            let r = ops::collect(vm, v);
            v.decref();
            match r {
                Ok(items) => items,
                Err(e) => return e,
            }
        }
        None => Vec::new(),
    };
    let mut strs: Vec<String> = names.iter().map(|&n| super::str::as_str(n).unwrap_or("?").to_string()).collect();
    for n in names {
        n.decref();
    }
    strs.sort();
    let s = if strs.len() == 1 { "" } else { "s" };
    type_error(format!("Can't instantiate abstract class {} with abstract method{s} {}", ty.name(), strs.join(", ")))
}

/// `object.__new__`: checks excess arguments as CPython does, then allocates.
fn object_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !args.is_empty() || !kwnames.is_empty() {
        if !new_is_object_new(ty) {
            return Err(type_error("object.__new__() takes exactly one argument (the type to instantiate)"));
        }
        if init_is_object_init(ty) {
            return Err(type_error(format!("{}() takes no arguments", ty.tp_name())));
        }
    }
    if ty.has_flag(TypeFlags::IS_ABSTRACT) {
        return Err(abstract_error(vm, ty));
    }
    if std::ptr::eq(ty, &OBJECT_TYPE) {
        return Ok(super::object::alloc(super::singletons::Singleton { header: ObjHeader::new(&OBJECT_TYPE) }));
    }
    match super::heaptype::layout_of(ty) {
        Some(super::heaptype::Layout::Object) if ty.has_flag(TypeFlags::HEAPTYPE) => Ok(super::heaptype::alloc_object_instance(ty)),
        _ => Err(type_error(format!("object.__new__({}) is not safe, use {}.__new__()", ty.tp_name(), super::heaptype::layout_base(ty).tp_name()))),
    }
}

/// `object.__init__`: accepts no arguments unless `__new__` is overridden.
fn object_init(_vm: &mut Vm, o: Value, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if !args.is_empty() || !kwnames.is_empty() {
        let ty = o.ty();
        if !init_is_object_init(ty) {
            return Err(type_error("object.__init__() takes exactly one argument (the instance to initialize)"));
        }
        if new_is_object_new(ty) {
            return Err(type_error(format!("{}.__init__() takes exactly one argument (the instance to initialize)", ty.tp_name())));
        }
    }
    Ok(())
}

pub static OBJECT_TYPE: TypeObject = TypeObject::new_static(
    "object",
    None,
    TypeFlags::BASETYPE,
    Slots {
        dealloc: super::object::dealloc_box::<super::singletons::Singleton>,
        repr: Some(object_repr),
        hash: Some(|_, v| Ok(ops::identity_hash(v))),
        richcmp: Some(object_richcmp),
        new: Some(object_new),
        init: Some(object_init),
        ..Slots::EMPTY
    },
    &OBJECT_METHODS,
    &OBJECT_GETSETS,
);

fn cls_arg<'a>(args: &[Value], what: &str) -> PyResult<&'a TypeObject> {
    match args.first().and_then(|&v| as_type(v)) {
        Some(t) => Ok(t),
        None => Err(type_error(format!("descriptor '{what}' requires a 'type' object"))),
    }
}

fn object_init_subclass(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() {
        let t = cls_arg(args, "__init_subclass__")?;
        return Err(type_error(format!("{}.__init_subclass__() takes no keyword arguments", t.name())));
    }
    if args.len() > 1 {
        return Err(type_error(format!("__init_subclass__() takes no arguments ({} given)", args.len() - 1)));
    }
    Ok(super::none())
}

fn object_subclasshook(_vm: &mut Vm, _args: &[Value], _kwnames: &[Value]) -> PyResult {
    Ok(super::not_implemented())
}

fn object_str(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    match args.first() {
        Some(&v) => ops::repr(vm, v),
        None => Err(type_error("descriptor '__str__' of 'object' object needs an argument")),
    }
}

fn object_format(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    if args.len() != 2 || !kwnames.is_empty() {
        return Err(type_error(format!("__format__() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    let spec = args[1];
    if !super::str::is_str(spec) {
        return Err(type_error(format!("__format__() argument must be str, not {}", ops::type_name(spec))));
    }
    if super::str::str_obj(spec).bytes().is_empty() {
        return ops::str(vm, args[0]);
    }
    Err(type_error(format!("unsupported format string passed to {}.__format__", args[0].ty().tp_name())))
}

fn object_get_class(_vm: &mut Vm, v: Value) -> PyResult {
    Ok(v.ty().as_value().new_ref())
}

/// `obj.__class__ = T`: between heap types with the same instance layout.
fn object_set_class(_vm: &mut Vm, v: Value, t: Value) -> PyResult<()> {
    if t.is_null() {
        return Err(type_error("can't delete __class__ attribute"));
    }
    let new = match as_type(t) {
        Some(n) => n,
        None => return Err(type_error(format!("__class__ must be set to a class, not '{}' object", ops::type_name(t)))),
    };
    let old = v.ty();
    if !old.has_flag(TypeFlags::HEAPTYPE) || !new.has_flag(TypeFlags::HEAPTYPE) {
        return Err(type_error("__class__ assignment only supported for mutable types or ModuleType subclasses"));
    }
    let same_layout = super::heaptype::layout_of(old) == super::heaptype::layout_of(new)
        && std::ptr::eq(super::heaptype::layout_base(old), super::heaptype::layout_base(new))
        && super::heaptype::heap(old).nslots.get() == super::heaptype::heap(new).nslots.get()
        && old.dictoffset.get() == new.dictoffset.get()
        && slot_names(old) == slot_names(new);
    if !same_layout {
        return Err(type_error(format!("__class__ assignment: '{}' object layout differs from '{}'", new.tp_name(), old.tp_name())));
    }
    t.incref();
    // SAFETY: v is a heap object (its type is a heap type).
    let hdr = unsafe { &*v.as_ptr() };
    let prev = hdr.ty.replace(new);
    Value::from_ptr(prev).decref();
    Ok(())
}

/// The `__slots__` members of `t`'s instances as (index, name) in index order: two classes
/// with the same count but different names are not layout-compatible (CPython's
/// `same_slots_added`).
fn slot_names(t: &TypeObject) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mro = t.mro.get();
    if mro.is_null() {
        return out;
    }
    for m in super::tuple::items(mro) {
        // SAFETY: every MRO entry is a type object.
        let mt: &TypeObject = unsafe { m.as_ref() };
        if !mt.has_flag(TypeFlags::HEAPTYPE) {
            continue;
        }
        for (_, v) in super::dict::items_vec(mt.dict.get()) {
            if v.is_ptr() && v.is_exact(&super::instance::MEMBER_DESCR_TYPE) {
                // SAFETY: checked to be a member descriptor.
                let d = unsafe { v.as_ref::<super::instance::MemberDescr>() };
                if std::ptr::eq(d.owner, mt) {
                    out.push((d.index, super::str::str_obj(d.name).to_string_lossy().into_owned()));
                }
            }
        }
    }
    out.sort();
    out
}

/// `object.__dir__()`: the instance's `__dict__` keys and every attribute of its class.
fn object_dir(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    let v = match args.first() {
        Some(&v) => v,
        None => return Err(type_error("descriptor '__dir__' of 'object' object needs an argument")),
    };
    let acc = super::object::Owned::new(super::dict::new_dict());
    if let Some(names) = super::instance::shape_names(v) {
        for &n in names {
            super::dict::set(vm, acc.get(), n, super::none())?;
        }
    } else if let Some(slot) = ops::instance_dict_slot(v) {
        let d = slot.get();
        if !d.is_null() {
            super::dict::update_from_dict(vm, acc.get(), d)?;
        }
    } else if v.is_ptr() {
        if let Some(d) = super::builtin_subclass::side_dict(v) {
            super::dict::update_from_dict(vm, acc.get(), d)?;
        }
    }
    let cls = v.ty();
    merge_class_dicts(vm, acc.get(), cls)?;
    let keys: Vec<Value> = super::dict::items_vec(acc.get()).into_iter().map(|(k, _)| k).collect();
    Ok(super::list::new_list(&keys))
}

fn merge_class_dicts(vm: &mut Vm, acc: Value, t: &TypeObject) -> PyResult<()> {
    let mro = t.mro.get();
    if mro.is_null() {
        return super::dict::update_from_dict(vm, acc, t.dict.get());
    }
    for &m in super::tuple::items(mro).iter().rev() {
        // SAFETY: MRO entries are types.
        let mt: &TypeObject = unsafe { m.as_ref() };
        super::dict::update_from_dict(vm, acc, mt.dict.get())?;
    }
    Ok(())
}

/// `type.__dir__()`: the attributes of the class and its bases.
fn type_dir(vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    let t = cls_arg(args, "__dir__")?;
    let acc = super::object::Owned::new(super::dict::new_dict());
    merge_class_dicts(vm, acc.get(), t)?;
    let keys: Vec<Value> = super::dict::items_vec(acc.get()).into_iter().map(|(k, _)| k).collect();
    Ok(super::list::new_list(&keys))
}

static OBJECT_METHODS: [MethodDef; 5] = [
    MethodDef::method("__dir__", object_dir),
    MethodDef::class("__init_subclass__", object_init_subclass),
    MethodDef::class("__subclasshook__", object_subclasshook),
    MethodDef::method("__str__", object_str),
    MethodDef::method("__format__", object_format),
];

static OBJECT_GETSETS: [GetSetDef; 1] = [GetSetDef { name: "__class__", get: object_get_class, set: Some(object_set_class) }];

fn type_mro_method(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    let t = cls_arg(args, "mro")?;
    let bases = t.bases.get();
    let bases: &[Value] = if bases.is_null() { &[] } else { super::tuple::items(bases) };
    let mro = if t.has_flag(TypeFlags::HEAPTYPE) {
        super::heaptype::c3_mro(t.as_value(), bases)?
    } else {
        super::tuple::items(t.mro.get()).to_vec()
    };
    Ok(super::list::new_list(&mro))
}

fn type_subclasses(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    let t = cls_arg(args, "__subclasses__")?;
    let subs: Vec<Value> = super::heaptype::subclasses(t).iter().map(|s| s.as_value()).collect();
    Ok(super::list::new_list(&subs))
}

fn type_prepare(_vm: &mut Vm, _args: &[Value], _kwnames: &[Value]) -> PyResult {
    Ok(super::dict::new_dict())
}

fn type_instancecheck(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    let t = cls_arg(args, "__instancecheck__")?;
    if args.len() != 2 {
        return Err(type_error(format!("__instancecheck__() takes exactly one argument ({} given)", args.len() - 1)));
    }
    Ok(super::bool_value(args[1].ty().is_subtype(t)))
}

fn type_subclasscheck(_vm: &mut Vm, args: &[Value], _kwnames: &[Value]) -> PyResult {
    let t = cls_arg(args, "__subclasscheck__")?;
    if args.len() != 2 {
        return Err(type_error(format!("__subclasscheck__() takes exactly one argument ({} given)", args.len() - 1)));
    }
    match as_type(args[1]) {
        Some(s) => Ok(super::bool_value(s.is_subtype(t))),
        None => Err(type_error("issubclass() arg 1 must be a class")),
    }
}

static TYPE_METHODS: [MethodDef; 6] = [
    MethodDef::method("__dir__", type_dir),
    MethodDef::method("mro", type_mro_method),
    MethodDef::method("__subclasses__", type_subclasses),
    MethodDef::class("__prepare__", type_prepare),
    MethodDef::method("__instancecheck__", type_instancecheck),
    MethodDef::method("__subclasscheck__", type_subclasscheck),
];
