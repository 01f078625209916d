class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int)
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return issubclass(sub, (int, str))
class IntLike(metaclass=Meta):
    pass
print(isinstance(3, IntLike), isinstance("s", IntLike), isinstance(IntLike(), IntLike))
print(issubclass(bool, IntLike), issubclass(str, IntLike), issubclass(float, IntLike))
print(isinstance(3, (str, IntLike)), issubclass(bool, (float, IntLike)))
class Truthy(type):
    def __instancecheck__(cls, inst):
        return "nonempty"
    def __subclasscheck__(cls, sub):
        return 0
class T(metaclass=Truthy):
    pass
print(isinstance(1, T), issubclass(int, T))
class Raises(type):
    def __instancecheck__(cls, inst):
        raise ValueError("no check")
class R(metaclass=Raises):
    pass
try:
    isinstance(1, R)
except ValueError as e:
    print("ValueError:", e)
r = R()
print(isinstance(r, R))
class Sub(IntLike):
    pass
print(isinstance(Sub(), IntLike))
print(issubclass(Sub, IntLike))
class Any:
    def __instancecheck__(self, inst):
        return True
print(isinstance(1, int) and True)
try:
    isinstance(1, Any())
except TypeError as e:
    print("TypeError:", e)
class Checker:
    __instancecheck__ = lambda self, x: True
class M2(type):
    __instancecheck__ = None
class N(metaclass=M2):
    pass
try:
    print(isinstance(1, N))
except TypeError as e:
    print("TypeError:", e)
