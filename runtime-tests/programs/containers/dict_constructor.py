# dict() constructor forms and comprehension
print(dict(), dict({}), dict(a=1), dict([(1, 2), (3, 4)]), dict({1: 2}, b=3))
print(dict(zip(range(3), "abc")), dict([[1, 2]]), dict((("k", "v"),)), dict(["ab"]))
print({k: v for k, v in [(1, 2), (1, 3)]}, {x: x * x for x in range(5)})
d = dict.fromkeys("abc", 0)
print(d, dict(d) == d, dict(d) is d)
print(dict(d.items()), dict(iter([(5, 6)])))
x = {"a": 1}
x.__init__(b=2)
print(x)
y = dict(**{"p": 1}, q=2)
print(y)
print(dict([(i, j) for i, j in zip("xyz", range(3))]))
print({1: 1, **{2: 2}, 3: 3})
