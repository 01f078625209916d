# slicing a range gives a range
r = range(0, 20, 3)
print(r[1:4], r[::2], r[::-1], r[-2:], r[:100], r[5:2], r[::-3])
print(list(r[1:4]), list(r[::-1]), list(r[::-3]))
s = range(10, -10, -4)
print(s[1:], s[::-1], list(s[::2]), s[2:-1])
print(range(5)[2:2], list(range(5)[2:2]), range(5)[10:])
print(range(100)[10:90:7][2:5], list(range(100)[10:90:7][2:5]))
print(range(0, 10)[::-1] == range(9, -1, -1))
print(range(3)[True], range(3)[-True])
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2)) == hash(range(1, 3, 9)))
print(hash(range(10)), hash(range(0, 10, 2)), hash(range(3, 4)) == hash(range(3, 5, 7)))
print({range(3): "a"}[range(0, 3)])
try:
    range(3)[3]
except IndexError as e:
    print(e)
try:
    range(3)["x"]
except TypeError as e:
    print(e)
try:
    range(3)[::0]
except ValueError as e:
    print(e)
