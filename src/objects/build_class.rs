//! `__build_class__(func, name, *bases, metaclass=None, **kwds)`: what a `class` statement
//! calls. Resolves `__mro_entries__`, picks the metaclass, asks it for the namespace
//! (`__prepare__`), runs the class body in it, calls the metaclass, and checks the
//! `__class__` cell was filled.

use super::object::Owned;
use super::str::{intern, is_str};
use super::type_type::as_type;
use super::value::Value;
use super::{dict, tuple, TYPE_TYPE};
use crate::objects::exceptions::{runtime_error, type_error};
use crate::vm::{ops, PyResult, Vm};

/// Replace bases that are not types but have `__mro_entries__` by what it returns. `None`
/// when nothing changed.
fn resolve_bases(vm: &mut Vm, bases: &[Value]) -> PyResult<Option<Vec<Value>>> {
    let mut out: Option<Vec<Value>> = None;
    let orig = Owned::new(tuple::new_tuple(bases));
    for (i, &b) in bases.iter().enumerate() {
        if as_type(b).is_some() {
            if let Some(o) = out.as_mut() {
                o.push(b.new_ref());
            }
            continue;
        }
        let me = match ops::getattr_opt(vm, b, intern("__mro_entries__"))? {
            Some(m) => Owned::new(m),
            None => {
                if let Some(o) = out.as_mut() {
                    o.push(b.new_ref());
                }
                continue;
            }
        };
        let r = Owned::new(ops::call(vm, me.get(), &[orig.get()], &[])?);
        if !tuple::is_tuple(r.get()) {
            release(out);
            return Err(type_error("__mro_entries__ must return a tuple"));
        }
        let o = out.get_or_insert_with(|| bases[..i].iter().map(|v| v.new_ref()).collect());
        for &x in tuple::items(r.get()) {
            o.push(x.new_ref());
        }
    }
    Ok(out)
}

fn release(v: Option<Vec<Value>>) {
    for x in v.into_iter().flatten() {
        x.decref();
    }
}

