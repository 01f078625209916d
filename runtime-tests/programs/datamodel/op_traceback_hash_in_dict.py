class Node:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
    def __hash__(self):
        return hash(self.name) ^ hash(self.parent.name)
    def __eq__(self, o):
        return self.name == o.name
root = Node("root")
child = Node("child", root)
print(len({child: 1}))
cache = {}
for name in ["a", "b", "a"]:
    n = Node(name, root)
    cache[n] = cache.get(n, 0) + 1
print(sorted((k.name, v) for k, v in cache.items()))
print(Node("a", root) in cache, Node("z", root) in cache)
try:
    {Node("orphan")}
except AttributeError as e:
    print("AttributeError:", e)
table = {root: "root"}
