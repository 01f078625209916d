class Gen:
    def __iter__(self):
        yield 1
        yield 2
print(list(Gen()), type(iter(Gen())).__name__)
class IterList:
    def __iter__(self):
        return [1, 2]
try:
    list(IterList())
except TypeError as e:
    print("TypeError:", e)
class IterNone:
    def __iter__(self):
        return None
try:
    for _ in IterNone():
        pass
except TypeError as e:
    print("TypeError:", e)
class ItSelf:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
i = ItSelf()
print(iter(i) is i, list(i), list(i))
class NextOnly:
    def __next__(self):
        return 1
try:
    iter(NextOnly())
except TypeError as e:
    print("TypeError:", e)
class Ret:
    def __iter__(self):
        return NextOnly()
it = iter(Ret())
print(type(it).__name__, next(it))
try:
    for a in Ret():
        print("got", a)
        break
except TypeError as e:
    print("TypeError:", e)
class NextNone:
    __next__ = None
    def __iter__(self):
        return self
try:
    next(NextNone())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(NextNone())
except TypeError as e:
    print("TypeError:", e)
print(next(iter([]), "default"), next(iter(range(3))))
