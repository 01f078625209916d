# StopIteration.value, StopAsyncIteration, generator return values.

print(StopIteration().value)
print(StopIteration(5).value)
print(StopIteration(1, 2).value, StopIteration(1, 2).args)
e = StopIteration("x")
e.value = "changed"
print(e.value, e.args)


def gen():
    yield 1
    return "done"


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", repr(e.value), e.args)

print(repr(StopAsyncIteration("s")), StopAsyncIteration.__mro__[1].__name__)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("empty", e.value, e.args)
