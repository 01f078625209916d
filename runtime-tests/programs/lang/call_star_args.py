# Star-args calls, ** merges and their errors.
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), *"ab", *range(2)))
print(f(**{"a": 1}, **{"b": 2}, c=3))
print(f(1, *[2], 3, *[], x=1, **{"y": 2}, z=3))
print(f(*{1: "a", 2: "b"}, **dict(k="v")))
def g(a, b, c):
    return a + b + c
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], **{"c": 3, "b": 2}))
print([*range(3), *"xy"], (*[1], 2), {*[1, 2], 3})
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
print({"a": 1, **{"a": 2}})
merged = {**{1: "x"}, **{1.0: "y"}}
print(merged)
first, *rest = *range(3), 99
print(first, rest)
for call in [
    lambda: f(*None),
    lambda: f(**[1, 2]),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: g(*[1, 2]),
    lambda: g(*[1, 2, 3, 4]),
    lambda: g(1, **{"a": 5, "b": 2, "c": 3}),
    lambda: [*5],
    lambda: {**5},
    lambda: print(*1),
]:
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
print(f(**Mapping()))
print({**Mapping()})
