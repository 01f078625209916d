# Generator objects: names, state flags, iteration protocol.
def counter(n):
    for i in range(n):
        yield i
g = counter(2)
print(g.__name__, g.__qualname__, type(g).__name__)
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "send"))
print(g.gi_running, g.gi_frame is not None)
print(next(g), next(g))
print(next(g, "exhausted"), next(g, "still exhausted"))
print(g.gi_frame)
class Holder:
    def items(self):
        yield from ("a", "b")
h = Holder().items()
print(h.__qualname__, list(h))
def is_gen_function():
    yield
import sys
print(type(is_gen_function).__name__, type(is_gen_function()).__name__)
print(is_gen_function.__code__.co_flags & 0x20 != 0)
gens = [counter(3) for _ in range(2)]
print([next(gen) for gen in gens], [next(gen) for gen in gens])
def yields_none():
    yield
    yield None
print(list(yields_none()))
def yield_expr_value():
    result = []
    while len(result) < 3:
        result.append((yield len(result)))
    yield result
y = yield_expr_value()
print(next(y), y.send("x"), y.send("y"), y.send("z"))
