class U:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"U({self.v})"
    def __neg__(self):
        return U(-self.v)
    def __pos__(self):
        return U(+self.v * 10)
    def __abs__(self):
        return U(abs(self.v))
    def __invert__(self):
        return U(~self.v)
u = U(-5)
print(-u, +u, abs(u), ~u)
print(-(-u), ~~u)
class Empty:
    pass
for name, f in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    try:
        f(Empty())
    except TypeError as e:
        print(name, "TypeError:", e)
for val in ["s", [1], None, {}]:
    try:
        -val
    except TypeError as e:
        print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(~True, -True, +False, abs(-2.5), abs(-3), abs(3+4j))
class Weird:
    def __neg__(self):
        return NotImplemented
print(-Weird())
class BadAbs:
    __abs__ = None
try:
    abs(BadAbs())
except TypeError as e:
    print("TypeError:", e)
import operator
print(operator.neg(u), operator.pos(u), operator.invert(u), operator.abs(u))
