# match: class patterns (positional via __match_args__ and keywords).
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius
class Plain:
    def __init__(self):
        self.v = 7
def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"y-axis {yy}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x, y):
            return f"point {x} {y}"
        case Circle(Point(0, 0), r):
            return f"centered circle r={r}"
        case Circle(center=Point(x, _), radius=r) if r > 10:
            return f"big circle at x={x}"
        case Circle():
            return "some circle"
        case Plain(v=v):
            return f"plain v={v}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"
for s in [Point(0, 0), Point(0, 4), Point(3, 3), Point(1, 2), Circle(Point(0, 0), 5),
          Circle(Point(2, 2), 20), Circle(Point(1, 1), 1), Plain(), 5, 2.5, "s", None]:
    print(where(s))
try:
    match Plain():
        case Plain(1):
            pass
except TypeError as exc:
    print("TypeError:", exc)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(x, y):
            pass
except TypeError as exc:
    print("TypeError:", exc)
match [1, "two", 3.0]:
    case [int(a), str(b), float(c)]:
        print("builtin class patterns", a, b, c)
match True:
    case bool(b):
        print("bool", b)
match {"k": 1}:
    case dict(k=1):
        print("dict keyword?")
    case dict():
        print("dict() matches any dict")
