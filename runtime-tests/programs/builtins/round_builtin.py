# round: ints, floats (half to even), ndigits, __round__.
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.4999), round(-0.4))
print(round(7), round(-7), round(True), type(round(2.7)).__name__)
print(round(3.14159, 2), round(2.675, 2), round(1234.5678, -2), round(0.125, 2), round(-1.5, 0))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2))
print(round(1e300), round(2.5, None), round(number=1.25, ndigits=1))

class R:
    def __round__(self, ndigits=None):
        return ("rounded", ndigits)

print(round(R()), round(R(), 3))

def show(f):
    try:
        f()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
show(lambda: round("1.5"))
show(lambda: round([1]))
show(lambda: round(1.5, "1"))
show(lambda: round())
show(lambda: round(1.5, nd=1))
show(lambda: round(1, 2, 3))
