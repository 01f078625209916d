# building sets from dicts and views keeps CPython's order
d = {i * 3: i for i in range(15)}
print(set(d), set(d.keys()), set(d.values()), set(d.items()) == set(d.items()))
print(frozenset(d), d.keys() | set(), set(d.keys()) - {0, 3})
e = dict.fromkeys(range(20, 0, -1))
print(set(e), e.keys() - {1}, e.keys() & range(5))
f = {(i, -i): None for i in range(6)}
print(set(f), f.keys() ^ {(0, 0), (9, 9)})
s = set(range(12))
print(set(s), frozenset(s), set(frozenset(s)))
