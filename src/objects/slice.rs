//! `slice` objects (`a[1:2:3]`): layout, the type, and `slice_indices`, the one place every
//! sequence type turns a slice into (start, stop, step, length) with CPython's clamping rules.

use super::exceptions::{type_error, value_error};
use super::object::{alloc, dealloc_box, ObjHeader};
use super::typeobj::{CmpOp, GetSetDef, MethodDef, Slots, TypeObject};
use super::types_containers::{check_pos, method_pos, push_repr, to_index, Index};
use super::value::Value;
use crate::vm::{ops, PyResult, Vm};

/// A slice owns its three bounds (`None` where omitted, never NULL).
#[repr(C)]
pub struct SliceObject {
    pub header: ObjHeader,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl Drop for SliceObject {
    fn drop(&mut self) {
        self.start.decref();
        self.stop.decref();
        self.step.decref();
    }
}

/// A new slice of the three bounds (borrowed; NULL means None).
pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    let fix = |v: Value| if v.is_null() { super::none() } else { v.new_ref() };
    alloc(SliceObject { header: ObjHeader::new(&SLICE_TYPE), start: fix(start), stop: fix(stop), step: fix(step) })
}

/// Whether `v` is a slice.
#[inline]
pub fn is_slice(v: Value) -> bool {
    v.is_ptr() && v.is_exact(&SLICE_TYPE)
}

#[inline]
fn sl<'a>(v: Value) -> &'a SliceObject {
    // SAFETY: callers checked `is_slice` (or the slot is only installed on SLICE_TYPE).
    unsafe { v.as_ref::<SliceObject>() }
}

/// The (start, stop, step) of a slice, borrowed.
pub fn slice_parts(v: Value) -> (Value, Value, Value) {
    let s = sl(v);
    (s.start, s.stop, s.step)
}

fn bound(vm: &mut Vm, v: Value) -> PyResult<Option<i64>> {
    if v.is_none() {
        return Ok(None);
    }
    match to_index(vm, v)? {
        Some(i) => Ok(Some(i.clamped())),
        None => Err(type_error("slice indices must be integers or None or have an __index__ method")),
    }
}

/// `PySlice_Unpack`: (start, stop, step) clamped to i64, defaults filled in, step != 0.
pub fn slice_unpack(vm: &mut Vm, slice: Value) -> PyResult<(i64, i64, i64)> {
    let (a, b, c) = slice_parts(slice);
    let step = match bound(vm, c)? {
        None => 1,
        Some(0) => return Err(value_error("slice step cannot be zero")),
        // -i64::MAX so that `-step` cannot overflow.
        Some(s) => s.max(-i64::MAX),
    };
    let start = bound(vm, a)?.unwrap_or(if step < 0 { i64::MAX } else { 0 });
    let stop = bound(vm, b)?.unwrap_or(if step < 0 { i64::MIN } else { i64::MAX });
    Ok((start, stop, step))
}

/// `PySlice_AdjustIndices`: clip (start, stop) to a sequence of `len` and count the items.
pub fn adjust_indices(len: usize, mut start: i64, mut stop: i64, step: i64) -> (isize, isize, isize, usize) {
    let len = len as i64;
    let fix = |x: &mut i64| {
        if *x < 0 {
            *x = x.saturating_add(len);
            if *x < 0 {
                *x = if step < 0 { -1 } else { 0 };
            }
        } else if *x >= len {
            *x = if step < 0 { len - 1 } else { len };
        }
    };
    fix(&mut start);
    fix(&mut stop);
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    (start as isize, stop as isize, step as isize, n as usize)
}

/// The slice applied to a sequence of `len` items: (start, stop, step, number of items), as
/// CPython's `PySlice_GetIndicesEx`. Used by every sequence type's subscript.
pub fn slice_indices(vm: &mut Vm, slice: Value, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let (start, stop, step) = slice_unpack(vm, slice)?;
    Ok(adjust_indices(len, start, stop, step))
}

fn slice_new(vm: &mut Vm, _ty: &TypeObject, args: &[Value], kwnames: &[Value]) -> PyResult {
    let _ = vm;
    if !kwnames.is_empty() {
        return Err(type_error("slice() takes no keyword arguments"));
    }
    check_pos("slice", args.len(), 1, 3)?;
    Ok(match args {
        [stop] => new_slice(Value::NULL, *stop, Value::NULL),
        [a, b] => new_slice(*a, *b, Value::NULL),
        [a, b, c] => new_slice(*a, *b, *c),
        _ => new_slice(Value::NULL, Value::NULL, Value::NULL),
    })
}

