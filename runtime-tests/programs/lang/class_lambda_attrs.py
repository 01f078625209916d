# Functions stored on classes become methods; on instances they do not.
class A:
    double = lambda self: self.v * 2
    def __init__(self, v):
        self.v = v
a = A(4)
print(a.double(), A.double(a))
a.triple = lambda: a.v * 3
print(a.triple())
def free(self, extra=0):
    return self.v + extra
A.free = free
print(a.free(), a.free(10))
a.bound_later = free
try:
    a.bound_later()
except TypeError as exc:
    print("TypeError:", exc)
print(type(A.double).__name__, type(a.double).__name__, type(a.triple).__name__)
m = a.double
print(m.__self__ is a, m.__func__ is A.double)
class B:
    builtin_attr = len
print(B().builtin_attr([1, 2, 3]))
class C:
    items = []
    add = items.append
C.add(1)
C().add(2)
print(C.items)
print(a.double == a.double, a.double is a.double)