/// The `__build_class__` built-in (a `NativeFn`).
pub fn build_class(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let npos = args.len() - kwnames.len();
    if npos < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let (func, name) = (args[0], args[1]);
    if !ops::is_callable(func) {
        return Err(type_error("__build_class__: func must be a function"));
    }
    if !is_str(name) {
        return Err(type_error("__build_class__: name is not a string"));
    }
    let orig_bases = &args[2..npos];
    // Keywords: `metaclass` is taken out; the rest go to __prepare__ and the metaclass.
    let mut meta: Option<Value> = None;
    let mut kw_vals: Vec<Value> = Vec::new();
    let mut kw_names: Vec<Value> = Vec::new();
    for (&k, &v) in kwnames.iter().zip(&args[npos..]) {
        if super::str::as_str(k) == Some("metaclass") {
            meta = Some(v);
        } else {
            kw_names.push(k);
            kw_vals.push(v);
        }
    }
    let resolved = resolve_bases(vm, orig_bases)?;
    let changed = resolved.is_some();
    let bases = Owned::new(match resolved {
        Some(v) => tuple::tuple_from_vec(v),
        None => tuple::new_tuple(orig_bases),
    });
    let base_items = tuple::items(bases.get());

    // The metaclass: explicit, else the type of the first base, else `type`; when it is a
    // class, the most derived of it and the bases' metaclasses.
    let (meta, is_class) = match meta {
        Some(m) => (m, as_type(m).is_some()),
        None => match base_items.first() {
            Some(&b) => (b.ty().as_value(), true),
            None => (TYPE_TYPE.as_value(), true),
        },
    };
    let meta = if is_class {
        // SAFETY: is_class says meta is a type object.
        let mt = unsafe { meta.as_ref::<super::TypeObject>() };
        super::heaptype::calculate_metaclass(mt, base_items)?.as_value()
    } else {
        meta
    };
    let meta = Owned::from_borrowed(meta);

    // The namespace.
    let mut pa = Vec::with_capacity(2 + kw_vals.len());
    pa.push(name);
    pa.push(bases.get());
    pa.extend_from_slice(&kw_vals);
    let ns = match ops::getattr_opt(vm, meta.get(), intern("__prepare__"))? {
        Some(p) => {
            let p = Owned::new(p);
            Owned::new(ops::call(vm, p.get(), &pa, &kw_names)?)
        }
        None => Owned::new(dict::new_dict()),
    };
    if ns.get().ty().slots().getitem.is_none() && !dict::is_dict(ns.get()) {
        let who = match as_type(meta.get()) {
            Some(t) if is_class => format!("{}.__prepare__()", t.name()),
            _ => "<metaclass>.__prepare__()".to_string(),
        };
        return Err(type_error(format!("{who} must return a mapping, not {}", ops::type_name(ns.get()))));
    }

    let cell = Owned::new(crate::vm::interp_api::run_class_body(vm, func, ns.get())?);
    if changed {
        let ob = Owned::new(tuple::new_tuple(orig_bases));
        ops::setitem(vm, ns.get(), intern("__orig_bases__"), ob.get())?;
    }
    let mut ca = Vec::with_capacity(3 + kw_vals.len());
    ca.push(name);
    ca.push(bases.get());
    ca.push(ns.get());
    ca.extend_from_slice(&kw_vals);
    let cls = Owned::new(ops::call(vm, meta.get(), &ca, &kw_names)?);
    if as_type(cls.get()).is_some() && super::cell::is_cell(cell.get()) {
        let content = super::cell::cell_get(cell.get());
        if content != cls.get() {
            let cls_repr = Owned::new(ops::repr(vm, cls.get())?);
            let name_repr = Owned::new(ops::repr(vm, name)?);
            let cr = super::str::str_obj(cls_repr.get()).to_string_lossy().into_owned();
            let nr = super::str::str_obj(name_repr.get()).to_string_lossy().into_owned();
            if content.is_null() {
                return Err(runtime_error(format!(
                    "__class__ not set defining {nr} as {cr}. Was __classcell__ propagated to type.__new__?"
                )));
            }
            let got = Owned::new(ops::repr(vm, content)?);
            let g = super::str::str_obj(got.get()).to_string_lossy().into_owned();
            return Err(type_error(format!("__class__ set to {g} defining {nr} as {cr}")));
        }
    }
    Ok(cls.into_value())
}

#[cfg(test)]
mod tests {
    //! End-to-end: class statements compiled and run by the interpreter; expected values from
    //! running the same source under python3 (3.11.7).
    use super::*;
    use crate::vm::run::{start_vm, RunOptions};

    /// Run `src` as `__main__` and return the value bound to `name` (as Rust text for str,
    /// `Err` with the exception's message when the run raised).
    fn run(src: &str, name: &str) -> Result<Value, String> {
        let opts = RunOptions { argv: &[], optimize: 0, path0: String::new(), safe_path: false, ignore_environment: false };
        let (mut vm, g) = start_vm(&opts);
        static BC: crate::objects::typeobj::MethodDef = crate::objects::typeobj::MethodDef::method("__build_class__", build_class);
        let f = crate::objects::method::new_builtin_function(&BC, intern("builtins"));
        dict::set_str(vm.builtins, intern("__build_class__"), f);
        let code = crate::vm::builtins_core::compile_to_code(&mut vm, src.as_bytes(), "<test>", crate::compiler::CompileMode::Exec)
            .map_err(|e| format!("{:?}", e))?;
        match crate::vm::interp::run_code(&mut vm, code, g, g) {
            Ok(r) => r.decref(),
            Err(e) => {
                let a = crate::objects::exceptions::exc_obj(e.value()).args.get();
                let m = tuple::items(a).first().and_then(|&s| super::super::str::as_str(s)).unwrap_or("").to_string();
                return Err(format!("{}: {m}", ops::type_name(e.value())));
            }
        }
        dict::get_str(g, intern(name)).ok_or_else(|| format!("{name} not set"))
    }

