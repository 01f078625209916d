# Uncaught error from the second value of a generator driven by a for loop.
def g():
    yield 1
    yield 1 / 0
for v in g():
    print(v)
