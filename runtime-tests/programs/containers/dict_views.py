# dict views: live, len, contains, repr, reversed, iteration
d = {1: "a", 2: "b", 3: "c"}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), 2 in k, "b" in v, (2, "b") in i, (2, "x") in i, 5 in k)
d[4] = "d"
print(k, len(v), list(i)[-1])
del d[1]
print(list(k), list(v), list(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
print(k == {2, 3, 4}, k == [2, 3, 4], i == {(2, "b"), (3, "c"), (4, "d")})
print(v == v, d.values() == d.values())
print(k.mapping if False else "skip", sorted(k), max(v))
print({}.keys(), {}.values(), {}.items())
print(k.isdisjoint([9, 10]), k.isdisjoint([2]), i.isdisjoint([(2, "b")]))
e = {"x": [1, 2], "y": {"z": 3}}
print(e.items(), e.values())
it = iter(d.items())
print(next(it), it.__length_hint__())
print([key for key in d], [val for val in d.values()], [kv for kv in d.items()])
print(list(zip(d.keys(), d.values())) == list(d.items()))
