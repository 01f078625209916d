//! The other direction of slot wrappers: built-in types' slots exposed as dunder methods in
//! their `__dict__` (CPython's wrapper_descriptor and the `__new__` built-in of each type), so
//! `object.__init__(self)`, `super().__repr__()`, `type.__call__(cls, ...)`,
//! `Exception.__str__(e)` and `int.__add__(1, 2)` work. Each descriptor calls the slot of the
//! type that owns it (never the instance's own type's slot: that is what makes `super()` and
//! explicit base calls reach the base's code).

use super::exceptions::{stop_iteration, type_error};
use super::object::{alloc, dealloc_box, ObjHeader};
use super::str::intern;
use super::type_type::as_type;
use super::typeobj::{CmpOp, MethodDef, Slots, TypeObject, UnOp};
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};

#[derive(Clone, Copy)]
enum Kind {
    Init,
    Repr,
    Hash,
    Cmp(CmpOp),
    Call,
    GetAttribute,
    SetAttr,
    DelAttr,
    Len,
    GetItem,
    SetItem,
    DelItem,
    Contains,
    Iter,
    Next,
    Bool,
    Get,
    Set,
    Delete,
    Un(UnOp),
    Bin(u8),
    RBin(u8),
}

struct SlotDef {
    name: &'static str,
    kind: Kind,
}

const fn d(name: &'static str, kind: Kind) -> SlotDef {
    SlotDef { name, kind }
}

static SLOT_DEFS: [SlotDef; 56] = [
    d("__set__", Kind::Set),
    d("__delete__", Kind::Delete),
    d("__init__", Kind::Init),
    d("__repr__", Kind::Repr),
    d("__hash__", Kind::Hash),
    d("__lt__", Kind::Cmp(CmpOp::Lt)),
    d("__le__", Kind::Cmp(CmpOp::Le)),
    d("__eq__", Kind::Cmp(CmpOp::Eq)),
    d("__ne__", Kind::Cmp(CmpOp::Ne)),
    d("__gt__", Kind::Cmp(CmpOp::Gt)),
    d("__ge__", Kind::Cmp(CmpOp::Ge)),
    d("__call__", Kind::Call),
    d("__getattribute__", Kind::GetAttribute),
    d("__setattr__", Kind::SetAttr),
    d("__delattr__", Kind::DelAttr),
    d("__len__", Kind::Len),
    d("__getitem__", Kind::GetItem),
    d("__setitem__", Kind::SetItem),
    d("__delitem__", Kind::DelItem),
    d("__contains__", Kind::Contains),
    d("__iter__", Kind::Iter),
    d("__next__", Kind::Next),
    d("__bool__", Kind::Bool),
    d("__get__", Kind::Get),
    d("__neg__", Kind::Un(UnOp::Neg)),
    d("__pos__", Kind::Un(UnOp::Pos)),
    d("__invert__", Kind::Un(UnOp::Invert)),
    d("__abs__", Kind::Un(UnOp::Abs)),
    d("__add__", Kind::Bin(0)),
    d("__and__", Kind::Bin(1)),
    d("__floordiv__", Kind::Bin(2)),
    d("__lshift__", Kind::Bin(3)),
    d("__mul__", Kind::Bin(5)),
    d("__mod__", Kind::Bin(6)),
    d("__or__", Kind::Bin(7)),
    d("__pow__", Kind::Bin(8)),
    d("__rshift__", Kind::Bin(9)),
    d("__sub__", Kind::Bin(10)),
    d("__truediv__", Kind::Bin(11)),
    d("__xor__", Kind::Bin(12)),
    d("__radd__", Kind::RBin(0)),
    d("__rand__", Kind::RBin(1)),
    d("__rfloordiv__", Kind::RBin(2)),
    d("__rlshift__", Kind::RBin(3)),
    d("__rmul__", Kind::RBin(5)),
    d("__rmod__", Kind::RBin(6)),
    d("__ror__", Kind::RBin(7)),
    d("__rpow__", Kind::RBin(8)),
    d("__rrshift__", Kind::RBin(9)),
    d("__rsub__", Kind::RBin(10)),
    d("__rtruediv__", Kind::RBin(11)),
    d("__rxor__", Kind::RBin(12)),
    d("__divmod__", Kind::Bin(255)),
    d("__rdivmod__", Kind::RBin(255)),
    d("__matmul__", Kind::Bin(4)),
    d("__rmatmul__", Kind::RBin(4)),
];

