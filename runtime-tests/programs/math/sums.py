# fsum (exact), prod (start=), isclose (tolerances), hypot and dist.
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(range(10)), math.fsum([1, 2.5, True]), math.fsum(iter([0.5, 0.25])))
print(math.fsum([1.7976931348623157e308, -1.7976931348623157e308, 1.0]), math.fsum([1e16, 1.0, 1e-16]))
print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1]), math.fsum([math.nan, 1.0]))
for bad in [[math.inf, -math.inf], [1.7976931348623157e308, 1.7976931348623157e308]]:
    try:
        print(math.fsum(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    math.fsum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    math.fsum(5)
except TypeError as e:
    print("TypeError:", e)
print(math.prod([]), math.prod([2, 3, 4]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.prod([[1], 2]), math.prod(["ab", 3]), math.prod([], start="x"))
try:
    math.prod([1, 2], 3)
except TypeError as e:
    print("TypeError:", e)
try:
    math.prod()
except TypeError as e:
    print("TypeError:", e)
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isclose(math.inf, -math.inf), math.isclose(math.nan, math.nan), math.isclose(5, 5))
for kw in [{"rel_tol": -1}, {"abs_tol": -0.5}]:
    try:
        math.isclose(1, 2, **kw)
    except ValueError as e:
        print("ValueError:", e)
for args, kw in [((1,), {}), ((1, 2, 3), {}), ((1, 2), {"tol": 1})]:
    try:
        math.isclose(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
print(math.hypot(), math.hypot(3), math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(-1e200, 1e200))
print(math.hypot(1e-320, 1e-320), math.hypot(math.inf, math.nan), math.hypot(math.nan, 1), repr(math.hypot(0.1, 0.2)))
print(repr(math.hypot(1.5, 2.5, 3.5, 4.5)), repr(math.hypot(1e308, 1e308 / 3)))
print(math.dist((0, 0), (3, 4)), repr(math.dist((1.5, 2.5, -1), (0.1, 0.2, 0.3))), math.dist((), ()))
try:
    math.dist((1, 2), (1,))
except ValueError as e:
    print("ValueError:", e)
try:
    math.dist([1, 2], (1, 2))
except TypeError as e:
    print("TypeError:", e)
