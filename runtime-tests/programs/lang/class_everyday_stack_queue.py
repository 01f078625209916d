# Everyday classes built on lists and dicts: a stack, a queue, an LRU cache.
class Stack:
    def __init__(self, items=()):
        self._items = list(items)
    def push(self, x):
        self._items.append(x)
        return self
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()
    def peek(self):
        return self._items[-1] if self._items else None
    def __len__(self):
        return len(self._items)
    def __repr__(self):
        return f"Stack({self._items})"
class Queue:
    def __init__(self):
        self._in, self._out = [], []
    def put(self, x):
        self._in.append(x)
    def get(self):
        if not self._out:
            while self._in:
                self._out.append(self._in.pop())
        if not self._out:
            raise IndexError("get from empty Queue")
        return self._out.pop()
    def __len__(self):
        return len(self._in) + len(self._out)
class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
    def get(self, k, default=None):
        if k not in self.data:
            return default
        v = self.data.pop(k)
        self.data[k] = v
        return v
    def put(self, k, v):
        self.data.pop(k, None)
        self.data[k] = v
        while len(self.data) > self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            print("evicted", oldest)
s = Stack([1, 2]).push(3).push(4)
print(s, len(s), s.pop(), s.peek(), s)
while s:
    s.pop()
try:
    s.pop()
except IndexError as exc:
    print("IndexError:", exc)
q = Queue()
for i in range(3):
    q.put(i)
print(q.get(), len(q))
q.put(9)
print([q.get() for _ in range(len(q))])
cache = LRU(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(list(cache.data), cache.get("b", "missing"))
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if st.peek() != pairs[ch]:
                return False
            st.pop()
    return len(st) == 0
print([balanced(t) for t in ["(a[b]{c})", "(]", "((", "", "{[()()]}"]])
