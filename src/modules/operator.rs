//! The `operator` module (CPython's `_operator`): the operators as functions, dispatching
//! through `crate::vm::ops` so their semantics match the interpreter's.

use crate::builtins::args;
use crate::objects::exceptions::{type_error, value_error};
use crate::objects::method::new_builtin_function;
use crate::objects::typeobj::{CmpOp, MethodDef, UnOp};
use crate::objects::{self as obj, dict, int::int_from_i64, Value};
use crate::vm::{ops, PyResult, Vm};

/// Reject keywords with `_operator.name()`'s message.
#[inline]
fn no_kw(name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("_operator.{name}() takes no keyword arguments")))
    }
}

/// Exactly two positional arguments (Argument Clinic's `name expected 2 arguments, got N`).
#[inline]
fn two(name: &str, a: &[Value], k: &[Value]) -> PyResult<(Value, Value)> {
    no_kw(name, k)?;
    match a {
        [x, y] => Ok((*x, *y)),
        _ => Err(type_error(format!("{name} expected 2 arguments, got {}", a.len()))),
    }
}

/// Exactly one positional argument (METH_O's message).
#[inline]
fn one(name: &str, a: &[Value], k: &[Value]) -> PyResult<Value> {
    no_kw(name, k)?;
    match a {
        [x] => Ok(*x),
        _ => Err(type_error(format!("_operator.{name}() takes exactly one argument ({} given)", a.len()))),
    }
}

macro_rules! binop {
    ($($f:ident, $name:literal, $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
            let (x, y) = two($name, a, k)?;
            ops::binary_op(vm, x, y, $op)
        }
    )*};
}

// BINARY_OP numbering: + & // << @ * % | ** >> - / ^, in-place = op + 13.
binop! {
    op_add, "add", 0; op_and, "and_", 1; op_floordiv, "floordiv", 2; op_lshift, "lshift", 3;
    op_matmul, "matmul", 4; op_mul, "mul", 5; op_mod, "mod", 6; op_or, "or_", 7; op_pow, "pow", 8;
    op_rshift, "rshift", 9; op_sub, "sub", 10; op_truediv, "truediv", 11; op_xor, "xor", 12;
    op_iadd, "iadd", 13; op_iand, "iand", 14; op_ifloordiv, "ifloordiv", 15; op_ilshift, "ilshift", 16;
    op_imatmul, "imatmul", 17; op_imul, "imul", 18; op_imod, "imod", 19; op_ior, "ior", 20; op_ipow, "ipow", 21;
    op_irshift, "irshift", 22; op_isub, "isub", 23; op_itruediv, "itruediv", 24; op_ixor, "ixor", 25;
}

macro_rules! cmpop {
    ($($f:ident, $name:literal, $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
            let (x, y) = two($name, a, k)?;
            ops::rich_compare(vm, x, y, $op)
        }
    )*};
}

cmpop! {
    op_lt, "lt", CmpOp::Lt; op_le, "le", CmpOp::Le; op_eq, "eq", CmpOp::Eq;
    op_ne, "ne", CmpOp::Ne; op_gt, "gt", CmpOp::Gt; op_ge, "ge", CmpOp::Ge;
}

macro_rules! unop {
    ($($f:ident, $name:literal, $op:expr;)*) => {$(
        fn $f(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
            let x = one($name, a, k)?;
            ops::unary(vm, x, $op)
        }
    )*};
}

unop! {
    op_neg, "neg", UnOp::Neg; op_pos, "pos", UnOp::Pos; op_abs, "abs", UnOp::Abs;
    op_inv, "inv", UnOp::Invert; op_invert, "invert", UnOp::Invert;
}

fn op_not(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let x = one("not_", a, k)?;
    Ok(obj::bool_value(!ops::is_true(vm, x)?))
}
fn op_truth(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let x = one("truth", a, k)?;
    Ok(obj::bool_value(ops::is_true(vm, x)?))
}
fn op_is(_vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (x, y) = two("is_", a, k)?;
    Ok(obj::bool_value(x == y))
}
fn op_is_not(_vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (x, y) = two("is_not", a, k)?;
    Ok(obj::bool_value(x != y))
}
fn op_index(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let x = one("index", a, k)?;
    obj::int::index_of(vm, x)
}

