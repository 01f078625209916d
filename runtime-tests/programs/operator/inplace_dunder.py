# operator in-place functions, dunder aliases, user classes and length_hint's protocol.
import operator


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o)

    def __iadd__(self, o):
        self.x += o * 10
        return self

    def __lt__(self, o):
        return "lt-result"

    def __len__(self):
        raise TypeError("no len")

    def __length_hint__(self):
        return 4

    def __repr__(self):
        return f"V({self.x})"


v = V(1)
print(operator.add(v, 1), v)
print(operator.iadd(v, 1), v)
print(operator.lt(v, 3), operator.gt(3, v))
print(operator.length_hint(v))
l = [1]
r = operator.iadd(l, [2])
print(r is l, l)
t = (1,)
r = operator.iconcat(t, (2,))
print(r is t, r)
print(operator.imul("ab", 2), operator.ipow(2, 10), operator.itruediv(7, 2), operator.ifloordiv(7, 2))
print(operator.imod(7, 3), operator.ilshift(1, 4), operator.irshift(16, 2), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3), operator.isub(5, 7))
print(operator.__mul__(3, 4), operator.__not__(1), operator.__neg__(2), operator.__inv__(5), operator.__invert__(5))
print(operator.__getitem__([4, 5], 1), operator.__contains__([4, 5], 5), operator.__abs__(-3))
print(operator.__mul__.__name__, operator.__and__.__name__, operator.__not__ is operator.not_)
print(operator.truediv(1, 4), operator.floordiv(-7, 2), operator.mod(-7, 2), operator.pow(2, -1))
print(operator.and_(True, False), operator.or_({1}, {2}), operator.xor(5, 1))
print(operator.lshift(1, 70), operator.rshift(-1, 3), operator.pos(True), operator.abs(-2.5))
print(operator.eq(1, 1.0), operator.ne([1], [1]), operator.le("a", "b"), operator.ge((1, 2), (1,)))


class H:
    def __length_hint__(self):
        return NotImplemented


class Neg:
    def __length_hint__(self):
        return -1


class Bad:
    def __length_hint__(self):
        return "x"


print(operator.length_hint(H(), 9), operator.length_hint([1, 2], 9), operator.length_hint(object(), 3))
for o in (Neg(), Bad()):
    try:
        operator.length_hint(o)
    except Exception as e:
        print(type(e).__name__, e)
try:
    operator.matmul(1, 2)
except TypeError as e:
    print(e)
try:
    operator.imatmul([], 2)
except TypeError as e:
    print(e)
d = {"a": 1}
operator.delitem(d, "a")
print(d)
operator.delitem(d, "zz")
