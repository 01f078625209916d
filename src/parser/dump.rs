//! `ast.dump` and `pyjit -m ast`.

/// Entry point for `pyjit -m ast [-a] [-i N] [-m MODE] [FILE]`; returns the exit status.
pub fn main(_args: &[String]) -> u8 {
    eprintln!("pyjit -m ast: not built yet");
    1
}
