//! Type objects: the `#[repr(C)]` layout shared by built-in (static) and user-defined (heap)
//! types, the slot table through which every generic operation dispatches, and the method /
//! property tables from which built-in types' `__dict__`s are made at startup.
//!
//! A slot is a plain function pointer; `None` means "this type does not support the
//! operation" (the generic layer in `vm::ops` then raises CPython's TypeError). Slots that may
//! answer "not for these operands" return `NotImplemented` (binary operators, comparisons), as
//! CPython's do.

use super::object::ObjHeader;
use super::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, UnsafeCell};

/// A built-in function or method body. `args` holds the positional arguments followed by the
/// keyword arguments' values; `kwnames` (a slice of `str` values) names the last
/// `kwnames.len()` entries of `args`. For methods `args[0]` is `self`. Arguments are borrowed;
/// the result is a new reference.
pub type NativeFn = fn(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult;

/// Comparison operator, CPython's Py_LT.. numbering (also `COMPARE_OP`'s argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CmpOp {
    pub fn from_arg(a: u32) -> CmpOp {
        match a {
            0 => CmpOp::Lt,
            1 => CmpOp::Le,
            2 => CmpOp::Eq,
            3 => CmpOp::Ne,
            4 => CmpOp::Gt,
            _ => CmpOp::Ge,
        }
    }
    /// The operator with operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    /// The result of comparing two values that compare as `ord` (for total orders).
    pub fn from_ordering(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Lt => ord == Less,
            CmpOp::Le => ord != Greater,
            CmpOp::Eq => ord == Equal,
            CmpOp::Ne => ord != Equal,
            CmpOp::Gt => ord == Greater,
            CmpOp::Ge => ord != Less,
        }
    }
}

/// Unary number operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Pos,
    Invert,
    Abs,
}

/// The operations of a type. See the module doc for the conventions.
#[derive(Clone, Copy)]
pub struct Slots {
    /// Release what the object owns and free it (called when the count reaches zero).
    pub dealloc: unsafe fn(*mut ObjHeader),
    /// Visit every reference the object holds (cycle collector; NULL entries may be visited).
    pub traverse: Option<fn(Value, &mut dyn FnMut(Value))>,
    /// Drop the references the object holds (the cycle collector breaks garbage cycles with
    /// it; the object stays valid but emptied).
    pub clear: Option<fn(Value)>,
    pub repr: Option<fn(&mut Vm, Value) -> PyResult>,
    /// `None`: `str()` uses `repr`.
    pub str: Option<fn(&mut Vm, Value) -> PyResult>,
    /// `None`: unhashable (unless inherited); object's identity hash is `object`'s slot.
    pub hash: Option<fn(&mut Vm, Value) -> PyResult<i64>>,
    /// May return `NotImplemented`.
    pub richcmp: Option<fn(&mut Vm, Value, Value, CmpOp) -> PyResult>,
    /// Binary number operators: `(lhs, rhs, op)` with `op` in `BINARY_OP`'s numbering (in-place
    /// forms are op + 13; a type without in-place forms returns `NotImplemented` for them).
    /// Called for either operand's type (as CPython's nb_* slots): the slot checks which
    /// operand is its own. May return `NotImplemented`.
    pub binop: Option<fn(&mut Vm, Value, Value, u8) -> PyResult>,
    pub unop: Option<fn(&mut Vm, Value, UnOp) -> PyResult>,
    /// Truth value; `None`: use `len`, else true.
    pub bool: Option<fn(&mut Vm, Value) -> PyResult<bool>>,
    pub len: Option<fn(&mut Vm, Value) -> PyResult<usize>>,
    pub getitem: Option<fn(&mut Vm, Value, Value) -> PyResult>,
    /// `(obj, key, value)`; `value` NULL means delete.
    pub setitem: Option<fn(&mut Vm, Value, Value, Value) -> PyResult<()>>,
    pub contains: Option<fn(&mut Vm, Value, Value) -> PyResult<bool>>,
    pub iter: Option<fn(&mut Vm, Value) -> PyResult>,
    /// Next item, or `None` when exhausted (no StopIteration object is made).
    pub next: Option<fn(&mut Vm, Value) -> PyResult<Option<Value>>>,
    pub call: Option<fn(&mut Vm, Value, &[Value], &[Value]) -> PyResult>,
    /// Attribute lookup: `None` in the result means "no such attribute" (the caller raises
    /// AttributeError with CPython's message). `None` slot: the generic lookup.
    pub getattr: Option<fn(&mut Vm, Value, Value) -> PyResult<Option<Value>>>,
    /// `(obj, name, value)`; `value` NULL means delete.
    pub setattr: Option<fn(&mut Vm, Value, Value, Value) -> PyResult<()>>,
    /// Descriptor `__get__`: `(descr, obj or NULL, type)`.
    pub descr_get: Option<fn(&mut Vm, Value, Value, Value) -> PyResult>,
    /// Descriptor `__set__`/`__delete__`: `(descr, obj, value or NULL)`.
    pub descr_set: Option<fn(&mut Vm, Value, Value, Value) -> PyResult<()>>,
    /// `type.__call__` part one: make the instance. `(type, args, kwnames)`.
    pub new: Option<fn(&mut Vm, &TypeObject, &[Value], &[Value]) -> PyResult>,
    /// `type.__call__` part two: initialise it. `(obj, args, kwnames)`.
    pub init: Option<fn(&mut Vm, Value, &[Value], &[Value]) -> PyResult<()>>,
}

