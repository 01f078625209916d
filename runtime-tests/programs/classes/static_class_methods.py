class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def from_string(cls, s):
        y, m, d = s.split("-")
        return cls(int(y), int(m), int(d))

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def show(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"


class MyDate(Date):
    pass


print(Date.from_string("2024-02-29").show())
print(MyDate.from_string("2023-01-15").show())
print(MyDate(1, 2, 3).from_string("1999-12-31").show())
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
sm = Date.__dict__["is_leap"]
cm = Date.__dict__["from_string"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(2004), sm(2001))
print(cm.__func__.__name__, sm.__wrapped__.__name__)
print(isinstance(sm, staticmethod), isinstance(cm, classmethod))


def free(x):
    return x * 2


class Holder:
    twice = staticmethod(free)
    tagged = classmethod(lambda cls, v: (cls.__name__, v))


print(Holder.twice(4), Holder().twice(5), Holder.tagged(1), Holder().tagged(2))
try:
    staticmethod()
except TypeError as e:
    print("TypeError:", e)
try:
    classmethod(1, 2)
except TypeError as e:
    print("TypeError:", e)