/// CPython's PySequence_Check: an item slot and not a dict.
fn is_sequence(v: Value) -> bool {
    v.ty().slots().getitem.is_some() && !dict::is_dict(v)
}

fn concat_impl(vm: &mut Vm, name: &str, a: &[Value], k: &[Value], op: u8) -> PyResult {
    let (x, y) = two(name, a, k)?;
    if !is_sequence(x) {
        return Err(type_error(format!("'{}' object can't be concatenated", ops::type_name(x))));
    }
    ops::binary_op(vm, x, y, op)
}
fn op_concat(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    concat_impl(vm, "concat", a, k, 0)
}
fn op_iconcat(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    concat_impl(vm, "iconcat", a, k, 13)
}
fn op_contains(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (x, y) = two("contains", a, k)?;
    Ok(obj::bool_value(ops::contains(vm, x, y)?))
}

/// Walk `seq` comparing each item with `item`; `stop_first` returns the first index.
fn scan(vm: &mut Vm, seq: Value, item: Value, stop_first: bool) -> PyResult<Option<i64>> {
    let it = ops::iter(vm, seq)?;
    let mut n: i64 = 0;
    let mut i: i64 = 0;
    let r = loop {
        match ops::next(vm, it) {
            Ok(Some(x)) => {
                let e = ops::eq(vm, x, item);
                x.decref();
                match e {
                    Ok(true) => {
                        if stop_first {
                            break Ok(Some(i));
                        }
                        n += 1;
                    }
                    Ok(false) => {}
                    Err(e) => break Err(e),
                }
                i += 1;
            }
            Ok(None) => break Ok(if stop_first { None } else { Some(n) }),
            Err(e) => break Err(e),
        }
    };
    it.decref();
    r
}
fn op_count_of(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (x, y) = two("countOf", a, k)?;
    Ok(int_from_i64(scan(vm, x, y, false)?.unwrap_or(0)))
}
fn op_index_of(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (x, y) = two("indexOf", a, k)?;
    match scan(vm, x, y, true)? {
        Some(i) => Ok(int_from_i64(i)),
        None => Err(value_error("sequence.index(x): x not in sequence")),
    }
}
fn op_getitem(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (x, y) = two("getitem", a, k)?;
    ops::getitem(vm, x, y)
}
fn op_setitem(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    no_kw("setitem", k)?;
    match a {
        [x, y, z] => {
            ops::setitem(vm, *x, *y, *z)?;
            Ok(obj::none())
        }
        _ => Err(type_error(format!("setitem expected 3 arguments, got {}", a.len()))),
    }
}
fn op_delitem(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let (x, y) = two("delitem", a, k)?;
    ops::setitem(vm, x, y, Value::NULL)?;
    Ok(obj::none())
}
fn op_length_hint(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    no_kw("length_hint", k)?;
    args::check_count("length_hint", a.len(), 1, 2)?;
    let o = a[0];
    let default = match a.get(1) {
        Some(&d) => {
            if !obj::int::is_int(d) {
                return Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(d))));
            }
            obj::int::as_i64_checked(vm, d)?
        }
        None => 0,
    };
    let n = obj::iterators::length_hint(vm, o, default)?;
    Ok(int_from_i64(n))
}
fn op_call(vm: &mut Vm, a: &[Value], k: &[Value]) -> PyResult {
    let npos = a.len().saturating_sub(k.len());
    if npos == 0 {
        return Err(type_error("call expected at least 1 argument, got 0"));
    }
    ops::call(vm, a[0], &a[1..], k)
}

