//! Names with non-ASCII characters: checked as CPython's `verify_identifier` does (the first
//! character XID_Start or `_`, the rest XID_Continue), with its "invalid character" errors.

use super::state::{Lexer, Step};

impl<'a> Lexer<'a> {
    /// Checks the name `start..cur`; on an invalid character, the cursor moves just past it
    /// and the error points there.
    pub(super) fn verify_identifier(&mut self) -> Step<()> {
        let bytes = &self.buf[self.start..self.cur];
        let Ok(s) = std::str::from_utf8(bytes) else {
            return Err(self.tok_error("invalid character in identifier"));
        };
        let mut bad = None;
        for (i, (pos, ch)) in s.char_indices().enumerate() {
            let ok = if i == 0 {
                ch == '_' || unicode_ident::is_xid_start(ch)
            } else {
                unicode_ident::is_xid_continue(ch)
            };
            if !ok {
                bad = Some((pos, ch));
                break;
            }
        }
        let Some((pos, ch)) = bad else { return Ok(()) };
        self.cur = self.start + pos + ch.len_utf8();
        let msg = if crate::pyrepr::is_printable(ch as u32) {
            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", ch as u32)
        };
        Err(self.tok_error(msg))
    }
}
