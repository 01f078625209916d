class Expr:
    prec = 100
    def __add__(self, o): return Add(self, lift(o))
    def __radd__(self, o): return Add(lift(o), self)
    def __sub__(self, o): return Add(self, Mul(Const(-1), lift(o)))
    def __rsub__(self, o): return Add(lift(o), Mul(Const(-1), self))
    def __mul__(self, o): return Mul(self, lift(o))
    def __rmul__(self, o): return Mul(lift(o), self)
    def __pow__(self, n): return Pow(self, n)
    def __neg__(self): return Mul(Const(-1), self)
    def __pos__(self): return self
    def __eq__(self, o): return type(self) is type(o) and self.key() == o.key()
    def __hash__(self): return hash((type(self).__name__, self.key()))
    def __lt__(self, o): return repr(self) < repr(o)
    def wrap(self, child):
        s = repr(child)
        return f"({s})" if child.prec < self.prec else s
class Const(Expr):
    def __init__(self, v): self.v = v
    def key(self): return self.v
    def __repr__(self): return str(self.v)
    def ev(self, env): return self.v
    def d(self, var): return Const(0)
class Var(Expr):
    def __init__(self, n): self.n = n
    def key(self): return self.n
    def __repr__(self): return self.n
    def ev(self, env): return env[self.n]
    def d(self, var): return Const(1 if var == self.n else 0)
class Add(Expr):
    prec = 1
    def __init__(self, a, b): self.a, self.b = a, b
    def key(self): return (self.a, self.b)
    def __repr__(self): return f"{self.wrap(self.a)} + {self.wrap(self.b)}"
    def ev(self, env): return self.a.ev(env) + self.b.ev(env)
    def d(self, var): return self.a.d(var) + self.b.d(var)
class Mul(Expr):
    prec = 2
    def __init__(self, a, b): self.a, self.b = a, b
    def key(self): return (self.a, self.b)
    def __repr__(self): return f"{self.wrap(self.a)}*{self.wrap(self.b)}"
    def ev(self, env): return self.a.ev(env) * self.b.ev(env)
    def d(self, var): return self.a.d(var) * self.b + self.a * self.b.d(var)
class Pow(Expr):
    prec = 3
    def __init__(self, a, n): self.a, self.n = a, n
    def key(self): return (self.a, self.n)
    def __repr__(self): return f"{self.wrap(self.a)}^{self.n}"
    def ev(self, env): return self.a.ev(env) ** self.n
    def d(self, var): return Const(self.n) * Pow(self.a, self.n - 1) * self.a.d(var)
def lift(o):
    if isinstance(o, Expr):
        return o
    if isinstance(o, (int, float)):
        return Const(o)
    raise TypeError(f"cannot lift {type(o).__name__}")
def simplify(e):
    if isinstance(e, (Add, Mul)):
        a, b = simplify(e.a), simplify(e.b)
        if isinstance(a, Const) and isinstance(b, Const):
            return Const(a.v + b.v if isinstance(e, Add) else a.v * b.v)
        if isinstance(e, Add):
            if a == Const(0): return b
            if b == Const(0): return a
            if a == b: return simplify(Const(2) * a)
            return Add(a, b)
        if a == Const(0) or b == Const(0): return Const(0)
        if a == Const(1): return b
        if b == Const(1): return a
        return Mul(a, b)
    if isinstance(e, Pow):
        a = simplify(e.a)
        return Const(1) if e.n == 0 else a if e.n == 1 else Pow(a, e.n)
    return e
x, y = Var("x"), Var("y")
exprs = [3 * x ** 2 + 2 * x + 1, (x + 1) * (x - 1), x * y + y * x, -x + 5, 2 - x * 0, (x + y) ** 3]
for e in exprs:
    de = simplify(e.d("x"))
    print(repr(e), "|", simplify(e), "| d/dx =", de, "| at x=2,y=3:", e.ev({"x": 2, "y": 3}), de.ev({"x": 2, "y": 3}))
print(x + 1 == x + 1, x + 1 == 1 + x, len({x + 1, x + 1, 1 + x}), sorted([y, x, Const(3)]), +x is x)
try:
    x + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    x < 1
except AttributeError as e:
    print("AttributeError: comparison with non-Expr")
