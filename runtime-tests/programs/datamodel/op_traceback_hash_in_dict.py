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
table = {root: "root"}
