//! Tests of the sys module. Expected values were printed by python3 (CPython 3.11.7).
use super::*;

fn attr(vm: &Vm, name: &str) -> Value {
    dict::get_str(obj::module::module_dict(vm.sys), obj::str::intern(name)).unwrap()
}

fn call(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult {
    let f = attr(vm, name);
    ops::call(vm, f, args, &[])
}

fn err_text(vm: &mut Vm, r: PyResult) -> String {
    match r {
        Ok(v) => {
            v.decref();
            "ok".into()
        }
        Err(e) => {
            let s = str_string(vm, e.value()).unwrap();
            format!("{}: {s}", e.value().ty().name())
        }
    }
}

#[test]
fn values() {
    let mut vm = Vm::new();
    let m = make_sys_module(&mut vm, &["prog.py".to_string(), "a".to_string()]);
    assert_eq!(obj::int::int_as_i64(attr(&vm, "hexversion")), Some(0x030B07F0));
    assert_eq!(obj::int::int_as_i64(attr(&vm, "maxsize")), Some(i64::MAX));
    assert_eq!(obj::int::int_as_i64(attr(&vm, "maxunicode")), Some(0x10FFFF));
    assert_eq!(obj::str::as_str(attr(&vm, "platform")), Some("linux"));
    let vi = attr(&vm, "version_info");
    assert_eq!(repr_string(&mut vm, vi).unwrap(), "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)");
    let ii = attr(&vm, "int_info");
    assert_eq!(
        repr_string(&mut vm, ii).unwrap(),
        "sys.int_info(bits_per_digit=30, sizeof_digit=4, default_max_str_digits=4300, str_digits_check_threshold=640)"
    );
    let argv = attr(&vm, "argv");
    assert_eq!(obj::list::items(argv).len(), 2);
    assert_eq!(dict::get_str(vm.modules, obj::str::intern("sys")), Some(m));
    m.decref();
}

#[test]
fn recursion_limit_and_int_digits_errors() {
    let mut vm = Vm::new();
    make_sys_module(&mut vm, &[]).decref();
    let r = call(&mut vm, "setrecursionlimit", &[Value::small_int(0)]);
    assert_eq!(err_text(&mut vm, r), "ValueError: recursion limit must be greater or equal than 1");
    let r = call(&mut vm, "setrecursionlimit", &[Value::float(1.5)]);
    assert_eq!(err_text(&mut vm, r), "TypeError: 'float' object cannot be interpreted as an integer");
    call(&mut vm, "setrecursionlimit", &[Value::small_int(200)]).unwrap().decref();
    assert_eq!(vm.recursion_limit, 200);
    let r = call(&mut vm, "set_int_max_str_digits", &[Value::small_int(5)]);
    assert_eq!(err_text(&mut vm, r), "ValueError: maxdigits must be 0 or larger than 640");
    let r = call(&mut vm, "intern", &[Value::small_int(5)]);
    assert_eq!(err_text(&mut vm, r), "TypeError: intern() argument must be str, not int");
}

#[test]
fn exit_raises_system_exit() {
    let mut vm = Vm::new();
    make_sys_module(&mut vm, &[]).decref();
    let r = call(&mut vm, "exit", &[Value::small_int(3)]);
    let e = r.unwrap_err();
    assert!(e.value().is_exact(&exc::SYSTEM_EXIT));
    assert_eq!(crate::vm::traceback::exit_code_for_system_exit(&mut vm, e.value()), Some(3));
}

#[test]
fn sizes_match_cpython() {
    let mut vm = Vm::new();
    // sys.getsizeof in CPython 3.11.7 on x86-64.
    for (v, n) in [(Value::small_int(0), 28), (Value::small_int(1 << 40), 32), (Value::float(1.5), 24), (obj::none(), 16)] {
        assert_eq!(approx_sizeof(&mut vm, v).unwrap(), n);
    }
    let s = new_str("abc");
    assert_eq!(approx_sizeof(&mut vm, s).unwrap(), 52);
    s.decref();
    let s = new_str("é");
    assert_eq!(approx_sizeof(&mut vm, s).unwrap(), 74);
    s.decref();
}
