import math
class R:
    def __round__(self, ndigits=None):
        return ("round", ndigits)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
r = R()
print(round(r), round(r, 2), round(r, None), round(r, ndigits=-1))
print(math.trunc(r), math.floor(r), math.ceil(r))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError as e:
    print("TypeError:", e)
try:
    math.trunc(NoRound())
except TypeError as e:
    print("TypeError:", e)
try:
    math.floor(NoRound())
except TypeError as e:
    print("TypeError:", e)
try:
    math.ceil(NoRound())
except TypeError as e:
    print("TypeError:", e)
class F:
    def __float__(self):
        return 2.7
print(math.floor(F()), math.ceil(F()))
class OneArg:
    def __round__(self):
        return "one"
print(round(OneArg()))
try:
    round(OneArg(), 3)
except TypeError as e:
    print("TypeError:", e)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), round(5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, None)).__name__)
try:
    round(1.5, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
print(math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.7), math.trunc(True))
class IntLike(int):
    def __round__(self, n=None):
        return "sub-round"
print(round(IntLike(5)), round(IntLike(5), 1))
class RoundNone:
    __round__ = None
try:
    round(RoundNone())
except TypeError as e:
    print("TypeError:", e)
