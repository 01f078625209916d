# Scoping corner cases: nonlocal in class bodies, class-level names invisible to methods, exec and closures.
def t(name, fn):
    try:
        print(name, repr(fn()))
    except BaseException as e:
        print(name, "EXC", type(e).__name__, e)
def f1():
    x = 1
    class C:
        nonlocal x
        x = 2
    return x
t("nonlocal in class body", f1)
def f2():
    x = "enclosing"
    class C:
        def m(self):
            return x
        x = "class"
    return C().m(), C.x
t("method sees enclosing not class", f2)
def f3():
    v = 1
    class C:
        v = v + 1
    return C.v
t("class body reads enclosing then assigns", f3)
v = "global"
def f4():
    v = "local"
    class C:
        w = v
    return C.w
t("class body free var", f4)
def f5():
    class C:
        a = 1
        def m(self):
            return a
    try:
        return C().m()
    except NameError as e:
        return str(e)
t("method no class scope", f5)
def f6():
    exec("global ZZ\nZZ = 5")
    return ZZ
t("exec global", f6)
def f7():
    def outer():
        x = 1
        def inner():
            exec("x = 2")
            return x
        return inner()
    return outer()
t("exec cannot rebind closure", f7)
def f8():
    funcs = {}
    for name in ["a", "b"]:
        def f(name=name):
            return name
        funcs[name] = f
    return {k: f() for k, f in funcs.items()}
t("loop def defaults", f8)
def f9():
    i = 10
    g = [i for i in range(3)]
    return i, g
t("comp doesnt leak", f9)
def f10():
    try:
        raise ValueError
    except ValueError as e:
        def inner():
            return e
    try:
        return inner()
    except NameError as exc:
        return "NameError: " + str(exc)
t("except var deleted closure", f10)
def f11():
    x = 0
    def a():
        nonlocal x
        x += 1
        def b():
            nonlocal x
            x *= 10
        b()
    a(); a()
    return x
t("double nonlocal", f11)
