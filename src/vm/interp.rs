//! The interpreter loop: executes frames instruction by instruction.
//!
//! One `execute` call runs an entry frame and every Python frame it calls: a Python-to-Python
//! call pushes the callee's frame on the data stack and continues in the same loop, and a
//! return pops it and continues in the caller, so deep Python recursion never deepens the Rust
//! stack. Native code that calls back into Python (a sort key, `__repr__`, a generator's
//! `send`) starts a nested `execute` with a new entry frame.
//!
//! Exceptions unwind through each code object's exception table (CPython 3.11's zero-cost
//! scheme); a frame without a handler is popped and the exception continues in its caller.

use super::frame::{Frame, FRAME_HEADER_WORDS};
use crate::bytecode::{CodeFlags, LocalKind, Op};
use crate::objects::code::{code_obj, CodeObject};
use crate::objects::exceptions::{self as exc, name_error, type_error};
use crate::objects::function::{bind_args, func_obj, is_function};
use crate::objects::int::{bool_value, int_from_i64};
use crate::objects::typeobj::{CmpOp, UnOp};
use crate::objects::{self as obj, dict, list, none, tuple, Value};
use crate::vm::{ops, PyErr, PyResult, Vm};

/// Allocate a frame for `code` on the data stack and make it current (linked to the running
/// frame). Takes over the references to `func`, `globals`, `builtins`, `locals`.
///
/// # Safety contract
/// The caller runs or pops the frame before anything else pushes on the data stack.
fn push_frame(vm: &mut Vm, code: &CodeObject, func: Value, globals: Value, builtins: Value, locals: Value) -> *mut Frame {
    let words = FRAME_HEADER_WORDS + code.framesize;
    let (p, mark) = vm.stack.push(words, code.nlocalsplus);
    let f = p as *mut Frame;
    Value::from_ptr(code as *const CodeObject).incref();
    // SAFETY: the block has `words` words.
    unsafe {
        Frame::init(f, code, func, globals, builtins, locals);
        (*f).stack_mark = mark;
        (*f).prev = vm.frame;
    }
    vm.frame = f;
    f
}

/// Push the frame for a call of Python function `func` (the reference to `func` is taken
/// over; globals, builtins and code are borrowed from it).
#[inline(always)]
fn push_function_frame(vm: &mut Vm, func: Value) -> *mut Frame {
    let fo = func_obj(func);
    let code = code_obj(fo.code.get());
    let words = FRAME_HEADER_WORDS + code.framesize;
    let (p, mark) = vm.stack.push(words, code.nlocalsplus);
    let f = p as *mut Frame;
    // SAFETY: the block has `words` words.
    unsafe {
        Frame::init(f, code, func, fo.globals, fo.builtins, Value::NULL);
        (*f).owns_env = false;
        (*f).stack_mark = mark;
        (*f).prev = vm.frame;
    }
    vm.frame = f;
    f
}

/// Pop the current frame (which must be on the data stack), releasing what it owns.
fn pop_frame(vm: &mut Vm, f: *mut Frame) {
    // SAFETY: f is the current, live frame.
    unsafe {
        (*f).clear();
        vm.frame = (*f).prev;
        if !(*f).in_generator {
            vm.stack.pop_block(f as *mut Value, (*f).stack_mark);
        }
    }
}

/// Run module-level (or exec/eval) code with the given namespaces.
pub fn run_code(vm: &mut Vm, code: Value, globals: Value, locals: Value) -> PyResult {
    let co = code_obj(code);
    let builtins = obj::function::builtins_for(vm, globals);
    globals.incref();
    locals.incref();
    let f = push_frame(vm, co, Value::NULL, globals, builtins, locals);
    // SAFETY: f is the frame just pushed.
    unsafe { (*f).is_entry = true };
    // Module and exec frames count toward the recursion limit, as in CPython.
    vm.depth += 1;
    let r = execute(vm, f, None);
    vm.depth -= 1;
    r
}

/// Call a Python function object from native code (the function type's call slot).
pub fn call_function(vm: &mut Vm, func: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let f = func_obj(func);
    let co = code_obj(f.code.get());
    if co.is_generator_like() {
        return crate::objects::generator::new_generator(vm, func, args, kwnames);
    }
    if vm.depth >= vm.recursion_limit {
        return Err(exc::recursion_error("maximum recursion depth exceeded"));
    }
    func.incref();
    let frame = push_function_frame(vm, func);
    // SAFETY: frame is the frame just pushed.
    let slots = unsafe { (*frame).slots() };
    if let Err(e) = bind_args(vm, func, args, kwnames, slots) {
        pop_frame(vm, frame);
        return Err(e);
    }
    // SAFETY: as above.
    unsafe { (*frame).is_entry = true };
    vm.depth += 1;
    let r = execute(vm, frame, None);
    vm.depth -= 1;
    r
}

/// See `interp_api::run_class_body`.
pub fn run_class_body(vm: &mut Vm, func: Value, locals: Value) -> PyResult {
    if !is_function(func) {
        return Err(type_error("__build_class__: func must be a function"));
    }
    let f = func_obj(func);
    let co = code_obj(f.code.get());
    func.incref();
    f.globals.incref();
    f.builtins.incref();
    locals.incref();
    let frame = push_frame(vm, co, func, f.globals, f.builtins, locals);
    // SAFETY: frame was just pushed.
    unsafe { (*frame).is_entry = true };
    vm.depth += 1;
    let r = execute(vm, frame, None);
    vm.depth -= 1;
    r
}

/// Set up (but do not run) a frame for a generator: the block is allocated by the caller
/// (the generator object) and arguments are bound into it.
///
/// # Safety
/// `block` has `FRAME_HEADER_WORDS + framesize` zeroed words and outlives the frame.
pub unsafe fn init_generator_frame(vm: &mut Vm, block: *mut Value, func: Value, args: &[Value], kwnames: &[Value]) -> PyResult<*mut Frame> {
    let f = func_obj(func);
    let co = code_obj(f.code.get());
    let frame = block as *mut Frame;
    func.incref();
    f.globals.incref();
    f.builtins.incref();
    Value::from_ptr(co as *const CodeObject).incref();
    // SAFETY: the caller provides a block of the right size.
    unsafe {
        Frame::init(frame, co, func, f.globals, f.builtins, Value::NULL);
        (*frame).in_generator = true;
        let slots = (*frame).slots();
        if let Err(e) = bind_args(vm, func, args, kwnames, slots) {
            (*frame).clear();
            return Err(e);
        }
    }
    Ok(frame)
}

/// Resume a suspended generator frame: link it as the current frame and run it until it
/// yields (`frame.yielded` is set) or returns. `throw` starts by raising that exception at
/// the frame's current instruction.
pub fn resume_frame(vm: &mut Vm, frame: *mut Frame, throw: Option<PyErr>) -> PyResult {
    // SAFETY: frame is a live generator frame not currently running.
    unsafe {
        (*frame).prev = vm.frame;
        (*frame).is_entry = true;
        (*frame).yielded = false;
    }
    vm.frame = frame;
    if vm.depth >= vm.recursion_limit {
        vm.frame = unsafe { (*frame).prev };
        return Err(exc::recursion_error("maximum recursion depth exceeded"));
    }
    vm.depth += 1;
    let r = execute(vm, frame, throw);
    vm.depth -= 1;
    r
}

#[cold]
fn unbound_local(code: &CodeObject, i: usize) -> PyErr {
    let name = obj::str::str_obj(code.localsplusnames[i]).to_string_lossy().into_owned();
    exc::unbound_local_error(format!("cannot access local variable '{name}' where it is not associated with a value"))
}

