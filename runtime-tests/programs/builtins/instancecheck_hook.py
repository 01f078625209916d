# __instancecheck__ and __subclasscheck__ on metaclasses.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return isinstance(obj, int)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is str

class Anything(metaclass=Meta):
    pass

print(isinstance(3, Anything))
print(isinstance("x", Anything))
print(isinstance(Anything(), Anything))
print(issubclass(str, Anything))
print(issubclass(int, Anything))
print(isinstance(3, (str, Anything)))

class Even(metaclass=Meta):
    pass

print(isinstance(4, (Even, Anything)))
