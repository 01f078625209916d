class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self


p = Point(3, 4)
print(p.x, p.y, p.norm2())
print(p.move(1, 1).norm2())
print(Point.dims, p.dims)
print(sorted(p.__dict__.items()))
p.z = 10
print(sorted(p.__dict__))
print(type(p) is Point, type(p).__name__, Point.__name__, Point.__qualname__)
print(p.__class__ is Point)
print(isinstance(p, Point), isinstance(p, object), isinstance(3, Point))
q = Point(0, 0)
print(q.norm2(), hasattr(q, "z"), hasattr(p, "z"))
print(getattr(q, "missing", "default"))
setattr(q, "label", "origin")
print(q.label)
try:
    q.nothing
except AttributeError as e:
    print("AttributeError:", e)
print(Point.norm2(p))
print(callable(Point), callable(p))
