# sum: ints (growing past 64 bits), floats, start values, errors.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([], start=5))
print(sum([2**62, 2**62, 2**62]), sum([-(2**63), -1]), sum([10**30, 1]))
print(sum([0.5, 0.25]), sum([1, 2.5, 3]), sum([1.5, 2]), sum([], 0.5), sum([1, 2], start=0.0))
print(sum([True, True, False]), sum([1, True]), sum((x for x in range(5)), 100))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([1.5, 2**70]), sum([2**70, 1.5]))
print(sum([1 + 2j, 3]))

class Acc:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Acc(self.v + (other.v if isinstance(other, Acc) else other))

    def __radd__(self, other):
        return Acc(other + self.v)

print(sum([Acc(1), Acc(2)]).v, sum([Acc(1)], Acc(10)).v)

def show(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

show(lambda: sum(["a", "b"], ""))
show(lambda: sum([b"a"], b""))
show(lambda: sum([], bytearray()))
show(lambda: sum(["a", "b"]))
show(lambda: sum(5))
show(lambda: sum())
show(lambda: sum([], 1, 2))
show(lambda: sum([1], foo=2))
