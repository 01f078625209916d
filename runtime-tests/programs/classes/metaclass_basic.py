class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = "Meta"
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)

    def hello(cls):
        return "hello from " + cls.__name__


class A(metaclass=Meta):
    x = 1

    def f(self):
        pass


class B(A, flag=True):
    y = 2


print(type(A) is Meta, type(B) is Meta, isinstance(A, type))
print(A.created_by, B.created_by, B.hello())
print(type(Meta) is type, Meta.__mro__ == (Meta, type, object))
try:
    A().hello()
except AttributeError as e:
    print("AttributeError:", e)


class Upper(type):
    def __new__(mcs, name, bases, ns):
        new_ns = {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()}
        return type.__new__(mcs, name, bases, new_ns)


class U(metaclass=Upper):
    value = 3


print(hasattr(U, "value"), U.VALUE)
