class Poly:
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = tuple(c) if c else (0,)
    @property
    def degree(self):
        return len(self.c) - 1 if any(self.c) else -1
    def __repr__(self):
        return f"Poly{self.c}"
    def __str__(self):
        terms = []
        for i, a in reversed(list(enumerate(self.c))):
            if a == 0:
                continue
            coef = "" if a == 1 and i else ("-" if a == -1 and i else str(a))
            terms.append(coef + ("x^%d" % i if i > 1 else "x" if i == 1 else ""))
        return " + ".join(terms).replace("+ -", "- ") or "0"
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i] if i < len(self.c) else 0
    def __iter__(self):
        return iter(self.c)
    def __eq__(self, o):
        if isinstance(o, (int, float)):
            o = Poly(o)
        return isinstance(o, Poly) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __add__(self, o):
        if isinstance(o, (int, float)):
            o = Poly(o)
        if not isinstance(o, Poly):
            return NotImplemented
        n = max(len(self), len(o))
        return Poly(*(self[i] + o[i] for i in range(n)))
    __radd__ = __add__
    def __neg__(self):
        return Poly(*(-a for a in self))
    def __sub__(self, o):
        return self + (-o)
    def __rsub__(self, o):
        return (-self) + o
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Poly(*(a * o for a in self))
        if not isinstance(o, Poly):
            return NotImplemented
        out = [0] * (len(self) + len(o) - 1)
        for i, a in enumerate(self):
            for j, b in enumerate(o):
                out[i + j] += a * b
        return Poly(*out)
    __rmul__ = __mul__
    def __pow__(self, n):
        r = Poly(1)
        for _ in range(n):
            r = r * self
        return r
    def __divmod__(self, o):
        q = [0] * max(len(self) - len(o) + 1, 1)
        r = list(self.c)
        while len(r) >= len(o) and any(r):
            shift = len(r) - len(o)
            f = r[-1] / o.c[-1]
            q[shift] = f
            for i, b in enumerate(o.c):
                r[i + shift] -= f * b
            r.pop()
        return Poly(*q), Poly(*r)
    def __floordiv__(self, o):
        return divmod(self, o)[0]
    def __mod__(self, o):
        return divmod(self, o)[1]
    def derivative(self):
        return Poly(*(i * a for i, a in enumerate(self.c) if i)) if len(self) > 1 else Poly(0)
x = Poly(0, 1)
p = (x + 1) ** 3
print(p, "|", repr(p), "|", p.degree, p(2), [p(i) for i in range(-2, 3)])
print(p - x ** 3, 2 * x + 1, 1 - x, x * x - 1, (x - 1) * (x + 1) == x ** 2 - 1, Poly(5) == 5, Poly() == 0)
q, r = divmod(x ** 3 - 1, x - 1)
print(q, "rem", r, (x ** 2 + 1) // (x + 1), (x ** 2 + 1) % (x + 1))
print(p.derivative(), p.derivative().derivative(), Poly(7).derivative(), list(p), p[10], len(p))
print(sorted({x, x + 1, Poly(0, 1)}, key=len), sum([x, x, 1]), max([x, x ** 2], key=lambda t: t(3)))
try:
    x + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    x * [1]
except TypeError as e:
    print("TypeError:", e)
