# range: construction, len, indexing, iteration, repr
print(range(5), range(1, 5), range(1, 10, 2), range(10, 0, -3), range(0))
print(list(range(5)), list(range(2, 8, 3)), list(range(10, 0, -3)), list(range(0, -5, -1)))
print(len(range(10)), len(range(1, 10, 4)), len(range(10, 1)), len(range(10, 0, -2)))
r = range(3, 30, 4)
print(r[0], r[2], r[-1], r[-3], r.start, r.stop, r.step)
print(r.index(7), r.count(7), r.count(8), 11 in r, 12 in r, -1 in r)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(bool(range(0)), bool(range(1)), range(0) == range(5, 5), range(0, 3) == range(3))
print(range(0, 5, 2) == range(0, 6, 2), range(1, 2) == range(1, 3, 5), range(1) != range(2))
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(type(iter(range(3))).__name__, type(reversed(range(3))).__name__)
it = iter(range(3))
print(next(it), it.__length_hint__(), list(it), next(it, "end"))
print([i * i for i in range(5)], tuple(range(3)), set(range(4)))
print(range(-5, 5)[::3], list(range(-5, 5)[::3]))
print(3.0 in range(5), True in range(2), "a" in range(3))
x = 0
for i in range(1000000):
    x += i
print(x)
print(range(2**40, 2**40 + 3), list(range(2**40, 2**40 + 3)))
