class C: pass
c = C()
b = c.__repr__
print(type(b).__name__, b.__name__, b.__qualname__, b.__self__ is c, b.__objclass__, b() == repr(c), b == c.__repr__, b != c.__repr__, hash(b) == hash(c.__repr__))
print(type(object().__init__).__name__, object().__init__(), type(c.__eq__).__name__, c.__eq__(c), c.__ne__(1), c.__hash__() == hash(c))
print(type([].__len__).__name__ if False else "", c.__str__() == repr(c), c.__init__.__name__, c.__setattr__("x", 1), c.x, c.__getattribute__("x"))
print(c.__class__.__init__ is object.__init__, c.__delattr__("x"), hasattr(c, "x"))
print(c.__format__("") == repr(c), c.__dir__ is not None)
m = c.__lt__
print(m(1), m.__name__)
class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"P({self.v})"
p, q = P(1), P(2)
r1, r2 = p.__repr__, q.__repr__
print(r1(), r2(), r1 == r2, r1 == p.__repr__, type(r1).__name__)
w1, w2 = p.__eq__, p.__eq__
print(type(w1).__name__, w1 == w2, w1 == q.__eq__, w1(p), w1(q), w1.__self__ is p, w1.__name__)
s = p.__setattr__
s("v", 10)
print(p, s.__qualname__, s.__objclass__.__name__)
d = {p.__hash__: "bound hash"}
print(d[p.__hash__], len({p.__eq__, p.__eq__, q.__eq__}))
print(object().__ne__(1), object.__eq__(p, p), p.__ge__(q))
