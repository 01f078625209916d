#!/usr/bin/env python3
"""Prints, for each program in CASES, the scope classification CPython's `symtable` module gives
every name of every block, in the form the Rust test src/compiler/symtable/tests.rs embeds.

Usage: python3 runtime-tests/tools/gen_symtable_cases.py   (paste the output into the test)
"""
import _symtable
import symtable

CASES = [
    "x = 1\ndef f(a):\n    global x\n    x = a\n    def g():\n        return a + y\n    return g\n",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n",
    "class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__\n",
    "def f():\n    [y := i for i in range(3)]\n    return y\n",
    "def f(a):\n    def g():\n        nonlocal a\n        a = 2\n        def h():\n            return a\n    return g\n",
    "def f():\n    x = 1\n    return (lambda: x), [x for _ in ()], (x for _ in ())\n",
    "def f():\n    __x = 1\n    class C:\n        __y = 2\n        def m(self):\n            return __y, self.__z\n",
]


def kind(s):
    # The raw scope (symtable.Symbol.is_local() does not tell cells from locals).
    return {
        _symtable.LOCAL: "Local",
        _symtable.CELL: "Cell",
        _symtable.FREE: "Free",
        _symtable.GLOBAL_EXPLICIT: "GlobalExplicit",
        _symtable.GLOBAL_IMPLICIT: "GlobalImplicit",
    }.get(s._Symbol__scope, "?")


def walk(t, path, out):
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        out.append(f"{path}:{s.get_name()}={kind(s)}")
    for c in t.get_children():
        walk(c, path + "/" + c.get_name(), out)


for src in CASES:
    out = []
    walk(symtable.symtable(src, "<case>", "exec"), "top", out)
    print(repr(src))
    print("   ", " ".join(out))