    fn text(v: Value) -> String {
        super::super::str::as_str(v).unwrap_or("<not str>").to_string()
    }

    #[test]
    fn class_statement_with_super_and_classcell() {
        let src = "
class A:
    def __init__(self, x):
        self.x = x
    def who(self):
        return 'A'
class B(A):
    def __init__(self, x):
        super().__init__(x + 1)
    def who(self):
        return 'B>' + super().who()
b = B(1)
r = b.who()
n = b.x
q = B.__qualname__ + '|' + B.__module__
";
        assert_eq!(text(run(src, "r").unwrap()), "B>A");
        assert_eq!(run(src, "n").unwrap(), Value::small_int(2));
        assert_eq!(text(run(src, "q").unwrap()), "B|__main__");
    }

    #[test]
    fn metaclass_keywords_and_prepare() {
        let src = "
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {'pre': 'p'}
    def __new__(mcs, name, bases, ns, tag='none'):
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = tag
        return cls
class C(metaclass=Meta, tag='t'):
    x = pre + '!'
r = C.tag + C.x + type(C).__name__
";
        assert_eq!(text(run(src, "r").unwrap()), "tp!Meta");
    }

    #[test]
    fn classcell_not_propagated_is_an_error() {
        // python3: RuntimeError: __class__ not set defining 'X' as <class '__main__.X'>. Was
        // __classcell__ propagated to type.__new__?
        let src = "
class Meta(type):
    def __new__(mcs, name, bases, ns):
        return type.__new__(mcs, name, bases, {'f': 1})
class X(metaclass=Meta):
    def f(self):
        return __class__
";
        let e = run(src, "X").unwrap_err();
        assert!(e.starts_with("RuntimeError: __class__ not set defining 'X' as <class '__main__.X'>. Was __classcell__"), "{e}");
    }

    #[test]
    fn operators_and_reflected_from_python() {
        let src = "
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return V(self.n + (o.n if type(o) is V else o))
    def __radd__(self, o):
        return V(o * 100 + self.n)
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
a = (V(1) + V(2)).n
b = (5 + V(3)).n
c = V(1) == V(1)
d = V(2) > V(1)
e = V(1) != V(1)
";
        assert_eq!(run(src, "a").unwrap(), Value::small_int(3));
        assert_eq!(run(src, "b").unwrap(), Value::small_int(503));
        assert_eq!(run(src, "c").unwrap(), crate::objects::bool_value(true));
        assert_eq!(run(src, "d").unwrap(), crate::objects::bool_value(true));
        assert_eq!(run(src, "e").unwrap(), crate::objects::bool_value(false));
    }

    #[test]
    fn exception_subclass_raise_and_catch() {
        let src = "
class MyError(ValueError):
    def __init__(self, code):
        super().__init__('bad ' + code)
        self.code = code
r = None
try:
    raise MyError('x1')
except ValueError as e:
    r = e.code + '/' + e.args[0]
";
        assert_eq!(text(run(src, "r").unwrap()), "x1/bad x1");
    }

    #[test]
    fn slots_and_builtin_subclasses() {
        // python3: 'P' object has no attribute 'z'; AttrDict attributes live beside the items.
        let src = "
class P:
    __slots__ = ('x',)
p = P()
p.x = 5
r = p.x
try:
    p.z = 1
    e = 'no error'
except AttributeError as ex:
    e = ex.args[0]
class D(dict):
    pass
d = D(a=1)
d.tag = 'tagged'
t = d.tag + str(len(d))
";
        assert_eq!(run(src, "r").unwrap(), Value::small_int(5));
        assert_eq!(text(run(src, "e").unwrap()), "'P' object has no attribute 'z'");
        assert_eq!(text(run(src, "t").unwrap()), "tagged1");
    }
}
