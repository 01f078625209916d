def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if isinstance(n, Frac) and d == 1:
            n, d = n.n, n.d
        if not isinstance(n, int) or not isinstance(d, int):
            raise TypeError(f"Frac() needs ints, got {type(n).__name__} and {type(d).__name__}")
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        g = gcd(n, d) or 1
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    @staticmethod
    def _conv(o):
        if isinstance(o, Frac):
            return o
        if isinstance(o, int):
            return Frac(o)
        return None
    def __repr__(self):
        return f"Frac({self.n}, {self.d})"
    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"
    def __add__(self, o):
        o = self._conv(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._conv(o)
        return NotImplemented if o is None else Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        o = self._conv(o)
        return NotImplemented if o is None else o - self
    def __mul__(self, o):
        o = self._conv(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._conv(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        o = self._conv(o)
        return NotImplemented if o is None else o / self
    def __floordiv__(self, o):
        q = self / o
        return q.n // q.d
    def __mod__(self, o):
        return self - (self // o) * self._conv(o)
    def __pow__(self, e):
        if not isinstance(e, int):
            return NotImplemented
        return Frac(self.n ** e, self.d ** e) if e >= 0 else Frac(self.d ** -e, self.n ** -e)
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __eq__(self, o):
        if isinstance(o, float):
            return self.n / self.d == o
        o = self._conv(o)
        return NotImplemented if o is None else (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._conv(o)
        return NotImplemented if o is None else self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __gt__(self, o):
        o = self._conv(o)
        return NotImplemented if o is None else o < self
    def __ge__(self, o):
        return self == o or self > o
    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))
    def __bool__(self):
        return self.n != 0
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __round__(self, nd=None):
        return round(float(self), nd)
    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)
h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, h ** 2, t ** -2, -h, abs(-h), h // t, h % t)
print(1 + h, 1 - h, 2 * t, 1 / t, h + 1, h == Frac(2, 4), h == 0.5, Frac(2) == 2, 2 == Frac(2), Frac(3, -6))
print(sorted([h, t, Frac(-1), Frac(5, 4)]), max(h, t), min([h, t, 1]), h < 1, 1 > h, h <= Frac(1, 2), h >= t)
print(sum([Frac(1, n) for n in range(1, 6)]), float(Frac(1, 8)), int(Frac(7, 2)), round(Frac(2, 3), 3), f"{Frac(1, 3):.4f}", f"{Frac(3, 4)}")
print(bool(Frac(0)), bool(h), hash(Frac(4, 2)) == hash(2), len({Frac(1, 2), Frac(2, 4), Frac(3)}), {Frac(3): "three"}[3])
for bad in [lambda: Frac(1, 0), lambda: h / 0, lambda: Frac(1.5), lambda: h + 0.5, lambda: h < "x", lambda: h ** h]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    h.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
