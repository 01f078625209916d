print(type(1), type("s"), type(type), type(None).__name__)
class A:
    x = 1
print(type(A()), type(A()) is A)
B = type("B", (A,), {"y": 2, "f": lambda self: self.x + self.y})
b = B()
print(B.__name__, B.__bases__, b.f(), B.__mro__, B.__module__)
C = type("C", (), {})
print(C.__bases__, C.__qualname__, type(C))
D = type("D", (A, C), {"__slots__": ()})
print(D.__mro__)
for args in [(), (1, 2), ("X", (), {}, 4), ("X", 5, {}), ("X", (), 5), (5, (), {}), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("X", (), {}, extra=1)
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, x=2)
except TypeError as e:
    print("TypeError:", e)
E = type("E", (Exception,), {"code": 7})
try:
    raise E("boom")
except E as e:
    print("E:", e, e.code)
F = type("F", (int,), {"__repr__": lambda s: "F!"})
print(F(3) + 1, repr(F(3)))
G = type("G", (), {"__init__": lambda self, v: setattr(self, "v", v)})
print(G(5).v)
try:
    type("H", (bool,), {})
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    pass
M = Meta("M", (), {})
print(type(M).__name__, type(Meta("N", (), {})).__name__)
print(type.__call__(A) .__class__ is A)
print(type("Q", (), {"__qualname__": "Outer.Q"}).__qualname__)
try:
    type("Q", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError:", e)
