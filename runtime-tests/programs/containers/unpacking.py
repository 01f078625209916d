# sequence unpacking and its messages
a, b = 1, 2
c, d = [3, 4]
e, f = "ef"
g, h = range(2)
(i, j), k = (5, 6), 7
print(a, b, c, d, e, f, g, h, i, j, k)
x, *y = [1, 2, 3]
*p, q = (1, 2, 3)
m, *n, o = range(5)
s, *t = "s"
print(x, y, p, q, m, n, o, s, t)
first, *rest = {3: 0}
print(first, rest)
for bad in ["a, b = 1", "a, b = [1]", "a, b = [1, 2, 3]", "a, b = (1, 2, 3)", "a, b, c = 'ab'",
            "a, *b, c = [1]", "a, *b = []", "a, b = iter([1])", "a, b = iter([1, 2, 3])",
            "a, b, *c, d = range(2)", "a, b = None", "*a, b = 5", "a, b = {1: 2}"]:
    try:
        exec(bad)
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
for u, v in [(1, 2), [3, 4]]:
    print(u + v)
[aa, [bb, cc]] = [1, (2, 3)]
print(aa, bb, cc)
print([*range(3), *"ab"], (*[1], *{2: 3}), {*(1, 2), *[2, 3]})
