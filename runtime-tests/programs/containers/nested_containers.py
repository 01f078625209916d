# nested containers of every kind
data = {"list": [1, (2, 3), {4}], "tuple": (frozenset([5]), [6, [7]]), "dict": {"k": {"n": None}}}
print(data)
print(data["list"][1][0], data["tuple"][1][1][0], data["dict"]["k"]["n"])
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m, [row[1] for row in m], list(zip(*m)))
grid = {(x, y): x * y for x in range(3) for y in range(3)}
print(grid[(2, 2)], sorted(grid.items())[:4])
s = {(1, (2, (3,))), frozenset([frozenset([1])])}
print(len(s), (1, (2, (3,))) in s)
t = ([],)
t[0].append(1)
print(t)
d = {}
d.setdefault("a", []).append(1)
d.setdefault("a", []).append(2)
d.setdefault("b", {}).setdefault("c", set()).add(3)
print(d)
deep = []
cur = deep
for i in range(50):
    cur.append([])
    cur = cur[0]
print(str(deep).count("["))
print([[i, j] for i in range(2) for j in range(2)], {i: {j for j in range(i)} for i in range(3)})
