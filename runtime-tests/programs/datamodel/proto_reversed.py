class R:
    def __reversed__(self):
        print("R.reversed")
        return iter([3, 2, 1])
print(list(reversed(R())))
class Seq:
    def __len__(self):
        print("len")
        return 4
    def __getitem__(self, i):
        print("get", i)
        return i * 10
r = reversed(Seq())
print(type(r).__name__)
print(list(r))
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)
class NoGet:
    def __len__(self):
        return 1
try:
    reversed(NoGet())
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1: 2}.items()) and print("dict items reversible")
except TypeError as e:
    print("TypeError:", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
try:
    reversed(RevNone())
except TypeError as e:
    print("TypeError:", e)
class Short:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i
print(list(reversed(Short())))
print(list(reversed(range(4))), list(reversed("abc")), list(reversed([1, 2])))
rv = reversed(Seq())
print(rv.__length_hint__())
next(rv)
print(rv.__length_hint__())
class BadRev:
    def __reversed__(self):
        return 42
print(reversed(BadRev()))
