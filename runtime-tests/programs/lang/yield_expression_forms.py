# yield used as an expression in many positions.
def echo():
    received = []
    x = yield
    received.append(x)
    received.append((yield "second"))
    print("in arguments:", (yield "third"), (yield "fourth"))
    y = [(yield "in list"), (yield "in list 2")]
    received.append(y)
    z = (yield "before add") + 1
    received.append(z)
    return received
g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
print(g.send("d"))
print(g.send("e"))
print(g.send("f"))
try:
    g.send(41)
except StopIteration as exc:
    print("returned", exc.value)
def yield_in_conditions():
    if (yield "cond"):
        yield "was truthy"
    else:
        yield "was falsy"
for val in [1, 0]:
    gen = yield_in_conditions()
    print(next(gen), gen.send(val))
def yield_tuple():
    yield 1, 2
    yield (3, 4)
    v = yield
    yield v
print(list(yield_tuple()))
def genexp_of_yields():
    total = 0
    while True:
        item = yield total
        if item is None:
            break
        total += item
    yield "final", total
acc = genexp_of_yields()
next(acc)
for n in [5, 10, 20]:
    acc.send(n)
print(acc.send(None))
