# A Matrix class with operator overloading over a hand-written exact Fraction type.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if isinstance(num, Fraction):
            num, den = num.num * den, num.den
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Fraction) else Fraction(x)

    def __add__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __sub__(self, o):
        return self + -Fraction.of(o)

    def __rsub__(self, o):
        return Fraction.of(o) - self

    def __mul__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Fraction.of(o)
        return Fraction(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, o):
        return Fraction.of(o) / self

    def __eq__(self, o):
        if isinstance(o, (int, Fraction)):
            o = Fraction.of(o)
            return self.num == o.num and self.den == o.den
        return NotImplemented

    def __hash__(self):
        return hash((self.num, self.den))

    def __lt__(self, o):
        o = Fraction.of(o)
        return self.num * o.den < o.num * self.den

    def __bool__(self):
        return self.num != 0

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __repr__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [[Fraction.of(v) for v in r] for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return (self.n, self.m)

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = Fraction.of(v)

    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows

    def __add__(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} + {o.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])

    def __sub__(self, o):
        return self + o * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[v * k for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, o):
        if not isinstance(o, Matrix):
            return NotImplemented
        if self.m != o.n:
            raise ValueError(f"cannot multiply {self.shape} by {o.shape}")
        cols = list(zip(*o.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Fraction(0)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of non-square matrix")
        a = [list(r) for r in self.rows]
        det = Fraction(1)
        for col in range(self.n):
            pivot = next((r for r in range(col, self.n) if a[r][col]), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det = det * a[col][col]
            for r in range(col + 1, self.n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return det

    def inverse(self):
        n = self.n
        aug = [list(r) + [Fraction(1 if i == j else 0) for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if aug[r][col]), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            p = aug[col][col]
            aug[col] = [x / p for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

    def __str__(self):
        cells = [[repr(v) for v in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[ " + "  ".join(c.rjust(width) for c in r) + " ]" for r in cells)

    def __repr__(self):
        return f"Matrix({self.rows!r})"


half = Fraction(1, 2)
print(half + Fraction(1, 3), half * 4, 1 - half, 3 / Fraction(3, 4), Fraction(6, -8), half == Fraction(2, 4))
print(sorted([Fraction(1, 3), Fraction(1, 4), half, Fraction(-1, 2)]), sum([half, half, half], Fraction(0)))
A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10]])
print("A =")
print(A)
print("A + B =")
print(A + B)
print("A @ B =")
print(A @ B)
print("2 * A - A == A:", 2 * A - A == A)
print("det A =", A.det(), " det B =", B.det(), " det(A@B) == detA*detB:", (A @ B).det() == A.det() * B.det())
Ainv = A.inverse()
print("A^-1 =")
print(Ainv)
print("A @ A^-1 == I:", A @ Ainv == Matrix.identity(3))
F = Matrix([[1, 1], [1, 0]])
print("fib via matrix power:", [(F ** k)[0, 1] for k in range(1, 15)])
print("F^90 top-left:", (F ** 90)[0, 0])
H = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("Hilbert(4) det:", H.det())
print("Hilbert(4) inverse:")
print(H.inverse())
print("transpose:", A.transpose().rows == [list(c) for c in zip(*A.rows)], repr(Matrix([[1, 2]]).transpose()))
for bad in [lambda: A + Matrix([[1, 2]]), lambda: A @ Matrix([[1, 2]]), lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: Matrix([[1], [2, 3]]), lambda: Fraction(1, 0), lambda: A @ 3]:
    try:
        bad()
    except (ValueError, ZeroDivisionError, TypeError) as exc:
        print(type(exc).__name__ + ":", exc)
