# Slice assignment and slice targets in unpacking.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::3] = ["S"] * len(a[::3])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as exc:
    print("ValueError:", exc)
b = [1, 2, 3, 4]
b[1:3] = b
print(b)
c = [0, 1, 2, 3]
c[1:3] = "ab"
print(c)
c[1:1] = range(3)
print(c)
c[-2:] = []
print(c)
try:
    c[0:1] = 5
except TypeError as exc:
    print("TypeError:", exc)
d = [1, 2, 3]
d[5:10] = [9]
print(d)
e = [1, 2, 3, 4, 5, 6]
e[::-2] = "xyz"
print(e)
first, second = e[:2]
print(first, second)
m = [[1, 2], [3, 4]]
m[0][:], m[1][1:] = [9, 9, 9], [0]
print(m)
ba = bytearray(b"hello")
ba[1:3] = b"EE"
print(ba)
