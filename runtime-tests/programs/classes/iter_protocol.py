class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(5)))
for x in Countdown(3):
    print("tick", x)
print(sum(Countdown(10)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))


class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __iter__(self):
        return Range2Iter(self.lo, self.hi)


class Range2Iter:
    def __init__(self, i, hi):
        self.i, self.hi = i, hi

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        self.i += 1
        return self.i - 1


r = Range2(3, 7)
print(list(r), list(r), [x * x for x in r])
print(5 in r, 9 in r)
print(dict(zip(Range2(0, 3), "abc")))


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
try:
    iter(object())
except TypeError as e:
    print("TypeError:", e)
try:
    next(Range2(0, 1))
except TypeError as e:
    print("TypeError:", e)
