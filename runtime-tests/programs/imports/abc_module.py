# CPython's abc.py on top of the native _abc: abstract methods, register, isinstance.
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...

    @classmethod
    def __subclasshook__(cls, other):
        if cls is Base and any("quack" in vars(k) for k in other.__mro__):
            return True
        return NotImplemented


class Impl(Base):
    def run(self):
        return "ran"


class Virtual:
    pass


class Duck:
    def quack(self):
        pass


try:
    Base()
except TypeError as e:
    print("TypeError:", e)
print(Impl().run(), isinstance(Impl(), Base))
print(issubclass(Virtual, Base), Base.register(Virtual) is Virtual, issubclass(Virtual, Base))
print(isinstance(Virtual(), Base), issubclass(Duck, Base), isinstance(3, Base))
try:
    Base.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    Impl.register(Base)
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(Base).__name__, abc.ABCMeta.__module__, sorted(Base.__abstractmethods__))


class Props(metaclass=abc.ABCMeta):
    @property
    @abc.abstractmethod
    def size(self):
        ...

    @staticmethod
    @abc.abstractmethod
    def make():
        ...


print(sorted(Props.__abstractmethods__), isinstance(abc.get_cache_token(), int))
