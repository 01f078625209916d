# SyntaxError objects raised by compile(): msg, lineno, offset, text, filename.
sources = [
    "1 +",
    "x = (1, 2",
    "def f(:\n    pass",
    "if True\n    pass",
    "a = 1\nb = = 2",
    "print 'hello'",
    "x = 5 +* 3",
    "for x in range(3):\npass",
    "return",
    "f(**x, *y)",
    "x = [1, 2,, 3]",
    "class:",
    "lambda x: yield",
    "'unterminated",
    "x = 1\n  y = 2",
]
for src in sources:
    try:
        compile(src, "<src>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as exc:
        print(type(exc).__name__, repr(exc.msg), exc.lineno, exc.offset, repr(exc.text), exc.filename)
