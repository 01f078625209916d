//! `pyjit -m tokenize`: the pure-Python `tokenize` module's tokenizer and command line.

/// Entry point for `pyjit -m tokenize [-e] [FILE]`; returns the exit status.
pub fn main(_args: &[String]) -> u8 {
    eprintln!("pyjit -m tokenize: not built yet");
    1
}
