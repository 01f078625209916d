class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next
    def __len__(self):
        return self.size
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(x) for x in self) + "])"
    def __eq__(self, other):
        if not isinstance(other, LinkedList):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other))
    __hash__ = None
    def _node_at(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        node = self.head
        for _ in range(i):
            node = node.next
        return node
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        return self._node_at(i).value
    def __setitem__(self, i, v):
        self._node_at(i).value = v
    def __delitem__(self, i):
        if i < 0:
            i += self.size
        if i == 0 and self.head is not None:
            self.head = self.head.next
        else:
            prev = self._node_at(i - 1)
            if prev.next is None:
                raise IndexError("LinkedList index out of range")
            prev.next = prev.next.next
        self.size -= 1
    def __contains__(self, v):
        return any(x == v for x in self)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __bool__(self):
        return self.head is not None
ll = LinkedList([3, 1, 4, 1, 5])
print(ll, len(ll), ll[0], ll[-1], ll[1:4], 4 in ll, 9 in ll)
ll[2] = 40
del ll[0]
del ll[-1]
print(ll, len(ll), list(reversed(ll)), sorted(ll), sum(ll))
print(ll == LinkedList([1, 40, 1]), ll == [1, 40, 1], ll != LinkedList([1]))
print(ll + LinkedList([7]), ll + [8, 9], bool(LinkedList()), bool(ll))
try:
    hash(ll)
except TypeError as e:
    print("TypeError:", e)
for bad in [10, -10]:
    try:
        ll[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    del LinkedList()[0]
except IndexError as e:
    print("IndexError:", e)
it = iter(ll)
print(next(it), next(it), list(it), dict(enumerate(ll)))
a, *b = ll
print(a, b, max(ll), min(ll), ll.index if hasattr(ll, "index") else "no index")
print([x * 2 for x in ll if x > 1], {x for x in ll}, any(ll), ll[::-1])
