//! Tests of the exception types. Every expected string was printed by python3 (CPython
//! 3.11.7) for the same construction.
use super::*;
use crate::objects::str::as_str;

fn s(x: &str) -> Value {
    new_str(x)
}
fn i(x: i64) -> Value {
    Value::small_int(x)
}

/// `ty(*args)` through `type.__call__` (new + init).
fn make(vm: &mut Vm, ty: &'static TypeObject, args: &[Value]) -> PyResult {
    ops::call(vm, ty.as_value(), args, &[])
}

fn text(v: PyResult) -> String {
    let v = v.unwrap();
    let r = as_str(v).unwrap().to_string();
    v.decref();
    r
}

fn str_repr(vm: &mut Vm, e: Value) -> (String, String) {
    (text(ops::str(vm, e)), text(ops::repr(vm, e)))
}

fn err_msg(vm: &mut Vm, r: PyResult) -> String {
    match r {
        Ok(v) => {
            v.decref();
            "ok".into()
        }
        Err(e) => {
            let name = e.value().ty().name().to_string();
            let m = text(ops::str(vm, e.value()));
            format!("{name}: {m}")
        }
    }
}

#[test]
fn base_str_and_repr() {
    let mut vm = Vm::new();
    let cases: Vec<(&'static TypeObject, Vec<Value>, &str, &str)> = vec![
        (&VALUE_ERROR, vec![], "", "ValueError()"),
        (&VALUE_ERROR, vec![s("x")], "x", "ValueError('x')"),
        (&VALUE_ERROR, vec![i(1), i(2)], "(1, 2)", "ValueError(1, 2)"),
        (&KEY_ERROR, vec![s("a")], "'a'", "KeyError('a')"),
        (&KEY_ERROR, vec![], "", "KeyError()"),
        (&KEY_ERROR, vec![s("")], "''", "KeyError('')"),
        (&STOP_ITERATION, vec![s("v")], "v", "StopIteration('v')"),
        (&SYSTEM_EXIT, vec![i(3)], "3", "SystemExit(3)"),
    ];
    for (ty, args, st, rp) in cases {
        let e = make(&mut vm, ty, &args).unwrap();
        assert_eq!(str_repr(&mut vm, e), (st.to_string(), rp.to_string()));
        e.decref();
    }
}

#[test]
fn keywords_are_rejected_or_stored() {
    let mut vm = Vm::new();
    let foo = crate::objects::str::intern("foo");
    let r = ops::call(&mut vm, VALUE_ERROR.as_value(), &[i(1)], &[foo]);
    assert_eq!(err_msg(&mut vm, r), "TypeError: ValueError() takes no keyword arguments");
    let r = ops::call(&mut vm, IMPORT_ERROR.as_value(), &[i(1)], &[foo]);
    assert_eq!(err_msg(&mut vm, r), "TypeError: 'foo' is an invalid keyword argument for ImportError()");
    let name = crate::objects::str::intern("name");
    let e = ops::call(&mut vm, NAME_ERROR.as_value(), &[s("m"), s("x")], &[name]).unwrap();
    assert_eq!(as_str(extra_get(e, field::NAME)), Some("x"));
    assert_eq!(args_of(e).len(), 1);
    e.decref();
}

#[test]
fn oserror_picks_subclass_and_formats() {
    let mut vm = Vm::new();
    let e = make(&mut vm, &OS_ERROR, &[i(2), s("No such file or directory"), s("x")]).unwrap();
    assert!(e.is_exact(&FILE_NOT_FOUND_ERROR));
    assert_eq!(text(ops::str(&mut vm, e)), "[Errno 2] No such file or directory: 'x'");
    assert_eq!(args_of(e).len(), 2);
    e.decref();
    let e = make(&mut vm, &OS_ERROR, &[i(2), s("No such"), s("x"), none(), s("y")]).unwrap();
    assert_eq!(text(ops::str(&mut vm, e)), "[Errno 2] No such: 'x' -> 'y'");
    e.decref();
    let e = make(&mut vm, &OS_ERROR, &[i(2)]).unwrap();
    assert!(e.is_exact(&OS_ERROR));
    assert_eq!(str_repr(&mut vm, e), ("2".into(), "OSError(2)".into()));
    e.decref();
    let e = make(&mut vm, &OS_ERROR, &[none(), s("b")]).unwrap();
    assert_eq!(str_repr(&mut vm, e), ("[Errno None] b".into(), "OSError(None, 'b')".into()));
    e.decref();
    // A subclass called with an errno keeps its own type.
    let e = make(&mut vm, &FILE_NOT_FOUND_ERROR, &[i(13), s("x")]).unwrap();
    assert!(e.is_exact(&FILE_NOT_FOUND_ERROR));
    e.decref();
    let e = make(&mut vm, &OS_ERROR, &[i(13), s("denied")]).unwrap();
    assert!(e.is_exact(&PERMISSION_ERROR));
    e.decref();
}

#[test]
fn syntax_error_fields_and_str() {
    let mut vm = Vm::new();
    let info = crate::objects::tuple::tuple_from_vec(vec![s("/a/f.py"), i(3), i(4), s("txt")]);
    let e = make(&mut vm, &SYNTAX_ERROR, &[s("m"), info]).unwrap();
    assert_eq!(text(ops::str(&mut vm, e)), "m (f.py, line 3)");
    assert_eq!(extra_get(e, field::SE_OFFSET), i(4));
    assert!(extra_get(e, field::SE_END_LINENO).is_null());
    e.decref();
    info.decref();
    let short = crate::objects::tuple::tuple_from_vec(vec![i(1), i(2)]);
    let r = make(&mut vm, &SYNTAX_ERROR, &[s("m"), short]);
    assert_eq!(err_msg(&mut vm, r), "TypeError: function takes at least 4 arguments (2 given)");
    short.decref();
    let e = make(&mut vm, &SYNTAX_ERROR, &[i(1), i(2), i(3)]).unwrap();
    assert_eq!(text(ops::repr(&mut vm, e)), "SyntaxError(1, 2, 3)");
    e.decref();
}

