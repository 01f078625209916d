//! pyjit's native-code backend (Cranelift). It sees only a typed IR, a layout description and
//! helper addresses handed in by the runtime, never the parser or the object model's Rust types.
//! The backend arrives with the JIT issue; for now this crate holds the ABI module skeleton.
#![warn(unsafe_op_in_unsafe_fn)]

pub mod abi;
