# Defaults referring to earlier names, to other functions, and shared between closures.
BASE = 10
def make(scale=BASE * 2, label=f"scale {BASE}"):
    return scale, label
BASE = 99
print(make(), make.__defaults__)
def outer(n):
    def inner(x, n=n):
        return x * n
    return inner
print([outer(i)(10) for i in range(4)])
def configure(opts=None, *, retries=3, log=print):
    opts = dict(opts or {})
    opts.setdefault("retries", retries)
    log("configured", sorted(opts.items()))
    return opts
configure()
configure({"a": 1}, retries=5)
configure(log=lambda *a: print("custom log:", *a))
def f(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(f(1), f(2))
print(f.__defaults__)
f.__defaults__ = ([], {})
print(f(3))
def g(x, y=None):
    return x if y is None else x + y
print(g(1), g(1, 2), g(x=3, y=4))
def h(a, b=2, /, c=3, *, d=4):
    return a, b, c, d
print(h(1), h(1, 5, 6, d=7), h.__defaults__, h.__kwdefaults__)
