class A:
    cls_attr = 1

    def __init__(self):
        self.a = 1
        self.b = 2


x = A()
print(vars(x) == {"a": 1, "b": 2})
x.__dict__["c"] = 3
print(x.c)
x.__dict__ = {"z": 26}
print(x.z, hasattr(x, "a"))
try:
    x.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
del x.z
print(vars(x))
print(A.__dict__["cls_attr"], "a" in A.__dict__)
print(type(A.__dict__["__init__"]).__name__)
y = A()
print(y.__dict__ is not x.__dict__, sorted(y.__dict__))
print(getattr(y, "__dict__") == {"a": 1, "b": 2})