/// Whether the owner's slot for `k` is set (`object` also exposes the generic attribute
/// protocol, whose slots are `None`).
fn has_slot(s: &Slots, k: Kind, is_object: bool) -> bool {
    match k {
        Kind::Init => s.init.is_some(),
        Kind::Repr => s.repr.is_some(),
        Kind::Hash => s.hash.is_some(),
        Kind::Cmp(_) => s.richcmp.is_some(),
        Kind::Call => s.call.is_some(),
        Kind::GetAttribute => s.getattr.is_some() || is_object,
        Kind::SetAttr | Kind::DelAttr => s.setattr.is_some() || is_object,
        Kind::Len => s.len.is_some(),
        Kind::GetItem => s.getitem.is_some(),
        Kind::SetItem | Kind::DelItem => s.setitem.is_some(),
        Kind::Contains => s.contains.is_some(),
        Kind::Iter => s.iter.is_some(),
        Kind::Next => s.next.is_some(),
        Kind::Bool => s.bool.is_some(),
        Kind::Get => s.descr_get.is_some(),
        Kind::Set | Kind::Delete => s.descr_set.is_some(),
        Kind::Un(_) => s.unop.is_some(),
        // divmod and matmul are left to the number types' own tables.
        Kind::Bin(255) | Kind::RBin(255) | Kind::Bin(4) | Kind::RBin(4) => false,
        Kind::Bin(_) | Kind::RBin(_) => s.binop.is_some(),
    }
}

/// The address of the slot function behind `k` (to tell a type's own slot from one copied
/// from its base).
fn slot_addr(s: &Slots, k: Kind) -> Option<usize> {
    match k {
        Kind::Init => s.init.map(|f| f as usize),
        Kind::Repr => s.repr.map(|f| f as usize),
        Kind::Hash => s.hash.map(|f| f as usize),
        Kind::Cmp(_) => s.richcmp.map(|f| f as usize),
        Kind::Call => s.call.map(|f| f as usize),
        Kind::GetAttribute => s.getattr.map(|f| f as usize),
        Kind::SetAttr | Kind::DelAttr => s.setattr.map(|f| f as usize),
        Kind::Len => s.len.map(|f| f as usize),
        Kind::GetItem => s.getitem.map(|f| f as usize),
        Kind::SetItem | Kind::DelItem => s.setitem.map(|f| f as usize),
        Kind::Contains => s.contains.map(|f| f as usize),
        Kind::Iter => s.iter.map(|f| f as usize),
        Kind::Next => s.next.map(|f| f as usize),
        Kind::Bool => s.bool.map(|f| f as usize),
        Kind::Get => s.descr_get.map(|f| f as usize),
        Kind::Set | Kind::Delete => s.descr_set.map(|f| f as usize),
        Kind::Un(_) => s.unop.map(|f| f as usize),
        Kind::Bin(_) | Kind::RBin(_) => s.binop.map(|f| f as usize),
    }
}

/// Whether built-in `ty` really supports the operator `k` its shared slot could dispatch:
/// one `binop`/`unop` slot serves all operators, but float has no bit operations, complex no
/// floor division or modulo either, and str, bytes and the sequences only `+`, `*` and `%`.
fn supports_operator(ty: &TypeObject, k: Kind) -> bool {
    let bin = |op: u8| -> bool {
        match ty.static_name {
            "float" => !matches!(op, 1 | 3 | 7 | 9 | 12),
            "complex" => !matches!(op, 1 | 2 | 3 | 6 | 7 | 9 | 12),
            "str" | "bytes" | "bytearray" => matches!(op, 0 | 5 | 6),
            "list" | "tuple" => matches!(op, 0 | 5),
            // dict only merges; sets only have the set operations.
            "dict" => op == 7,
            "set" | "frozenset" => matches!(op, 1 | 7 | 10 | 12),
            // bool's own operators are the bit operations; the rest are int's.
            "bool" => matches!(op, 1 | 7 | 12),
            // `type` only unions (`int | str`), and so do the union type itself.
            "type" | "types.UnionType" => op == 7,
            _ => true,
        }
    };
    let seq = matches!(ty.static_name, "str" | "bytes" | "bytearray" | "list" | "tuple");
    match k {
        // Sequences have no reflected `+` (`__radd__`).
        Kind::RBin(0) if seq => false,
        Kind::Bin(op) | Kind::RBin(op) => op == 255 || bin(op),
        Kind::Un(UnOp::Invert) => !matches!(ty.static_name, "float" | "complex"),
        _ => true,
    }
}

