# IndexError / KeyError / ValueError messages from everyday operations.
cases = [
    "[][0]",
    "[1, 2][-3]",
    "(1,)[1]",
    "'abc'[5]",
    "range(3)[3]",
    "[].pop()",
    "[1].pop(5)",
    "{}.popitem()",
    "{}['k']",
    "{'a': 1}[('t', 1)]",
    "[1, 2].remove(3)",
    "[1, 2].index(3)",
    "'abc'.index('z')",
    "(1, 2).index(9)",
    "set().pop()",
    "{1}.remove(2)",
    "int('12x')",
    "int('')",
    "int('5', 1)",
    "float('abc')",
    "chr(-1)",
    "chr(0x110000)",
    "'a,b'.split('')",
    "range(1, 2, 0)",
    "[1, 2, 3][::0]",
    "x, y = [1, 2, 3]",
    "'{} {}'.format(1)",
    "'{0} {name}'.format(1)",
    "'%d' % 'a'",
    "'%s %s' % (1,)",
    "divmod(5, 0)",
    "int('1' * 5000)",
]
for src in cases:
    try:
        exec(src)
        print(src, "-> no error")
    except (IndexError, KeyError, ValueError, TypeError, ZeroDivisionError) as exc:
        print(src, "->", type(exc).__name__ + ":", exc)
