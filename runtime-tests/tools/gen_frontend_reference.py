#!/usr/bin/env python3
"""Reference results of CPython's front end on its own standard library, for frontend_diff.rs.

For every *.py file under sysconfig.get_path('stdlib') (skipping site-packages/ and
__pycache__/, sorted by relative path) this records what these three commands give:

    python3 -m tokenize FILE        (mode "tokenize")
    python3 -m tokenize -e FILE     (mode "tokenize-e")
    python3 -m ast -a FILE          (mode "ast")

namely the sha256 of stdout, the exit status and, for the tokenize modes, the stderr text.
All files run in this one process: tokenize.main()/ast.main() are called with sys.argv set and
stdout/stderr captured. A SystemExit gives its status as the interpreter would; a file whose run
ends in an uncaught exception (status 1 with a traceback, which differs in-process) is run
again as a real subprocess so that its record is exactly the command's.

Output: OUT/manifest.jsonl (default OUT: target/frontend-ref). Line 1 is a header
{"key", "python", "root", "files"}; then one line per file:
{"path": REL, "tokenize": {"status", "stdout_sha256", "stderr"}, "tokenize-e": {...},
 "ast": {"status", "stdout_sha256"}}.
The key hashes the Python version, this script and the corpus listing (paths, sizes, mtimes);
an existing manifest with the same key is reused and nothing runs.

Usage: gen_frontend_reference.py [--out DIR] [--force] [--limit N]
"""

import argparse
import ast
import hashlib
import io
import json
import os
import subprocess
import sys
import sysconfig
import time
import tokenize
import traceback

MODES = (
    ("tokenize", tokenize.main, ["-m", "tokenize"], []),
    ("tokenize-e", tokenize.main, ["-m", "tokenize"], ["-e"]),
    ("ast", ast.main, ["-m", "ast"], ["-a"]),
)


def corpus(root):
    """Relative paths of the corpus files, sorted."""
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in ("site-packages", "__pycache__")]
        for name in filenames:
            if name.endswith(".py"):
                out.append(os.path.relpath(os.path.join(dirpath, name), root))
    out.sort()
    return out


def cache_key(root, files):
    h = hashlib.sha256()
    h.update(sys.version.encode())
    with open(__file__, "rb") as f:
        h.update(f.read())
    h.update(root.encode())
    for rel in files:
        st = os.stat(os.path.join(root, rel))
        h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


class Uncaught(Exception):
    """The in-process run ended in an exception the real command would print a traceback for."""


def run_in_process(func, argv):
    """Runs func() as `python3 -m ...` would; returns (status, stdout bytes, stderr bytes)."""
    out_buf, err_buf = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_buf, encoding="utf-8", errors="strict")
    err = io.TextIOWrapper(err_buf, encoding="utf-8", errors="backslashreplace")
    saved = sys.argv, sys.stdout, sys.stderr
    sys.argv, sys.stdout, sys.stderr = argv, out, err
    status = 0
    try:
        func()
    except SystemExit as e:
        code = e.code
        if code is None:
            status = 0
        elif isinstance(code, int):
            status = code & 0xFF
        else:
            err.write(str(code) + "\n")
            status = 1
    except BaseException as e:  # noqa: B902 - anything else the real command reports itself
        raise Uncaught() from e
    finally:
        sys.argv, sys.stdout, sys.stderr = saved
        try:
            out.flush()
        except Exception:  # a failed encode leaves what was written before it
            pass
        err.flush()
    return status, out_buf.getvalue(), err_buf.getvalue()


def run_subprocess(cmd_args, path):
    p = subprocess.run([sys.executable] + cmd_args + [path], capture_output=True)
    return p.returncode, p.stdout, p.stderr


def record(root, rel):
    path = os.path.join(root, rel)
    entry = {"path": rel}
    for mode, func, cmd, extra in MODES:
        try:
            status, out, err = run_in_process(func, [cmd[1]] + extra + [path])
        except Uncaught:
            status, out, err = run_subprocess(cmd + extra, path)
        rec = {"status": status, "stdout_sha256": hashlib.sha256(out).hexdigest()}
        if mode.startswith("tokenize"):
            rec["stderr"] = err.decode("utf-8", "backslashreplace")
        entry[mode] = rec
    return entry


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join("target", "frontend-ref"))
    ap.add_argument("--force", action="store_true", help="regenerate even when up to date")
    ap.add_argument("--limit", type=int, default=0, help="only the first N files (for testing)")
    args = ap.parse_args()

    root = sysconfig.get_path("stdlib")
    files = corpus(root)
    if args.limit:
        files = files[: args.limit]
    key = cache_key(root, files)
    manifest = os.path.join(args.out, "manifest.jsonl")
    if not args.force and os.path.exists(manifest):
        try:
            with open(manifest, encoding="utf-8") as f:
                if json.loads(f.readline()).get("key") == key:
                    print(f"gen_frontend_reference: {manifest} is up to date ({len(files)} files)")
                    return 0
        except (OSError, ValueError):
            pass

    os.makedirs(args.out, exist_ok=True)
    sys.setrecursionlimit(1000)  # as in a fresh interpreter
    t0 = time.monotonic()
    tmp = manifest + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        header = {"key": key, "python": sys.version.split()[0], "root": root, "files": len(files)}
        f.write(json.dumps(header) + "\n")
        for i, rel in enumerate(files):
            try:
                entry = record(root, rel)
            except Exception:
                traceback.print_exc()
                print(f"gen_frontend_reference: failed on {rel}", file=sys.stderr)
                return 1
            f.write(json.dumps(entry) + "\n")
            if (i + 1) % 200 == 0:
                print(f"  {i + 1}/{len(files)} files, {time.monotonic() - t0:.0f} s", file=sys.stderr)
    os.replace(tmp, manifest)
    print(f"gen_frontend_reference: wrote {manifest} ({len(files)} files, "
          f"{time.monotonic() - t0:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
