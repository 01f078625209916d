# Tuple and list unpacking in assignment targets.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = (5, 6)
print(e, f)
g, = [7]
print(g)
x, y, z = "xyz"
print(x, y, z)
p, q = range(2)
print(p, q)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
def gen():
    yield 10
    yield 20
m, n = gen()
print(m, n)
try:
    a, b = 1, 2, 3
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b, c = [1, 2]
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b = 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    a, = []
except ValueError as exc:
    print("ValueError:", exc)
# rotation of three
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
# targets evaluated left to right
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 99
print(i, lst)
