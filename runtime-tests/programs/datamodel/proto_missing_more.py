class Default(dict):
    def __init__(self, factory, *a, **k):
        super().__init__(*a, **k)
        self.factory = factory
    def __missing__(self, key):
        v = self.factory()
        self[key] = v
        return v
d = Default(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(dict(d), len(d))
print(d.get("zz"), "zz" in d, d.setdefault("c", [9]), d.pop("c"))
class Ret(dict):
    def __missing__(self, key):
        return NotImplemented
print(Ret()["x"])
class MissingKeyError(dict):
    def __missing__(self, key):
        raise KeyError(("custom", key))
try:
    MissingKeyError()[1]
except KeyError as e:
    print("KeyError:", e)
class Sub(dict):
    def __getitem__(self, k):
        return "getitem override"
    def __missing__(self, k):
        return "never"
print(Sub()["k"])
class M(dict):
    pass
M.__missing__ = lambda self, k: f"added later {k}"
print(M()["q"])
del M.__missing__
try:
    M()["q"]
except KeyError as e:
    print("KeyError:", e)
import sys
class Vars(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(Vars(a="A")))
print(eval("x + y", {}, Vars(x="1")) if False else "skip eval")
class NonStr(dict):
    def __missing__(self, k):
        return k * 2
print(NonStr()[21], NonStr()[(1,)], NonStr({1: 1})[1])