impl Slots {
    /// No operations; deallocation does nothing (immortal objects).
    pub const EMPTY: Slots = Slots {
        dealloc: super::object::dealloc_never,
        traverse: None,
        clear: None,
        repr: None,
        str: None,
        hash: None,
        richcmp: None,
        binop: None,
        unop: None,
        bool: None,
        len: None,
        getitem: None,
        setitem: None,
        contains: None,
        iter: None,
        next: None,
        call: None,
        getattr: None,
        setattr: None,
        descr_get: None,
        descr_set: None,
        new: None,
        init: None,
    };
}

/// How a built-in method binds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    /// An instance method: `args[0]` is self.
    Method,
    /// A `classmethod`: `args[0]` is the type.
    Class,
    /// A `staticmethod`: no implicit first argument.
    Static,
}

/// A built-in method in a type's table (becomes a method descriptor in its `__dict__`).
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
    pub doc: Option<&'static str>,
}

impl MethodDef {
    pub const fn method(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, kind: MethodKind::Method, doc: None }
    }
    pub const fn class(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, kind: MethodKind::Class, doc: None }
    }
    pub const fn static_(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef { name, func, kind: MethodKind::Static, doc: None }
    }
}

/// A built-in property (data descriptor) in a type's table.
pub struct GetSetDef {
    pub name: &'static str,
    pub get: fn(&mut Vm, Value) -> PyResult,
    /// `(obj, value or NULL for delete)`; `None`: read-only ("attribute '...' of '...' objects
    /// is not writable").
    pub set: Option<fn(&mut Vm, Value, Value) -> PyResult<()>>,
}

/// Type flags (subset of CPython's meanings).
pub struct TypeFlags;
impl TypeFlags {
    /// Allocated at run time (a `class` statement or `type(name, bases, ns)`).
    pub const HEAPTYPE: u32 = 1 << 9;
    /// Can be subclassed.
    pub const BASETYPE: u32 = 1 << 10;
    /// Instances are exceptions (a subclass of BaseException).
    pub const BASE_EXC_SUBCLASS: u32 = 1 << 30;
    /// Instances have a `__dict__`.
    pub const HAS_DICT: u32 = 1 << 4;
    /// Instances are `instance::InstanceObject`s with a `__dict__`: their attributes live in
    /// shape-indexed value slots until a dict is needed (see `objects/shape.rs`).
    pub const SHAPED: u32 = 1 << 5;
    /// An abstract-ish marker: instances are ints (int, bool, subclasses).
    pub const LONG_SUBCLASS: u32 = 1 << 24;
    pub const LIST_SUBCLASS: u32 = 1 << 25;
    pub const TUPLE_SUBCLASS: u32 = 1 << 26;
    pub const BYTES_SUBCLASS: u32 = 1 << 27;
    pub const UNICODE_SUBCLASS: u32 = 1 << 28;
    pub const DICT_SUBCLASS: u32 = 1 << 29;
    pub const TYPE_SUBCLASS: u32 = 1 << 31;
    /// Instances found on a type are called with the instance prepended instead of being
    /// bound through `__get__` first (Python functions, method descriptors): CPython's
    /// Py_TPFLAGS_METHOD_DESCRIPTOR.
    pub const METHOD_DESCRIPTOR: u32 = 1 << 17;
    /// `__abstractmethods__` is set and non-empty: instances cannot be made.
    pub const IS_ABSTRACT: u32 = 1 << 20;
    /// Instances are containers tracked by the cycle collector (allocated with
    /// `gc::alloc_gc` / `gc::alloc_raw`, with `traverse` and usually `clear` slots).
    pub const HAVE_GC: u32 = 1 << 14;
}

