//! Generators, coroutines and async generators: an object owning a suspended frame block.
//! `send`/`__next__` resume the frame (linked into the frame chain while it runs) until it
//! yields or returns; `throw` raises inside it at the suspension point; `close` throws
//! GeneratorExit. PEP 479: a StopIteration escaping the body becomes RuntimeError.

use super::object::ObjHeader;
use super::typeobj::{GetSetDef, MethodDef, Slots, TypeObject};
use super::value::Value;
use crate::bytecode::CodeFlags;
use crate::objects::code::code_obj;
use crate::objects::exceptions::{self as exc, type_error};
use crate::objects::function::func_obj;
use crate::objects::{none, str::new_str};
use crate::vm::frame::{Frame, FRAME_HEADER_WORDS};
use crate::vm::{ops, PyErr, PyResult, Vm};
use std::cell::Cell;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

#[repr(C)]
pub struct GeneratorObject {
    pub header: ObjHeader,
    /// Frame header + localsplus + stack.
    block: Box<[Value]>,
    pub state: Cell<GenState>,
    pub name: Cell<Value>,
    pub qualname: Cell<Value>,
    /// `gi_code` (owned).
    pub code: Value,
}

impl GeneratorObject {
    fn frame(&self) -> *mut Frame {
        self.block.as_ptr() as *mut Frame
    }
}

impl Drop for GeneratorObject {
    fn drop(&mut self) {
        if self.state.get() != GenState::Finished {
            // SAFETY: an unfinished generator's block holds an initialised frame.
            unsafe { (*self.frame()).clear() };
        }
        self.name.get().decref();
        self.qualname.get().decref();
        self.code.decref();
    }
}

#[inline]
fn gen_obj<'a>(v: Value) -> &'a GeneratorObject {
    // SAFETY: callers check the type first.
    unsafe { v.as_ref::<GeneratorObject>() }
}

/// Whether `v` is a generator, coroutine or async generator.
pub fn is_generator_like(v: Value) -> bool {
    v.is_ptr() && (v.is_exact(&GENERATOR_TYPE) || v.is_exact(&COROUTINE_TYPE) || v.is_exact(&ASYNC_GENERATOR_TYPE))
}

/// Call of a generator function: bind the arguments into a new frame block owned by a new
/// generator object.
pub fn new_generator(vm: &mut Vm, func: Value, args: &[Value], kwnames: &[Value]) -> PyResult {
    let f = func_obj(func);
    let code = f.code.get();
    let co = code_obj(code);
    let block = vec![Value::NULL; FRAME_HEADER_WORDS + co.framesize].into_boxed_slice();
    let ty: &'static TypeObject = if co.flags & CodeFlags::COROUTINE != 0 {
        &COROUTINE_TYPE
    } else if co.flags & CodeFlags::ASYNC_GENERATOR != 0 {
        &ASYNC_GENERATOR_TYPE
    } else {
        &GENERATOR_TYPE
    };
    code.incref();
    let g = super::gc::alloc_gc(GeneratorObject {
        header: ObjHeader::new(ty),
        block,
        state: Cell::new(GenState::Created),
        name: Cell::new(f.name.get().new_ref()),
        qualname: Cell::new(f.qualname.get().new_ref()),
        code,
    });
    let go = gen_obj(g);
    // SAFETY: the block has FRAME_HEADER_WORDS + framesize zeroed words and lives as long as
    // the generator.
    match unsafe { crate::vm::interp::init_generator_frame(vm, go.block.as_ptr() as *mut Value, func, args, kwnames) } {
        Ok(fr) => {
            // SAFETY: fr is the generator's frame.
            unsafe { (*fr).generator = g };
            Ok(g)
        }
        Err(e) => {
            go.state.set(GenState::Finished);
            g.decref();
            Err(e)
        }
    }
}

/// Outcome of resuming a generator.
pub enum SendResult {
    Yield(Value),
    Return(Value),
}

