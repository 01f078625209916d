#!/usr/bin/env python3
"""Compares the code objects pyjit's compiler makes with CPython's, file by file: for each code
object (depth-first, constants order) its qualname, first line, argument counts, flags (minus
CPython-only bits), varnames, cellvars, freevars sorted co_names and sorted constant reprs, as `pyjit -m dis --info`
prints them. Differences in names only CPython 3.11's instruction set needs are not expected.

Constants are compared only with --consts: CPython keeps some constants of code it folded away
and turns `'%s' % x` into an f-string, so those lists differ harmlessly.

With --lines, the set of source lines each code object's instructions carry is compared too.

Usage: python3 runtime-tests/tools/compare_code_info.py [--consts] [--lines] PYJIT FILE...
"""
import re
import subprocess
import sys
import types


def info(code, out):
    names = sorted(set(code.co_names))
    consts = sorted(set(repr(c) for c in code.co_consts if not isinstance(c, types.CodeType)))
    lines = sorted(set(l for _, _, l in code.co_lines() if l))  # 0: the module RESUME
    out.append(
        f"{code.co_qualname} line={code.co_firstlineno} args={code.co_argcount}/{code.co_posonlyargcount}/"
        f"{code.co_kwonlyargcount} flags={code.co_flags:#x} varnames=[{','.join(code.co_varnames)}] "
        f"cellvars=[{','.join(code.co_cellvars)}] freevars=[{','.join(code.co_freevars)}] names=[{','.join(names)}] "
        f"lines=[{','.join(map(str, lines))}] consts=[{','.join(consts)}]")
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            info(c, out)


def main(pyjit, files, with_consts, with_lines):
    bad = 0
    for f in files:
        try:
            code = compile(open(f, "rb").read(), f, "exec")
        except Exception:
            continue
        want = []
        info(code, want)
        p = subprocess.run([pyjit, "-m", "dis", "--info", f], capture_output=True, text=True)
        got = p.stdout.splitlines()
        if not with_consts:
            strip = lambda lines: [re.sub(r" consts=\[.*\]$", "", l) for l in lines]
            got, want = strip(got), strip(want)
        if not with_lines:
            strip = lambda lines: [re.sub(r" lines=\[[0-9,]*\]", "", l) for l in lines]
            got, want = strip(got), strip(want)
        if got != want:
            bad += 1
            for g, w in zip(got, want):
                if g != w:
                    print(f"{f}:\n  pyjit:   {g}\n  cpython: {w}")
                    break
            else:
                print(f"{f}: {len(got)} code objects vs {len(want)}")
    print(f"{len(files) - bad}/{len(files)} files identical", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    args = sys.argv[1:]
    with_consts = "--consts" in args
    with_lines = "--lines" in args
    args = [a for a in args if a not in ("--consts", "--lines")]
    sys.exit(main(args[0], args[1:], with_consts, with_lines))
