class A:
    @property
    def x(self):
        return 1

    y = property()

    @property
    def boom(self):
        raise ValueError("inside getter")


a = A()
tests = [
    lambda: setattr(a, "x", 2),
    lambda: delattr(a, "x"),
    lambda: a.y,
    lambda: setattr(a, "y", 3),
    lambda: a.boom,
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(type(e).__name__ + ":", e)

p = property(lambda self: 7)


class B:
    pass


try:
    p.__set__(B(), 1)
except AttributeError as e:
    print("AttributeError:", e)
print(p.__get__(B()))
print(p.__get__(None, B) is p)
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
