class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts

    def __lt__(self, o):
        return self.parts < o.parts

    def __le__(self, o):
        return self.parts <= o.parts

    def __repr__(self):
        return "V" + ".".join(str(p) for p in self.parts)


a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a < b, a <= c, a == c, a != b, a != c)
print(b > a, b >= a, a > b)
print(sorted([Version("3.0"), Version("1.5"), Version("2.11"), Version("2.2")]))
print(max([Version("0.1"), Version("0.10"), Version("0.9")]))
print(a == 3, a != "x")
try:
    a < 3
except (TypeError, AttributeError) as e:
    print(type(e).__name__)


class OnlyEq:
    def __eq__(self, o):
        return True


x = OnlyEq()
print(x == 1, x != 1, 1 == x, None == x)
try:
    x < x
except TypeError as e:
    print("TypeError:", e)
try:
    x >= 1
except TypeError as e:
    print("TypeError:", e)
