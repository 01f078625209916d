class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)])
c = Count(2)
print(next(c), next(c), next(c, "done"))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args)
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i
print(list(Seq()), tuple(Seq()))
it = iter(Seq())
print(type(it).__name__, next(it), list(it))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class IterRetNoNext:
    def __iter__(self):
        return self
try:
    iter(IterRetNoNext())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in 3.5:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
class StopVal:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
print(list(StopVal()))
def gen():
    r = yield from StopVal()
    print("yield from got", r)
    yield 1
print(list(gen()))
