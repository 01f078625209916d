# for-loop targets: nested unpacking, attributes, subscripts, starred.
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for first, *rest in ["abc", "de"]:
    print(first, rest)
class Holder:
    pass
h = Holder()
for h.value in range(3):
    pass
print(h.value)
d = {}
for d["key"] in "xyz":
    print(d)
lst = [0, 0, 0]
for i, lst[i] in enumerate("abc"):
    pass
print(lst)
for (x, y), z in zip([(1, 2), (3, 4)], "pq"):
    print(x, y, z)
for [p, q] in [[1, 2]]:
    print(p, q)
pairs = {"a": 1, "b": 2}
for k, v in pairs.items():
    print(k, v)
for i in range(3):
    i = "rebound"
print(i)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as exc:
    print("ValueError:", exc)
for _ in range(2):
    for _ in range(2):
        pass
print(_)