/// A type object. Built-in types are `static`s (immortal); heap types are allocated by the
/// `class` statement.
#[repr(C)]
pub struct TypeObject {
    pub header: ObjHeader,
    /// The name of a built-in type (`tp_name`, may be dotted like `"collections.deque"`).
    pub static_name: &'static str,
    /// `__name__` as a str object once set (heap types; built-ins after startup).
    pub name_obj: Cell<Value>,
    /// `__qualname__` (heap types).
    pub qualname: Cell<Value>,
    /// `__base__` (NULL for `object`).
    pub base: Cell<*const TypeObject>,
    /// `__bases__` tuple, `__mro__` tuple (NULL until initialised).
    pub bases: Cell<Value>,
    pub mro: Cell<Value>,
    /// `__dict__`: a dict, filled at startup for built-ins.
    pub dict: Cell<Value>,
    /// `TypeFlags` bits.
    pub flags: Cell<u32>,
    /// Version tag: bumped whenever the type or one of its bases changes (inline caches and
    /// compiled code compare it). 0 means "unversioned, do not cache".
    pub version: Cell<u32>,
    /// Built-in method and property tables (empty for heap types).
    pub methods: &'static [MethodDef],
    pub getsets: &'static [GetSetDef],
    /// The class docstring of a built-in.
    pub doc: Option<&'static str>,
    /// Byte offset of the instance's `__dict__` slot (a `Cell<Value>`, NULL until created)
    /// within the instance; 0 when instances have no `__dict__`.
    pub dictoffset: Cell<usize>,
    slots: UnsafeCell<Slots>,
}

// SAFETY: pyjit runs Python code on one thread at a time (one interpreter per process; any
// future threads will hold a global lock), so the Cells in static type objects are never
// accessed concurrently.
unsafe impl Sync for TypeObject {}

impl TypeObject {
    /// A built-in type (for `static` declarations). Its `__dict__`, `__mro__` and `__bases__`
    /// are filled by `vm::init` at startup.
    pub const fn new_static(
        name: &'static str,
        base: Option<&'static TypeObject>,
        flags: u32,
        slots: Slots,
        methods: &'static [MethodDef],
        getsets: &'static [GetSetDef],
    ) -> TypeObject {
        TypeObject {
            header: ObjHeader::immortal(&super::type_type::TYPE_TYPE),
            static_name: name,
            name_obj: Cell::new(Value::NULL),
            qualname: Cell::new(Value::NULL),
            base: Cell::new(match base {
                Some(b) => b,
                None => std::ptr::null(),
            }),
            bases: Cell::new(Value::NULL),
            mro: Cell::new(Value::NULL),
            dict: Cell::new(Value::NULL),
            flags: Cell::new(flags),
            version: Cell::new(0),
            methods,
            getsets,
            doc: None,
            dictoffset: Cell::new(0),
            slots: UnsafeCell::new(slots),
        }
    }

    /// The operation table.
    #[inline(always)]
    pub fn slots(&self) -> &Slots {
        // SAFETY: slots are only replaced through `set_slots`, which no caller interleaves with
        // a use of a previously returned reference (single-threaded; see the Sync impl).
        unsafe { &*self.slots.get() }
    }

    /// Replace the operation table (heap types, when a dunder method is assigned).
    ///
    /// # Safety
    /// No reference returned by `slots()` may be alive.
    pub unsafe fn set_slots(&self, s: Slots) {
        // SAFETY: caller guarantees no outstanding borrow.
        unsafe { *self.slots.get() = s };
    }

    /// `__name__` (the part after the last dot of a built-in's dotted name).
    pub fn name(&self) -> &str {
        let n = self.name_obj.get();
        if !n.is_null() {
            if let Some(s) = super::str::as_str(n) {
                return s;
            }
        }
        match self.static_name.rfind('.') {
            Some(i) => &self.static_name[i + 1..],
            None => self.static_name,
        }
    }

    /// The name CPython prints in messages (`tp_name`: dotted for built-ins like
    /// `collections.deque`, `__name__` for heap types).
    pub fn tp_name(&self) -> &str {
        if self.flags.get() & TypeFlags::HEAPTYPE != 0 {
            self.name()
        } else {
            self.static_name
        }
    }

    pub fn base(&self) -> Option<&TypeObject> {
        let b = self.base.get();
        if b.is_null() {
            None
        } else {
            // SAFETY: a base type outlives its subclasses (the subclass holds a reference).
            Some(unsafe { &*b })
        }
    }

