//! `str.format` templates: splitting a template into literal text and replacement fields
//! (`{name!conv:spec}`), and a field name into its first part and `.attr` / `[key]` accessors,
//! with CPython 3.11's error messages. Lookup and rendering belong to the caller; both
//! iterators are lazy so errors come in the order CPython raises them.

use super::spec::unicode_decimal;
use super::{NumError, NumResult};

/// One piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece<'a> {
    /// Literal text (`{{` and `}}` already unescaped; may be empty).
    Literal(&'a str),
    /// A replacement field.
    Field(Field<'a>),
}

/// A replacement field `{name!conversion:spec}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field<'a> {
    /// The field name (`0`, `x.y[1]`, or empty for automatic numbering).
    pub name: &'a str,
    /// The conversion character after `!` (checked by the caller: "Unknown conversion
    /// specifier x").
    pub conversion: Option<char>,
    /// The format spec after `:` (empty when absent).
    pub spec: &'a str,
    /// Whether `spec` holds `{`, so it must itself be expanded as a template (CPython allows
    /// two levels: "Max string recursion exceeded").
    pub spec_needs_expanding: bool,
}

/// Iterator over the pieces of a template (`MarkupIterator`).
pub struct Template<'a> {
    s: &'a str,
    pos: usize,
    done: bool,
}

/// Splits `template` into pieces.
pub fn template_pieces(template: &str) -> Template<'_> {
    Template {
        s: template,
        pos: 0,
        done: false,
    }
}

impl<'a> Template<'a> {
    fn parse_field(&mut self) -> NumResult<Field<'a>> {
        let s = self.s;
        let b = s.as_bytes();
        let name_start = self.pos;
        let mut c = 0u8;
        // Field name: ends at '}', ':' or '!'; '[' skips to the next ']'.
        while self.pos < b.len() {
            c = b[self.pos];
            self.pos += 1;
            match c {
                b'{' => return Err(NumError::value("unexpected '{' in field name")),
                b'[' => {
                    while self.pos < b.len() && b[self.pos] != b']' {
                        self.pos += 1;
                    }
                    continue;
                }
                b'}' | b':' | b'!' => break,
                _ => continue,
            }
        }
        let mut field = Field {
            name: "",
            conversion: None,
            spec: "",
            spec_needs_expanding: false,
        };
        if c == b'!' || c == b':' {
            field.name = &s[name_start..self.pos - 1];
            if c == b'!' {
                let Some(conv) = s[self.pos..].chars().next() else {
                    return Err(NumError::value("end of string while looking for conversion specifier"));
                };
                field.conversion = Some(conv);
                self.pos += conv.len_utf8();
                if self.pos < b.len() {
                    let next = b[self.pos];
                    self.pos += 1;
                    if next == b'}' {
                        return Ok(field);
                    }
                    if next != b':' {
                        return Err(NumError::value("expected ':' after conversion specifier"));
                    }
                }
            }
            let spec_start = self.pos;
            let mut depth = 1;
            while self.pos < b.len() {
                let c = b[self.pos];
                self.pos += 1;
                match c {
                    b'{' => {
                        field.spec_needs_expanding = true;
                        depth += 1;
                    }
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            field.spec = &s[spec_start..self.pos - 1];
                            return Ok(field);
                        }
                    }
                    _ => {}
                }
            }
            return Err(NumError::value("unmatched '{' in format spec"));
        }
        if c != b'}' || self.pos == name_start {
            return Err(NumError::value("expected '}' before end of string"));
        }
        field.name = &s[name_start..self.pos - 1];
        Ok(field)
    }
}

impl<'a> Iterator for Template<'a> {
    type Item = NumResult<Piece<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos >= self.s.len() {
            return None;
        }
        let s = self.s;
        let b = s.as_bytes();
        let start = self.pos;
        let brace = b[start..].iter().position(|&c| c == b'{' || c == b'}');
        let Some(off) = brace else {
            self.pos = b.len();
            return Some(Ok(Piece::Literal(&s[start..])));
        };
        let at = start + off;
        let c = b[at];
        let doubled = b.get(at + 1) == Some(&c);
        if c == b'}' && !doubled {
            self.done = true;
            return Some(Err(NumError::value("Single '}' encountered in format string")));
        }
        if c == b'{' && at + 1 == b.len() {
            self.done = true;
            return Some(Err(NumError::value("Single '{' encountered in format string")));
        }
        if doubled {
            // Literal text up to and including one brace.
            self.pos = at + 2;
            return Some(Ok(Piece::Literal(&s[start..at + 1])));
        }
        if at > start {
            // Emit the literal first; the field comes on the next call.
            self.pos = at;
            return Some(Ok(Piece::Literal(&s[start..at])));
        }
        self.pos = at + 1;
        match self.parse_field() {
            Ok(f) => Some(Ok(Piece::Field(f))),
            Err(e) => {
                self.done = true;
                Some(Err(e))
            }
        }
    }
}

