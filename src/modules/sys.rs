//! The `sys` module: interpreter-wide values (`argv`, `path`, `modules`, `version_info`,
//! `float_info`, `flags`, ...) and functions (`exit`, recursion limit, `getsizeof`,
//! `exc_info`, `excepthook`, ...), with CPython 3.11's values and messages.
//!
//! `make_sys_module` builds it once at startup; `set_std_streams` installs the stream objects
//! when the I/O layer has made them.

pub mod structseq;

use crate::objects::exception_types::{str_string, repr_string};
use crate::objects::exceptions::{self as exc, type_error, value_error};
use crate::objects::object::{alloc, dealloc_box, ObjHeader};
use crate::objects::typeobj::{GetSetDef, MethodDef, Slots, TypeFlags, TypeObject};
use crate::objects::{self as obj, dict, none, str::new_str, tuple, Owned, Value};
use crate::vm::{ops, PyResult, Vm};
use std::cell::Cell;
use structseq::field;

/// `sys.version`.
pub const VERSION: &str = "3.11.7 (main, Jan  1 2024, 00:00:00) [pyjit]";
/// `sys.hexversion` for 3.11.7 final.
pub const HEXVERSION: i64 = 0x030B_07F0;

static VERSION_INFO_FIELDS: [GetSetDef; 5] =
    [field("major", 0), field("minor", 1), field("micro", 2), field("releaselevel", 3), field("serial", 4)];
pub static VERSION_INFO_TYPE: TypeObject = structseq::new_type("sys.version_info", &VERSION_INFO_FIELDS);

static FLOAT_INFO_FIELDS: [GetSetDef; 11] = [
    field("max", 0),
    field("max_exp", 1),
    field("max_10_exp", 2),
    field("min", 3),
    field("min_exp", 4),
    field("min_10_exp", 5),
    field("dig", 6),
    field("mant_dig", 7),
    field("epsilon", 8),
    field("radix", 9),
    field("rounds", 10),
];
pub static FLOAT_INFO_TYPE: TypeObject = structseq::new_type("sys.float_info", &FLOAT_INFO_FIELDS);

static INT_INFO_FIELDS: [GetSetDef; 4] = [
    field("bits_per_digit", 0),
    field("sizeof_digit", 1),
    field("default_max_str_digits", 2),
    field("str_digits_check_threshold", 3),
];
pub static INT_INFO_TYPE: TypeObject = structseq::new_type("sys.int_info", &INT_INFO_FIELDS);

static HASH_INFO_FIELDS: [GetSetDef; 9] = [
    field("width", 0),
    field("modulus", 1),
    field("inf", 2),
    field("nan", 3),
    field("imag", 4),
    field("algorithm", 5),
    field("hash_bits", 6),
    field("seed_bits", 7),
    field("cutoff", 8),
];
pub static HASH_INFO_TYPE: TypeObject = structseq::new_type("sys.hash_info", &HASH_INFO_FIELDS);

static FLAGS_FIELDS: [GetSetDef; 18] = [
    field("debug", 0),
    field("inspect", 1),
    field("interactive", 2),
    field("optimize", 3),
    field("dont_write_bytecode", 4),
    field("no_user_site", 5),
    field("no_site", 6),
    field("ignore_environment", 7),
    field("verbose", 8),
    field("bytes_warning", 9),
    field("quiet", 10),
    field("hash_randomization", 11),
    field("isolated", 12),
    field("dev_mode", 13),
    field("utf8_mode", 14),
    field("warn_default_encoding", 15),
    field("safe_path", 16),
    field("int_max_str_digits", 17),
];
pub static FLAGS_TYPE: TypeObject = structseq::new_type("sys.flags", &FLAGS_FIELDS);

/// `types.SimpleNamespace`-like objects (`sys.implementation`): attributes in a dict, repr
/// `namespace(a=1, b=2)`.
#[repr(C)]
pub struct NamespaceObject {
    pub header: ObjHeader,
    pub dict: Cell<Value>,
}