#[test]
fn unicode_error_messages() {
    let mut vm = Vm::new();
    let e = make(&mut vm, &UNICODE_ENCODE_ERROR, &[s("ascii"), s("éa"), i(0), i(2), s("r")]).unwrap();
    assert_eq!(text(ops::str(&mut vm, e)), "'ascii' codec can't encode characters in position 0-1: r");
    e.decref();
    let r = make(&mut vm, &UNICODE_ENCODE_ERROR, &[s("a")]);
    assert_eq!(err_msg(&mut vm, r), "TypeError: function takes exactly 5 arguments (1 given)");
    let r = make(&mut vm, &UNICODE_ENCODE_ERROR, &[i(1), s("b"), i(0), i(1), s("r")]);
    assert_eq!(err_msg(&mut vm, r), "TypeError: argument 1 must be str, not int");
}

#[test]
fn exception_groups() {
    let mut vm = Vm::new();
    let v1 = make(&mut vm, &VALUE_ERROR, &[i(1)]).unwrap();
    let ki = make(&mut vm, &KEYBOARD_INTERRUPT, &[]).unwrap();
    let l = crate::objects::list::new_list(&[v1]);
    let g = make(&mut vm, &BASE_EXCEPTION_GROUP, &[s("a"), l]).unwrap();
    assert!(g.is_exact(&EXCEPTION_GROUP), "all Exceptions: ExceptionGroup");
    assert_eq!(str_repr(&mut vm, g), ("a (1 sub-exception)".into(), "ExceptionGroup('a', [ValueError(1)])".into()));
    g.decref();
    let l2 = crate::objects::list::new_list(&[ki]);
    let r = make(&mut vm, &EXCEPTION_GROUP, &[s("a"), l2]);
    assert_eq!(err_msg(&mut vm, r), "TypeError: Cannot nest BaseExceptions in an ExceptionGroup");
    let empty = crate::objects::list::new_list(&[]);
    let r = make(&mut vm, &EXCEPTION_GROUP, &[s("a"), empty]);
    assert_eq!(err_msg(&mut vm, r), "ValueError: second argument (exceptions) must be a non-empty sequence");
    let r = make(&mut vm, &EXCEPTION_GROUP, &[i(1), l]);
    assert_eq!(err_msg(&mut vm, r), "TypeError: BaseExceptionGroup.__new__() argument 1 must be str, not int");
    let r = make(&mut vm, &EXCEPTION_GROUP, &[s("a")]);
    assert_eq!(err_msg(&mut vm, r), "TypeError: BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)");
    for x in [v1, ki, l, l2, empty] {
        x.decref();
    }
}

#[test]
fn context_cause_and_traceback_setters() {
    let mut vm = Vm::new();
    let e = make(&mut vm, &VALUE_ERROR, &[]).unwrap();
    let name = |n: &str| crate::objects::str::intern(n);
    let r = ops::setattr(&mut vm, e, name("__context__"), i(5)).map(|_| none());
    assert_eq!(err_msg(&mut vm, r), "TypeError: exception context must be None or derive from BaseException");
    let r = ops::setattr(&mut vm, e, name("__traceback__"), i(5)).map(|_| none());
    assert_eq!(err_msg(&mut vm, r), "TypeError: __traceback__ must be a traceback or None");
    let r = ops::setattr(&mut vm, e, name("args"), Value::NULL).map(|_| none());
    assert_eq!(err_msg(&mut vm, r), "TypeError: args may not be deleted");
    let r = ops::setattr(&mut vm, e, name("__suppress_context__"), i(1)).map(|_| none());
    assert_eq!(err_msg(&mut vm, r), "TypeError: attribute value type must be bool");
    let c = make(&mut vm, &KEY_ERROR, &[]).unwrap();
    ops::setattr(&mut vm, e, name("__cause__"), c).unwrap();
    assert!(exc_obj(e).suppress_context.get());
    assert_eq!(exc_obj(e).cause.get(), c);
    c.decref();
    e.decref();
}

#[test]
fn add_note_and_notes_errors() {
    let mut vm = Vm::new();
    let e = make(&mut vm, &VALUE_ERROR, &[]).unwrap();
    let r = m_add_note(&mut vm, &[e, i(1)], &[]);
    assert_eq!(err_msg(&mut vm, r), "TypeError: note must be a str, not 'int'");
    m_add_note(&mut vm, &[e, s("n1")], &[]).unwrap();
    let notes = ops::getattr(&mut vm, e, crate::objects::str::intern("__notes__")).unwrap();
    assert_eq!(crate::objects::list::items(notes).len(), 1);
    notes.decref();
    e.decref();
}

#[test]
fn system_exit_code_and_stop_iteration_value() {
    let mut vm = Vm::new();
    let e = make(&mut vm, &SYSTEM_EXIT, &[i(1), i(2)]).unwrap();
    let c = system_exit_code(e);
    assert!(crate::objects::tuple::is_tuple(c));
    c.decref();
    e.decref();
    let e = make(&mut vm, &SYSTEM_EXIT, &[]).unwrap();
    assert!(system_exit_code(e).is_none());
    e.decref();
    let e = make(&mut vm, &STOP_ITERATION, &[i(7), i(8)]).unwrap();
    assert_eq!(stop_iteration_value(e), i(7));
    e.decref();
}
