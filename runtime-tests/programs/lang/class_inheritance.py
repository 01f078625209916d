# Inheritance, super().__init__, method overriding.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def kind(self):
        return "dog/" + super().kind()

class Puppy(Dog):
    def speak(self):
        return super().speak() + " (squeaky)"

class Cat(Animal):
    sound = "meow"

for a in [Animal("generic"), Dog("Rex", "lab"), Puppy("Bit", "pug"), Cat("Tom")]:
    print(a.speak(), "|", a.kind(), "|", type(a).__name__)
p = Puppy("Bit", "pug")
print(p.breed, isinstance(p, Animal), issubclass(Puppy, Dog), issubclass(Cat, Dog))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__)
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
class Base:
    def __init__(self, *args, **kwargs):
        print("Base init", args, kwargs)
class Child(Base):
    def __init__(self, x, **kw):
        print("Child init", x)
        super().__init__(x * 2, **kw)
Child(5, flag=True)
class NoInit(Dog):
    pass
n = NoInit("N", "mutt")
print(n.speak(), n.breed)
print(isinstance(5, (str, int)), issubclass(bool, int), isinstance(True, int))
try:
    class Bad(A, A):
        pass
except TypeError as exc:
    print("TypeError:", exc)
