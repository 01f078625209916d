# subclasses of list/dict/set/frozenset/tuple: attributes, __slots__, __new__, super()
class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
t = Tagged([3, 1, 2], "x")
t.sort()
print(t, t.tag, len(t), t[0], type(t).__name__)
class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
a = AttrDict(x=1, y=2)
print(a.x, a.y, a, isinstance(a, dict))
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
g = Default(list)
g["a"].append(1)
g["b"].append(2)
g["a"].append(3)
print(g, g.factory is list)
class Slotted(set):
    __slots__ = ()
s = Slotted([1, 2])
print(s, len(s))
class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
p = Pair(1, 2)
print(p, p.swap(), type(p.swap()).__name__, p == (1, 2), hash(p) == hash((1, 2)))
class FS(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
f = FS(3, 1, 2)
print(f, len(f), 2 in f, type(f).__name__)
print(list.__new__(Tagged) == [], type(list.__new__(Tagged)).__name__)
try:
    list.__new__(dict)
except TypeError as e:
    print("TypeError", e)
class Counted(list):
    count_calls = 0
    def append(self, x):
        Counted.count_calls += 1
        super().append(x)
c = Counted()
for i in range(3):
    c.append(i)
print(c, Counted.count_calls)
