class V:
    def __init__(self, v):
        self.v = v
a, b = V(1), V(2)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
V.__add__ = lambda s, o: V(s.v + o.v)
print((a + b).v)
V.__radd__ = lambda s, o: V(s.v + o)
print((10 + a).v)
del V.__add__
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
print((3 + b).v)
V.__lt__ = lambda s, o: s.v < o.v
print(a < b, b < a, a > b)
V.__len__ = lambda s: s.v
print(len(b), bool(V(0)))
V.__bool__ = lambda s: True
print(bool(V(0)))
V.__getitem__ = lambda s, k: k * s.v
print(b[5], b["x"])
V.__iter__ = lambda s: iter(range(s.v))
print(list(b))
V.__contains__ = lambda s, x: x == s.v
print(2 in b, 3 in b)
V.__call__ = lambda s, *a: ("called", a)
print(b(1, 2))
V.__neg__ = lambda s: V(-s.v)
print((-b).v)
V.__hash__ = lambda s: s.v
print(hash(b), hash(V(12345)))
V.__eq__ = lambda s, o: s.v == o.v
print(a == V(1), a != V(1))
V.__repr__ = lambda s: f"V<{s.v}>"
print(a, [b], str(a))
V.__str__ = lambda s: "str!"
print(a, str(a), f"{a}")
V.__index__ = lambda s: s.v
print([10, 20, 30][b], hex(b))
V.__enter__ = lambda s: "entered"
V.__exit__ = lambda s, *e: None
with a as x:
    print(x)
class W(V):
    pass
print(W(4) + 0 if hasattr(W, "__add__") else "no add", (1 + W(4)).v)
V.__add__ = lambda s, o: "late add"
print(W(4) + W(5))
