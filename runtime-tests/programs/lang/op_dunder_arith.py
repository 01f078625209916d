# User-defined arithmetic: reflected operands, NotImplemented, in-place fallback.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return V(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __sub__(self, other):
        return self + -other
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(V(1, 2) + V(3, 4), V(1, 2) * 3, 3 * V(1, 2), -V(1, 1), V(5, 5) - V(1, 2), abs(V(3, 4)))
try:
    V(1, 2) + 1
except TypeError as exc:
    print("TypeError:", exc)
try:
    "s" * V(1, 1)
except TypeError as exc:
    print("TypeError:", exc)
v = V(1, 1)
orig = v
v += V(1, 1)
print(v, v is orig)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
a = Acc()
keep = a
a += 1
a += 2
print(a.items, a is keep)
class R:
    def __radd__(self, other):
        return f"radd({other!r})"
    def __rsub__(self, other):
        return f"rsub({other!r})"
print(1 + R(), [1] + R(), 5 - R(), sum([R()], 0) if False else "skip")
class Sub(int):
    def __radd__(self, other):
        return "subclass radd wins"
print(1 + Sub(2))
class Both:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
try:
    Both() + Both()
except TypeError as exc:
    print("TypeError:", exc)
class M:
    def __matmul__(self, o):
        return "matmul"
    def __floordiv__(self, o):
        return "floordiv"
    def __mod__(self, o):
        return "mod"
    def __pow__(self, o):
        return "pow"
    def __truediv__(self, o):
        return "truediv"
m = M()
print(m @ m, m // 1, m % 1, m ** 2, m / 2)
