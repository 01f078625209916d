class Base:
    def __eq__(self, o):
        return type(self) is type(o)

    def __hash__(self):
        return 7


class Child(Base):
    pass


class ChildEq(Base):
    def __eq__(self, o):
        return False


class ChildBoth(Base):
    def __eq__(self, o):
        return False

    __hash__ = Base.__hash__


print(hash(Child()))
try:
    hash(ChildEq())
except TypeError as e:
    print("TypeError:", e)
print(hash(ChildBoth()))
print(ChildEq.__hash__ is None, Child.__hash__ is Base.__hash__)


class Unhashable:
    __hash__ = None


try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
try:
    s = set()
    s.add(Unhashable())
except TypeError as e:
    print("TypeError:", e)
