//! SIGINT -> KeyboardInterrupt: the signal handler only sets a flag; the interpreter checks it
//! at loop back-edges and calls and raises KeyboardInterrupt there, as CPython does.

use crate::vm::{PyResult, Vm};
use std::sync::atomic::{AtomicBool, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);
/// Something needs the interpreter's attention at the next safe point (a signal arrived, or
/// the cycle collector is due).
static ATTENTION: AtomicBool = AtomicBool::new(false);

/// Ask the interpreter to call `handle` at its next safe point.
pub fn request_attention() {
    ATTENTION.store(true, Ordering::Relaxed);
}

extern "C" fn on_sigint(_sig: i32) {
    PENDING.store(true, Ordering::Relaxed);
    ATTENTION.store(true, Ordering::Relaxed);
}

extern "C" {
    fn signal(signum: i32, handler: extern "C" fn(i32)) -> usize;
}

/// Install the SIGINT handler (called once at startup).
pub fn install() {
    // SAFETY: `on_sigint` only stores to an atomic, which is async-signal-safe.
    unsafe {
        signal(2, on_sigint);
    }
}

/// Whether a signal or a collection is waiting to be handled.
#[inline(always)]
pub fn pending() -> bool {
    ATTENTION.load(Ordering::Relaxed)
}

/// Handle what is pending: run a due cycle collection; SIGINT raises KeyboardInterrupt.
#[cold]
pub fn handle(_vm: &mut Vm) -> PyResult<()> {
    ATTENTION.store(false, Ordering::Relaxed);
    crate::objects::generator::run_pending_closes(_vm);
    if crate::objects::gc::due() {
        crate::objects::gc::collect();
    }
    if PENDING.swap(false, Ordering::Relaxed) {
        return Err(crate::objects::exceptions::exc_args(&crate::objects::exceptions::KEYBOARD_INTERRUPT, &[]));
    }
    Ok(())
}
