class Shape:
    sides = 0
    registry = []

    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides"

    @classmethod
    def create(cls, *args):
        obj = cls(*args)
        Shape.registry.append(type(obj).__name__)
        return obj

    @staticmethod
    def unit():
        return "unitless"


class Triangle(Shape):
    sides = 3


class Square(Shape):
    sides = 4

    @classmethod
    def describe(cls):
        return "Square! " + super().describe()


print(Shape.describe(), Triangle.describe(), Square.describe())
print(Triangle().describe(), Square().describe())
Triangle.create()
Square.create()
print(Shape.registry)
print(Triangle.unit(), Square().unit())
bm = Triangle.describe
print(bm.__self__ is Triangle, bm.__func__ is Shape.__dict__["describe"].__func__)
