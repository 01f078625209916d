# Walrus restrictions reported at compile time.
sources = [
    "(x := 1)",
    "x := 1",
    "[i := 0 for i in range(3)]",
    "[j for i in range((j := 3))]",
    "def f():\n    [(y := i) for i in range(2)]\n    return y\n",
    "class C:\n    [(z := i) for i in range(2)]\n",
    "(a.b := 1)",
    "f(x := 1)",
    "f(k=(x := 1))",
    "((x, y) := (1, 2))",
    "lambda: (w := 1)",
]
for src in sources:
    try:
        compile(src, "<walrus>", "exec")
        print("ok:", src.replace("\n", "\\n"))
    except SyntaxError as exc:
        print("SyntaxError:", exc.msg)
