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

    def kind(self):
        return "dog, an " + super().kind()


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"


for a in [Animal("generic"), Dog("rex"), Puppy("bit")]:
    print(a.speak(), "|", a.kind())

print(issubclass(Puppy, Animal), issubclass(Animal, Dog), issubclass(Dog, object))
print(isinstance(Puppy("x"), Dog), isinstance(Dog("y"), Puppy))
print(Puppy.__bases__ == (Dog,), Dog.__base__ is Animal, Animal.__bases__ == (object,))
print([c.__name__ for c in Puppy.__mro__])
print([c.__name__ for c in Puppy.mro()])
print(Animal.__subclasses__() == [Dog], Dog.__subclasses__() == [Puppy])
print(issubclass(Dog, (int, Animal)), isinstance(Dog("z"), (str, Animal)))
