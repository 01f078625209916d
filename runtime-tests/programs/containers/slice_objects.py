# slice objects: attributes, indices(), repr, equality
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, 2))
print(s.indices(5), s.indices(100), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(-100, 100).indices(7), slice(None, None, -2).indices(6), slice(10, 2, -3).indices(8))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
print(slice(None) == slice(None, None, None), repr(slice("a", [1], None)))
l = list(range(10))
print(l[s], l[slice(None, None, -1)], l[slice(-3, None)], "abcdef"[slice(1, 4)])
print((1, 2, 3, 4)[slice(1, None)], range(10)[slice(2, 8, 3)])
class Sl:
    def __getitem__(self, k):
        return k
print(Sl()[1:2], Sl()[::3], Sl()[1:2, 3], Sl()[:, ::])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(e)
try:
    slice("a").indices(3)
except TypeError as e:
    print(e)
try:
    slice()
except TypeError as e:
    print(e)
try:
    hash(slice(1))
except TypeError as e:
    print(e)
class Idx:
    def __index__(self):
        return 2
print(l[Idx():Idx() + 3] if False else l[slice(Idx(), None)])
