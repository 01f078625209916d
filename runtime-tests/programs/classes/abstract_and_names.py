import abc


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...

    @abc.abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area()}"


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def perimeter(self):
        return 4


for cls in (Shape, Half, Square):
    try:
        print(cls().describe())
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__ == frozenset())


class C:
    pass


C.__name__ = "D"
print(C, C.__name__, C.__qualname__)
C.__qualname__ = "Outer.Q"
print(C)
C.__doc__ = "set doc"
print(C.__doc__)
C.__module__ = "elsewhere"
print(C)
for bad in ["C.__name__ = 5", "C.__qualname__ = None", "int.__name__ = 'x'", "str.attr = 1"]:
    try:
        exec(bad)
    except TypeError as e:
        print("TypeError:", e)