/// A slot exposed as a method of a built-in type.
#[repr(C)]
pub struct SlotDescr {
    pub header: ObjHeader,
    def: &'static SlotDef,
    pub owner: &'static TypeObject,
}

fn descr<'a>(v: Value) -> &'a SlotDescr {
    // SAFETY: only called on wrapper_descriptor instances.
    unsafe { v.as_ref::<SlotDescr>() }
}

fn nargs_error(n: usize, got: usize) -> crate::vm::PyErr {
    type_error(format!("expected {n} argument{}, got {got}", if n == 1 { "" } else { "s" }))
}

fn exact(args: &[Value], kwnames: &[Value], n: usize) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(type_error("wrapper takes no keyword arguments"));
    }
    if args.len() != n {
        return Err(nargs_error(n, args.len()));
    }
    Ok(())
}

/// Call the owner's slot on `self_` with the remaining arguments.
fn call_slot(vm: &mut Vm, d: &SlotDescr, self_: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let s = *d.owner.slots();
    let none = super::none;
    match d.def.kind {
        Kind::Init => {
            if let Some(f) = s.init {
                f(vm, self_, args, kwnames)?;
            }
            Ok(none())
        }
        Kind::Call => match s.call {
            Some(f) => f(vm, self_, args, kwnames),
            None => Err(type_error("not callable")),
        },
        k => {
            let a = args;
            match k {
                Kind::Repr => {
                    exact(a, kwnames, 0)?;
                    match s.repr {
                        Some(f) => f(vm, self_),
                        None => super::type_type::object_repr(vm, self_),
                    }
                }
                Kind::Hash => {
                    exact(a, kwnames, 0)?;
                    match s.hash {
                        Some(f) => Ok(super::int::int_from_i64(f(vm, self_)?)),
                        None => Err(type_error(format!("unhashable type: '{}'", ops::type_name(self_)))),
                    }
                }
                Kind::Cmp(op) => {
                    exact(a, kwnames, 1)?;
                    match s.richcmp {
                        Some(f) => f(vm, self_, a[0], op),
                        None => Ok(super::not_implemented()),
                    }
                }
                Kind::GetAttribute => {
                    exact(a, kwnames, 1)?;
                    if !super::str::is_str(a[0]) {
                        return Err(type_error(format!("attribute name must be string, not '{}'", ops::type_name(a[0]))));
                    }
                    let r = match s.getattr {
                        Some(f) => f(vm, self_, a[0])?,
                        None => ops::generic_getattr(vm, self_, a[0])?,
                    };
                    r.ok_or_else(|| ops::no_attribute(self_, a[0]))
                }
                Kind::SetAttr | Kind::DelAttr => {
                    let del = matches!(k, Kind::DelAttr);
                    exact(a, kwnames, if del { 1 } else { 2 })?;
                    if !super::str::is_str(a[0]) {
                        return Err(type_error(format!("attribute name must be string, not '{}'", ops::type_name(a[0]))));
                    }
                    let value = if del { Value::NULL } else { a[1] };
                    match s.setattr {
                        Some(f) => f(vm, self_, a[0], value)?,
                        None => ops::generic_setattr(vm, self_, a[0], value)?,
                    }
                    Ok(none())
                }
                Kind::Len => {
                    exact(a, kwnames, 0)?;
                    let f = s.len.ok_or_else(|| type_error("no len"))?;
                    Ok(super::int::int_from_i64(f(vm, self_)? as i64))
                }
                Kind::GetItem => {
                    exact(a, kwnames, 1)?;
                    let f = s.getitem.ok_or_else(|| type_error("not subscriptable"))?;
                    f(vm, self_, a[0])
                }
                Kind::SetItem | Kind::DelItem => {
                    let del = matches!(k, Kind::DelItem);
                    exact(a, kwnames, if del { 1 } else { 2 })?;
                    let f = s.setitem.ok_or_else(|| type_error("does not support item assignment"))?;
                    f(vm, self_, a[0], if del { Value::NULL } else { a[1] })?;
                    Ok(none())
                }
                Kind::Contains => {
                    exact(a, kwnames, 1)?;
                    let f = s.contains.ok_or_else(|| type_error("not a container"))?;
                    Ok(super::bool_value(f(vm, self_, a[0])?))
                }
                Kind::Iter => {
                    exact(a, kwnames, 0)?;
                    let f = s.iter.ok_or_else(|| type_error("not iterable"))?;
                    f(vm, self_)
                }
                Kind::Next => {
                    exact(a, kwnames, 0)?;
                    let f = s.next.ok_or_else(|| type_error("not an iterator"))?;
                    match f(vm, self_)? {
                        Some(v) => Ok(v),
                        None => Err(stop_iteration(Value::NULL)),
                    }
                }
                Kind::Bool => {
                    exact(a, kwnames, 0)?;
                    let f = s.bool.ok_or_else(|| type_error("no bool"))?;
                    Ok(super::bool_value(f(vm, self_)?))
                }
                Kind::Get => {
                    if a.is_empty() || a.len() > 2 {
                        return Err(type_error(format!("expected 1 or 2 arguments, got {}", a.len())));
                    }
                    let obj = if a[0].is_none() { Value::NULL } else { a[0] };
                    let ty = a.get(1).copied().filter(|t| !t.is_none()).unwrap_or(Value::NULL);
                    if obj.is_null() && ty.is_null() {
                        return Err(type_error("__get__(None, None) is invalid"));
                    }
                    let f = s.descr_get.ok_or_else(|| type_error("not a descriptor"))?;
                    if !obj.is_null() {
                        check_getset_target(self_, obj)?;
                    }
                    f(vm, self_, obj, ty)
                }
                Kind::Set | Kind::Delete => {
                    let del = matches!(k, Kind::Delete);
                    exact(a, kwnames, if del { 1 } else { 2 })?;
                    let f = s.descr_set.ok_or_else(|| type_error("not a data descriptor"))?;
                    check_getset_target(self_, a[0])?;
                    f(vm, self_, a[0], if del { Value::NULL } else { a[1] })?;
                    Ok(none())
                }
                Kind::Un(op) => {
                    exact(a, kwnames, 0)?;
                    let f = s.unop.ok_or_else(|| type_error("bad operand"))?;
                    f(vm, self_, op)
                }
                Kind::Bin(op) => {
                    exact(a, kwnames, 1)?;
                    let f = s.binop.ok_or_else(|| type_error("bad operand"))?;
                    f(vm, self_, a[0], op)
                }
                Kind::RBin(op) => {
                    exact(a, kwnames, 1)?;
                    let f = s.binop.ok_or_else(|| type_error("bad operand"))?;
                    f(vm, a[0], self_, op)
                }
                Kind::Init | Kind::Call => Ok(none()),
            }
        }
    }
}

