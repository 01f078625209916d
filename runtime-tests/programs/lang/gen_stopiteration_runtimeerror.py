# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def bad():
    yield 1
    raise StopIteration("leaked")
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as exc:
    print("RuntimeError:", exc, "| cause:", repr(exc.__cause__))
def uses_next(it):
    while True:
        yield next(it)
try:
    print(list(uses_next(iter([1, 2]))))
except RuntimeError as exc:
    print("RuntimeError:", exc)
def safe(it):
    for v in it:
        yield v
print(list(safe(iter([1, 2]))))
def returns():
    yield 1
    return "fine"
print(list(returns()))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), [x for x in It()])
def gen_in_gen():
    yield from It()
print(list(gen_in_gen()))
g = (next(iter([])) for _ in range(1))
try:
    list(g)
except RuntimeError as exc:
    print("genexpr RuntimeError:", exc)