fn kind_name(g: Value) -> &'static str {
    if g.is_exact(&COROUTINE_TYPE) {
        "coroutine"
    } else if g.is_exact(&ASYNC_GENERATOR_TYPE) {
        "async generator"
    } else {
        "generator"
    }
}

/// Resume generator `g` sending `value` (borrowed; NULL or None for `next`), or raising
/// `throw` inside it.
pub fn gen_send_ex(vm: &mut Vm, g: Value, value: Value, throw: Option<PyErr>) -> PyResult<SendResult> {
    let go = gen_obj(g);
    match go.state.get() {
        GenState::Running => return Err(exc::value_error(format!("{} already executing", kind_name(g)))),
        GenState::Finished => {
            if let Some(e) = throw {
                return Err(e);
            }
            if g.is_exact(&COROUTINE_TYPE) {
                return Err(exc::runtime_error("cannot reuse already awaited coroutine"));
            }
            return Ok(SendResult::Return(none()));
        }
        GenState::Created => {
            if throw.is_none() && !value.is_null() && !value.is_none() {
                return Err(type_error(format!("can't send non-None value to a just-started {}", kind_name(g))));
            }
        }
        GenState::Suspended => {
            if throw.is_none() {
                let v = if value.is_null() { none() } else { value.new_ref() };
                // SAFETY: a suspended frame has room on its stack for the sent value (the
                // yield popped its operand).
                unsafe {
                    let fr = go.frame();
                    let base = (*fr).stack_base();
                    let d = (*fr).stack_depth as usize;
                    *base.add(d) = v;
                    (*fr).stack_depth += 1;
                }
            }
        }
    }
    go.state.set(GenState::Running);
    g.incref();
    let r = crate::vm::interp::resume_frame(vm, go.frame(), throw);
    let out = match r {
        Ok(v) => {
            // SAFETY: the frame is still the generator's.
            if unsafe { (*go.frame()).yielded } {
                go.state.set(GenState::Suspended);
                Ok(SendResult::Yield(v))
            } else {
                finish(go);
                Ok(SendResult::Return(v))
            }
        }
        Err(e) => {
            finish(go);
            if e.matches(&exc::STOP_ITERATION) && !g.is_exact(&ASYNC_GENERATOR_TYPE) {
                Err(wrap_stop(e, &format!("{} raised StopIteration", kind_name(g))))
            } else if e.matches(&exc::STOP_ASYNC_ITERATION) && g.is_exact(&ASYNC_GENERATOR_TYPE) {
                Err(wrap_stop(e, "async generator raised StopAsyncIteration"))
            } else {
                Err(e)
            }
        }
    };
    g.decref();
    out
}

fn finish(go: &GeneratorObject) {
    if go.state.get() != GenState::Finished {
        go.state.set(GenState::Finished);
        // SAFETY: the frame was initialised and is no longer running.
        unsafe { (*go.frame()).clear() };
    }
}

fn wrap_stop(e: PyErr, msg: &str) -> PyErr {
    let r = exc::runtime_error(msg);
    let ro = exc::exc_obj(r.value());
    ro.cause.set(e.value().new_ref());
    ro.context.set(e.into_value());
    ro.suppress_context.set(true);
    r
}

/// SEND: resume any receiver of `yield from` / `await` with `value`.
pub fn send_to(vm: &mut Vm, recv: Value, value: Value) -> PyResult<SendResult> {
    if is_generator_like(recv) {
        return gen_send_ex(vm, recv, value, None);
    }
    if value.is_none() && recv.ty().flags.get() & super::typeobj::TypeFlags::HEAPTYPE != 0 {
        // A class's `__next__` may end with StopIteration(value): that value is the result
        // of the `yield from`.
        return match super::slot_wrappers::call_special_method(vm, recv, "__next__", &[]) {
            Ok(Some(v)) => Ok(SendResult::Yield(v)),
            Ok(None) => Err(type_error(format!("'{}' object is not an iterator", ops::type_name(recv)))),
            Err(e) if e.matches(&exc::STOP_ITERATION) => Ok(SendResult::Return(stop_value(&e))),
            Err(e) => Err(e),
        };
    }
    if value.is_none() {
        return Ok(match ops::next(vm, recv)? {
            Some(v) => SendResult::Yield(v),
            None => SendResult::Return(none()),
        });
    }
    match ops::call_method(vm, recv, "send", &[value]) {
        Ok(v) => Ok(SendResult::Yield(v)),
        Err(e) if e.matches(&exc::STOP_ITERATION) => Ok(SendResult::Return(stop_value(&e))),
        Err(e) => Err(e),
    }
}

