# zip, including strict=True
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [3])))
print(list(zip(range(3), range(10), "ab")), dict(zip("ab", [1, 2])))
z = zip([1], [2])
print(type(z).__name__, iter(z) is z, next(z), next(z, "end"))
print(list(zip([1, 2], [3, 4], strict=True)), list(zip(strict=True)))
for args in [([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2, 3], [1, 2, 3], [1, 2, 3], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
a, b = zip(*[(1, 2), (3, 4), (5, 6)])
print(a, b)
try:
    zip(1)
except TypeError as e:
    print(e)
try:
    zip([1], x=1)
except TypeError as e:
    print(e)
it = iter([1, 2, 3])
print(list(zip(it, it)))
print(list(zip([1, 2], [3, 4], strict=False)))