#[cold]
fn unbound_deref(code: &CodeObject, i: usize) -> PyErr {
    let name = obj::str::str_obj(code.localsplusnames[i]).to_string_lossy().into_owned();
    if code.unit.localspluskinds.get(i).is_some_and(|k| k & LocalKind::FREE != 0) {
        name_error(format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
    } else {
        exc::unbound_local_error(format!("cannot access local variable '{name}' where it is not associated with a value"))
    }
}

#[cold]
fn name_not_defined(name: Value) -> PyErr {
    let n = obj::str::str_obj(name).to_string_lossy().into_owned();
    obj::exception_types::name_error_with_name(&format!("name '{n}' is not defined"), name)
}

/// `globals[name]`, else `builtins[name]` (borrowed).
#[inline]
fn load_global(vm: &mut Vm, globals: Value, builtins: Value, name: Value) -> PyResult<Option<Value>> {
    if let Some(v) = dict::get_str(globals, name) {
        return Ok(Some(v));
    }
    if dict::is_dict(builtins) {
        return Ok(dict::get_str(builtins, name));
    }
    let _ = vm;
    Ok(None)
}

/// Turn the operand of `raise X` into an exception instance.
fn make_exception(vm: &mut Vm, x: Value) -> PyResult {
    if exc::is_exception_type(x) {
        let e = ops::call(vm, x, &[], &[])?;
        if !exc::is_exception(e) {
            let msg = format!(
                "calling {} should have returned an instance of BaseException, not {}",
                ops::repr(vm, x).map(|r| obj::str::str_obj(r).to_string_lossy().into_owned()).unwrap_or_default(),
                ops::type_name(e)
            );
            e.decref();
            return Err(type_error(msg));
        }
        return Ok(e);
    }
    if exc::is_exception(x) {
        return Ok(x.new_ref());
    }
    Err(type_error("exceptions must derive from BaseException"))
}

/// Whether exception `e` matches `except T` (T a class or tuple of classes).
fn exception_matches(e: Value, t: Value) -> PyResult<bool> {
    if tuple::is_tuple(t) {
        for &x in tuple::items(t) {
            if exception_matches(e, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !exc::is_exception_type(t) {
        return Err(type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    // SAFETY: t is a type object.
    let ty: &obj::TypeObject = unsafe { t.as_ref() };
    Ok(e.is_instance_of(ty))
}

/// Set `__context__` of a newly raised exception to the exception being handled (avoiding
/// cycles, as CPython does).
fn chain_context(vm: &Vm, e: Value) {
    let handled = vm.exc_info;
    if handled.is_null() || handled == e || !exc::is_exception(e) {
        return;
    }
    let eo = exc::exc_obj(e);
    if !eo.context.get().is_null() {
        return;
    }
    // Break a cycle: if `e` is somewhere in handled's context chain, cut it there.
    let mut o = handled;
    let mut steps = 0;
    while !o.is_null() && steps < 10_000 {
        let ctx = exc::exc_obj(o).context.get();
        if ctx == e {
            exc::exc_obj(o).context.set(Value::NULL);
            e.decref();
            break;
        }
        o = ctx;
        steps += 1;
    }
    eo.context.set(handled.new_ref());
}

/// The items of `mapping` as (key, value) references appended to `names`/`values`: for
/// `f(**mapping)` (`str_keys`: "keywords must be strings") and dict displays `{**mapping}`.
/// A dict is read directly; anything else through `keys()` and `[]`.
fn mapping_items(vm: &mut Vm, mapping: Value, str_keys: bool, names: &mut Vec<Value>, values: &mut Vec<Value>) -> PyResult<()> {
    let check = |k: Value| {
        if str_keys && !obj::str::is_str(k) {
            Err(type_error("keywords must be strings"))
        } else {
            Ok(())
        }
    };
    if obj::dict_type::merges_as_dict(mapping) {
        for (k, v) in dict::items_vec(mapping) {
            check(k)?;
            names.push(k.new_ref());
            values.push(v.new_ref());
        }
        return Ok(());
    }
    let keys = obj::Owned::new(ops::call_method(vm, mapping, "keys", &[])?);
    let keys_list = ops::collect(vm, keys.get())?;
    let mut r = Ok(());
    for k in keys_list {
        if r.is_ok() {
            r = check(k).and_then(|_| ops::getitem(vm, mapping, k)).map(|v| {
                names.push(k.new_ref());
                values.push(v);
            });
        }
        k.decref();
    }
    r
}

/// `dict.update(other)` for DICT_UPDATE / DICT_MERGE (`merge`: duplicate keys are errors).
fn dict_update(vm: &mut Vm, d: Value, other: Value, merge: bool, func: Value) -> PyResult<()> {
    let mut names = Vec::new();
    let mut values = Vec::new();
    if !dict::is_dict(other) && ops::getattr_opt(vm, other, obj::str::intern("keys"))?.map(|k| k.decref()).is_none() {
        if merge {
            let fname = func_display_name(vm, func);
            return Err(type_error(format!("{fname} argument after ** must be a mapping, not {}", ops::type_name(other))));
        }
        return Err(type_error(format!("'{}' object is not a mapping", ops::type_name(other))));
    }
    let r = (|| {
        mapping_items(vm, other, false, &mut names, &mut values)?;
        for (&k, &v) in names.iter().zip(values.iter()) {
            if merge && dict::get(vm, d, k)?.is_some() {
                let fname = func_display_name(vm, func);
                let ks = obj::str::as_str(k).unwrap_or("?").to_string();
                return Err(type_error(format!("{fname} got multiple values for keyword argument '{ks}'")));
            }
            dict::set(vm, d, k, v)?;
        }
        Ok(())
    })();
    for v in names.into_iter().chain(values) {
        v.decref();
    }
    r
}


/// "f()" as CPython names a callable in call errors.
fn func_display_name(vm: &mut Vm, f: Value) -> String {
    if f.is_null() {
        return "function".to_string();
    }
    if is_function(f) {
        // CPython's _PyObject_FunctionStr: "module.qualname()" unless the module is builtins.
        let fo = func_obj(f);
        let q = obj::str::str_obj(fo.qualname.get()).to_string_lossy().into_owned();
        return match obj::str::as_str(fo.module.get()) {
            Some(m) if m != "builtins" => format!("{m}.{q}()"),
            _ => format!("{q}()"),
        };
    }
    if let Ok(Some(q)) = ops::getattr_opt(vm, f, obj::str::intern("__qualname__")) {
        let s = obj::str::as_str(q).map(|s| format!("{s}()"));
        q.decref();
        if let Some(s) = s {
            return s;
        }
    }
    format!("{} object", ops::type_name(f))
}

/// Unpack `v` into exactly `n` values (owned, in order).
fn unpack(vm: &mut Vm, v: Value, n: usize) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(n);
    crate::objects::iterators::unpack_sequence(vm, v, n, &mut out)?;
    Ok(out)
}

/// UNPACK_EX: `before` values, a list of the rest, `after` values, in order (new references).
fn unpack_ex(vm: &mut Vm, v: Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(before + after + 1);
    crate::objects::iterators::unpack_ex(vm, v, before, after, &mut out)?;
    Ok(out)
}

/// Small-int and float fast paths for BINARY_OP (the number types' own, inlined); `None`
/// falls back to the generic operation.
#[inline(always)]
fn binop_fast(a: Value, b: Value, op: u32) -> Option<Value> {
    obj::int_ops::int_binop_fast(a, b, op as u8).or_else(|| obj::float_ops::float_binop_fast(a, b, op as u8))
}

/// Compare fast path for small ints and floats.
#[inline(always)]
fn compare_fast(a: Value, b: Value, op: u32) -> Option<bool> {
    let op = CmpOp::from_arg(op);
    obj::int_ops::int_compare_fast(a, b, op).or_else(|| obj::float_ops::float_compare_fast(a, b, op))
}

/// LOAD_ATTR / STORE_ATTR cache kinds (`InlineCache::counter`); `b` holds the type version.
/// The attribute is a plain instance-dict entry (dict-backed instances).
const ATTR_INSTANCE_DICT: u32 = 1;
/// The attribute is value `value` of instances with shape `a`.
const ATTR_SHAPE: u32 = 2;
/// STORE_ATTR adds the attribute: instances with shape `a` move to shape `value`.
const ATTR_SHAPE_ADD: u32 = 3;
/// The attribute is a `__slots__` member: the word at byte offset `value` of the instance.
const ATTR_SLOT: u32 = 6;
/// LOAD_ATTR of a `property` whose getter is a plain Python function of one parameter
/// (`value`, borrowed from the property, valid while the type version matches): the getter's
/// frame is pushed like a call.
const ATTR_PROPERTY: u32 = 7;
/// CALL of a class whose instances are made by `object.__new__` and initialized by a plain
/// Python `__init__` taking exactly the call's positional arguments: `value` is that
/// `__init__` (borrowed from the class, valid while the version in `b` matches), `a` the
/// argument count.
const CALL_INIT: u32 = 8;
/// LOAD_METHOD cache kinds: the method (`value`, borrowed from the type's dict, valid while the
/// version matches) for instances with shape `a` (which lacks the name) ...
const METHOD_SHAPE: u32 = 4;
/// ... or for objects without an instance dict.
const METHOD_NO_DICT: u32 = 5;

/// The shape of `o` if it is a shaped instance still using shapes (else NULL).
#[inline]
fn shape_of(o: Value) -> *const obj::shape::Shape {
    if obj::instance::is_shaped(o) {
        obj::instance::inst(o).shape.get()
    } else {
        std::ptr::null()
    }
}

/// After a generic attribute access on `o`, remember (by type version) where the attribute
/// lives when the type uses the generic getattr/setattr and has no class attribute of that
/// name (so no descriptor can intervene): at a shape index, as a shape transition (`before`
/// is the shape before a store), or in the instance dict.
#[inline]
fn record_attr_cache(code: &CodeObject, idx: u16, o: Value, name: Value, before: *const obj::shape::Shape) {
    if !o.is_ptr() || !obj::str::is_interned(name) {
        return;
    }
    let ty = o.ty();
    let c = code.cache(idx);
    let v = ty.version.get();
    let s = ty.slots();
    c.counter = 0;
    if v == 0 || s.getattr.is_some() || s.setattr.is_some() {
        return;
    }
    if let Some(d) = ty.lookup(name) {
        if let Some(off) = obj::instance::member_offset(d, ty) {
            c.b = v as u64;
            c.value = off as u64;
            c.counter = ATTR_SLOT;
        } else if d.is_ptr() && d.is_exact(&obj::descriptors::PROPERTY_TYPE) {
            // SAFETY: d is a property.
            let fget = unsafe { d.as_ref::<obj::descriptors::PropertyObject>() }.fget.get();
            if is_function(fget) {
                let co = code_obj(func_obj(fget).code.get());
                if co.unit.argcount == 1 && co.unit.kwonlyargcount == 0 && co.unit.flags & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0 && !co.is_generator_like() {
                    c.b = v as u64;
                    c.value = fget.bits();
                    c.counter = ATTR_PROPERTY;
                }
            }
        }
        return;
    }
    if !ops::has_instance_dict(o) {
        return;
    }
    c.b = v as u64;
    let sh = shape_of(o);
    if sh.is_null() {
        c.counter = ATTR_INSTANCE_DICT;
        return;
    }
    // SAFETY: shapes are never freed.
    let shr = unsafe { &*sh };
    if !before.is_null() && before != sh {
        // SAFETY: as above.
        if unsafe { (*before).len() } + 1 == shr.len() && shr.names().last() == Some(&name) {
            c.a = before as u64;
            c.value = sh as u64;
            c.counter = ATTR_SHAPE_ADD;
        }
        return;
    }
    if let Some(i) = shr.index_of(name) {
        c.a = sh as u64;
        c.value = i as u64;
        c.counter = ATTR_SHAPE;
    }
}

/// The `__init__` a CALL of class `t` with `argc` positional arguments can run directly in a
/// frame of its own (see CALL_INIT), if any.
fn simple_init(t: &obj::TypeObject, argc: usize) -> Option<Value> {
    if !t.has_flag(obj::typeobj::TypeFlags::HEAPTYPE)
        || obj::heaptype::layout_of(t) != Some(obj::heaptype::Layout::Object)
        || t.version.get() == 0
        || !obj::type_type::new_is_object_new(t)
    {
        return None;
    }
    let init = t.lookup(obj::str::intern("__init__"))?;
    if !is_function(init) {
        return None;
    }
    let co = code_obj(func_obj(init).code.get());
    (co.unit.argcount as usize == argc + 1 && co.unit.kwonlyargcount == 0 && co.unit.flags & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0 && !co.is_generator_like())
        .then_some(init)
}

/// LOAD_ATTR's cached lookup of `name` on `o`: a new reference to the attribute when the
/// cache (slot `idx`) applies, else None (the caller takes the generic path).
#[inline(always)]
fn load_attr_hit(code: &CodeObject, idx: u16, o: Value, name: Value) -> Option<Value> {
    if !o.is_ptr() || idx == crate::bytecode::opcode::NO_CACHE {
        return None;
    }
    let c = code.cache(idx);
    if c.b != o.ty().version.get() as u64 {
        return None;
    }
    if c.counter == ATTR_SHAPE {
        // The version identifies a shaped type: `o` is an instance.
        let io = obj::instance::inst(o);
        if io.shape.get() as u64 == c.a {
            // SAFETY: index < shape length <= capacity; never NULL.
            let v = unsafe { *io.values.get().add(c.value as usize) };
            v.incref();
            return Some(v);
        }
    } else if c.counter == ATTR_INSTANCE_DICT {
        let d = ops::instance_dict_slot(o)?.get();
        if !d.is_null() {
            return dict::get_str(d, name).map(Value::new_ref);
        }
    } else if c.counter == ATTR_SLOT {
        // SAFETY: the version identifies a type whose instances have this slot word.
        let v = unsafe { *((o.as_ptr() as *const u8).add(c.value as usize) as *const Value) };
        if !v.is_null() {
            v.incref();
            return Some(v);
        }
    }
    None
}

/// STORE_ATTR's cached store of `v` (a reference the store consumes on success) as attribute
/// `name` of `o`; false when the cache does not apply (nothing was done).
#[inline(always)]
fn store_attr_hit(code: &CodeObject, idx: u16, o: Value, name: Value, v: Value) -> bool {
    if !o.is_ptr() || idx == crate::bytecode::opcode::NO_CACHE {
        return false;
    }
    let c = code.cache(idx);
    if c.b != o.ty().version.get() as u64 {
        return false;
    }
    if c.counter == ATTR_SHAPE {
        let io = obj::instance::inst(o);
        if io.shape.get() as u64 == c.a {
            // SAFETY: index < shape length <= capacity.
            let slot = unsafe { &mut *io.values.get().add(c.value as usize) };
            std::mem::replace(slot, v).decref();
            return true;
        }
    } else if c.counter == ATTR_SHAPE_ADD {
        let io = obj::instance::inst(o);
        if io.shape.get() as u64 == c.a {
            obj::instance::shaped_append(io, c.value as *const obj::shape::Shape, v);
            v.decref();
            return true;
        }
    } else if c.counter == ATTR_INSTANCE_DICT {
        if let Some(slot) = ops::instance_dict_slot(o) {
            let d = slot.get();
            if !d.is_null() && d.is_exact(&obj::DICT_TYPE) {
                dict::set_str(d, name, v);
                v.decref();
                return true;
            }
        }
    } else if c.counter == ATTR_SLOT {
        // SAFETY: the version identifies a type whose instances have this slot word.
        let slot = unsafe { &mut *((o.as_ptr() as *mut u8).add(c.value as usize) as *mut Value) };
        std::mem::replace(slot, v).decref();
        return true;
    }
    false
}

/// LOAD_METHOD's cached lookup: the method (a new reference) when the cache applies.
#[inline(always)]
fn load_method_hit(code: &CodeObject, idx: u16, o: Value) -> Option<Value> {
    if idx == crate::bytecode::opcode::NO_CACHE {
        return None;
    }
    let c = code.cache(idx);
    if c.b == o.ty().version.get() as u64 && ((c.counter == METHOD_SHAPE && obj::instance::inst(o).shape.get() as u64 == c.a) || c.counter == METHOD_NO_DICT) {
        let d = Value::from_bits(c.value);
        d.incref();
        return Some(d);
    }
    None
}

/// The exception table entry covering instruction `i`.
fn find_handler(code: &CodeObject, i: u32) -> Option<crate::bytecode::ExcEntry> {
    code.unit.exception_table.iter().find(|e| e.start <= i && i < e.end).copied()
}

/// Run `entry` (already the current frame) and every frame it calls until `entry` returns.
/// With `throw`, start by raising that exception in `entry` at its current instruction.
pub fn execute(vm: &mut Vm, entry: *mut Frame, throw: Option<PyErr>) -> PyResult {
    let mut pending = throw;
    let mut f = entry;
    'frame: loop {
        // SAFETY (for the whole loop body): `f` is the current live frame; its block holds
        // nlocalsplus slots followed by `stacksize` stack words, and the compiler's stack
        // depth analysis guarantees the stack pointer stays inside them. Instruction and
        // constant indices were produced by the compiler (and are verified when loaded from a
        // cache file).
        let code: &CodeObject = unsafe { &*(*f).code };
        let instrs = code.instrs.as_ptr();
        let slots = unsafe { (*f).slots() };
        let stack_base = unsafe { slots.add(code.nlocalsplus) };
        let mut sp = unsafe { stack_base.add((*f).stack_depth as usize) };
        let mut ip = unsafe { instrs.add((*f).pc as usize) };
        let mut kwnames: Value = Value::NULL;
        let mut reraise = false;

        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                unsafe {
                    *sp = v;
                    sp = sp.add(1);
                }
            }};
        }
        macro_rules! pop {
            () => {
                unsafe {
                    sp = sp.sub(1);
                    *sp
                }
            };
        }
        macro_rules! top {
            () => {
                unsafe { *sp.sub(1) }
            };
        }
        macro_rules! peek {
            ($n:expr) => {
                unsafe { *sp.sub($n) }
            };
        }
        macro_rules! set_top {
            ($v:expr) => {
                unsafe { *sp.sub(1) = $v }
            };
        }
        macro_rules! save {
            () => {
                unsafe {
                    (*f).pc = ip.offset_from(instrs) as u32;
                    (*f).stack_depth = sp.offset_from(stack_base) as u32;
                }
            };
        }

        let err: PyErr = 'run: {
            if let Some(e) = pending.take() {
                // A throw() into a generator: raise at the current instruction (the yield).
                break 'run e;
            }
            macro_rules! tri {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(e) => break 'run e,
                    }
                };
            }
            loop {
                let ins = unsafe { *ip };
                ip = unsafe { ip.add(1) };
                let arg = ins.arg;
                match ins.op {
                    Op::NOP => {}
                    Op::POP_TOP => {
                        let v = pop!();
                        v.decref();
                    }
                    Op::PUSH_NULL => push!(Value::NULL),
                    Op::COPY => {
                        let v = peek!(arg as usize);
                        v.incref();
                        push!(v);
                    }
                    Op::SWAP => unsafe {
                        let a = sp.sub(1);
                        let b = sp.sub(arg as usize);
                        std::ptr::swap(a, b);
                    },
                    Op::LOAD_CONST => {
                        let v = unsafe { *code.consts.get_unchecked(arg as usize) };
                        v.incref();
                        push!(v);
                    }
                    Op::RETURN_CONST => {
                        // The constant is returned without passing through the stack (the
                        // compiler counts no stack word for it: `def g(): return; yield` has
                        // a stack depth of 0).
                        let r = unsafe { *code.consts.get_unchecked(arg as usize) };
                        r.incref();
                        save!();
                        match return_from(vm, &mut f, entry, r) {
                            Ok(Some(r2)) => return Ok(r2),
                            Ok(None) => {}
                            Err(e) => pending = Some(e),
                        }
                        continue 'frame;
                    }
                    Op::LOAD_FAST => {
                        let v = unsafe { *slots.add(arg as usize) };
                        if v.is_null() {
                            break 'run unbound_local(code, arg as usize);
                        }
                        v.incref();
                        push!(v);
                    }
                    Op::STORE_FAST => {
                        let v = pop!();
                        let old = unsafe { std::mem::replace(&mut *slots.add(arg as usize), v) };
                        old.decref();
                    }
                    Op::LOAD_FAST__LOAD_FAST => {
                        let v = unsafe { *slots.add(arg as usize) };
                        if v.is_null() {
                            break 'run unbound_local(code, arg as usize);
                        }
                        let next = unsafe { *ip };
                        let w = unsafe { *slots.add(next.arg as usize) };
                        if w.is_null() {
                            ip = unsafe { ip.add(1) };
                            break 'run unbound_local(code, next.arg as usize);
                        }
                        ip = unsafe { ip.add(1) };
                        v.incref();
                        w.incref();
                        push!(v);
                        push!(w);
                    }
                    Op::LOAD_FAST__LOAD_ATTR => {
                        // `x.name`: on a cache hit both instructions are done here; otherwise
                        // only the LOAD_FAST, and the LOAD_ATTR runs next as usual.
                        let o = unsafe { *slots.add(arg as usize) };
                        if o.is_null() {
                            break 'run unbound_local(code, arg as usize);
                        }
                        let next = unsafe { *ip };
                        match load_attr_hit(code, next.cache, o, code.names[next.arg as usize]) {
                            Some(v) => {
                                ip = unsafe { ip.add(1) };
                                push!(v);
                            }
                            None => push!(o.new_ref()),
                        }
                    }
                    Op::LOAD_FAST__LOAD_METHOD => {
                        let o = unsafe { *slots.add(arg as usize) };
                        if o.is_null() {
                            break 'run unbound_local(code, arg as usize);
                        }
                        let next = unsafe { *ip };
                        o.incref();
                        if let Some(d) = load_method_hit(code, next.cache, o) {
                            ip = unsafe { ip.add(1) };
                            push!(d);
                        }
                        push!(o);
                    }
                    Op::LOAD_FAST__STORE_ATTR => {
                        let o = unsafe { *slots.add(arg as usize) };
                        if o.is_null() {
                            break 'run unbound_local(code, arg as usize);
                        }
                        let next = unsafe { *ip };
                        let v = top!();
                        if store_attr_hit(code, next.cache, o, code.names[next.arg as usize], v) {
                            ip = unsafe { ip.add(1) };
                            sp = unsafe { sp.sub(1) };
                        } else {
                            push!(o.new_ref());
                        }
                    }
                    Op::LOAD_FAST__LOAD_CONST => {
                        let v = unsafe { *slots.add(arg as usize) };
                        if v.is_null() {
                            break 'run unbound_local(code, arg as usize);
                        }
                        let next = unsafe { *ip };
                        ip = unsafe { ip.add(1) };
                        let c = unsafe { *code.consts.get_unchecked(next.arg as usize) };
                        v.incref();
                        c.incref();
                        push!(v);
                        push!(c);
                    }
                    Op::LOAD_CONST__LOAD_FAST => {
                        let next = unsafe { *ip };
                        let w = unsafe { *slots.add(next.arg as usize) };
                        if w.is_null() {
                            ip = unsafe { ip.add(1) };
                            break 'run unbound_local(code, next.arg as usize);
                        }
                        ip = unsafe { ip.add(1) };
                        let c = unsafe { *code.consts.get_unchecked(arg as usize) };
                        c.incref();
                        w.incref();
                        push!(c);
                        push!(w);
                    }
                    Op::STORE_FAST__LOAD_FAST => {
                        let v = pop!();
                        let old = unsafe { std::mem::replace(&mut *slots.add(arg as usize), v) };
                        old.decref();
                        let next = unsafe { *ip };
                        ip = unsafe { ip.add(1) };
                        let w = unsafe { *slots.add(next.arg as usize) };
                        if w.is_null() {
                            break 'run unbound_local(code, next.arg as usize);
                        }
                        w.incref();
                        push!(w);
                    }
                    Op::DELETE_FAST => {
                        let old = unsafe { std::mem::replace(&mut *slots.add(arg as usize), Value::NULL) };
                        if old.is_null() {
                            break 'run unbound_local(code, arg as usize);
                        }
                        old.decref();
                    }
                    Op::LOAD_DEREF => {
                        let c = unsafe { *slots.add(arg as usize) };
                        let v = if c.is_null() { Value::NULL } else { obj::cell::cell_get(c) };
                        if v.is_null() {
                            break 'run unbound_deref(code, arg as usize);
                        }
                        v.incref();
                        push!(v);
                    }
                    Op::STORE_DEREF => {
                        let v = pop!();
                        let c = unsafe { *slots.add(arg as usize) };
                        obj::cell::cell_set(c, v);
                        v.decref();
                    }
                    Op::DELETE_DEREF => {
                        let c = unsafe { *slots.add(arg as usize) };
                        if obj::cell::cell_get(c).is_null() {
                            break 'run unbound_deref(code, arg as usize);
                        }
                        obj::cell::cell_set(c, Value::NULL);
                    }
                    Op::LOAD_CLASSDEREF => {
                        let name = code.localsplusnames[arg as usize];
                        let locals = unsafe { (*f).locals };
                        let found = if locals.is_null() {
                            None
                        } else if dict::is_dict(locals) {
                            dict::get_str(locals, name).map(|v| v.new_ref())
                        } else {
                            match ops::getitem(vm, locals, name) {
                                Ok(v) => Some(v),
                                Err(e) if e.matches(&exc::KEY_ERROR) => None,
                                Err(e) => break 'run e,
                            }
                        };
                        match found {
                            Some(v) => push!(v),
                            None => {
                                let c = unsafe { *slots.add(arg as usize) };
                                let v = obj::cell::cell_get(c);
                                if v.is_null() {
                                    break 'run unbound_deref(code, arg as usize);
                                }
                                push!(v.new_ref());
                            }
                        }
                    }
                    Op::LOAD_CLOSURE => {
                        let c = unsafe { *slots.add(arg as usize) };
                        push!(c.new_ref());
                    }
                    Op::MAKE_CELL => {
                        let s = unsafe { &mut *slots.add(arg as usize) };
                        let old = *s;
                        *s = obj::cell::new_cell(old);
                        old.decref();
                    }
                    Op::COPY_FREE_VARS => {
                        let func = unsafe { (*f).func };
                        let closure = func_obj(func).closure;
                        let n = arg as usize;
                        let off = code.nlocalsplus - n;
                        for (i, &c) in tuple::items(closure).iter().take(n).enumerate() {
                            c.incref();
                            unsafe { *slots.add(off + i) = c };
                        }
                    }
                    Op::LOAD_NAME => {
                        let name = code.names[arg as usize];
                        let (locals, globals, builtins) = unsafe { ((*f).locals, (*f).globals, (*f).builtins) };
                        let mut found = None;
                        if !locals.is_null() {
                            if dict::is_dict(locals) && locals.is_exact(&obj::DICT_TYPE) {
                                found = dict::get_str(locals, name).map(|v| v.new_ref());
                            } else {
                                match ops::getitem(vm, locals, name) {
                                    Ok(v) => found = Some(v),
                                    Err(e) if e.matches(&exc::KEY_ERROR) => {}
                                    Err(e) => break 'run e,
                                }
                            }
                        }
                        if found.is_none() {
                            found = tri!(load_global(vm, globals, builtins, name)).map(|v| v.new_ref());
                        }
                        match found {
                            Some(v) => push!(v),
                            None => break 'run name_not_defined(name),
                        }
                    }
                    Op::STORE_NAME => {
                        let name = code.names[arg as usize];
                        let v = pop!();
                        let locals = unsafe { (*f).locals };
                        let r = if locals.is_null() {
                            Err(exc::system_error(format!("no locals found when storing {}", obj::str::as_str(name).unwrap_or("?"))))
                        } else if dict::is_dict(locals) {
                            dict::set(vm, locals, name, v)
                        } else {
                            ops::setitem(vm, locals, name, v)
                        };
                        v.decref();
                        tri!(r);
                    }
                    Op::DELETE_NAME => {
                        let name = code.names[arg as usize];
                        let locals = unsafe { (*f).locals };
                        let ok = if dict::is_dict(locals) {
                            tri!(dict::del(vm, locals, name))
                        } else {
                            match ops::setitem(vm, locals, name, Value::NULL) {
                                Ok(()) => true,
                                Err(e) if e.matches(&exc::KEY_ERROR) => false,
                                Err(e) => break 'run e,
                            }
                        };
                        if !ok {
                            break 'run name_not_defined(name);
                        }
                    }
                    Op::LOAD_GLOBAL => {
                        let name = code.names[arg as usize];
                        let (globals, builtins) = unsafe { ((*f).globals, (*f).builtins) };
                        let cache = code.cache(ins.cache);
                        let gv = dict::version(globals);
                        let bv = if dict::is_dict(builtins) { dict::version(builtins) } else { 0 };
                        if cache.a == gv && cache.b == bv && cache.value != 0 {
                            let v = Value::from_bits(cache.value);
                            v.incref();
                            push!(v);
                        } else {
                            match tri!(load_global(vm, globals, builtins, name)) {
                                Some(v) => {
                                    cache.a = gv;
                                    cache.b = bv;
                                    cache.value = v.bits();
                                    v.incref();
                                    push!(v);
                                }
                                None => break 'run name_not_defined(name),
                            }
                        }
                    }
                    Op::STORE_GLOBAL => {
                        let name = code.names[arg as usize];
                        let v = pop!();
                        let globals = unsafe { (*f).globals };
                        dict::set_str(globals, name, v);
                        v.decref();
                    }
                    Op::DELETE_GLOBAL => {
                        let name = code.names[arg as usize];
                        let globals = unsafe { (*f).globals };
                        if !tri!(dict::del(vm, globals, name)) {
                            break 'run name_not_defined(name);
                        }
                    }
                    Op::LOAD_ATTR => {
                        let o = top!();
                        let name = code.names[arg as usize];
                        if let Some(v) = load_attr_hit(code, ins.cache, o, name) {
                            set_top!(v);
                            o.decref();
                            continue;
                        }
                        if ins.cache != crate::bytecode::opcode::NO_CACHE && o.is_ptr() {
                            let c = code.cache(ins.cache);
                            if c.counter == ATTR_PROPERTY && c.b == o.ty().version.get() as u64 && vm.depth < vm.recursion_limit {
                                // The getter runs as a call: `o`'s stack reference becomes its
                                // argument and the result lands where `o` was.
                                let getter = Value::from_bits(c.value);
                                let gco = code_obj(func_obj(getter).code.get());
                                gco.call_count.set(gco.call_count.get().wrapping_add(1));
                                unsafe { sp = sp.sub(1) };
                                save!();
                                getter.incref();
                                let nf = push_function_frame(vm, getter);
                                unsafe { *(*nf).slots() = o };
                                vm.depth += 1;
                                f = nf;
                                continue 'frame;
                            }
                        }
                        save!();
                        let r = tri!(ops::getattr(vm, o, name));
                        if ins.cache != crate::bytecode::opcode::NO_CACHE {
                            record_attr_cache(code, ins.cache, o, name, std::ptr::null());
                        }
                        set_top!(r);
                        o.decref();
                    }
                    Op::STORE_ATTR => {
                        let o = pop!();
                        let v = pop!();
                        let name = code.names[arg as usize];
                        if store_attr_hit(code, ins.cache, o, name, v) {
                            o.decref();
                            continue;
                        }
                        save!();
                        let before = shape_of(o);
                        let r = ops::setattr(vm, o, name, v);
                        if r.is_ok() && ins.cache != crate::bytecode::opcode::NO_CACHE {
                            record_attr_cache(code, ins.cache, o, name, before);
                        }
                        o.decref();
                        v.decref();
                        tri!(r);
                    }
                    Op::DELETE_ATTR => {
                        let o = pop!();
                        save!();
                        let r = ops::setattr(vm, o, code.names[arg as usize], Value::NULL);
                        o.decref();
                        tri!(r);
                    }
                    Op::LOAD_METHOD => {
                        let o = top!();
                        let name = code.names[arg as usize];
                        let ty = o.ty();
                        let cached = ins.cache != crate::bytecode::opcode::NO_CACHE;
                        if let Some(d) = load_method_hit(code, ins.cache, o) {
                            set_top!(d);
                            push!(o);
                            continue;
                        }
                        let mut done = false;
                        if ty.slots().getattr.is_none() {
                            if let Some(d) = ty.lookup(name) {
                                if is_function(d) || obj::method::is_method_descr(d) {
                                    let sh = shape_of(o);
                                    let shadowed = if !sh.is_null() {
                                        // SAFETY: shapes are never freed.
                                        unsafe { (*sh).index_of(name).is_some() }
                                    } else if ops::has_instance_dict(o) {
                                        match ops::instance_dict_slot(o) {
                                            Some(slot) => {
                                                let dd = slot.get();
                                                !dd.is_null() && dict::get_str(dd, name).is_some()
                                            }
                                            None => false,
                                        }
                                    } else {
                                        false
                                    };
                                    if !shadowed {
                                        if cached && ty.version.get() != 0 && obj::str::is_interned(name) {
                                            let c = code.cache(ins.cache);
                                            if !sh.is_null() {
                                                c.b = ty.version.get() as u64;
                                                c.a = sh as u64;
                                                c.value = d.bits();
                                                c.counter = METHOD_SHAPE;
                                            } else if !ops::has_instance_dict(o) {
                                                c.b = ty.version.get() as u64;
                                                c.value = d.bits();
                                                c.counter = METHOD_NO_DICT;
                                            }
                                        }
                                        d.incref();
                                        set_top!(d);
                                        push!(o);
                                        done = true;
                                    }
                                }
                            }
                        }
                        if !done {
                            save!();
                            let r = tri!(ops::getattr(vm, o, name));
                            set_top!(r);
                            o.decref();
                            push!(Value::NULL);
                        }
                    }
                    Op::LOAD_BUILD_CLASS => {
                        let builtins = unsafe { (*f).builtins };
                        match dict::get_str(builtins, obj::str::intern("__build_class__")) {
                            Some(v) => push!(v.new_ref()),
                            None => break 'run name_error("__build_class__ not found"),
                        }
                    }
                    Op::LOAD_ASSERTION_ERROR => push!(exc::ASSERTION_ERROR.as_value()),
                    Op::BINARY_OP => {
                        let b = pop!();
                        let a = top!();
                        // `s = s + t` / `s += t` into a local: let the str grow in place when
                        // the local holds the only other reference (CPython's
                        // unicode_concatenate), so building a string in a loop stays linear.
                        if (arg == 0 || arg == 13) && a.is_ptr() && a.is_exact(&obj::STR_TYPE) && b.is_ptr() && b.is_exact(&obj::STR_TYPE) {
                            let next = unsafe { *ip };
                            if next.op == Op::STORE_FAST || next.op == Op::STORE_FAST__LOAD_FAST {
                                let slot = unsafe { &mut *slots.add(next.arg as usize) };
                                let r = obj::str::str_concat_for_store(a, b, slot);
                                b.decref();
                                set_top!(r);
                                continue;
                            }
                        }
                        let r = match binop_fast(a, b, arg) {
                            Some(r) => r,
                            None => {
                                save!();
                                let r = ops::binary_op(vm, a, b, arg as u8);
                                b.decref();
                                match r {
                                    Ok(r) => {
                                        a.decref();
                                        set_top!(r);
                                        continue;
                                    }
                                    Err(e) => {
                                        // `a` stays on the stack (popped by the unwinder).
                                        break 'run e;
                                    }
                                }
                            }
                        };
                        a.decref();
                        b.decref();
                        set_top!(r);
                    }
                    Op::UNARY_POSITIVE | Op::UNARY_NEGATIVE | Op::UNARY_INVERT => {
                        let v = top!();
                        let r = if ins.op == Op::UNARY_NEGATIVE && v.is_small_int() {
                            int_from_i64(-v.as_small_int())
                        } else if ins.op == Op::UNARY_NEGATIVE && v.is_float() {
                            Value::float(-v.as_float())
                        } else {
                            let u = match ins.op {
                                Op::UNARY_POSITIVE => UnOp::Pos,
                                Op::UNARY_NEGATIVE => UnOp::Neg,
                                _ => UnOp::Invert,
                            };
                            save!();
                            tri!(ops::unary(vm, v, u))
                        };
                        v.decref();
                        set_top!(r);
                    }
                    Op::UNARY_NOT => {
                        let v = top!();
                        save!();
                        let t = tri!(ops::is_true(vm, v));
                        v.decref();
                        set_top!(bool_value(!t));
                    }
                    Op::COMPARE_OP => {
                        let b = pop!();
                        let a = top!();
                        let r = match compare_fast(a, b, arg) {
                            Some(t) => {
                                // Fused with a following conditional jump: no bool, no dispatch.
                                let next = unsafe { *ip };
                                if next.op == Op::POP_JUMP_IF_FALSE || next.op == Op::POP_JUMP_IF_TRUE {
                                    let _ = pop!();
                                    ip = unsafe { ip.add(1) };
                                    if t == (next.op == Op::POP_JUMP_IF_TRUE) {
                                        ip = unsafe { instrs.add(next.arg as usize) };
                                    }
                                    continue;
                                }
                                bool_value(t)
                            }
                            None => {
                                save!();
                                let r = ops::rich_compare(vm, a, b, CmpOp::from_arg(arg));
                                b.decref();
                                let r = tri!(r);
                                a.decref();
                                set_top!(r);
                                continue;
                            }
                        };
                        a.decref();
                        b.decref();
                        set_top!(r);
                    }
                    Op::IS_OP => {
                        let b = pop!();
                        let a = top!();
                        let r = (a == b) != (arg == 1);
                        a.decref();
                        b.decref();
                        set_top!(bool_value(r));
                    }
                    Op::CONTAINS_OP => {
                        let container = pop!();
                        let item = top!();
                        save!();
                        let r = ops::contains(vm, container, item);
                        container.decref();
                        let r = tri!(r);
                        item.decref();
                        set_top!(bool_value(r != (arg == 1)));
                    }
                    Op::BINARY_SUBSCR => {
                        let key = pop!();
                        let container = top!();
                        if key.is_small_int() && container.is_exact(&obj::LIST_TYPE) {
                            let items = list::items(container);
                            let mut i = key.as_small_int();
                            if i < 0 {
                                i += items.len() as i64;
                            }
                            if i >= 0 && (i as usize) < items.len() {
                                let v = items[i as usize];
                                v.incref();
                                container.decref();
                                set_top!(v);
                                continue;
                            }
                        } else if key.is_small_int() && container.is_exact(&obj::TUPLE_TYPE) {
                            let items = tuple::items(container);
                            let mut i = key.as_small_int();
                            if i < 0 {
                                i += items.len() as i64;
                            }
                            if i >= 0 && (i as usize) < items.len() {
                                let v = items[i as usize];
                                v.incref();
                                container.decref();
                                set_top!(v);
                                continue;
                            }
                        }
                        save!();
                        let r = ops::getitem(vm, container, key);
                        key.decref();
                        let r = tri!(r);
                        container.decref();
                        set_top!(r);
                    }
                    Op::STORE_SUBSCR => {
                        let key = pop!();
                        let container = pop!();
                        let v = pop!();
                        if key.is_small_int() && container.is_exact(&obj::LIST_TYPE) {
                            let items = list::items(container);
                            let mut i = key.as_small_int();
                            if i < 0 {
                                i += items.len() as i64;
                            }
                            if i >= 0 && (i as usize) < items.len() {
                                let old = std::mem::replace(&mut items[i as usize], v);
                                old.decref();
                                container.decref();
                                continue;
                            }
                        }
                        save!();
                        let r = ops::setitem(vm, container, key, v);
                        key.decref();
                        container.decref();
                        v.decref();
                        tri!(r);
                    }
                    Op::DELETE_SUBSCR => {
                        let key = pop!();
                        let container = pop!();
                        save!();
                        let r = ops::setitem(vm, container, key, Value::NULL);
                        key.decref();
                        container.decref();
                        tri!(r);
                    }
                    Op::BUILD_SLICE => {
                        let step = if arg == 3 { pop!() } else { none() };
                        let stop = pop!();
                        let start = pop!();
                        let r = crate::objects::types_containers::new_slice_value(start, stop, step);
                        start.decref();
                        stop.decref();
                        step.decref();
                        push!(tri!(r));
                    }
                    Op::BUILD_TUPLE => {
                        let n = arg as usize;
                        let t = tuple::alloc_tuple(n);
                        if n > 0 {
                            unsafe {
                                sp = sp.sub(n);
                                tuple::items_mut(t).copy_from_slice(std::slice::from_raw_parts(sp, n));
                            }
                        }
                        push!(t);
                    }
                    Op::BUILD_LIST => {
                        let n = arg as usize;
                        let items = unsafe {
                            sp = sp.sub(n);
                            std::slice::from_raw_parts(sp, n).to_vec()
                        };
                        push!(list::list_from_vec(items));
                    }
                    Op::BUILD_SET => {
                        let n = arg as usize;
                        let items = unsafe {
                            sp = sp.sub(n);
                            std::slice::from_raw_parts(sp, n).to_vec()
                        };
                        save!();
                        let r = crate::objects::types_containers::new_set_value(vm, &items);
                        for v in items {
                            v.decref();
                        }
                        push!(tri!(r));
                    }
                    Op::BUILD_MAP => {
                        let n = arg as usize;
                        let d = dict::new_dict();
                        let items = unsafe {
                            sp = sp.sub(2 * n);
                            std::slice::from_raw_parts(sp, 2 * n).to_vec()
                        };
                        let mut r = Ok(());
                        for pair in items.chunks(2) {
                            if r.is_ok() {
                                r = dict::set(vm, d, pair[0], pair[1]);
                            }
                        }
                        for v in items {
                            v.decref();
                        }
                        if let Err(e) = r {
                            d.decref();
                            break 'run e;
                        }
                        push!(d);
                    }
                    Op::BUILD_CONST_KEY_MAP => {
                        let n = arg as usize;
                        let keys = pop!();
                        let d = dict::new_dict();
                        let vals = unsafe {
                            sp = sp.sub(n);
                            std::slice::from_raw_parts(sp, n).to_vec()
                        };
                        let mut r = Ok(());
                        for (&k, &v) in tuple::items(keys).iter().zip(vals.iter()) {
                            if r.is_ok() {
                                r = dict::set(vm, d, k, v);
                            }
                        }
                        keys.decref();
                        for v in vals {
                            v.decref();
                        }
                        if let Err(e) = r {
                            d.decref();
                            break 'run e;
                        }
                        push!(d);
                    }
                    Op::BUILD_STRING => {
                        let n = arg as usize;
                        let parts = unsafe {
                            sp = sp.sub(n);
                            std::slice::from_raw_parts(sp, n).to_vec()
                        };
                        let s = obj::str::build_string(&parts);
                        for v in parts {
                            v.decref();
                        }
                        push!(s);
                    }
                    Op::LIST_APPEND => {
                        let v = pop!();
                        let l = peek!(arg as usize);
                        list::items(l).push(v);
                    }
                    Op::SET_ADD => {
                        let v = pop!();
                        let s = peek!(arg as usize);
                        save!();
                        let r = crate::objects::types_containers::set_add_value(vm, s, v);
                        v.decref();
                        tri!(r);
                    }
                    Op::MAP_ADD => {
                        let v = pop!();
                        let k = pop!();
                        let d = peek!(arg as usize);
                        save!();
                        let r = dict::set(vm, d, k, v);
                        k.decref();
                        v.decref();
                        tri!(r);
                    }
                    Op::LIST_EXTEND => {
                        let it = pop!();
                        let l = peek!(arg as usize);
                        save!();
                        let r = ops::collect(vm, it);
                        match r {
                            Ok(items) => {
                                it.decref();
                                list::items(l).extend(items);
                            }
                            Err(e) => {
                                let msg = if e.matches(&exc::TYPE_ERROR) && it.ty().slots().iter.is_none() && it.ty().slots().getitem.is_none() {
                                    Some(format!("Value after * must be an iterable, not {}", ops::type_name(it)))
                                } else {
                                    None
                                };
                                it.decref();
                                match msg {
                                    Some(m) => break 'run type_error(m),
                                    None => break 'run e,
                                }
                            }
                        }
                    }
                    Op::SET_UPDATE => {
                        let it = pop!();
                        let s = peek!(arg as usize);
                        save!();
                        let r = crate::objects::types_containers::set_update_value(vm, s, it);
                        it.decref();
                        tri!(r);
                    }
                    Op::DICT_UPDATE | Op::DICT_MERGE => {
                        let other = pop!();
                        let d = peek!(arg as usize);
                        let func = if ins.op == Op::DICT_MERGE { peek!(arg as usize + 2) } else { Value::NULL };
                        save!();
                        let r = dict_update(vm, d, other, ins.op == Op::DICT_MERGE, func);
                        other.decref();
                        tri!(r);
                    }
                    Op::LIST_TO_TUPLE => {
                        let l = top!();
                        let items = std::mem::take(list::items(l));
                        set_top!(tuple::tuple_from_vec(items));
                        l.decref();
                    }
                    Op::FORMAT_VALUE => {
                        let spec = if arg & 4 != 0 { pop!() } else { Value::NULL };
                        let v = pop!();
                        save!();
                        let r = obj::str::format_value(vm, v, arg & 3, spec);
                        v.decref();
                        spec.decref();
                        push!(tri!(r));
                    }
                    Op::UNPACK_SEQUENCE => {
                        let v = pop!();
                        save!();
                        let r = unpack(vm, v, arg as usize);
                        v.decref();
                        let items = tri!(r);
                        for &x in items.iter().rev() {
                            push!(x);
                        }
                    }
                    Op::UNPACK_EX => {
                        let v = pop!();
                        save!();
                        let r = unpack_ex(vm, v, (arg & 0xff) as usize, (arg >> 8) as usize);
                        v.decref();
                        let items = tri!(r);
                        for &x in items.iter().rev() {
                            push!(x);
                        }
                    }
                    Op::GET_ITER => {
                        let v = top!();
                        save!();
                        let it = tri!(ops::iter(vm, v));
                        v.decref();
                        set_top!(it);
                    }
                    Op::FOR_ITER => {
                        let it = top!();
                        save!();
                        match tri!(crate::objects::iterators::next_fast(vm, it)) {
                            Some(v) => push!(v),
                            None => {
                                let it = pop!();
                                it.decref();
                                ip = unsafe { instrs.add(arg as usize) };
                            }
                        }
                    }
                    Op::JUMP => ip = unsafe { instrs.add(arg as usize) },
                    Op::JUMP_BACKWARD => {
                        if ins.cache != crate::bytecode::opcode::NO_CACHE {
                            let c = code.cache(ins.cache);
                            c.counter = c.counter.wrapping_add(1);
                        }
                        if super::signals::pending() {
                            save!();
                            tri!(super::signals::handle(vm));
                        }
                        ip = unsafe { instrs.add(arg as usize) };
                    }
                    Op::POP_JUMP_IF_FALSE | Op::POP_JUMP_IF_TRUE => {
                        let v = pop!();
                        let t = if v == bool_value(true) {
                            true
                        } else if v == bool_value(false) {
                            false
                        } else {
                            save!();
                            let r = ops::is_true(vm, v);
                            v.decref();
                            tri!(r)
                        };
                        if t == (ins.op == Op::POP_JUMP_IF_TRUE) {
                            ip = unsafe { instrs.add(arg as usize) };
                        }
                    }
                    Op::POP_JUMP_IF_NONE | Op::POP_JUMP_IF_NOT_NONE => {
                        let v = pop!();
                        if v.is_none() == (ins.op == Op::POP_JUMP_IF_NONE) {
                            ip = unsafe { instrs.add(arg as usize) };
                        }
                        v.decref();
                    }
                    Op::JUMP_IF_FALSE_OR_POP | Op::JUMP_IF_TRUE_OR_POP => {
                        let v = top!();
                        save!();
                        let t = tri!(ops::is_true(vm, v));
                        if t == (ins.op == Op::JUMP_IF_TRUE_OR_POP) {
                            ip = unsafe { instrs.add(arg as usize) };
                        } else {
                            let v = pop!();
                            v.decref();
                        }
                    }
                    Op::RETURN_VALUE => {
                        let r = pop!();
                        save!();
                        match return_from(vm, &mut f, entry, r) {
                            Ok(Some(r2)) => return Ok(r2),
                            Ok(None) => {}
                            Err(e) => pending = Some(e),
                        }
                        continue 'frame;
                    }
                    Op::YIELD_VALUE => {
                        let v = pop!();
                        save!();
                        // Generator frames are always entry frames (resumed by send/next).
                        unsafe {
                            (*f).yielded = true;
                            vm.frame = (*f).prev;
                        }
                        return Ok(v);
                    }
                    Op::SEND => {
                        let v = pop!();
                        let recv = top!();
                        save!();
                        let r = crate::objects::generator::send_to(vm, recv, v);
                        v.decref();
                        match tri!(r) {
                            crate::objects::generator::SendResult::Yield(y) => push!(y),
                            crate::objects::generator::SendResult::Return(rv) => {
                                let recv = pop!();
                                recv.decref();
                                push!(rv);
                                ip = unsafe { instrs.add(arg as usize) };
                            }
                        }
                    }
                    Op::GET_YIELD_FROM_ITER => {
                        let v = top!();
                        if !crate::objects::generator::is_generator_like(v) {
                            save!();
                            let it = tri!(ops::iter(vm, v));
                            v.decref();
                            set_top!(it);
                        }
                    }
                    Op::PUSH_EXC_INFO => {
                        let e = pop!();
                        let prev = std::mem::replace(&mut vm.exc_info, e.new_ref());
                        push!(if prev.is_null() { none() } else { prev });
                        push!(e);
                    }
                    Op::POP_EXCEPT => {
                        let prev = pop!();
                        let old = std::mem::replace(&mut vm.exc_info, if prev.is_none() { Value::NULL } else { prev });
                        old.decref();
                    }
                    Op::RERAISE => {
                        // With an argument, CPython restores f_lasti from the stack for
                        // tracebacks; the handler search still starts at this instruction
                        // (a re-raise adds no traceback entry, so pyjit needs no lasti here).
                        let e = pop!();
                        reraise = true;
                        break 'run PyErr::from_instance(e);
                    }
                    Op::CHECK_EXC_MATCH => {
                        let t = pop!();
                        let e = top!();
                        let r = exception_matches(e, t);
                        t.decref();
                        push!(bool_value(tri!(r)));
                    }
                    Op::CHECK_EG_MATCH => {
                        let t = pop!();
                        let e = pop!();
                        save!();
                        let r = super::exc_groups::exception_group_match(vm, e, t);
                        t.decref();
                        match r {
                            Ok((rest, matched)) => {
                                e.decref();
                                push!(rest);
                                if !matched.is_none() {
                                    let old = std::mem::replace(&mut vm.exc_info, matched.new_ref());
                                    old.decref();
                                }
                                push!(matched);
                            }
                            Err(err) => {
                                e.decref();
                                break 'run err;
                            }
                        }
                    }
                    Op::PREP_RERAISE_STAR => {
                        let excs = pop!();
                        let orig = top!();
                        save!();
                        let r = super::exc_groups::prep_reraise_star(vm, orig, excs);
                        excs.decref();
                        let r = tri!(r);
                        orig.decref();
                        set_top!(r);
                    }
                    Op::RAISE_VARARGS => {
                        save!();
                        match arg {
                            0 => {
                                let e = vm.exc_info;
                                if e.is_null() {
                                    break 'run exc::runtime_error("No active exception to reraise");
                                }
                                reraise = true;
                                break 'run PyErr::from_instance(e.new_ref());
                            }
                            1 => {
                                let x = pop!();
                                let r = make_exception(vm, x);
                                x.decref();
                                break 'run match r {
                                    Ok(e) => PyErr::from_instance(e),
                                    Err(e) => e,
                                };
                            }
                            _ => {
                                let cause = pop!();
                                let x = pop!();
                                let r = make_exception(vm, x);
                                x.decref();
                                let e = match r {
                                    Ok(e) => e,
                                    Err(e) => {
                                        cause.decref();
                                        break 'run e;
                                    }
                                };
                                let c = if cause.is_none() {
                                    cause.decref();
                                    Value::NULL
                                } else if exc::is_exception_type(cause) {
                                    let r = ops::call(vm, cause, &[], &[]);
                                    cause.decref();
                                    match r {
                                        Ok(c) => c,
                                        Err(err) => {
                                            e.decref();
                                            break 'run err;
                                        }
                                    }
                                } else if exc::is_exception(cause) {
                                    cause
                                } else {
                                    cause.decref();
                                    e.decref();
                                    break 'run type_error("exception causes must derive from BaseException");
                                };
                                let eo = exc::exc_obj(e);
                                eo.cause.replace(c).decref();
                                eo.suppress_context.set(true);
                                break 'run PyErr::from_instance(e);
                            }
                        }
                    }
                    Op::WITH_EXCEPT_START => {
                        let e = peek!(1);
                        let exit = peek!(4);
                        let tb = exc::exc_obj(e).traceback.get();
                        let tb = if tb.is_null() { none() } else { tb };
                        save!();
                        let r = tri!(ops::call(vm, exit, &[e.ty().as_value(), e, tb], &[]));
                        push!(r);
                    }
                    Op::BEFORE_WITH | Op::BEFORE_ASYNC_WITH => {
                        let mgr = pop!();
                        save!();
                        let (enter_name, exit_name) = if ins.op == Op::BEFORE_WITH { ("__enter__", "__exit__") } else { ("__aenter__", "__aexit__") };
                        let r = before_with(vm, mgr, enter_name, exit_name, ins.op == Op::BEFORE_ASYNC_WITH);
                        mgr.decref();
                        let (exit, res) = tri!(r);
                        push!(exit);
                        push!(res);
                    }
                    Op::MAKE_FUNCTION => {
                        let code_v = pop!();
                        let closure = if arg & 8 != 0 { pop!() } else { Value::NULL };
                        let annotations = if arg & 4 != 0 { pop!() } else { Value::NULL };
                        let kwdefaults = if arg & 2 != 0 { pop!() } else { Value::NULL };
                        let defaults = if arg & 1 != 0 { pop!() } else { Value::NULL };
                        let globals = unsafe { (*f).globals };
                        let func = obj::function::new_function(vm, code_v, globals, defaults, kwdefaults, annotations, closure);
                        code_v.decref();
                        push!(func);
                    }
                    Op::KW_NAMES => {
                        kwnames = code.consts[arg as usize];
                    }
                    Op::CALL | Op::CALL_METHOD => {
                        // Layout: [callable, (self_or_NULL,) args...]
                        let n = arg as usize;
                        let (callable, self_slot, argc) = if ins.op == Op::CALL_METHOD {
                            let s = peek!(n + 1);
                            (peek!(n + 2), s, if s.is_null() { n } else { n + 1 })
                        } else {
                            (peek!(n + 1), Value::NULL, n)
                        };
                        let args_ptr = unsafe { sp.sub(argc) };
                        let kwn: &[Value] = if kwnames.is_null() { &[] } else { tuple::items(kwnames) };
                        kwnames = Value::NULL;
                        let nslots = if ins.op == Op::CALL_METHOD { n + 2 } else { n + 1 };
                        let _ = self_slot;
                        // Python function: push its frame and continue here (no Rust recursion).
                        if is_function(callable) {
                            let fo = func_obj(callable);
                            let co = code_obj(fo.code.get());
                            if !co.is_generator_like() {
                                if vm.depth >= vm.recursion_limit {
                                    save!();
                                    break 'run exc::recursion_error("maximum recursion depth exceeded");
                                }
                                co.call_count.set(co.call_count.get().wrapping_add(1));
                                if super::signals::pending() {
                                    save!();
                                    tri!(super::signals::handle(vm));
                                }
                                // The callee's frame goes above the caller's stack on the data
                                // stack; arguments are bound (copied with new references),
                                // then the caller's stack slots are released.
                                unsafe { sp = sp.sub(nslots) };
                                save!();
                                // Arguments stay readable above the saved depth until released.
                                let args = unsafe { std::slice::from_raw_parts(args_ptr, argc) };
                                let simple = kwn.is_empty()
                                    && argc == co.unit.argcount as usize
                                    && co.unit.flags & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0
                                    && co.unit.kwonlyargcount == 0;
                                if simple {
                                    // Move the references: the callable's stack reference
                                    // becomes the frame's, the arguments become its locals (a
                                    // NULL self slot holds nothing); the dead stack words are
                                    // not read again.
                                    let nf = push_function_frame(vm, callable);
                                    unsafe {
                                        let dst = (*nf).slots();
                                        match argc {
                                            0 => {}
                                            1 => *dst = *args_ptr,
                                            2 => {
                                                *dst = *args_ptr;
                                                *dst.add(1) = *args_ptr.add(1);
                                            }
                                            n => std::ptr::copy_nonoverlapping(args_ptr, dst, n),
                                        }
                                    }
                                    vm.depth += 1;
                                    f = nf;
                                    continue 'frame;
                                }
                                callable.incref();
                                let nf = push_function_frame(vm, callable);
                                let bound = bind_args(vm, callable, args, kwn, unsafe { (*nf).slots() });
                                // Release the caller's stack entries for the call.
                                unsafe {
                                    let base = sp;
                                    for i in 0..nslots {
                                        let v = *base.add(i);
                                        v.decref();
                                        *base.add(i) = Value::NULL;
                                    }
                                }
                                if let Err(e) = bound {
                                    pop_frame(vm, nf);
                                    break 'run e;
                                }
                                vm.depth += 1;
                                f = nf;
                                continue 'frame;
                            }
                        }
                        // A class with a plain Python `__init__`: make the instance, leave it
                        // where the callable was, and run `__init__` in a frame of its own.
                        if kwn.is_empty() && callable.is_ptr() && std::ptr::eq(callable.ty(), &obj::TYPE_TYPE) && ins.cache != crate::bytecode::opcode::NO_CACHE {
                            // SAFETY: an instance of `type` is a type object.
                            let t: &obj::TypeObject = unsafe { callable.as_ref() };
                            let c = code.cache(ins.cache);
                            let init = if c.counter == CALL_INIT && c.b == t.version.get() as u64 && c.a == argc as u64 {
                                Some(Value::from_bits(c.value))
                            } else {
                                let i = simple_init(t, argc);
                                if let Some(i) = i {
                                    c.b = t.version.get() as u64;
                                    c.a = argc as u64;
                                    c.value = i.bits();
                                    c.counter = CALL_INIT;
                                }
                                i
                            };
                            if let Some(init) = init {
                                if vm.depth + 1 < vm.recursion_limit && !t.has_flag(obj::typeobj::TypeFlags::IS_ABSTRACT) && !super::signals::pending() {
                                    let inst = obj::instance::alloc_instance(t);
                                    let base = unsafe { sp.sub(nslots) };
                                    // The caller's stack keeps the instance in the callable's
                                    // place; the arguments move into `__init__`'s locals.
                                    unsafe {
                                        *base = inst;
                                        sp = base.add(1);
                                    }
                                    save!();
                                    init.incref();
                                    let nf = push_function_frame(vm, init);
                                    unsafe {
                                        let dst = (*nf).slots();
                                        inst.incref();
                                        *dst = inst;
                                        std::ptr::copy_nonoverlapping(args_ptr, dst.add(1), argc);
                                        (*nf).is_init = true;
                                    }
                                    callable.decref();
                                    code_obj(func_obj(init).code.get()).call_count.set(code_obj(func_obj(init).code.get()).call_count.get().wrapping_add(1));
                                    vm.depth += 2;
                                    f = nf;
                                    continue 'frame;
                                }
                            }
                        }
                        save!();
                        if super::signals::pending() {
                            tri!(super::signals::handle(vm));
                        }
                        let args = unsafe { std::slice::from_raw_parts(args_ptr, argc) };
                        // A call of anything but a Python function is a recursion level of its
                        // own, as CPython 3.11 counts calls of C functions and types.
                        let r = if vm.depth >= vm.recursion_limit {
                            // Calls of Python functions (here: generator functions) say
                            // nothing more, as the interpreter's own call path does.
                            Err(exc::recursion_error(if is_function(callable) {
                                "maximum recursion depth exceeded"
                            } else {
                                "maximum recursion depth exceeded while calling a Python object"
                            }))
                        } else {
                            vm.depth += 1;
                            let r = if obj::method::is_method_descr(callable) {
                                obj::method::call_method_descr(vm, obj::method::method_descr(callable), args, kwn)
                            } else {
                                ops::call(vm, callable, args, kwn)
                            };
                            vm.depth -= 1;
                            r
                        };
                        unsafe {
                            for i in 0..nslots {
                                let p = sp.sub(i + 1);
                                (*p).decref();
                            }
                            sp = sp.sub(nslots);
                        }
                        push!(tri!(r));
                    }
                    Op::CALL_FUNCTION_EX => {
                        let kwargs = if arg & 1 != 0 { pop!() } else { Value::NULL };
                        let args = pop!();
                        let callable = top!();
                        save!();
                        let r = call_ex(vm, callable, args, kwargs);
                        args.decref();
                        kwargs.decref();
                        let r = tri!(r);
                        callable.decref();
                        set_top!(r);
                    }
                    Op::IMPORT_NAME => {
                        let fromlist = pop!();
                        let level = top!();
                        save!();
                        let globals = unsafe { (*f).globals };
                        let r = super::import::import_name(vm, code.names[arg as usize], globals, fromlist, level);
                        fromlist.decref();
                        let m = tri!(r);
                        level.decref();
                        set_top!(m);
                    }
                    Op::IMPORT_FROM => {
                        let m = top!();
                        save!();
                        let r = tri!(super::import::import_from(vm, m, code.names[arg as usize]));
                        push!(r);
                    }
                    Op::IMPORT_STAR => {
                        let m = pop!();
                        save!();
                        let locals = unsafe { (*f).locals };
                        let r = super::import::import_star(vm, m, locals);
                        m.decref();
                        tri!(r);
                    }
                    Op::SETUP_ANNOTATIONS => {
                        let locals = unsafe { (*f).locals };
                        let key = obj::str::intern("__annotations__");
                        if dict::is_dict(locals) {
                            if dict::get_str(locals, key).is_none() {
                                let d = dict::new_dict();
                                dict::set_str(locals, key, d);
                                d.decref();
                            }
                        } else if !locals.is_null() {
                            save!();
                            match ops::getitem(vm, locals, key) {
                                Ok(v) => v.decref(),
                                Err(e) if e.matches(&exc::KEY_ERROR) => {
                                    let d = dict::new_dict();
                                    let r = ops::setitem(vm, locals, key, d);
                                    d.decref();
                                    tri!(r);
                                }
                                Err(e) => break 'run e,
                            }
                        }
                    }
                    Op::PRINT_EXPR => {
                        let v = pop!();
                        save!();
                        let r = super::import::display_hook(vm, v);
                        v.decref();
                        tri!(r);
                    }
                    Op::MATCH_CLASS => {
                        let names = pop!();
                        let cls = pop!();
                        let subject = top!();
                        save!();
                        let r = super::patterns::match_class(vm, subject, cls, arg as usize, names);
                        names.decref();
                        cls.decref();
                        let r = tri!(r);
                        subject.decref();
                        set_top!(r);
                    }
                    Op::MATCH_MAPPING => {
                        let s = top!();
                        push!(bool_value(super::patterns::is_mapping(s)));
                    }
                    Op::MATCH_SEQUENCE => {
                        let s = top!();
                        push!(bool_value(super::patterns::is_sequence(s)));
                    }
                    Op::MATCH_KEYS => {
                        let keys = top!();
                        let subject = peek!(2);
                        save!();
                        let r = tri!(super::patterns::match_keys(vm, subject, keys));
                        push!(r);
                    }
                    Op::GET_LEN => {
                        let v = top!();
                        save!();
                        let n = tri!(ops::len(vm, v));
                        push!(int_from_i64(n as i64));
                    }
                    Op::GET_AWAITABLE => {
                        let v = top!();
                        save!();
                        let r = tri!(crate::objects::generator::get_awaitable(vm, v));
                        v.decref();
                        set_top!(r);
                    }
                    Op::GET_AITER => {
                        let v = top!();
                        save!();
                        let r = tri!(crate::objects::generator::async_iter(vm, v));
                        v.decref();
                        set_top!(r);
                    }
                    Op::GET_ANEXT => {
                        let v = top!();
                        save!();
                        let r = tri!(crate::objects::generator::async_next(vm, v));
                        push!(r);
                    }
                    Op::END_ASYNC_FOR => {
                        let e = pop!();
                        let aiter = pop!();
                        aiter.decref();
                        if e.is_instance_of(&exc::STOP_ASYNC_ITERATION) {
                            e.decref();
                        } else {
                            reraise = true;
                            break 'run PyErr::from_instance(e);
                        }
                    }
                    Op::ASYNC_GEN_WRAP => {
                        let v = top!();
                        set_top!(crate::objects::generator::async_gen_wrap(v));
                        v.decref();
                    }
                }
            }
        };

        // ---- exception unwinding ----
        save!();
        let mut err = err;
        let mut reraised = reraise;
        loop {
            // SAFETY: f is live.
            let code: &CodeObject = unsafe { &*(*f).code };
            let instr = unsafe { (*f).pc }.saturating_sub(1);
            if !reraised {
                chain_context(vm, err.value());
                super::tb_hook::add_traceback(err.value(), code, instr);
            }
            if let Some(h) = find_handler(code, instr) {
                // Pop the value stack to the handler's depth.
                let slots = unsafe { (*f).slots() };
                let base = unsafe { slots.add(code.nlocalsplus) };
                let depth = unsafe { (*f).stack_depth } as usize;
                for i in (h.depth as usize..depth).rev() {
                    unsafe {
                        let v = *base.add(i);
                        *base.add(i) = Value::NULL;
                        v.decref();
                    }
                }
                let mut d = h.depth as usize;
                if h.lasti {
                    unsafe { *base.add(d) = int_from_i64(instr as i64) };
                    d += 1;
                }
                unsafe { *base.add(d) = err.into_value() };
                d += 1;
                unsafe {
                    (*f).stack_depth = d as u32;
                    (*f).pc = h.target;
                }
                continue 'frame;
            }
            // No handler: this frame is done.
            let is_entry = unsafe { (*f).is_entry };
            let in_gen = unsafe { (*f).in_generator };
            let is_init = unsafe { (*f).is_init };
            let prev = unsafe { (*f).prev };
            if in_gen {
                // The generator object clears its frame when it sees the error.
                vm.frame = prev;
            } else {
                pop_frame(vm, f);
            }
            if is_entry {
                return Err(err);
            }
            vm.depth -= if is_init { 2 } else { 1 };
            f = prev;
            reraised = false;
            // The caller's failing instruction is the call (its pc was saved after it).
            let _ = &mut err;
        }
    }
}