/// The `value` of a StopIteration (a new reference; None when absent).
pub fn stop_value(e: &PyErr) -> Value {
    let args = exc::exc_obj(e.value()).args.get();
    match crate::objects::tuple::items(args).first() {
        Some(&v) => v.new_ref(),
        None => none(),
    }
}

fn gen_next(vm: &mut Vm, g: Value) -> PyResult<Option<Value>> {
    match gen_send_ex(vm, g, Value::NULL, None)? {
        SendResult::Yield(v) => Ok(Some(v)),
        SendResult::Return(v) => {
            if v.is_none() {
                Ok(None)
            } else {
                // A return value ends iteration with StopIteration(value) for direct next().
                Err(exc::stop_iteration_owned(v))
            }
        }
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    if args.len() != 2 {
        return Err(type_error(format!("send() takes exactly one argument ({} given)", args.len().saturating_sub(1))));
    }
    match gen_send_ex(vm, args[0], args[1], None)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(exc::stop_iteration_owned(v)),
    }
}

/// Build the exception for `throw(type[, value[, tb]])`.
fn throw_exception(vm: &mut Vm, typ: Value, val: Value, tb: Value) -> PyResult<PyErr> {
    let e = if exc::is_exception_type(typ) {
        if !val.is_null() && !val.is_none() && val.is_instance_of(unsafe { typ.as_ref::<TypeObject>() }) {
            val.new_ref()
        } else if val.is_null() || val.is_none() {
            ops::call(vm, typ, &[], &[])?
        } else if crate::objects::tuple::is_tuple(val) {
            ops::call(vm, typ, crate::objects::tuple::items(val), &[])?
        } else {
            ops::call(vm, typ, &[val], &[])?
        }
    } else if exc::is_exception(typ) {
        if !val.is_null() && !val.is_none() {
            return Err(type_error("instance exception may not have a separate value"));
        }
        typ.new_ref()
    } else {
        return Err(type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            ops::type_name(typ)
        )));
    };
    if !tb.is_null() && !tb.is_none() {
        exc::exc_obj(e).traceback.replace(tb.new_ref()).decref();
    }
    Ok(PyErr::from_instance(e))
}

/// If `g` is suspended inside `yield from` / `await` (at `YIELD_VALUE 1`), its receiver.
fn delegate_of(g: Value) -> Option<Value> {
    let go = gen_obj(g);
    if go.state.get() != GenState::Suspended {
        return None;
    }
    // SAFETY: a suspended generator's frame is initialised; pc >= 1 after a yield.
    unsafe {
        let fr = go.frame();
        let pc = (*fr).pc as usize;
        let ins = (*fr).code().unit.instrs.get(pc.checked_sub(1)?)?;
        if ins.op != crate::bytecode::Op::YIELD_VALUE || ins.arg != 1 || (*fr).stack_depth == 0 {
            return None;
        }
        let base = (*fr).stack_base();
        Some(*base.add((*fr).stack_depth as usize - 1))
    }
}

