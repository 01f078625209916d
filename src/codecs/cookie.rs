//! PEP 263 coding cookies: the part CPython's C tokenizer (`get_coding_spec`,
//! `get_normal_name`) and `tokenize.py` (`cookie_re`, `_get_normal_name`) do the same way.
//! How lines are cut, which line may hold a cookie and what happens next differ between the two
//! and stay with their callers.

/// The codec name a coding cookie on `line` gives (`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`,
/// ASCII), raw. `line` is one line; a newline ending it is ignored.
pub fn coding_spec(line: &[u8]) -> Option<&[u8]> {
    let hash = line.iter().position(|&b| !matches!(b, b' ' | b'\t' | 0x0c))?;
    if line.get(hash) != Some(&b'#') {
        return None;
    }
    let mut i = hash + 1;
    while let Some(rest) = line.get(i..) {
        let Some(off) = rest.windows(6).position(|w| w == b"coding") else { break };
        let mut t = i + off + 6;
        if matches!(line.get(t), Some(b':' | b'=')) {
            t += 1;
            while matches!(line.get(t), Some(b' ' | b'\t')) {
                t += 1;
            }
            let begin = t;
            while matches!(line.get(t), Some(b) if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')) {
                t += 1;
            }
            if t > begin {
                return line.get(begin..t);
            }
        }
        i += off + 1;
    }
    None
}

/// The canonical spelling of UTF-8 and Latin-1 names ("utf-8", "iso-8859-1"), judged on the
/// first 12 characters lowercased with `_` as `-`; other names unchanged.
pub fn normal_name(name: &str) -> &str {
    let buf: String = name.chars().take(12).flat_map(char::to_lowercase).map(|c| if c == '_' { '-' } else { c }).collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8"
    } else if matches!(buf.as_str(), "latin-1" | "iso-8859-1" | "iso-latin-1")
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"].iter().any(|p| buf.starts_with(p))
    {
        "iso-8859-1"
    } else {
        name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values: tokenize.cookie_re / tokenize._get_normal_name in CPython 3.11.7.
    #[test]
    fn cookies() {
        let spec = |l: &[u8]| coding_spec(l).map(|n| String::from_utf8_lossy(n).into_owned());
        assert_eq!(spec(b"# -*- coding: latin-1 -*-\n").as_deref(), Some("latin-1"));
        assert_eq!(spec(b"#coding=utf8").as_deref(), Some("utf8"));
        assert_eq!(spec(b"# coding: \n").as_deref(), None);
        assert_eq!(spec(b"# coding: \t, coding=x").as_deref(), Some("x"));
        assert_eq!(spec(b"x = 1 # coding: utf-8").as_deref(), None);
        assert_eq!(spec(b"\x0c # encoding:  koi8-r\n").as_deref(), Some("koi8-r"));
        assert_eq!(normal_name("Latin_1"), "iso-8859-1");
        assert_eq!(normal_name("UTF-8-unix"), "utf-8");
        assert_eq!(normal_name("utf8"), "utf8");
        assert_eq!(normal_name("iso-latin-1-x"), "iso-8859-1");
    }
}
