class Singleton:
    _inst = None

    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst

    def __init__(self, v):
        print("__init__", v)
        self.v = v


a = Singleton(1)
b = Singleton(2)
print(a is b, a.v)


class Weird:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never printed")


print(Weird())


class Positive:
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        obj = object.__new__(cls)
        obj.v = v
        return obj


print(Positive(3).v)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
print(type(Positive.__dict__["__new__"]).__name__)


class Sub(Positive):
    def __init__(self, v):
        self.doubled = v * 2


s = Sub(4)
print(s.v, s.doubled)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