/// The delegate finished with `value`: pop it from `g`'s stack, continue after the SEND loop
/// with `value` as the result of the `yield from` expression.
fn finish_delegation(vm: &mut Vm, g: Value, value: Value) -> PyResult<SendResult> {
    let go = gen_obj(g);
    // SAFETY: called only when delegate_of(g) returned the receiver on top of the stack; the
    // instruction before the YIELD_VALUE is the SEND whose target ends the loop.
    unsafe {
        let fr = go.frame();
        let base = (*fr).stack_base();
        (*fr).stack_depth -= 1;
        let recv = *base.add((*fr).stack_depth as usize);
        *base.add((*fr).stack_depth as usize) = Value::NULL;
        recv.decref();
        let pc = (*fr).pc as usize;
        if let Some(send) = (*fr).code().unit.instrs.get(pc.wrapping_sub(2)) {
            if send.op == crate::bytecode::Op::SEND {
                (*fr).pc = send.arg;
            }
        }
    }
    let r = gen_send_ex(vm, g, value, None);
    value.decref();
    r
}

/// `throw` with delegation to a `yield from` receiver (CPython's _gen_throw).
pub fn gen_throw_value(vm: &mut Vm, g: Value, e: PyErr) -> PyResult<SendResult> {
    let Some(recv) = delegate_of(g) else {
        return gen_send_ex(vm, g, Value::NULL, Some(e));
    };
    recv.incref();
    let recv = crate::objects::Owned::new(recv);
    if e.matches(&exc::GENERATOR_EXIT) {
        // Close the receiver first; an error from that replaces GeneratorExit.
        let r = if is_generator_like(recv.get()) {
            gen_close_value(vm, recv.get())
        } else {
            match ops::getattr_opt(vm, recv.get(), crate::objects::str::intern("close")) {
                Ok(Some(m)) => {
                    let r = ops::call(vm, m, &[], &[]).map(|v| v.decref());
                    m.decref();
                    r
                }
                Ok(None) => Ok(()),
                Err(err) => Err(err),
            }
        };
        return match r {
            Ok(()) => gen_send_ex(vm, g, Value::NULL, Some(e)),
            Err(err) => gen_send_ex(vm, g, Value::NULL, Some(err)),
        };
    }
    let r = if is_generator_like(recv.get()) {
        gen_obj(g).state.set(GenState::Running);
        let r = gen_throw_value(vm, recv.get(), e);
        gen_obj(g).state.set(GenState::Suspended);
        match r {
            Ok(SendResult::Yield(v)) => return Ok(SendResult::Yield(v)),
            Ok(SendResult::Return(v)) => Ok(v),
            Err(err) => Err(err),
        }
    } else {
        match ops::getattr_opt(vm, recv.get(), crate::objects::str::intern("throw"))? {
            None => return gen_send_ex(vm, g, Value::NULL, Some(e)),
            Some(m) => {
                let ev = e.value();
                let tb = exc::exc_obj(ev).traceback.get();
                let tb = if tb.is_null() { none() } else { tb };
                gen_obj(g).state.set(GenState::Running);
                let r = ops::call(vm, m, &[ev.ty().as_value(), ev, tb], &[]);
                gen_obj(g).state.set(GenState::Suspended);
                m.decref();
                match r {
                    Ok(v) => return Ok(SendResult::Yield(v)),
                    Err(err) if err.matches(&exc::STOP_ITERATION) => Ok(stop_value(&err)),
                    Err(err) => Err(err),
                }
            }
        }
    };
    match r {
        Ok(v) => finish_delegation(vm, g, v),
        Err(err) => gen_send_ex(vm, g, Value::NULL, Some(err)),
    }
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    if args.len() < 2 || args.len() > 4 {
        return Err(type_error(format!("throw expected at least 1 argument, got {}", args.len().saturating_sub(1))));
    }
    let g = args[0];
    let e = throw_exception(vm, args[1], args.get(2).copied().unwrap_or(Value::NULL), args.get(3).copied().unwrap_or(Value::NULL))?;
    match gen_throw_value(vm, g, e)? {
        SendResult::Yield(v) => Ok(v),
        SendResult::Return(v) => Err(exc::stop_iteration_owned(v)),
    }
}

