# Generator-expression scoping: the first iterable is evaluated immediately, the rest lazily.
def source(tag, items):
    print("evaluating", tag)
    return items
g = (x + y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("created")
print(list(g))
n = 1
g = (n * i for i in range(3))
n = 100
print(list(g))
class C:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
    try:
        pairs = list((a, b) for a in vals for b in vals)
    except NameError as exc:
        pairs = "NameError: " + str(exc)
print(C.total, C.pairs)
try:
    g = (x for x in undefined_iterable)
except NameError as exc:
    print("NameError at creation:", exc)
g = (undefined_in_body for _ in range(1))
try:
    next(g)
except NameError as exc:
    print("NameError when consumed:", exc)
def make_gen():
    local = [5, 6]
    return (v * 2 for v in local)
print(list(make_gen()))
it = iter([1, 2, 3, 4])
g = (v for v in it if v % 2 == 0)
print(next(it), list(g))
