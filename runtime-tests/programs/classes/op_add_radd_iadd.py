class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f"Vec{tuple(self.xs)}"

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, int):
            return Vec(*[a + other for a in self.xs])
        return NotImplemented

    def __radd__(self, other):
        print("radd called with", other)
        return self + other

    def __iadd__(self, other):
        print("iadd")
        self.xs = (self + other).xs
        return self


v = Vec(1, 2)
w = Vec(10, 20)
print(v + w)
print(v + 5)
print(5 + v)
u = v
u += w
print(u, v, u is v)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
try:
    v + "s"
except TypeError as e:
    print("TypeError:", e)
try:
    "s" + v
except TypeError as e:
    print("TypeError:", e)


class OnlyAdd:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return OnlyAdd(self.n + (o.n if isinstance(o, OnlyAdd) else o))


x = OnlyAdd(1)
x += 5
print(type(x).__name__, x.n)
try:
    3 + x
except TypeError as e:
    print("TypeError:", e)
