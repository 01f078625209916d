//! "Did you mean" suggestions for NameError and AttributeError, as CPython 3.11's
//! Python/suggestions.c computes them for the uncaught-exception display: the closest name by
//! a Levenshtein distance with case-insensitive substitutions costing less, among the failing
//! frame's local variables, its globals and the builtins (NameError), or `dir(obj)`
//! (AttributeError).

use crate::objects::exception_types::{extra_get, field};
use crate::objects::exceptions::{exc_obj, ATTRIBUTE_ERROR, NAME_ERROR};
use crate::objects::{self as obj, dict, Owned, Value};
use crate::vm::{ops, Vm};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// CPython's `levenshtein_distance` on UTF-8 bytes, giving up past `max_cost`.
pub fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer = [0usize; MAX_STRING_SIZE];
    for (i, slot) in buffer.iter_mut().enumerate().take(a.len()) {
        *slot = (i + 1) * MOVE_COST;
    }
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The best candidate for `name` (CPython's `calculate_suggestions`).
pub fn best_match<'a>(candidates: impl Iterator<Item = &'a str>, name: &str) -> Option<String> {
    let candidates: Vec<&str> = candidates.collect();
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&str> = None;
    let mut best_distance = usize::MAX;
    for item in candidates {
        if item == name {
            continue;
        }
        let max = ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_distance.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_distance {
            best = Some(item);
            best_distance = d;
        }
    }
    best.map(str::to_string)
}

/// An extra field, or the `__dict__` entry the interpreter may have stored instead.
fn field_or_dict(exc: Value, i: usize, name: &str) -> Value {
    let v = extra_get(exc, i);
    if !v.is_null() {
        return v;
    }
    let d = exc_obj(exc).dict.get();
    if d.is_null() {
        return Value::NULL;
    }
    dict::get_str(d, obj::str::intern(name)).unwrap_or(Value::NULL)
}

fn str_keys(d: Value) -> Vec<String> {
    dict::items_vec(d).into_iter().filter_map(|(k, _)| obj::str::as_str(k).map(str::to_string)).collect()
}

/// The globals of the module whose file is `filename` (`__main__` when none matches).
fn globals_for(vm: &Vm, filename: &str) -> Option<Value> {
    let file_key = obj::str::intern("__file__");
    let mut main = None;
    for (k, m) in dict::items_vec(vm.modules) {
        if !obj::module::is_module(m) {
            continue;
        }
        let d = obj::module::module_dict(m);
        if obj::str::as_str(k) == Some("__main__") {
            main = Some(d);
        }
        if dict::get_str(d, file_key).and_then(obj::str::as_str) == Some(filename) {
            return Some(d);
        }
    }
    main
}

/// The suggested name for an uncaught NameError / AttributeError, if any.
pub fn suggestion(vm: &mut Vm, exc: Value) -> Option<String> {
    if exc.is_instance_of(&NAME_ERROR) {
        let name = field_or_dict(exc, field::NAME, "name");
        let name = obj::str::as_str(name).filter(|_| name.is_exact(&obj::STR_TYPE))?.to_string();
        let entries = crate::objects::traceback::entries(exc_obj(exc).traceback.get());
        let last = entries.last()?;
        let code = last.code.clone();
        let locals: Vec<&str> = code.varnames().map(|n| n.as_str()).collect();
        if let Some(s) = best_match(locals.into_iter(), &name) {
            return Some(s);
        }
        if let Some(g) = globals_for(vm, &code.filename) {
            let keys = str_keys(g);
            if let Some(s) = best_match(keys.iter().map(String::as_str), &name) {
                return Some(s);
            }
        }
        let keys = str_keys(vm.builtins);
        return best_match(keys.iter().map(String::as_str), &name);
    }
    if exc.is_instance_of(&ATTRIBUTE_ERROR) {
        let name = field_or_dict(exc, field::NAME, "name");
        let target = field_or_dict(exc, field::OBJ, "obj");
        if target.is_null() || !name.is_exact(&obj::STR_TYPE) {
            return None;
        }
        let name = obj::str::as_str(name)?.to_string();
        let dir_fn = dict::get_str(vm.builtins, obj::str::intern("dir"))?;
        let listing = Owned::new(ops::call(vm, dir_fn, &[target], &[]).ok()?);
        let items = ops::collect(vm, listing.get()).ok()?;
        let names: Vec<String> = items.iter().filter_map(|&v| obj::str::as_str(v).map(str::to_string)).collect();
        for v in items {
            v.decref();
        }
        return best_match(names.iter().map(String::as_str), &name);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Expected suggestions from python3 3.11.7 (`pritn` -> `print`, ...), computed by the same
    /// candidate lists there.
    #[test]
    fn distances_and_matches() {
        assert_eq!(best_match(["print", "len", "range"].into_iter(), "pritn").as_deref(), Some("print"));
        assert_eq!(best_match(["print", "len", "range"].into_iter(), "lenn").as_deref(), Some("len"));
        assert_eq!(best_match(["print", "len", "range"].into_iter(), "zzzzzz"), None);
        assert_eq!(best_match(["Value", "value"].into_iter(), "VALUE").as_deref(), Some("Value"));
        assert_eq!(levenshtein(b"abc", b"abc", 10), 0);
        assert_eq!(levenshtein(b"a", b"A", 10), CASE_COST);
        assert_eq!(levenshtein(b"kitten", b"sitting", 100), 6);
    }
}