/// A built-in property applies only to instances of its type (its getter reads that layout).
fn check_getset_target(descr: Value, obj: Value) -> PyResult<()> {
    if descr.is_exact(&super::method::GETSET_DESCR_TYPE) {
        // SAFETY: checked the type.
        let g = unsafe { descr.as_ref::<super::method::GetSetDescr>() };
        if !obj.ty().is_subtype(g.owner) {
            return Err(type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                g.def.name,
                g.owner.tp_name(),
                ops::type_name(obj)
            )));
        }
    }
    Ok(())
}

fn slot_descr_call(vm: &mut Vm, dv: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let d = descr(dv);
    let npos = args.len() - kwnames.len();
    if npos == 0 {
        return Err(type_error(format!("descriptor '{}' of '{}' object needs an argument", d.def.name, d.owner.tp_name())));
    }
    let self_ = args[0];
    if !self_.ty().is_subtype(d.owner) {
        return Err(type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            d.def.name,
            d.owner.tp_name(),
            ops::type_name(self_)
        )));
    }
    dv.incref();
    let r = call_slot(vm, d, self_, &args[1..], kwnames);
    dv.decref();
    r
}

fn slot_descr_get(_vm: &mut Vm, dv: Value, obj: Value, _ty: Value) -> PyResult {
    if obj.is_null() {
        return Ok(dv.new_ref());
    }
    let d = descr(dv);
    if !obj.ty().is_subtype(d.owner) {
        return Err(type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.def.name,
            d.owner.tp_name(),
            ops::type_name(obj)
        )));
    }
    Ok(new_method_wrapper(dv, obj))
}

