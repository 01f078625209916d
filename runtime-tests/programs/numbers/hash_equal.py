# Equal numbers hash equal across int, float, complex and bool (modulus 2**61 - 1).
pairs = [(1, 1.0), (1, True), (0, False), (0, 0.0), (0, -0.0), (2 ** 70, 2.0 ** 70), (-(2 ** 70), -(2.0 ** 70)),
         (1.5, complex(1.5, 0)), (5, 5 + 0j), (2 ** 61 - 1, 0), (10 ** 30, 1e30)]
for a, b in pairs:
    print(repr(a), repr(b), a == b, hash(a) == hash(b), hash(a))
print(hash(-1), hash(-2), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 61 - 2), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(1.5), hash(-2.25), hash(0.1), hash(1e300), hash(5e-324), hash(float("inf")), hash(float("-inf")))
print(hash(1j), hash(1 + 2j), hash(complex(1.5, -2.5)), hash(-1 + 0j), hash(complex(0, -1)))
d = {1: "int", 2.0: "float", 3 + 0j: "complex"}
print(d[1.0], d[True], d[2], d[3], d[3.0])
s = {1, 1.0, True, 2, 2.0, 0, 0.0, False, -0.0}
print(sorted(s))
print(hash(10 ** 20) == hash(10 ** 20 % (2 ** 61 - 1)), hash(-(10 ** 20)) == -hash(10 ** 20))
