class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return f"Num.add({type(self).__name__}, {type(o).__name__})"

    def __radd__(self, o):
        return f"Num.radd({type(self).__name__}, {type(o).__name__})"

    def __mul__(self, o):
        return "Num.mul"


class Sub(Num):
    def __radd__(self, o):
        return f"Sub.radd({type(self).__name__}, {type(o).__name__})"


class Sub2(Num):
    pass


print(Num(1) + Num(2))
print(Num(1) + Sub(2))
print(Sub(1) + Num(2))
print(Num(1) + Sub2(2))
print(1 + Num(2))
print(1 + Sub(2))
print(Num(1) * Sub(2))


class Other:
    def __radd__(self, o):
        return "Other.radd"

    def __rsub__(self, o):
        return NotImplemented


print(Num(1) + Other())
try:
    Num(1) - Other()
except TypeError as e:
    print("TypeError:", e)
try:
    5 - Other()
except TypeError as e:
    print("TypeError:", e)