/// The first part of a field name, or an item key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key<'a> {
    /// All decimal digits (Unicode digits too): a positional index / integer key.
    Index(usize),
    /// Anything else: a keyword name / string key.
    Name(&'a str),
}

/// One accessor after the first part of a field name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Accessor<'a> {
    /// `.name`
    Attr(&'a str),
    /// `[key]`
    Item(Key<'a>),
}

fn key_of(s: &str) -> NumResult<Key<'_>> {
    if s.is_empty() {
        return Ok(Key::Name(s));
    }
    let mut v: usize = 0;
    for c in s.chars() {
        let Some(d) = unicode_decimal(c) else {
            return Ok(Key::Name(s));
        };
        if v > (isize::MAX as usize - d as usize) / 10 {
            return Err(NumError::value("Too many decimal digits in format string"));
        }
        v = v * 10 + d as usize;
    }
    Ok(Key::Index(v))
}

/// Splits a field name: its first part (None for an empty name: automatic numbering), and a
/// lazy iterator over the accessors that follow.
pub fn split_field_name(name: &str) -> NumResult<(Option<Key<'_>>, Accessors<'_>)> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..end];
    let key = if first.is_empty() { None } else { Some(key_of(first)?) };
    Ok((
        key,
        Accessors {
            s: name,
            pos: end,
            done: false,
        },
    ))
}

/// The `.attr` / `[key]` accessors of a field name (`FieldNameIterator`).
pub struct Accessors<'a> {
    s: &'a str,
    pos: usize,
    done: bool,
}

impl<'a> Iterator for Accessors<'a> {
    type Item = NumResult<Accessor<'a>>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos >= self.s.len() {
            return None;
        }
        let s = self.s;
        let b = s.as_bytes();
        let c = b[self.pos];
        self.pos += 1;
        let fail = |me: &mut Self, msg: &str| {
            me.done = true;
            Some(Err(NumError::value(msg)))
        };
        match c {
            b'.' => {
                let start = self.pos;
                let end = s[start..].find(['.', '[']).map_or(s.len(), |i| start + i);
                self.pos = end;
                if end == start {
                    return fail(self, "Empty attribute in format string");
                }
                Some(Ok(Accessor::Attr(&s[start..end])))
            }
            b'[' => {
                let start = self.pos;
                let Some(close) = s[start..].find(']').map(|i| start + i) else {
                    return fail(self, "Missing ']' in format string");
                };
                self.pos = close + 1;
                if close == start {
                    return fail(self, "Empty attribute in format string");
                }
                if self.pos < b.len() && b[self.pos] != b'.' && b[self.pos] != b'[' {
                    return fail(self, "Only '.' or '[' may follow ']' in format field specifier");
                }
                match key_of(&s[start..close]) {
                    Ok(k) => Some(Ok(Accessor::Item(k))),
                    Err(e) => {
                        self.done = true;
                        Some(Err(e))
                    }
                }
            }
            _ => fail(self, "Only '.' or '[' may follow ']' in format field specifier"),
        }
    }
}

/// Automatic field numbering state (`{}` fields) and its mixing errors.
#[derive(Debug, Default)]
pub struct AutoNumber {
    manual_seen: bool,
    next: usize,
}

impl AutoNumber {
    /// The index for a field whose first part is `key` (None: the next automatic number).
    pub fn resolve<'a>(&mut self, key: Option<Key<'a>>) -> NumResult<Key<'a>> {
        match key {
            None => {
                if self.manual_seen {
                    return Err(NumError::value(
                        "cannot switch from manual field specification to automatic field numbering",
                    ));
                }
                self.next += 1;
                Ok(Key::Index(self.next - 1))
            }
            Some(Key::Index(i)) => {
                if self.next > 0 {
                    return Err(NumError::value(
                        "cannot switch from automatic field numbering to manual field specification",
                    ));
                }
                self.manual_seen = true;
                Ok(Key::Index(i))
            }
            Some(k) => Ok(k),
        }
    }
}

