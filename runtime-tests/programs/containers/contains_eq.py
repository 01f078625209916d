# membership uses identity first, then ==
class AlwaysEq:
    def __eq__(self, other):
        return True
    __hash__ = None
class NeverEq:
    def __eq__(self, other):
        return False
    def __hash__(self):
        return 1
a, n = AlwaysEq(), NeverEq()
print(1 in [a], n in [n], n in (n,), n in [NeverEq()], n in {n}, n in {n: 1})
nan = float("nan")
print(nan in [nan], nan in (nan,), nan in {nan})
print([nan].count(nan), [nan].index(nan), (nan,).index(nan))
l = [1, 2, 3]
print(2.0 in l, True in l, l.index(True), l.count(1.0))
print([1, 2] in [[1, 2]], (1, 2) in [[1, 2]], [1] in ([1],))
print(3 in {3.0}, 3.0 in {3}, (1, 2.0) in {(1, 2)}, {1: "a"}[1.0], {1.0: "b"}[True])
calls = []
class Loud:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        calls.append(self.v)
        return self.v == getattr(other, "v", other)
print(Loud(3) in [Loud(1), Loud(2), Loud(3), Loud(4)], calls)
