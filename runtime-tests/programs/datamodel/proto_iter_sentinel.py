class Src:
    def __init__(self):
        self.vals = [3, 2, 1, 0, 5]
    def __call__(self):
        return self.vals.pop(0)
print(list(iter(Src(), 0)))
it = iter(Src(), 1)
print(type(it).__name__, next(it), next(it), next(it, "end"))
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError:", e)
class Next:
    def __init__(self):
        self.k = 0
    def __next__(self):
        self.k += 1
        if self.k > 3:
            raise StopIteration
        return self.k
class Holder:
    def __iter__(self):
        return Next()
print(list(Holder()))
for v in Holder():
    print("v", v)
print(*Holder())
a, b, c = Holder()
print(a, b, c)
try:
    a, b = Holder()
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c, d = Holder()
except ValueError as e:
    print("ValueError:", e)
try:
    first, *rest = Holder()
    print(first, rest)
except TypeError as e:
    print("TypeError:", e)
print(dict(zip(Holder(), Holder())))
print(list(map(lambda x: x * x, Holder())))
print(sorted(Holder(), reverse=True), max(Holder()), min(Holder()))
print(set(Holder()) == {1, 2, 3}, list(enumerate(Holder())))
print(any(x > 2 for x in Holder()), all(Holder()))
print(" ".join(str(x) for x in Holder()))
g = (x for x in Holder())
print(next(g), list(g))
class RaisingIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise RuntimeError("in next")
try:
    list(RaisingIter())
except RuntimeError as e:
    print("RuntimeError:", e)
