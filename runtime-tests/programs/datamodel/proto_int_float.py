class A:
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1 + 2j
a = A()
print(int(a), float(a), complex(a))
class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class OnlyFloat:
    def __float__(self):
        return 1.5
print(complex(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print("TypeError:", e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
class BadComplex:
    def __complex__(self):
        return 1.0
try:
    complex(BadComplex())
except TypeError as e:
    print("TypeError:", e)
class Nothing:
    pass
for f in (int, float, complex):
    try:
        f(Nothing())
    except TypeError as e:
        print("TypeError:", e)
class T:
    def __trunc__(self):
        return 9
import math
print(math.trunc(T()))
print(int("12"), int(" 7 "), float("1e3"), int(3.99), int(-3.99), float(True))
