def total_order(cls):
    lt = cls.__dict__.get("__lt__")
    eq = cls.__dict__.get("__eq__")
    if lt is None or eq is None:
        raise ValueError(f"{cls.__name__} must define __lt__ and __eq__")
    cls.__le__ = lambda a, b: a < b or a == b
    cls.__gt__ = lambda a, b: not (a < b or a == b)
    cls.__ge__ = lambda a, b: not a < b
    return cls
def record(*fields):
    def deco(cls):
        ns = {}
        args = ", ".join(fields)
        body = "\n".join(f"    self.{f} = {f}" for f in fields) or "    pass"
        exec(f"def __init__(self, {args}):\n{body}", ns)
        cls.__init__ = ns["__init__"]
        cls.__repr__ = lambda self: f"{cls.__name__}(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in fields) + ")"
        cls.__eq__ = lambda self, o: type(o) is type(self) and all(getattr(self, f) == getattr(o, f) for f in fields)
        cls.__hash__ = lambda self: hash(tuple(getattr(self, f) for f in fields))
        cls.__iter__ = lambda self: iter([getattr(self, f) for f in fields])
        cls.__match_args__ = fields
        return cls
    return deco
@total_order
@record("major", "minor")
class Version:
    def __lt__(self, o):
        return (self.major, self.minor) < (o.major, o.minor)
    def __eq__(self, o):
        return (self.major, self.minor) == (o.major, o.minor)
print(Version.__hash__ is None, Version.__hash__.__name__)
v1, v2, v3 = Version(1, 2), Version(1, 10), Version(1, 2)
print(v1, v1 == v3, v1 != v2, v1 < v2, v1 <= v3, v2 > v1, v2 >= v1, v1 > v2)
print(sorted([v2, v1, Version(0, 9)]), max(v1, v2), list(v1), tuple(v2))
try:
    hash(v1)
except TypeError as e:
    print("TypeError:", e)
@record("x", "y")
class Point:
    pass
p = Point(1, 2)
print(p, p == Point(1, 2), hash(p) == hash((1, 2)), len({p, Point(1, 2), Point(2, 1)}), [*p])
match p:
    case Point(x, y) if x < y:
        print("matched", x, y)
try:
    @total_order
    class Bad:
        def __lt__(self, o):
            return True
except ValueError as e:
    print("ValueError:", e)
def memo_method(f):
    cache = {}
    def wrapper(self, *args):
        key = (id(self),) + args
        if key not in cache:
            cache[key] = f(self, *args)
        return cache[key]
    wrapper.cache = cache
    return wrapper
class Fib:
    @memo_method
    def __call__(self, n):
        return n if n < 2 else self(n - 1) + self(n - 2)
    @memo_method
    def __getitem__(self, n):
        return self(n)
fib = Fib()
print(fib(30), fib[40], len(Fib.__call__.cache) > 30)
