//! Python function objects (`def`, `lambda`): code + globals + defaults + closure, argument
//! binding into a new frame's slots with CPython's error messages, and the function type's
//! slots (call, `__get__` making bound methods, attributes).

use super::code::{code_obj, CodeObject};
use super::object::ObjHeader;
use super::str::{new_str, str_eq, str_obj};
use super::typeobj::{GetSetDef, Slots, TypeFlags, TypeObject};
use super::value::Value;
use crate::bytecode::CodeFlags;
use crate::objects::exceptions::type_error;
use crate::vm::{PyResult, Vm};
use std::cell::Cell;

#[repr(C)]
pub struct FunctionObject {
    pub header: ObjHeader,
    /// `__code__` (a CodeObject; owned).
    pub code: Cell<Value>,
    /// `__globals__` and the builtins dict resolved when the function was made (owned).
    pub globals: Value,
    pub builtins: Value,
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    /// `__defaults__` (tuple or NULL), `__kwdefaults__` (dict or NULL).
    pub defaults: Cell<Value>,
    pub kwdefaults: Cell<Value>,
    /// `__closure__` (tuple of cells or NULL).
    pub closure: Value,
    pub doc: Cell<Value>,
    pub annotations: Cell<Value>,
    pub module: Cell<Value>,
    /// `__dict__` (NULL until used).
    pub dict: Cell<Value>,
}

impl Drop for FunctionObject {
    fn drop(&mut self) {
        for v in [
            self.code.get(),
            self.globals,
            self.builtins,
            self.name.get(),
            self.qualname.get(),
            self.defaults.get(),
            self.kwdefaults.get(),
            self.closure,
            self.doc.get(),
            self.annotations.get(),
            self.module.get(),
            self.dict.get(),
        ] {
            v.decref();
        }
    }
}

#[inline(always)]
pub fn func_obj<'a>(v: Value) -> &'a FunctionObject {
    // SAFETY: callers pass function objects.
    unsafe { v.as_ref::<FunctionObject>() }
}

#[inline(always)]
pub fn is_function(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&FUNCTION_TYPE)
}

/// Make a function (MAKE_FUNCTION): takes over the references in `defaults`, `kwdefaults`,
/// `annotations`, `closure` (each may be NULL); borrows `code` and `globals`.
pub fn new_function(vm: &Vm, code: Value, globals: Value, defaults: Value, kwdefaults: Value, annotations: Value, closure: Value) -> Value {
    let co = code_obj(code);
    code.incref();
    globals.incref();
    let builtins = builtins_for(vm, globals);
    let doc = match co.unit.consts.first() {
        Some(crate::bytecode::Const::Str(_)) => co.consts[0].new_ref(),
        _ => super::none(),
    };
    let module = match super::dict::get_str(globals, super::str::intern("__name__")) {
        Some(m) => m.new_ref(),
        None => Value::NULL,
    };
    co.name.incref();
    co.qualname.incref();
    super::gc::alloc_gc(FunctionObject {
        header: ObjHeader::new(&FUNCTION_TYPE),
        code: Cell::new(code),
        globals,
        builtins,
        name: Cell::new(co.name),
        qualname: Cell::new(co.qualname),
        defaults: Cell::new(defaults),
        kwdefaults: Cell::new(kwdefaults),
        closure,
        doc: Cell::new(doc),
        annotations: Cell::new(annotations),
        module: Cell::new(module),
        dict: Cell::new(Value::NULL),
    })
}

/// The builtins dict for code running with `globals`: `globals['__builtins__']` (a module's
/// dict or a dict), else the VM's.
pub fn builtins_for(vm: &Vm, globals: Value) -> Value {
    if let Some(b) = super::dict::get_str(globals, super::str::intern("__builtins__")) {
        if super::dict::is_dict(b) {
            return b.new_ref();
        }
        if super::module::is_module(b) {
            return super::module::module_dict(b).new_ref();
        }
    }
    vm.builtins.new_ref()
}

