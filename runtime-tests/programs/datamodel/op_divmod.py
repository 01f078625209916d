class D:
    def __init__(self, v):
        self.v = v
    def __divmod__(self, o):
        return ("divmod", self.v, o)
    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)
    def __floordiv__(self, o):
        return ("floordiv", self.v, o)
    def __mod__(self, o):
        return ("mod", self.v, o)
print(divmod(D(7), 2))
print(divmod(7, D(2)))
print(D(7) // 2, D(7) % 2)
class E:
    def __floordiv__(self, o):
        return 1
    def __mod__(self, o):
        return 2
try:
    divmod(E(), 3)
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(3, E())
except TypeError as e:
    print("TypeError:", e)
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)
class NI:
    def __divmod__(self, o):
        return NotImplemented
try:
    divmod(NI(), 1)
except TypeError as e:
    print("TypeError:", e)
print(divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
