class A:
    def who(self):
        return "A"
class B:
    def who(self):
        return "B"
a = A()
a.x = 1
a.__class__ = B
print(a.who(), type(a).__name__, a.x, isinstance(a, B), isinstance(a, A))
class SA:
    __slots__ = ("p",)
class SB:
    __slots__ = ("p",)
class SC:
    __slots__ = ("q",)
s = SA()
s.p = 5
s.__class__ = SB
print(type(s).__name__, s.p)
try:
    s.__class__ = SC
except TypeError as e:
    print("TypeError:", e)
try:
    s.__class__ = A
except TypeError as e:
    print("TypeError:", e)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
try:
    [].__class__ = A
except TypeError as e:
    print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)
class L(list):
    pass
class L2(list):
    def total(self):
        return sum(self)
l = L([1, 2])
l.__class__ = L2
print(l.total(), type(l).__name__)
try:
    l.__class__ = list
except TypeError as e:
    print("TypeError:", e)
try:
    l.__class__ = A
except TypeError as e:
    print("TypeError:", e)
try:
    object().__class__ = A
except TypeError as e:
    print("TypeError:", e)
