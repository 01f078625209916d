class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value)


class Other(metaclass=Singleton):
    pass


print(Other() is Other(), Other() is a)


class Tracing(type):
    def __call__(cls, *args):
        print("Tracing.__call__", cls.__name__, args)
        obj = type.__call__(cls, *args)
        print("made", type(obj).__name__)
        return obj

    def __repr__(cls):
        return f"<traced {cls.__name__}>"


class T(metaclass=Tracing):
    def __init__(self, a, b):
        self.total = a + b


t = T(2, 3)
print(t.total)
print(T, repr(T), [T])
