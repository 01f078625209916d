class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        if not isinstance(o, P):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x}, {self.y})"
pts = [P(1, 2), P(1, 2), P(2, 1), P(0, 0)]
print(len(set(pts)), sorted(set(pts), key=lambda p: (p.x, p.y)))
counts = {}
for p in pts:
    counts[p] = counts.get(p, 0) + 1
print(counts)
print(P(1, 2) in {P(1, 2)}, P(1, 2) in frozenset(pts), {P(0, 0): "o"}[P(0, 0)])
print(hash(P(1, 2)) == hash((1, 2)), P(1, 2) == (1, 2), (1, 2) == P(1, 2))
s = {P(1, 2)}
s.discard(P(1, 2))
print(s)
d = dict.fromkeys(pts, 0)
print(list(d))
class Q(P):
    pass
print(P(1, 2) == Q(1, 2), len({P(1, 2), Q(1, 2)}), Q.__hash__ is P.__hash__)
class R(P):
    def __eq__(self, o):
        return super().__eq__(o)
print(R.__hash__)
try:
    hash(R(1, 1))
except TypeError as e:
    print("TypeError:", e)
print(sorted({1, 5, 3}), sorted(frozenset({2, 1})), {1, 2} == frozenset({2, 1}))
