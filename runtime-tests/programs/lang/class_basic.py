# Simple classes: __init__, methods, class attributes, instance attributes.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self, times=1):
        return " ".join(["Woof!"] * times) + " says " + self.name
    def birthday(self):
        self.age += 1
        return self

rex = Dog("Rex", 3)
fido = Dog("Fido")
print(rex.bark(), fido.bark(2))
print(rex.birthday().birthday().age, fido.age)
print(Dog.count, rex.species, Dog.species)
rex.species = "wolf"
print(rex.species, fido.species, Dog.species)
print(sorted(vars(rex).items()))
print(type(rex).__name__, type(rex) is Dog, isinstance(rex, Dog), isinstance(rex, object))
print(Dog.__name__, Dog.__qualname__, Dog.__module__)
bound = rex.bark
print(bound(3))
print(Dog.bark(fido))
class Empty:
    pass
e = Empty()
e.anything = 5
print(e.anything)
try:
    e.missing
except AttributeError as exc:
    print("AttributeError:", exc)
try:
    Dog()
except TypeError as exc:
    print("TypeError:", exc)
class WithStatic:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.__name__ + str(x)
print(WithStatic.s(4), WithStatic().s(5), WithStatic.c(1), WithStatic().c(2))
print(rex.__class__.__name__, Dog.__doc__)
class Counter:
    "A counter."
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
c = Counter()
c(); c()
print(c(), Counter.__doc__)
