# globals() and locals().
g_value = 1
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print(globals()["g_value"], "f" in globals(), globals()["__name__"])
globals()["injected"] = "via globals()"
print(injected)
def g():
    loc = locals()
    loc["new"] = 1
    try:
        return new
    except NameError:
        return "locals() writes do not create locals"
print(g())
class K:
    a = 1
    b = sorted(k for k in locals() if not k.startswith("__"))
print(K.b)
print(locals() is globals())
def nested():
    x = 1
    def inner():
        return sorted(locals())
    def uses():
        return x, sorted(locals())
    return inner(), uses()
print(nested())
print(type(globals()).__name__)
print(sorted(k for k in globals() if k.startswith("g_")))
