# yield from: delegation, return values, send passing through.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-final"
    return "outer-done"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    g.send("C")
except StopIteration as exc:
    print("StopIteration", exc.value)
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x for x in [9]))))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def returns_value():
    yield 1
    return 42
def collect():
    v = yield from returns_value()
    yield v
print(list(collect()))
def delegate_iter():
    r = yield from [1, 2]
    yield r
print(list(delegate_iter()))
def tree(n):
    if n == 0:
        return 0
    left = yield from tree(n - 1)
    yield n
    return left + n
def total():
    t = yield from tree(4)
    yield ("total", t)
print(list(total()))