static FUNCTIONS: [MethodDef; 52] = [
    MethodDef::method("lt", op_lt),
    MethodDef::method("le", op_le),
    MethodDef::method("eq", op_eq),
    MethodDef::method("ne", op_ne),
    MethodDef::method("ge", op_ge),
    MethodDef::method("gt", op_gt),
    MethodDef::method("not_", op_not),
    MethodDef::method("truth", op_truth),
    MethodDef::method("is_", op_is),
    MethodDef::method("is_not", op_is_not),
    MethodDef::method("abs", op_abs),
    MethodDef::method("add", op_add),
    MethodDef::method("and_", op_and),
    MethodDef::method("floordiv", op_floordiv),
    MethodDef::method("index", op_index),
    MethodDef::method("inv", op_inv),
    MethodDef::method("invert", op_invert),
    MethodDef::method("lshift", op_lshift),
    MethodDef::method("mod", op_mod),
    MethodDef::method("mul", op_mul),
    MethodDef::method("matmul", op_matmul),
    MethodDef::method("neg", op_neg),
    MethodDef::method("or_", op_or),
    MethodDef::method("pos", op_pos),
    MethodDef::method("pow", op_pow),
    MethodDef::method("rshift", op_rshift),
    MethodDef::method("sub", op_sub),
    MethodDef::method("truediv", op_truediv),
    MethodDef::method("xor", op_xor),
    MethodDef::method("concat", op_concat),
    MethodDef::method("contains", op_contains),
    MethodDef::method("countOf", op_count_of),
    MethodDef::method("delitem", op_delitem),
    MethodDef::method("getitem", op_getitem),
    MethodDef::method("indexOf", op_index_of),
    MethodDef::method("setitem", op_setitem),
    MethodDef::method("length_hint", op_length_hint),
    MethodDef::method("call", op_call),
    MethodDef::method("iadd", op_iadd),
    MethodDef::method("iand", op_iand),
    MethodDef::method("iconcat", op_iconcat),
    MethodDef::method("ifloordiv", op_ifloordiv),
    MethodDef::method("ilshift", op_ilshift),
    MethodDef::method("imod", op_imod),
    MethodDef::method("imul", op_imul),
    MethodDef::method("imatmul", op_imatmul),
    MethodDef::method("ior", op_ior),
    MethodDef::method("ipow", op_ipow),
    MethodDef::method("irshift", op_irshift),
    MethodDef::method("isub", op_isub),
    MethodDef::method("itruediv", op_itruediv),
    MethodDef::method("ixor", op_ixor),
];

/// The functions operator.py also binds under dunder names (`__add__ = add`).
const DUNDER_ALIASES: [&str; 46] = [
    "lt", "le", "eq", "ne", "ge", "gt", "not_", "abs", "add", "and_", "floordiv", "index", "inv", "invert",
    "lshift", "mod", "mul", "matmul", "neg", "or_", "pos", "pow", "rshift", "sub", "truediv", "xor", "concat",
    "contains", "delitem", "getitem", "setitem", "call", "iadd", "iand", "iconcat", "ifloordiv", "ilshift",
    "imod", "imul", "imatmul", "ior", "ipow", "irshift", "isub", "itruediv", "ixor",
];

/// Build the `operator` module.
pub fn make_module(_vm: &mut Vm) -> PyResult {
    let m = obj::module::new_module("operator");
    let d = obj::module::module_dict(m);
    let name = obj::str::intern("operator");
    for def in FUNCTIONS.iter() {
        let f = new_builtin_function(def, name);
        dict::set_str(d, obj::str::intern(def.name), f);
        f.decref();
    }
    for &n in DUNDER_ALIASES.iter() {
        if let Some(f) = dict::get_str(d, obj::str::intern(n)) {
            let dunder = format!("__{}__", n.trim_end_matches('_'));
            dict::set_str(d, obj::str::intern(&dunder), f);
        }
    }
    for t in [&ITEMGETTER_TYPE, &ATTRGETTER_TYPE, &METHODCALLER_TYPE] {
        ready_type(t);
        dict::set_str(d, obj::str::intern(t.name()), t.as_value());
    }
    Ok(m)
}

// ---- itemgetter, attrgetter, methodcaller ----

