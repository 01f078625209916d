# *args and **kwargs.
def f(*args, **kwargs):
    return args, kwargs

print(f())
print(f(1, 2))
print(f(a=1, b=2))
print(f(1, *[2, 3], x=4, **{"y": 5}))
def g(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(g(1, c=3))
print(g(1, 2, 3, 4, c=5, z=6))
print(g(*range(5), c=0, **{"d": 9, "e": 10}))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(*range(101)))
def keys(**kw):
    return list(kw)
print(keys(z=1, a=2, m=3))
def pass_through(*args, **kwargs):
    return g(*args, **kwargs)
print(pass_through(10, 20, 30, c="C"))
print(type(f(1)[0]).__name__, type(f(a=1)[1]).__name__)
def star_only(*args):
    args = args + ("extra",)
    return args
print(star_only(1))