impl Drop for NamespaceObject {
    fn drop(&mut self) {
        self.dict.get().decref();
    }
}

fn namespace_repr(vm: &mut Vm, v: Value) -> PyResult {
    // SAFETY: the slot is only installed on NAMESPACE_TYPE.
    let d = unsafe { v.as_ref::<NamespaceObject>() }.dict.get();
    let mut s = String::from("namespace(");
    if !d.is_null() {
        for (i, (k, x)) in dict::items_vec(d).into_iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&str_string(vm, k)?);
            s.push('=');
            s.push_str(&repr_string(vm, x)?);
        }
    }
    s.push(')');
    Ok(new_str(&s))
}

/// `types.SimpleNamespace(**kwargs)`.
fn namespace_new(vm: &mut Vm, ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !std::ptr::eq(ty, &NAMESPACE_TYPE) {
        return Err(obj::exceptions::type_error(format!("cannot create '{}' instances", ty.tp_name())));
    }
    if args.len() > kwnames.len() {
        return Err(obj::exceptions::type_error("no positional arguments expected"));
    }
    let d = obj::Owned::new(dict::new_dict());
    let vals = &args[args.len() - kwnames.len()..];
    for (&k, &v) in kwnames.iter().zip(vals) {
        dict::set(vm, d.get(), k, v)?;
    }
    let d = d.into_value();
    Ok(alloc(NamespaceObject { header: ObjHeader::new(&NAMESPACE_TYPE), dict: Cell::new(d) }))
}

/// `==` between namespaces compares their attributes.
fn namespace_richcmp(vm: &mut Vm, a: Value, b: Value, op: obj::typeobj::CmpOp) -> PyResult {
    use obj::typeobj::CmpOp;
    let is_ns = |v: Value| v.is_ptr() && v.ty().is_subtype(&NAMESPACE_TYPE);
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !is_ns(a) || !is_ns(b) {
        return Ok(obj::singletons::not_implemented());
    }
    // SAFETY: both are namespaces.
    let (da, db) = unsafe { (a.as_ref::<NamespaceObject>().dict.get(), b.as_ref::<NamespaceObject>().dict.get()) };
    crate::vm::ops::rich_compare(vm, da, db, op)
}

pub static NAMESPACE_TYPE: TypeObject = TypeObject::new_static(
    "types.SimpleNamespace",
    Some(&obj::OBJECT_TYPE),
    TypeFlags::BASETYPE | TypeFlags::HAS_DICT,
    Slots {
        dealloc: dealloc_box::<NamespaceObject>,
        repr: Some(namespace_repr),
        new: Some(namespace_new),
        richcmp: Some(namespace_richcmp),
        traverse: Some(|v, visit| {
            // SAFETY: the slot is only installed on NAMESPACE_TYPE.
            let d = unsafe { v.as_ref::<NamespaceObject>() }.dict.get();
            if !d.is_null() {
                visit(d)
            }
        }),
        ..Slots::EMPTY
    },
    &[],
    &[],
)
.with_dictoffset(std::mem::offset_of!(NamespaceObject, dict));

fn init_namespace_type() {
    let t = &NAMESPACE_TYPE;
    if !t.dict.get().is_null() {
        return;
    }
    t.dict.set(dict::new_dict());
    t.name_obj.set(obj::str::intern("SimpleNamespace"));
    t.version.set(obj::typeobj::next_type_version());
    t.bases.set(tuple::new_tuple(&[obj::OBJECT_TYPE.as_value()]));
    t.mro.set(tuple::new_tuple(&[t.as_value(), obj::OBJECT_TYPE.as_value()]));
}

/// A namespace object with the given attributes (values borrowed).
pub fn new_namespace(items: &[(&str, Value)]) -> Value {
    init_namespace_type();
    let d = dict::new_dict();
    for (k, v) in items {
        dict::set_str(d, obj::str::intern(k), *v);
    }
    alloc(NamespaceObject { header: ObjHeader::new(&NAMESPACE_TYPE), dict: Cell::new(d) })
}

fn s(x: &str) -> Value {
    new_str(x)
}

