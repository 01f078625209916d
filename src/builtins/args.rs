//! Argument parsing for native functions, with CPython's exact `TypeError` messages.
//!
//! Every native function receives `(args, kwnames)` in vectorcall form (see
//! `objects::typeobj::NativeFn`): the positional arguments followed by the keyword values,
//! with `kwnames` naming the last `kwnames.len()` entries of `args`. CPython builds its
//! built-ins in three styles and each style words its errors differently; pick the helper
//! that matches how CPython declares the function you are writing (check with `python3`):
//!
//! | CPython style                     | helper                     | example message |
//! |-----------------------------------|----------------------------|-----------------|
//! | `METH_O` (one positional)         | [`exactly_one`]            | `len() takes exactly one argument (2 given)`, `len() takes no keyword arguments` |
//! | `METH_FASTCALL` + `_PyArg_CheckPositional` | [`positional`]    | `divmod expected 2 arguments, got 1`, `getattr expected at least 2 arguments, got 1` |
//! | Argument Clinic (`_PyArg_UnpackKeywords`) | [`Signature::parse`] | `pow() missing required argument 'exp' (pos 2)`, `'x' is an invalid keyword argument for round()`, `pow() takes at most 3 arguments (4 given)` |
//!
//! A `Signature` is a `const`, so it costs nothing per call; `parse` returns a fixed array
//! of borrowed values (NULL for an optional argument that was not passed) and does not
//! allocate. Example:
//!
//! ```ignore
//! static SIG: Signature = Signature::new("round", &["number", "ndigits"]).required(1);
//! fn builtin_round(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
//!     let [number, ndigits] = SIG.parse(args, kwnames)?;
//!     ...
//! }
//! ```
//!
//! Type checks of individual arguments: [`bad_argument`] words CPython's
//! `"f() argument 'x' must be str, not int"`.

use crate::objects::exceptions::type_error;
use crate::objects::str::{as_str, str_eq};
use crate::objects::Value;
use crate::vm::{ops, PyErr, PyResult};

/// The positional part of `args` and the keyword values (in `kwnames` order).
#[inline(always)]
pub fn split<'a>(args: &'a [Value], kwnames: &[Value]) -> (&'a [Value], &'a [Value]) {
    let npos = args.len().saturating_sub(kwnames.len());
    args.split_at(npos)
}

/// The value of keyword argument `name` (borrowed), if it was passed.
pub fn kwarg(args: &[Value], kwnames: &[Value], name: &str) -> Option<Value> {
    let (_, kwv) = split(args, kwnames);
    kwnames.iter().position(|&k| as_str(k) == Some(name)).and_then(|i| kwv.get(i).copied())
}

/// `"name() takes no keyword arguments"` unless `kwnames` is empty.
#[inline]
pub fn no_kwargs(name: &str, kwnames: &[Value]) -> PyResult<()> {
    if kwnames.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// A `METH_O` function's single argument: `"name() takes exactly one argument (N given)"`,
/// `"name() takes no keyword arguments"`.
#[inline]
pub fn exactly_one(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match args {
        [a] => Ok(*a),
        _ => Err(type_error(format!("{name}() takes exactly one argument ({} given)", args.len()))),
    }
}

/// `_PyArg_CheckPositional`: between `min` and `max` positional arguments, no keywords.
/// Messages: `"name expected 2 arguments, got 1"`, `"name expected at least 1 argument, got 0"`,
/// `"name expected at most 3 arguments, got 4"`, `"name() takes no keyword arguments"`.
/// Returns the positional arguments.
#[inline]
pub fn positional<'a>(name: &str, args: &'a [Value], kwnames: &[Value], min: usize, max: usize) -> PyResult<&'a [Value]> {
    no_kwargs(name, kwnames)?;
    check_count(name, args.len(), min, max)?;
    Ok(args)
}

/// The count check of [`positional`] alone (for functions that accept keywords as well).
#[inline]
pub fn check_count(name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        return Err(count_error(name, n, min, min == max, "at least "));
    }
    if n > max {
        return Err(count_error(name, n, max, min == max, "at most "));
    }
    Ok(())
}