/// `close()`: throw GeneratorExit in; it must not yield again.
pub fn gen_close_value(vm: &mut Vm, g: Value) -> PyResult<()> {
    let go = gen_obj(g);
    match go.state.get() {
        GenState::Created => {
            finish(go);
            return Ok(());
        }
        GenState::Finished => return Ok(()),
        _ => {}
    }
    let e = exc::exc_args(&exc::GENERATOR_EXIT, &[]);
    match gen_throw_value(vm, g, e) {
        Ok(SendResult::Yield(v)) => {
            v.decref();
            Err(exc::runtime_error(format!("{} ignored GeneratorExit", kind_name(g))))
        }
        Ok(SendResult::Return(v)) => {
            v.decref();
            Ok(())
        }
        Err(e) if e.matches(&exc::GENERATOR_EXIT) || e.matches(&exc::STOP_ITERATION) => Ok(()),
        Err(e) => Err(e),
    }
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    gen_close_value(vm, args[0])?;
    Ok(none())
}

fn gen_repr(_vm: &mut Vm, g: Value) -> PyResult {
    let go = gen_obj(g);
    let q = crate::objects::str::str_obj(go.qualname.get()).to_string_lossy().into_owned();
    Ok(new_str(&format!("<{} object {q} at {:#x}>", if g.is_exact(&ASYNC_GENERATOR_TYPE) { "async_generator" } else { kind_name(g) }, g.bits())))
}

fn get_name(_vm: &mut Vm, g: Value) -> PyResult {
    Ok(gen_obj(g).name.get().new_ref())
}
fn get_qualname(_vm: &mut Vm, g: Value) -> PyResult {
    Ok(gen_obj(g).qualname.get().new_ref())
}
fn get_running(_vm: &mut Vm, g: Value) -> PyResult {
    Ok(crate::objects::bool_value(gen_obj(g).state.get() == GenState::Running))
}
fn get_code(_vm: &mut Vm, g: Value) -> PyResult {
    Ok(gen_obj(g).code.new_ref())
}
/// `gi_frame`: a snapshot of the generator's frame while it can still run, None after.
fn get_frame(_vm: &mut Vm, g: Value) -> PyResult {
    let go = gen_obj(g);
    if go.state.get() == GenState::Finished {
        return Ok(none());
    }
    // SAFETY: an unfinished generator's frame is initialised.
    unsafe {
        let fr = go.frame();
        let pc = (*fr).pc;
        let lineno = (*fr).code().unit.locations.get(pc.saturating_sub(1) as usize).map(|l| l.lineno).unwrap_or((*fr).code().unit.firstlineno);
        Ok(crate::objects::traceback::new_frame_snapshot(go.code, (*fr).globals, lineno, pc.saturating_sub(1)))
    }
}
fn get_suspended(_vm: &mut Vm, g: Value) -> PyResult {
    Ok(crate::objects::bool_value(gen_obj(g).state.get() == GenState::Suspended))
}

static GEN_METHODS: [MethodDef; 3] = [MethodDef::method("send", gen_send), MethodDef::method("throw", gen_throw), MethodDef::method("close", gen_close)];
static GEN_GETSETS: [GetSetDef; 6] = [
    GetSetDef { name: "__name__", get: get_name, set: None },
    GetSetDef { name: "__qualname__", get: get_qualname, set: None },
    GetSetDef { name: "gi_running", get: get_running, set: None },
    GetSetDef { name: "gi_code", get: get_code, set: None },
    GetSetDef { name: "gi_frame", get: get_frame, set: None },
    GetSetDef { name: "gi_suspended", get: get_suspended, set: None },
];
static CORO_GETSETS: [GetSetDef; 5] = [
    GetSetDef { name: "__name__", get: get_name, set: None },
    GetSetDef { name: "__qualname__", get: get_qualname, set: None },
    GetSetDef { name: "cr_running", get: get_running, set: None },
    GetSetDef { name: "cr_code", get: get_code, set: None },
    GetSetDef { name: "cr_frame", get: get_frame, set: None },
];

