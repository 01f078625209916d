# sort error paths: comparison errors propagate, key errors, mutation during sort
l = [3, "a", 1]
try:
    l.sort()
except TypeError as e:
    print("TypeError", e)
print(sorted(l, key=str))
def bad_key(x):
    if x == 2:
        raise ValueError("bad key %r" % x)
    return x
m = [1, 2, 3]
try:
    m.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
print(m)
class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise RuntimeError("boom")
        return self.v < other.v
    def __repr__(self):
        return "B%d" % self.v
bs = [Boom(i) for i in [5, 1, 4, 3, 2]]
try:
    bs.sort()
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(bs, key=lambda b: b.v))
print(len(bs))
victim = [5, 4, 3, 2, 1]
def mutate(x):
    victim.append(x)
    return x
try:
    victim.sort(key=mutate)
except ValueError as e:
    print("ValueError", e)
print(victim)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return NotImplemented
try:
    sorted([Cmp(1), Cmp(2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=lambda x: [x, None] if x == 1 else [x, "s"])
except TypeError as e:
    print("TypeError", e)
print(sorted([[1, None], [2, "s"]]))
