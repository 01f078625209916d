# tuple comparison details
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 3), (1, 2, 3) > (1, 2), () == (), () < (1,))
print((1, "a") < (1, "b"), (2, "a") > (1, "z"), (1, 2) <= (1, 2), (1, 3) >= (1, 2))
print(max([(1, "b"), (1, "a"), (0, "z")]), min([(2,), (1, 5), (1,)]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
print((1, "a") < (2, 2), (1, "a") == (1, 2))
n = float("nan")
t = (n,)
print(t == t, (n,) == (n,), t < t, t <= t)
print(sorted([(3, 1), (1, 3), (2, 2), (1, 2, 0)]))
print((1, [2]) < (1, [3]), ([1], 2) == ([1], 2))
class Weird:
    def __lt__(self, o):
        return True
    def __eq__(self, o):
        return False
print((Weird(),) < (Weird(),))
try:
    (1, Weird()) <= (1, Weird())
except TypeError as e:
    print(e)
