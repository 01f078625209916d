class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


p = P(1, 2)
print(p.x, p.y, p.total())
p.x = 10
print(p.total())


class Q(P):
    pass


q = Q(3, 4)
q.extra = 5
print(q.total(), q.extra)
