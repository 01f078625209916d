# int(x) for user objects: __int__, __index__, and wrong result types.
class A:
    def __int__(self):
        return 42
class B:
    def __index__(self):
        return 2
class C:
    def __int__(self):
        return "no"
class D:
    def __index__(self):
        return 1.5
class E:
    pass
class F:
    def __float__(self):
        return 2.5
for cls in (A, B, C, D, E, F):
    try:
        print(cls.__name__, int(cls()))
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
print([10, 20, 30][B()], "abcdefghij"[B()], list(range(B())))
print(hex(B()), bin(B()), oct(B()))
import operator
print(operator.index(B()), operator.index(5))
try:
    operator.index(2.5)
except TypeError as e:
    print("TypeError:", e)
f = 1.0
try:
    [1, 2][f]
except TypeError as e:
    print("TypeError:", e)
print(float(A.__int__(A())), float(B()))
