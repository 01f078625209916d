class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"${self.cents / 100:.2f}"
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o * 100)
        return NotImplemented
    __radd__ = __add__
    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Money(round(self.cents * o))
        return NotImplemented
    __rmul__ = __mul__
    def __eq__(self, o):
        return isinstance(o, Money) and self.cents == o.cents
    def __hash__(self):
        return hash(self.cents)
print(sum([Money(150), Money(250)]), sum([Money(1)], Money(0)))
print(Money(100) * 1.5, 3 * Money(10), Money(5) + 2, 2 + Money(5))
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Money(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Money(1) * Money(2)
except TypeError as e:
    print("TypeError:", e)
try:
    sum([Money(1)], "")
except TypeError as e:
    print("TypeError:", e)
print(Money(100) == Money(100), Money(100) == 100, 100 == Money(100), len({Money(1), Money(1)}))
print(Money(3) in [Money(3)], [Money(1)].count(Money(1)), [Money(1), Money(2)].index(Money(2)))
class MyInt(int):
    def __add__(self, o):
        return "MyInt.add"
print(MyInt(1) + 1, 1 + MyInt(1), MyInt(1) + MyInt(2))
class MyStr(str):
    def __radd__(self, o):
        return "MyStr.radd"
print("a" + MyStr("b"), MyStr("b") + "a")
class MyList(list):
    def __radd__(self, o):
        return "MyList.radd"
print([1] + MyList([2]))
class MyFloat(float):
    def __rtruediv__(self, o):
        return "MyFloat.rtruediv"
print(1 / MyFloat(2), 1.0 / MyFloat(2))