fn coro_await(_vm: &mut Vm, args: &[Value], _kw: &[Value]) -> PyResult {
    Ok(args[0].new_ref())
}
static CORO_METHODS: [MethodDef; 4] = [
    MethodDef::method("send", gen_send),
    MethodDef::method("throw", gen_throw),
    MethodDef::method("close", gen_close),
    MethodDef::method("__await__", coro_await),
];

fn gen_traverse(g: Value, visit: &mut dyn FnMut(Value)) {
    let go = gen_obj(g);
    visit(go.code);
    if go.state.get() == GenState::Finished {
        return;
    }
    // SAFETY: an unfinished generator's frame is initialised; slots up to nlocalsplus + depth
    // hold values.
    unsafe {
        let fr = go.frame();
        let n = (*fr).code().nlocalsplus + (*fr).stack_depth as usize;
        let s = (*fr).slots();
        for i in 0..n {
            let v = *s.add(i);
            if !v.is_null() {
                visit(v);
            }
        }
        for v in [(*fr).func, (*fr).globals, (*fr).builtins, (*fr).locals] {
            if !v.is_null() {
                visit(v);
            }
        }
    }
}

fn gen_clear(g: Value) {
    let go = gen_obj(g);
    if go.state.get() != GenState::Running {
        finish(go);
    }
}

