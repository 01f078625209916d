# tuple methods and operations
t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(5), t.index(2), t.index(1, 1), t.index(2, -3))
print(len(t), t[0], t[-1], t[1:4], t[::-1], t[::2])
print(t + (4,), (0,) * 3, 2 * (1, 2), () * 5, (1,) * 0)
print(1 in t, 9 in t, 9 not in t)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(x for x in (1, 2)))
a = (1, 2)
print(tuple(a) is a, a[:] is a, (a + ()) is a)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,), (2,) > (1, 5))
print((1, [2]) == (1, [2]), (1, 2) == [1, 2])
print(max((3, 1, 2)), min((3, 1, 2)), sum((1, 2, 3)), sorted((3, 1, 2)))
x, y = (5, 6)
print(x, y)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested)
print(repr(()), repr((1,)), repr((1, 2)), str(("a", None)))
t2 = t
t2 += (9,)
print(t, t2)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
try:
    t.index(42)
except ValueError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
try:
    t[10]
except IndexError as e:
    print(e)
try:
    t["a"]
except TypeError as e:
    print(e)
try:
    tuple(1)
except TypeError as e:
    print(e)
try:
    tuple(x=1)
except TypeError as e:
    print(e)
