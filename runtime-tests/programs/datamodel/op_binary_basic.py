class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v!r})"
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __sub__(self, o):
        return N(self.v - (o.v if isinstance(o, N) else o))
    def __mul__(self, o):
        return N(self.v * (o.v if isinstance(o, N) else o))
    def __truediv__(self, o):
        return N(self.v / (o.v if isinstance(o, N) else o))
    def __floordiv__(self, o):
        return N(self.v // (o.v if isinstance(o, N) else o))
    def __mod__(self, o):
        return N(self.v % (o.v if isinstance(o, N) else o))
    def __lshift__(self, o):
        return ("lshift", o)
    def __rshift__(self, o):
        return ("rshift", o)
    def __and__(self, o):
        return ("and", o)
    def __or__(self, o):
        return ("or", o)
    def __xor__(self, o):
        return ("xor", o)

a, b = N(7), N(2)
print(a + b, a - b, a * b, a / b, a // b, a % b)
print(a + 1, a - 1.5, a * 3)
print(a << 2, a >> 3, a & 1, a | 2, a ^ 3)
print(a + b + 1)
try:
    1 + a
except TypeError as e:
    print("TypeError:", e)
try:
    a @ b
except TypeError as e:
    print("TypeError:", e)
try:
    a ** 2
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(a, b)
except TypeError as e:
    print("TypeError:", e)
try:
    "x" - a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
