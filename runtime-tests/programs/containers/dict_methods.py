# dict methods
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 100), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("p", 1), ("q", 2)])
d.update(k=0)
d.update()
print(d)
c = d.copy()
c["a"] = -1
print(d["a"], c["a"], c is d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys([1, 2, 3]), dict.fromkeys("ab", 0), dict.fromkeys([]))
d.clear()
print(d, len(d))
e = {1: "one"}
e[2] = "two"
e[1] = "uno"
del e[2]
print(e, 1 in e, 2 in e, 2 not in e)
print(e.__contains__(1), e.__getitem__(1), len(e))
f = {}
for i in range(10):
    f[i] = i * i
for i in range(0, 10, 3):
    del f[i]
print(f)
f[0] = "back"
print(f, list(f))
print(list(reversed(f)), list(reversed(f.values())), list(reversed(f.items()))[:2])
g = dict(zip("abc", range(3)))
print(g, sorted(g, reverse=True))
print({**g, "z": 1}, {**g, **{"a": 100}})
