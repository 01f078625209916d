# Compile-time scope errors, checked through compile().
sources = [
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f(a):\n    global a\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(a):\n    def g():\n        nonlocal a\n        a = 1\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n",
    "return 5\n",
    "def f():\n    yield 1\n    return 2\n",
    "class C:\n    return 1\n",
    "break\n",
    "for i in range(1):\n    def f():\n        continue\n",
    "x = yield 1\n",
    "def f():\n    x = 1\n    del x\n    nonlocal x\n",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("ok:", src.splitlines()[-1].strip())
    except SyntaxError as exc:
        print("SyntaxError:", exc.msg, "line", exc.lineno)