/// Return `r` from frame `*f`: pops it; if it was the entry frame, gives the value back to
/// return from `execute`, else pushes it on the caller's stack and makes the caller current.
#[inline]
fn return_from(vm: &mut Vm, f: &mut *mut Frame, entry: *mut Frame, r: Value) -> Result<Option<Value>, PyErr> {
    let fr = *f;
    // SAFETY: fr is the live current frame.
    let (is_entry, prev, in_gen, is_init) = unsafe { ((*fr).is_entry, (*fr).prev, (*fr).in_generator, (*fr).is_init) };
    let _ = entry;
    if in_gen {
        // Generator return: the generator object clears the frame.
        vm.frame = prev;
        return Ok(Some(r));
    }
    pop_frame(vm, fr);
    if is_entry {
        return Ok(Some(r));
    }
    vm.depth -= 1;
    *f = prev;
    if is_init {
        // The instance is already on the caller's stack; `__init__` must have returned None.
        vm.depth -= 1;
        if !r.is_none() {
            let e = type_error(format!("__init__() should return None, not '{}'", ops::type_name(r)));
            r.decref();
            return Err(e);
        }
        return Ok(None);
    }
    // SAFETY: the caller frame is live; its saved stack depth is where the call's result goes.
    unsafe {
        let base = (*prev).stack_base();
        let d = (*prev).stack_depth as usize;
        *base.add(d) = r;
        (*prev).stack_depth += 1;
    }
    Ok(None)
}

