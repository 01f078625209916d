class Rec:
    def __init__(self):
        self.ops = []
    def __setitem__(self, k, v):
        self.ops.append(("set", k, v))
    def __delitem__(self, k):
        self.ops.append(("del", k))
    def __getitem__(self, k):
        self.ops.append(("get", k))
        return 0
r = Rec()
r[1:2] = "ab"
r[::3] = []
r[1:2, 3] = 0
r[...] = 1
del r[:]
del r[5:1:-1]
r[None] = None
r["k"] += 1
r[0:1] += [2]
for op in r.ops:
    print(op)
s = slice(1, 2, 3)
print(s.start, s.stop, s.step)
try:
    s.start = 5
except AttributeError as e:
    print("AttributeError:", e)
print(slice(None).indices(3), slice(-1, None).indices(5), slice(2, -1, -1).indices(4))
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
class Idx:
    def __index__(self):
        return 2
print(slice(Idx()).indices(5), [0, 1, 2, 3][slice(Idx(), None)])
try:
    slice("a").indices(3)
except TypeError as e:
    print("TypeError:", e)
print(slice(1, 2) < slice(1, 3), slice(1, 2) == slice(1, 2, None), repr(slice(1, "x")))
lst = list(range(10))
lst[slice(0, 10, 2)] = "abcde"
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
