import math
class I:
    def __index__(self):
        return 12
class F:
    def __float__(self):
        return 2.25
class N:
    pass
print(math.sqrt(F()), math.gcd(I(), 8), math.factorial(I()) > 0, math.isqrt(I()), math.comb(I(), 2), math.log(F()), math.floor(F()))
for f, args in [(math.sqrt, (N(),)), (math.gcd, (F(), 2)), (math.factorial, (F(),)), (math.isqrt, (N(),)), (math.ldexp, (1.0, F()))]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)
print(int("ff", I()) if False else int("11", base=I()), range(I())[I()-1] if False else list(range(0, 30, I())))
print(str(12).zfill(I()), "abc"[I() - 11], [1, 2, 3].insert(I(), 0) is None, "x".ljust(I()) + "|")
try:
    "".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(["a", N()])
except TypeError as e:
    print("TypeError:", e)
print(max([3, 1, 2], key=lambda x: -x), min("abc", key=ord), sum([F().__float__()] * 2))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([N()])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda x: N())
except TypeError as e:
    print("TypeError:", e)
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    max(N())
except TypeError as e:
    print("TypeError:", e)
print(divmod(I().__index__(), 5), pow(I(), 2) if False else pow(2, 3, I().__index__()))
try:
    pow(2, 3, I())
    print("pow index ok")
except TypeError as e:
    print("TypeError:", e)
print(round(F().__float__(), I().__index__() - 11), abs(-I().__index__()))
try:
    chr(I())
    print(chr(I()) == "\x0c")
except TypeError as e:
    print("TypeError:", e)
print(bool(range(I())), len(range(I())), I().__index__() in range(I()))
try:
    range(F())
except TypeError as e:
    print("TypeError:", e)
print([0] * 3 + [1], list(zip(*[[1, 2], [3, 4]])), isinstance(range(I()), range))
