# Nested targets, attribute and subscript targets.
(a, (b, c)), d = (1, (2, 3)), 4
print(a, b, c, d)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)

class Box:
    pass

box = Box()
box.x, box.y = 10, 20
print(box.x, box.y)
items = [0] * 4
items[0], items[-1] = "first", "last"
print(items)
d = {}
d["a"], (d["b"], d["c"]) = 1, (2, 3)
print(d)
items[1:3] = ["m", "n", "extra"]
print(items)
grid = [[0] * 3 for _ in range(3)]
grid[1][2], grid[2][0] = 5, 7
print(grid)
box.items = [1, 2, 3]
box.items[1], box.name = "two", "box"
print(box.items, box.name)
try:
    (a, b), c = (1, 2, 3), 4
except ValueError as exc:
    print("ValueError:", exc)
