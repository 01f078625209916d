# exp/log family, pow, special functions, their domain and range errors.
import math
for x in [1, 2.0, 0.5, 10, 1e-300, 1e300, 7]:
    print(repr(math.log(x)), repr(math.log2(x)), repr(math.log10(x)), repr(math.log1p(x)))
for x in [0.0, 1.0, -1.0, 1e-10, 700.0, -745.0, 0.5]:
    print(repr(math.exp(x)), repr(math.expm1(x)))
print(math.log(8, 2), math.log(100, 10), math.log(2, 0.5), math.log(10 ** 400), math.log(10 ** 400, 10))
print(math.log2(2 ** 1000), math.log2(2 ** 5000), math.log10(10 ** 500), math.log(3 ** 2000))
print(math.log(2 ** 1025 - 1), math.log10(2 ** 1000 + 1), math.log2(3 ** 5000), math.log(7, 2 ** 2000))
print(math.log(math.inf), math.log(math.nan), math.exp(-math.inf), math.exp(math.inf))
for f, args in [(math.log, (0,)), (math.log, (-1,)), (math.log, (0.0,)), (math.log, (-math.inf,)),
                (math.log2, (-(10 ** 400),)), (math.log10, (0,)), (math.log1p, (-1,)), (math.log, (10, 0)),
                (math.sqrt, (-1,)), (math.pow, (0, -1)), (math.pow, (-8, 1 / 3)), (math.gamma, (0,)),
                (math.gamma, (-2.0,)), (math.lgamma, (-1,)), (math.gamma, (-math.inf,))]:
    try:
        print(f(*args))
    except ValueError as e:
        print(f.__name__, args, "ValueError:", e)
for f, args in [(math.exp, (1000,)), (math.pow, (10, 400)), (math.expm1, (1000,)), (math.gamma, (200,)),
                (math.lgamma, (1e308,))]:
    try:
        print(f(*args))
    except OverflowError as e:
        print(f.__name__, "OverflowError:", e)
try:
    math.log(1, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
for bad in [(), (1, 2, 3)]:
    try:
        math.log(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(0, 0), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(-math.inf, -3), math.pow(0.5, math.inf), math.pow(2, -math.inf))
print(math.pow(-1, math.inf), math.pow(-0.0, 3), math.pow(-0.0, 2.5))
print(math.sqrt(2), math.sqrt(10 ** 40), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(math.inf))
for x in [0.5, 1.0, 5.0, 10.5, -0.5, -3.5, 1e-300, 170.5]:
    print(repr(math.gamma(x)), repr(math.lgamma(x)))
for x in [0.0, 0.5, -1.0, 3.0, 1e-5, -10.0]:
    print(repr(math.erf(x)), repr(math.erfc(x)))
print(math.lgamma(math.inf), math.lgamma(-math.inf), math.gamma(math.inf), math.erf(math.inf), math.erfc(-math.inf))
print(repr(math.cbrt(-27.0)), repr(math.cbrt(1.5)), repr(math.cbrt(1e300)), repr(math.exp2(1.5)), repr(math.exp2(-1074.5)))
try:
    math.exp2(1024.5)
except OverflowError as e:
    print("OverflowError:", e)