#[cold]
fn count_error(name: &str, n: usize, bound: usize, exact: bool, qual: &str) -> PyErr {
    type_error(format!(
        "{name} expected {}{bound} argument{}, got {n}",
        if exact { "" } else { qual },
        if bound == 1 { "" } else { "s" }
    ))
}

/// `"f() argument 'x' must be str, not int"` (CPython's `_PyArg_BadArgument`; `what` is
/// e.g. `"argument 'errors'"` or `"argument 2"`).
#[cold]
pub fn bad_argument(fname: &str, what: &str, expected: &str, got: Value) -> PyErr {
    let t = if got.is_none() { "None" } else { ops::type_name(got) };
    type_error(format!("{fname}() {what} must be {expected}, not {t}"))
}

/// An Argument-Clinic style signature: named parameters, the first `posonly` of them
/// positional-only, parameters from `maxpos` on keyword-only, the first `minpos` required.
#[derive(Clone, Copy, Debug)]
pub struct Signature {
    /// The function's name as it appears in messages (without `()`).
    pub name: &'static str,
    pub params: &'static [&'static str],
    /// How many leading parameters are positional-only (`/`).
    pub posonly: usize,
    /// How many parameters can be passed positionally (parameters after are keyword-only).
    pub maxpos: usize,
    /// How many leading parameters are required.
    pub minpos: usize,
}

impl Signature {
    /// All parameters positional-or-keyword and optional.
    pub const fn new(name: &'static str, params: &'static [&'static str]) -> Signature {
        Signature { name, params, posonly: 0, maxpos: params.len(), minpos: 0 }
    }
    /// The first `n` parameters are required.
    pub const fn required(self, n: usize) -> Signature {
        Signature { minpos: n, ..self }
    }
    /// The first `n` parameters are positional-only.
    pub const fn posonly(self, n: usize) -> Signature {
        Signature { posonly: n, ..self }
    }
    /// Parameters from index `n` on are keyword-only.
    pub const fn kwonly_from(self, n: usize) -> Signature {
        Signature { maxpos: n, ..self }
    }

    /// Bind `(args, kwnames)` to the parameters: `N` must equal `params.len()`. Missing
    /// optional parameters are NULL. Values are borrowed from `args`.
    pub fn parse<const N: usize>(&self, args: &[Value], kwnames: &[Value]) -> PyResult<[Value; N]> {
        debug_assert_eq!(N, self.params.len(), "signature of {} has {} parameters", self.name, self.params.len());
        let mut out = [Value::NULL; N];
        let (pos, kwv) = split(args, kwnames);
        let nargs = pos.len();
        let nkw = kwnames.len();
        if nkw == 0 && nargs >= self.minpos && nargs <= self.maxpos {
            out[..nargs].copy_from_slice(pos);
            return Ok(out);
        }
        let maxargs = N;
        if nargs + nkw > maxargs {
            return Err(type_error(format!(
                "{}() takes at most {maxargs} {}argument{} ({} given)",
                self.name,
                if nargs == 0 { "keyword " } else { "" },
                if maxargs == 1 { "" } else { "s" },
                nargs + nkw
            )));
        }
        if nargs > self.maxpos {
            if self.maxpos == 0 {
                return Err(type_error(format!("{}() takes no positional arguments", self.name)));
            }
            return Err(type_error(format!(
                "{}() takes {} {} positional argument{} ({nargs} given)",
                self.name,
                if self.minpos < self.maxpos { "at most" } else { "exactly" },
                self.maxpos,
                if self.maxpos == 1 { "" } else { "s" }
            )));
        }
        let minposonly = self.minpos.min(self.posonly);
        if nargs < minposonly {
            return Err(type_error(format!(
                "{}() takes {} {minposonly} positional argument{} ({nargs} given)",
                self.name,
                if minposonly < self.maxpos { "at least" } else { "exactly" },
                if minposonly == 1 { "" } else { "s" }
            )));
        }
        out[..nargs].copy_from_slice(pos);
        let mut remaining = nkw;
        for i in nargs.max(self.posonly)..N {
            let found = if remaining > 0 { find_kw(self.params[i], kwnames, kwv) } else { None };
            match found {
                Some(v) => {
                    out[i] = v;
                    remaining -= 1;
                }
                None if i < self.minpos => {
                    return Err(type_error(format!(
                        "{}() missing required argument '{}' (pos {})",
                        self.name,
                        self.params[i],
                        i + 1
                    )));
                }
                None => {}
            }
        }
        if remaining > 0 {
            for i in self.posonly..nargs {
                if find_kw(self.params[i], kwnames, kwv).is_some() {
                    return Err(type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        self.name,
                        self.params[i],
                        i + 1
                    )));
                }
            }
            for &k in kwnames {
                let known = as_str(k).is_some_and(|s| self.params[self.posonly..].contains(&s));
                if !known {
                    let n = crate::objects::str::str_obj(k).to_string_lossy().into_owned();
                    return Err(type_error(format!("'{n}' is an invalid keyword argument for {}()", self.name)));
                }
            }
        }
        Ok(out)
    }
}