/// `__enter__`/`__exit__` lookup for `with` (`async with`: `__aenter__`/`__aexit__`).
fn before_with(vm: &mut Vm, mgr: Value, enter: &str, exit: &str, is_async: bool) -> PyResult<(Value, Value)> {
    let ty = mgr.ty();
    let enter_d = ty.lookup(obj::str::intern(enter));
    let exit_d = ty.lookup(obj::str::intern(exit));
    let (Some(_), Some(_)) = (enter_d, exit_d) else {
        let what = if is_async { "asynchronous context manager" } else { "context manager" };
        let missing = if enter_d.is_none() { "" } else { " (missed __exit__ method)" };
        return Err(type_error(format!("'{}' object does not support the {what} protocol{missing}", ops::type_name(mgr))));
    };
    let exit_bound = ops::getattr(vm, mgr, obj::str::intern(exit))?;
    match ops::call_method(vm, mgr, enter, &[]) {
        Ok(r) => {
            if is_async {
                match crate::objects::generator::get_awaitable(vm, r) {
                    Ok(a) => {
                        r.decref();
                        Ok((exit_bound, a))
                    }
                    Err(e) => {
                        r.decref();
                        exit_bound.decref();
                        Err(e)
                    }
                }
            } else {
                Ok((exit_bound, r))
            }
        }
        Err(e) => {
            exit_bound.decref();
            Err(e)
        }
    }
}

