# Uncaught exception inside a generator reached through yield from.
def inner():
    yield 1
    raise KeyError("k")
def outer():
    yield from inner()
list(outer())