/// A slot wrapper bound to an object (`(1).__add__`, `obj.__repr__`): CPython's
/// `method-wrapper`.
#[repr(C)]
pub struct MethodWrapper {
    pub header: ObjHeader,
    /// The `wrapper_descriptor` (owned).
    descr: Value,
    /// The bound object (owned).
    self_: Value,
}

impl Drop for MethodWrapper {
    fn drop(&mut self) {
        self.descr.decref();
        self.self_.decref();
    }
}

fn new_method_wrapper(dv: Value, obj: Value) -> Value {
    dv.incref();
    obj.incref();
    alloc(MethodWrapper { header: ObjHeader::new(&METHOD_WRAPPER_TYPE), descr: dv, self_: obj })
}

fn wrapper<'a>(v: Value) -> &'a MethodWrapper {
    // SAFETY: only called on method-wrapper instances.
    unsafe { v.as_ref::<MethodWrapper>() }
}

fn wrapper_call(vm: &mut Vm, w: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (dv, self_) = (wrapper(w).descr, wrapper(w).self_);
    // Keep both alive while the slot runs (the wrapper may be dropped by the callee).
    let _d = super::object::Owned::from_borrowed(dv);
    let _s = super::object::Owned::from_borrowed(self_);
    call_slot(vm, descr(dv), self_, args, kwnames)
}

fn wrapper_repr(_vm: &mut Vm, w: Value) -> PyResult {
    let m = wrapper(w);
    Ok(super::str::new_str(&format!(
        "<method-wrapper '{}' of {} object at {:#x}>",
        descr(m.descr).def.name,
        m.self_.ty().tp_name(),
        m.self_.bits()
    )))
}

fn wrapper_richcmp(_vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !b.is_exact(&METHOD_WRAPPER_TYPE) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(super::not_implemented());
    }
    let (x, y) = (wrapper(a), wrapper(b));
    let eq = x.descr == y.descr && x.self_ == y.self_;
    Ok(super::bool_value(eq == (op == CmpOp::Eq)))
}

fn wrapper_hash(_vm: &mut Vm, w: Value) -> PyResult<i64> {
    let m = wrapper(w);
    let h = ops::identity_hash(m.self_) ^ ops::identity_hash(m.descr);
    Ok(if h == -1 { -2 } else { h })
}

fn wrapper_traverse(w: Value, visit: &mut dyn FnMut(Value)) {
    let m = wrapper(w);
    visit(m.descr);
    visit(m.self_);
}

fn wrapper_name(vm: &mut Vm, w: Value) -> PyResult {
    slot_descr_get_name(vm, wrapper(w).descr)
}
fn wrapper_qualname(vm: &mut Vm, w: Value) -> PyResult {
    slot_descr_get_qualname(vm, wrapper(w).descr)
}
fn wrapper_objclass(vm: &mut Vm, w: Value) -> PyResult {
    slot_descr_get_objclass(vm, wrapper(w).descr)
}
fn wrapper_self(_vm: &mut Vm, w: Value) -> PyResult {
    Ok(wrapper(w).self_.new_ref())
}

