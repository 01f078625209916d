# eval/exec/compile and locals()/globals() inside comprehensions and functions; f-string and % formatting details.
def t(name, fn):
    try:
        print(name, repr(fn()))
    except BaseException as e:
        print(name, "EXC", type(e).__name__, e)
t("locals in comp", lambda: [sorted(locals()) for _ in range(1)])
def f1():
    x = 1
    return [locals().get("x") for _ in range(1)]
t("locals comp no x", f1)
t("eval in comp", lambda: (lambda y: [eval("y") for _ in range(1)])(5))
def f2():
    a = 1
    return eval("[a for _ in range(2)]")
t("eval comp free", f2)
t("fstring = spaces", lambda: (lambda x: f"{x = }|{x=!r:>5}|{x + 1=:03d}")(7))
t("fstring nested spec", lambda: (lambda v, w, p: f"{v:{w}.{p}}")(3.14159, 10, 3))
t("fstring dict in expr", lambda: f"{ {'a': 1}['a'] }")
t("fstring conversion spec", lambda: f"{'abc'!r:*^11}")
t("fstring lambda parens", lambda: f"{(lambda: 'L')()}")
t("fstring backslash in literal", lambda: f"a\tb{1}\n".encode())
t("fstring self-doc expr", lambda: (lambda items: f"{len(items)=}, {items[-1]=!s}")([1, 2]))
t("format mini", lambda: ("{:>{w}}".format("x", w=4), "{0[1]}{1.real}".format("ab", 3)))
t("percent", lambda: ("%5.2f|%-4d|%x|%r|%s|%%" % (3.14159, 7, 255, "a", None)))
t("percent dict", lambda: "%(a)s-%(b)03d" % {"a": "x", "b": 5})
def f3():
    code = compile("x = 1\ny = x + 1", "<c>", "exec")
    ns = {}
    exec(code, ns)
    return ns["y"], code.co_name if hasattr(code, "co_name") else "?"
t("compile exec", f3)
t("eval with builtins restricted", lambda: eval("abs(-1)", {"__builtins__": {"abs": abs}}))
t("exec returns None", lambda: exec("1"))
t("eval bytes src", lambda: eval(b"1 + 1"))
t("compile bad mode", lambda: compile("1", "<x>", "bad"))
t("eval stmt", lambda: eval("import os"))
t("exec nested func closure", lambda: (lambda ns: (exec("def mk():\n    v = 3\n    def g():\n        return v\n    return g\nr = mk()()", ns), ns["r"])[1])({}))
t("globals identity", lambda: globals() is globals())
def f4():
    g = globals()
    g["__dyn"] = 1
    v = __dyn if False else g["__dyn"]
    del g["__dyn"]
    return v
t("globals write", f4)
t("vars no arg", lambda: type(vars()).__name__)
t("dir no arg in func", lambda: (lambda a, b=1: dir())(0))
