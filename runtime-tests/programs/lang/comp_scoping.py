# Comprehension scoping: own scope, first iterable in enclosing scope.
x = 10
result = [x for x in range(3)]
print(result, x)
def f():
    y = 5
    return [y * i for i in range(3)]
print(f())
def g():
    items = [1, 2, 3]
    return [items[i] for i in range(len(items))]
print(g())
class C:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    try:
        cross = [a * b for a in data for b in data]
    except NameError as exc:
        cross = "NameError: " + str(exc)
print(C.doubled, C.cross)
def closures_in_comp():
    return [lambda: v for v in range(3)]
print([fn() for fn in closures_in_comp()])
def nonlocal_via_comp():
    total = 0
    def add(v):
        nonlocal total
        total += v
    [add(v) for v in range(5)]
    return total
print(nonlocal_via_comp())
v = "global v"
print([v for _ in range(1)])
def shadow():
    i = "kept"
    [i for i in range(3)]
    return i
print(shadow())
print([i for i in range(3)], "i" in dir())
n = 3
print([[j for j in range(i)] for i in range(n)])
gen = (z * 2 for z in range(3))
print("z" in globals(), list(gen))
