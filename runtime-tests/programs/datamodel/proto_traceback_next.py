class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n < 0:
            raise StopIteration
        self.n -= 1
        return 10 // self.n
total = 0
for x in Countdown(3):
    total += x
    print("x", x)
def first_n(it, n):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
print(first_n(Countdown(10), 3))
it = iter(Countdown(5))
print(next(it), next(it), it is iter(it))
print(total)
