# __repr__, __str__, __eq__, __hash__ in everyday classes.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

p = Point(1, 2)
print(p, repr(p), str(p), [p], {"k": p}, (p,))
print(p == Point(1, 2), p != Point(1, 2), p == Point(2, 1), p == (1, 2), p != "x")
print(len({Point(1, 2), Point(1, 2), Point(3, 4)}))
print(Point(1, 2) in [Point(0, 0), Point(1, 2)])
print([Point(1, 2), Point(3, 4)].index(Point(3, 4)))
class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c}°C"
t = Temp(21)
print(t, str(t), f"{t}", "%s" % t)
print(repr(t).startswith("<__main__.Temp object at 0x"))
class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(2), OnlyEq.__hash__)
try:
    hash(OnlyEq(1))
except TypeError as exc:
    print("TypeError:", exc)
class Default:
    pass
d1, d2 = Default(), Default()
print(d1 == d1, d1 == d2, d1 != d2)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __lt__(self, other):
        return self.cents < other.cents
print(sorted([Money(250), Money(99), Money(1000)]), max(Money(5), Money(7)))
