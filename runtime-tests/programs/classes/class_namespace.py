x = "global x"


class Outer:
    x = "class x"
    y = x + " seen in body"
    items = [1, 2, 3]
    total = sum(items)

    def method(self):
        return x

    class Inner:
        def where(self):
            return type(self).__qualname__


print(Outer.y, Outer.total)
print(Outer().method())
print(Outer.Inner.__qualname__, Outer.Inner.__name__, Outer.Inner().where())
print(Outer.__module__, Outer.Inner.__module__)
print(Outer.__doc__)


class Documented:
    """Class docstring."""


print(Documented.__doc__)
print(sorted(k for k in Outer.__dict__ if not k.startswith("__")))


def factory(n):
    class Made:
        size = n

        def get(self):
            return self.size * 2

    return Made


M1, M2 = factory(1), factory(2)
print(M1().get(), M2().get(), M1 is M2, M1.__qualname__)
print(M1.__name__)
