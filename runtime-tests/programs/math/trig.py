# Trigonometric and hyperbolic functions: values (repr, bit for bit) and domain errors.
import math
xs = [0.0, -0.0, 0.5, -0.5, 1.0, 2.0, 10.0, 1e-10, 3.141592653589793]
for x in xs:
    print(repr(math.sin(x)), repr(math.cos(x)), repr(math.tan(x)))
    print(repr(math.sinh(x)), repr(math.cosh(x)), repr(math.tanh(x)), repr(math.asinh(x)))
for x in [0.0, -0.5, 0.5, 1.0, -1.0, 0.9999]:
    print(repr(math.asin(x)), repr(math.acos(x)), repr(math.atan(x)))
for x in [-0.5, 0.0, 0.9, -0.9999]:
    print(repr(math.atanh(x)))
for x in [1.0, 1.5, 10.0, 1e300]:
    print(repr(math.acosh(x)))
print(math.atan2(1, 1), math.atan2(-0.0, -1), math.atan2(0.0, -0.0), math.atan2(math.inf, math.inf))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(1))
print(math.atan(math.inf), math.tanh(-math.inf), math.sinh(math.inf), math.cosh(-math.inf))
for f, x in [(math.sin, math.inf), (math.cos, -math.inf), (math.tan, math.inf), (math.asin, 2),
             (math.acos, -1.5), (math.acosh, 0.5), (math.atanh, 1), (math.atanh, -1.0)]:
    try:
        print(f(x))
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
for f, x in [(math.sinh, 1000), (math.cosh, -1000)]:
    try:
        print(f(x))
    except OverflowError as e:
        print(f.__name__, "OverflowError:", e)
print(math.sin(math.nan), math.acos(math.nan))
try:
    math.atan2(1)
except TypeError as e:
    print("TypeError:", e)
try:
    math.cos("1")
except TypeError as e:
    print("TypeError:", e)