static METHOD_WRAPPER_GETSETS: [super::typeobj::GetSetDef; 4] = [
    super::typeobj::GetSetDef { name: "__name__", get: wrapper_name, set: None },
    super::typeobj::GetSetDef { name: "__qualname__", get: wrapper_qualname, set: None },
    super::typeobj::GetSetDef { name: "__objclass__", get: wrapper_objclass, set: None },
    super::typeobj::GetSetDef { name: "__self__", get: wrapper_self, set: None },
];

pub static METHOD_WRAPPER_TYPE: TypeObject = TypeObject::new_static(
    "method-wrapper",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<MethodWrapper>,
        traverse: Some(wrapper_traverse),
        call: Some(wrapper_call),
        repr: Some(wrapper_repr),
        richcmp: Some(wrapper_richcmp),
        hash: Some(wrapper_hash),
        ..Slots::EMPTY
    },
    &[],
    &METHOD_WRAPPER_GETSETS,
);

fn slot_descr_repr(_vm: &mut Vm, dv: Value) -> PyResult {
    let d = descr(dv);
    Ok(super::str::new_str(&format!("<slot wrapper '{}' of '{}' objects>", d.def.name, d.owner.tp_name())))
}

fn slot_descr_get_name(_vm: &mut Vm, dv: Value) -> PyResult {
    Ok(intern(descr(dv).def.name))
}

fn slot_descr_get_qualname(_vm: &mut Vm, dv: Value) -> PyResult {
    let d = descr(dv);
    Ok(super::str::new_str(&format!("{}.{}", d.owner.name(), d.def.name)))
}

fn slot_descr_get_objclass(_vm: &mut Vm, dv: Value) -> PyResult {
    Ok(descr(dv).owner.as_value())
}

static SLOT_DESCR_GETSETS: [super::typeobj::GetSetDef; 3] = [
    super::typeobj::GetSetDef { name: "__name__", get: slot_descr_get_name, set: None },
    super::typeobj::GetSetDef { name: "__qualname__", get: slot_descr_get_qualname, set: None },
    super::typeobj::GetSetDef { name: "__objclass__", get: slot_descr_get_objclass, set: None },
];

pub static SLOT_DESCR_TYPE: TypeObject = TypeObject::new_static(
    "wrapper_descriptor",
    Some(&super::OBJECT_TYPE),
    super::typeobj::TypeFlags::METHOD_DESCRIPTOR,
    Slots {
        dealloc: dealloc_box::<SlotDescr>,
        call: Some(slot_descr_call),
        descr_get: Some(slot_descr_get),
        repr: Some(slot_descr_repr),
        ..Slots::EMPTY
    },
    &[],
    &SLOT_DESCR_GETSETS,
);

/// `T.__new__(cls, *args)`: a built-in bound to the type that owns the `new` slot. Checks
/// `cls` is a subtype whose nearest built-in base uses the same `new` (CPython's
/// tp_new_wrapper), then calls the slot.
fn tp_new_wrapper(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let owner = match args.first().and_then(|&v| as_type(v)) {
        Some(t) => t,
        None => return Err(type_error("__new__ requires a type")),
    };
    let on = owner.tp_name();
    if args.len() - kwnames.len() < 2 {
        return Err(type_error(format!("{on}.__new__(): not enough arguments")));
    }
    let cls_v = args[1];
    let cls = match as_type(cls_v) {
        Some(t) => t,
        None => return Err(type_error(format!("{on}.__new__(X): X is not a type object ({})", ops::type_name(cls_v)))),
    };
    if !cls.is_subtype(owner) {
        return Err(type_error(format!("{on}.__new__({}): {} is not a subtype of {on}", cls.tp_name(), cls.tp_name())));
    }
    let owner_new = owner.slots().new;
    // The nearest base of cls whose `new` is not a Python `__new__`.
    let mut sb = Some(cls);
    while let Some(t) = sb {
        if t.has_flag(super::typeobj::TypeFlags::HEAPTYPE) && super::slot_wrappers::is_python_new(t) {
            sb = t.base();
        } else {
            break;
        }
    }
    if let Some(t) = sb {
        let same = match (t.slots().new, owner_new) {
            (Some(a), Some(b)) => a as usize == b as usize,
            _ => false,
        };
        if !same {
            return Err(type_error(format!("{on}.__new__({}) is not safe, use {}.__new__()", cls.tp_name(), t.tp_name())));
        }
    }
    match owner_new {
        Some(f) => f(vm, cls, &args[2..], kwnames),
        None => Err(type_error(format!("cannot create '{}' instances", cls.tp_name()))),
    }
}

