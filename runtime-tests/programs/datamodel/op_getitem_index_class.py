class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [[0] * w for _ in range(h)]
    def __getitem__(self, pos):
        if isinstance(pos, tuple):
            x, y = pos
            return self.cells[y][x]
        if isinstance(pos, slice):
            return [row[pos] for row in self.cells]
        raise TypeError(f"bad index {pos!r}")
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y][x] = v
    def __len__(self):
        return self.w * self.h
g = Grid(3, 2)
g[0, 0] = 1
g[2, 1] = 5
g[1, 0] += 10
print(g[0, 0], g[2, 1], g[1, 0], len(g))
print(g[0:2], g[::2])
try:
    g[7]
except TypeError as e:
    print("TypeError:", e)
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    g[1] = 2
except TypeError as e:
    print("TypeError:", e)
class Chain:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d.setdefault(k, Chain())
c = Chain()
c["a"]["b"]["c"]
print(sorted(c.d), sorted(c["a"].d))
class Aug:
    def __init__(self):
        self.store = {"k": 1}
    def __getitem__(self, k):
        print("get", k)
        return self.store[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.store[k] = v
a = Aug()
a["k"] += 5
a["k"] *= 2
print(a.store)
lst = [Aug()]
lst[0]["k"] -= 1
