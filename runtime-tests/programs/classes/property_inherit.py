class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def name(self):
        return "shape"


class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)

    @property
    def name(self):
        return "square, a " + super().name

    @Shape.area.setter
    def area(self, v):
        side = int(v ** 0.5)
        self.w = self.h = side


s = Square(3)
print(s.area, s.name)
s.area = 49
print(s.w, s.h, s.area)
sh = Shape(2, 5)
try:
    sh.area = 3
except AttributeError as e:
    print("AttributeError:", e)
print(Shape.area is not Square.area)


class WithDoc:
    @property
    def documented(self):
        "Docstring of the getter."
        return 1


print(WithDoc.documented.__doc__)
print(WithDoc().documented)
