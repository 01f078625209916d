# max and min: iterables, several arguments, key, default, ties.
print(max([3, 1, 4, 1, 5]), min([3, 1, 4, 1, 5]))
print(max(3, 7), min(3, 7), max(2, 9, 4), min("b", "a", "c"))
print(max("hello"), min("hello"), max((1, 2), (1, 3)), min([[2], [1, 5]]))
print(max(range(10)), min(x * x for x in range(-3, 3)))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=abs))
print(max(["bb", "a", "ccc"], key=len), min("bb", "a", "ccc", key=len))
print(max([], default="empty"), min((), default=None), max([7], default=0))
print(max([1, 2], key=None), max(4, 2, key=None))
pairs = [("a", 2), ("b", 2), ("c", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max([2.5, 2, True]), min([2.5, 2, True]))
print(max(1, 2.5), min(-1, -1.5))
