class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(str(x).rjust(w) for x in r) for r in self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    __hash__ = None
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __iter__(self):
        return (tuple(r) for r in self.rows)
    def __len__(self):
        return len(self.rows)
    def _zip(self, o, f):
        if not isinstance(o, Matrix):
            return NotImplemented
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[f(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __add__(self, o):
        return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o):
        return self._zip(o, lambda a, b: a - b)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[x * k for x in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, o):
        if not isinstance(o, Matrix):
            return NotImplemented
        (n, m), (m2, p) = self.shape, o.shape
        if m != m2:
            raise ValueError("inner dimensions differ")
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __pow__(self, e):
        if e < 0:
            raise ValueError("negative power")
        r = Matrix.identity(self.shape[0])
        for _ in range(e):
            r = r @ self
        return r
    def __neg__(self):
        return self * -1
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])
m = Matrix([[1, 2], [3, 4]])
print(m)
print(repr(m @ m), m ** 3, sep="\n")
print((m + m) == m * 2, 2 * m == m + m, -m, m - m == Matrix([[0, 0], [0, 0]]), sep="\n")
print(m.transpose().rows, len(m), list(m), m[1, 0], m.shape)
m[0, 0] = 10
print(m.rows, Matrix.identity(3) @ Matrix([[1], [2], [3]]))
for bad in [lambda: m + Matrix([[1]]), lambda: m @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]), lambda: m ** -1]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
for bad in [lambda: m + 1, lambda: m @ 2, lambda: m * "s", lambda: hash(m)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