/// `sys.version_info`.
pub fn version_info() -> Value {
    structseq::new_instance(
        &VERSION_INFO_TYPE,
        vec![Value::small_int(3), Value::small_int(11), Value::small_int(7), s("final"), Value::small_int(0)],
    )
}

fn float_info() -> Value {
    let i = |x: i64| Value::small_int(x);
    structseq::new_instance(
        &FLOAT_INFO_TYPE,
        vec![
            Value::float(f64::MAX),
            i(1024),
            i(308),
            Value::float(f64::MIN_POSITIVE),
            i(-1021),
            i(-307),
            i(15),
            i(53),
            Value::float(f64::EPSILON),
            i(2),
            i(1),
        ],
    )
}

fn int_info() -> Value {
    let i = |x: i64| Value::small_int(x);
    structseq::new_instance(&INT_INFO_TYPE, vec![i(30), i(4), i(4300), i(640)])
}

fn hash_info() -> Value {
    let i = |x: i64| obj::int::int_from_i64(x);
    structseq::new_instance(
        &HASH_INFO_TYPE,
        vec![i(64), i((1 << 61) - 1), i(314159), i(0), i(1000003), s("siphash13"), i(64), i(128), i(0)],
    )
}

fn flags(vm: &Vm) -> Value {
    let i = |x: i64| Value::small_int(x);
    let b = obj::bool_value;
    let dont_write = std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
    structseq::new_instance(
        &FLAGS_TYPE,
        vec![
            i(0),
            i(0),
            i(0),
            i(i64::from(vm.optimize)),
            i(i64::from(dont_write)),
            i(0),
            i(0),
            i(0),
            i(0),
            i(0),
            i(0),
            i(1),
            i(0),
            b(false),
            i(0),
            i(0),
            b(false),
            i(-1),
        ],
    )
}

// ---------------------------------------------------------------------------------------------
// Functions

fn positional<'a>(args: &'a [Value], kwnames: &[Value]) -> &'a [Value] {
    &args[..args.len().saturating_sub(kwnames.len())]
}

fn no_kw(name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(type_error(if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!("{name} expected at least {min} argument{}, got {n}", if min > 1 { "s" } else { "" })
    } else {
        format!("{name} expected at most {max} argument{}, got {n}", if max > 1 { "s" } else { "" })
    }))
}

fn index_arg(v: Value) -> PyResult<i64> {
    if obj::int::is_int(v) {
        return obj::int::int_as_i64(v).ok_or_else(|| exc::overflow_error("Python int too large to convert to C int"));
    }
    Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v))))
}

fn sys_exit(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    no_kw("exit", kwnames)?;
    arity("exit", args, 0, 1)?;
    let e = ops::call(vm, exc::SYSTEM_EXIT.as_value(), args, &[])?;
    Err(crate::vm::PyErr::from_instance(e))
}