static NEW_DEF: MethodDef = MethodDef::static_("__new__", tp_new_wrapper);

/// Add the dunder methods for `ty`'s slots (and `__new__`) to its `__dict__`, where the
/// type's own method table did not already define them. Called at startup for built-ins.
pub fn add_slot_methods(ty: &'static TypeObject) {
    let dict = ty.dict.get();
    if dict.is_null() {
        return;
    }
    let is_object = std::ptr::eq(ty, &super::OBJECT_TYPE);
    let s = *ty.slots();
    for def in SLOT_DEFS.iter() {
        if !has_slot(&s, def.kind, is_object) || !supports_operator(ty, def.kind) {
            continue;
        }
        // A slot copied from a built-in base is that base's method (found through the MRO),
        // as in CPython where only a type's own slots appear in its `__dict__`. `object`'s
        // subclasses keep theirs: pyjit's static types do not always override it.
        if let Some(b) = ty.base() {
            if !std::ptr::eq(b, &super::OBJECT_TYPE) && slot_addr(b.slots(), def.kind).is_some() && slot_addr(b.slots(), def.kind) == slot_addr(&s, def.kind) {
                continue;
            }
        }
        let name = intern(def.name);
        if super::dict::get_str(dict, name).is_some() {
            continue;
        }
        let v = alloc(SlotDescr { header: ObjHeader::new(&SLOT_DESCR_TYPE), def, owner: ty });
        super::dict::set_str(dict, name, v);
        v.decref();
    }
    // A type that compares but does not hash is unhashable, and says so in its dict
    // (`list.__hash__ is None`), so subclasses do not find object's `__hash__`.
    if s.richcmp.is_some() && s.hash.is_none() && super::dict::get_str(dict, intern("__hash__")).is_none() {
        super::dict::set_str(dict, intern("__hash__"), super::none());
    }
    if s.new.is_some() && super::dict::get_str(dict, intern("__new__")).is_none() {
        let v = super::method::new_bound_builtin(&NEW_DEF, ty.as_value());
        super::dict::set_str(dict, intern("__new__"), v);
        v.decref();
    }
}

#[cfg(test)]
mod tests {
    //! Expected values from python3 (3.11.7): `list.__hash__ is None`, `hasattr({}, "__add__")`
    //! is False, `hasattr(set(), "__rsub__")` is True, `type(int.__add__).__name__` is
    //! 'wrapper_descriptor', `type((1).__add__).__name__` is 'method-wrapper'.
    use super::*;
    use crate::objects::{DICT_TYPE, INT_TYPE, LIST_TYPE};

    fn own(ty: &TypeObject, name: &str) -> Option<Value> {
        super::super::dict::get_str(ty.dict.get(), intern(name))
    }

    #[test]
    fn unhashable_builtins_and_operator_tables() {
        let mut vm = Vm::new();
        assert!(own(&LIST_TYPE, "__hash__").is_some_and(|v| v.is_none()));
        assert!(own(&DICT_TYPE, "__add__").is_none());
        assert!(own(&DICT_TYPE, "__or__").is_some());
        let add = own(&INT_TYPE, "__add__").expect("int.__add__");
        assert_eq!(add.ty().name(), "wrapper_descriptor");
        let bound = slot_descr_get(&mut vm, add, Value::small_int(1), Value::NULL).unwrap();
        assert_eq!(bound.ty().name(), "method-wrapper");
        let r = ops::call(&mut vm, bound, &[Value::small_int(2)], &[]).unwrap();
        assert_eq!(r.as_small_int(), 3);
        bound.decref();
    }
}
