# gcd/lcm/factorial/comb/perm/isqrt on small and big ints, and their errors.
import math
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 8), math.gcd(0, 0))
print(math.gcd(2 ** 100, 6 ** 50), math.gcd(10 ** 30 + 1, 10 ** 20 + 7), math.gcd(True, 4))
print(math.lcm(), math.lcm(4), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 0, 3), math.lcm(2 ** 70, 3 ** 40))
print([math.factorial(n) for n in range(8)], math.factorial(20), math.factorial(21))
print(math.factorial(50))
print(len(str(math.factorial(1000))), math.factorial(100) % (10 ** 30 + 7))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 11), math.comb(100, 50), math.comb(10 ** 20, 3))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(3, 5), math.perm(10 ** 20, 2), math.perm(6, None))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(2 ** 201 - 1), math.isqrt(True))
class I:
    def __index__(self):
        return 10
print(math.gcd(I(), 4), math.factorial(I()), math.comb(I(), 3), math.isqrt(I()))
for f, args in [(math.factorial, (-1,)), (math.comb, (-1, 2)), (math.comb, (5, -2)), (math.perm, (-3,)),
                (math.perm, (3, -1)), (math.isqrt, (-4,))]:
    try:
        f(*args)
    except ValueError as e:
        print(f.__name__, "ValueError:", e)
for f, args in [(math.factorial, (5.0,)), (math.factorial, ("5",)), (math.gcd, (1.5,)), (math.lcm, (2, 2.0)),
                (math.comb, (5.0, 2)), (math.isqrt, (4.0,)), (math.comb, (1,)), (math.perm, ()),
                (math.factorial, ())]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
try:
    math.factorial(10 ** 20)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.gcd(a=1)
except TypeError as e:
    print("TypeError:", e)
