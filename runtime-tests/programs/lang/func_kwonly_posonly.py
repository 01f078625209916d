# Keyword-only and positional-only parameters.
def f(a, b, /, c, *, d, e=5):
    return (a, b, c, d, e)

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4, e=6))
def g(pos, /, **kwargs):
    return pos, kwargs
print(g(1, pos=2))
def h(*, only):
    return only
print(h(only="yes"))
def opt(a, b=2, /, c=3):
    return a, b, c
print(opt(1), opt(1, 5), opt(1, 5, 6), opt(1, c=9))
tests = [
    lambda: f(1, 2, 3, 4),
    lambda: f(a=1, b=2, c=3, d=4),
    lambda: f(1, 2, 3),
    lambda: h(1),
    lambda: h(),
    lambda: opt(),
    lambda: opt(1, b=2),
]
for t in tests:
    try:
        t()
    except TypeError as exc:
        print("TypeError:", exc)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
