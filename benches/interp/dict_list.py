# Dict and list heavy loops.
def run(n):
    d = {}
    for i in range(n):
        d[i % 1000] = d.get(i % 1000, 0) + i
    items = []
    for k in d:
        items.append(d[k] * 2)
    items.sort()
    lst = list(range(n // 10))
    s = 0
    for x in lst:
        s += x
    return len(d), items[-1], s


print(run(2_000_000))
