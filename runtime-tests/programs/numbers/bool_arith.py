# bool is an int: arithmetic gives ints, bitwise ops of two bools give bools.
print(True + True, True - False, True * 7, True / 2, True // 2, True % 2, True ** 10, -True, +True, ~True, ~False, abs(True))
print(True & True, True | False, True ^ True, False ^ False, True & 3, 3 | True, type(True & 1).__name__)
print(True == 1, False == 0, True == 1.0, hash(True), hash(False))
print(True << 3, True >> 1, divmod(True, 2), pow(True, 5), round(True), int(True), float(True), complex(True))
print(sum([True, True, False, True]), max(True, 0), sorted([True, 0, -1, False]))
print(str(True), repr(False), f"{True}", f"{True:d}", f"{False:>6}", format(True, "x"), "%d" % True, "%s" % False)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(0j), bool(2 ** 100), bool(float("nan")), bool(), bool([]))
print(isinstance(True, int), issubclass(bool, int), type(True).__mro__)
print(True.__and__(False), True.__or__(1), (1).__and__(True))
print({True: "a", 1: "b", 1.0: "c"})
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    bool(x=1)
except TypeError as e:
    print("TypeError:", e)
