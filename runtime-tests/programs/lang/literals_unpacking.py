# PEP 448 unpacking in literals and calls.
a = [1, 2]
b = (3, 4)
c = {5, 6}
d = {"x": 1}
e = {"y": 2, "x": 10}
print([*a, *b, *c, 7], (*a, *b), {*a, *b}, [*"hi", *range(2)])
print({**d, **e}, {**e, **d}, {"k": 0, **d, "x": 99})
print(*a, *b, sep="|")
print((*a,), [*()], {*()}, {**{}})
nested = [*[*a, *b], *[[*a]]]
print(nested)
def f(*args, **kw):
    return args, kw
print(f(*a, 0, *b, **d, z=3, **{"w": 4}))
first, *middle, last = [*a, *b]
print(first, middle, last)
gen = (i * i for i in range(3))
print([*gen, *gen])
print([*{"k1": 1, "k2": 2}], [*{"k": 1}.values()], [*{"k": 1}.items()])
try:
    [*None]
except TypeError as exc:
    print("TypeError:", exc)
try:
    {**[1]}
except TypeError as exc:
    print("TypeError:", exc)
try:
    print(*5)
except TypeError as exc:
    print("TypeError:", exc)
t = 1, *a
print(t, type(t).__name__)
