# sort stability with keys and reverse
data = [(i % 4, i) for i in range(24)]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
recs = [("bob", 3), ("al", 1), ("cy", 3), ("di", 2), ("ed", 1), ("fy", 2)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
# multi-pass sorting (secondary key first)
people = [("x", 30, "c"), ("y", 25, "a"), ("z", 30, "a"), ("w", 25, "b")]
people.sort(key=lambda p: p[2])
people.sort(key=lambda p: p[1])
print(people)
# reverse keeps equal elements in original order
eq = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(eq, key=lambda t: t[0], reverse=True))
# long runs: ascending, descending, mixed
asc = list(range(100))
desc = list(range(100, 0, -1))
mixed = asc[:50] + desc[:50] + asc[50:]
print(sorted(mixed)[:5], sorted(mixed)[-5:])
pairs = [(v % 10, k) for k, v in enumerate(mixed)]
out = sorted(pairs, key=lambda t: t[0])
print(out[:12])
print(all(out[i][1] < out[i + 1][1] for i in range(len(out) - 1) if out[i][0] == out[i + 1][0]))
class K:
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        return self.v < other.v
ks = [K(2, "a"), K(1, "b"), K(2, "c"), K(1, "d"), K(0, "e")]
print([k.tag for k in sorted(ks)])
print([k.tag for k in sorted(ks, reverse=True)])