thread_local! {
    /// Suspended generators that died inside a try/with block: they are closed (their
    /// `finally` clauses run) at the interpreter's next safe point, then freed.
    static PENDING_CLOSE: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `dealloc` of generators: a generator suspended where an exception handler covers its
/// position (inside try/finally or with) must be closed first, as CPython's finalizer does;
/// that needs the VM, so it is kept alive and queued for `run_pending_closes`.
///
/// # Safety
/// `p` is a generator object with no remaining references.
unsafe fn gen_dealloc(p: *mut ObjHeader) {
    let g = Value::from_ptr(p);
    let go = gen_obj(g);
    if go.state.get() == GenState::Suspended {
        // SAFETY: a suspended generator's frame is initialised.
        let needs_close = unsafe {
            let fr = go.frame();
            let pc = (*fr).pc.saturating_sub(1);
            (*fr).code().unit.exception_table.iter().any(|e| e.start <= pc && pc < e.end)
        };
        if needs_close {
            // Resurrect: the queue owns the reference now.
            go.header.refcnt.set(1);
            PENDING_CLOSE.with(|q| q.borrow_mut().push(g));
            crate::vm::signals::request_attention();
            return;
        }
    }
    // SAFETY: p was made by alloc_gc::<GeneratorObject>.
    unsafe { super::gc::dealloc_gc::<GeneratorObject>(p) }
}

/// Close the generators queued by `gen_dealloc` (errors are reported as unraisable, as
/// CPython reports exceptions in finalizers), then release them.
pub fn run_pending_closes(vm: &mut Vm) {
    loop {
        let next = PENDING_CLOSE.with(|q| q.borrow_mut().pop());
        let Some(g) = next else { break };
        if let Err(e) = gen_close_value(vm, g) {
            crate::vm::traceback::write_unraisable(vm, e, g);
        }
        g.decref();
    }
}

const GEN_SLOTS: Slots = Slots {
    dealloc: gen_dealloc,
    traverse: Some(gen_traverse),
    clear: Some(gen_clear),
    repr: Some(gen_repr),
    hash: Some(|_, v| Ok(crate::vm::ops::identity_hash(v))),
    ..Slots::EMPTY
};

pub static GENERATOR_TYPE: TypeObject = TypeObject::new_static(
    "generator",
    Some(&super::OBJECT_TYPE),
    super::typeobj::TypeFlags::HAVE_GC,
    Slots { iter: Some(|_, v| Ok(v.new_ref())), next: Some(gen_next), ..GEN_SLOTS },
    &GEN_METHODS,
    &GEN_GETSETS,
);
pub static COROUTINE_TYPE: TypeObject =
    TypeObject::new_static("coroutine", Some(&super::OBJECT_TYPE), super::typeobj::TypeFlags::HAVE_GC, Slots { next: Some(gen_next), ..GEN_SLOTS }, &CORO_METHODS, &CORO_GETSETS);
pub static ASYNC_GENERATOR_TYPE: TypeObject =
    TypeObject::new_static("async_generator", Some(&super::OBJECT_TYPE), super::typeobj::TypeFlags::HAVE_GC, GEN_SLOTS, &GEN_METHODS, &GEN_GETSETS);

/// GET_AWAITABLE: the iterator `await v` drives.
pub fn get_awaitable(vm: &mut Vm, v: Value) -> PyResult {
    if v.is_exact(&COROUTINE_TYPE) {
        return Ok(v.new_ref());
    }
    if v.is_exact(&GENERATOR_TYPE) && code_obj(gen_obj(v).code).flags & CodeFlags::ITERABLE_COROUTINE != 0 {
        return Ok(v.new_ref());
    }
    match ops::getattr_opt(vm, v.ty().as_value(), crate::objects::str::intern("__await__"))? {
        Some(m) => {
            let r = ops::call(vm, m, &[v], &[]);
            m.decref();
            let it = r?;
            if is_generator_like(it) && it.is_exact(&COROUTINE_TYPE) {
                it.decref();
                return Err(type_error("__await__() returned a coroutine"));
            }
            if it.ty().slots().next.is_none() {
                let m = format!("__await__() returned non-iterator of type '{}'", ops::type_name(it));
                it.decref();
                return Err(type_error(m));
            }
            Ok(it)
        }
        None => Err(type_error(format!("object {} can't be used in 'await' expression", ops::type_name(v)))),
    }
}

/// GET_AITER: `type(v).__aiter__(v)`, with CPython's TypeErrors when `v` has none or the
/// result has no `__anext__`.
pub fn async_iter(vm: &mut Vm, v: Value) -> PyResult {
    let it = match super::slot_wrappers::call_special_method(vm, v, "__aiter__", &[])? {
        Some(it) => it,
        None => {
            return Err(type_error(format!("'async for' requires an object with __aiter__ method, got {}", ops::type_name(v))))
        }
    };
    if it.ty().lookup(crate::objects::str::intern("__anext__")).is_none() {
        let m = format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", ops::type_name(it));
        it.decref();
        return Err(type_error(m));
    }
    Ok(it)
}

/// GET_ANEXT: the awaitable of `type(aiter).__anext__(aiter)`, with CPython's TypeErrors.
pub fn async_next(vm: &mut Vm, aiter: Value) -> PyResult {
    let r = match super::slot_wrappers::call_special_method(vm, aiter, "__anext__", &[])? {
        Some(r) => super::object::Owned::new(r),
        None => {
            return Err(type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                ops::type_name(aiter)
            )))
        }
    };
    get_awaitable(vm, r.get()).map_err(|e| {
        if !e.matches(&exc::TYPE_ERROR) {
            return e;
        }
        // Raised "from" the original error, as CPython's _PyErr_FormatFromCause.
        let ne = type_error(format!("'async for' received an invalid object from __anext__: {}", ops::type_name(r.get())));
        let (orig, o) = (e.value(), exc::exc_obj(ne.value()));
        orig.incref();
        orig.incref();
        o.cause.replace(orig).decref();
        o.context.replace(orig).decref();
        o.suppress_context.set(true);
        ne
    })
}

/// ASYNC_GEN_WRAP: values yielded by an async generator (passed through; the async-iteration
/// protocol on top of them is not implemented yet).
pub fn async_gen_wrap(v: Value) -> Value {
    v.new_ref()
}
