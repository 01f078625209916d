//! Helpers shared by the text types (str, bytes, bytearray, memoryview): argument binding
//! with CPython's messages, `__index__` conversion, slice and sub-range arguments.

use super::exceptions::{index_error, type_error, value_error};
use super::int::{int_as_big, int_as_i64, is_int};
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};
use num_traits::Signed;

/// How a method reports a wrong argument count (CPython's methods differ by how they were
/// declared).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Argument Clinic, positional-only: "center expected at least 1 argument, got 0".
    Clinic,
    /// Argument Clinic with keywords, or old-style: "split() takes at most 2 arguments (3 given)".
    Old,
}

/// Bind `args[1..]` (after self) and keywords to `names`: missing optional parameters are NULL.
/// `owner` is the type name used in qualified names in messages (`str` for "str.find() takes
/// no keyword arguments"; empty: unqualified), `name` the method's name. `min` parameters are
/// required; `kw` says whether keywords are accepted. Nothing is allocated unless an error is
/// raised.
#[allow(clippy::too_many_arguments)]
pub fn bind<const N: usize>(
    owner: &str,
    name: &str,
    args: &[Value],
    kwnames: &[Value],
    names: [&str; N],
    min: usize,
    kw: bool,
    style: Style,
) -> PyResult<[Value; N]> {
    let mut out = [Value::NULL; N];
    let npos = args.len().saturating_sub(1 + kwnames.len());
    let given = args.len().saturating_sub(1);
    if kwnames.is_empty() && given >= min && given <= N {
        out[..npos].copy_from_slice(&args[1..1 + npos]);
        return Ok(out);
    }
    let qual = &qualified(owner, name);
    if !kwnames.is_empty() && !kw {
        return Err(type_error(format!("{qual}() takes no keyword arguments")));
    }
    if N == 0 && given > 0 {
        return Err(type_error(format!("{qual}() takes no arguments ({given} given)")));
    }
    if N == 1 && min == 1 && !kw && given != 1 {
        return Err(type_error(format!("{qual}() takes exactly one argument ({given} given)")));
    }
    if npos > N || given > N {
        return Err(match style {
            Style::Clinic => type_error(format!("{name} expected at most {N} argument{}, got {given}", plural(N))),
            Style::Old => type_error(format!("{name}() takes at most {N} argument{} ({given} given)", plural(N))),
        });
    }
    out[..npos].copy_from_slice(&args[1..1 + npos]);
    for (k, &kn) in kwnames.iter().enumerate() {
        let kname = super::str::str_obj(kn).to_string_lossy();
        match names.iter().position(|&n| n == kname) {
            Some(i) => {
                if !out[i].is_null() {
                    return Err(type_error(format!("argument for {name}() given by name ('{kname}') and position ({})", i + 1)));
                }
                out[i] = args[1 + npos + k];
            }
            None => return Err(type_error(format!("'{kname}' is an invalid keyword argument for {name}()"))),
        }
    }
    if let Some(missing) = out.iter().take(min).position(|v| v.is_null()) {
        if missing >= npos && !kwnames.is_empty() {
            return Err(type_error(format!("{name}() missing required argument '{}' (pos {})", names[missing], missing + 1)));
        }
        return Err(match style {
            Style::Clinic => type_error(format!("{name} expected at least {min} argument{}, got {given}", plural(min))),
            Style::Old => type_error(format!("{name}() takes at least {min} argument{} ({given} given)", plural(min))),
        });
    }
    Ok(out)
}

/// `owner.name` (or `name` when there is no owner), for messages.
fn qualified(owner: &str, name: &str) -> String {
    if owner.is_empty() {
        name.to_string()
    } else {
        format!("{owner}.{name}")
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Check that a method got no arguments besides self (`owner.name` names it in messages).
#[inline]
pub fn no_args(owner: &str, name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(type_error(format!("{}() takes no keyword arguments", qualified(owner, name))));
    }
    if args.len() > 1 {
        return Err(type_error(format!("{}() takes no arguments ({} given)", qualified(owner, name), args.len() - 1)));
    }
    Ok(())
}

/// `operator.index(v)` as i64, saturating to i64's range (callers clamp to lengths) with
/// `overflow` telling whether it saturated. `None`: `v` has no `__index__`.
pub fn index_value(vm: &mut Vm, v: Value) -> PyResult<Option<(i64, bool)>> {
    if v.is_small_int() {
        return Ok(Some((v.as_small_int(), false)));
    }
    if is_int(v) {
        return Ok(Some(big_to_sat(v)));
    }
    if v.is_float() || super::str::is_str(v) {
        return Ok(None);
    }
    let name = super::str::intern("__index__");
    let Some(m) = v.ty().lookup(name) else { return Ok(None) };
    let _ = m;
    let r = super::slot_wrappers::call_special_known(vm, v, "__index__", &[])?;
    if !is_int(r) {
        let msg = format!("__index__ returned non-int (type {})", ops::type_name(r));
        r.decref();
        return Err(type_error(msg));
    }
    if let Err(e) = super::deprecation::check_index_result(vm, r) {
        r.decref();
        return Err(e);
    }
    let out = big_to_sat(r);
    r.decref();
    Ok(Some(out))
}

fn big_to_sat(v: Value) -> (i64, bool) {
    match int_as_i64(v) {
        Some(i) => (i, false),
        None => match int_as_big(v) {
            Some(b) if b.is_negative() => (i64::MIN, true),
            _ => (i64::MAX, true),
        },
    }
}

/// An integer argument (`__index__`), "'str' object cannot be interpreted as an integer".
pub fn int_arg(vm: &mut Vm, v: Value) -> PyResult<i64> {
    match index_value(vm, v)? {
        Some((i, false)) => Ok(i),
        Some((_, true)) => Err(super::exceptions::overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(v)))),
    }
}

