def init(self, v):
    self.v = v


def show(self):
    return f"{type(self).__name__}(v={self.v})"


Base = type("Base", (), {"__init__": init, "show": show, "kind": "base"})
Derived = type("Derived", (Base,), {"kind": "derived", "extra": lambda self: self.v * 2})

d = Derived(21)
print(d.show(), d.kind, d.extra())
print(Base.__name__, Derived.__bases__ == (Base,), Derived.__module__)
print([c.__name__ for c in Derived.__mro__])
print(type(d) is Derived, type(Derived) is type)
Empty = type("Empty", (), {})
print(Empty.__bases__ == (object,), Empty.__doc__)
print(type("Q", (), {"__qualname__": "Outer.Q"}).__qualname__)
for args in [(1, 2), ("X", (), {}, 4), (1, (), {}), ("X", 1, {}), ("X", (), 1), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
print(type(5).__name__, type("s") is str)
