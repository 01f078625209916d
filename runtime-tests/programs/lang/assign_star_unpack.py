# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3, 4)
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = "ab"
print(a, mid, z)
*everything, = range(4)
print(everything)
head, *tail = [1]
print(head, tail, type(tail).__name__)
x, *y = (i * i for i in range(5))
print(x, y)
try:
    a, *b, c = [1]
except ValueError as exc:
    print("ValueError:", exc)
try:
    a, b, *c = "x"
except ValueError as exc:
    print("ValueError:", exc)
[p, *q] = {"k": 1, "j": 2}
print(p, q)
for first, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(first, others)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
*_, final = range(100)
print(final)
