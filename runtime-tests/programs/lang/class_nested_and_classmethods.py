# Nested classes, alternative constructors, class-level registries.
class Shape:
    registry = {}
    class Error(Exception):
        pass
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Shape.registry[cls.__name__.lower()] = cls
    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise Shape.Error(f"unknown shape {kind!r}") from None
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    @classmethod
    def unit(cls):
        return cls(1)
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
print(sorted(Shape.registry))
print(Shape.create("square", 3).area(), Shape.create("rect", 2, 5).area(), Square.unit().area())
try:
    Shape.create("circle", 1)
except Shape.Error as exc:
    print(type(exc).__qualname__, exc)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.__name__)
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, text):
        return cls(*map(int, text.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"Date({self.y}, {self.m}, {self.d})"
print(Date.parse("2024-02-29"), Date.is_leap(2024), Date.is_leap(1900), Date(1, 2, 3).is_leap(2000))
