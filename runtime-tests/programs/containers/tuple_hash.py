# tuple hashes match CPython's (xxHash-based) for ints
print(hash(()))
print(hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1,)), hash((0, 0)))
print(hash((1, (2, 3))), hash(((),)), hash((2**40, -2**40)))
print(hash((True, False)), hash((1, 1.0)) == hash((1, 1)))
print(hash((10**20, 5)), hash((-1, -2)))
d = {(1, 2): "a", (2, 1): "b", (): "e"}
print(d[(1, 2)], d[(2, 1)], d[()])
s = {(i, j) for i in range(4) for j in range(3)}
print(s)
print({(1, 2), (2, 1), (0, 0), (5,), ()})
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(hash((1.5, 2.25)))
print(hash((None,)) == hash((None,)))
