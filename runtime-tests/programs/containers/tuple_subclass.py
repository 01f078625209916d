# subclassing tuple
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%r, %r)" % tuple(self)
p = Point(1, 2)
print(p, p.x, p[1], len(p), isinstance(p, tuple))
print(p == (1, 2), hash(p) == hash((1, 2)), type(p[:]).__name__)
print(type(p + (3,)).__name__, p + (3,))
class T(tuple):
    pass
t = T([1, 2, 3])
print(t, type(t).__name__, t.count(1), t.index(3))
print(tuple(t), type(tuple(t)).__name__)
print(sorted([T([2]), T([1])]))
