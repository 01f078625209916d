class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return hasattr(sub, "quack")


class Duck(metaclass=Meta):
    pass


class Mallard:
    def quack(self):
        return "quack"


class Stone:
    pass


print(isinstance(Mallard(), Duck), isinstance(Stone(), Duck))
print(issubclass(Mallard, Duck), issubclass(Stone, Duck))
print(type.__instancecheck__(Duck, Mallard()))
print(type.__subclasscheck__(Duck, Mallard))
print(isinstance(Duck, Meta), isinstance(Duck, type))
