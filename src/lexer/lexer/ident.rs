//! Names with non-ASCII characters: checked as CPython's `verify_identifier` does (the first
//! character XID_Start or `_`, the rest XID_Continue), with its "invalid character" errors.

use super::state::{Lexer, Step, Stop};
use crate::unicode14::{is_id_continue, is_id_start, is_printable};
use crate::syntax_error::SyntaxErrorKind;

impl<'a> Lexer<'a> {
    /// Checks the name `start..cur`; on an invalid character, the cursor moves just past it
    /// and the error points there.
    pub(super) fn verify_identifier(&mut self) -> Step<()> {
        let bytes = &self.buf[self.start..self.cur];
        let Ok(s) = std::str::from_utf8(bytes) else {
            return Err(self.identifier_decode_error());
        };
        let mut bad = None;
        for (i, (pos, ch)) in s.char_indices().enumerate() {
            let ok = if i == 0 { is_id_start(ch) } else { is_id_continue(ch) };
            if !ok {
                bad = Some((pos, ch));
                break;
            }
        }
        let Some((pos, ch)) = bad else { return Ok(()) };
        self.cur = self.start + pos + ch.len_utf8();
        let msg = if is_printable(ch as u32) {
            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        };
        Err(self.tok_error(msg))
    }

    /// A name that is not valid UTF-8: CPython's parser reports the codec's error at the end
    /// of the name (`_Pypegen_raise_decode_error`).
    #[cold]
    fn identifier_decode_error(&self) -> Stop {
        let bytes = &self.buf[self.start..self.cur];
        let msg = match crate::codecs::utf8_error(bytes) {
            Some(e) => format!("(unicode error) {}", e.message()),
            None => "(unicode error) unknown error".to_string(),
        };
        let col = self.cur - self.line_start;
        let mut e = self.parser_error(SyntaxErrorKind::SyntaxError, self.lineno, self.line_start, col, msg);
        if !self.encoding_declared {
            // The line cannot be read back from the file as UTF-8, so CPython shows its buffer
            // (with a declared encoding it reads the line back with U+FFFD, BOM included).
            let line = self.buf.get(self.buf_start..self.inp).unwrap_or(&[]);
            e.text = Some(String::from_utf8_lossy(line).into_owned());
        }
        Stop::Error(e)
    }
}

