class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": "yes", "order": []}

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class K(metaclass=OrderedMeta, tag=1):
    a = 1
    b = injected + "!"


print(K.injected, K.b, K.a)
print(type.__prepare__("X", ()))
print(type(type.__prepare__()).__name__)


class NotMapping(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


try:
    class Z(metaclass=NotMapping):
        pass
except TypeError as e:
    print("TypeError:", e)


def func_meta(name, bases, ns):
    print("func_meta", name, sorted(k for k in ns if not k.startswith("__")))
    return 123


class NotAClass(metaclass=func_meta):
    q = 1


print(NotAClass)
