class Base:
    def __hash__(self):
        return 11
class EqOnly(Base):
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
class Restore(EqOnly):
    __hash__ = Base.__hash__
print(hash(Restore()))
class Mixin:
    def __eq__(self, o):
        return False
class Both(Base, Mixin):
    pass
print(hash(Both()), Both() == Both())
class Both2(Mixin, Base):
    pass
print(hash(Both2()))
class IntEq(int):
    def __eq__(self, o):
        return True
try:
    hash(IntEq(3))
except TypeError as e:
    print("TypeError:", e)
class IntHash(int):
    pass
print(hash(IntHash(3)), hash(IntHash(-1)))
class StrEq(str):
    def __eq__(self, o):
        return False
    __hash__ = str.__hash__
print(hash(StrEq("a")) == hash("a"))
class TupleSub(tuple):
    pass
print(hash(TupleSub((1, 2))) == hash((1, 2)))
class FS(frozenset):
    def __eq__(self, o):
        return True
try:
    hash(FS())
except TypeError as e:
    print("TypeError:", e)
print(type.__hash__(int) == hash(int), hash(len) == hash(len))
class H:
    def __hash__(self):
        return 5
h = H()
print(hash(h), h.__hash__(), {h: 1}[h])
H.__hash__ = None
try:
    hash(h)
except TypeError as e:
    print("TypeError:", e)
del H.__hash__
print(hash(h) == object.__hash__(h))
