# Property getters called from a hot loop: results, recursion, replacement on the class, a
# getter that raises (traceback through the getter), generator getters.
class T:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v * 2

    @property
    def boom(self):
        if self._v > 2:
            raise ValueError("too big: %d" % self._v)
        return self._v

    @property
    def gen(self):
        yield self._v


ts = [T(i) for i in range(5)]
print([t.v for t in ts])
print([list(t.gen) for t in ts])
total = 0
for i in range(1000):
    total += ts[i % 5].v
print(total)
T.v = property(lambda self: -self._v)
print([t.v for t in ts])


class Deep:
    def __init__(self, n):
        self.n = n

    @property
    def depth(self):
        return 0 if self.n == 0 else 1 + Deep(self.n - 1).depth


print(Deep(50).depth)
try:
    Deep(5000).depth
except RecursionError as e:
    print("RecursionError:", e)
out = []
for t in ts:
    try:
        out.append(t.boom)
    except ValueError as e:
        out.append(str(e))
print(out)
print(ts[4].boom)