/// A sub-range bound (`start`/`end` of find/count/startswith...): None or NULL -> `default`.
pub fn slice_bound(vm: &mut Vm, v: Value, default: i64) -> PyResult<i64> {
    if v.is_null() || v.is_none() {
        return Ok(default);
    }
    match index_value(vm, v)? {
        Some((i, _)) => Ok(i),
        None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// Normalise `start, end` of a sub-range against `len` as CPython's ADJUST_INDICES does:
/// negative counts from the end (clamped at 0); `end` is clamped to `len`, `start` is not
/// (callers treat `start > len` as "not found"). `start` may exceed `end`.
pub fn adjust_range(start: i64, end: i64, len: usize) -> (usize, usize) {
    let n = len as i64;
    let s = if start < 0 { (start.saturating_add(n)).max(0) } else { start };
    let e = if end > n {
        n
    } else if end < 0 {
        (end.saturating_add(n)).max(0)
    } else {
        end
    };
    (s as usize, e as usize)
}

/// The sub-range arguments (`start`, `end`) as a clamped range; `None` when start > len or
/// start > end after adjustment (empty and "not even the empty string is found").
pub fn sub_range(vm: &mut Vm, start: Value, end: Value, len: usize) -> PyResult<(i64, i64, usize, usize)> {
    let s = slice_bound(vm, start, 0)?;
    let e = slice_bound(vm, end, i64::MAX)?;
    let (a, b) = adjust_range(s, e, len);
    Ok((s, e, a, b))
}

/// Results longer than this many bytes raise MemoryError instead of attempting the
/// allocation (which would abort the process).
pub const MAX_RESULT: usize = 1 << 40;

/// MemoryError when a result of `n` bytes could not be allocated.
#[inline]
pub fn check_size(n: usize) -> PyResult<()> {
    if n > MAX_RESULT {
        return Err(super::exceptions::memory_error(""));
    }
    Ok(())
}

/// Whether `v` is a `slice` object.
#[inline]
pub fn is_slice(v: Value) -> bool {
    super::slice::is_slice(v)
}

/// `slice.indices(len)` for a slice object: `(start, stop, step, slicelength)`.
pub fn slice_indices(vm: &mut Vm, s: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let (start, stop, step) = super::slice::slice_parts(s);
    slice_indices_of(vm, start, stop, step, len)
}

/// `slice(start, stop, step).indices(len)` from the three values (None for absent).
pub fn slice_indices_of(vm: &mut Vm, start: Value, stop: Value, step: Value, len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let step = if step.is_none() || step.is_null() {
        1
    } else {
        match index_value(vm, step)? {
            Some((0, _)) => return Err(value_error("slice step cannot be zero")),
            Some((i, _)) => i.max(-i64::MAX),
            None => return Err(type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let n = len as i64;
    let get = |vm: &mut Vm, v: Value, dflt: i64| -> PyResult<i64> {
        if v.is_none() || v.is_null() {
            return Ok(dflt);
        }
        match index_value(vm, v)? {
            Some((i, _)) => Ok(i),
            None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
        }
    };
    let (lo_dflt, hi_dflt) = if step < 0 { (n - 1, -1) } else { (0, n) };
    let clamp = |x: i64| -> i64 {
        if x < 0 {
            let y = x.saturating_add(n);
            if y < 0 {
                if step < 0 {
                    -1
                } else {
                    0
                }
            } else {
                y
            }
        } else if x >= n {
            if step < 0 {
                n - 1
            } else {
                n
            }
        } else {
            x
        }
    };
    let start = if start.is_none() || start.is_null() { lo_dflt } else { clamp(get(vm, start, 0)?) };
    let stop = if stop.is_none() || stop.is_null() { hi_dflt } else { clamp(get(vm, stop, 0)?) };
    let slen = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, slen))
}

/// Normalise a sequence index (negative from the end); `Err` with `msg` when out of range.
#[inline]
pub fn seq_index(i: i64, len: usize, msg: &str) -> PyResult<usize> {
    let j = if i < 0 { i + len as i64 } else { i };
    if j < 0 || j >= len as i64 {
        return Err(index_error(msg));
    }
    Ok(j as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        // python3: 'abcde'[-2:] etc. as ADJUST_INDICES does.
        assert_eq!(adjust_range(-2, i64::MAX, 5), (3, 5));
        assert_eq!(adjust_range(-10, 2, 5), (0, 2));
        assert_eq!(adjust_range(7, 9, 5), (7, 5));
    }

    #[test]
    fn slices() {
        let mut vm = Vm::new();
        let n = super::super::none();
        // slice(None, None, -1).indices(5) == (4, -1, -1)
        let r = slice_indices_of(&mut vm, n, n, Value::small_int(-1), 5).ok();
        assert_eq!(r, Some((4, -1, -1, 5)));
        // slice(-100, 100, 2).indices(5) == (0, 5, 2)
        let r = slice_indices_of(&mut vm, Value::small_int(-100), Value::small_int(100), Value::small_int(2), 5).ok();
        assert_eq!(r, Some((0, 5, 2, 3)));
    }
}
