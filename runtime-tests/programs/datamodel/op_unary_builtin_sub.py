class I(int):
    def __neg__(self):
        return "I.neg"
class B(int):
    pass
print(-I(3), +I(3), ~I(3), abs(I(-3)), type(+I(3)).__name__, type(abs(I(-3))).__name__)
print(-B(2), type(-B(2)).__name__, type(+B(2)).__name__, ~B(0))
class F(float):
    def __abs__(self):
        return "F.abs"
print(abs(F(-1.5)), -F(1.5), type(-F(1.5)).__name__)
class C(complex):
    def __pos__(self):
        return "C.pos"
print(+C(1, 2), -C(1, 2), abs(C(3, 4)))
class NegNone:
    __neg__ = None
try:
    -NegNone()
except TypeError as e:
    print("TypeError:", e)
class NegStatic:
    @staticmethod
    def __neg__():
        return "static neg"
print(-NegStatic())
class NegRaises:
    def __neg__(self):
        raise ArithmeticError("neg failed")
try:
    -NegRaises()
except ArithmeticError as e:
    print("ArithmeticError:", e)
class Inv:
    def __invert__(self):
        return self
i = Inv()
print(~i is i, ~~~i is i)
import operator
print(operator.inv(5), operator.invert(I(1)), operator.neg(F(2.0)), operator.pos(C(0)))
class S(str):
    pass
try:
    -S("x")
except TypeError as e:
    print("TypeError:", e)
try:
    ~[]
except TypeError as e:
    print("TypeError:", e)
try:
    +None
except TypeError as e:
    print("TypeError:", e)
print(-(-2**63), +True, -False, ~False)