fn getrecursionlimit(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    no_kw("getrecursionlimit", kwnames)?;
    arity("getrecursionlimit", args, 0, 0)?;
    Ok(obj::int::int_from_i64(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    no_kw("setrecursionlimit", kwnames)?;
    arity("setrecursionlimit", args, 1, 1)?;
    let n = index_arg(args[0])?;
    if n < 1 {
        return Err(value_error("recursion limit must be greater or equal than 1"));
    }
    if n > i64::from(i32::MAX) {
        return Err(exc::overflow_error("Python int too large to convert to C int"));
    }
    if (n as usize) <= vm.depth {
        return Err(exc::recursion_error(format!(
            "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
            vm.depth
        )));
    }
    vm.recursion_limit = n as usize;
    Ok(none())
}

/// An approximation of CPython 3.11's `sys.getsizeof` for the common built-in types.
pub fn approx_sizeof(vm: &mut Vm, v: Value) -> PyResult<i64> {
    if v.is_float() {
        return Ok(24);
    }
    if v.is_exact(&obj::BOOL_TYPE) {
        return Ok(28);
    }
    if obj::int::is_int(v) {
        let big = obj::int::int_as_big(v).unwrap_or_default();
        let bits = big.bits();
        let digits = bits.div_ceil(30).max(1) as i64;
        return Ok(24 + 4 * digits);
    }
    if v.is_none() {
        return Ok(16);
    }
    if obj::str::is_str(v) {
        let so = obj::str::str_obj(v);
        let max = so.to_string_lossy().chars().map(|c| c as u32).max().unwrap_or(0);
        let n = so.char_len as i64;
        return Ok(if max < 0x80 {
            49 + n
        } else if max < 0x100 {
            73 + n
        } else if max < 0x10000 {
            74 + 2 * n
        } else {
            76 + 4 * n
        });
    }
    if v.ty().has_flag(TypeFlags::BYTES_SUBCLASS) {
        return Ok(33 + ops::len(vm, v)? as i64);
    }
    if tuple::is_tuple(v) {
        return Ok(40 + 8 * tuple::items(v).len() as i64);
    }
    if obj::list::is_list(v) {
        return Ok(56 + 8 * obj::list::items(v).capacity() as i64);
    }
    if dict::is_dict(v) {
        let n = dict::len(v);
        return Ok(if n == 0 { 64 } else { 184 + 112 * (n.saturating_sub(1) / 5) as i64 });
    }
    if exc::is_exception(v) {
        return Ok(88);
    }
    let _ = vm;
    Ok(16 + if ops::has_instance_dict(v) { 32 } else { 0 })
}

fn getsizeof(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let pos = positional(args, kwnames);
    let mut default = Value::NULL;
    for (k, v) in kwnames.iter().zip(&args[pos.len()..]) {
        match obj::str::as_str(*k) {
            Some("default") => default = *v,
            Some(other) => return Err(type_error(format!("getsizeof() got an unexpected keyword argument '{other}'"))),
            None => return Err(type_error("keywords must be strings")),
        }
    }
    if pos.is_empty() || pos.len() > 2 {
        return Err(type_error(format!("getsizeof() takes at most 2 arguments ({} given)", args.len())));
    }
    let _ = default;
    let n = approx_sizeof(vm, pos[0])?;
    Ok(obj::int::int_from_i64(n))
}

fn intern(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    no_kw("intern", kwnames)?;
    arity("intern", args, 1, 1)?;
    let v = args[0];
    if !obj::str::is_str(v) {
        return Err(type_error(format!("intern() argument must be str, not {}", ops::type_name(v))));
    }
    if !v.is_exact(&obj::STR_TYPE) {
        return Err(type_error("can't intern str"));
    }
    Ok(obj::str::intern_value(v).new_ref())
}

fn exc_info(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    no_kw("exc_info", kwnames)?;
    arity("exc_info", args, 0, 0)?;
    let e = vm.exc_info;
    if e.is_null() || e.is_none() {
        return Ok(tuple::tuple_from_vec(vec![none(), none(), none()]));
    }
    let tb = exc::exc_obj(e).traceback.get();
    let tb = if tb.is_null() { none() } else { tb.new_ref() };
    Ok(tuple::tuple_from_vec(vec![e.ty().as_value().new_ref(), e.new_ref(), tb]))
}

fn exception(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    no_kw("exception", kwnames)?;
    arity("exception", args, 0, 0)?;
    let e = vm.exc_info;
    Ok(if e.is_null() { none() } else { e.new_ref() })
}

fn get_int_max_str_digits(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    no_kw("get_int_max_str_digits", kwnames)?;
    arity("get_int_max_str_digits", args, 0, 0)?;
    Ok(obj::int::int_from_i64(vm.int_max_str_digits as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let pos = positional(args, kwnames);
    let mut val = pos.first().copied();
    for (k, v) in kwnames.iter().zip(&args[pos.len()..]) {
        match obj::str::as_str(*k) {
            Some("maxdigits") if val.is_none() => val = Some(*v),
            Some("maxdigits") => {
                return Err(type_error("argument for set_int_max_str_digits() given by name ('maxdigits') and position (1)"))
            }
            Some(other) => {
                return Err(type_error(format!("set_int_max_str_digits() got an unexpected keyword argument '{other}'")))
            }
            None => return Err(type_error("keywords must be strings")),
        }
    }
    if pos.len() > 1 {
        return Err(type_error(format!("set_int_max_str_digits() takes at most 1 argument ({} given)", pos.len())));
    }
    let Some(v) = val else {
        return Err(type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"));
    };
    let n = index_arg(v)?;
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits = n as usize;
    Ok(none())
}

/// Write `text` to `sys.stdout` (its `write` method), or to the process's stdout when
/// `sys.stdout` is not set yet.
pub fn write_stdout(vm: &mut Vm, text: &str) -> PyResult<()> {
    write_stream(vm, "stdout", text)
}

/// Write `text` to `sys.stderr` (or the process's stderr).
pub fn write_stderr(vm: &mut Vm, text: &str) -> PyResult<()> {
    write_stream(vm, "stderr", text)
}

/// Whether `v` is this module's own `excepthook` (not one the program installed).
pub fn is_default_excepthook(v: Value) -> bool {
    v.is_exact(&obj::method::BUILTIN_FUNCTION_TYPE) && {
        // SAFETY: the type was just checked.
        let f = unsafe { v.as_ref::<obj::method::BuiltinFunction>() };
        f.def.func as usize == excepthook as *const () as usize
    }
}

/// Call `sys.<name>.flush()` when the stream exists.
pub fn flush_stream(vm: &mut Vm, name: &str) -> PyResult<()> {
    let stream = if vm.sys.is_null() { None } else { dict::get_str(obj::module::module_dict(vm.sys), obj::str::intern(name)) };
    match stream {
        Some(s) if !s.is_none() => {
            let s = Owned::from_borrowed(s);
            ops::call_method(vm, s.get(), "flush", &[])?.decref();
        }
        _ => {
            use std::io::Write;
            let _ = if name == "stdout" { std::io::stdout().flush() } else { std::io::stderr().flush() };
        }
    }
    Ok(())
}

/// Flush `sys.stdout` (before writing a traceback, as CPython does).
pub fn write_stdout_flush(vm: &mut Vm) -> PyResult<()> {
    flush_stream(vm, "stdout")
}

fn write_stream(vm: &mut Vm, name: &str, text: &str) -> PyResult<()> {
    use std::io::Write;
    let stream = if vm.sys.is_null() { None } else { dict::get_str(obj::module::module_dict(vm.sys), obj::str::intern(name)) };
    match stream {
        Some(s) if !s.is_none() => {
            let s = Owned::from_borrowed(s);
            let t = Owned::new(new_str(text));
            ops::call_method(vm, s.get(), "write", &[t.get()])?.decref();
        }
        _ => {
            if name == "stdout" {
                let _ = std::io::stdout().write_all(text.as_bytes());
            } else {
                let _ = std::io::stdout().flush();
                let _ = std::io::stderr().write_all(text.as_bytes());
            }
        }
    }
    Ok(())
}

fn displayhook(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    no_kw("displayhook", kwnames)?;
    arity("displayhook", args, 1, 1)?;
    let v = args[0];
    if v.is_none() {
        return Ok(none());
    }
    let underscore = obj::str::intern("_");
    dict::set_str(vm.builtins, underscore, none());
    let r = repr_string(vm, v)?;
    write_stdout(vm, &r)?;
    write_stdout(vm, "\n")?;
    dict::set_str(vm.builtins, underscore, v);
    Ok(none())
}

fn excepthook(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    no_kw("excepthook", kwnames)?;
    arity("excepthook", args, 3, 3)?;
    let (value, tb) = (args[1], args[2]);
    if exc::is_exception(value) && crate::objects::traceback::is_traceback(tb) {
        let e = exc::exc_obj(value);
        if e.traceback.get().is_null() {
            e.traceback.set(tb.new_ref());
        }
    }
    let mut out = String::new();
    crate::vm::traceback::print_exception(vm, value, &mut out);
    write_stderr(vm, &out)?;
    Ok(none())
}

fn getdefaultencoding(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult {
    Ok(new_str("utf-8"))
}

fn getrefcount(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    arity("getrefcount", args, 1, 1)?;
    let v = args[0];
    let n = if v.is_ptr() {
        // SAFETY: a heap value points to a live object.
        unsafe { (*v.as_ptr()).refcnt.get() }
    } else {
        1
    };
    Ok(obj::int::int_from_i64((n as i64).saturating_add(1)))
}

fn is_finalizing(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult {
    Ok(obj::bool_value(false))
}

fn audit(_vm: &mut Vm, _args: &[Value], _kw: &[Value]) -> PyResult {
    Ok(none())
}

/// `sys._getframe([depth])`: a snapshot of the calling frame (or one `depth` levels up) with
/// `f_code`, `f_lineno`, `f_globals` (`f_back` is None).
fn getframe(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    no_kw("_getframe", kwnames)?;
    arity("_getframe", args, 0, 1)?;
    let mut depth = match args.first() {
        Some(&d) => index_arg(d)?,
        None => 0,
    };
    let mut f = vm.frame;
    while depth > 0 && !f.is_null() {
        // SAFETY: frames on the VM's chain are live while Python code runs.
        f = unsafe { (*f).prev };
        depth -= 1;
    }
    if f.is_null() {
        return Err(value_error("call stack is not deep enough"));
    }
    // SAFETY: as above; a live frame's code object outlives it.
    let (code, globals, pc) = unsafe { ((*f).code, (*f).globals, (*f).pc) };
    // SAFETY: `code` points to the frame's live code object.
    let co = unsafe { &*code };
    let instr = pc.saturating_sub(1);
    let lineno = co.unit.locations.get(instr as usize).map_or(0, |l| l.lineno);
    Ok(crate::objects::traceback::new_frame_snapshot(Value::from_ptr(code), globals, lineno, instr))
}

static FUNCTIONS: [MethodDef; 18] = [
    MethodDef::static_("exit", sys_exit),
    MethodDef::static_("getrecursionlimit", getrecursionlimit),
    MethodDef::static_("setrecursionlimit", setrecursionlimit),
    MethodDef::static_("getsizeof", getsizeof),
    MethodDef::static_("intern", intern),
    MethodDef::static_("exc_info", exc_info),
    MethodDef::static_("exception", exception),
    MethodDef::static_("get_int_max_str_digits", get_int_max_str_digits),
    MethodDef::static_("set_int_max_str_digits", set_int_max_str_digits),
    MethodDef::static_("displayhook", displayhook),
    MethodDef::static_("excepthook", excepthook),
    MethodDef::static_("getdefaultencoding", getdefaultencoding),
    MethodDef::static_("getfilesystemencoding", getdefaultencoding),
    MethodDef::static_("getrefcount", getrefcount),
    MethodDef::static_("is_finalizing", is_finalizing),
    MethodDef::static_("audit", audit),
    MethodDef::static_("_getframe", getframe),
    MethodDef::static_("addaudithook", audit),
];

/// Build the `sys` module with `sys.argv = argv` and `sys.path = [the script's directory]`
/// (CPython's `sys.path[0]`: the absolute directory of `argv[0]`, or `''` for `-c`/no script);
/// see `make_sys_module_with_path`.
pub fn make_sys_module(vm: &mut Vm, argv: &[String]) -> Value {
    let first = match argv.first().map(String::as_str) {
        None | Some("") | Some("-c") | Some("-") => String::new(),
        Some(script) => {
            let p = std::path::Path::new(script);
            let abs = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| p.to_path_buf()) };
            abs.parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default()
        }
    };
    make_sys_module_with_path(vm, argv, &[first])
}

/// Build the `sys` module, store it in `vm.sys` and `sys.modules['sys']`, and return it (a
/// new reference). `argv` becomes `sys.argv`; `path` is `sys.path`'s initial entries (the
/// script's directory first, then the standard library), chosen by the caller.
pub fn make_sys_module_with_path(vm: &mut Vm, argv: &[String], path: &[String]) -> Value {
    let m = obj::module::new_module("sys");
    let d = obj::module::module_dict(m);
    let set = |k: &str, v: Value| {
        dict::set_str(d, obj::str::intern(k), v);
        v.decref();
    };
    let strs = |items: &[String]| obj::list::list_from_vec(items.iter().map(|a| new_str(a)).collect());
    let modname = obj::str::intern("sys");
    for def in FUNCTIONS.iter() {
        set(def.name, obj::method::new_builtin_function(def, modname));
    }
    for (alias, name) in [("__displayhook__", "displayhook"), ("__excepthook__", "excepthook")] {
        if let Some(f) = dict::get_str(d, obj::str::intern(name)) {
            dict::set_str(d, obj::str::intern(alias), f);
        }
    }
    set("argv", strs(argv));
    set("orig_argv", strs(argv));
    set("path", strs(path));
    dict::set_str(d, obj::str::intern("modules"), vm.modules);
    set("version", new_str(VERSION));
    set("version_info", version_info());
    set("hexversion", Value::small_int(HEXVERSION));
    set("api_version", Value::small_int(1013));
    let vi = version_info();
    let imp = new_namespace(&[
        ("name", new_str("pyjit")),
        ("cache_tag", new_str("pyjit-311")),
        ("version", vi),
        ("hexversion", Value::small_int(HEXVERSION)),
        ("_multiarch", new_str("x86_64-linux-gnu")),
    ]);
    vi.decref();
    set("implementation", imp);
    set("platform", new_str("linux"));
    set("byteorder", new_str(if cfg!(target_endian = "little") { "little" } else { "big" }));
    set("maxsize", obj::int::int_from_i64(i64::MAX));
    set("maxunicode", Value::small_int(0x10FFFF));
    set("float_info", float_info());
    set("int_info", int_info());
    set("hash_info", hash_info());
    set("float_repr_style", new_str("short"));
    set("flags", flags(vm));
    let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    set("executable", new_str(&exe));
    set("_base_executable", new_str(&exe));
    for k in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        set(k, new_str("/usr/local"));
    }
    set("platlibdir", new_str("lib"));
    set("abiflags", new_str(""));
    // pyjit's own line: it is not CPython, so it does not repeat CPython's notice.
    set("copyright", new_str("pyjit: a Python 3.11 implementation with a Cranelift JIT."));
    for k in ["stdin", "stdout", "stderr", "__stdin__", "__stdout__", "__stderr__"] {
        dict::set_str(d, obj::str::intern(k), none());
    }
    let dwb = std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty());
    dict::set_str(d, obj::str::intern("dont_write_bytecode"), obj::bool_value(dwb));
    dict::set_str(d, obj::str::intern("pycache_prefix"), none());
    set("warnoptions", obj::list::new_list(&[]));
    set("_xoptions", dict::new_dict());
    set("meta_path", obj::list::new_list(&[]));
    set("path_hooks", obj::list::new_list(&[]));
    set("path_importer_cache", dict::new_dict());
    let names = ["_io", "builtins", "sys"];
    set("builtin_module_names", tuple::tuple_from_vec(names.iter().map(|n| new_str(n)).collect()));
    dict::set_str(vm.modules, modname, m);
    if !vm.sys.is_null() {
        vm.sys.decref();
    }
    vm.sys = m.new_ref();
    m
}

/// Install the standard streams (`sys.stdin/stdout/stderr` and their `__x__` originals),
/// once the I/O layer has made them (borrowed values).
pub fn set_std_streams(vm: &mut Vm, stdin: Value, stdout: Value, stderr: Value) {
    if vm.sys.is_null() {
        return;
    }
    let d = obj::module::module_dict(vm.sys);
    for (names, v) in [(["stdin", "__stdin__"], stdin), (["stdout", "__stdout__"], stdout), (["stderr", "__stderr__"], stderr)] {
        for n in names {
            dict::set_str(d, obj::str::intern(n), v);
        }
    }
}

#[cfg(test)]
mod tests;
