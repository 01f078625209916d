# Instance attributes under every kind of change: the order of __dict__, deletion, re-adding,
# replacing __dict__, computed names, many attributes, __class__ assignment, subclasses.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


a, b = P(1, 2), P(3, 4)
b.z = 5
print(a.__dict__, b.__dict__, a.total(), b.total())
del a.x
print(a.__dict__, hasattr(a, "x"))
a.x = 10
print(a.__dict__, a.total())
try:
    del b.missing
except AttributeError as e:
    print("AttributeError:", e)
c = P(5, 6)
c.__dict__ = {"y": 1, "x": 2, "extra": 3}
print(c.total(), c.extra, vars(c))
c.__dict__["x"] = 100
print(c.x, c.total())
d = P(7, 8)
d.__dict__.update(q=9)
print(d.q, list(d.__dict__))
e = P(0, 0)
for i in range(70):
    setattr(e, "attr%d" % i, i)
print(len(vars(e)), e.attr69, getattr(e, "attr" + "3"))
print([k for k in dir(P(1, 1)) if not k.startswith("__")])


class Q(P):
    def total(self):
        return super().total() * 10


class R(P):
    pass


q = Q(1, 2)
print(q.total(), q.__dict__)
q.__class__ = R
print(type(q).__name__, q.total(), q.__dict__)
objs = [P(i, i) if i % 2 else Q(i, i) for i in range(6)]
print([o.total() for o in objs])
# The same attribute names set in different orders.
f, g = P(1, 2), P(1, 2)
f.u, f.v = 1, 2
g.v, g.u = 2, 1
print(list(vars(f)), list(vars(g)), f.u + f.v == g.u + g.v)
# Instance attributes shadowing methods, and methods restored by deletion.
h = P(3, 3)
h.total = lambda: "shadowed"
print(h.total(), P(1, 1).total())
del h.total
print(h.total())
# Cycles through attributes are collected.
import gc
for i in range(1000):
    m, n = P(0, 0), P(0, 0)
    m.other, n.other = n, m
print(gc.collect() >= 0)
