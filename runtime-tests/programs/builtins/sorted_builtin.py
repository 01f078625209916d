# sorted: any iterable, key, reverse, stability, errors.
print(sorted([3, 1, 2]), sorted("banana"), sorted((5, -1, 0)), sorted({3: "c", 1: "a"}))
print(sorted(range(5), reverse=True), sorted([], reverse=True))
print(sorted(["bb", "A", "c", "Ab"], key=str.lower))
print(sorted(["pear", "fig", "apple", "kiwi"], key=len))
print(sorted(["pear", "fig", "apple", "kiwi"], key=len, reverse=True))
data = [("b", 1), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]))
print(sorted([2.5, 1, True, -3]))
original = [3, 1, 2]
result = sorted(original)
print(original, result, result is original)
print(sorted(x * x for x in range(-3, 4)))
print(sorted([3, 1, 2], key=None, reverse=False))

def show(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

show(lambda: sorted([1, "a"]))
show(lambda: sorted(5))
show(lambda: sorted())
show(lambda: sorted([1], [2]))
show(lambda: sorted([1], cmp=None))
show(lambda: sorted(iterable=[1]))
