# The math module's view of numbers: __float__/__index__ arguments, floor/ceil/trunc.
import math
nan, inf = float("nan"), float("inf")
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(2 ** 70), math.ceil(2.5))
class A:
    def __float__(self):
        return 4.5
class B:
    def __index__(self):
        return 3
print(math.sqrt(A()), math.sqrt(B()), math.floor(A()))
print(math.sqrt(2), math.sqrt(10 ** 40), math.fabs(-3), math.copysign(1, -0.0))
try:
    math.sqrt("x")
except TypeError as e:
    print("TypeError:", e)
