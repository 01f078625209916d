import math
class Shape:
    count = 0
    def __init__(self):
        Shape.count += 1
        self.id = Shape.count
    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")
    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")
    def __lt__(self, other):
        return self.area() < other.area()
    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()
    def __hash__(self):
        return hash((type(self).__name__, self.key()))
    def __repr__(self):
        return f"{type(self).__name__}{self.key()}"
    def __format__(self, spec):
        if spec == "area":
            return f"{self!r} area={self.area():.2f}"
        return format(repr(self), spec)
    def scaled(self, k):
        return type(self)(*(x * k for x in self.key()))
    def __mul__(self, k):
        return self.scaled(k)
    __rmul__ = __mul__
class Circle(Shape):
    def __init__(self, r):
        super().__init__()
        self.r = r
    def key(self):
        return (self.r,)
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__()
        self.w, self.h = w, h
    def key(self):
        return (self.w, self.h)
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    def key(self):
        return (self.w,)
class Blob(Shape):
    def key(self):
        return ()
shapes = [Circle(1), Rect(2, 3), Square(2), Circle(0.5), Rect(3, 2), Square(2)]
for s in sorted(shapes):
    print(f"{s:area}", f"{s:>12}|", round(s.perimeter(), 3))
print(len(set(shapes)), Square(2) == Rect(2, 2), Rect(2, 2) == Rect(2, 2), Square(2) in shapes)
print(max(shapes), min(shapes), 3 * Circle(1), Square(1) * 4, isinstance(Square(1), Rect))
print(sum(s.area() for s in shapes if isinstance(s, Rect)), [type(s).__mro__[1].__name__ for s in shapes[:3]])
try:
    Blob().area()
except NotImplementedError as e:
    print("NotImplementedError:", e)
try:
    sorted([Blob(), Circle(1)])
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Shape.count > 10, {Square(3): "sq"}[Square(3)])
