# dict | and |=, update from mappings and pairs
a = {1: "a", 2: "b"}
b = {2: "B", 3: "C"}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [(9, "nine")]
print(c)
c |= {}
print(c)
try:
    a | [(1, 2)]
except TypeError as e:
    print(e)
try:
    c |= 5
except TypeError as e:
    print(e)
class M:
    def keys(self):
        return [1, 2]
    def __getitem__(self, k):
        return k * 10
print(dict(M()), {0: 0} | dict(M()))
d = {}
d.update(M())
print(d)
d.update(((5, 6), [7, 8]))
print(d)
print(dict({1: 2}, a=3), dict([("x", 1)], y=2), dict(a=1, b=2))
e = dict.fromkeys(range(3), [])
e[0].append(1)
print(e)
class D(dict):
    pass
print(type(D(a=1) | {"b": 2}).__name__, type({"b": 2} | D(a=1)).__name__)
