# Import statements bind names in whatever scope they run in.
def f():
    import fixtures.simple
    from fixtures.pkg import gamma as g
    return sorted(locals()), g.G


print(f())


class C:
    import fixtures.pkg.beta as beta_mod
    from fixtures.simple import VALUE


print(C.beta_mod.B, C.VALUE)


def g():
    global late
    import fixtures.counter as late


g()
print(late.__name__)
try:
    exec("from fixtures.simple import *", {})
    print("exec star ok")
except SyntaxError as e:
    print("SyntaxError", e)
ns = {}
exec("import fixtures.pkg.gamma", ns)
print(sorted(k for k in ns if not k.startswith("__")))
