# iterator protocol across container iterators
for obj in [[1, 2], (1, 2), {1: 2, 3: 4}, {5, 6}, range(2), "ab", {1: 2}.values(), {1: 2}.items()]:
    it = iter(obj)
    print(type(it).__name__, list(it), list(it))
it = iter([1, 2, 3])
print(next(it), list(zip(it, "xyz")))
def gen():
    yield from [1, 2]
    yield from (3,)
    yield from {4: 0}
    yield from range(5, 7)
print(list(gen()))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), set(Countdown(4)), tuple(Countdown(2)), dict.fromkeys(Countdown(2)))
print(sorted(Countdown(5)), list(enumerate(Countdown(2))), list(map(str, Countdown(3))))
e = iter(())
try:
    next(e)
except StopIteration:
    print("StopIteration")
print([x for x in iter([1, 2, 3]) if x > 1])
