# Chained comparisons: each middle operand is evaluated once, short-circuiting.
def v(x, tag):
    print("eval", tag)
    return x

print(v(1, "a") < v(2, "b") < v(3, "c"))
print(v(1, "a") < v(0, "b") < v(3, "c"))
print(v(5, "a") == v(5, "b") != v(6, "c") > v(1, "d"))
print(1 < 2 > 1 < 3)
print(1 == 1 == 1.0, None is None is not False)
x = 5
print(0 < x <= 5, 0 < x < 5, 10 > x >= 5)
print(1 < 2 in [2, 3], 1 in [1] in [[1]])
print("a" < "b" < "c", [1] < [1, 0] < [2])

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n} < {other.n}")
        return self.n < other.n
    def __bool__(self):
        raise AssertionError("never asked")

a, b, c = Loud(1), Loud(2), Loud(0)
print(a < b < c)
print(b < c < a)
try:
    1 < "x" < 3
except TypeError as exc:
    print("TypeError:", exc)
