# The iteration protocol: __iter__/__next__, iter() sentinel form, exhaustion.
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
c = CountDown(3)
print(list(c), list(c))
for v in CountDown(2):
    print("v", v)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
try:
    next(it)
except StopIteration as exc:
    print("StopIteration", exc.args)
values = iter([5, 4, 0, 3])
print(list(iter(lambda: next(values), 0)))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(Seq()), list(iter(Seq())))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), type(di).__name__)
print(list(enumerate(iter("xy"))))
try:
    next([1, 2])
except TypeError as exc:
    print("TypeError:", exc)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as exc:
    print("TypeError:", exc)
try:
    iter(5, 1)
except TypeError as exc:
    print("TypeError:", exc)
r = iter(range(3))
print(next(r), next(r), next(r), next(r, None))
