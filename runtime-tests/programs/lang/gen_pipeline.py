# Generator pipelines and infinite generators consumed lazily.
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for _ in range(n):
        yield next(it)
def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v
def squares(it):
    for v in it:
        yield v * v
print(list(take(6, squares(evens(numbers())))))
def lines():
    text = "alpha 1\nbeta 22\n\ngamma 333\n"
    for line in text.split("\n"):
        yield line
def nonempty(it):
    return (l for l in it if l)
def parse(it):
    for l in it:
        name, num = l.split()
        yield name, int(num)
for name, num in parse(nonempty(lines())):
    print(name, num)
def window(seq, size):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)
print(list(window(range(6), 3)))
def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(12)])
def enumerate2(it, start=0):
    i = start
    for v in it:
        yield i, v
        i += 1
print(list(enumerate2("abc", 1)))
def zip2(*its):
    iters = [iter(i) for i in its]
    while True:
        out = []
        for i in iters:
            try:
                out.append(next(i))
            except StopIteration:
                return
        yield tuple(out)
print(list(zip2("ab", [1, 2, 3], (True, False))))
