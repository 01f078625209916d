//! pyjit's bytecode: the instruction set (declared once, in `opcode.rs`), the compiled form of a
//! code object (`code.rs`, what the compiler produces and the `.pyc` cache stores), and the
//! disassembler behind `pyjit -m dis` (`dis.rs`).

pub mod code;
pub mod dis;
pub mod opcode;

pub use code::{CodeFlags, CodeUnit, Const, ExcEntry, Instr, LocalKind};
pub use opcode::Op;
