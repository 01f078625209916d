# next with and without a default.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e.args))

def gen():
    yield "a"
    return "done"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(g, "after"))

class Counter:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n

c = Counter()
print(next(c), next(c), next(c, "end"))

for bad in [[1, 2], 5, "abc"]:
    try:
        next(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    next()
except TypeError as e:
    print("TypeError:", e)
