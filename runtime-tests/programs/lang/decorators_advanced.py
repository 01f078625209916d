# Decorators that keep state, wrap methods and combine with classmethod/staticmethod.
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        else:
            print("cache hit", args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def slow_square(n):
    print("computing", n)
    return n * n
print(slow_square(4), slow_square(4), slow_square(5), sorted(slow_square.cache))
def count_calls(fn):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return fn(*a, **k)
    wrapper.calls = 0
    return wrapper
@count_calls
def hello():
    return "hi"
hello(); hello(); hello()
print(hello.calls)
def logged(method):
    def wrapper(self, *args):
        print(f"{type(self).__name__}.{method.__name__}{args}")
        return method(self, *args)
    return wrapper
class Calc:
    def __init__(self, v):
        self.v = v
    @logged
    def add(self, n):
        self.v += n
        return self
    @classmethod
    @count_calls
    def make(cls, v):
        return cls(v)
    @staticmethod
    @memoize
    def double(x):
        return x * 2
c = Calc.make(1).add(2).add(3)
print(c.v, Calc.double(4), Calc.double(4))
def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"{fn.__name__}: expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco
@validate(int, str)
def repeat(n, s):
    return s * n
print(repeat(3, "ab"))
try:
    repeat("3", "ab")
except TypeError as exc:
    print("TypeError:", exc)
def add_method(cls):
    cls.extra = lambda self: "added to " + cls.__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