/// The name used in argument errors: `__qualname__`.
fn qualname_str(f: &FunctionObject) -> String {
    str_obj(f.qualname.get()).to_string_lossy().into_owned()
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// "'a', 'b' and 'c'"
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// Bind a call's arguments into a new frame's slots (all NULL on entry) following CPython's
/// rules: positional, keyword, `*args`, `**kwargs`, defaults, keyword-only defaults.
/// `args` = positional values then keyword values named by `kwnames` (borrowed).
pub fn bind_args(vm: &mut Vm, func: Value, args: &[Value], kwnames: &[Value], slots: *mut Value) -> PyResult<()> {
    let f = func_obj(func);
    let co: &CodeObject = code_obj(f.code.get());
    let u = &co.unit;
    let argcount = u.argcount as usize;
    let posonly = u.posonlyargcount as usize;
    let kwonly = u.kwonlyargcount as usize;
    let total = argcount + kwonly;
    let nargs = args.len() - kwnames.len();
    let has_varargs = u.flags & CodeFlags::VARARGS != 0;
    let has_varkw = u.flags & CodeFlags::VARKEYWORDS != 0;
    if kwnames.is_empty() && nargs == argcount && kwonly == 0 && !has_varargs && !has_varkw {
        // Exactly the positional parameters: copy them.
        for (i, &a) in args.iter().enumerate() {
            a.incref();
            // SAFETY: the frame has at least argcount slots.
            unsafe { *slots.add(i) = a };
        }
        return Ok(());
    }
    // SAFETY (for every slot write below): the frame has nlocalsplus >= total + 2 slots when
    // the flags say so; indices are below `total` or the *args/**kwargs slots.
    let set = |i: usize, v: Value| unsafe { *slots.add(i) = v };
    let get = |i: usize| unsafe { *slots.add(i) };

    let kwdict = if has_varkw {
        let d = super::dict::new_dict();
        set(total + has_varargs as usize, d);
        d
    } else {
        Value::NULL
    };
    let n = nargs.min(argcount);
    for (i, &a) in args[..n].iter().enumerate() {
        a.incref();
        set(i, a);
    }
    if has_varargs {
        let t = super::tuple::new_tuple(&args[n..nargs]);
        set(total, t);
    } else if nargs > argcount {
        return Err(too_many_positional(f, co, nargs, args, kwnames, slots));
    }
    // Keyword arguments.
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (k, &name) in kwnames.iter().enumerate() {
        let value = args[nargs + k];
        let names = &co.localsplusnames;
        let mut idx = None;
        for (i, &n) in names.iter().enumerate().take(total).skip(posonly) {
            if n == name {
                idx = Some(i);
                break;
            }
        }
        if idx.is_none() {
            for (i, &n) in names.iter().enumerate().take(total).skip(posonly) {
                if str_eq(n, name) {
                    idx = Some(i);
                    break;
                }
            }
        }
        match idx {
            Some(i) => {
                if !get(i).is_null() {
                    return Err(type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname_str(f),
                        str_obj(name).to_string_lossy()
                    )));
                }
                value.incref();
                set(i, value);
            }
            None => {
                if !kwdict.is_null() {
                    super::dict::set(vm, kwdict, name, value)?;
                    continue;
                }
                if names.iter().take(posonly).any(|&n| str_eq(n, name)) {
                    posonly_as_kw.push(str_obj(name).to_string_lossy().into_owned());
                    continue;
                }
                return Err(type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    qualname_str(f),
                    str_obj(name).to_string_lossy()
                )));
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname_str(f),
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for missing positional parameters.
    if nargs < argcount {
        let defaults = f.defaults.get();
        let ndef = if defaults.is_null() { 0 } else { super::tuple::items(defaults).len() };
        let first_default = argcount.saturating_sub(ndef);
        let mut missing = Vec::new();
        for i in nargs..argcount {
            if get(i).is_null() {
                if i >= first_default {
                    let d = super::tuple::items(defaults)[i - first_default];
                    d.incref();
                    set(i, d);
                } else {
                    missing.push(str_obj(co.localsplusnames[i]).to_string_lossy().into_owned());
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required positional {}: {}",
                qualname_str(f),
                missing.len(),
                if missing.len() == 1 { "argument" } else { "arguments" },
                name_list(&missing)
            )));
        }
    }
    // Keyword-only defaults.
    if kwonly > 0 {
        let kwdefaults = f.kwdefaults.get();
        let mut missing = Vec::new();
        for i in argcount..total {
            if get(i).is_null() {
                let name = co.localsplusnames[i];
                let d = if kwdefaults.is_null() { None } else { super::dict::get(vm, kwdefaults, name)? };
                match d {
                    Some(d) => {
                        d.incref();
                        set(i, d);
                    }
                    None => missing.push(str_obj(name).to_string_lossy().into_owned()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(type_error(format!(
                "{}() missing {} required keyword-only {}: {}",
                qualname_str(f),
                missing.len(),
                if missing.len() == 1 { "argument" } else { "arguments" },
                name_list(&missing)
            )));
        }
    }
    Ok(())
}

#[cold]
fn too_many_positional(f: &FunctionObject, co: &CodeObject, nargs: usize, args: &[Value], kwnames: &[Value], slots: *mut Value) -> crate::vm::PyErr {
    let u = &co.unit;
    let argcount = u.argcount as usize;
    let defaults = f.defaults.get();
    let ndef = if defaults.is_null() { 0 } else { super::tuple::items(defaults).len() };
    let takes = if ndef > 0 {
        format!("from {} to {} positional arguments", argcount - ndef, argcount)
    } else {
        plural(argcount, "positional argument", "positional arguments")
    };
    // Keyword-only arguments given by keyword are mentioned.
    let total = argcount + u.kwonlyargcount as usize;
    let mut kwonly_given = 0;
    for i in argcount..total {
        // SAFETY: i < total <= nlocalsplus.
        if !unsafe { *slots.add(i) }.is_null() || kwnames.iter().any(|&n| str_eq(n, co.localsplusnames[i])) {
            kwonly_given += 1;
        }
    }
    let _ = args;
    let given = if kwonly_given > 0 {
        format!(
            "{} positional {} (and {} keyword-only {}) were given",
            nargs,
            if nargs == 1 { "argument" } else { "arguments" },
            kwonly_given,
            if kwonly_given == 1 { "argument" } else { "arguments" }
        )
    } else if nargs == 1 {
        "1 was given".to_string()
    } else {
        format!("{nargs} were given")
    };
    type_error(format!("{}() takes {takes} but {given}", qualname_str(f)))
}

fn func_call(vm: &mut Vm, f: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    crate::vm::interp::call_function(vm, f, args, kwnames)
}

fn func_repr(_vm: &mut Vm, f: Value) -> PyResult {
    let fo = func_obj(f);
    Ok(new_str(&format!("<function {} at {:#x}>", qualname_str(fo), f.bits())))
}

fn func_descr_get(_vm: &mut Vm, f: Value, obj: Value, _ty: Value) -> PyResult {
    if obj.is_null() {
        return Ok(f.new_ref());
    }
    Ok(crate::objects::bound_method_hook::new_bound_method(f, obj))
}

macro_rules! cell_getset {
    ($get:ident, $set:ident, $field:ident, $none_if_null:expr) => {
        fn $get(_vm: &mut Vm, f: Value) -> PyResult {
            let v = func_obj(f).$field.get();
            Ok(if v.is_null() { $none_if_null } else { v.new_ref() })
        }
        fn $set(_vm: &mut Vm, f: Value, v: Value) -> PyResult<()> {
            let new = if v.is_null() || v.is_none() { Value::NULL } else { v.new_ref() };
            func_obj(f).$field.replace(new).decref();
            Ok(())
        }
    };
}

cell_getset!(get_defaults, set_defaults, defaults, super::none());
cell_getset!(get_kwdefaults, set_kwdefaults, kwdefaults, super::none());
cell_getset!(get_doc, set_doc, doc, super::none());
cell_getset!(get_module, set_module, module, super::none());

fn get_name(_vm: &mut Vm, f: Value) -> PyResult {
    Ok(func_obj(f).name.get().new_ref())
}
fn set_name(_vm: &mut Vm, f: Value, v: Value) -> PyResult<()> {
    if !super::str::is_str(v) {
        return Err(type_error("__name__ must be set to a string object"));
    }
    func_obj(f).name.replace(v.new_ref()).decref();
    Ok(())
}
fn get_qualname(_vm: &mut Vm, f: Value) -> PyResult {
    Ok(func_obj(f).qualname.get().new_ref())
}
fn set_qualname(_vm: &mut Vm, f: Value, v: Value) -> PyResult<()> {
    if !super::str::is_str(v) {
        return Err(type_error("__qualname__ must be set to a string object"));
    }
    func_obj(f).qualname.replace(v.new_ref()).decref();
    Ok(())
}
fn get_code(_vm: &mut Vm, f: Value) -> PyResult {
    Ok(func_obj(f).code.get().new_ref())
}
fn get_globals(_vm: &mut Vm, f: Value) -> PyResult {
    Ok(func_obj(f).globals.new_ref())
}
fn get_closure(_vm: &mut Vm, f: Value) -> PyResult {
    let c = func_obj(f).closure;
    Ok(if c.is_null() { super::none() } else { c.new_ref() })
}
fn get_annotations(_vm: &mut Vm, f: Value) -> PyResult {
    let fo = func_obj(f);
    let a = fo.annotations.get();
    if a.is_null() || a.is_none() {
        let d = super::dict::new_dict();
        fo.annotations.replace(d.new_ref()).decref();
        return Ok(d);
    }
    if super::tuple::is_tuple(a) {
        // MAKE_FUNCTION's annotations tuple: (name, value, name, value, ...).
        let d = super::dict::new_dict();
        for pair in super::tuple::items(a).chunks(2) {
            if let [k, v] = pair {
                super::dict::set_str(d, *k, *v);
            }
        }
        fo.annotations.replace(d.new_ref()).decref();
        return Ok(d);
    }
    Ok(a.new_ref())
}
fn set_annotations(_vm: &mut Vm, f: Value, v: Value) -> PyResult<()> {
    func_obj(f).annotations.replace(if v.is_null() { Value::NULL } else { v.new_ref() }).decref();
    Ok(())
}

static FUNCTION_GETSETS: [GetSetDef; 11] = [
    GetSetDef { name: "__dict__", get: super::instance::get_dict, set: Some(super::instance::set_dict) },
    GetSetDef { name: "__name__", get: get_name, set: Some(set_name) },
    GetSetDef { name: "__qualname__", get: get_qualname, set: Some(set_qualname) },
    GetSetDef { name: "__defaults__", get: get_defaults, set: Some(set_defaults) },
    GetSetDef { name: "__kwdefaults__", get: get_kwdefaults, set: Some(set_kwdefaults) },
    GetSetDef { name: "__doc__", get: get_doc, set: Some(set_doc) },
    GetSetDef { name: "__module__", get: get_module, set: Some(set_module) },
    GetSetDef { name: "__code__", get: get_code, set: None },
    GetSetDef { name: "__globals__", get: get_globals, set: None },
    GetSetDef { name: "__closure__", get: get_closure, set: None },
    GetSetDef { name: "__annotations__", get: get_annotations, set: Some(set_annotations) },
];

fn func_traverse(f: Value, visit: &mut dyn FnMut(Value)) {
    let fo = func_obj(f);
    for v in [
        fo.code.get(),
        fo.globals,
        fo.builtins,
        fo.defaults.get(),
        fo.kwdefaults.get(),
        fo.closure,
        fo.doc.get(),
        fo.annotations.get(),
        fo.module.get(),
        fo.dict.get(),
    ] {
        if !v.is_null() {
            visit(v);
        }
    }
}

fn func_clear(f: Value) {
    let fo = func_obj(f);
    for c in [&fo.defaults, &fo.kwdefaults, &fo.doc, &fo.annotations, &fo.module, &fo.dict] {
        c.replace(Value::NULL).decref();
    }
}

pub static FUNCTION_TYPE: TypeObject = TypeObject::new_static(
    "function",
    Some(&super::OBJECT_TYPE),
    TypeFlags::HAS_DICT | TypeFlags::HAVE_GC,
    Slots {
        dealloc: super::gc::dealloc_gc::<FunctionObject>,
        traverse: Some(func_traverse),
        clear: Some(func_clear),
        call: Some(func_call),
        repr: Some(func_repr),
        descr_get: Some(func_descr_get),
        hash: Some(|_, v| Ok(crate::vm::ops::identity_hash(v))),
        ..Slots::EMPTY
    },
    &[],
    &FUNCTION_GETSETS,
)
.with_dictoffset(std::mem::offset_of!(FunctionObject, dict));
