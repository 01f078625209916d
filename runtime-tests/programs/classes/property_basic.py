class Temperature:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("delete celsius")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
del t.celsius
print(t.celsius)
print(type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.celsius.fset.__name__)
print(Temperature.fahrenheit.fset, Temperature.fahrenheit.fdel)


class Lazy:
    def _get(self):
        return 42

    def _set(self, v):
        print("assigned", v)

    value = property(_get, _set, None, "the value")


z = Lazy()
print(z.value)
z.value = 5
print(Lazy.value.__doc__)
print(isinstance(Lazy.value, property))