fn slice_repr(vm: &mut Vm, v: Value) -> PyResult {
    let s = sl(v);
    let mut out = String::from("slice(");
    push_repr(vm, &mut out, s.start)?;
    out.push_str(", ");
    push_repr(vm, &mut out, s.stop)?;
    out.push_str(", ");
    push_repr(vm, &mut out, s.step)?;
    out.push(')');
    Ok(super::str::new_str(&out))
}

fn slice_richcmp(vm: &mut Vm, a: Value, b: Value, op: CmpOp) -> PyResult {
    if !is_slice(a) || !is_slice(b) {
        return Ok(super::not_implemented());
    }
    if a == b && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(super::bool_value(op == CmpOp::Eq));
    }
    let (x, y) = (sl(a), sl(b));
    let ta = super::tuple::new_tuple(&[x.start, x.stop, x.step]);
    let tb = super::tuple::new_tuple(&[y.start, y.stop, y.step]);
    let r = ops::rich_compare(vm, ta, tb, op);
    ta.decref();
    tb.decref();
    r
}

fn slice_indices_method(vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, rest) = method_pos("indices", args, kwnames, 1, 1)?;
    let len = match to_index(vm, rest[0])? {
        Some(Index::Fits(n)) => n,
        Some(Index::Over(neg)) => {
            if neg {
                return Err(value_error("length should not be negative"));
            }
            return Err(super::exceptions::overflow_error("Python int too large to convert to C ssize_t"));
        }
        None => return Err(type_error(format!("'{}' object cannot be interpreted as an integer", ops::type_name(rest[0])))),
    };
    if len < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (start, stop, step) = slice_unpack(vm, s)?;
    let (a, b, c, _) = adjust_indices(len as usize, start, stop, step);
    let items = [super::int::int_from_i64(a as i64), super::int::int_from_i64(b as i64), super::int::int_from_i64(c as i64)];
    Ok(super::tuple::tuple_from_vec(items.to_vec()))
}

fn slice_reduce(_vm: &mut Vm, args: &[Value], kwnames: &[Value]) -> PyResult {
    let (s, _) = method_pos("__reduce__", args, kwnames, 0, 0)?;
    let x = sl(s);
    let t = super::tuple::new_tuple(&[x.start, x.stop, x.step]);
    let r = super::tuple::new_tuple(&[SLICE_TYPE.as_value(), t]);
    t.decref();
    Ok(r)
}

static SLICE_METHODS: [MethodDef; 2] =
    [MethodDef::method("indices", slice_indices_method), MethodDef::method("__reduce__", slice_reduce)];

static SLICE_GETSETS: [GetSetDef; 3] = [
    GetSetDef { name: "start", get: |_, v| Ok(sl(v).start.new_ref()), set: None },
    GetSetDef { name: "stop", get: |_, v| Ok(sl(v).stop.new_ref()), set: None },
    GetSetDef { name: "step", get: |_, v| Ok(sl(v).step.new_ref()), set: None },
];

pub static SLICE_TYPE: TypeObject = TypeObject::new_static(
    "slice",
    Some(&super::OBJECT_TYPE),
    0,
    Slots {
        dealloc: dealloc_box::<SliceObject>,
        traverse: Some(|v, visit| {
            let s = sl(v);
            visit(s.start);
            visit(s.stop);
            visit(s.step);
        }),
        repr: Some(slice_repr),
        richcmp: Some(slice_richcmp),
        new: Some(slice_new),
        ..Slots::EMPTY
    },
    &SLICE_METHODS,
    &SLICE_GETSETS,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adjust_matches_cpython() {
        // Expected values from python3: slice(a, b, c).indices(n)
        let s = |a: i64, b: i64, c: i64, n: usize| adjust_indices(n, a, b, c);
        assert_eq!(s(0, i64::MAX, 1, 5), (0, 5, 1, 5));
        assert_eq!(s(i64::MAX, i64::MIN, -1, 5), (4, -1, -1, 5)); // [::-1]
        assert_eq!(s(-2, i64::MAX, 1, 5), (3, 5, 1, 2));
        assert_eq!(s(1, 10, 3, 8), (1, 8, 3, 3));
        assert_eq!(s(-100, 100, 2, 5), (0, 5, 2, 3));
        assert_eq!(s(3, 1, 1, 5), (3, 1, 1, 0));
        assert_eq!(s(10, -10, -3, 5), (4, -1, -3, 2));
    }
}
