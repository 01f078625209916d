class Strict:
    allowed = ("x", "y")

    def __setattr__(self, name, value):
        if name not in self.allowed:
            raise AttributeError(f"cannot set {name}")
        print("setting", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)


s = Strict()
s.x = 1
s.y = 2
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(s.x, s.y, sorted(vars(s)))
del s.x
print(hasattr(s, "x"))
try:
    del s.x
except AttributeError as e:
    print("AttributeError:", e)


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise TypeError("frozen")


f = Frozen(10)
print(f.v)
try:
    f.v = 11
except TypeError as e:
    print("TypeError:", e)
setattr(Frozen, "cls_attr", 5)
print(f.cls_attr)