/// An itemgetter, attrgetter or methodcaller. `items`: the keys (itemgetter), one tuple of
/// interned name parts per dotted name (attrgetter), or the call's arguments followed by the
/// keyword values (methodcaller). `name` (methodcaller's method name) and `kwnames` (a tuple)
/// are NULL for the getters.
#[repr(C)]
struct Getter {
    header: obj::ObjHeader,
    items: Value,
    name: Value,
    kwnames: Value,
}

impl Drop for Getter {
    fn drop(&mut self) {
        self.items.decref();
        if !self.name.is_null() {
            self.name.decref();
        }
        if !self.kwnames.is_null() {
            self.kwnames.decref();
        }
    }
}

fn getter<'a>(v: Value) -> &'a Getter {
    // SAFETY: only called on instances of the three types below, whose layout is Getter.
    unsafe { v.as_ref::<Getter>() }
}

fn getter_traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let g = getter(v);
    for x in [g.items, g.name, g.kwnames] {
        if !x.is_null() {
            visit(x);
        }
    }
}

fn new_getter(ty: &'static obj::TypeObject, items: Value, name: Value, kwnames: Value) -> Value {
    obj::object::alloc(Getter { header: obj::ObjHeader::new(ty), items, name, kwnames })
}

/// The single positional argument of a getter call.
fn call_arg(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match args {
        [x] => Ok(*x),
        _ => Err(type_error(format!("{name} expected 1 argument, got {}", args.len()))),
    }
}

