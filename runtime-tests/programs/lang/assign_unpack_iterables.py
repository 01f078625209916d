# Unpacking from every kind of iterable, and the order iterables are consumed in.
a, b, c = range(3)
print(a, b, c)
(x, y), z = "ab", "c"
print(x, y, z)
k1, k2 = sorted({"b": 1, "a": 2})
print(k1, k2)
v1, v2 = {"a": 1, "b": 2}.values()
print(v1, v2)
(i1, n1), (i2, n2) = {"p": 1, "q": 2}.items()
print(i1, n1, i2, n2)
s1, s2 = {10, 20}
print(sorted([s1, s2]))
first, *rest = iter([1, 2, 3])
print(first, rest)
m, n = map(str.upper, ["a", "b"])
print(m, n)
e1, e2 = enumerate("xy")
print(e1, e2)
z1, z2 = zip("ab", [1, 2])
print(z1, z2)
b1, b2, b3 = b"abc"
print(b1, b2, b3)
class Three:
    def __iter__(self):
        print("iter called")
        yield from (1, 2, 3)
p, q, r = Three()
print(p, q, r)
class Infinite:
    def __iter__(self):
        n = 0
        while True:
            n += 1
            print("produced", n)
            yield n
try:
    u, v = Infinite()
except ValueError as exc:
    print("ValueError:", exc)
h, *_ = Infinite.__iter__(Infinite()) if False else [0, 1]
print(h)
