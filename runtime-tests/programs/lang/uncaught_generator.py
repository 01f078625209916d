# Uncaught exception raised inside a generator consumed by a for loop.
def readings():
    yield 1
    yield 2
    raise OSError("sensor disconnected")

for r in readings():
    print("reading", r)
