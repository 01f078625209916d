//! The command line of `python -m tokenize`, parsed as its `argparse.ArgumentParser` does
//! (options `-h/--help`, `-e/--exact`, one optional positional `filename.py`), with argparse's
//! messages.

use crate::pyrepr::repr_str;

pub const USAGE: &str = "usage: python -m tokenize [-h] [-e] [filename.py]\n";

pub const HELP: &str = "usage: python -m tokenize [-h] [-e] [filename.py]

positional arguments:
  filename.py  the file to tokenize; defaults to stdin

options:
  -h, --help   show this help message and exit
  -e, --exact  display token names using the exact type
";

/// The outcome of parsing.
#[derive(Debug, PartialEq, Eq)]
pub enum Parsed {
    Run {
        exact: bool,
        filename: Option<String>,
    },
    Help,
    /// An argparse error message (printed after the usage line, exit status 2).
    Error(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Flag {
    Help,
    Exact,
}

/// What one command-line word is to argparse.
enum Word {
    Positional,
    /// A known flag, with an argument attached (`-ex`, `--exact=1`) if any.
    Flag(Flag, Option<String>, bool),
    Unknown,
    /// `--=...`: every long option starts with `--`.
    Ambiguous,
}

fn flag_of(s: &str) -> Option<Flag> {
    match s {
        "-h" | "--help" => Some(Flag::Help),
        "-e" | "--exact" => Some(Flag::Exact),
        _ => None,
    }
}

fn classify(arg: &str) -> Word {
    if arg.is_empty() || !arg.starts_with('-') {
        return Word::Positional;
    }
    if let Some(f) = flag_of(arg) {
        return Word::Flag(f, None, arg.starts_with("--"));
    }
    if arg.len() == 1 {
        return Word::Positional;
    }
    if let Some((opt, value)) = arg.split_once('=') {
        if let Some(f) = flag_of(opt) {
            return Word::Flag(f, Some(value.to_string()), opt.starts_with("--"));
        }
    }
    if let Some(long) = arg.strip_prefix("--") {
        let name = long.split_once('=').map_or(long, |(n, _)| n);
        let explicit = long.split_once('=').map(|(_, v)| v.to_string());
        if name.is_empty() {
            return Word::Ambiguous;
        }
        if "help".starts_with(name) {
            return Word::Flag(Flag::Help, explicit, true);
        }
        if "exact".starts_with(name) {
            return Word::Flag(Flag::Exact, explicit, true);
        }
    } else {
        let short: String = arg.chars().take(2).collect();
        if let Some(f) = flag_of(&short) {
            return Word::Flag(f, Some(arg[short.len()..].to_string()), false);
        }
    }
    let is_negative_number = {
        let rest = &arg[1..];
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|c| c.is_ascii_digit());
        digits(rest)
            || rest
                .split_once('.')
                .is_some_and(|(a, b)| a.bytes().all(|c| c.is_ascii_digit()) && digits(b))
    };
    if is_negative_number || arg.contains(' ') {
        return Word::Positional;
    }
    Word::Unknown
}

fn flag_label(f: Flag) -> &'static str {
    match f {
        Flag::Help => "-h/--help",
        Flag::Exact => "-e/--exact",
    }
}

