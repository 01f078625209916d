class A:
    def __init__(self, v):
        self.v = v


class B(A):
    pass


a, b = A(1), B(2)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)

A.__add__ = lambda self, o: A(self.v + o.v)
print((a + b).v, (b + a).v)
A.__repr__ = lambda self: f"A<{self.v}>"
print(repr(a), repr(b), str(b))
B.__repr__ = lambda self: "B!"
print(repr(a), repr(b))
del B.__repr__
print(repr(b))
A.__len__ = lambda self: self.v
print(len(a), len(b), bool(A(0)))
A.__eq__ = lambda self, o: self.v == o.v
print(a == A(1), a != A(1))
A.__hash__ = lambda self: 99
print(hash(a), hash(b))
A.__call__ = lambda self, *args: ("called", self.v, args)
print(a(1, 2), b())
del A.__call__
try:
    a()
except TypeError as e:
    print("TypeError:", e)
A.__iter__ = lambda self: iter(range(self.v + 1))
print(list(b))
