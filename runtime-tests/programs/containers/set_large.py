# larger sets: membership, sizes, and order summaries
s = set(range(0, 100000, 3))
print(len(s), 99999 in s, 100000 in s, 3 in s, 4 in s)
print(list(s)[:10], list(s)[-10:])
t = {x * x % 10007 for x in range(5000)}
print(len(t), sorted(t)[:5], list(t)[:10])
u = s & set(range(0, 100000, 5))
print(len(u), min(u), max(u), list(u)[:8])
v = set(range(1000)) - set(range(0, 1000, 2))
print(len(v), list(v)[:10])
w = set()
for i in range(1000):
    w.add(i)
    if i % 3 == 0:
        w.discard(i // 2)
print(len(w), list(w)[:15])
