# Properties: getter, setter, deleter, read-only, computed.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as exc:
    print("ValueError:", exc)
try:
    t.fahrenheit = 5
except AttributeError as exc:
    print("AttributeError:", exc)
del t.celsius
try:
    t.celsius
except AttributeError as exc:
    print("AttributeError:", exc)
print(type(Temperature.celsius).__name__)
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, l.computed)
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    area = property(lambda self: self.w * self.h, doc="area")
print(Rect(3, 4).area, Rect.area.__doc__)
class Sub(Temperature):
    @property
    def kelvin(self):
        return self.celsius + 273.15
print(Sub(10).kelvin)
try:
    del Sub(1).fahrenheit
except AttributeError as exc:
    print("AttributeError:", exc)
