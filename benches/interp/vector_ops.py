# Operator overloading: a 2-D vector class with __add__, __mul__ and __eq__.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y


def run(n):
    acc = Vec(0, 0)
    step = Vec(1, 2)
    same = 0
    for i in range(n):
        acc = acc + step * 2
        if acc == step:
            same += 1
    return acc.x, acc.y, same


print(run(500_000))
