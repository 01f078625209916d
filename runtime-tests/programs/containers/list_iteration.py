# iterating lists, iterator objects, mutation during iteration
l = [1, 2, 3]
it = iter(l)
print(type(it).__name__, next(it), it.__length_hint__())
l.append(4)
print(list(it))
print(list(it), next(it, "done"))
r = reversed([1, 2, 3])
print(type(r).__name__, list(r))
m = [1, 2, 3, 4]
out = []
for x in m:
    out.append(x)
    if x == 2:
        m.append(99)
print(out)
n = [1, 2, 3, 4, 5]
for x in n:
    if x % 2:
        n.remove(x)
print(n)
rv = reversed(n)
n.append(10)
print(list(rv))
rv2 = reversed([1, 2, 3, 4])
print(rv2.__length_hint__(), next(rv2), rv2.__length_hint__())
it2 = iter([])
print(next(it2, None))
print(iter(it) is it)
print(list(enumerate(["a", "b"])))
print([x * 2 for x in [1, 2, 3] if x != 2])
print(sum([1, 2, 3]), max([4, 9, 2]), min([4, 9, 2]), any([0, 0]), all([1, 1]))
a, b, *c = [1, 2, 3, 4]
print(a, b, c)
