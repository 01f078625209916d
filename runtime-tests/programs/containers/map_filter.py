# map and filter
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(str, range(3))))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20, 30], [100, 200])))
m = map(len, ["a", "bb"])
print(type(m).__name__, iter(m) is m, next(m), next(m), next(m, None))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(bool, [0, 2])), list(filter(str.isdigit, ["1", "a", "22"])))
f = filter(None, [1])
print(type(f).__name__, next(f), next(f, "end"))
for bad in [lambda: map(len), lambda: map(), lambda: filter(None), lambda: map(len, 1), lambda: filter(None, 1),
            lambda: filter(None, [], x=1), lambda: list(map(len, [1]))]:
    try:
        bad()
    except TypeError as e:
        print(e)
def boom(x):
    if x == 2:
        raise ValueError("no 2")
    return x
try:
    list(map(boom, [1, 2, 3]))
except ValueError as e:
    print(e)
print(sum(map(int, "12345")), sorted(filter(lambda x: x > 2, {5, 1, 3})))
