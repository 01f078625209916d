"""Regenerates the expected side of the parser's golden files in src/parser/parser/testdata/
from CPython 3.11 (run with python3 3.11 from the repository root):

    python3 runtime-tests/tools/gen_parser_golden.py          # check: exit 1 on any difference
    python3 runtime-tests/tools/gen_parser_golden.py --write  # rewrite the files

Each line is `SOURCE ==> RESULT`; only SOURCE is read, RESULT is recomputed.
- syntax_errors*.txt: SOURCE is parsed as `ast.parse(str)` (exec mode); RESULT is `OK` or
  `Kind 'msg' lineno offset end_lineno end_offset` (None and -1 as 0).
- modes.txt: `MODE SOURCE`, parsed as `ast.parse(bytes, mode=MODE, type_comments=True)`; RESULT
  is `ast.dump(tree, include_attributes=True)` or `ERR Kind 'msg' lineno offset end_lineno
  end_offset`.
SOURCE escapes: \\n, \\t and \\\\ (other backslashes stand for themselves); in modes.txt also
\\r and \\ufeff, replaced after the first three.
"""
import ast
import os
import sys
import warnings

warnings.simplefilter("ignore")  # SyntaxWarnings of the snippets are not part of the results

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "parser", "parser", "testdata")


def unescape(s):
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s):
            n = s[i + 1]
            if n in "nt\\":
                out.append({"n": "\n", "t": "\t", "\\": "\\"}[n])
                i += 2
                continue
            out.append("\\" + n)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def fields(e):
    # pyjit's SyntaxError keeps "unknown" (CPython's None or -1) as 0.
    z = lambda v: 0 if v is None or v < 0 else v
    return "%s %r %s %s %s %s" % (type(e).__name__, e.msg, z(e.lineno), z(e.offset), z(e.end_lineno), z(e.end_offset))


def error_result(esc):
    try:
        ast.parse(unescape(esc))
        return "OK"
    except SyntaxError as e:
        return fields(e)


def mode_result(mode, esc):
    src = unescape(esc).replace("\\r", "\r").replace("\\ufeff", "\ufeff")
    try:
        tree = ast.parse(src.encode("utf-8"), mode=mode, type_comments=True)
        return ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        return "ERR " + fields(e)


def regenerate(name, line_fn):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8") as f:
        old = f.read()
    out = []
    for line in old.split("\n"):
        head, sep, _ = line.partition(" ==> ")
        out.append(head + " ==> " + line_fn(head) if sep else line)
    return path, old, "\n".join(out)


def main():
    write = "--write" in sys.argv
    jobs = [(n, lambda h: error_result(h)) for n in ("syntax_errors.txt", "syntax_errors_mutated.txt", "syntax_errors_generated.txt")]
    jobs.append(("modes.txt", lambda h: mode_result(*h.split(" ", 1))))
    differ = 0
    for name, fn in jobs:
        path, old, new = regenerate(name, fn)
        if new != old:
            differ += 1
            diffs = [(a, b) for a, b in zip(old.split("\n"), new.split("\n")) if a != b]
            print("%s: %d lines differ from CPython's results, e.g.\n  have: %s\n  want: %s" % (name, len(diffs), diffs[0][0][:300], diffs[0][1][:300]))
            if write:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(new)
        else:
            print("%s: matches CPython" % name)
    sys.exit(1 if differ and not write else 0)


if __name__ == "__main__":
    main()
