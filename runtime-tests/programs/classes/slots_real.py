class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(P.x).__name__, repr(P.x))
class Q(P):
    __slots__ = ("z",)
q = Q(1, 2)
q.z = 9
print(q.x, q.y, q.z)
class R(P):
    pass
r = R(3, 4)
r.w = 5
print(r.x, r.w, r.__dict__)
class D:
    __slots__ = ("a", "__dict__")
d = D()
d.a = 1
d.b = 2
print(d.a, d.__dict__)
class M:
    __slots__ = "__priv"
    def set(self, v):
        self.__priv = v
        return self.__priv
print(M().set(7), "_M__priv" in M.__dict__)
try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad2:
        __slots__ = (1,)
except TypeError as e:
    print("TypeError:", e)
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("b",)
try:
    class S3(S1, S2):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    P.x.__get__(5)
except TypeError as e:
    print("TypeError:", e)
import gc
class Node:
    __slots__ = ("other",)
i = 0
while i < 20000:
    n = Node()
    n.other = n
    i += 1
del n
print(gc.collect() >= 1)
