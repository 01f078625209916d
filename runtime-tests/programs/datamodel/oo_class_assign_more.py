import sys
class A:
    x = "A.x"
    def f(self):
        return "A.f"
class B(A):
    x = "B.x"
    def f(self):
        return "B.f " + super().f()
a = A()
a.own = 1
a.__class__ = B
print(a.x, a.f(), a.own, vars(a))
a.__class__ = A
print(a.x, a.f())
class WithSlotsDict:
    __slots__ = ("a", "__dict__")
class WithSlotsDict2:
    __slots__ = ("a", "__dict__")
w = WithSlotsDict()
w.a = 1
w.b = 2
w.__class__ = WithSlotsDict2
print(type(w).__name__, w.a, w.b)
try:
    w.__class__ = A
except TypeError as e:
    print("TypeError:", e)
class E1(Exception):
    pass
class E2(Exception):
    pass
e = E1("msg")
e.__class__ = E2
print(type(e).__name__, e.args, isinstance(e, E2))
try:
    e.__class__ = A
except TypeError as err:
    print("TypeError:", err)
class D1(dict):
    pass
class D2(dict):
    def extra(self):
        return len(self)
d = D1(a=1)
d.__class__ = D2
print(d.extra(), type(d).__name__)
try:
    d.__class__ = dict
except TypeError as err:
    print("TypeError:", err)
try:
    A.__class__ = type
    print("metaclass assign ok")
except TypeError as err:
    print("TypeError:", err)
class Meta(type):
    pass
try:
    A.__class__ = Meta
    print(type(A).__name__)
except TypeError as err:
    print("TypeError:", err)
try:
    (1).__class__ = int
except TypeError as err:
    print("TypeError:", err)
