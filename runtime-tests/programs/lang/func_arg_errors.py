# TypeError messages for bad calls, as CPython words them.
def f(a, b):
    pass
def g(a, b=1, *, c):
    pass
def h(x, /, y):
    pass
def k(*, key):
    pass
def none():
    pass
class C:
    def method(self, x):
        pass
cases = [
    "f()",
    "f(1)",
    "f(1, 2, 3)",
    "f(1, 2, c=3)",
    "f(1, a=1)",
    "f(1, b=2, b=3)" if False else "f(1, **{'b': 2}, **{'b': 3})",
    "g(1)",
    "g(1, 2, 3)",
    "g()",
    "h(x=1, y=2)",
    "h(1, 2, 3)",
    "k(1)",
    "k()",
    "k(key=1, other=2)",
    "none(1)",
    "none(a=1)",
    "C().method()",
    "C().method(1, 2)",
    "C.method(1)",
    "f(*1)",
    "f(**1)",
    "f(**{1: 2})",
    "(lambda: 0)(1)",
    "(lambda x, y=1: 0)()",
]
for src in cases:
    try:
        eval(src)
        print(src, "-> no error")
    except TypeError as exc:
        print(src, "->", exc)
