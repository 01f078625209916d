class Money:
    def __init__(self, cents):
        self.cents = cents

    def __neg__(self):
        return Money(-self.cents)

    def __pos__(self):
        return Money(abs(self.cents))

    def __abs__(self):
        return Money(abs(self.cents))

    def __invert__(self):
        return "inverted"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(-250)
print(-m, +m, abs(m), ~m)
print(-(-m))


class Plain:
    pass


for expr in ["-Plain()", "+Plain()", "~Plain()", "abs(Plain())"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)


class Half:
    def __neg__(self):
        return NotImplemented


try:
    -Half()
except TypeError as e:
    print("TypeError:", e)
