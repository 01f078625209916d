//! printf-style formatting of bytes and bytearray (`b'%d' % x`, PEP 461): the format is read
//! as Latin-1 text so the shared spec parser applies, and the output is bytes.

use super::bytes::buffer_bytes;
use super::exceptions::{overflow_error, type_error};
use super::int::{int_as_big, int_as_i64};
use super::str_format::{ascii_of, num_err, number_as_float};
use super::value::Value;
use super::Owned;
use crate::numfmt::printf;
use crate::vm::{ops, PyResult, Vm};

fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn push_latin1(out: &mut Vec<u8>, s: &str) {
    out.extend(s.chars().map(|c| c as u32 as u8));
}

fn pad(out: &mut Vec<u8>, body: &[u8], flags: printf::PrintfFlags, width: usize, prec: Option<usize>) {
    let body = match prec {
        Some(p) if body.len() > p => &body[..p],
        _ => body,
    };
    let n = width.saturating_sub(body.len());
    if !flags.left {
        out.resize(out.len() + n, b' ');
    }
    out.extend_from_slice(body);
    if flags.left {
        out.resize(out.len() + n, b' ');
    }
}

/// The bytes for `%s`/`%b`: a bytes-like object or one with `__bytes__`.
fn bytes_of(vm: &mut Vm, v: Value) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(v) {
        return Ok(b.to_vec());
    }
    if v.is_ptr() && v.ty().lookup(super::str::intern("__bytes__")).is_some() {
        let r = Owned::new(super::slot_wrappers::call_special_known(vm, v, "__bytes__", &[])?);
        if let Some(b) = buffer_bytes(r.get()) {
            return Ok(b.to_vec());
        }
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        ops::type_name(v)
    )))
}

/// `fmt % args` for byte strings.
pub fn bytes_percent(vm: &mut Vm, fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let text = latin1(fmt);
    let (items, dict): (Vec<Value>, Value) = if super::tuple::is_tuple(args) {
        (super::tuple::items(args).to_vec(), Value::NULL)
    } else {
        let mapping = args.is_ptr()
            && !super::str::is_str(args)
            && buffer_bytes(args).is_none()
            && (super::dict::is_dict(args) || args.ty().slots().getitem.is_some());
        (vec![args], if mapping { args } else { Value::NULL })
    };
    let mut next = 0usize;
    let take = |next: &mut usize| -> PyResult<Value> {
        match items.get(*next) {
            Some(&v) => {
                *next += 1;
                Ok(v)
            }
            None => Err(num_err(printf::messages::not_enough_args())),
        }
    };
    let mut out = Vec::with_capacity(fmt.len() + 16);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let Some(p) = memchr::memchr(b'%', &b[i..]) else {
            push_latin1(&mut out, &text[i..]);
            break;
        };
        push_latin1(&mut out, &text[i..i + p]);
        let start = i + p + 1;
        let spec = printf::parse_printf_spec(&text, start).map_err(num_err)?;
        i = spec.end;
        if printf::is_literal_percent(&spec, start) {
            out.push(b'%');
            continue;
        }
        let mut keyed = None;
        if let Some((ks, ke)) = spec.key {
            if dict.is_null() {
                return Err(num_err(printf::messages::mapping_required()));
            }
            let kb: Vec<u8> = text[ks..ke].chars().map(|c| c as u32 as u8).collect();
            let k = Owned::new(super::bytes::new_bytes(&kb));
            keyed = Some(Owned::new(super::str_format::mapping_get(vm, dict, k.get())?));
        }
        let mut flags = spec.flags;
        let mut width = 0usize;
        match spec.width {
            Some(printf::Count::Star) => {
                let w = take(&mut next)?;
                let Some(wi) = int_as_i64(w) else { return Err(num_err(printf::messages::star_wants_int())) };
                if wi < 0 {
                    flags.left = true;
                }
                width = wi.unsigned_abs() as usize;
            }
            Some(printf::Count::Value(w)) => width = w,
            None => {}
        }
        let mut prec = None;
        match spec.precision {
            Some(printf::Count::Star) => {
                let w = take(&mut next)?;
                let Some(wi) = int_as_i64(w) else { return Err(num_err(printf::messages::star_wants_int())) };
                prec = Some(wi.max(0) as usize);
            }
            Some(printf::Count::Value(p)) => prec = Some(p),
            None => {}
        }
        super::text_util::check_size(width.max(prec.unwrap_or(0)))?;
        let arg = match &keyed {
            Some(k) => k.get(),
            None => take(&mut next)?,
        };
        match spec.conv {
            's' | 'b' => {
                let d = bytes_of(vm, arg)?;
                pad(&mut out, &d, flags, width, prec);
            }
            'r' | 'a' => {
                let s = Owned::new(ascii_of(vm, arg)?);
                let d = super::str::str_obj(s.get()).bytes().to_vec();
                pad(&mut out, &d, flags, width, prec);
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let n = match int_as_big(arg) {
                    Some(n) => n,
                    None if arg.is_float() && matches!(spec.conv, 'd' | 'i' | 'u') => {
                        crate::numfmt::float_to_bigint(arg.as_float()).map_err(num_err)?
                    }
                    // Objects with `__index__` (or `__int__` for %d): the str rules.
                    None if arg.is_ptr() && !arg.is_float() && !super::str::is_str(arg) => {
                        super::str_format::number_as_int(vm, arg, spec.conv, matches!(spec.conv, 'o' | 'x' | 'X'))?
                    }
                    None => {
                        let tn = ops::type_name(arg);
                        return Err(num_err(if matches!(spec.conv, 'd' | 'i' | 'u') {
                            printf::messages::real_required(spec.conv, tn)
                        } else {
                            printf::messages::integer_required(spec.conv, tn)
                        }));
                    }
                };
                let mut t = String::new();
                printf::printf_int(&mut t, &n, spec.conv, flags, width, prec);
                out.extend_from_slice(t.as_bytes());
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = number_as_float(vm, arg)?;
                let mut t = String::new();
                printf::printf_float(&mut t, x, spec.conv, flags, width, prec);
                out.extend_from_slice(t.as_bytes());
            }
            'c' => {
                let c = if let Some(d) = buffer_bytes(arg).filter(|d| d.len() == 1) {
                    d[0]
                } else if let Some(n) = int_as_i64(arg) {
                    if !(0..256).contains(&n) {
                        return Err(overflow_error("%c arg not in range(256)"));
                    }
                    n as u8
                } else {
                    return Err(type_error("%c requires an integer in range(256) or a single byte"));
                };
                pad(&mut out, &[c], flags, width, None);
            }
            c => return Err(num_err(printf::unsupported_char(c, spec.conv_index))),
        }
    }
    if next < items.len() && dict.is_null() {
        return Err(type_error("not all arguments converted during bytes formatting"));
    }
    Ok(out)
}
