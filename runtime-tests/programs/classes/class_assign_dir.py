class Cat:
    def speak(self):
        return "meow"


class Dog:
    def speak(self):
        return "woof"


pet = Cat()
pet.name = "felix"
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, pet.name, isinstance(pet, Dog))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = Dog
except TypeError as e:
    print("TypeError:", e)
try:
    pet.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
d = dir(pet)
print("speak" in d, "name" in d, "__init__" in d, "__class__" in d, d == sorted(d))
print("speak" in dir(Dog), "name" in dir(Dog), "mro" in dir(Dog))


class Base:
    a = 1


class Derived(Base):
    b = 2


print([n for n in dir(Derived) if not n.startswith("_")])
print(Derived.__class__ is type, Derived().__class__ is Derived)