/// `f(*args, **kwargs)`.
fn call_ex(vm: &mut Vm, callable: Value, args: Value, kwargs: Value) -> PyResult {
    let owned_args;
    let pos: &[Value] = if args.is_exact(&obj::TUPLE_TYPE) {
        tuple::items(args)
    } else {
        owned_args = match ops::collect(vm, args) {
            Ok(v) => v,
            Err(e) if e.matches(&exc::TYPE_ERROR) && args.ty().slots().iter.is_none() && args.ty().slots().getitem.is_none() => {
                let fname = func_display_name(vm, callable);
                return Err(type_error(format!("{fname} argument after * must be an iterable, not {}", ops::type_name(args))));
            }
            Err(e) => return Err(e),
        };
        let t = tuple::tuple_from_vec(owned_args);
        let r = call_ex(vm, callable, t, kwargs);
        t.decref();
        return r;
    };
    if kwargs.is_null() || (dict::is_dict(kwargs) && dict::len(kwargs) == 0) {
        return ops::call(vm, callable, pos, &[]);
    }
    let mut names = Vec::new();
    let mut values = Vec::new();
    let r = mapping_items(vm, kwargs, true, &mut names, &mut values);
    let result = r.and_then(|_| {
        let mut all: Vec<Value> = pos.to_vec();
        all.extend_from_slice(&values);
        ops::call(vm, callable, &all, &names)
    });
    for v in names.into_iter().chain(values) {
        v.decref();
    }
    result
}

