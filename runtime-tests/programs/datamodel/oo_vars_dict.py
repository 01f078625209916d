class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = "two"
p = P()
print(vars(p), p.__dict__ is vars(p))
p.__dict__["c"] = 3
print(p.c, sorted(vars(p)))
p.__dict__ = {"z": 26}
print(p.z, hasattr(p, "a"), vars(p))
try:
    p.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
try:
    vars(1, 2)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
print("cls_attr" in vars(P), type(vars(P)).__name__)
try:
    vars(P)["new"] = 1
except TypeError as e:
    print("TypeError:", e)
def f():
    local_var = 1
    return sorted(vars())
print(f())
class D(dict):
    pass
q = P()
q.__dict__ = D(k=1)
print(q.k, type(q.__dict__).__name__)
print(vars(q) is q.__dict__)
q.k2 = 2
print(sorted(q.__dict__))