/// "Unknown conversion specifier x" (or `\x..` for characters past 127).
pub fn unknown_conversion(c: char) -> NumError {
    if (c as u32) < 128 {
        NumError::value(format!("Unknown conversion specifier {c}"))
    } else {
        NumError::value(format!("Unknown conversion specifier \\x{:x}", c as u32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Renders with positional args given as strings, keyword `a`; conversions and specs are
    /// echoed so the structure is visible.
    fn render(t: &str, args: &[&str]) -> Result<String, String> {
        let mut out = String::new();
        let mut auto = AutoNumber::default();
        for p in template_pieces(t) {
            match p.map_err(|e| e.msg)? {
                Piece::Literal(l) => out.push_str(l),
                Piece::Field(f) => {
                    let (first, rest) = split_field_name(f.name).map_err(|e| e.msg)?;
                    let key = auto.resolve(first).map_err(|e| e.msg)?;
                    match key {
                        Key::Index(i) => out.push_str(args.get(i).ok_or("IndexError")?),
                        Key::Name(n) => out.push_str(&format!("<{n}>")),
                    }
                    for a in rest {
                        match a.map_err(|e| e.msg)? {
                            Accessor::Attr(n) => out.push_str(&format!(".{n}")),
                            Accessor::Item(Key::Index(i)) => out.push_str(&format!("[#{i}]")),
                            Accessor::Item(Key::Name(n)) => out.push_str(&format!("[{n:?}]")),
                        }
                    }
                    if let Some(c) = f.conversion {
                        if !"rsa".contains(c) {
                            return Err(unknown_conversion(c).msg);
                        }
                        out.push_str(&format!("!{c}"));
                    }
                    if !f.spec.is_empty() {
                        out.push_str(&format!(":{}{}", f.spec, if f.spec_needs_expanding { "*" } else { "" }));
                    }
                }
            }
        }
        Ok(out)
    }

    // Error messages from python3 (CPython 3.11.7): template.format(...).
    #[test]
    fn templates() {
        let cases: &[(&str, Result<&str, &str>)] = &[
            ("{", Err("Single '{' encountered in format string")),
            ("}", Err("Single '}' encountered in format string")),
            ("a}b", Err("Single '}' encountered in format string")),
            ("{{}}", Ok("{}")),
            ("x{{0}}y", Ok("x{0}y")),
            ("{0", Err("expected '}' before end of string")),
            ("{0!", Err("end of string while looking for conversion specifier")),
            ("{0!r", Err("unmatched '{' in format spec")),
            ("{0!rx}", Err("expected ':' after conversion specifier")),
            ("{0!}", Err("unmatched '{' in format spec")),
            ("{0!x}", Err("Unknown conversion specifier x")),
            ("{0[}", Err("expected '}' before end of string")),
            (
                "{0[a]x}",
                Err("Only '.' or '[' may follow ']' in format field specifier"),
            ),
            ("{0.}", Err("Empty attribute in format string")),
            ("{0..x}", Err("Empty attribute in format string")),
            ("{.x}", Ok("A.x")),
            ("{[a]}", Ok("A[\"a\"]")),
            ("{0[]}", Err("Empty attribute in format string")),
            ("{0[[]}", Ok("A[\"[\"]")),
            ("{0[{]}", Ok("A[\"{\"]")),
            ("{0[}]}", Ok("A[\"}\"]")),
            ("{0:}}", Err("Single '}' encountered in format string")),
            ("{0:{}", Err("unmatched '{' in format spec")),
            ("{0:{1}x}", Ok("A:{1}x*")),
            (
                "{0}{}",
                Err("cannot switch from manual field specification to automatic field numbering"),
            ),
            (
                "{}{0}",
                Err("cannot switch from automatic field numbering to manual field specification"),
            ),
            ("{a.x}", Ok("<a>.x")),
            ("{0[ 1 ]}", Ok("A[\" 1 \"]")),
            ("{0[12]}", Ok("A[#12]")),
            (
                "{99999999999999999999}",
                Err("Too many decimal digits in format string"),
            ),
            (
                "{0[99999999999999999999]}",
                Err("Too many decimal digits in format string"),
            ),
            ("{-1}", Ok("<-1>")),
            ("{0!r:>{1}}", Ok("A!r:>{1}*")),
            ("{0}}", Err("Single '}' encountered in format string")),
            ("{{0}", Err("Single '}' encountered in format string")),
            ("{a{b}", Err("unexpected '{' in field name")),
            ("{0[a}", Err("expected '}' before end of string")),
            ("{0[a].}", Err("Empty attribute in format string")),
            ("{0!r!s}", Err("expected ':' after conversion specifier")),
            ("{0[1]:", Err("unmatched '{' in format spec")),
            ("{0[:]}", Ok("A[\":\"]")),
            ("{0[]]}", Err("Empty attribute in format string")),
            ("{\u{663}}", Ok("D")),
            ("{0[\u{663}]}", Ok("A[#3]")),
            ("a{}b{}c", Ok("aAbBc")),
            ("{}", Ok("A")),
            ("é{0:é^5}ü", Ok("éA:é^5ü")),
            ("{0!\u{e9}}", Err("Unknown conversion specifier \\xe9")),
        ];
        for &(t, want) in cases {
            assert_eq!(
                render(t, &["A", "B", "C", "D"]).as_deref(),
                want.map_err(|e| e.to_string()).as_deref(),
                "{t:?}"
            );
        }
    }
}
