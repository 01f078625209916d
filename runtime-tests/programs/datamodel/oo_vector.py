import math
class Vector:
    __slots__ = ("x", "y", "z")
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r}, {self.z!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}, {self.z}>"
    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]
    def _coerce(self, o):
        if isinstance(o, Vector):
            return o
        if isinstance(o, (int, float)):
            return Vector(o, o, o)
        return None
    def __add__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)
    def __rsub__(self, o):
        o = self._coerce(o)
        if o is None:
            return NotImplemented
        return o - self
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k, self.z * k)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k, self.z / k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z
    def __xor__(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)
    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)
    def __pos__(self):
        return self
    def __abs__(self):
        return math.sqrt(self @ self)
    def __bool__(self):
        return any(self)
    def __eq__(self, o):
        if not isinstance(o, Vector):
            return NotImplemented
        return tuple(self) == tuple(o)
    def __hash__(self):
        return hash(tuple(self))
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __round__(self, n=None):
        return Vector(*(round(c, n) for c in self))
    def __format__(self, spec):
        return "(" + ", ".join(format(c, spec) for c in self) + ")"
a, b = Vector(1, 2, 3), Vector(4, 5, 6)
print(a + b, a - b, a * 2, 3 * a, b / 2, a @ b, a ^ b)
print(-a, +a is a, abs(Vector(3, 4, 0)), bool(Vector()), bool(a))
print(a + 1, 1 + a, 10 - a, a == Vector(1, 2, 3), a != b, a == (1, 2, 3))
print(sorted([b, a, Vector(0, 0, 1)]), max(a, b), len(a), list(a), a[1], a[-1], tuple(a[0:2]))
print(round(Vector(1.26, 2.71, 3.14159), 1), f"{b / 3:.3f}", format(a, ">3"))
print(sum([a, b, Vector(1, 1, 1)], Vector()), {a: "a"}[Vector(1, 2, 3)], len({a, Vector(1, 2, 3), b}))
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
for bad in ["s", None, [1]]:
    try:
        a + bad
    except TypeError as e:
        print("TypeError:", e)
try:
    a * a
except TypeError as e:
    print("TypeError:", e)
try:
    a.w = 1
except AttributeError as e:
    print("AttributeError:", e)
x, y, z = a ^ b
print(x, y, z, Vector(*a) == a, str(a), repr(a))
