class C:
    def __contains__(self, x):
        print("contains", x)
        return x > 2
print(3 in C(), 1 in C(), 1 not in C())
class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy(), 1 not in Truthy())
class Falsy:
    def __contains__(self, x):
        return []
print(1 in Falsy())
class ByIter:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
print(2 in ByIter(), 5 in ByIter())
class ByGetitem:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(10 in ByGetitem())
print(99 in ByGetitem())
class Neither:
    pass
try:
    1 in Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
class ContNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in ContNone()
except TypeError as e:
    print("TypeError:", e)
class Boom:
    def __contains__(self, x):
        raise KeyError("boom")
try:
    1 in Boom()
except KeyError as e:
    print("KeyError:", e)
class BadBool:
    def __bool__(self):
        raise ValueError("bad bool")
class RetBad:
    def __contains__(self, x):
        return BadBool()
try:
    1 in RetBad()
except ValueError as e:
    print("ValueError:", e)
class Eq:
    def __eq__(self, o):
        print("Eq.eq")
        return True
print(Eq() in [1], 1 in [Eq()])
try:
    "a" in [1, 2] and 1 in "abc"
except TypeError as e:
    print("TypeError:", e)
