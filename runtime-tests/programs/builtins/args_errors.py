# Argument-count and keyword errors of built-in functions, CPython's exact wording.
calls = [
    "len()", "len(1, 2)", "len(x=1)", "abs(1, 2)", "chr()", "ord('a', 'b')",
    "divmod(1)", "divmod(1, 2, 3)", "getattr(1)", "getattr(1, 'a', 'b', 'c')",
    "setattr(1, 'a')", "hasattr(1)", "delattr(1)", "isinstance(1)", "issubclass(int)",
    "iter()", "next()", "format()", "vars(1, 2)", "dir(1, 2)", "input(1, 2)",
    "pow(1)", "pow(1, 2, 3, 4)", "pow(base=1)", "round()", "round(1.5, x=2)",
    "sum()", "sum([], 1, 2)", "sorted()", "sorted([], key=len, cmp=1)",
    "max()", "min(1, 2, key=len, default=3)", "print(flush=1, end=1)",
    "hash()", "id()", "repr()", "ascii()", "callable()", "all()", "any()",
    "bin()", "oct(1, 2)", "hex(x=1)", "open()",
]
for c in calls:
    try:
        eval(c)
        print(c, "-> ok")
    except TypeError as e:
        print(c, "->", e)
