# Everyday subclasses of built-in containers: a dict with defaults, a list with validation.
class Defaults(dict):
    def __init__(self, default, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = default
    def __missing__(self, key):
        return self.default
d = Defaults(0, a=1)
d["b"] += 5
print(d, d["zzz"], len(d), isinstance(d, dict), type(d).__name__)
class TypedList(list):
    def __init__(self, kind, items=()):
        super().__init__()
        self.kind = kind
        for item in items:
            self.append(item)
    def append(self, item):
        if not isinstance(item, self.kind):
            raise TypeError(f"expected {self.kind.__name__}, got {type(item).__name__}")
        super().append(item)
nums = TypedList(int, [3, 1, 2])
nums.append(10)
try:
    nums.append("x")
except TypeError as exc:
    print("TypeError:", exc)
print(nums, sorted(nums), sum(nums), nums[1:], len(nums), nums.kind)
class Path(tuple):
    def __new__(cls, *parts):
        return super().__new__(cls, parts)
    def __str__(self):
        return "/" + "/".join(self)
p = Path("usr", "lib")
print(p, len(p), p[0], p + ("x",), isinstance(p, tuple))
for i in range(3):
    Defaults(i)
    TypedList(int)
    Path()
print("created and dropped many")
class Upper(str):
    def shout(self):
        return self.upper() + "!"
print(Upper("hey").shout(), Upper("a") + "b", type(Upper("a") + "b").__name__)
class Meters(float):
    def __repr__(self):
        return f"{float(self)}m"
print(repr(Meters(2.5)), Meters(2.5) * 2, [Meters(1)])
class Count(int):
    pass
c = Count(5)
print(c + 1, type(c + 1).__name__, c == 5, repr(c))
