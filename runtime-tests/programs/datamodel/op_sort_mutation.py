lst = []
class Mut:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        lst.append(Mut(0))
        return self.v < o.v
    def __repr__(self):
        return f"M{self.v}"
lst.extend([Mut(3), Mut(1), Mut(2)])
try:
    lst.sort()
except ValueError as e:
    print("ValueError:", e)
print(len(lst) >= 0)
class Clear:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        data.clear()
        return self.v < o.v
data = [Clear(2), Clear(1)]
try:
    data.sort()
except ValueError as e:
    print("ValueError:", e)
class Key:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        Key.calls += 1
        return self.v < o.v
vals = list(range(20, 0, -1))
print(sorted(vals, key=Key)[:5], Key.calls > 0)
class Boom:
    def __lt__(self, o):
        raise KeyError("cmp failed")
data2 = [1, Boom(), 2]
try:
    data2.sort()
except (KeyError, TypeError) as e:
    print(type(e).__name__ + ":", e)
print(len(data2))
try:
    sorted([3, 1, 2], key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
class Eq:
    def __init__(self, k, tag):
        self.k, self.tag = k, tag
    def __lt__(self, o):
        return self.k < o.k
    def __repr__(self):
        return f"{self.k}{self.tag}"
print(sorted([Eq(1, "a"), Eq(0, "b"), Eq(1, "c"), Eq(0, "d")]), sorted([Eq(1, "a"), Eq(0, "b"), Eq(1, "c")], reverse=True))