/// Parses the arguments after `-m tokenize`.
pub fn parse(args: &[String]) -> Parsed {
    // argparse classifies every word before acting on any, so this error comes first.
    for arg in args.iter().take_while(|a| *a != "--") {
        if let Word::Ambiguous = classify(arg) {
            return Parsed::Error(format!(
                "ambiguous option: {arg} could match --help, --exact"
            ));
        }
    }
    let mut exact = false;
    let mut filename: Option<String> = None;
    let mut filename_taken = false;
    let mut extras: Vec<String> = Vec::new();
    let mut after_dashdash = false;
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if after_dashdash {
            positional(arg, &mut filename, &mut filename_taken, &mut extras);
            continue;
        }
        if arg == "--" {
            after_dashdash = true;
            continue;
        }
        match classify(arg) {
            Word::Positional => positional(arg, &mut filename, &mut filename_taken, &mut extras),
            Word::Unknown | Word::Ambiguous => extras.push(arg.clone()),
            Word::Flag(mut flag, mut explicit, long) => loop {
                match explicit {
                    None => {}
                    Some(ref v) if !long && !v.is_empty() => {
                        // `-eh`: the attached text is more single-letter flags.
                        let mut chars = v.chars();
                        let next = chars.next().map(|c| format!("-{c}"));
                        match next.as_deref().and_then(flag_of) {
                            Some(f) => {
                                apply(flag, &mut exact);
                                if flag == Flag::Help {
                                    return Parsed::Help;
                                }
                                flag = f;
                                let rest: String = chars.collect();
                                explicit = if rest.is_empty() { None } else { Some(rest) };
                                continue;
                            }
                            None => {
                                return Parsed::Error(format!(
                                    "argument {}: ignored explicit argument {}",
                                    flag_label(flag),
                                    repr_str(v)
                                ))
                            }
                        }
                    }
                    Some(ref v) => {
                        return Parsed::Error(format!(
                            "argument {}: ignored explicit argument {}",
                            flag_label(flag),
                            repr_str(v)
                        ))
                    }
                }
                apply(flag, &mut exact);
                if flag == Flag::Help {
                    return Parsed::Help;
                }
                break;
            },
        }
    }
    if !extras.is_empty() {
        return Parsed::Error(format!("unrecognized arguments: {}", extras.join(" ")));
    }
    Parsed::Run { exact, filename }
}

fn apply(flag: Flag, exact: &mut bool) {
    if flag == Flag::Exact {
        *exact = true;
    }
}

fn positional(
    arg: &str,
    filename: &mut Option<String>,
    taken: &mut bool,
    extras: &mut Vec<String>,
) {
    if *taken {
        extras.push(arg.to_string());
    } else {
        *taken = true;
        *filename = Some(arg.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Parsed {
        parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>())
    }

    // Expected values: what `python3 -m tokenize ARGS` does (CPython 3.11.7's argparse).
    #[test]
    fn argparse_behaviour() {
        assert_eq!(
            p(&["-e", "f.py"]),
            Parsed::Run {
                exact: true,
                filename: Some("f.py".into())
            }
        );
        assert_eq!(
            p(&["--ex", "f.py"]),
            Parsed::Run {
                exact: true,
                filename: Some("f.py".into())
            }
        );
        assert_eq!(
            p(&["-ee"]),
            Parsed::Run {
                exact: true,
                filename: None
            }
        );
        assert_eq!(p(&["-eh"]), Parsed::Help);
        assert_eq!(p(&["x", "-h"]), Parsed::Help);
        assert_eq!(p(&["--h"]), Parsed::Help);
        assert_eq!(
            p(&["-ex"]),
            Parsed::Error("argument -e/--exact: ignored explicit argument 'x'".into())
        );
        assert_eq!(
            p(&["-ex="]),
            Parsed::Error("argument -e/--exact: ignored explicit argument 'x='".into())
        );
        assert_eq!(
            p(&["--exact="]),
            Parsed::Error("argument -e/--exact: ignored explicit argument ''".into())
        );
        assert_eq!(
            p(&["-h=1"]),
            Parsed::Error("argument -h/--help: ignored explicit argument '1'".into())
        );
        assert_eq!(
            p(&["a", "-x", "b"]),
            Parsed::Error("unrecognized arguments: -x b".into())
        );
        assert_eq!(
            p(&["-xh"]),
            Parsed::Error("unrecognized arguments: -xh".into())
        );
        assert_eq!(
            p(&["---"]),
            Parsed::Error("unrecognized arguments: ---".into())
        );
        assert_eq!(
            p(&["-e", "--", "-e"]),
            Parsed::Run {
                exact: true,
                filename: Some("-e".into())
            }
        );
        assert_eq!(
            p(&["-1"]),
            Parsed::Run {
                exact: false,
                filename: Some("-1".into())
            }
        );
        assert_eq!(
            p(&["-"]),
            Parsed::Run {
                exact: false,
                filename: Some("-".into())
            }
        );
    }
}
