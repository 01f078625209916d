import operator
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N{self.v}"
    def __add__(self, o):
        return N(self.v + o)
    def __iadd__(self, o):
        self.v += o
        return self
    def __getitem__(self, k):
        return ("get", k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
    def __contains__(self, x):
        return x == 1
    def __lt__(self, o):
        return "lt"
    def __eq__(self, o):
        return "eq"
    __hash__ = None
    def __index__(self):
        return self.v
    def __neg__(self):
        return "neg"
    def __call__(self, *a):
        return a
n = N(3)
print(operator.add(n, 1), operator.iadd(n, 2), n)
print(operator.getitem(n, 5), operator.contains(n, 1), operator.contains(n, 2))
operator.setitem(n, "k", "v")
operator.delitem(n, "k")
print(operator.lt(n, 0), operator.eq(n, 0), operator.ne(n, 0), operator.gt(n, 0) if False else "")
print(operator.index(n), operator.neg(n), operator.not_(n), operator.truth(n))
print(operator.is_(n, n), operator.is_not(n, None))
print(operator.itemgetter(1, 2)(n), operator.attrgetter("v")(n), operator.methodcaller("__add__", 10)(n))
print(operator.concat([1], [2]))
try:
    operator.concat(n, [1])
except TypeError as e:
    print("TypeError:", e)
print(operator.mul(2, 3), operator.matmul.__name__, operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.countOf([n, 1, 1], 1), operator.indexOf([0, 5], 5))
try:
    operator.indexOf([0], 7)
except ValueError as e:
    print("ValueError:", e)
try:
    operator.add(n)
except TypeError as e:
    print("TypeError:", e)
print(operator.call(n, 1, 2) if hasattr(operator, "call") else (1, 2))
