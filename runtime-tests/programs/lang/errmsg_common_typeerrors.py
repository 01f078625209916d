# Common TypeError messages everyday code runs into.
five, text, none, pair = 5, 'abc', None, [1, 2]
cases = [
    "1 + 'a'",
    "'a' + 1",
    "[1] + 'a'",
    "None + 1",
    "len(5)",
    "five()",
    "text()",
    "none()",
    "none[0]",
    "five[0]",
    "{}[[]]",
    "{[]: 1}",
    "{[1], 2}",
    "hash([])",
    "for_ = [x for x in 5]",
    "a, b = None",
    "(1, 2)[0] = 5",
    "'abc'[0] = 'x'",
    "int([])",
    "float(None)",
    "sum(['a', 'b'])",
    "sorted([1, 'a'])",
    "max(1)",
    "abs('x')",
    "'x' * 2.0",
    "pair['a']",
    "text[1.5]",
    "(1).__len__",
    "range('a')",
    "isinstance(1, 'int')",
    "object.__new__(5)",
    "ord('ab')",
    "chr('a')",
    "print(sep=5)",
]
for src in cases:
    try:
        exec(src, globals())
        print(src, "-> no error")
    except (TypeError, AttributeError) as exc:
        print(src, "->", type(exc).__name__ + ":", exc)
