# math constants and the int-returning rounding functions.
import math
print(repr(math.pi), repr(math.e), repr(math.tau), math.inf, math.nan)
print(math.inf == float("inf"), math.isnan(math.nan))
for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e20, 3, -7, 2 ** 80]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
class F:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class G:
    def __float__(self):
        return -1.5
print(math.floor(G()), math.ceil(G()))
print(math.floor(True), math.ceil(False))
for bad in [math.inf, -math.inf, math.nan]:
    for f in (math.floor, math.ceil, math.trunc):
        try:
            f(bad)
        except (ValueError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
for f, a in [(math.trunc, "x"), (math.floor, "x"), (math.ceil, None)]:
    try:
        f(a)
    except TypeError as e:
        print("TypeError:", e)
print(math.fabs(-2), math.fabs(-0.0), math.copysign(3, -0.0), math.copysign(-2.5, 1))
print(math.modf(2.75), math.modf(-2.75), math.modf(math.inf), math.modf(-math.inf))
print(math.frexp(8.0), math.frexp(0.1), math.frexp(-5e-324), math.frexp(0.0))
print(math.ldexp(0.5, 4), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3, 2))
try:
    math.ldexp(1.0, 1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.ldexp(1.0, 1.5)
except TypeError as e:
    print("TypeError:", e)
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, math.inf), math.fmod(-0.0, 1))
try:
    math.fmod(1, 0)
except ValueError as e:
    print("ValueError:", e)
print(math.remainder(7, 3), math.remainder(5, 2), math.remainder(7, 2), math.remainder(-5, 2), math.remainder(3, math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e308), math.ulp(-3.5), math.ulp(math.inf))
print(math.isfinite(1), math.isinf(1e308 * 10), math.isnan(0))
try:
    math.sqrt(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    math.sqrt(x=1)
except TypeError as e:
    print("TypeError:", e)