fn find_kw(name: &str, kwnames: &[Value], kwv: &[Value]) -> Option<Value> {
    for (i, &k) in kwnames.iter().enumerate() {
        if as_str(k) == Some(name) {
            return kwv.get(i).copied();
        }
    }
    None
}

/// Whether the str value `k` equals `name` (for hand-written keyword loops).
#[inline]
pub fn kw_is(k: Value, name: Value) -> bool {
    str_eq(k, name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::str::{intern, str_obj};

    fn msg(e: PyErr) -> String {
        let a = crate::objects::exceptions::exc_obj(e.value()).args.get();
        let m = crate::objects::tuple::items(a)[0];
        str_obj(m).to_string_lossy().into_owned()
    }

    // Messages recorded from python3 (CPython 3.11.7), e.g. `pow(1)`, `round(1.5, nd=2)`.
    #[test]
    fn clinic_messages() {
        crate::objects::init_static_types();
        static POW: Signature = Signature::new("pow", &["base", "exp", "mod"]).required(2);
        let one = Value::small_int(1);
        assert_eq!(msg(POW.parse::<3>(&[one], &[]).unwrap_err()), "pow() missing required argument 'exp' (pos 2)");
        assert_eq!(msg(POW.parse::<3>(&[one; 4], &[]).unwrap_err()), "pow() takes at most 3 arguments (4 given)");
        static ROUND: Signature = Signature::new("round", &["number", "ndigits"]).required(1);
        let nd = intern("nd");
        assert_eq!(msg(ROUND.parse::<2>(&[one, one], &[nd]).unwrap_err()), "'nd' is an invalid keyword argument for round()");
        let r = ROUND.parse::<2>(&[one, one], &[intern("ndigits")]).unwrap();
        assert_eq!(r, [one, one]);
        let r = ROUND.parse::<2>(&[one], &[]).unwrap();
        assert_eq!(r, [one, Value::NULL]);
        assert_eq!(
            msg(ROUND.parse::<2>(&[one, one], &[intern("number")]).unwrap_err()),
            "argument for round() given by name ('number') and position (1)"
        );
        static SUM: Signature = Signature::new("sum", &["iterable", "start"]).required(1).posonly(1);
        assert_eq!(msg(SUM.parse::<2>(&[], &[]).unwrap_err()), "sum() takes at least 1 positional argument (0 given)");
        assert_eq!(msg(SUM.parse::<2>(&[one; 3], &[]).unwrap_err()), "sum() takes at most 2 arguments (3 given)");
    }

    #[test]
    fn positional_messages() {
        crate::objects::init_static_types();
        let one = Value::small_int(1);
        assert_eq!(msg(positional("divmod", &[one], &[], 2, 2).unwrap_err()), "divmod expected 2 arguments, got 1");
        assert_eq!(msg(positional("getattr", &[one], &[], 2, 3).unwrap_err()), "getattr expected at least 2 arguments, got 1");
        assert_eq!(msg(positional("iter", &[one; 3], &[], 1, 2).unwrap_err()), "iter expected at most 2 arguments, got 3");
        assert_eq!(msg(exactly_one("len", &[one, one], &[]).unwrap_err()), "len() takes exactly one argument (2 given)");
        assert_eq!(msg(exactly_one("len", &[one], &[intern("x")]).unwrap_err()), "len() takes no keyword arguments");
    }
}
