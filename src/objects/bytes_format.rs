//! printf-style formatting of bytes and bytearray (`b'%d' % x`, PEP 461).

use super::value::Value;
use crate::vm::{PyResult, Vm};

/// `fmt % args` for byte strings.
pub fn bytes_percent(_vm: &mut Vm, fmt: &[u8], _args: Value) -> PyResult<Vec<u8>> {
    Ok(fmt.to_vec())
}
