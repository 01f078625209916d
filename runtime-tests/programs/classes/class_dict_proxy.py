class A:
    x = 1
    def f(self):
        pass
d = A.__dict__
print(type(d).__name__, d["x"], "f" in d, "zz" in d, len(d) > 3)
print(sorted(k for k in d if not k.startswith("__")))
print(d.get("x"), d.get("nope", "dflt"), sorted(k for k in d.keys() if k in ("x", "f")))
print([v for k, v in d.items() if k == "x"])
try:
    d["y"] = 2
except TypeError as e:
    print("TypeError:", e)
c = d.copy()
c["y"] = 2
print(type(c).__name__, "y" in A.__dict__)
print(type(int.__dict__).__name__, int.__dict__["__add__"] is not None)
print(vars(A)["x"], dict(A.__dict__)["x"])
mp = type(A.__dict__)({"k": 1})
print(mp, mp["k"], mp == {"k": 1})
try:
    type(A.__dict__)([1])
except TypeError as e:
    print("TypeError:", e)
class E:
    pass
print(E.__dict__.get("__doc__"), E.__dict__["__module__"])
