class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)
seen = []
for p in [Point(1, 2), Point(1, 2), Point(3, 4)]:
    if p not in seen:
        seen.append(p)
print(len(seen))
index = {}
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1))
try:
    {Point(1, 1)}
except TypeError as e:
    print("TypeError:", e)
print(Point.__hash__, [p.x for p in seen])
groups = [[p for p in seen if p.x == x] for x in (1, 3)]
print([len(g) for g in groups])
index[Point(0, 0)] = "origin"
