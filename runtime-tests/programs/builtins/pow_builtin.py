# pow with two and three arguments.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 3), pow(4, 0.5), pow(0, 0))
print(pow(2, 100), pow(10, 20) == 10**20)
print(pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(3, -2, 7), pow(5, -1, 1), pow(7, 0, 1))
print(pow(123456789, 987654321, 10**9 + 7))
print(pow(base=2, exp=5), pow(2, exp=5, mod=7))
print(pow(True, 2), pow(2, True, 3))

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)

    def __rpow__(self, other):
        return ("rpow", other)

print(pow(P(), 2), pow(P(), 2, 5), pow(2, P()))

def show(f):
    try:
        f()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)

show(lambda: pow(2, 3, 0))
show(lambda: pow(2, -1, 4))
show(lambda: pow(2.0, 3, 5))
show(lambda: pow(2, 3, 5.0))
show(lambda: pow("a", 2))
show(lambda: pow(0, -1))
show(lambda: pow(1))
show(lambda: pow(1, 2, 3, 4))
show(lambda: pow(2, 3, z=1))
