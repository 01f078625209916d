# dict keys of mixed numeric and tuple types
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
d[2**64] = "big"
d[float(2**64)] = "bigfloat"
print(d)
d[(1, 2)] = "tuple"
d[(1.0, 2.0)] = "tuple-float"
print(d)
d[frozenset([1])] = "fs"
d[None] = "none"
print(d[frozenset([1.0])], d[None], d[(True, 2)])
e = {-1: "a", -2: "b"}
print(e[-1], e[-2], hash(-1), hash(-2))
f = {0.5: "half", -0.0: "zero"}
print(f[0.5], f[0], f[0.0])
print({x: None for x in [3, 3.0, 3 + 0j]} if False else {x: None for x in [3, 3.0]})
g = {}
for i in range(-5, 5):
    g[i * 1.5] = i
print(g)
