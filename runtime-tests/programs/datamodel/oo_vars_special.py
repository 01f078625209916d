class Fake:
    @property
    def __dict__(self):
        return {"fake": True}
print(vars(Fake()))
class Strange:
    __dict__ = 5
try:
    print(vars(Strange()))
except TypeError as e:
    print("TypeError:", e)
class InBody:
    a = 1
    b = 2
    names = sorted(k for k in vars() if not k.startswith("__"))
print(InBody.names)
def f(x, y=2):
    z = x + y
    return sorted(vars().items())
print(f(1))
import math
print(type(vars(math)).__name__, "sqrt" in vars(math))
class Getattr:
    def __getattr__(self, name):
        return "dyn-" + name
g = Getattr()
print(vars(g), g.__dict__ if False else "", g.anything)
class Slots:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
try:
    vars(Slots())
except TypeError as e:
    print("TypeError:", e)
try:
    Slots().__dict__
except AttributeError as e:
    print("AttributeError:", e)
o = object()
try:
    vars(o)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(None)
except TypeError as e:
    print("TypeError:", e)
print(sorted(vars(type("T", (), {"k": 1})).keys() - {"__module__", "__dict__", "__weakref__", "__doc__"}))
class P:
    pass
p = P()
vars(p)["direct"] = 42
print(p.direct, dir(p)[-1])