    /// Whether `self` is `other` or a subclass of it (walks `__mro__` when set, else the base
    /// chain).
    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        let mro = self.mro.get();
        if !mro.is_null() {
            return super::tuple::items(mro).iter().any(|t| std::ptr::eq(t.as_ptr() as *const TypeObject, other));
        }
        let mut t = self.base();
        while let Some(b) = t {
            if std::ptr::eq(b, other) {
                return true;
            }
            t = b.base();
        }
        false
    }

    /// This type as a value.
    #[inline(always)]
    pub fn as_value(&self) -> Value {
        Value::from_ptr(self as *const TypeObject)
    }

    /// The same type with instances carrying a `__dict__` at `offset` (for static declarations).
    pub const fn with_dictoffset(self, offset: usize) -> TypeObject {
        TypeObject { dictoffset: Cell::new(offset), ..self }
    }

    /// The same type with a docstring (for static declarations).
    pub const fn with_doc(self, doc: &'static str) -> TypeObject {
        TypeObject { doc: Some(doc), ..self }
    }

    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    /// Look a name up along the MRO (type attributes, methods, descriptors): a borrowed value.
    /// Answers for interned names are cached per (type version, name), as CPython's method
    /// cache does; any change to a type or its bases gives them new versions.
    #[inline]
    pub fn lookup(&self, name: Value) -> Option<Value> {
        let version = self.version.get();
        if version == 0 || !super::str::is_interned(name) {
            return self.lookup_uncached(name);
        }
        let slot = method_cache_slot(version, name);
        let e = &METHOD_CACHE.entries[slot];
        if e.version.get() == version && e.name.get() == name.bits() {
            let v = Value::from_bits(e.value.get());
            return if v.is_null() { None } else { Some(v) };
        }
        let r = self.lookup_uncached(name);
        e.version.set(version);
        e.name.set(name.bits());
        e.value.set(r.map(|v| v.bits()).unwrap_or(0));
        r
    }

    /// `lookup` without the cache.
    pub fn lookup_uncached(&self, name: Value) -> Option<Value> {
        let mro = self.mro.get();
        if mro.is_null() {
            return super::dict::get_str(self.dict.get(), name);
        }
        for t in super::tuple::items(mro) {
            // SAFETY: every MRO entry is a type object.
            let t: &TypeObject = unsafe { t.as_ref() };
            if let Some(v) = super::dict::get_str(t.dict.get(), name) {
                return Some(v);
            }
        }
        None
    }

    /// Whether a class named `name` (e.g. an ABC registered by name such as "Mapping") is in
    /// the MRO.
    pub fn mro_has_name(&self, name: &str) -> bool {
        let mro = self.mro.get();
        if mro.is_null() {
            return false;
        }
        super::tuple::items(mro).iter().any(|t| {
            // SAFETY: MRO entries are types.
            let t: &TypeObject = unsafe { t.as_ref() };
            t.name() == name
        })
    }

    /// Give this type alone a new version tag.
    pub fn bump_version(&self) {
        self.version.set(next_type_version());
    }

    /// The type changed: new version tags for it and every subclass (invalidates the lookup
    /// cache, inline caches and compiled code keyed on them).
    pub fn modified(&self) {
        super::heaptype::modified_with_subclasses(self);
    }
}

/// Process-wide, so tags stay unique even when tests start several VMs one after another.
static NEXT_VERSION: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(1);

/// A fresh, never-reused type version tag (0 once they run out: "do not cache").
pub fn next_type_version() -> u32 {
    use std::sync::atomic::Ordering;
    let v = NEXT_VERSION.load(Ordering::Relaxed);
    if v == u32::MAX {
        return 0;
    }
    NEXT_VERSION.store(v + 1, Ordering::Relaxed);
    v
}

/// One entry of the type-attribute lookup cache.
struct MethodCacheEntry {
    version: Cell<u32>,
    name: Cell<u64>,
    /// The attribute found (borrowed; 0 when the lookup found nothing).
    value: Cell<u64>,
}

const METHOD_CACHE_SIZE: usize = 4096;

struct MethodCache {
    entries: [MethodCacheEntry; METHOD_CACHE_SIZE],
}

// SAFETY: only the interpreter thread touches the cache (see TypeObject's Sync impl).
unsafe impl Sync for MethodCache {}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY_ENTRY: MethodCacheEntry = MethodCacheEntry { version: Cell::new(0), name: Cell::new(0), value: Cell::new(0) };

static METHOD_CACHE: MethodCache = MethodCache { entries: [EMPTY_ENTRY; METHOD_CACHE_SIZE] };

#[inline(always)]
fn method_cache_slot(version: u32, name: Value) -> usize {
    let h = (version as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (name.bits() >> 3);
    (h ^ (h >> 29)) as usize & (METHOD_CACHE_SIZE - 1)
}