fn itemgetter_new(_vm: &mut Vm, _ty: &obj::TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() {
        return Err(type_error("itemgetter() takes no keyword arguments"));
    }
    if args.is_empty() {
        return Err(type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(new_getter(&ITEMGETTER_TYPE, obj::tuple::new_tuple(args), Value::NULL, Value::NULL))
}

fn itemgetter_call(vm: &mut Vm, g: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let o = call_arg("itemgetter", args, kwnames)?;
    let items = obj::tuple::items(getter(g).items);
    if let [k] = items {
        return ops::getitem(vm, o, *k);
    }
    let mut out = Vec::with_capacity(items.len());
    for &k in items {
        match ops::getitem(vm, o, k) {
            Ok(x) => out.push(x),
            Err(e) => {
                for x in out {
                    x.decref();
                }
                return Err(e);
            }
        }
    }
    Ok(obj::tuple::tuple_from_vec(out))
}

/// `repr(v)` as Rust text.
fn repr_text(vm: &mut Vm, v: Value) -> PyResult<String> {
    let r = ops::repr(vm, v)?;
    let s = obj::str::as_str(r).unwrap_or("").to_string();
    r.decref();
    Ok(s)
}

/// `operator.NAME(a, b, ...)` from the reprs of `parts` (each already text).
fn getter_repr_text(vm: &mut Vm, g: Value, what: &str) -> PyResult {
    if !crate::objects::types_containers::repr_enter(g) {
        return Ok(obj::str::new_str("..."));
    }
    let r = getter_repr_inner(vm, g, what);
    crate::objects::types_containers::repr_leave(g);
    r
}

fn getter_repr_inner(vm: &mut Vm, g: Value, what: &str) -> PyResult {
    let gg = getter(g);
    let mut out = format!("operator.{what}(");
    let mut first = true;
    if !gg.name.is_null() {
        out.push_str(&repr_text(vm, gg.name)?);
        first = false;
    }
    let items = obj::tuple::items(gg.items);
    let kw = if gg.kwnames.is_null() { &[][..] } else { obj::tuple::items(gg.kwnames) };
    let npos = items.len().saturating_sub(kw.len());
    for (i, &x) in items.iter().enumerate() {
        if !first {
            out.push_str(", ");
        }
        first = false;
        if i >= npos {
            if let Some(k) = kw.get(i - npos).and_then(|&k| obj::str::as_str(k)) {
                out.push_str(k);
                out.push('=');
            }
        }
        if what == "attrgetter" {
            // A dotted name, stored as its parts.
            let parts: Vec<&str> = obj::tuple::items(x).iter().map(|&p| obj::str::as_str(p).unwrap_or("")).collect();
            let joined = obj::str::new_str(&parts.join("."));
            let t = repr_text(vm, joined);
            joined.decref();
            out.push_str(&t?);
        } else {
            out.push_str(&repr_text(vm, x)?);
        }
    }
    out.push(')');
    Ok(obj::str::new_str(&out))
}

fn itemgetter_repr(vm: &mut Vm, g: Value) -> PyResult {
    getter_repr_text(vm, g, "itemgetter")
}
fn attrgetter_repr(vm: &mut Vm, g: Value) -> PyResult {
    getter_repr_text(vm, g, "attrgetter")
}
fn methodcaller_repr(vm: &mut Vm, g: Value) -> PyResult {
    getter_repr_text(vm, g, "methodcaller")
}

fn attrgetter_new(_vm: &mut Vm, _ty: &obj::TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    if !kwnames.is_empty() {
        return Err(type_error("attrgetter() takes no keyword arguments"));
    }
    if args.is_empty() {
        return Err(type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut names = Vec::with_capacity(args.len());
    for &a in args {
        let Some(s) = obj::str::as_str(a) else {
            for n in names {
                Value::decref(n);
            }
            return Err(type_error("attribute name must be a string"));
        };
        let parts: Vec<Value> = s.split('.').map(obj::str::intern).collect();
        for &p in &parts {
            p.incref();
        }
        names.push(obj::tuple::tuple_from_vec(parts));
    }
    Ok(new_getter(&ATTRGETTER_TYPE, obj::tuple::tuple_from_vec(names), Value::NULL, Value::NULL))
}

/// Follow one dotted name's parts from `o` (new reference).
fn get_dotted(vm: &mut Vm, o: Value, parts: Value) -> PyResult {
    let mut cur = o.new_ref();
    for &p in obj::tuple::items(parts) {
        let next = ops::getattr(vm, cur, p);
        cur.decref();
        cur = next?;
    }
    Ok(cur)
}

fn attrgetter_call(vm: &mut Vm, g: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let o = call_arg("attrgetter", args, kwnames)?;
    let names = obj::tuple::items(getter(g).items);
    if let [n] = names {
        return get_dotted(vm, o, *n);
    }
    let mut out = Vec::with_capacity(names.len());
    for &n in names {
        match get_dotted(vm, o, n) {
            Ok(x) => out.push(x),
            Err(e) => {
                for x in out {
                    x.decref();
                }
                return Err(e);
            }
        }
    }
    Ok(obj::tuple::tuple_from_vec(out))
}

fn methodcaller_new(_vm: &mut Vm, _ty: &obj::TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let npos = args.len().saturating_sub(kwnames.len());
    if npos == 0 {
        return Err(type_error("methodcaller needs at least one argument, the method name"));
    }
    let name = args[0];
    if obj::str::as_str(name).is_none() {
        return Err(type_error("method name must be a string"));
    }
    let name = match obj::str::as_str(name) {
        Some(s) => obj::str::intern(s),
        None => name,
    };
    name.incref();
    Ok(new_getter(&METHODCALLER_TYPE, obj::tuple::new_tuple(&args[1..]), name, obj::tuple::new_tuple(kwnames)))
}

fn methodcaller_call(vm: &mut Vm, g: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let o = call_arg("methodcaller", args, kwnames)?;
    let gg = getter(g);
    let m = ops::getattr(vm, o, gg.name)?;
    let r = ops::call(vm, m, obj::tuple::items(gg.items), obj::tuple::items(gg.kwnames));
    m.decref();
    r
}

macro_rules! getter_type {
    ($static:ident, $name:literal, $new:ident, $call:ident, $repr:ident) => {
        static $static: obj::TypeObject = obj::TypeObject::new_static(
            $name,
            Some(&obj::OBJECT_TYPE),
            0,
            obj::typeobj::Slots {
                dealloc: obj::object::dealloc_box::<Getter>,
                traverse: Some(getter_traverse),
                repr: Some($repr),
                call: Some($call),
                new: Some($new),
                ..obj::typeobj::Slots::EMPTY
            },
            &[],
            &[],
        );
    };
}

getter_type!(ITEMGETTER_TYPE, "operator.itemgetter", itemgetter_new, itemgetter_call, itemgetter_repr);
getter_type!(ATTRGETTER_TYPE, "operator.attrgetter", attrgetter_new, attrgetter_call, attrgetter_repr);
getter_type!(METHODCALLER_TYPE, "operator.methodcaller", methodcaller_new, methodcaller_call, methodcaller_repr);

/// Fill a static type's `__dict__`, name, `__bases__` and `__mro__` the first time the module
/// is built (what startup does for the registry's types; these live outside the registry).
fn ready_type(t: &'static obj::TypeObject) {
    if !t.dict.get().is_null() {
        return;
    }
    t.dict.set(dict::new_dict());
    let short = t.static_name.rsplit('.').next().unwrap_or(t.static_name);
    t.name_obj.set(obj::str::intern(short));
    t.version.set(obj::typeobj::next_type_version());
    t.bases.set(obj::tuple::new_tuple(&[obj::OBJECT_TYPE.as_value()]));
    t.mro.set(obj::tuple::new_tuple(&[t.as_value(), obj::OBJECT_TYPE.as_value()]));
    crate::objects::method::fill_type_dict(t);
    crate::objects::slot_methods::add_slot_methods(t);
    dict::set_str(t.dict.get(), obj::str::intern("__module__"), obj::str::intern("operator"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(vm: &mut Vm, v: Value) -> String {
        let r = repr_text(vm, v).unwrap_or_default();
        v.decref();
        r
    }

    // Expected values from python3: operator.add(2, 3) == 5, operator.isub(5, 7) == -2,
    // operator.add(1) raises "add expected 2 arguments, got 1".
    #[test]
    fn functions_dispatch_and_check_arguments() {
        let mut vm = Vm::new();
        let (two_, three) = (Value::small_int(2), Value::small_int(3));
        assert_eq!(op_add(&mut vm, &[two_, three], &[]).ok().map(|v| v.as_small_int()), Some(5));
        let r = op_isub(&mut vm, &[Value::small_int(5), Value::small_int(7)], &[]);
        assert_eq!(r.ok().map(|v| v.as_small_int()), Some(-2));
        assert!(op_add(&mut vm, &[two_], &[]).is_err());
        assert_eq!(op_not(&mut vm, &[Value::small_int(0)], &[]).ok(), Some(obj::bool_value(true)));
    }

    // Expected values from python3: repr(operator.itemgetter(1, 2)) == 'operator.itemgetter(1, 2)',
    // repr(operator.attrgetter('a.b')) == "operator.attrgetter('a.b')",
    // repr(operator.methodcaller('f', 1, k=2)) == "operator.methodcaller('f', 1, k=2)".
    #[test]
    fn getter_reprs() {
        let mut vm = Vm::new();
        ready_type(&ITEMGETTER_TYPE);
        ready_type(&ATTRGETTER_TYPE);
        ready_type(&METHODCALLER_TYPE);
        let ig = itemgetter_new(&mut vm, &ITEMGETTER_TYPE, &[Value::small_int(1), Value::small_int(2)], &[]);
        let ig = ig.unwrap_or(obj::none());
        assert_eq!(text(&mut vm, ig), "operator.itemgetter(1, 2)");
        let ag = attrgetter_new(&mut vm, &ATTRGETTER_TYPE, &[obj::str::intern("a.b")], &[]).unwrap_or(obj::none());
        assert_eq!(text(&mut vm, ag), "operator.attrgetter('a.b')");
        let mc = methodcaller_new(
            &mut vm,
            &METHODCALLER_TYPE,
            &[obj::str::intern("f"), Value::small_int(1), Value::small_int(2)],
            &[obj::str::intern("k")],
        )
        .unwrap_or(obj::none());
        assert_eq!(text(&mut vm, mc), "operator.methodcaller('f', 1, k=2)");
    }
}
