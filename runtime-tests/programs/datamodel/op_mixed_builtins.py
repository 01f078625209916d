class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print([0] * Idx(3))
print(Idx(2) * [1, 2])
print("ab" * Idx(2), b"x" * Idx(3), (1,) * Idx(2))
print(bytearray(b"yz") * Idx(2))
print("%s and %r" % (S(), S()))
print("%s" % S())
print("%d" % Idx(42), "%x" % Idx(255), "%o" % Idx(8))
try:
    "%d" % S()
except TypeError as e:
    print("TypeError:", e)
try:
    "%f" % S()
except TypeError as e:
    print("TypeError:", e)
class M:
    def __rmod__(self, o):
        return "M.rmod " + o
print(("fmt %s" % M())[:11])
try:
    1 + Idx(1)
except TypeError as e:
    print("TypeError:", e)
try:
    [] * S()
except TypeError as e:
    print("TypeError:", e)
try:
    S() * "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 2.0
except TypeError as e:
    print("TypeError:", e)
print(1 + True, 1.5 + 1, 2 * (1+2j), True + True)
class Big:
    def __index__(self):
        return 2 ** 70
try:
    [0] * Big()
except OverflowError as e:
    print("OverflowError:", e)
except MemoryError:
    print("MemoryError")
