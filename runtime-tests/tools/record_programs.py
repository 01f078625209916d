#!/usr/bin/env python3
"""Record what CPython 3.11 prints for the runtime-test programs.

For every runtime-tests/programs/**/NAME.py (or the files/directories given as arguments) run
`python3 NAME.py` in the program's directory and write NAME.expected.json next to it:
{"stdout": ..., "stderr": ..., "status": N}. The harness (runtime-tests/programs.rs) runs the
same file under pyjit and compares all three exactly.

Run with the reference interpreter: `python3 runtime-tests/tools/record_programs.py`.
Use --check to verify the recorded files are current without rewriting them.
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(os.path.dirname(HERE), "programs")


def programs(args):
    paths = args or [ROOT]
    for p in paths:
        if os.path.isdir(p):
            for d, dirs, files in os.walk(p):
                # Directories named `fixtures` hold modules that programs import.
                dirs[:] = [x for x in dirs if x != "fixtures"]
                for f in sorted(files):
                    if f.endswith(".py"):
                        yield os.path.join(d, f)
        else:
            yield p


def run(path):
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONPATH", None)
    stdin = path[:-3] + ".stdin"
    with open(stdin, "rb") if os.path.exists(stdin) else open(os.devnull, "rb") as inp:
        p = subprocess.run(
            [sys.executable, os.path.basename(path)],
            cwd=os.path.dirname(path) or ".",
            stdin=inp,
            capture_output=True,
            env=env,
            timeout=60,
        )
    # Paths in tracebacks are absolute; make them relative to the program's directory so the
    # expectation holds in any checkout (the harness strips the same prefix from pyjit's output).
    prefix = os.path.abspath(os.path.dirname(path)) + "/"
    return {
        "stdout": p.stdout.decode("utf-8", "surrogateescape").replace(prefix, ""),
        "stderr": p.stderr.decode("utf-8", "surrogateescape").replace(prefix, ""),
        "status": p.returncode,
    }


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_programs.py must run under CPython 3.11")
    args = [a for a in sys.argv[1:] if a != "--check"]
    check = "--check" in sys.argv[1:]
    stale = 0
    n = 0
    for path in programs(args):
        n += 1
        out = path[:-3] + ".expected.json"
        data = json.dumps(run(path), indent=1, ensure_ascii=False) + "\n"
        old = open(out, encoding="utf-8").read() if os.path.exists(out) else None
        if old != data:
            stale += 1
            if check:
                print("stale:", out)
            else:
                with open(out, "w", encoding="utf-8") as f:
                    f.write(data)
    print(f"{n} programs, {stale} {'stale' if check else 'written'}")
    if check and stale:
        sys.exit(1)


if __name__ == "__main__":
    main()
