# Private name mangling (__name) in class bodies.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()
a = Account("ann")
print(a.owner(), Account.count(), a.call_private())
print(sorted(vars(a)))
print(a._Account__owner, hasattr(a, "__owner"))
try:
    a.__owner
except AttributeError as exc:
    print("AttributeError:", exc)
class Sub(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "sub-" + owner
s = Sub("bob")
print(s.owner(), sorted(vars(s)))
class Dunder:
    __special__ = "not mangled"
    def get(self):
        return self.__special__
print(Dunder().get(), "__special__" in vars(Dunder))
class _Leading:
    def m(self):
        __local = 5
        return __local, sorted(n for n in locals())
print(_Leading().m())
class Holder:
    def set(self, obj):
        obj.__tag = 1
        return vars(obj)
class Plain:
    pass
print(Holder().set(Plain()))
