# __missing__ on dict subclasses
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(sorted(c.items()))
print(c["zzz"], "zzz" in c, c.get("zzz"), len(c))
class Auto(dict):
    def __missing__(self, key):
        v = self[key] = key * 2
        return v
a = Auto()
print(a[3], a, a[3])
class Raise(dict):
    def __missing__(self, key):
        raise KeyError("custom " + str(key))
try:
    Raise()["x"]
except KeyError as e:
    print("KeyError", e)
class Plain(dict):
    pass
try:
    Plain()["x"]
except KeyError as e:
    print("KeyError", e)
class Sub(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
s = Sub({1: 2}, z=3)
print(s, s.extra, type(s).__name__, isinstance(s, dict))
print(Sub.fromkeys([1, 2]), type(Sub.fromkeys([1])).__name__)
print(type(s.copy()).__name__, s == {1: 2, "z": 3})
class Rep(dict):
    def __repr__(self):
        return "Rep(" + super().__repr__() + ")"
print(Rep(a=1), [Rep()])
