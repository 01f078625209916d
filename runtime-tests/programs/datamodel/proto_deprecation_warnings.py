import operator, math
class IntSub(int):
    pass
class FloatSub(float):
    pass
class ComplexSub(complex):
    pass
class RetSub:
    def __int__(self):
        return IntSub(3)
class RetBool:
    def __int__(self):
        return True
class RetFSub:
    def __float__(self):
        return FloatSub(2.0)
class RetCSub:
    def __complex__(self):
        return ComplexSub(1, 1)
class IdxSub:
    def __index__(self):
        return IntSub(5)
class T:
    def __trunc__(self):
        return 9
for i in range(2):
    r = int(RetSub())
    print(r, type(r).__name__)
print(int(RetBool()), type(int(RetBool())).__name__)
r = float(RetFSub())
print(r, type(r).__name__)
print(complex(RetCSub()))
print(operator.index(IdxSub()), [0, 1, 2, 3, 4, 5, 6][IdxSub()], hex(IdxSub()))
print(int(T()))
print(int(T()))
print(math.trunc(T()))
lst = list(range(10))
print(lst[IdxSub():])
print(bool(NotImplemented))
if NotImplemented:
    print("truthy")
print(not NotImplemented)
class Eq:
    def __eq__(self, o):
        return NotImplemented.__eq__(o)
print(NotImplemented == NotImplemented, repr(Eq() == 1))
