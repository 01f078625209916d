# insertion order is kept through updates, deletions and re-insertions
d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = str(k)
print(d)
d[3] = "three"
print(list(d))
del d[9]
d[9] = "nine"
print(list(d), list(d.values()))
for i in range(100):
    d[i + 1000] = i
for i in range(100):
    del d[i + 1000]
print(d)
e = {i: i for i in range(20)}
for i in range(0, 20, 2):
    del e[i]
e[0] = "zero"
print(list(e))
print(e.popitem(), e.popitem(), list(e)[-2:])
f = {"b": 1, "a": 2}
f.update({"c": 3, "b": 4})
print(f, list(f.items())[0])
g = dict(f)
g.pop("b")
g["b"] = 5
print(list(g), list(f))
