class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
def gen():
    it = It(2)
    while True:
        yield next(it)
try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def gen2():
    yield from It(3)
    return "done"
g = gen2()
print(list(g))
def gen3():
    r = yield from gen2()
    yield r
print(list(gen3()))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(map(lambda a, b: a + b, Seq(), It(5))))
print(dict(zip(Seq(), "abc")), list(filter(None, Seq())), sum(Seq()), max(Seq()), sorted(Seq(), reverse=True))
print([*Seq(), *It(2)], {*Seq()} == {0, 1, 4}, {k: v for k, v in zip(Seq(), It(3))})
a, b, c = Seq()
print(a, b, c)
print(tuple(reversed(Seq())), list(enumerate(It(2), start=10)))
it = It(3)
for x in it:
    if x == 1:
        break
print("after break", list(it))
class Close:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        print("close called")
for x in Close():
    break
print("no close for plain iterator")
def consume():
    total = 0
    for v in It(4):
        total += v
    else:
        print("else branch")
    return total
print(consume())
print(list(iter(It(3).__next__, 0)))
print(next(It(0), "empty"))
