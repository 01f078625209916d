# Decorator application order, decorators returning non-functions, and class decorators.
calls = []
def tag(name):
    calls.append(f"factory {name}")
    def deco(fn):
        calls.append(f"apply {name}")
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        return wrapper
    return deco
@tag("a")
@tag("b")
@tag("c")
def text(s):
    return s
print(calls)
print(text("hi"))
def to_value(fn):
    return fn()
@to_value
def answer():
    return 42
print(answer, type(answer).__name__)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, name):
        self.name = name
print(Config("first").name, Config("second").name, Config("x") is Config("y"))
def freeze_attrs(cls):
    def setattr_(self, k, v):
        if getattr(self, "_frozen", False):
            raise AttributeError(f"{cls.__name__} is frozen; cannot set {k}")
        object.__setattr__(self, k, v)
    cls.__setattr__ = setattr_
    return cls
@freeze_attrs
class Point:
    def __init__(self, x):
        self.x = x
        self._frozen = True
p = Point(1)
try:
    p.x = 2
except AttributeError as exc:
    print("AttributeError:", exc)
print(p.x)
def with_args_or_without(fn=None, *, prefix=">"):
    def deco(f):
        return lambda *a: prefix + f(*a)
    return deco(fn) if fn else deco
@with_args_or_without
def plain():
    return "plain"
@with_args_or_without(prefix="$")
def fancy():
    return "fancy"
print(plain(), fancy())
