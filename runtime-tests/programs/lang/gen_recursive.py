# Recursive generators: permutations, tree traversal, subsets.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p
print([''.join(p) for p in permutations("abc")])
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
tree = Node("root", Node("a", Node("a1"), Node("a2")), Node("b", Node("b1", Node("b1x"))))
for depth, value in tree.walk():
    print("  " * depth + value)
def inorder(t):
    if t:
        left, val, right = t
        yield from inorder(left)
        yield val
        yield from inorder(right)
bst = ((None, 1, None), 2, ((None, 3, None), 4, None))
print(list(inorder(bst)))
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest
print(list(combinations("abcd", 2)))
